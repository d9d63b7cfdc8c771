"""End to end: the installed `somplan start` asks the proposal after the verdict, in a real
pseudo-terminal, and `somplan decide` then decides on it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pexpect
import yaml

from .common import without_account_record
from .terminal import CHECKBOX, EXE, NUMBER, REVIEW, SELECT, TEXT, spawn_somplan

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "answers"


def test_start_verdict_proposal_saved_then_decide(tmp_path: Path) -> None:
    path = tmp_path / "bibliotek.yaml"
    # The example's answers, without its proposal and decision.
    path.write_text(without_account_record((EXAMPLES / "library_teens.yaml").read_text("utf-8")))
    child = spawn_somplan(tmp_path, "start", "--answers", str(path))
    child.expect(REVIEW)
    child.send("\r")  # the answers are right
    child.expect("Utlåtande")
    child.expect("Vill ni skriva in ert förslag nu")
    child.expect(SELECT)
    child.send("\r")  # yes
    child.expect("Vilket konto eller vilka konton")
    child.expect(CHECKBOX)
    child.expect(r"Instagram · \d+ av 100 · passar")
    child.send(" \r")  # the first ranked channel
    child.expect("Kontot i Instagram")
    replies = [
        ("heta på plattformen", TEXT, "@bibblan"),
        ("När vill ni starta", TEXT, "2027-03"),
        ("Hur ofta", TEXT, "Två inlägg i veckan"),
        ("Hur många timmar", NUMBER, "4"),
        ("ansvarar för kontot", TEXT, "Bibliotekarie"),
        ("ansvariges namn", TEXT, ""),
        ("tar över", TEXT, "Bibliotekschef"),
        ("Ersättarens namn", TEXT, ""),
        ("första uppföljningen", TEXT, ""),  # Enter: the date suggested
    ]
    for question, hint, reply in replies:
        child.expect(question)
        child.expect(hint)
        child.send(reply + "\r")
    child.expect("Förslaget är sparat i planen")
    child.expect("Klart! Svaren är sparade")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    proposal = yaml.safe_load(path.read_text(encoding="utf-8"))["proposal"]
    (only,) = proposal["accounts"]
    assert only["platform"] == "instagram" and only["name"] == "@bibblan"
    assert only["start"] == "2027-03" and only["hours_per_week"] == 4
    assert only["substitute"] == {"role": "Bibliotekschef"}
    assert proposal["first_followup"]

    def somplan(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [EXE, "--lang", "en", *args], capture_output=True, text=True, timeout=60, check=False
        )

    decided = somplan("decide", str(path), "--outcome", "approved", "--by-role", "Enhetschef",
                      "--reference", "KN 2027/12")  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    report = json.loads(somplan("report", str(path), "-f", "json").stdout)
    assert report["decision"]["state"] == "decided"
    assert report["decision"]["applies_to_earlier_version"] is False
    text = path.read_text(encoding="utf-8").replace("hours_per_week: 4", "hours_per_week: 2")
    path.write_text(text, encoding="utf-8")
    report = json.loads(somplan("report", str(path), "-f", "json").stdout)
    assert report["decision"]["applies_to_earlier_version"] is True
