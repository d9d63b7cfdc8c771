"""Every hostile corpus file as the plan and as the follow-up of `somplan followup --report`, and
among the files of `summary --due`: one positioned line, exit 3 (1 for the summary), no traceback,
nothing that acts on a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from .common import ROOT, Run, corpus_yaml_files

PLAN = ROOT / "examples" / "answers" / "library_teens.yaml"
FOLLOWUP = ROOT / "examples" / "followup" / "quiet.yaml"
pytestmark = pytest.mark.skipif(
    not corpus_yaml_files(), reason="../shared/corpus is not beside this checkout"
)


@pytest.mark.parametrize("path", corpus_yaml_files(), ids=lambda p: p.name)
def test_followup_report_with_a_hostile_file(run: Run, path: Path) -> None:
    for args in ((str(PLAN), "-a", str(path)), (str(path), "-a", str(FOLLOWUP))):
        result = run("followup", *args, "--report")
        assert result.exit_code == 3, result.output
        assert result.stderr.startswith(str(path))
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output and "\x1b" not in result.output


@pytest.mark.parametrize("path", corpus_yaml_files(), ids=lambda p: p.name)
def test_summary_due_with_a_hostile_file(run: Run, path: Path) -> None:
    result = run("summary", str(PLAN), str(FOLLOWUP), str(path), "--due", "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.startswith(str(path))
    assert "Traceback" not in result.output and "\x1b" not in result.output
