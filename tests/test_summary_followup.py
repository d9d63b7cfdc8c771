"""The communications unit's view in `somplan summary`: for each plan when its follow-up is due,
whether it is overdue, and what the latest follow-up recommended — in every format, with a fixed
clock (--today)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .common import ROOT, Run
from .html_checks import check_document, visible_text

EXE = str(Path(sys.executable).parent / "somplan")


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """Plans and follow-ups as a communications unit keeps them: examples/answers with the persona
    follow-ups beside them (their `follows` paths fixed to the new folder), and one dated plan
    that has never been followed up."""
    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "examples" / "answers", folder)
    for persona in sorted((ROOT / "examples" / "followup").glob("*.yaml")):
        data = yaml.safe_load(persona.read_text(encoding="utf-8"))
        data["follows"]["path"] = Path(data["follows"]["path"]).name
        target = folder / f"{persona.stem}.followup.yaml"
        target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    plan = yaml.safe_load((folder / "library_teens.yaml").read_text(encoding="utf-8"))
    plan["unit"] = "Nytt konto"
    plan["created"] = plan["updated"] = "2027-01-10T09:00:00+00:00"
    (folder / "new_account.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), "utf-8")
    return folder


def _rows(run: Run, folder: Path, today: str) -> dict[str, dict[str, object]]:
    result = run("summary", str(folder), "-f", "json", "--today", today)
    assert result.exit_code == 0, result.output
    return {Path(str(r["file"])).stem: r for r in json.loads(result.stdout)["rows"]}


def test_json_gives_due_date_status_and_latest_outcome_per_plan(run: Run, office: Path) -> None:
    rows = _rows(run, office, "2027-05-01")
    assert len(rows) == 9  # the follow-ups are not counted as plans
    school = rows["school_parents"]  # followed up 2027-02-15, "adjust": again after 3 months
    assert (school["last_outcome"], school["last_followup"]) == ("adjust", "2027-02-15")
    assert (school["followup_due"], school["followup_status"], school["followup_days"]) == (
        "2027-05-15",
        "due",
        14,
    )
    new = rows["new_account"]  # never followed up: 3 months after the plan
    assert (new["followup_due"], new["followup_status"], new["last_outcome"]) == (
        "2027-04-10",
        "overdue",
        None,
    )
    closed = rows["elderly_care_relatives"]
    assert (closed["followup_status"], closed["last_outcome"]) == ("closed", "close")
    # "not ready yet" and never followed up: no account is expected, so nothing is due
    assert rows["youth_centre_everyone_does"]["followup_status"] == "none"
    # a later day: the school is overdue now
    later = _rows(run, office, "2027-06-20")["school_parents"]
    assert (later["followup_status"], later["followup_days"]) == ("overdue", -36)


def test_csv_and_markdown_have_the_followup_columns(run: Run, office: Path) -> None:
    result = run("summary", str(office), "-f", "csv", "--today", "2027-06-20")
    rows = {Path(r["file"]).stem: r for r in csv.DictReader(io.StringIO(result.stdout))}
    school = rows["school_parents"]
    assert school["followup_status"] == "overdue" and int(school["followup_days"]) == -36
    assert school["last_outcome"] == "adjust"
    md = run("summary", str(office), "-f", "markdown", "--today", "2027-06-20", lang="sv")
    lines = md.stdout.splitlines()
    assert lines[0].endswith("| Nästa uppföljning | Senaste förslag |")
    school_line = next(line for line in lines if "school\\_parents" in line)
    assert "| 2027-05-15 försenad (36 dagar sen) | justera (2027-02-15) |" in school_line


@pytest.mark.parametrize("columns", [80, 160])
def test_terminal_table_keeps_to_the_width_and_shows_overdue(
    office: Path, tmp_path: Path, columns: int
) -> None:
    environ = dict(os.environ, COLUMNS=str(columns), SOMPLAN_DATA_DIR=str(tmp_path / "data"))
    environ.pop("SOMPLAN_LANG", None)
    result = subprocess.run(
        [EXE, "--lang", "en", "summary", str(office), "--today", "2027-06-20"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if len(line) > columns] == []
    assert "…" not in result.stdout
    words = result.stdout.split()
    assert words.count("overdue;") + words.count("overdue") >= 3
    assert "closing;" in words and "adjust" in words
    header = next(line for line in lines if "Unit" in line)
    if columns >= 160:
        assert "Follow-up" in header  # a column of its own
    else:
        assert "Follow-up" not in header and "Follow-up:" in words  # under the verdict


def test_html_summary_has_next_and_latest_followup(run: Run, office: Path) -> None:
    result = run("summary", str(office), "-f", "html", "--today", "2027-06-20")
    assert result.exit_code == 0, result.stderr
    check_document(result.stdout, "en")
    text = visible_text(result.stdout)
    assert "Next follow-up" in text and "Latest recommendation" in text
    assert "2027-05-15 overdue (36 days late)" in text
    assert "adjust (2027-02-15)" in text
    assert "<strong>2027-04-10 overdue" in result.stdout  # overdue stands out, not by colour alone
