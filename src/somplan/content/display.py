"""Answers as a person reads them: choice labels, Ja/Nej, numbers with their unit."""

from __future__ import annotations

from typing import Any

from somplan.content.model import Question
from somplan.text.i18n import Lang, message


def format_number(value: float, lang: Lang) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if lang == "sv" else text


def answer_text(question: Question, value: Any, lang: Lang) -> str:
    """``value`` as the user chose it, in ``lang``; a dash-like note when there is none."""
    if value is None or value == "" or value == []:
        return message("answer.none", lang)
    if question.kind == "yesno":
        return message("answer.yes" if value else "answer.no", lang)
    if question.kind in ("single", "multi"):
        ids = value if isinstance(value, list) else [value]
        labels = []
        for choice_id in ids:
            choice = question.choice(str(choice_id))
            labels.append(choice.label.get(lang) if choice else str(choice_id))
        return ", ".join(labels)
    if question.kind == "number":
        named = question.unit_one if value == 1 and question.unit_one else question.unit
        unit = f" {named.get(lang)}" if named else ""
        return format_number(value, lang) + unit
    if question.kind == "scale" and question.scale is not None:
        return f"{value} / {question.scale.max}"
    return str(value)
