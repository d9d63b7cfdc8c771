"""End to end: the installed `somplan followup` in a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pexpect

from somplan.content.followup_files import digest
from somplan.content.yamlsource import read_file

from .common import ROOT, without_account_record
from .terminal import answer_everything, spawn_somplan

DONE = r"Klart! Uppföljningen är sparad"


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn[str]:
    return spawn_somplan(tmp_path, "followup", *args)


def answer_all(child: pexpect.spawn[str], stop_after: int | None = None) -> list[str]:
    """Walk the follow-up flow to the end (see :func:`tests.terminal.answer_everything`)."""
    return answer_everything(child, DONE, stop_after, text="Bra")


def test_a_whole_followup_in_a_terminal(tmp_path: Path) -> None:
    plan = tmp_path / "kulturhuset.yaml"
    shutil.copy(ROOT / "examples" / "answers" / "culture_house_events.yaml", plan)
    target = tmp_path / "uppfoljning.yaml"
    child = spawn(tmp_path, str(plan), "--answers", str(target))
    child.expect("Uppföljning av planen")
    screen = io.StringIO()
    child.logfile_read = screen
    kinds = answer_all(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert {"select", "checkbox", "text"} <= set(kinds)
    text = screen.getvalue()
    # the plan's own answers are shown with the questions
    assert "Fler sålda biljetter till vårens program jämfört med i fjol" in text
    assert "Planen sa: Varje dag, även helger" in text
    # the first choice everywhere says the purpose has ended: close, with the checklist
    assert "Förslag: Avsluta kontot" in text
    assert "Så avslutar ni kontot" in text
    data = read_file(target).data
    assert data["complete"] is True
    assert data["follows"]["sha256"] == digest(plan)
    assert data["answers"]["purpose_ended"] is True


def test_ctrl_c_in_a_terminal_keeps_the_file(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    # The example's answers alone: its decision would add the account's address and its
    # conditions to the questions.
    example = (ROOT / "examples" / "answers" / "library_teens.yaml").read_text("utf-8")
    plan.write_text(without_account_record(example), "utf-8")
    target = tmp_path / "f.yaml"
    child = spawn(tmp_path, str(plan), "-a", str(target))
    kinds = answer_all(child, stop_after=3)
    child.sendcontrol("c")
    child.expect("somplan followup")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = read_file(target).data
    assert saved["complete"] is False
    assert len(saved["answers"]) == len(kinds) - 1
