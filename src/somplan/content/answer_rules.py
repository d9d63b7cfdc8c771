"""Is a value a valid answer to a question? One rule set for defaults, prompts and answers files."""

from __future__ import annotations

import math
import re
from typing import Any

from somplan.content.model import Question
from somplan.text.i18n import Msg


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def answer_error(question: Question, value: Any) -> Msg | None:
    """Why ``value`` is not a valid answer to ``question``, or ``None`` when it is."""
    rules = question.validation
    kind = question.kind
    if value is None or value == "" or value == []:
        return Msg("answer.required") if rules.required else None
    if kind == "single":
        if not isinstance(value, str) or value not in question.choice_ids():
            return Msg(
                "answer.not-a-choice",
                {"value": str(value), "choices": ", ".join(question.choice_ids())},
            )
        return None
    if kind == "multi":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return Msg("answer.expected-choices")
        unknown = [v for v in value if v not in question.choice_ids()]
        if unknown:
            return Msg(
                "answer.not-a-choice",
                {"value": unknown[0], "choices": ", ".join(question.choice_ids())},
            )
        if len(set(value)) != len(value):
            return Msg("answer.duplicate-choice")
        if len(value) > 1:
            alone = next((question.choice(v) for v in value if v in question.exclusive_ids()), None)
            if alone is not None:
                return Msg("answer.exclusive-combined", {"choice": alone.label, "id": alone.id})
        if rules.min is not None and len(value) < rules.min:
            return Msg("answer.too-few-selected", {"min": _fmt(rules.min)})
        if rules.max is not None and len(value) > rules.max:
            return Msg("answer.too-many-selected", {"max": _fmt(rules.max)})
        return None
    if kind == "yesno":
        return None if isinstance(value, bool) else Msg("answer.expected-yesno")
    if kind == "text":
        if not isinstance(value, str):
            return Msg("answer.expected-text")
        if not value.strip():
            return Msg("answer.required") if rules.required else None
        if rules.min is not None and len(value) < rules.min:
            return Msg("answer.text-too-short", {"min": _fmt(rules.min)})
        if rules.max is not None and len(value) > rules.max:
            return Msg("answer.text-too-long", {"max": _fmt(rules.max), "length": len(value)})
        if rules.pattern is not None and re.fullmatch(rules.pattern, value) is None:
            if rules.pattern_help is not None:
                return Msg("answer.pattern-help", {"help": rules.pattern_help})
            return Msg("answer.pattern", {"pattern": rules.pattern})
        return None
    if kind == "number":
        if not _is_number(value) or not math.isfinite(value):
            return Msg("answer.expected-number")
        return _bounds(value, rules.min, rules.max)
    # scale
    scale = question.scale
    if not isinstance(value, int) or isinstance(value, bool):
        return Msg("answer.expected-whole-number")
    if scale is None:
        return None
    return _bounds(value, scale.min, scale.max)


def _bounds(value: float, low: float | None, high: float | None) -> Msg | None:
    if low is not None and high is not None and not low <= value <= high:
        return Msg("answer.out-of-range", {"min": _fmt(low), "max": _fmt(high)})
    if low is not None and value < low:
        return Msg("answer.too-small", {"min": _fmt(low)})
    if high is not None and value > high:
        return Msg("answer.too-large", {"max": _fmt(high)})
    return None


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
