"""An unexpected internal error: one line on screen, the traceback in a log file, exit 70."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BOOM = r"""
import sys
import somplan.validate
def boom(paths):
    raise RuntimeError("simulated bug")
somplan.validate.validate_paths = boom
sys.argv = ["somplan", "validate"]
from somplan.cli import main
main()
"""


def run_boom(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ, XDG_STATE_HOME=str(tmp_path / "state"), HOME=str(tmp_path), **env
    )
    environment.pop("SOMPLAN_DEBUG", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", BOOM], capture_output=True, text=True, timeout=60, env=environment
    )


def test_internal_error_is_one_line_and_a_log_file(tmp_path: Path) -> None:
    result = run_boom(tmp_path)
    assert result.returncode == 70
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    log = Path(lines[0].split("loggfilen ")[1].split(" ")[0])
    assert "RuntimeError: simulated bug" in log.read_text(encoding="utf-8")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = run_boom(tmp_path, SOMPLAN_DEBUG="1")
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "simulated bug" in result.stderr
