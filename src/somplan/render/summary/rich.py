"""The summary as a table in the terminal, stacked where the columns do not fit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from somplan.assessment.summary import Row
from somplan.render.summary import (
    _FOLLOWUP_STYLE,
    _cells,
    _followup_cell,
    _followup_known,
    _headers,
)
from somplan.text.i18n import Lang, message
from somplan.text.layout import break_name, longest_name_part
from somplan.text.safetext import inert

#: The file's name: broken only after "/", "_" or "-" (text.layout.break_name).
_FILE = 1


#: Blockers, provisional, updated: short values that never need to wrap.
_SHORT_COLUMNS = (4, 5, 6)


#: The follow-up column: its own column where the width allows, else under the verdict.
_FOLLOWUP = 7


#: Below this width the provisional mark moves into the verdict cell and the date is left out
#: (it stays in CSV and JSON), so that file, unit and channel names have room to be read.
_NARROW = 100


def _widths(
    total: int, keep: list[int], headers: list[str], rows_cells: list[list[str]]
) -> dict[int, int] | None:
    """Widths for the columns that wrap: each gets room for its longest word (file names
    excepted), and what is left is shared in proportion to how much more each could use.
    None when the words do not fit side by side at all."""

    def cells(i: int) -> list[str]:
        return [headers[i], *(c[i] for c in rows_cells)]

    short = sum(max(len(t) for t in cells(i)) for i in keep if i in _SHORT_COLUMNS)
    room = total - short - (3 * len(keep) + 1)  # a space either side of a cell, one between
    wrapping = [i for i in keep if i not in _SHORT_COLUMNS]
    need = {
        i: min(18, max(longest_name_part(t) for t in cells(i)))
        if i == _FILE
        else min(18, max(len(w) for t in cells(i) for w in (t.split() or [""])))
        for i in wrapping
    }
    want = {i: max(len(t) for t in cells(i)) for i in wrapping}
    spare = room - sum(need.values())
    if spare < 0:
        return None
    extra = sum(max(0, want[i] - need[i]) for i in wrapping) or 1
    return {
        i: need[i]
        + min(max(0, want[i] - need[i]), max(0, spare) * max(0, want[i] - need[i]) // extra)
        for i in wrapping
    }


def _print_stacked(console: Any, rows_cells: list[list[str]], rows: list[Row], lang: Lang) -> None:
    from rich.text import Text

    from somplan.render.terminal import hanging, level_style

    title_key = "summary.title-one" if len(rows) == 1 else "summary.title"
    console.print(Text(message(title_key, lang, count=len(rows)), style="bold"))
    headers = _headers(lang)
    for r, cells in zip(rows, rows_cells, strict=True):
        console.print()
        console.print(Text(inert(cells[0]), style="bold"))
        for i in (1, 2, 3, 4, 5, 6, _FOLLOWUP):
            if not cells[i]:
                continue
            value = Text(inert(cells[i]), style=level_style(r.level) if i == 2 else "")
            console.print(hanging("  ", hanging(f"{headers[i]}: ", value)))


def print_rich(rows: list[Row], lang: Lang, base: Path | None, console: Any) -> None:
    """The summary table on ``console``; stacked, one unit after the other, where the columns do
    not fit side by side."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from somplan.render.terminal import level_style

    narrow = console.width < _NARROW
    keep = [0, 1, 2, 3, 4] if narrow else [0, 1, 2, 3, 4, 5, 6]
    title_key = "summary.title-one" if len(rows) == 1 else "summary.title"
    # No vertical rules: at 80 columns every column is needed for text.
    table = Table(title=message(title_key, lang, count=len(rows)), box=box.SIMPLE_HEAD)
    headers = _headers(lang)
    rows_cells = [_cells(r, lang, base) for r in rows]
    # The follow-up gets a column of its own when it fits beside the others; otherwise it is a
    # second line under the verdict (where it takes no more than a date's width).
    in_verdict = False
    widths = None
    if _followup_known(rows):
        widths = _widths(console.width, [*keep, _FOLLOWUP], headers, rows_cells)
        if widths is not None:
            keep = [*keep, _FOLLOWUP]
        else:
            in_verdict = True
            for r, texts in zip(rows, rows_cells, strict=True):
                line = message("summary.followup-in-verdict", lang, text=_followup_cell(r, lang))
                texts[2], texts[_FOLLOWUP] = texts[2] + "\n" + line, ""
    if widths is None:
        widths = _widths(console.width, keep, headers, rows_cells)
    widths = widths or {}
    for i in keep:
        if i in _SHORT_COLUMNS:
            table.add_column(headers[i], no_wrap=True)
        else:
            # Names wrap at word boundaries in the width given (a file name, one long word, is
            # folded), never cut off with "…".
            table.add_column(headers[i], overflow="fold", width=widths.get(i))
    level_column = 2
    for r in rows:
        texts = _cells(r, lang, base)
        if _FILE in widths:
            texts[_FILE] = break_name(texts[_FILE], widths[_FILE])
        cells = [Text(inert(c)) for c in texts]
        cells[level_column].stylize(level_style(r.level))
        if narrow and r.provisional:
            cells[level_column].append(
                " (" + message("summary.col.provisional", lang).lower() + ")", style="italic"
            )
        if r.followup_status is not None:
            style = _FOLLOWUP_STYLE.get(r.followup_status, "")
            if in_verdict:
                text = message("summary.followup-in-verdict", lang, text=_followup_cell(r, lang))
                cells[level_column].append("\n" + inert(text), style=style)
            else:
                cells[_FOLLOWUP].stylize(style)
        table.add_row(*(cells[i] for i in keep))
    if not widths:
        _print_stacked(console, rows_cells, rows, lang)
    else:
        console.print(table)
