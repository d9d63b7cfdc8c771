"""Where a follow-up stands, for a front door that asks one thing at a time (the web app): first
each of the plan's blockers and conditions, then the follow-up flow's questions (walked with the
same ``step`` as the interview), then the review. Pure: the caller loads and saves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from somplan.assessment.plan_items import PlanItem
from somplan.content.answers import AnswersFile
from somplan.content.model import Flow, Question
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
        index = next(i for i, q in enumerate(flow.questions()) if q.id == place.question.id)
        before = steps.answered_before(flow, record.answers, index)
        if before:
            return Place(question=flow.questions()[before[-1]])
        return Place(item=len(items) - 1) if items else None
    if place.item is not None and place.item > 0:
        return Place(item=place.item - 1)
    return None
