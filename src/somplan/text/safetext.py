r"""Make text from files inert before it reaches a terminal.

Text in the YAML files is data, never instructions to the terminal: control characters (ESC, BEL,
carriage return…), C1 controls and bidirectional overrides are shown as visible ``\\u…`` escapes so
they can neither change the terminal title, clear the screen nor reorder what is displayed. Rich
markup is escaped separately where text goes through rich (see ``rich.markup.escape``).
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode bidi controls.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """``text`` with every unsafe character replaced by a visible escape."""
    return _UNSAFE.sub(_visible, text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any) -> str:
    r"""``data`` as indented JSON that keeps every string exactly (``json.loads`` gives it back)
    while no unsafe character appears raw in the text: each is written as a ``\\uXXXX`` escape.
    Outside strings JSON holds only ASCII, so the escapes can only land inside strings."""
    return _UNSAFE.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def shell_quoted(path: object) -> str:
    """A path as it can be pasted into a shell command (quoted when it has spaces and such)."""
    import shlex

    return shlex.quote(str(path))


def one_line(text: str) -> str:
    """A one-line answer as typed or pasted: line breaks and tabs (with the spaces around them)
    become one space, the ends are trimmed; spaces the user typed inside a line stay."""
    return re.sub(r"\s*[\r\n\t\v\f]+\s*", " ", text).strip()


def plain(text: str) -> str:
    """Text from a file made inert for a terminal, on one line (runs of space collapsed)."""
    return " ".join(inert(text).split())
