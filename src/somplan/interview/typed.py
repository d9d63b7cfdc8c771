"""What a person typed, as an answer: numbers as people write them, one-line texts. Shared by
the terminal prompter and the web app, so a typed answer means the same in both."""

from __future__ import annotations

from typing import Any

from somplan.content.answer_rules import answer_error
from somplan.content.model import Question
from somplan.text.i18n import Msg
from somplan.text.safetext import one_line


def parse_number(text: str) -> float | int | None:
    """A number as people type it: ``4``, ``2,5``, ``2.5``, `` 10 ``; ``None`` if it is not one."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return (
        int(value)
        if value.is_integer() and "." not in cleaned and "e" not in cleaned.lower()
        else value
    )


def without_unit(text: str, question: Question) -> str:
    """``text`` without the question's unit typed after the number ("3 timmar", "2.5 hours"), in
    either language, since the prompt shows the unit and invites it."""
    cleaned = text.strip()
    if question.unit is not None:
        for word in (question.unit.sv, question.unit.en):
            if word and cleaned.lower().endswith(word.lower()):
                return cleaned[: -len(word)]
    return cleaned


def typed_value(question: Question, raw: str) -> Any:
    """The answer a typed text gives to a text or number question: a one-line text, a number,
    ``None`` for a blank number, or the text itself when it is not a number."""
    if question.kind != "number":
        return one_line(raw)
    if not raw.strip():
        return None
    parsed = parse_number(without_unit(raw, question))
    return raw if parsed is None else parsed


def typed_error(question: Question, raw: str) -> Msg | None:
    """Why ``raw`` typed for ``question`` is not a valid answer, or ``None``."""
    value = typed_value(question, raw)
    if question.kind == "number" and isinstance(value, str):
        return Msg("answer.expected-number")
    return answer_error(question, value)
