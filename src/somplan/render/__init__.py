"""Everything somplan shows or writes, by subject: ``report/`` (one plan), ``followup/`` (a
follow-up, the due list, a plan beside its follow-up), ``summary/`` (many plans), and the small
subjects in one module each (``diff``, ``channels``, ``plans``, ``problems``). Inside a subject,
one module (or function) per format. What every subject shares: ``words`` (how things read),
``terminal`` (rich pieces), ``tables``, ``templates`` (HTML) and ``pdf``, and below
the terminal and file helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console


#: Width of the rich report when it is written to a file.
FILE_WIDTH = 100


def drawn(draw: Callable[[Console], object], output: Path | None) -> str | None:
    """A rich drawing on the terminal (``None`` returned), or as plain text: for a file at
    ``FILE_WIDTH``, for a pipe at the width rich would use there ($COLUMNS or 80)."""
    import io
    import sys

    from rich.console import Console

    if output is None and sys.stdout.isatty():
        draw(Console())
        return None
    from somplan.text.layout import terminal_width

    width = FILE_WIDTH if output is not None else terminal_width()
    buffer = io.StringIO()
    draw(Console(file=buffer, width=width, color_system=None, force_terminal=False))
    return without_trailing_spaces(buffer.getvalue())


def without_trailing_spaces(text: str) -> str:
    """Text for a file or a pipe: rich pads lines to the full width, which e-mail and diff
    tools show as noise."""
    return "\n".join(line.rstrip() for line in text.split("\n"))
