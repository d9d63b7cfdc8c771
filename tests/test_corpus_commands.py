"""Every hostile corpus file through `diff` and `summary`: one positioned error line, no traceback,
the right exit code, and the good files still summarised."""

from __future__ import annotations

from pathlib import Path

import pytest

from .common import ROOT, Run, corpus_yaml_files

GOOD = ROOT / "examples" / "answers" / "library_teens.yaml"
pytestmark = pytest.mark.skipif(
    not corpus_yaml_files(), reason="../shared/corpus is not beside this checkout"
)


@pytest.mark.parametrize("path", corpus_yaml_files(), ids=lambda p: p.name)
def test_diff_with_a_hostile_file(run: Run, path: Path) -> None:
    result = run("diff", str(GOOD), str(path))
    assert result.exit_code == 3
    assert result.stderr.startswith(str(path)) and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output and "\x1b" not in result.output


@pytest.mark.parametrize("path", corpus_yaml_files(), ids=lambda p: p.name)
def test_summary_with_a_hostile_file(run: Run, path: Path) -> None:
    result = run("summary", str(GOOD), str(path), "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr.startswith(str(path))
    assert "Traceback" not in result.output and "\x1b" not in result.output
    assert "library_teens.yaml" in result.stdout  # the good file is still there


def test_csv_cells_cannot_become_formulas(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text(
        GOOD.read_text(encoding="utf-8").replace("unit: ", "unit: =HYPERLINK(1)", 1),
        encoding="utf-8",
    )
    out = run("summary", str(path), "--format", "csv").stdout
    assert "'=HYPERLINK(1)" in out
