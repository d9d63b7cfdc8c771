"""The installed `somplan` in a real pseudo-terminal (pexpect): one way to start it for every pty
test, and the hints that tell which kind of prompt is on the screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect

EXE = str(Path(sys.executable).parent / "somplan")
# The hint after each prompt tells which kind of answer it wants (Swedish, the default language).
SELECT = r"\(piltangenter och Enter"
CHECKBOX = r"\(mellanslag markerar"
NUMBER = r"\(skriv ett tal"
TEXT = r"\(skriv och tryck Enter"
REVIEW = r"Stämmer svaren\?"


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
