"""The installed `somplan` in a real pseudo-terminal (pexpect): one way to start it for every pty
test, and the hints that tell which kind of prompt is on the screen. And, for prompts run
in-process, a terminal that keeps what is drawn on it and types once something is shown."""

from __future__ import annotations

import io
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pexpect
from prompt_toolkit.data_structures import Size
from prompt_toolkit.output.vt100 import Vt100_Output

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
            # Once: its echo ("? Vilken verksamhet … Biblioteket") must not be answered again
            # (the letters would land in the next prompt, where j and k move the pointer).
            waits = waits[:3]
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


class RecordingTerminal(Vt100_Output):
    """A terminal of ``columns`` × ``rows`` for prompt_toolkit in-process: what is drawn is kept
    (``drawn()``), and it answers how many rows are below the cursor as a real terminal does."""

    def __init__(self, rows: int = 40, columns: int = 100) -> None:
        self.screen = io.StringIO()
        super().__init__(self.screen, lambda: Size(rows=rows, columns=columns))
        self._watches: list[tuple[str, Callable[[], None]]] = []

    def get_rows_below_cursor_position(self) -> int:
        return 30  # the line under a list needs to know it

    def drawn(self) -> str:
        return self.screen.getvalue()

    def flush(self) -> None:
        super().flush()
        for text, act in list(self._watches):
            if text in self.screen.getvalue():
                act()

    @contextmanager
    def type_when_shown(
        self, text: str, keys: str, pipe: Any, deadline: float = 20
    ) -> Iterator[None]:
        """Within the block, type ``keys`` into ``pipe`` as soon as ``text`` has been drawn, as a
        person who reads the screen first would. Should ``text`` never come, the keys are typed
        after ``deadline`` seconds, so the prompt ends and the test can say what was missing."""
        once = threading.Lock()

        def act() -> None:
            if once.acquire(blocking=False):
                pipe.send_text(keys)

        watch = (text, act)
        self._watches.append(watch)
        timer = threading.Timer(deadline, act)
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            self._watches.remove(watch)
