"""End to end, a new user: the installed `somplan start` in a real pseudo-terminal asks the whole
interview, shows the verdict (Ctrl-B from the offer under it goes back to the review and the
verdict is shown again), then asks the proposal (with Ctrl-B back a step) before the plan is
saved complete; `somplan decide` decides on it by flags; a changed answer then shows what changed
when the plan is reopened, and the JSON report says the decision applies to an earlier version."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pexpect
import yaml

from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.account import Proposal
from somplan.content.loader import load_content
from somplan.interview.proposal import change_lines, ranking_changes

from .terminal import CHECKBOX, EXE, NUMBER, REVIEW, SELECT, TEXT, answer_everything, spawn_somplan
from .tools import tool, weasyprint_ok

OFFER = "Vill ni skriva in ert förslag nu"
DONE = "Klart! Svaren är sparade"


def assessed(path: Path) -> Any:
    """The plan's assessment as somplan makes it (to know which channel leads for the answers
    the walk gave, without fixing the catalogue's figures in this test)."""
    content = load_content(None, required=("flow", "organisation", "catalogue", "rules"))
    return assess(content, answers.load(path, content.flow), what_if=False)


def somplan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, "--lang", "en", *args], capture_output=True, text=True, timeout=60, check=False
    )


def on_disk(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def reply(child: pexpect.spawn[str], question: str, hint: str, keys: str) -> None:
    child.expect(question)
    child.expect(hint)
    child.send(keys)


def the_plan(tmp_path: Path) -> Path:
    (path,) = (tmp_path / "data").glob("*.yaml")
    return path


def test_new_user_start_verdict_proposal_saved_then_decide_then_an_answer_changes(
    tmp_path: Path,
) -> None:
    child = spawn_somplan(tmp_path, "start")
    answer_everything(child, OFFER, unit="Biblioteket")  # the whole interview, then the review
    path = the_plan(tmp_path)
    # the verdict is on the screen above the offer; the plan is not complete yet
    assert "Utlåtande" in (child.before or "")
    assert on_disk(path)["complete"] is False
    # The walk's first-choice answers give "not social media": the municipality's own
    # channels lead, none reaching the fit threshold, so the first one asks for a reason.
    assessment = assessed(path)
    first = assessment.channels[0]
    assert assessment.verdict.level == "not_social_media"
    assert first.score < assessment.fit_minimum
    name = first.channel.name.sv
    child.expect(SELECT)
    child.sendcontrol("b")  # back from the offer: the review again, then the verdict again
    child.expect(REVIEW)
    child.expect(SELECT)
    child.send("\r")
    child.expect("Utlåtande")
    child.expect(OFFER)
    child.expect(SELECT)
    child.send("\r")  # yes, write it now
    child.expect("Del 1 av 1: Ert förslag")  # the parts to come depend on the choice
    child.expect(r"Fråga 1 · ungefär 9 kvar")  # as if for one account
    child.expect(CHECKBOX)
    child.expect(f"{name} · {first.score} av 100 · passar sämre")
    child.send(" \r")  # the first ranked channel
    child.expect(f"Del 2 av 3: Kontot i {name}")
    reply(child, "Varför föreslår ni just det här kontot", TEXT, "Föräldrarna läser där\r")
    reply(child, "Vad ska kontot heta", TEXT, "\r")
    reply(child, "Vem ansvarar för kontot", TEXT, "Bibliotekarie\r")
    child.expect("ansvariges namn")
    child.expect(TEXT)
    child.sendcontrol("b")  # back one step: the role typed is there to keep or change
    child.expect("Vem ansvarar för kontot")
    child.expect(TEXT)
    child.expect("Bibliotekarie")
    child.send("\x15Barnbibliotekarie\r")
    reply(child, "ansvariges namn", TEXT, "\r")
    reply(child, "Vem tar över", TEXT, "Bibliotekschef\r")
    reply(child, "Ersättarens namn", TEXT, "\r")
    reply(child, "När vill ni starta", TEXT, "2027-03\r")
    reply(child, "Hur ofta", TEXT, "Varje vecka\r")
    reply(child, "Hur många timmar", NUMBER, "2\r")
    child.expect("Del 3 av 3: Första uppföljningen")
    child.expect("den sista i förslaget")
    reply(child, "första uppföljningen", TEXT, "\r")  # Enter: the date suggested
    child.expect("Förslaget är sparat i planen")
    child.expect(DONE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    saved = on_disk(path)
    assert saved["complete"] is True
    proposal = saved["proposal"]
    (only,) = proposal["accounts"]
    assert only["platform"] == first.channel.id
    assert only["reason"] == "Föräldrarna läser där"
    assert only["responsible"] == {"role": "Barnbibliotekarie"}
    assert only["substitute"] == {"role": "Bibliotekschef"}
    assert (only["start"], only["rhythm"], only["hours_per_week"]) == ("2027-03", "Varje vecka", 2)
    assert proposal["first_followup"] and proposal["ranking"][0]["channel"] == first.channel.id

    decided = somplan("decide", str(path), "--outcome", "approved_with_conditions",
                      "--by-role", "Enhetschef", "--by-name", "Eva Ek", "--date", "2027-01-15",
                      "--reference", "KN 2027/12")  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    report = json.loads(somplan("report", str(path), "-f", "json").stdout)
    decision = report["decision"]
    assert (decision["state"], decision["outcome"], decision["reference"]) == (
        "decided", "approved_with_conditions", "KN 2027/12",
    )  # fmt: skip
    assert decision["applies_to_earlier_version"] is False
    # The proposal decided on, in the JSON report and as the register lists it.
    (account,) = report["proposal"]["accounts"]
    assert account["platform"] == first.channel.id
    assert account["responsible"]["role"] == "Barnbibliotekarie"
    (row,) = json.loads(somplan("register", str(path), "-f", "json").stdout)["accounts"]
    assert row["platform"] == first.channel.id and row["responsible_role"] == "Barnbibliotekarie"
    assert (row["state"], row["reference"], row["substitute_role"]) == (
        "decided", "KN 2027/12", "Bibliotekschef",
    )  # fmt: skip
    # The decision paper: page 1 of the PDF holds the decision, its reference number and the
    # proposed channel (the user's own words, in English as asked).
    if (weasyprint_ok() and tool("pdftotext") is not None) or os.environ.get("CI"):
        pdf = tmp_path / "paper.pdf"
        made = somplan("report", str(path), "-f", "pdf", "-o", str(pdf))
        assert made.returncode == 0, made.stderr
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        page_1 = " ".join(text.split())
        assert "Approved with conditions" in page_1 and "KN 2027/12" in page_1
        assert first.channel.name.en in page_1 and "Barnbibliotekarie" in page_1

    # One answer changes (the goals, by hand); reopening the plan shows what that did to the
    # ranking the proposal was made on, and keeps the proposal on "no".
    data = on_disk(path)
    data["answers"]["goals"] = ["information"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    after = assessed(path)
    changed = ranking_changes(Proposal.model_validate(proposal), after, "sv")
    lines = change_lines(changed, after.fit_minimum, "sv")
    assert len(lines) >= 2, "the new goal should move the channels"
    child = spawn_somplan(tmp_path, "start", "--answers", str(path))
    child.expect(REVIEW)
    child.expect(SELECT)
    child.send("\r")  # the answers are right
    child.expect("Utlåtande")
    for line in lines:  # e.g. "En sida på kommunens webbplats: var 1:a med 40, nu 2:a med 50"
        child.expect_exact(line)
    child.expect("Vill ni gå igenom ert förslag nu")
    child.expect(SELECT)
    child.send("\x1b[B\r")  # down to "Nej", Enter
    child.expect("Förslaget är kvar som det var")
    child.expect(DONE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    report = json.loads(somplan("report", str(path), "-f", "json").stdout)
    assert report["decision"]["applies_to_earlier_version"] is True
    assert on_disk(path)["proposal"] == proposal  # kept as it was


def test_ctrl_c_in_the_proposal_and_start_goes_on_there(tmp_path: Path) -> None:
    child = spawn_somplan(tmp_path, "start")
    answer_everything(child, OFFER, unit="Biblioteket")
    child.expect(SELECT)
    child.send("\r")
    child.expect(CHECKBOX)
    child.send(" \r")
    reply(child, "Varför föreslår ni just det här kontot", TEXT, "Föräldrarna läser där\r")
    child.expect("Vad ska kontot heta")
    child.expect(TEXT)
    child.sendcontrol("c")
    child.expect("somplan start --answers")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    path = the_plan(tmp_path)
    saved = on_disk(path)
    assert saved["complete"] is False
    first = assessed(path).channels[0].channel.id
    assert saved["proposal"]["accounts"] == [{"platform": first, "reason": "Föräldrarna läser där"}]
    # `somplan start` offers the unfinished plan and goes on at the proposal: no review, no
    # offer, the channel and the reason preselected.
    child = spawn_somplan(tmp_path, "start")
    child.expect("Du har en påbörjad plan för Biblioteket")
    child.expect(SELECT)
    child.send("\r")
    child.expect(r"Ni\s+stannade\s+i\s+ert\s+förslag")  # the line may wrap
    child.expect("Utlåtande")
    child.expect("Vilket konto eller vilka konton")
    child.expect(CHECKBOX)
    child.send("\r")  # as ticked before
    child.expect("Varför föreslår ni")
    child.expect("Föräldrarna läser där")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert on_disk(path)["proposal"]["accounts"][0]["reason"] == "Föräldrarna läser där"
    assert on_disk(path)["complete"] is False
