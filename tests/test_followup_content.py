"""The shipped follow-up flow and its rules: validated with the plan content, problems positioned."""

from __future__ import annotations

import shutil
from pathlib import Path

from somplan.commands.validate import validate_paths
from somplan.content.followup import load_followup
from somplan.content.model import OUTCOMES

from .common import SHIPPED, Run


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "questions"
    shutil.copytree(SHIPPED, target)
    return target


def test_validate_checks_both_shipped_flows(run: Run) -> None:
    for args in (("validate",), ("validate", str(SHIPPED))):
        result = run(*args, "--lang", "en")
        assert result.exit_code == 0, result.stdout
        # 6 of the plan (with plan.yaml and proposal.yaml), 2 of the follow-up
        assert "8 files checked" in result.stdout


def test_shipped_followup_loads_and_reads_the_plan_flow() -> None:
    followup = load_followup()
    assert followup.flow.id == followup.rules.flow
    assert followup.plan.flow.id == followup.rules.plan_flow
    # short, but with the plan's conditions, two-step verification and the audience reached
    # (issue 22): at most 18
    assert 10 <= len(followup.flow.questions()) <= 18
    assert {o.id for o in followup.rules.outcomes} == set(OUTCOMES)


def _problem_lines(folder: Path) -> list[str]:
    return [p.render("en") for p in validate_paths([folder]).problems]


def test_a_placeholder_naming_no_plan_question_is_found_with_its_position(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    flow = folder / "followup" / "flow.yaml"
    text = flow.read_text(encoding="utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "{plan:monitoring}" in ln)
    flow.write_text(text.replace("{plan:monitoring}", "{plan:monitorin}", 1), encoding="utf-8")
    lines = _problem_lines(folder)
    assert len(lines) == 1
    assert lines[0].startswith(f"{flow}:{line}:")
    assert "Did you mean 'monitoring'?" in lines[0]


def test_a_comparison_with_an_unknown_choice_and_question_is_found(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rules = folder / "followup" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace("order: [within_hours, same_day,", "order: [within_hours, sameday,", 1)
    text = text.replace("answer: answer_time", "answer: answertime", 1)
    rules.write_text(text, encoding="utf-8")
    lines = _problem_lines(folder)
    assert any("'answertime' is not a question in the follow-up's" in ln for ln in lines)
    # the order is checked only once both questions are known
    assert not any("'sameday'" in ln for ln in lines)


def test_an_order_choice_that_neither_question_has_is_found(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rules = folder / "followup" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(
        text.replace("order: [within_hours, same_day,", "order: [within_hours, sameday,", 1),
        encoding="utf-8",
    )
    lines = _problem_lines(folder)
    assert len(lines) == 1 and "Did you mean 'same_day'?" in lines[0]


def test_rules_missing_an_outcome_and_a_finding_without_test(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rules = folder / "followup" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace("  - id: continue\n", "  - id: adjust\n", 1)
    rules.write_text(text, encoding="utf-8")
    lines = _problem_lines(folder)
    assert any("The outcome 'continue' has no title" in ln for ln in lines)
    assert any("The id 'adjust' is already used" in ln for ln in lines)


def test_a_finding_without_any_test_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rules = folder / "followup" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace("    when: {question: purpose_ended, equals: true}\n", "", 1)
    rules.write_text(text, encoding="utf-8")
    lines = _problem_lines(folder)
    assert len(lines) == 1 and "A finding needs at least one test" in lines[0]


def test_a_setting_that_names_a_question_of_the_wrong_kind(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    rules = folder / "followup" / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(
        text.replace("interval_question: next_followup_months", "interval_question: notes"),
        encoding="utf-8",
    )
    lines = _problem_lines(folder)
    assert len(lines) == 1 and "kind text" in lines[0] and "kind number" in lines[0]


def test_a_followup_folder_without_its_rules_is_reported(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "followup" / "rules.yaml").unlink()
    lines = _problem_lines(folder)
    assert len(lines) == 1 and "followup_rules" in lines[0]
