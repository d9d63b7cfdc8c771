"""The summary's rows as a rich table, Markdown, JSON or CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path

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


def _cells(r: Row, lang: Lang) -> list[str]:
    """A row for people: the file's name, the number of blockers (their texts are in JSON/CSV)."""
    return [
        Path(r.file).name,
        r.unit,
        _level_text(r.level, lang),
        ", ".join(r.top_channels),
        str(len(r.blockers)) if r.blockers else "–",
        message("answer.yes" if r.provisional else "answer.no", lang),
        r.updated[:10],
    ]


def as_markdown(rows: list[Row], lang: Lang) -> str:
    from somplan.render.markdown import md

    def cell(text: str) -> str:
        return md(text.replace("\n", " "))

    lines = ["| " + " | ".join(_headers(lang)) + " |", "|" + "---|" * 7]
    lines += ["| " + " | ".join(cell(c) for c in _cells(r, lang)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def failed_markdown(errors: list[str], lang: Lang) -> str:
    """The files that could not be read, after the table, each with the line that says why."""
    from somplan.render.markdown import md

    lines = ["", md(message("summary.markdown-failed", lang, count=len(errors))), ""]
    lines += [f"- {md(error)}" for error in errors]
    return "\n".join(lines) + "\n"


def print_rich(rows: list[Row], lang: Lang) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from somplan.render.rich import level_style

    table = Table(title=message("summary.title", lang, count=len(rows)))
    for header in _headers(lang):
        table.add_column(header)
    level_column = 2
    for r in rows:
        cells = [Text(inert(c)) for c in _cells(r, lang)]
        cells[level_column].stylize(level_style(r.level))
        table.add_row(*cells)
    Console().print(table)
