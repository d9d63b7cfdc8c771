"""The engine through a scripted prompter: conditions, back, review, resume, dropped answers."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from somplan.content.answers import AnswersFile, new_answers
from somplan.content.loader import load_content
from somplan.content.model import Flow
from somplan.interview.engine import BACK, Engine

from .common import FIXTURES
from .fakes import ScriptedPrompter


@pytest.fixture(scope="module")
def flow() -> Flow:
    return load_content(FIXTURES / "content").flow


def run(
    flow: Flow, prompter: ScriptedPrompter, record: AnswersFile | None = None
) -> tuple[AnswersFile, list[dict[str, Any]]]:
    record = record or new_answers(flow, "sv")
    saves: list[dict[str, Any]] = []
    Engine(flow, record, prompter, lambda r: saves.append(dict(r.answers))).run()
    return record, saves


def test_walks_every_applicable_question_in_order(flow: Flow) -> None:
    p = ScriptedPrompter(["dialogue", "Fler lånare", 4, True, ["web"], 3])
    record, saves = run(flow, p)
    assert p.ids == ["goal", "goal_detail", "hours", "deputy", "channels_today", "confidence"]
    assert record.complete
    assert record.answers == {
        "goal": "dialogue",
        "goal_detail": "Fler lånare",
        "hours": 4,
        "deputy": True,
        "channels_today": ["web"],
        "confidence": 3,
    }
    assert len(saves) >= 6  # saved after every answer (and once more when confirmed)
    assert saves[0] == {"goal": "dialogue"}


def test_conditions_skip_what_does_not_apply(flow: Flow) -> None:
    p = ScriptedPrompter(["everyone_does", 0, False, 2])
    record, _ = run(flow, p)
    assert p.ids == ["goal", "hours", "deputy", "confidence"]
    assert "goal_detail" not in record.answers and "channels_today" not in record.answers


def test_back_across_sections_preselects_the_previous_answer(flow: Flow) -> None:
    # goal, goal_detail, hours(1st section 2) -> back -> back to goal_detail -> back to goal
    p = ScriptedPrompter(
        ["dialogue", "Mål", BACK, BACK, "dialogue", "Mål 2", 5, True, ["email"], 4]
    )
    record, _ = run(flow, p)
    assert p.ids[:6] == ["goal", "goal_detail", "hours", "goal_detail", "goal", "goal_detail"]
    assert p.asked[3].current == "Mål"  # the earlier answer is preselected
    assert p.asked[4].current == "dialogue"
    assert (
        p.asked[2].progress.section.id == "capacity" and p.asked[3].progress.section.id == "purpose"
    )
    assert record.answers["goal_detail"] == "Mål 2"


def test_back_on_the_first_question_says_so(flow: Flow) -> None:
    p = ScriptedPrompter([BACK, "everyone_does", 0, False, 1])
    run(flow, p)
    assert p.notices == ["wizard.at-first"]
    assert p.asked[0].progress.can_go_back is False and p.asked[1].progress.can_go_back is False
    assert p.asked[2].progress.can_go_back is True


def test_going_back_and_changing_drops_answers_that_stop_applying(flow: Flow) -> None:
    p = ScriptedPrompter(["dialogue", "Mål", BACK, BACK, "everyone_does", 0, False, 1])
    record, saves = run(flow, p)
    assert "goal_detail" not in record.answers
    assert any("goal_detail" in s for s in saves) and "goal_detail" not in saves[-1]


def test_change_in_review_re_evaluates_conditions(flow: Flow) -> None:
    # First no hours and no deputy -> channels_today skipped; in review, change deputy to yes:
    # channels_today now applies and is asked before the review is shown again.
    p = ScriptedPrompter(
        ["everyone_does", 0, False, 2, True, ["posters"]], reviews=["deputy", None]
    )
    record, _ = run(flow, p)
    assert p.ids == ["goal", "hours", "deputy", "confidence", "deputy", "channels_today"]
    assert record.answers["channels_today"] == ["posters"]
    assert [r.question.id for r in p.reviewed[1]] == [
        "goal",
        "hours",
        "deputy",
        "channels_today",
        "confidence",
    ]


def test_change_in_review_that_removes_a_condition_drops_its_answer(flow: Flow) -> None:
    p = ScriptedPrompter(["dialogue", "Mål", 0, False, 2, "everyone_does"], reviews=["goal", None])
    record, _ = run(flow, p)
    assert "goal_detail" not in record.answers
    assert [r.question.id for r in p.reviewed[-1]] == ["goal", "hours", "deputy", "confidence"]


def test_resume_from_a_partial_file_asks_only_what_is_missing(flow: Flow) -> None:
    record = new_answers(flow, "sv")
    record.answers = {"goal": "dialogue", "goal_detail": "Mål", "hours": 3}
    p = ScriptedPrompter([True, ["web"], 5])
    done, _ = run(flow, p, record)
    assert p.ids == ["deputy", "channels_today", "confidence"]
    assert done.answers["goal_detail"] == "Mål" and done.complete
    assert p.asked[0].progress.can_go_back  # back from the first resumed question reaches 'hours'


def test_back_from_a_resumed_question_reaches_the_saved_answers(flow: Flow) -> None:
    record = new_answers(flow, "sv")
    record.answers = {"goal": "dialogue", "goal_detail": "Mål", "hours": 3}
    p = ScriptedPrompter([BACK, 6, True, ["web"], 5])
    done, _ = run(flow, p, record)
    assert p.ids == ["deputy", "hours", "deputy", "channels_today", "confidence"]
    assert p.asked[1].current == 3
    assert done.answers["hours"] == 6


def test_a_complete_file_goes_straight_to_review(flow: Flow) -> None:
    record = new_answers(flow, "sv")
    record.answers = {"goal": "everyone_does", "hours": 0, "deputy": False, "confidence": 1}
    record.complete = True
    p = ScriptedPrompter([], reviews=[None])
    run(flow, p, record)
    assert p.ids == [] and len(p.reviewed) == 1


def test_a_number_starts_empty_even_with_a_default(flow: Flow) -> None:
    # Enter on a pre-filled guess would answer without deciding: the number prompt starts empty.
    p = ScriptedPrompter(["everyone_does", 3, False, ["web"], 1])
    record, _ = run(flow, p)
    hours = next(a for a in p.asked if a.id == "hours")
    assert hours.current is None
    assert record.answers["hours"] == 3


def test_interrupt_keeps_every_confirmed_answer(flow: Flow) -> None:
    record = new_answers(flow, "sv")
    saves: list[dict[str, Any]] = []
    p = ScriptedPrompter(["dialogue", "Mål", 4, KeyboardInterrupt])
    with pytest.raises(KeyboardInterrupt):
        Engine(flow, record, p, lambda r: saves.append(dict(r.answers))).run()
    assert saves[-1] == {"goal": "dialogue", "goal_detail": "Mål", "hours": 4}
    assert record.complete is False


def test_progress_names_the_section_and_questions_left(flow: Flow) -> None:
    p = ScriptedPrompter(["dialogue", "Mål", 4, True, ["web"], 3])
    run(flow, p)
    first, last = p.asked[0].progress, p.asked[-1].progress
    assert (first.section_number, first.section_count, first.section.id) == (1, 2, "purpose")
    assert (last.section_number, last.remaining, last.question_number) == (2, 1, 6)
    assert first.remaining > last.remaining


def test_back_while_changing_an_answer_returns_to_the_review(flow: Flow) -> None:
    # Change "hours" from the review, then go back instead of answering: the review comes
    # again at once; nothing after hours is asked again and the answer is kept.
    full = ["dialogue", "Mål", 4, True, ["web"], 3]
    p = ScriptedPrompter([*full, BACK], reviews=["hours", None])
    record, _ = run(flow, p)
    assert p.ids == [
        "goal",
        "goal_detail",
        "hours",
        "deputy",
        "channels_today",
        "confidence",
        "hours",
    ]
    assert p.asked[-1].progress.changing  # the progress line says an answer is being changed
    assert not p.asked[0].progress.changing
    assert len(p.reviewed) == 2 and record.answers["hours"] == 4


def test_back_from_a_follow_up_goes_to_the_answer_being_changed(flow: Flow) -> None:
    # deputy no -> yes makes channels_today apply: back from it returns to deputy (the change),
    # and answering deputy again goes on to the follow-up, then to the review.
    p = ScriptedPrompter(
        ["everyone_does", 0, False, 2, True, BACK, True, ["posters"]], reviews=["deputy", None]
    )
    record, _ = run(flow, p)
    assert p.ids[4:] == ["deputy", "channels_today", "deputy", "channels_today"]
    assert record.answers["channels_today"] == ["posters"]
    assert len(p.reviewed) == 2


def test_the_unit_can_be_renamed_in_the_review(flow: Flow) -> None:
    from somplan.interview.engine import UNIT_ROW

    record = new_answers(flow, "sv")
    record.unit = "Biblioteket"
    asked_with: list[str | None] = []

    def rename(current: str | None) -> str | None:
        asked_with.append(current)
        return "Stadsbiblioteket" if len(asked_with) == 1 else None  # then: back, unchanged

    p = ScriptedPrompter(["everyone_does", 0, False, 2], reviews=[UNIT_ROW, UNIT_ROW, None])
    saves: list[str | None] = []
    Engine(flow, record, p, lambda r: saves.append(r.unit), rename).run()
    assert asked_with == ["Biblioteket", "Stadsbiblioteket"]
    assert record.unit == "Stadsbiblioteket" and "Stadsbiblioteket" in saves
    assert len(p.reviewed) == 3


@pytest.mark.parametrize("content", [FIXTURES / "content", None])
def test_questions_left_only_go_down(content: Any) -> None:
    # A follow-up that turns up was already counted while it could still apply, so the count
    # never stands still or rises from one question to the next.
    from somplan.content.model import Question

    shipped = load_content(content).flow

    def first(question: Question, current: Any, progress: Any) -> Any:
        if question.kind in ("single",):
            return question.choices[0].id
        if question.kind == "multi":
            return [question.choices[0].id]
        if question.kind == "yesno":
            return True
        if question.kind == "number":
            return 3
        if question.kind == "scale":
            assert question.scale is not None
            return question.scale.min
        return "Ett svar"

    p = ScriptedPrompter([first] * len(shipped.questions()))
    run(shipped, p)
    left = [a.progress.remaining for a in p.asked]
    assert all(a > b for a, b in itertools.pairwise(left)), left
    assert left[-1] == 1
