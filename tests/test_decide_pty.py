"""End to end: the installed `somplan decide` asking for the decision in a real pseudo-terminal."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pexpect
import yaml

from .terminal import SELECT, TEXT, spawn_somplan

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "answers"


def test_decide_asks_what_the_options_left_out(tmp_path: Path) -> None:
    path = tmp_path / "skolan.yaml"
    shutil.copyfile(EXAMPLES / "school_parents.yaml", path)
    child = spawn_somplan(tmp_path, "decide", str(path), "--reference", "BUN 2027/3")
    child.expect("Vad blev beslutet")
    child.expect(SELECT)
    child.send("\x1b[B")  # down: "Godkänt med villkor"
    child.send("\r")
    child.expect("Vilken roll har den som beslutade")
    child.expect(TEXT)
    child.send("Rektor\r")
    child.expect("Namnet på den som beslutade")
    child.expect(TEXT)
    child.send("\r")
    child.expect("Beslutets datum")
    child.expect(TEXT)
    child.send("\r")  # today, filled in
    child.expect("Utlåtandets villkor följer med beslutet")
    child.expect(SELECT)
    child.send("\r")  # keep them
    child.expect("Ett villkor för beslutet")
    child.expect(TEXT)
    child.send("Utse en ersättare\r")
    child.expect("Ett villkor för beslutet")
    child.expect(TEXT)
    child.send("\r")
    child.expect("En anteckning")
    child.expect(TEXT)
    child.send("\r")
    child.expect("Beslutet är sparat i")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    decision = yaml.safe_load(path.read_text(encoding="utf-8"))["decision"]
    assert decision["outcome"] == "approved_with_conditions"
    assert decision["by"] == {"role": "Rektor"}
    assert decision["date"] == date.today().isoformat()
    assert decision["reference"] == "BUN 2027/3"
    assert len(decision["conditions"]) == 6 and decision["conditions"][-1] == "Utse en ersättare"


def test_ctrl_c_while_deciding_keeps_the_file(tmp_path: Path) -> None:
    path = tmp_path / "skolan.yaml"
    shutil.copyfile(EXAMPLES / "school_parents.yaml", path)
    before = path.read_bytes()
    child = spawn_somplan(tmp_path, "decide", str(path))
    child.expect("Vad blev beslutet")
    child.expect(SELECT)
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert path.read_bytes() == before
