"""The interview's step as one pure function: given the flow, the answers and where the walk
stands, which question comes next, how far along it is, and is the interview complete?

The terminal's engine (``somplan.interview.engine``) and the web app (``somplan.web``) both walk
the flow with ``step``; neither keeps a copy of the conditions logic (``content/conditions.py``).
Nothing here has state or side effects: the caller saves, asks and keeps its own history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from somplan.content.conditions import applies, may_apply, relevant_answers
from somplan.content.model import Flow, Question, Section


@dataclass(frozen=True)
class Progress:
    """Where the user is: section k of n, its title, roughly how many questions are left."""

    section: Section
    section_number: int
    section_count: int
    question_number: int  # within the whole flow, 1-based, among the questions that apply
    remaining: int  # questions that apply from this one to the end, this one included
    can_go_back: bool
    changing: bool = False  # one answer is being changed from the review (counts mean little)


@dataclass(frozen=True)
class Step:
    """The outcome of ``step``.

    ``index`` is the position (in ``flow.questions()``) of the question to ask, or the number of
    questions when the walk has passed the end; ``question`` and ``progress`` are ``None`` then.
    ``passed`` holds the answered questions stepped over on the way (``skip_answered``): the
    places to go back to. ``stale`` says an answer that no longer applies was stepped over: the
    caller drops such answers (``relevant_answers``) and asks for the step again. ``complete``:
    every question that applies has an answer.
    """

    index: int
    question: Question | None
    progress: Progress | None
    passed: tuple[int, ...]
    stale: bool
    complete: bool


def with_answer(
    flow: Flow, answers: Mapping[str, Any], question_id: str, value: Any
) -> dict[str, Any]:
    """The answers after ``value`` is given to ``question_id``: the answers that stop applying
    are dropped, the rest kept in flow order."""
    return relevant_answers(flow, {**answers, question_id: value})


def preselected(question: Question, answers: Mapping[str, Any]) -> Any:
    """What the question shows already chosen or typed: its answer, else its default (never a
    number: a number is typed, not accepted unread from a pre-filled guess)."""
    if question.id in answers:
        return answers[question.id]
    if question.kind == "number":
        return None
    return question.default


def first_open(flow: Flow, answers: Mapping[str, Any]) -> int:
    """Index of the first question that applies and has no answer yet (len() if none)."""
    questions = flow.questions()
    for i, question in enumerate(questions):
        if applies(question, answers) and question.id not in answers:
            return i
    return len(questions)


def answered(flow: Flow, answers: Mapping[str, Any]) -> list[Question]:
    """The questions that apply and have an answer, in flow order: the rows of the review."""
    return [q for q in flow.questions() if applies(q, answers) and q.id in answers]


def answered_before(flow: Flow, answers: Mapping[str, Any], index: int) -> list[int]:
    """The answered questions before ``index``: where "back" can go from there."""
    return [i for i, q in enumerate(flow.questions()[:index]) if q.id in answers]


def progress(
    flow: Flow,
    answers: Mapping[str, Any],
    index: int,
    *,
    can_go_back: bool,
    changing: bool = False,
) -> Progress:
    """Where the question at ``index`` stands in the flow."""
    questions = flow.questions()
    question = questions[index]
    number = 0
    section = flow.sections[0]
    for i, s in enumerate(flow.sections):
        if any(q.id == question.id for q in s.questions):
            number, section = i + 1, s
            break
    applicable_before = sum(1 for q in questions[:index] if q.id in answers)
    # Questions that apply, and follow-ups that still may: the count goes down one at a time
    # instead of standing still when a follow-up turns up.
    remaining = 1 + sum(1 for q in questions[index + 1 :] if may_apply(q, answers))
    return Progress(
        section=section,
        section_number=number,
        section_count=len(flow.sections),
        question_number=applicable_before + 1,
        remaining=max(remaining, 1),
        can_go_back=can_go_back,
        changing=changing,
    )


def step(
    flow: Flow,
    answers: Mapping[str, Any],
    start: int = 0,
    *,
    skip_answered: bool = False,
    history: Sequence[int] = (),
    changing: bool = False,
) -> Step:
    """The next question to ask from ``start`` on: the first that applies (and, with
    ``skip_answered``, has no answer yet). ``history`` is where "back" can go so far; the
    progress says whether there is anywhere to go back to."""
    questions = flow.questions()
    # Conditions are judged on the answers that still apply: an answer left over from an
    # earlier path never makes a later question apply.
    relevant = relevant_answers(flow, answers)
    passed: list[int] = []
    stale = False
    cursor = start
    while cursor < len(questions):
        question = questions[cursor]
        if question.id in answers and question.id not in relevant:
            stale = True
        if not applies(question, relevant):
            cursor += 1
            continue
        if skip_answered and question.id in relevant:
            passed.append(cursor)
            cursor += 1
            continue
        break
    complete = first_open(flow, answers) >= len(questions)
    if cursor >= len(questions):
        return Step(cursor, None, None, tuple(passed), stale, complete)
    return Step(
        cursor,
        questions[cursor],
        progress(
            flow,
            answers,
            cursor,
            can_go_back=bool(history) or bool(passed),
            changing=changing,
        ),
        tuple(passed),
        stale,
        complete,
    )
