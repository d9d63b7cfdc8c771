"""The interview's step, the one pure function the terminal's engine and the web app both walk
the flow with: the next question, the answers passed, a stale answer noticed, completeness."""

from __future__ import annotations

from somplan.content.loader import load_content
from somplan.interview import step as steps

FLOW = load_content().flow
QUESTIONS = FLOW.questions()
INDEX = {q.id: i for i, q in enumerate(QUESTIONS)}


def test_with_no_answers_the_first_question_and_nothing_to_go_back_to() -> None:
    at = steps.step(FLOW, {})
    assert at.question is not None and at.question.id == "goals"
    assert at.progress is not None and at.progress.question_number == 1
    assert not at.progress.can_go_back and not at.complete and not at.stale


def test_a_question_whose_condition_fails_is_stepped_over() -> None:
    answers = {"goals": ["dialogue"], "main_reason": "everyone_does"}
    at = steps.step(FLOW, answers, INDEX["success_measure"])
    assert at.question is not None and at.question.id == "duration"


def test_skipping_answered_questions_gives_the_places_to_go_back_to() -> None:
    answers = {"goals": ["dialogue"], "main_reason": "clear_need"}
    at = steps.step(FLOW, answers, 0, skip_answered=True)
    assert at.question is not None and at.question.id == "success_measure"
    assert at.passed == (0, 1)
    assert at.progress is not None and at.progress.can_go_back
    assert at.progress.question_number == 3


def test_an_answer_left_from_another_path_is_reported_stale_and_never_counts() -> None:
    answers = {
        "goals": ["dialogue"],
        "main_reason": "everyone_does",
        "success_measure": "measurable_goal",  # no longer applies
        "success_description": "kvar",  # its follow-up: applies only through the stale answer
    }
    at = steps.step(FLOW, answers, INDEX["success_measure"])
    assert at.stale
    assert at.question is not None and at.question.id == "duration"
    pruned = steps.with_answer(FLOW, answers, "duration", "ongoing")
    assert "success_measure" not in pruned and "success_description" not in pruned
    assert list(pruned) == ["goals", "main_reason", "duration"]


def test_complete_once_every_question_that_applies_has_an_answer() -> None:
    answers: dict[str, object] = {}
    for _ in range(len(QUESTIONS)):
        index = steps.first_open(FLOW, answers)
        if index >= len(QUESTIONS):
            break
        question = QUESTIONS[index]
        value: object = {
            "multi": [question.choices[0].id] if question.choices else [],
            "single": question.choices[0].id if question.choices else None,
            "yesno": False,
            "scale": 3,
            "number": 4,
            "text": "text",
        }[question.kind]
        answers = steps.with_answer(FLOW, answers, question.id, value)
    at = steps.step(FLOW, answers, len(QUESTIONS))
    assert at.complete and at.question is None and at.progress is None
    assert [q.id for q in steps.answered(FLOW, answers)] == list(answers)


def test_a_number_is_never_preselected_from_a_default() -> None:
    hours = QUESTIONS[INDEX["hours_per_week"]]
    assert steps.preselected(hours, {}) is None
    assert steps.preselected(hours, {"hours_per_week": 3}) == 3
