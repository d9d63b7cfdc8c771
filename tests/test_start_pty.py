"""End to end: the installed `somplan start` in a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pexpect

from somplan.content.yamlsource import read_file

from .common import FIXTURES
from .terminal import EXE, spawn_somplan
from .terminal import answer_everything as walk

DONE = r"Klart! Svaren är sparade"
#: After the verdict, the proposal is offered (tests/test_proposal_pty.py answers it).
PROPOSAL = r"Vill ni skriva in ert förslag nu"


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn[str]:
    return spawn_somplan(tmp_path, "start", *args)


def answer_everything(child: pexpect.spawn[str], stop_after: int | None = None) -> list[str]:
    """Walk the shipped flow to the end (see :func:`tests.terminal.answer_everything`), saying
    no to writing the proposal now."""
    kinds = walk(child, PROPOSAL, stop_after, unit="Biblioteket")
    if stop_after is None:
        child.send("\x1b[B\r")  # down to "Nej", Enter
        child.expect("Skriv det senare med somplan start --answers")
        child.expect(DONE)
    return kinds


def test_whole_shipped_flow_to_the_end(tmp_path: Path) -> None:
    answers = tmp_path / "plan.yaml"
    child = spawn(tmp_path, "--answers", str(answers))
    child.expect("Välkommen")
    seen = io.StringIO()
    child.logfile_read = seen
    kinds = answer_everything(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(kinds) >= 20 and {"select", "checkbox", "number", "text"} <= set(kinds)
    assert "Utlåtande" in seen.getvalue()  # the verdict is shown at the end, in Swedish
    assert "den sista, sedan ser du alla svar" in seen.getvalue()  # the last question says so
    data = read_file(answers).data
    assert data["complete"] is True
    assert len(data["answers"]) >= 20
    assert data["unit"] == "Biblioteket"  # asked before the first question, kept in the file
    assert "Biblioteket" in seen.getvalue()  # and shown in the report's title


def test_ctrl_c_saves_and_answers_resumes_with_every_answer(tmp_path: Path) -> None:
    answers = tmp_path / "plan.yaml"
    child = spawn(tmp_path, "--answers", str(answers))
    kinds = answer_everything(child, stop_after=5)
    child.sendcontrol("c")
    child.expect("somplan start --answers")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = read_file(answers).data
    assert saved["complete"] is False
    assert len(saved["answers"]) == len(kinds) - 1  # every answer given before Ctrl-C
    given = dict(saved["answers"])
    # Resume: the saved answers are kept and the interview continues to the end.
    child = spawn(tmp_path, "--answers", str(answers))
    answer_everything(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    final = read_file(answers).data["answers"]
    assert all(final[key] == value for key, value in given.items())


def test_fixture_flow_with_back_and_english(tmp_path: Path) -> None:
    answers = tmp_path / "plan.yaml"
    child = spawn(
        tmp_path,
        "--answers",
        str(answers),
        "--questions",
        str(FIXTURES / "content"),
        "--lang",
        "en",
    )
    child.expect(r"Which unit is the plan for\?")
    child.send("Library\r")
    child.expect(r"What do you want to achieve\?")
    child.send("\r")  # Dialogue
    child.expect("Describe the goal")
    child.send("First goal\r")
    child.expect("Hours per week")
    child.sendcontrol("b")  # back to the goal text, which is preselected
    child.expect("Describe the goal")
    child.expect("First goal")
    child.send("\x15Second goal\r")
    child.expect("Hours per week")
    child.send("\x154\r")
    child.expect("Is there a deputy")
    child.send("\r")
    child.expect("How do you communicate today")
    child.send(" \r")
    child.expect("How experienced are you")
    child.send("\r")
    child.expect(r"Are the answers right\?")
    child.send("\r")
    child.expect("Done!")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert read_file(answers).data["answers"]["goal_detail"] == "Second goal"


def test_not_a_terminal_gives_one_sentence_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [EXE, "start"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        env=dict(os.environ, SOMPLAN_DATA_DIR=str(tmp_path)),
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "terminal" in lines[0] and "somplan report" in lines[0]
    assert "Traceback" not in result.stderr
