"""Where a follow-up stands, for a front door that asks one thing at a time (the web app): first
each of the plan's blockers and conditions, then the follow-up flow's questions (walked with the
same ``step`` as the interview), then the review. Pure: the caller loads and saves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from somplan.assessment.plan_items import PlanItem
from somplan.content.answers import AnswersFile
from somplan.content.conditions import may_apply
from somplan.content.model import Flow, Question, Section
from somplan.interview import step as steps
from somplan.interview.lifecycle_entry import open_items


@dataclass(frozen=True)
class Place:
    """The next thing to ask: the item at ``item`` (an index into the plan's items), else the
    flow's ``question``; neither: every item and question has an answer (the review)."""

    item: int | None = None
    question: Question | None = None


def next_place(items: Sequence[PlanItem], flow: Flow, record: AnswersFile) -> Place:
    todo = open_items(items, record)
    if todo:
        return Place(item=list(items).index(todo[0]))
    index = steps.first_open(flow, record.answers)
    questions = flow.questions()
    if index < len(questions):
        return Place(question=questions[index])
    return Place()


def place_before(
    items: Sequence[PlanItem], flow: Flow, record: AnswersFile, place: Place
) -> Place | None:
    """Where "back" goes from ``place``: the answered flow question before it, else the last
    item; ``None`` at the very start."""
    if place.question is not None:
        index = flow_index(flow, place.question)
        before = steps.answered_before(flow, record.answers, index)
        if before:
            return Place(question=flow.questions()[before[-1]])
        return Place(item=len(items) - 1) if items else None
    if place.item is not None and place.item > 0:
        return Place(item=place.item - 1)
    return None


@dataclass(frozen=True)
class Standing:
    """How far along ``place`` is: its part (``section`` ``None``: the plan's items, a part of
    their own before the flow's sections), its number among everything asked and roughly how
    many are left, this one included."""

    section: Section | None
    section_number: int
    section_count: int
    number: int
    remaining: int


def flow_index(flow: Flow, question: Question) -> int:
    return next(i for i, q in enumerate(flow.questions()) if q.id == question.id)


def standing(
    items: Sequence[PlanItem], flow: Flow, record: AnswersFile, place: Place, changing: bool
) -> Standing:
    extra = 1 if items else 0
    count = len(flow.sections) + extra
    answers = record.answers
    if place.item is not None:
        left = sum(1 for q in flow.questions() if may_apply(q, answers) and q.id not in answers)
        return Standing(None, 1, count, place.item + 1, len(items) - place.item + left)
    assert place.question is not None
    index = flow_index(flow, place.question)
    progress = steps.progress(flow, answers, index, can_go_back=True, changing=changing)
    return Standing(
        progress.section,
        progress.section_number + extra,
        count,
        len(items) + progress.question_number,
        progress.remaining,
    )
