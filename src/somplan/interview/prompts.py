"""The questionary prompter: the one module that imports questionary.

Each question kind maps to a questionary prompt with the user's language, inline validation and
the previous answer preselected. Every prompt also understands Ctrl-B (back; lists also offer a
visible "← Tillbaka" choice) and treats Ctrl-C and Ctrl-D as "stop here".
"""

from __future__ import annotations

from typing import Any

import questionary
from prompt_toolkit import print_formatted_text
from prompt_toolkit.application.current import get_app_session
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout.dimension import Dimension
from prompt_toolkit.layout.margins import ConditionalMargin, ScrollbarMargin
from prompt_toolkit.styles import Style
from prompt_toolkit.utils import get_cwidth
from questionary import Choice, Separator

from somplan.content.answer_rules import answer_error
from somplan.content.display import answer_text, format_number
from somplan.content.model import Question
from somplan.interview.engine import BACK, UNIT_ROW, Progress, ReviewRow
from somplan.interview.proposal import SECTION
from somplan.interview.typed import parse_number, typed_error, typed_value, without_unit
from somplan.text.i18n import Lang, message
from somplan.text.layout import terminal_width, wrap
from somplan.text.safetext import inert, one_line

_BACK_TOKEN = "\x00somplan-back"
_CONFIRM = "\x00somplan-confirm"
_SKIP = "\x00somplan-skip"

__all__ = ["QuestionaryPrompter", "parse_number", "review_label", "shorten", "without_unit"]

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
        "separator": "fg:ansicyan",
    }
)


class QuestionaryPrompter:
    """Asks in a real terminal; ``input``/``output`` let tests use prompt_toolkit's pipe input.

    Every prompt is erased when it is done and the question is printed again with its answer,
    so the transcript holds only real answers (no hint, no question left by going back).
    """

    def __init__(
        self, lang: Lang, *, input: Any = None, output: Any = None, width: int | None = None
    ) -> None:
        self.lang = lang
        self.io: dict[str, Any] = {}
        if input is not None:
            self.io["input"] = input
        if output is not None:
            self.io["output"] = output
        self.output = output
        self.fixed_width = width
        self._shown_section: str | None = None
        self._above = 0  # lines printed just above the next prompt (its header)
        self._top = 1  # lines of the next prompt's question and hint
        self._review_row: str | None = None  # the review row chosen last: the cursor returns there

    # -- helpers -------------------------------------------------------------------------------
    def m(self, key: str, **params: Any) -> str:
        return message(key, self.lang, **params)

    @property
    def width(self) -> int:
        return self.fixed_width or terminal_width()

    def _print(self, *parts: tuple[str, str]) -> None:
        print_formatted_text(FormattedText(list(parts)), style=STYLE, output=self.output)

    def _bindings(self, allow_back: bool, prompt: Any) -> KeyBindings:
        kb = KeyBindings()

        @kb.add(Keys.ControlD, eager=True)
        def _stop(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

        if allow_back:

            @kb.add(Keys.ControlB, eager=True)
            def _back(event: Any) -> None:
                event.app.exit(result=_BACK_TOKEN)

            pointed = _pointed_at(prompt)
            if pointed is not None:
                # In a checkbox list the "← Tillbaka" row goes back on Enter or space (it is a
                # row to move to, not an answer to tick).
                on_back = Condition(lambda: pointed() == _BACK_TOKEN)

                @kb.add(Keys.ControlM, eager=True, filter=on_back)
                @kb.add(" ", eager=True, filter=on_back)
                def _back_row(event: Any) -> None:
                    event.app.exit(result=_BACK_TOKEN)

        return kb

    def _run(
        self,
        prompt: Any,
        allow_back: bool,
        echo: str | None = None,
        extra: KeyBindings | None = None,
    ) -> Any:
        """Ask; ``echo`` (the question's text) is printed again with the answer afterwards.
        ``extra`` key bindings take precedence over questionary's own."""
        app = prompt.application
        app.key_bindings = merge_key_bindings(
            [app.key_bindings, self._bindings(allow_back, prompt), *([extra] if extra else [])]
        )
        if echo is not None:
            app.erase_when_done = True
        self._fit(prompt)
        try:
            result = prompt.unsafe_ask()
        finally:
            self._above = 0
        if result is None:  # questionary's own cancel path
            raise KeyboardInterrupt
        return BACK if result == _BACK_TOKEN else result

    def _fit(self, prompt: Any) -> None:
        """Keep a list prompt, with the lines printed just above it, within the screen: the list
        scrolls instead of pushing its question (and the header above it) into the scrollback,
        where they could no longer be erased."""
        window = _list_window(prompt)
        if window is None:
            return
        app = prompt.application
        used = self._above + self._top + 3  # a note or error (two lines) below, and the cursor
        lines = sum(
            c.title.count("\n") + 1 if isinstance(c.title, str) else 1
            for c in window.content.choices
        )

        def room() -> int:
            rows: int = app.output.get_size().rows
            return max(5, rows - used)

        window.height = lambda: Dimension(min=1, max=room())
        # A scroll bar with arrows at the right edge when there is more above or below.
        window.right_margins = [
            ConditionalMargin(
                ScrollbarMargin(display_arrows=True), filter=Condition(lambda: lines > room())
            )
        ]

    def _echo(self, text: str, answer: str) -> None:
        """The question and its answer, as they stay in the transcript."""
        lines = text.split("\n")
        used = len(lines[-1]) + (2 if len(lines) == 1 else 0) + 1  # "? " on the first line
        self._print(
            ("class:qmark", "? "),
            ("class:question", text + " "),
            ("class:answer", wrap(answer, self.width, first=used, indent=2)),
        )

    def _message(self, text: str, hint: str, typed: int | None = None) -> tuple[str, str]:
        """The question wrapped to the terminal after "? ", and the hint: on the question's last
        line when it fits there, otherwise on a line of its own. For a text prompt ``typed`` is
        the room its answer needs (e.g. a pre-filled name): when the line with the hint cannot
        hold it, the answer is typed on a line of its own, rather than breaking mid-word at the
        terminal's edge."""
        wrapped = wrap(text, self.width, first=2, indent=2)
        lines = wrapped.split("\n")
        last = len(lines[-1]) + (2 if len(lines) == 1 else 0)  # "? " on the first line
        self._top = self._lines(wrapped)  # the prompt's own lines above its list (see _fit)
        if last + len(hint) + 3 > self.width:
            self._top += 1
            hint, last = "\n  " + hint, len(hint) + 3
        else:
            last += len(hint) + 3
        if typed is not None and last + typed >= self.width:
            hint += "\n "  # questionary adds a space: the answer starts under the question
        return wrapped, hint

    def _title(self, label: str, indent: int) -> str:
        """A choice's label wrapped under itself instead of being cut at the terminal's edge (one
        column short of it, where a long list shows its scroll bar)."""
        return wrap(label, self.width - 1, first=indent, indent=indent)

    def _header(self, question: Question, progress: Progress) -> int:
        """The section heading (when it changes), the progress line and the help text above a
        question; returns how many terminal lines they took, so that they can be erased."""
        lines = 0
        section = progress.section
        if section.id != self._shown_section:
            self._shown_section = section.id
            title = inert(section.title.get(self.lang))
            heading = "\n" + wrap(
                self.m(
                    "wizard.section",
                    number=progress.section_number,
                    count=progress.section_count,
                    title=title,
                ),
                self.width,
            )
            lines += self._lines(heading)
            self._print(("class:section", heading))
            if section.intro is not None:
                intro = wrap(inert(section.intro.get(self.lang)), self.width)
                lines += self._lines(intro)
                self._print(("class:help", intro))
        if progress.changing:
            line = self.m("wizard.changing")
        else:
            # The proposal's last question is followed by no review of the answers.
            last = "proposal.progress-last" if section.id.startswith(SECTION) else None
            line = self.m(
                "wizard.progress" if progress.remaining > 1 else last or "wizard.progress-last",
                number=progress.question_number,
                remaining=progress.remaining - 1,
            )
        line = wrap(line, self.width)
        help_text = wrap(inert(question.help.get(self.lang)), self.width)
        self._print(("class:progress", line))
        self._print(("class:help", help_text))
        return lines + self._lines(line) + self._lines(help_text)

    def _lines(self, text: str) -> int:
        """How many terminal lines ``text`` takes when printed (a long word may wrap)."""
        width = self.width
        return sum(max(1, -(-get_cwidth(line) // width)) for line in text.split("\n"))

    def _erase(self, lines: int) -> None:
        """Erase the last ``lines`` lines printed (the cursor is at the start of the next)."""
        output = self.output or get_app_session().output
        output.cursor_up(lines)
        output.write_raw("\r")
        output.erase_down()
        output.flush()

    def _hint(self, kind: str, allow_back: bool) -> str:
        hint = self.m(f"wizard.hint-{kind}")
        return f"({hint}; {self.m('wizard.hint-back')})" if allow_back else f"({hint})"

    def _back_choice(self) -> Choice:
        return Choice(self.m("wizard.back-choice"), value=_BACK_TOKEN)

    # -- the Prompter protocol -----------------------------------------------------------------
    def ask(self, question: Question, current: Any, progress: Progress) -> Any:
        shown = self._shown_section
        header = self._header(question, progress)
        self._above = header
        text = inert(question.text.get(self.lang))
        back = progress.can_go_back
        kind = question.kind
        try:
            if kind in ("single", "yesno", "scale"):
                reply = self._select(question, text, current, back)
            elif kind == "multi":
                reply = self._checkbox(question, text, current, back)
            else:
                reply = self._text(question, text, current, back)
        except KeyboardInterrupt:  # stopped here: the transcript ends with the last answer
            self._erase(header)
            raise
        if reply is BACK:
            # The question was left unanswered: its prompt is gone already; its heading, progress
            # and help lines go too, so that the transcript holds only answered questions.
            self._erase(header)
            self._shown_section = shown
        return reply

    def _select(self, question: Question, text: str, current: Any, back: bool) -> Any:
        choices: list[Choice] = []
        if question.kind == "single":
            choices = [
                Choice(self._title(inert(c.label.get(self.lang)), 3), value=c.id)
                for c in question.choices
            ]
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
                choices.append(Choice(self._title(label, 3), value=n))
        default = next(
            (c for c in choices if c.value == current and type(c.value) is type(current)), None
        )
        if not question.validation.required:
            choices.append(Choice(self.m("wizard.skip-choice"), value=_SKIP))
        if back:
            choices.append(self._back_choice())
        wrapped, hint = self._message(text, self._hint("select", back))
        prompt = questionary.select(
            wrapped,
            choices=choices,
            default=default,
            instruction=hint,
            style=STYLE,
            **self.io,
        )
        result = self._run(prompt, back, echo=wrapped)
        if result is BACK:
            return BACK
        value = None if result == _SKIP else result
        self._echo(wrapped, answer_text(question, value, self.lang))
        return value

    def _checkbox(self, question: Question, text: str, current: Any, back: bool) -> Any:
        selected = set(current) if isinstance(current, list) else set()
        choices = [
            Choice(
                self._title(inert(c.label.get(self.lang)), 5), value=c.id, checked=c.id in selected
            )
            for c in question.choices
        ]
        if back:
            # Not an answer: moving to it and pressing Enter (or space) goes back.
            choices.append(self._back_choice())

        def validate(values: list[str]) -> bool | str:
            chosen = [v for v in values if v != _BACK_TOKEN]
            reason = answer_error(question, chosen)
            if reason is None:
                return True
            if not chosen:  # Enter on a choice does not tick it: say what does
                return wrap(
                    f"{reason.text(self.lang)} {self.m('wizard.tick-with-space')}", self.width
                )
            return wrap(reason.text(self.lang), self.width)

        wrapped, hint = self._message(text, self._hint("checkbox", back))
        prompt = questionary.checkbox(
            wrapped,
            choices=choices,
            validate=validate,
            instruction=hint,
            style=STYLE,
            **self.io,
        )
        # questionary's own summary line after answering is English ("done (2 selections)"):
        # it is erased and the chosen labels are printed instead.
        result = self._run(prompt, back, echo=wrapped, extra=self._exclusive(question, prompt))
        if result is BACK:
            return BACK
        chosen = [v for v in result if v != _BACK_TOKEN]
        self._echo(wrapped, answer_text(question, chosen, self.lang))
        return chosen

    def _exclusive(self, question: Question, prompt: Any) -> KeyBindings | None:
        """Ticking an exclusive choice ("don't know", "none") clears the other ticks, and ticking
        another choice clears it, with a line saying so; "a" and "i" (all, invert) leave the
        exclusive choices out. The refusal on Enter stays as the fallback."""
        exclusive = set(question.exclusive_ids())
        window = _list_window(prompt)
        if not exclusive or window is None:
            return None
        control = window.content
        ids = question.choice_ids()
        others = [c for c in ids if c not in exclusive]

        def label(choice_id: str) -> str:
            choice = question.choice(choice_id)
            return inert(choice.label.get(self.lang)) if choice is not None else choice_id

        def show(values: list[str], note: str | None) -> None:
            control.selected_options = [c for c in ids if c in values]  # in the list's order
            reason = answer_error(question, control.selected_options)
            if reason is not None and control.submission_attempted:
                control.error_message = FormattedText(
                    [("class:validation-toolbar", wrap(reason.text(self.lang), self.width))]
                )
            else:
                control.error_message = (
                    FormattedText([("class:notice", wrap(note, self.width))]) if note else None
                )

        kb = KeyBindings()
        on_choice = Condition(lambda: control.get_pointed_at().value in ids)

        @kb.add(" ", eager=True, filter=on_choice)
        def _toggle(event: Any) -> None:
            pointed = control.get_pointed_at().value
            chosen = list(control.selected_options)
            if pointed in chosen:
                show([c for c in chosen if c != pointed], None)
            elif pointed in exclusive:
                note = self.m("wizard.exclusive-cleared", choice=label(pointed)) if chosen else None
                show([pointed], note)
            else:
                dropped = [c for c in chosen if c in exclusive]
                note = (
                    self.m("wizard.exclusive-dropped", choice=label(dropped[0]))
                    if dropped
                    else None
                )
                show([*(c for c in chosen if c not in exclusive), pointed], note)

        @kb.add("a", eager=True)
        def _all(event: Any) -> None:
            chosen = control.selected_options
            show([] if all(c in chosen for c in others) else others, None)

        @kb.add("i", eager=True)
        def _invert(event: Any) -> None:
            chosen = control.selected_options
            show([c for c in others if c not in chosen], None)

        return kb

    def _text(self, question: Question, text: str, current: Any, back: bool) -> Any:
        number = question.kind == "number"
        default = (
            ""
            if current is None
            else (format_number(current, self.lang) if number else str(current))
        )

        def convert(raw: str) -> Any:
            return typed_value(question, raw)

        def validate(raw: str) -> bool | str:
            reason = typed_error(question, raw)
            if reason is None:
                return True
            if reason.key == "answer.text-too-long":
                return f"{reason.text(self.lang)} {self.m('wizard.clear-line')}"
            return reason.text(self.lang)

        unit = f" [{inert(question.unit.get(self.lang))}]" if question.unit else ""
        wrapped, hint = self._message(
            text + unit,
            self._hint("number" if number else "text", back),
            typed=max(20, len(default) + 1),
        )
        prompt = questionary.text(
            wrapped,
            default=default,
            validate=validate,
            instruction=hint,
            style=STYLE,
            **self.io,
        )
        result = self._run(prompt, back, echo=wrapped)
        if result is BACK:
            return BACK
        value = convert(result)
        self._echo(wrapped, answer_text(question, value, self.lang))
        return value

    def review(self, rows: list[ReviewRow], unit: str | None = None) -> str | None:
        """Every answer as a row of the list itself ("question → answer", one line each, in
        sections), so that the confirm row and the first answers are on one screen even in a
        small terminal; the list scrolls for the rest. The chosen row is echoed in full."""
        room = max(20, self.width - 5)  # the pointer takes three columns, the scroll bar one
        two_lines = self.width < 80  # narrow: a row too long for one line gets a second
        self._print(("", "\n"), ("class:section", self.m("wizard.review-title")))
        self._above = 2
        choices: list[Choice | Separator] = [
            Choice(self.m("wizard.review-confirm"), value=_CONFIRM)
        ]
        if unit is not None:
            name = inert(unit) if unit else self.m("answer.none")
            choices.append(Choice(review_label(self.m("wizard.unit-row"), name, room), UNIT_ROW))
        section_id = None
        for row in rows:
            if row.section.id != section_id:
                section_id = row.section.id
                title = shorten(inert(row.section.title.get(self.lang)), room - 4)
                choices.append(Separator(f"── {title} ──"))
            question = inert(row.question.text.get(self.lang))
            answer = inert(answer_text(row.question, row.value, self.lang))
            choices.append(
                Choice(review_label(question, answer, room, two_lines), value=row.question.id)
            )
        wrapped, hint = self._message(
            self.m("wizard.review-question"), f"({self.m('wizard.hint-select')})"
        )
        # Back from a change, the cursor is on the row just changed, not on "confirm" at the top.
        values = {c.value for c in choices if isinstance(c, Choice)}
        last = self._review_row if self._review_row in values else None
        prompt = questionary.select(
            wrapped, choices=choices, instruction=hint, style=STYLE, default=last, **self.io
        )
        result = self._run(prompt, False, echo=wrapped)
        self._review_row = None if result == _CONFIRM else str(result)
        if result == _CONFIRM:
            chosen = self.m("wizard.review-confirm")
        elif result == UNIT_ROW:
            chosen = self.m("wizard.review-rename")
        else:
            row = next(r for r in rows if r.question.id == result)
            chosen = self.m(
                "wizard.review-change", question=inert(row.question.text.get(self.lang))
            )
        self._echo(wrapped, chosen)
        return None if result == _CONFIRM else str(result)

    def notice(self, key: str, **params: Any) -> None:
        self._print(("class:notice", wrap(self.m(key, **params), self.width)))

    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        """A short one-line text of the program's own (e.g. the unit's name); may be left empty.
        Pasted newlines and tabs become spaces; ``None`` when the user goes back (Ctrl-B)."""

        def validate(raw: str) -> bool | str:
            length = len(one_line(raw))
            if length <= max_length:
                return True
            too_long = message("answer.text-too-long", self.lang, max=max_length, length=length)
            return f"{too_long} {self.m('wizard.clear-line')}"

        wrapped, hint = self._message(
            self.m(key, **params), self._hint("text", allow_back), typed=max(20, len(default) + 1)
        )
        prompt = questionary.text(
            wrapped, default=default, validate=validate, instruction=hint, style=STYLE, **self.io
        )
        result = self._run(prompt, allow_back, echo=wrapped)
        if result is BACK:
            return None
        value = one_line(str(result))
        self._echo(wrapped, value or self.m("answer.none"))
        return value

    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        """A yes/no question of the program's own (e.g. continue an unfinished plan?)."""
        return bool(self._yes_no(key, default, False, params))

    def offer(self, key: str, default: bool = True, **params: Any) -> bool | None:
        """A yes/no question the user may step back from (Ctrl-B, or the back row): ``None``."""
        reply = self._yes_no(key, default, True, params)
        return None if reply is BACK else bool(reply)

    def _yes_no(self, key: str, default: bool, allow_back: bool, params: dict[str, Any]) -> Any:
        choices = [
            Choice(self.m("answer.yes"), value=True),
            Choice(self.m("answer.no"), value=False),
        ]
        wrapped, hint = self._message(self.m(key, **params), self._hint("select", allow_back))
        prompt = questionary.select(
            wrapped,
            choices=[*choices, self._back_choice()] if allow_back else choices,
            default=choices[0] if default else choices[1],
            instruction=hint,
            style=STYLE,
            **self.io,
        )
        return self._run(prompt, allow_back)

    def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
        """One of ``options`` (label, value), e.g. which unfinished plan to continue."""
        choices = [Choice(self._title(label, 3), value=i) for i, (label, _) in enumerate(options)]
        wrapped, hint = self._message(self.m(key, **params), f"({self.m('wizard.hint-select')})")
        prompt = questionary.select(
            wrapped, choices=choices, instruction=hint, style=STYLE, **self.io
        )
        return options[int(self._run(prompt, False))][1]


def review_label(question: str, answer: str, room: int, two_lines: bool = False) -> str:
    """One row of the review: "question → answer" in ``room`` columns. When it is too long the
    question is cut at a word first (it is shown whole when the row is chosen), keeping at least
    half the row; then the answer. With ``two_lines`` (a narrow terminal) the answer goes on a
    line of its own under the question instead, each cut to the room there is. Widths are the
    columns a terminal gives the text (a wide character takes two)."""
    full = f"{question} → {answer}"
    if get_cwidth(full) <= room:
        return full
    if two_lines:
        return f"{shorten(question, room)}\n     → {shorten(answer, room - 4)}"
    short_question = shorten(question, max(room - get_cwidth(answer) - 3, room // 2))
    rest = max(8, room - get_cwidth(short_question) - 3)
    return f"{short_question} → {shorten(answer, rest)}"


def shorten(text: str, width: int) -> str:
    """``text`` in at most ``width`` terminal columns, cut at a word boundary and marked with
    "…" (a first word longer than the room is cut inside)."""
    text = " ".join(text.split())
    if get_cwidth(text) <= width:
        return text
    kept = ""
    for word in text.split(" "):
        longer = f"{kept} {word}" if kept else word
        if get_cwidth(longer + " …") > width:
            break
        kept = longer
    if kept:
        return kept + " …"
    for char in text:
        if get_cwidth(kept + char + "…") > width:
            break
        kept += char
    return kept + "…"


def _list_window(prompt: Any) -> Any:
    """The window holding a list prompt's choices (None for a text prompt)."""
    from questionary.prompts.common import InquirerControl

    for window in prompt.application.layout.find_all_windows():
        if isinstance(window.content, InquirerControl):
            return window
    return None


def _pointed_at(prompt: Any) -> Any:
    """For a list prompt, a function giving the value under the pointer (None for text)."""
    window = _list_window(prompt)
    if window is None:
        return None
    control = window.content
    return lambda: control.get_pointed_at().value
