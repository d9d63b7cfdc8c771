"""Text laid out for a terminal: broken at word boundaries, continuation lines indented."""

from __future__ import annotations

import re
import shutil
import sys
import textwrap
from typing import TextIO


def terminal_width(default: int = 80) -> int:
    """The terminal's width in columns ($COLUMNS, then the terminal, then ``default``)."""
    return max(20, shutil.get_terminal_size((default, 24)).columns)


def wrap(text: str, width: int, first: int = 0, indent: int = 0) -> str:
    """``text`` broken at word boundaries to fit ``width`` columns: the first line after
    ``first`` columns already used, the following lines indented by ``indent`` spaces. A word
    longer than a whole line (a long path) is left whole rather than cut in two."""
    room = max(10, width - 1)  # the last column is left free: some terminals wrap on it
    lines: list[str] = []
    for n, paragraph in enumerate(text.split("\n")):
        used = first if n == 0 else indent
        if paragraph.startswith("somplan "):  # a command to copy: kept on one line, whole
            lines.append(paragraph if n == 0 else " " * indent + paragraph)
            continue
        words = paragraph.split()
        if n == 0 and first and words and used + len(words[0]) > room:
            lines.append("")  # not even the first word fits after what is already there
            used = indent
        lines += textwrap.wrap(
            paragraph,
            width=room,
            initial_indent="\0" * used if (n == 0 and not lines) else " " * used,
            subsequent_indent=" " * indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    out = "\n".join(lines)
    return out.replace("\0", "")


def fill(text: str, stream: TextIO | None = None, indent: int = 0) -> str:
    """A note or message for ``stream`` (stdout): on a terminal every paragraph is wrapped with
    a hanging indent; to a file or pipe it is left as it is (lines of any length)."""
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return text
    return wrap(text, terminal_width(), indent=indent)


_NAME_PARTS = re.compile(r"[^/_\-]*[/_\-]+|[^/_\-]+$")


def break_name(name: str, width: int) -> str:
    """A file name laid out in lines of at most ``width`` columns, broken only after ``/``,
    ``_`` or ``-`` so that every piece is still a whole part of the name; a part longer than
    the line stays whole."""
    lines: list[str] = []
    for part in _NAME_PARTS.findall(name) or [name]:
        if lines and len(lines[-1]) + len(part) <= width:
            lines[-1] += part
        else:
            lines.append(part)
    return "\n".join(lines)


def longest_name_part(name: str) -> int:
    """The widest piece ``break_name`` can make of ``name``."""
    return max((len(part) for part in _NAME_PARTS.findall(name)), default=len(name))


def column_widths(
    total: int, columns: list[tuple[str, list[str]]], pad: int = 2
) -> list[int] | None:
    """Widths for table columns side by side in ``total`` columns, or None when they cannot fit.

    Each column is ``(kind, texts)`` with its header among the texts: ``"short"`` is never
    wrapped, ``"words"`` wraps between words, ``"name"`` (file names) only after ``/``, ``_`` or
    ``-``. Every column first gets room for its widest unbreakable piece; what is left goes
    first to the columns that need least of it to be shown whole, the rest is shared evenly. ``pad`` is the space around each cell.
    """

    def piece(kind: str, text: str) -> int:
        if kind == "short":
            return len(text)
        if kind == "name":
            return longest_name_part(text)
        return max((len(w) for w in text.split()), default=0)

    need = [max(piece(kind, t) for t in texts) for kind, texts in columns]
    want = [max(len(t) for t in texts) for _, texts in columns]
    spare = total - pad * len(columns) - 1 - sum(need)
    if spare < 0:
        return None
    # Fair shares: the columns that need least to be whole get it first; the rest share.
    widths = list(need)
    order = sorted(range(len(columns)), key=lambda i: want[i] - need[i])
    for k, i in enumerate(order):
        grant = min(want[i] - need[i], spare // (len(order) - k))
        widths[i] += grant
        spare -= grant
    return widths
