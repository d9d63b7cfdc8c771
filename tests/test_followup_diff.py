"""`somplan diff PLAN FOLLOWUP`: what the plan promised beside what the follow-up found (the follow-up
report's "plan and today" table), in rich, Markdown and JSON."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

from .common import ROOT, Run

PLAN = ROOT / "examples/answers/school_parents.yaml"
PERSONA = ROOT / "examples/followup/overloaded.yaml"


def test_json_has_one_row_per_compared_question_with_its_change(run: Run) -> None:
    result = run("diff", str(PLAN), str(PERSONA), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "plan_followup_diff" and data["outcome"] == "adjust"
    rows = {r["question"]: r for r in data["compared"]}
    assert rows["answer_time"]["change"] == "worse"
    assert rows["answer_time"]["plan_text"] == "The same day"
    assert rows["watched"]["change"] == "same"
    # the same rows as the follow-up report's own table
    report = run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-f", "json")
    assert [(c["question"], c["change"]) for c in json.loads(report.stdout)["compared"]] == [
        (r["question"], r["change"]) for r in data["compared"]
    ]


def test_either_order_gives_the_same_comparison(run: Run) -> None:
    one = run("diff", str(PLAN), str(PERSONA), "-f", "json").stdout
    other = run("diff", str(PERSONA), str(PLAN), "-f", "json").stdout
    assert one == other


def test_markdown_table_and_the_command_for_the_whole_followup(run: Run) -> None:
    result = run("diff", str(PLAN), str(PERSONA), "-f", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# The plan and today:")
    assert "| Question | The plan said | Today | Compared with the plan |" in lines
    assert any("| The same day | It has taken longer | worse |" in line for line in lines)


def test_rich_is_swedish_and_its_command_runs_as_printed(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "två planer"
    folder.mkdir()
    plan = folder / "skolan (2027).yaml"
    shutil.copy(PLAN, plan)
    result = run("diff", str(plan), str(PERSONA), lang="sv")
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Förslag: Justera" in text and "sämre" in text
    # another plan than the one the follow-up names (a copy elsewhere): said, still compared
    assert "följer en annan plan" not in text  # same bytes: matched by its hash
    command = text[text.rindex("somplan followup") :]
    words = shlex.split(command)
    assert words[1:3] == ["followup", str(plan)]
    assert run(*words[1:], "-f", "json", lang="sv").exit_code == 0


def test_a_followup_of_another_plan_is_noted(run: Run) -> None:
    other = ROOT / "examples/answers/library_teens.yaml"
    result = run("diff", str(other), str(PERSONA))
    assert result.exit_code == 0
    assert "follows another plan" in " ".join(result.stdout.split())
