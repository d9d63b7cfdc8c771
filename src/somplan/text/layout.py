"""Text laid out for a terminal: broken at word boundaries, continuation lines indented."""

from __future__ import annotations

import shutil
import textwrap


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


def fill(text: str, width: int | None = None, indent: int = 0) -> str:
    """A note or message for the terminal: every paragraph wrapped with a hanging indent."""
    return wrap(text, width or terminal_width(), indent=indent)
