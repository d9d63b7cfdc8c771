"""`somplan report` through the command line, on every shipped example answers file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .common import ROOT, Run

EXAMPLES = sorted((ROOT / "examples" / "answers").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_json_report_of_each_example(run: Run, path: Path) -> None:
    result = run("report", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["verdict"]["level"] in {
        "ready",
        "ready_with_conditions",
        "not_ready",
        "not_social_media",
    }
    # Ranked best first within each kind; the kind that serves the purpose comes first
    # (other channels first when social media is not the right tool).
    for kind in ("social", "other"):
        scores = [c["score"] for c in data["channels"] if c["kind"] == kind]
        assert scores and scores == sorted(scores, reverse=True)
    first = "other" if data["verdict"]["level"] == "not_social_media" else "social"
    assert data["channels"][0]["kind"] == first
    assert data["flow"]["id"] == "somplan_default"


def test_every_verdict_level_is_covered_by_an_example(run: Run) -> None:
    levels = {
        json.loads(run("report", str(p), "--format", "json").stdout)["verdict"]["level"]
        for p in EXAMPLES
    }
    assert levels == {"ready", "ready_with_conditions", "not_ready", "not_social_media"}


def test_report_default_is_swedish_rich_text(run: Run) -> None:
    result = run("report", str(EXAMPLES[0]), lang="sv")
    assert result.exit_code == 0
    assert "Utlåtande" in result.stdout


def test_report_markdown_to_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    result = run("report", str(EXAMPLES[0]), "--format", "markdown", "--output", str(target))
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("#")


def test_report_of_a_missing_file_is_exit_3(run: Run, tmp_path: Path) -> None:
    result = run("report", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 3
    assert "does not exist" in result.stderr


def test_unknown_format_is_a_usage_error(run: Run) -> None:
    result = run("report", str(EXAMPLES[0]), "--format", "docx")
    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert "'docx'" in said and "rich, markdown, json, html, pdf" in said


def test_pdf_without_output_is_a_usage_error(run: Run) -> None:
    result = run("report", str(EXAMPLES[0]), "--format", "pdf", lang="en")
    assert result.exit_code == 2 and "-o" in result.stderr and result.stdout == ""


def test_missing_answer_makes_the_verdict_provisional_and_names_it(
    run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "plan.yaml"
    source = ROOT / "examples" / "answers" / "library_teens.yaml"
    lines = [
        ln
        for ln in source.read_text(encoding="utf-8").splitlines(keepends=True)
        if not ln.startswith("  has_deputy:")
    ]
    path.write_text("".join(lines), encoding="utf-8")
    result = run("report", str(path), "--format", "json")
    assert result.exit_code == 0
    assert "provisional" in result.stderr and "deputy" in result.stderr
