"""End to end: the installed program in a real pseudo-terminal (pexpect) — a decided plan's
follow-up names the account, asks for the address of the approved account (a bad one again), asks
about each of the plan's conditions, and then the account is closed with `somplan decide`."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pexpect
import yaml

from .common import ROOT
from .terminal import SELECT, TEXT, answer_everything, spawn_somplan

URL = "https://www.facebook.com/parkskolan"


def run_to_end(child: pexpect.spawn[str]) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus or 0)


def test_a_followup_of_an_approved_plan_in_a_terminal(tmp_path: Path) -> None:
    plan = tmp_path / "skolan.yaml"
    shutil.copyfile(ROOT / "examples" / "answers" / "school_parents.yaml", plan)
    data = yaml.safe_load(plan.read_text(encoding="utf-8"))
    data["proposal"] = {"accounts": [{"platform": "facebook", "name": "Parkskolan"}]}
    plan.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    decide = spawn_somplan(
        tmp_path, "decide", str(plan), "--outcome", "approved", "--by-role", "Rektor"
    )
    assert run_to_end(decide) == 0

    target = tmp_path / "uppfoljning.yaml"
    child = spawn_somplan(tmp_path, "followup", str(plan), "--answers", str(target))
    child.expect("Kontot är godkänt, men planfilen säger inte var det finns")
    child.expect("Kontots adress")
    child.expect(TEXT)
    child.send("facebook.com/parkskolan\r")  # no https://: asked again
    child.expect("är ingen webbadress")
    child.expect(TEXT)
    child.send(URL + "\r")
    child.expect("Kontots adress är sparad i")
    child.expect(f"Ni följer upp kontot Facebook · Parkskolan · {URL}")
    child.expect("Planens bedömning och beslut hade 5 hinder eller villkor")
    for n in range(5):
        child.expect("är det löst nu")
        child.expect(SELECT)
        child.send("\r" if n else "\x1b[B\r")  # the first: "Nej, inte än"; the rest solved
    answer_everything(child, r"Klart! Uppföljningen är sparad", text="Bra")
    assert run_to_end(child) == 0

    saved = yaml.safe_load(plan.read_text(encoding="utf-8"))
    assert saved["opened"] == {"url": URL, "date": date.today().isoformat()}
    followup = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert [i["state"] for i in followup["plan_items"]] == ["open"] + ["resolved"] * 4

    # Enter on every list chose "the purpose has ended": the follow-up said close, so closing
    # the account needs no note.
    closing = spawn_somplan(tmp_path, "decide", str(plan), "--closed", "2027-12-15")
    closing.expect("stängdes 2027-12-15")
    assert run_to_end(closing) == 0
    assert "Obs" not in str(closing.before)
    assert yaml.safe_load(plan.read_text(encoding="utf-8"))["closed"] == "2027-12-15"
