"""The built wheel carries the shipped questions, so an installed somplan works outside a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .common import ROOT, SHIPPED


def test_wheel_contains_the_shipped_questions(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    wheel = next(tmp_path.glob("somplan-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(SHIPPED.rglob("*.yaml"))
    assert any(p.parent.name == "followup" for p in shipped)
    for path in shipped:
        assert f"somplan/questions/{path.relative_to(SHIPPED).as_posix()}" in names
    assert "somplan/cli.py" in names
