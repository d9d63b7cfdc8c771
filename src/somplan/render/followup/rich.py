"""The follow-up's verdict in the terminal."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from somplan.assessment.followup import FollowupVerdict, Reason
from somplan.assessment.followup_due import Due
from somplan.assessment.result import resolve
from somplan.content.display import answer_text
from somplan.render.followup import (
    ITEM_STYLE,
    OUTCOME_STYLE,
    Header,
    _change,
    _header_lines,
    _sources,
    _warnings,
    due_text_of,
    item_rows,
    items_note,
)
from somplan.text.i18n import Lang, message
from somplan.text.safetext import plain

if TYPE_CHECKING:
    pass


def render_rich(v: FollowupVerdict, h: Header, lang: Lang, console: Any, due: Due | None) -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    def m(key: str, **params: object) -> str:
        return message(key, lang, **params)

    def heading(key: str) -> None:
        console.print()
        console.print(Text(m(key), style="bold underline"))

    style = OUTCOME_STYLE[v.outcome]
    console.print(Text(m("followup.title"), style="bold"))
    for line in _header_lines(h, lang):
        console.print(Text(line))
    for line in _warnings(h, lang):
        console.print(Text(line, style="yellow"))
    body = Text(resolve(v.summary, lang))
    console.print(
        Panel(
            body,
            title=Text(f"{m('followup.verdict')}: {resolve(v.title, lang)}", style=f"bold {style}"),
            border_style=style,
            title_align="left",
        )
    )
    problems = [r for r in v.reasons if r.outcome != "continue"]
    if problems:
        heading("followup.to-fix")
        for r in problems:
            _rich_reason(console, r, lang, OUTCOME_STYLE[r.outcome])
    works = v.reasons_for("continue")
    if works:
        heading("followup.works")
        for r in works:
            _rich_reason(console, r, lang, "green")
    if v.items:
        heading("followup-items.heading")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for row in item_rows(v, lang):
            mark = Text(row["state_text"], style=ITEM_STYLE[row["state"]])
            grid.add_row(mark, Text(f"{row['kind_text']}: {row['text']}"))
        console.print(grid)
        note = items_note(v, lang)
        if note:
            console.print(Text(note, style="dim"))
    if v.comparisons:
        heading("followup.compared")
        table = Table(show_edge=False, pad_edge=False)
        for key in (
            "followup.col-question",
            "followup.col-plan",
            "followup.col-now",
            "followup.col-change",
        ):
            table.add_column(m(key))
        for c in v.comparisons:
            table.add_row(
                plain(c.question.text.get(lang)),
                plain(answer_text(c.plan_question, c.plan_value, lang)),
                plain(answer_text(c.question, c.value, lang)),
                Text(_change(c, lang), style="red" if c.change == "worse" else ""),
            )
        console.print(table)
    if v.closing:
        heading("followup.closing")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=2, justify="right")
        grid.add_column()
        for n, item in enumerate(v.closing, start=1):
            grid.add_row(f"{n}.", Text(resolve(item.title, lang), style="bold"))
            grid.add_row("", Text(resolve(item.text, lang)))
            for source in _sources(item):
                grid.add_row("", Text(m("followup.source", source=source), style="dim"))
        console.print(grid)
    if v.steps:
        heading("followup.next-steps")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=1)
        grid.add_column()
        for step in v.steps:
            grid.add_row("•", Text(resolve(step, lang)))
        console.print(grid)
    due_text = due_text_of(due, lang)
    if due_text:
        console.print()
        console.print(Text(due_text, style="bold"))


def _rich_reason(console: Any, r: Reason, lang: Lang, style: str) -> None:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column()
    grid.add_row(Text("•", style=style), Text(resolve(r.text, lang)))
    if r.remedy is not None:
        remedy = message("followup.remedy", lang, remedy=resolve(r.remedy, lang))
        grid.add_row("", Text(remedy, style="dim"))
    console.print(grid)


def rich_text(v: FollowupVerdict, h: Header, lang: Lang, width: int, due: Due | None) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    render_rich(v, h, lang, console, due)
    return buffer.getvalue()
