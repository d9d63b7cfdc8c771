"""Terminal tables that fit the width: columns sized by what they hold, cells never cropped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from somplan.text.layout import break_name, column_widths

#: Space a column takes besides its text in a ``box.SIMPLE_HEAD`` table without edge padding.
PAD = 3


@dataclass(frozen=True)
class Fitted:
    """Which columns are shown (indexes into the full row), how wide, and what was left out."""

    keep: list[int]
    widths: list[int]  # empty: not even the columns kept fit; rich then shares the width


def fit(
    total: int, headers: list[str], kinds: list[str], rows: list[list[str]], drop: list[int]
) -> Fitted:
    """The columns that fit side by side in ``total`` columns: all of them, or without the
    columns in ``drop`` (left out in that order) until the rest fit. ``kinds`` as in
    ``somplan.text.layout.column_widths``."""
    keep = list(range(len(headers)))
    pending = list(drop)
    while True:
        columns = [(kinds[i], [headers[i], *(r[i] for r in rows)]) for i in keep]
        widths = column_widths(total, columns, pad=PAD)
        if widths is not None or not pending:
            return Fitted(keep, widths or [])
        keep.remove(pending.pop(0))


def table(fitted: Fitted, headers: list[str], kinds: list[str], rows: list[list[Any]]) -> Any:
    """A rich table of ``rows`` (texts or rich Text) in the fitted columns; file names
    (kind "name") broken only after "/", "_" or "-"."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    widths: list[int | None] = [*fitted.widths] or [None] * len(fitted.keep)
    for i, width in zip(fitted.keep, widths, strict=True):
        out.add_column(headers[i], width=width, overflow="fold", no_wrap=kinds[i] == "short")
    for row in rows:
        cells = []
        for i, width in zip(fitted.keep, widths, strict=True):
            cell = row[i]
            if kinds[i] == "name" and width:
                text = cell.plain if isinstance(cell, Text) else cell
                cell = Text(break_name(text, width), style=getattr(cell, "style", ""))
            cells.append(cell if isinstance(cell, Text) else Text(cell))
        out.add_row(*cells)
    return out
