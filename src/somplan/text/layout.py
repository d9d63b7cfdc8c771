"""Text laid out for a terminal: broken at word boundaries, continuation lines indented."""

from __future__ import annotations

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
