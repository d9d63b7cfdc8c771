"""The summary's rows as a rich table, Markdown, JSON or CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path
from typing import Any

from somplan.assessment.summary import Row
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text


def _level_text(level: str, lang: Lang) -> str:
    return message(f"summary.level.{level}", lang)


def _csv_cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading =, +, - or @ is quoted with ')."""
    text = inert(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "unit", "level", "top_channels", "blockers", "provisional", "updated"])
    for r in rows:
        cells = [
            r.file,
            r.unit,
            r.level,
            "; ".join(r.top_channels),
            "; ".join(r.blockers),
            "yes" if r.provisional else "no",
            r.updated,
        ]
        writer.writerow([_csv_cell(c) for c in cells])
    return out.getvalue()


def as_json(rows: list[Row], failed: list[str]) -> str:
    return json_text({"rows": [asdict(r) for r in rows], "failed": failed})


def _headers(lang: Lang) -> list[str]:
    return [
        message(f"summary.col.{c}", lang)
        for c in ("file", "unit", "level", "top", "blockers", "provisional", "updated")
    ]


def _file_name(file: str, base: Path | None) -> str:
    """The file as the user named it: relative to the one folder given, else as given."""
    if base is None:
        return file
    try:
        return str(Path(file).relative_to(base))
    except ValueError:
        return file


def _cells(r: Row, lang: Lang, base: Path | None = None) -> list[str]:
    """A row for people: the file's name, the number of blockers (their texts are in JSON/CSV)."""
    return [
        _file_name(r.file, base),
        r.unit,
        _level_text(r.level, lang),
        ", ".join(r.top_channels),
        str(len(r.blockers)) if r.blockers else "–",
        message("answer.yes" if r.provisional else "answer.no", lang),
        r.updated[:10],
    ]


def as_markdown(rows: list[Row], lang: Lang, base: Path | None = None) -> str:
    from somplan.render.markdown import md

    def cell(text: str) -> str:
        return md(text.replace("\n", " "))

    lines = ["| " + " | ".join(_headers(lang)) + " |", "|" + "---|" * 7]
    lines += ["| " + " | ".join(cell(c) for c in _cells(r, lang, base)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def failed_markdown(errors: list[str], lang: Lang) -> str:
    """The files that could not be read, after the table, each with the line that says why."""
    from somplan.render.markdown import md

    lines = ["", md(message("summary.markdown-failed", lang, count=len(errors))), ""]
    lines += [f"- {md(error)}" for error in errors]
    return "\n".join(lines) + "\n"


#: Blockers, provisional, updated: short values that never need to wrap.
_SHORT_COLUMNS = (4, 5, 6)
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
        i: 10 if i == 0 else min(18, max(len(w) for t in cells(i) for w in (t.split() or [""])))
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

    from somplan.render.rich import hanging, level_style

    title_key = "summary.title-one" if len(rows) == 1 else "summary.title"
    console.print(Text(message(title_key, lang, count=len(rows)), style="bold"))
    headers = _headers(lang)
    for r, cells in zip(rows, rows_cells, strict=True):
        console.print()
        console.print(Text(inert(cells[0]), style="bold"))
        for i in (1, 2, 3, 4, 5, 6):
            if not cells[i]:
                continue
            value = Text(inert(cells[i]), style=level_style(r.level) if i == 2 else "")
            console.print(hanging("  ", hanging(f"{headers[i]}: ", value)))


def print_rich(rows: list[Row], lang: Lang, base: Path | None = None) -> None:
    import sys

    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from somplan.render.rich import level_style

    tty = sys.stdout.isatty()
    console = Console() if tty else Console(record=True, file=io.StringIO())
    narrow = console.width < _NARROW
    keep = [0, 1, 2, 3, 4] if narrow else [0, 1, 2, 3, 4, 5, 6]
    title_key = "summary.title-one" if len(rows) == 1 else "summary.title"
    # No vertical rules: at 80 columns every column is needed for text.
    table = Table(title=message(title_key, lang, count=len(rows)), box=box.SIMPLE_HEAD)
    headers = _headers(lang)
    rows_cells = [_cells(r, lang, base) for r in rows]
    widths = _widths(console.width, keep, headers, rows_cells) or {}
    for i in keep:
        if i in _SHORT_COLUMNS:
            table.add_column(headers[i], no_wrap=True)
        else:
            # Names wrap at word boundaries in the width given (a file name, one long word, is
            # folded), never cut off with "…".
            table.add_column(headers[i], overflow="fold", width=widths.get(i))
    level_column = 2
    for r in rows:
        cells = [Text(inert(c)) for c in _cells(r, lang, base)]
        cells[level_column].stylize(level_style(r.level))
        if narrow and r.provisional:
            cells[level_column].append(
                " (" + message("summary.col.provisional", lang).lower() + ")", style="italic"
            )
        table.add_row(*(cells[i] for i in keep))
    if not widths:
        _print_stacked(console, rows_cells, rows, lang)
    else:
        console.print(table)
    if not tty:
        from somplan.render import without_trailing_spaces

        sys.stdout.write(without_trailing_spaces(console.export_text()))
