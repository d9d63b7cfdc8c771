"""`somplan followup` driven through its API with a scripted prompter, and `--report` through the
command line: the file it writes, resume, Ctrl-C, the report formats and the errors."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from somplan.content.followup_files import digest
from somplan.content.model import Question
from somplan.content.yamlsource import read_file
from somplan.errors import handled
from somplan.interview.engine import Progress
from somplan.text.i18n import Lang

from .common import ROOT, Run
from .fakes import WizardScript

EXAMPLES = ROOT / "examples"
# Answers in flow order for the culture house: a thriving account.
THRIVING = [
    "active",
    "several_week",
    "daily_including_weekends",
    "within_hours",
    "manageable",
    "none_given",
    True,
    "current_staff",
    "all_users",
    "on_track",
    "intended",
    ["appreciated"],
    "none",
    "as_planned",
    "none_removed",
    False,
    6,
    "",
]


def _plan(tmp_path: Path, name: str = "culture_house_events") -> Path:
    target = tmp_path / "kulturhuset.yaml"
    shutil.copy(EXAMPLES / "answers" / f"{name}.yaml", target)
    return target


def followup(prompter: WizardScript | None, *args: Any, **kwargs: Any) -> int:
    from somplan.commands.followup import run_followup

    kwargs.setdefault("is_terminal", lambda: True)
    if prompter is not None:
        kwargs.setdefault("make_prompter", lambda lang: prompter)
    lang: Lang = "en" if "en" in args else "sv"
    return handled(lambda: run_followup(*args, **kwargs), lang)


def test_a_whole_followup_is_saved_beside_the_plan_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path)
    shown: dict[str, str] = {}

    def goal(question: Question, current: Any, progress: Progress) -> Any:
        shown["help"] = question.help.get("sv")
        return "on_track"

    script = list(THRIVING)
    script[9] = goal
    prompter = WizardScript(script)
    code = followup(prompter, plan, None, None, "sv", today=date(2027, 3, 2))
    out = capsys.readouterr().out
    assert code == 0
    saved = sorted(tmp_path.glob("kulturhuset.followup-*.yaml"))
    assert len(saved) == 1
    data = read_file(saved[0]).data
    first_line = saved[0].read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# somplan-uppföljning") and "somplan followup" in first_line
    assert data["complete"] is True
    assert data["flow"] == {"id": "somplan_followup", "version": 1}
    assert data["follows"]["path"] == "kulturhuset.yaml"  # relative to the follow-up's folder
    assert data["follows"]["sha256"] == digest(plan)
    assert data["unit"] == "Kulturhuset"
    assert data["answers"]["watched"] == "daily_including_weekends"
    assert "notes" not in data["answers"] or data["answers"]["notes"] == ""
    # the plan's own goal was shown with the goal question
    assert "Fler sålda biljetter till vårens program jämfört med i fjol" in shown["help"]
    assert "Förslag: Fortsätt" in out
    assert "Klart! Uppföljningen är sparad" in out
    assert f"\nsomplan report {saved[0]}\n" in out  # the short command, whole on its own line


def test_ctrl_c_keeps_the_answers_and_answers_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path)
    target = tmp_path / "uppfoljning.yaml"
    prompter = WizardScript([*THRIVING[:4], KeyboardInterrupt])
    assert followup(prompter, plan, target, None, "sv") == 130
    err = capsys.readouterr().err
    assert f"somplan followup {plan} --answers {target}" in err
    kept = read_file(target).data
    assert kept["complete"] is False and len(kept["answers"]) == 4
    # resume: only the questions after the four answered are asked
    prompter = WizardScript(THRIVING[4:])
    assert followup(prompter, plan, target, None, "sv") == 0
    assert prompter.ids[0] == "workload"
    assert read_file(target).data["complete"] is True


def test_an_unfinished_followup_beside_the_plan_is_offered(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    followup(WizardScript([*THRIVING[:2], KeyboardInterrupt]), plan, None, None, "sv")
    prompter = WizardScript(THRIVING[2:], confirms=[True])
    assert followup(prompter, plan, None, None, "sv") == 0
    assert prompter.confirmed == ["followup.resume-offer"]
    assert len(list(tmp_path.glob("kulturhuset.followup-*.yaml"))) == 1


def test_back_and_review_work_as_in_the_plan_interview(tmp_path: Path) -> None:
    from somplan.interview.engine import BACK

    plan = _plan(tmp_path)
    target = tmp_path / "f.yaml"
    script = [THRIVING[0], THRIVING[1], BACK, "weekly", *THRIVING[2:], "nobody"]
    prompter = WizardScript(script, reviews=["watched", None])
    assert followup(prompter, plan, target, None, "en") == 0
    answers = read_file(target).data["answers"]
    assert answers["posting"] == "weekly"
    assert answers["watched"] == "nobody"
    assert "answer_time" not in answers  # no longer applies once nobody watches


def test_without_a_terminal_the_followup_says_how_to_show_a_saved_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path)
    assert followup(None, plan, None, None, "en", is_terminal=lambda: False) == 2
    assert "--answers FILE --report" in capsys.readouterr().err


PERSONA = EXAMPLES / "followup" / "overloaded.yaml"
PLAN = EXAMPLES / "answers" / "school_parents.yaml"


def test_report_in_json_markdown_and_rich(run: Run, tmp_path: Path) -> None:
    result = run("followup", str(PLAN), "--answers", str(PERSONA), "--report", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "followup"
    assert data["verdict"]["outcome"] == "adjust"
    assert data["follows"]["path"] == str(PLAN)  # as named on the command line
    assert data["next_followup"]["months"] == 3
    assert {c["question"]: c["change"] for c in data["compared"]} == {
        "watched": "same",
        "answer_time": "worse",
    }
    md = run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-f", "markdown")
    assert md.exit_code == 0
    assert md.stdout.startswith("# Follow-up of the account")
    assert "| How quickly have questions and comments been answered? | The same day |" in md.stdout
    out = tmp_path / "f.txt"
    rich = run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-o", str(out), lang="sv")
    assert rich.exit_code == 0
    assert "Förslag: Justera" in out.read_text(encoding="utf-8")


def test_report_errors_are_sentences_with_exit_codes(run: Run, tmp_path: Path) -> None:
    result = run("followup", str(PLAN), "--report")
    assert result.exit_code == 2 and "--answers FILE" in result.stderr
    result = run("followup", str(PLAN), "-a", str(tmp_path / "none.yaml"), "--report")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    # a follow-up given as the plan
    result = run("followup", str(PERSONA), "-a", str(PERSONA), "--report")
    assert result.exit_code == 3 and "is a follow-up, not a plan" in result.stderr
    # a plan given as the follow-up: the flows differ, said with the position
    result = run("followup", str(PLAN), "-a", str(PLAN), "--report")
    assert result.exit_code == 3 and "school_parents.yaml:" in result.stderr
    assert "Traceback" not in result.output


def test_a_changed_plan_is_noted_in_the_report(run: Run, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    result = run("followup", str(plan), "-a", str(PERSONA), "--report", "-f", "json")
    assert json.loads(result.stdout)["plan_changed"] is True
    same = run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-f", "json")
    assert json.loads(same.stdout)["plan_changed"] is False


def test_report_on_a_followup_file_shows_the_followup(run: Run) -> None:
    """Review 2026-12-04: `somplan report FOLLOWUP` printed a 250-character command instead of
    the report it names. (`somplan diff PLAN FOLLOWUP` compares the two: test_followup_diff.py)"""
    result = run("report", str(PERSONA), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "followup" and data["verdict"]["outcome"] == "adjust"
    assert Path(data["follows"]["path"]).resolve() == PLAN.resolve()


def test_followup_report_without_answers_shows_the_latest_beside_the_plan(
    run: Run, tmp_path: Path
) -> None:
    plan = tmp_path / "skola.yaml"
    shutil.copy(PLAN, plan)
    follow = PERSONA.read_text(encoding="utf-8").replace(
        "../answers/school_parents.yaml", "skola.yaml"
    )
    (tmp_path / "skola.followup-20270101.yaml").write_text(follow, encoding="utf-8")
    result = run("followup", str(plan), "--report", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "skola.followup-20270101.yaml" in result.stderr  # says which one it shows
    assert json.loads(result.stdout)["verdict"]["outcome"] == "adjust"
    forgot = run("followup", str(plan), "-a", str(PERSONA), "-f", "markdown")
    assert forgot.exit_code == 2 and "add --report" in forgot.stderr


def test_next_steps_name_the_plan_file_not_a_placeholder(run: Run) -> None:
    """The review saw "skriv in dem i planen (somplan start --answers PLANFIL)"."""
    md = run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-f", "markdown").stdout
    assert "PLANFILE" not in md
    assert f"somplan start --answers {PLAN}" in md.replace("\\_", "_")
    html = run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-f", "html").stdout
    assert f"--answers {PLAN.name})" in html and str(PLAN.parent) not in html.split("<body")[1]


def test_an_invalid_answer_in_a_followup_names_the_followup_command(
    run: Run, tmp_path: Path
) -> None:
    """The hint under an invalid answer answers again the way that fits the file: a follow-up
    with `somplan followup PLANFILE --answers FILE`, not `somplan start` (issue 21, item 4)."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    followup = tmp_path / "examples" / "followup" / "quiet.yaml"
    text = followup.read_text(encoding="utf-8").replace("posting: rarely", "posting: hourly")
    followup.write_text(text, encoding="utf-8")
    plan = tmp_path / "examples" / "answers" / "library_teens.yaml"
    result = run("followup", str(plan), "--answers", str(followup), "--report", lang="en")
    assert result.exit_code == 3
    said = " ".join(result.stderr.split())
    assert f"answer again with somplan followup {plan} --answers {followup}" in said
    assert "somplan start" not in said
