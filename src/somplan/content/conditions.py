"""When does a question apply? Declarative conditions evaluated on the answers given so far."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from somplan.content.model import Condition, Flow, Question


def _same(answer: Any, expected: Any) -> bool:
    """Equality that never mixes booleans and numbers (``True`` is not ``1`` here)."""
    if isinstance(answer, bool) or isinstance(expected, bool):
        return isinstance(answer, bool) and isinstance(expected, bool) and answer == expected
    return bool(answer == expected)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def holds(cond: Condition, answers: Mapping[str, Any]) -> bool:
    """Whether ``cond`` is true for ``answers``. An unanswered question makes every test false
    except ``answered: false``."""
    question = cond.question
    if question is None:  # exactly one of all, any and not (see ``Condition``)
        if cond.all_ is not None:
            return all(holds(c, answers) for c in cond.all_)
        if cond.any_ is not None:
            return any(holds(c, answers) for c in cond.any_)
        assert cond.not_ is not None
        return not holds(cond.not_, answers)
    value = answers.get(question)
    if cond.answered is not None:
        return (not is_empty(value)) == cond.answered
    if is_empty(value):
        return False
    if cond.equals is not None:
        return _same(value, cond.equals)
    if cond.in_ is not None:
        if type(value) is str:  # text equals only text: ``_same`` is ``==`` for it
            return value in cond.in_
        return any(_same(value, option) for option in cond.in_)
    if cond.includes is not None:
        wanted = cond.includes if isinstance(cond.includes, list) else [cond.includes]
        return isinstance(value, list) and any(w in value for w in wanted)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    if cond.at_least is not None and value < cond.at_least:
        return False
    return not (cond.at_most is not None and value > cond.at_most)


def applies(question: Question, answers: Mapping[str, Any]) -> bool:
    return question.when is None or holds(question.when, answers)


def depends_on(cond: Condition) -> set[str]:
    """The questions whose answers ``cond`` looks at."""
    found = {cond.question} if cond.question is not None else set()
    for inner in [*(cond.all_ or []), *(cond.any_ or []), *([cond.not_] if cond.not_ else [])]:
        found |= depends_on(inner)
    return found


def may_apply(question: Question, answers: Mapping[str, Any]) -> bool:
    """Whether ``question`` applies, or still may once questions it depends on are answered
    (used to count the questions left, so that the count never goes up)."""
    if applies(question, answers):
        return True
    assert question.when is not None
    return any(qid not in answers for qid in depends_on(question.when))


def relevant_answers(flow: Flow, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers that still apply, in flow order: an answer whose question's condition no
    longer holds (given the answers before it) is dropped."""
    kept: dict[str, Any] = {}
    for question in flow.questions():
        if question.id in answers and applies(question, kept):
            kept[question.id] = answers[question.id]
    return kept


def unanswered(flow: Flow, answers: dict[str, object]) -> list[Question]:
    """Questions that apply but have no answer yet."""
    return [q for q in flow.questions() if applies(q, answers) and q.id not in answers]
