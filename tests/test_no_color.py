"""Colours in a real terminal, and none with NO_COLOR or --no-color (https://no-color.org)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from .common import ROOT

pexpect = pytest.importorskip("pexpect")

EXE = str(Path(sys.executable).parent / "somplan")
EXAMPLE = str(ROOT / "examples" / "answers" / "library_teens.yaml")
# SGR colour parameters: 30–37/90–97 foreground, 40–47/100–107 background, 38;…/48;… extended.
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


def terminal_output(*args: str, no_color_env: bool = False) -> str:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100")
    env.pop("NO_COLOR", None)
    if no_color_env:
        env["NO_COLOR"] = "1"
    child = pexpect.spawn(EXE, list(args), env=env, dimensions=(50, 100), encoding="utf-8")
    text: str = child.read()
    child.close()
    assert child.exitstatus == 0, text
    return text


@pytest.mark.parametrize(
    "args", [("report", EXAMPLE), ("summary", str(ROOT / "examples" / "answers"))]
)
def test_colours_in_a_terminal_and_none_when_asked(args: tuple[str, ...]) -> None:
    assert COLOUR.search(terminal_output(*args))  # the verdict and tables are coloured
    plain_env = terminal_output(*args, no_color_env=True)
    plain_flag = terminal_output(*args, "--no-color")
    assert not COLOUR.search(plain_env)
    assert not COLOUR.search(plain_flag)
    assert "Redo" in plain_flag or "redo" in plain_flag  # still the whole report, in Swedish


def test_no_color_is_also_accepted_before_the_command() -> None:
    assert not COLOUR.search(terminal_output("--no-color", "report", EXAMPLE))


@pytest.mark.parametrize("plain", [False, True])
def test_the_wizard_prompts_follow_no_color(tmp_path: Path, plain: bool) -> None:
    env = dict(os.environ, TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
    env["SOMPLAN_DATA_DIR"] = str(tmp_path)
    env.pop("NO_COLOR", None)
    args = ["start", "--no-color"] if plain else ["start"]
    child = pexpect.spawn(EXE, args, env=env, dimensions=(40, 120), encoding="utf-8", timeout=20)
    child.expect(r"Vilken verksamhet gäller planen\?")
    child.send("Biblioteket\r")
    child.expect(r"alla andra gör det")  # the first question and its last choice are on screen
    screen = child.before or ""
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    assert bool(COLOUR.search(screen)) is not plain
