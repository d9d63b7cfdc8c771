"""A question as a web form, and a submitted form as an answer: the same rules as the terminal
(``interview.typed``) and as answers files (``content.answer_rules``).

Nothing here knows about HTTP: the fields come in as (name, value) pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from somplan.content.answer_rules import answer_error
from somplan.content.display import format_number
from somplan.content.model import Question
from somplan.interview.typed import typed_error, typed_value
from somplan.text.i18n import Lang, Msg, message

#: The radio button that leaves an optional question unanswered.
SKIP = "-"
#: A text question whose limit is above this gets a text area rather than one line.
ONE_LINE_MAX = 120


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    help: str | None
    checked: bool


@dataclass(frozen=True)
class FormView:
    """What the question page shows: the control, its options or typed text, the limits."""

    control: str  # "text", "textarea", "number", "radio" or "checkbox"
    options: list[Option] = field(default_factory=list)
    text: str = ""
    unit: str | None = None
    limits: list[str] = field(default_factory=list)


def _choice_options(question: Question, chosen: Any, lang: Lang) -> list[Option]:
    if question.kind == "yesno":
        pairs: list[tuple[str, str, str | None, Any]] = [
            ("yes", message("answer.yes", lang), None, True),
            ("no", message("answer.no", lang), None, False),
        ]
    elif question.kind == "scale" and question.scale is not None:
        scale = question.scale
        pairs = []
        for n in range(scale.min, scale.max + 1):
            label = str(n)
            if n == scale.min and scale.low is not None:
                label += f" – {scale.low.get(lang)}"
            if n == scale.max and scale.high is not None:
                label += f" – {scale.high.get(lang)}"
            pairs.append((str(n), label, None, n))
    else:
        pairs = [
            (c.id, c.label.get(lang), c.help.get(lang) if c.help else None, c.id)
            for c in question.choices
        ]
    options = []
    for value, label, help_text, answer in pairs:
        if isinstance(chosen, list):
            checked = answer in chosen
        else:
            checked = chosen is not None and answer == chosen and type(answer) is type(chosen)
        options.append(Option(value, label, help_text, checked))
    if question.kind != "multi" and not question.validation.required:
        options.append(Option(SKIP, message("web.skip", lang), None, chosen is None))
    return options


def _limits(question: Question, lang: Lang) -> list[str]:
    rules = question.validation
    lines = []
    if question.kind == "text":
        if rules.max is not None:
            lines.append(message("web.limit-text-max", lang, max=int(rules.max)))
        if rules.min is not None:
            lines.append(message("web.limit-text-min", lang, min=int(rules.min)))
        if rules.pattern_help is not None:
            lines.append(rules.pattern_help.get(lang))
    elif question.kind == "number":
        if rules.min is not None and rules.max is not None:
            lines.append(
                message(
                    "web.limit-number-between",
                    lang,
                    min=format_number(rules.min, lang),
                    max=format_number(rules.max, lang),
                )
            )
        elif rules.min is not None:
            lines.append(message("web.limit-number-min", lang, min=format_number(rules.min, lang)))
        elif rules.max is not None:
            lines.append(message("web.limit-number-max", lang, max=format_number(rules.max, lang)))
    elif question.kind == "multi":
        lines.append(message("web.limit-multi", lang))
        if rules.max is not None:
            lines.append(message("web.limit-multi-max", lang, max=int(rules.max)))
        for choice_id in question.exclusive_ids():
            choice = question.choice(choice_id)
            if choice is not None:
                lines.append(message("web.limit-exclusive", lang, choice=choice.label.get(lang)))
    if not rules.required and question.kind in ("text", "number", "multi"):
        lines.append(message("web.optional", lang))
    return lines


def form_view(question: Question, current: Any, lang: Lang, typed: str | None = None) -> FormView:
    """The form for ``question`` showing ``current`` (or, after an error, what was ``typed``)."""
    limits = _limits(question, lang)
    if question.kind in ("single", "multi", "yesno", "scale"):
        control = "checkbox" if question.kind == "multi" else "radio"
        return FormView(control, _choice_options(question, current, lang), limits=limits)
    if typed is None:
        if current is None:
            typed = ""
        elif question.kind == "number" and not isinstance(current, str):
            typed = format_number(current, lang)
        else:
            typed = str(current)
    unit = question.unit.get(lang) if question.unit is not None else None
    if question.kind == "number":
        return FormView("number", text=typed, unit=unit, limits=limits)
    rules = question.validation
    long = rules.max is None or rules.max > ONE_LINE_MAX
    return FormView("textarea" if long else "text", text=typed, limits=limits)


@dataclass(frozen=True)
class Submitted:
    """A submitted answer: the value to save, or why it cannot be (``error``), with what was
    typed or chosen so that the form can show it again."""

    value: Any
    error: Msg | None
    typed: str | None = None
    chosen: Any = None


def read_answer(question: Question, fields: list[tuple[str, str]]) -> Submitted:
    """The answer in the form's ``answer`` fields, checked as an answers file's would be."""
    given = [v for k, v in fields if k == "answer"]
    kind = question.kind
    if kind in ("text", "number"):
        raw = given[0] if given else ""
        return Submitted(typed_value(question, raw), typed_error(question, raw), typed=raw)
    if kind == "multi":
        known = question.choice_ids()
        unknown = [v for v in given if v not in known]
        chosen = [c for c in known if c in given]  # in the list's order, each once
        if unknown:
            error: Msg | None = Msg(
                "answer.not-a-choice", {"value": unknown[0], "choices": ", ".join(known)}
            )
            return Submitted(None, error, chosen=chosen)
        return Submitted(chosen, answer_error(question, chosen), chosen=chosen)
    raw = given[0] if len(given) == 1 else ""
    if len(given) > 1:
        return Submitted(None, Msg("web.one-choice"))
    value: Any
    if raw == "":
        error = Msg("answer.required") if question.validation.required else Msg("web.pick-one")
        return Submitted(None, error)
    if raw == SKIP and not question.validation.required:
        return Submitted(None, None)
    if kind == "yesno":
        if raw not in ("yes", "no"):
            return Submitted(None, Msg("answer.expected-yesno"))
        value = raw == "yes"
    elif kind == "scale":
        try:
            value = int(raw)
        except ValueError:
            return Submitted(None, Msg("answer.expected-whole-number"))
    else:
        value = raw
    return Submitted(value, answer_error(question, value), chosen=value)


def shown_form(
    question: Question, current: Any, lang: Lang, submitted: Submitted | None = None
) -> tuple[FormView, str | None]:
    """The form for ``question`` as the page shows it, with its error: after a refused answer,
    what was typed or chosen and why it was refused; else ``current`` and no error."""
    if submitted is not None and submitted.error is not None:
        shown = submitted.chosen if question.kind not in ("text", "number") else None
        return form_view(question, shown, lang, typed=submitted.typed), submitted.error.text(lang)
    return form_view(question, current, lang), None
