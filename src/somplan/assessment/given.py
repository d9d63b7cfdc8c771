"""The answers the verdict reads: those that still apply, with "don't know" for the unanswered."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from somplan.content.conditions import applies, relevant_answers
from somplan.content.model import Flow, Question, Rules


def effective_answers(
    flow: Flow, rules: Rules, answers: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[Question, ...]]:
    """The answers the verdict reads, and the questions that apply but are unanswered.

    An unanswered question that ``settings.unanswered`` names counts as the answer given there
    (its "don't know"); the questions its assumed answer opens are then treated alike.
    """
    given = relevant_answers(flow, answers)
    assumed = _assumptions(rules)
    out: dict[str, Any] = {}
    for question in flow.questions():
        if not applies(question, out):
            continue
        if question.id in given:
            out[question.id] = given[question.id]
        elif question.id in assumed:
            value = assumed[question.id]
            out[question.id] = list(value) if isinstance(value, list) else value
    open_questions = tuple(q for q in flow.questions() if q.id not in given and applies(q, out))
    return out, open_questions


def _assumptions(rules: Rules) -> dict[str, Any]:
    return {a.question: a.answer for a in rules.settings.unanswered}
