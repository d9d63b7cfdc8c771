"""The questionary prompter: the one module that imports questionary.

Each question kind maps to a questionary prompt with the user's language, inline validation and
the previous answer preselected. Every prompt also understands Ctrl-B (back; lists also offer a
visible "← Tillbaka" choice) and treats Ctrl-C and Ctrl-D as "stop here".
"""

from __future__ import annotations

from typing import Any

import questionary
from prompt_toolkit import print_formatted_text
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.styles import Style
from questionary import Choice

from somplan.content.answer_rules import answer_error
from somplan.content.model import Question
from somplan.interview.display import answer_text, format_number
from somplan.interview.engine import BACK, Progress, ReviewRow
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert

_BACK_TOKEN = "\x00somplan-back"
_CONFIRM = "\x00somplan-confirm"
_SKIP = "\x00somplan-skip"

STYLE = Style.from_dict(
    {
        "qmark": "fg:ansicyan bold",
        "question": "bold",
        "answer": "fg:ansicyan bold",
        "instruction": "fg:ansibrightblack",
        "pointer": "fg:ansicyan bold",
        "highlighted": "fg:ansicyan bold",
        "selected": "fg:ansicyan",
        "section": "fg:ansicyan bold",
        "progress": "fg:ansibrightblack",
        "help": "fg:ansibrightblack italic",
        "notice": "fg:ansiyellow",
    }
)


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


class QuestionaryPrompter:
    """Asks in a real terminal; ``input``/``output`` let tests use prompt_toolkit's pipe input."""

    def __init__(self, lang: Lang, *, input: Any = None, output: Any = None) -> None:
        self.lang = lang
        self.io: dict[str, Any] = {}
        if input is not None:
            self.io["input"] = input
        if output is not None:
            self.io["output"] = output
        self.output = output
        self._shown_section: str | None = None

    # -- helpers -------------------------------------------------------------------------------
    def m(self, key: str, **params: Any) -> str:
        return message(key, self.lang, **params)

    def _print(self, *parts: tuple[str, str]) -> None:
        print_formatted_text(FormattedText(list(parts)), style=STYLE, output=self.output)

    def _bindings(self, allow_back: bool) -> KeyBindings:
        kb = KeyBindings()

        @kb.add(Keys.ControlD, eager=True)
        def _stop(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

        if allow_back:

            @kb.add(Keys.ControlB, eager=True)
            def _back(event: Any) -> None:
                event.app.exit(result=_BACK_TOKEN)

        return kb

    def _run(self, prompt: Any, allow_back: bool) -> Any:
        app = prompt.application
        app.key_bindings = merge_key_bindings([app.key_bindings, self._bindings(allow_back)])
        result = prompt.unsafe_ask()
        if result is None:  # questionary's own cancel path
            raise KeyboardInterrupt
        return BACK if result == _BACK_TOKEN else result

    def _header(self, question: Question, progress: Progress) -> None:
        section = progress.section
        if section.id != self._shown_section:
            self._shown_section = section.id
            title = inert(section.title.get(self.lang))
            self._print(
                ("", "\n"),
                (
                    "class:section",
                    self.m(
                        "wizard.section",
                        number=progress.section_number,
                        count=progress.section_count,
                        title=title,
                    ),
                ),
            )
            if section.intro is not None:
                self._print(("class:help", inert(section.intro.get(self.lang))))
        self._print(
            (
                "class:progress",
                self.m(
                    "wizard.progress" if progress.remaining > 1 else "wizard.progress-last",
                    number=progress.question_number,
                    remaining=progress.remaining - 1,
                ),
            ),
        )
        self._print(("class:help", inert(question.help.get(self.lang))))

    def _hint(self, kind: str, allow_back: bool) -> str:
        hint = self.m(f"wizard.hint-{kind}")
        return f"({hint}; {self.m('wizard.hint-back')})" if allow_back else f"({hint})"

    def _back_choice(self) -> Choice:
        return Choice(self.m("wizard.back-choice"), value=_BACK_TOKEN)

    # -- the Prompter protocol -----------------------------------------------------------------
    def ask(self, question: Question, current: Any, progress: Progress) -> Any:
        self._header(question, progress)
        text = inert(question.text.get(self.lang))
        back = progress.can_go_back
        kind = question.kind
        if kind in ("single", "yesno", "scale"):
            return self._select(question, text, current, back)
        if kind == "multi":
            return self._checkbox(question, text, current, back)
        return self._text(question, text, current, back)

    def _select(self, question: Question, text: str, current: Any, back: bool) -> Any:
        choices: list[Choice] = []
        if question.kind == "single":
            choices = [Choice(inert(c.label.get(self.lang)), value=c.id) for c in question.choices]
        elif question.kind == "yesno":
            choices = [
                Choice(self.m("answer.yes"), value=True),
                Choice(self.m("answer.no"), value=False),
            ]
        elif question.scale is not None:
            scale = question.scale
            for n in range(scale.min, scale.max + 1):
                label = str(n)
                if n == scale.min and scale.low is not None:
                    label += f" – {inert(scale.low.get(self.lang))}"
                if n == scale.max and scale.high is not None:
                    label += f" – {inert(scale.high.get(self.lang))}"
                choices.append(Choice(label, value=n))
        default = next(
            (c for c in choices if c.value == current and type(c.value) is type(current)), None
        )
        if not question.validation.required:
            choices.append(Choice(self.m("wizard.skip-choice"), value=_SKIP))
        if back:
            choices.append(self._back_choice())
        prompt = questionary.select(
            text,
            choices=choices,
            default=default,
            instruction=self._hint("select", back),
            style=STYLE,
            **self.io,
        )
        result = self._run(prompt, back)
        return None if result == _SKIP else result

    def _checkbox(self, question: Question, text: str, current: Any, back: bool) -> Any:
        selected = set(current) if isinstance(current, list) else set()
        choices = [
            Choice(inert(c.label.get(self.lang)), value=c.id, checked=c.id in selected)
            for c in question.choices
        ]

        def validate(values: list[str]) -> bool | str:
            reason = answer_error(question, list(values))
            return True if reason is None else reason.text(self.lang)

        prompt = questionary.checkbox(
            text,
            choices=choices,
            validate=validate,
            instruction=self._hint("checkbox", back),
            style=STYLE,
            **self.io,
        )
        # questionary's own summary line after answering is English ("done (2 selections)"):
        # erase it and print the chosen labels instead.
        prompt.application.erase_when_done = True
        result = self._run(prompt, back)
        if result is BACK:
            return BACK
        chosen = list(result)
        self._print(
            ("class:qmark", "? "),
            ("class:question", text + " "),
            ("class:answer", answer_text(question, chosen, self.lang)),
        )
        return chosen

    def _text(self, question: Question, text: str, current: Any, back: bool) -> Any:
        number = question.kind == "number"
        default = (
            ""
            if current is None
            else (format_number(current, self.lang) if number else str(current))
        )

        def convert(raw: str) -> Any:
            if not number:
                return raw.strip()
            if not raw.strip():
                return None
            parsed = parse_number(raw)
            return raw if parsed is None else parsed

        def validate(raw: str) -> bool | str:
            value = convert(raw)
            if number and isinstance(value, str):
                return message("answer.expected-number", self.lang)
            reason = answer_error(question, value)
            return True if reason is None else reason.text(self.lang)

        unit = f" [{inert(question.unit.get(self.lang))}]" if question.unit else ""
        prompt = questionary.text(
            text + unit,
            default=default,
            validate=validate,
            instruction=self._hint("number" if number else "text", back),
            style=STYLE,
            **self.io,
        )
        result = self._run(prompt, back)
        return result if result is BACK else convert(result)

    def review(self, rows: list[ReviewRow]) -> str | None:
        self._print(("", "\n"), ("class:section", self.m("wizard.review-title")))
        section_id = None
        for row in rows:
            if row.section.id != section_id:
                section_id = row.section.id
                self._print(("class:section", "  " + inert(row.section.title.get(self.lang))))
            answer = inert(answer_text(row.question, row.value, self.lang))
            self._print(
                ("", f"    {inert(row.question.text.get(self.lang))} → "), ("class:answer", answer)
            )
        choices = [Choice(self.m("wizard.review-confirm"), value=_CONFIRM)]
        for row in rows:
            question_text = inert(row.question.text.get(self.lang))
            short = question_text if len(question_text) <= 60 else question_text[:57] + "…"
            choices.append(
                Choice(self.m("wizard.review-change", question=short), value=row.question.id)
            )
        prompt = questionary.select(
            self.m("wizard.review-question"),
            choices=choices,
            instruction=f"({self.m('wizard.hint-select')})",
            style=STYLE,
            **self.io,
        )
        result = self._run(prompt, False)
        return None if result == _CONFIRM else str(result)

    def notice(self, key: str, **params: Any) -> None:
        self._print(("class:notice", self.m(key, **params)))

    def text(self, key: str, max_length: int, **params: Any) -> str:
        """A short free text of the program's own (e.g. the unit's name); may be left empty."""

        def validate(raw: str) -> bool | str:
            if len(raw.strip()) <= max_length:
                return True
            return message("answer.text-too-long", self.lang, max=max_length)

        prompt = questionary.text(
            self.m(key, **params),
            validate=validate,
            instruction=f"({self.m('wizard.hint-text')})",
            style=STYLE,
            **self.io,
        )
        return str(self._run(prompt, False)).strip()

    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        """A yes/no question of the program's own (e.g. continue an unfinished plan?)."""
        choices = [
            Choice(self.m("answer.yes"), value=True),
            Choice(self.m("answer.no"), value=False),
        ]
        prompt = questionary.select(
            self.m(key, **params),
            choices=choices,
            default=choices[0] if default else choices[1],
            instruction=f"({self.m('wizard.hint-select')})",
            style=STYLE,
            **self.io,
        )
        return bool(self._run(prompt, False))
