"""The communications unit's list of follow-ups due (``somplan summary --due``)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_summary import DueRow
from somplan.render.followup import (
    OUTCOME_STYLE,
)
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

if TYPE_CHECKING:
    from rich.console import Console


DUE_STYLE = {
    "overdue": "red",
    "due": "yellow",
    "ok": "",
    "closed": "dim",
    "unknown": "dim",
    "none": "dim",
}


def _due_headers(lang: Lang) -> list[str]:
    return [
        message(f"followup.col-{c}", lang)
        for c in ("unit", "file", "due", "status", "last", "outcome")
    ]


def _due_cells(r: DueRow, lang: Lang) -> list[str]:
    status = message(f"followup.status-{r.status}", lang)
    if r.days is not None and r.status in ("due", "overdue"):
        status += " " + message(
            "followup.days-late" if r.days < 0 else "followup.days-left",
            lang,
            days=abs(r.days),
        )
    return [
        r.unit,
        Path(r.file).name,
        r.due or "–",
        status,
        r.last_followup or "–",
        message(f"followup.outcome-{r.last_outcome}", lang) if r.last_outcome else "–",
    ]


def due_table(
    rows: list[DueRow], failed: list[str], fmt: str, lang: Lang, output: Path | None = None
) -> str | None:
    """The due overview as text in ``fmt``; for rich, ``None`` when it was drawn on the
    terminal. With no row due, rich and Markdown say so in a sentence instead of an empty table."""
    from dataclasses import asdict

    if fmt == "json":
        return json_text({"rows": [asdict(r) for r in rows], "failed": failed})
    if fmt == "csv":
        import csv

        from somplan.render.summary import _csv_cell

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        fields = list(DueRow.__dataclass_fields__)
        writer.writerow(fields)
        for r in rows:
            writer.writerow([_csv_cell("" if v is None else str(v)) for v in asdict(r).values()])
        return buffer.getvalue()
    if fmt == "markdown":
        from somplan.render.words import md

        if not rows:
            return md(message("followup.nothing-due", lang)) + "\n"
        headers = _due_headers(lang)
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(md(c) for c in _due_cells(r, lang)) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    from somplan.render import drawn

    return drawn(lambda console: _draw_due(rows, lang, console), output)


def _draw_due(rows: list[DueRow], lang: Lang, console: Console) -> None:
    from rich.text import Text

    from somplan.render import tables

    if not rows:
        console.print(Text(message("followup.nothing-due", lang)))
        return
    console.print(Text(message("followup.due-title", lang, count=len(rows)), style="italic"))
    texts = [_due_cells(r, lang) for r in rows]
    headers = _due_headers(lang)
    kinds = ["words", "name", "words", "words", "words", "words"]
    fitted = tables.fit(console.width, headers, kinds, texts, drop=[1, 4])
    cells_of = []
    for r, row in zip(rows, texts, strict=True):
        cells = [Text(inert(c)) for c in row]
        cells[3].stylize(DUE_STYLE.get(r.status, ""))
        if r.last_outcome:
            cells[5].stylize(OUTCOME_STYLE[r.last_outcome])
        cells_of.append(cells)
    console.print(tables.table(fitted, headers, kinds, cells_of))
    if 1 not in fitted.keep:
        console.print(Text(message("followup.due-narrow", lang)))
