"""`somplan plans`, `somplan summary` without a path (the data folder), the summary as HTML with
charts, and the Markdown summary naming the files it could not read (review items 22, 30, 34)."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
import yaml

from somplan.exitcodes import ExitCode

from .common import ROOT, Run
from .html_checks import check_document, outline, visible_text

EXAMPLES = sorted((ROOT / "examples" / "answers").glob("*.yaml"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder with three plans (one unfinished) and one broken file."""
    folder = tmp_path / "answers"
    folder.mkdir()
    for name in ("library_teens", "youth_centre_everyone_does"):
        shutil.copy(ROOT / "examples" / "answers" / f"{name}.yaml", folder / f"{name}.yaml")
    half = yaml.safe_load((folder / "library_teens.yaml").read_text(encoding="utf-8"))
    half["complete"] = False
    half["unit"] = "Halvklar enhet"
    half["updated"] = "2026-11-20T08:15:00+00:00"
    del half["answers"]["records_handling"]
    (folder / "half.yaml").write_text(yaml.safe_dump(half, allow_unicode=True), encoding="utf-8")
    (folder / "broken.yaml").write_text("kind: answers\nflow: [\n", encoding="utf-8")
    stamp = time.mktime((2026, 11, 27, 14, 30, 0, 0, 0, -1))
    os.utime(folder / "library_teens.yaml", (stamp, stamp))
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(folder))
    return folder


def test_plans_lists_the_saved_files(run: Run, data_dir: Path) -> None:
    result = run("plans", "--format", "json", lang="en")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND  # the broken file
    data = json.loads(result.stdout)
    by_file = {Path(p["file"]).name: p for p in data["plans"]}
    assert set(by_file) == {"library_teens.yaml", "youth_centre_everyone_does.yaml", "half.yaml"}
    assert by_file["half.yaml"]["complete"] is False
    assert by_file["half.yaml"]["unit"] == "Halvklar enhet"
    assert by_file["library_teens.yaml"]["complete"] is True
    assert by_file["library_teens.yaml"]["level"] == "ready"
    # No time stamp in the file: the file's own time, in local time.
    assert by_file["library_teens.yaml"]["updated"].startswith("2026-11-27T14:30:00")
    assert [Path(f["file"]).name for f in data["failed"]] == ["broken.yaml"]
    assert "broken.yaml:3:1: " in result.stderr


def test_plans_table_in_the_terminal(run: Run, data_dir: Path) -> None:
    out = run("plans", lang="sv").stdout
    assert str(data_dir) in out.replace("\n", "")
    assert "Halvklar enhet" in out and "kan inte läsas" in out
    assert "2026-11-27" in out and "14:30" in out  # the time may wrap under the date


def test_plans_with_no_folder_says_where_it_looked(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(tmp_path / "none"))
    result = run("plans", lang="en")
    assert result.exit_code == 0
    assert f"No answers files (*.yaml) in {tmp_path / 'none'}" in " ".join(result.stderr.split())


def test_summary_without_a_path_uses_the_data_folder(run: Run, data_dir: Path) -> None:
    result = run("summary", "--format", "json", lang="en")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND
    rows = json.loads(result.stdout)["rows"]
    assert len(rows) == 3


def test_summary_of_an_empty_data_folder(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(tmp_path))
    result = run("summary", lang="en")
    assert result.exit_code == 0
    assert "No answers files" in result.stderr


def test_markdown_summary_names_the_unreadable_files(run: Run, data_dir: Path) -> None:
    out = run("summary", str(data_dir), "--format", "markdown", lang="en").stdout
    assert "Files that could not be read (1):" in out
    line = next(x for x in out.splitlines() if "broken" in x)
    assert line.startswith("- ") and "YAML syntax error" in line


def test_summary_html_has_units_and_charts_as_text(run: Run, data_dir: Path) -> None:
    result = run("summary", str(data_dir), "--format", "html", lang="en")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND
    page = result.stdout
    check_document(page, "en")
    text = visible_text(page)
    assert "Halvklar enhet" in text and "Fritidsgården" in text
    # Units per verdict: every level with its count as text (readable without colour).
    # The half-done plan is listed but not counted: its verdict is provisional (and an empty
    # plan would add "not ready" and placeholder channels to the figures).
    assert "Ready 1" in text and "Ready, with conditions 0" in text and "Not ready yet 1" in text
    assert "Plans not yet finished are left out of the figures (1)" in text
    assert "Not social media 0" in text
    for heading in (
        "Channels most often among the best 3",
        "Most common blockers",
        "Most common conditions",
        "Average per part of the assessment",
    ):
        assert heading in text
    assert "broken.yaml" in text  # the unreadable file is named
    bars = [a for t, a in outline(page).tags if t == "span" and a.get("class") == "fill"]
    assert bars and all(a.get("aria-hidden") == "true" for a in bars)


def test_the_blocker_chart_counts_one_problem_once_whatever_each_unit_scored(
    tmp_path: Path,
) -> None:
    """The review's HTML summary had one bar per score ("Ansvar och regler: 0 av 100 …", "… 25
    av 100 …"), so the most common blocker never added up."""
    from somplan.assessment.overview import overview, unit_result
    from somplan.content.loader import load_content

    content = load_content(None)
    school = yaml.safe_load(
        (ROOT / "tests" / "personas" / "school_parents.yaml").read_text("utf-8")
    )
    school["answers"].update(records_handling="unknown", personal_data="unknown")
    (tmp_path / "school.yaml").write_text(yaml.safe_dump(school, allow_unicode=True), "utf-8")
    files = [
        tmp_path / "school.yaml",
        ROOT / "examples" / "answers" / "youth_centre_everyone_does.yaml",
    ]
    units = [unit_result(content, f, "sv") for f in files]
    scores = {d[1] for u in units for d in u.dimensions if d[0] == "Ansvar och regler"}
    assert len(scores) == 2  # two different scores below the minimum …
    counts = {c.label: c.value for c in overview(units, []).blockers}
    assert counts["Ansvar och regler: under den lägsta nivån"] == 2  # … one bar
