"""The installed `somplan` in a real pseudo-terminal (pexpect): one way to start it for every pty
test, and the hints that tell which kind of prompt is on the screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pexpect

EXE = str(Path(sys.executable).parent / "somplan")
# The hint after each prompt tells which kind of answer it wants (Swedish, the default language).
SELECT = r"\(piltangenter och Enter"
CHECKBOX = r"\(mellanslag markerar"
NUMBER = r"\(skriv ett tal"
TEXT = r"\(skriv och tryck Enter"
REVIEW = r"Stämmer svaren\?"
UNIT = r"Vilken verksamhet gäller planen\?"


def spawn_somplan(
    tmp_path: Path, *args: str, rows: int = 40, columns: int = 120
) -> pexpect.spawn[str]:
    """``somplan ARGS`` with its data folder in ``tmp_path``, colours on (NO_COLOR removed), in a
    terminal that never answers cursor-position requests (so prompt_toolkit is told not to ask)."""
    env = dict(
        os.environ,
        SOMPLAN_DATA_DIR=str(tmp_path / "data"),
        TERM="xterm-256color",
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    env.pop("NO_COLOR", None)
    return pexpect.spawn(
        EXE, list(args), env=env, dimensions=(rows, columns), encoding="utf-8", timeout=20
    )


def answer_everything(
    child: pexpect.spawn[str],
    done: str,
    stop_after: int | None = None,
    unit: str | None = None,
    text: str = "Ett svar",
) -> list[str]:
    """Walk any flow to ``done`` with plausible keystrokes: Enter on a list (its first choice),
    the first box of a checkbox, 3 for a number, ``text`` for a text; confirm the review. When
    ``unit`` is given, it answers the unit's name where that is asked. Returns the kinds of question
    seen, in order (each is recognised by the hint after its question, which may arrive more than
    once on screen)."""
    seen: list[str] = []
    waits: list[Any] = [r"Fråga \d+ ·", REVIEW, done, *([UNIT] if unit is not None else [])]
    while True:
        index = child.expect(waits)
        if index == 3:  # the unit's name, asked once for a file without one
            child.send(f"{unit}\r")
            continue
        if index == 1:  # the review: confirm with Enter
            child.expect(SELECT)
            child.send("\r")
            child.expect(done)
            return seen
        if index == 2:
            return seen
        kind = child.expect([SELECT, CHECKBOX, NUMBER, TEXT])
        seen.append(["select", "checkbox", "number", "text"][kind])
        if stop_after is not None and len(seen) > stop_after:
            return seen
        # Ctrl-U clears a preselected default before a number or a text is typed.
        child.send(["\r", " \r", "\x15" + "3\r", "\x15" + text + "\r"][kind])
