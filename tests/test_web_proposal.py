"""The unit's proposal in the web app, through Starlette's test client: the terminal's walk page
by page (the ranked channels, a reason for one that fits poorly, each account's questions, the
first follow-up), the same proposal in the file as the terminal makes for the same answers, back,
errors at the field, the ranking kept when it is finished, what changed since, stale saves, CSRF,
hostile texts, and a proposal begun in one front door gone on with in the other."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.account import Proposal
from somplan.content.model import Question
from somplan.interview.proposal import ProposalWalk, ask_proposal, question_at
from somplan.text.i18n import message

from .common import ROOT
from .fakes import ScriptedPrompter, WizardScript, start_command
from .test_web import PAYLOAD
from .web_client import (
    Person,
    form_value,
    hidden_fields,
    put_plan,
    shipped_content,
)

EXAMPLES = ROOT / "examples" / "answers"
#: What the unit answers, by question (the channels: the best one and YouTube, which fits
#: poorly for the school's parents, so a reason is asked for it).
ANSWERS: dict[str, Any] = {
    "channels": ["instagram", "youtube"],
    "reason": "Filmer från skolans vardag",
    "name": "@skolan",
    "responsible_role": "Rektor",
    "responsible_name": "",
    "substitute_role": "Biträdande rektor",
    "substitute_name": "Eva Ek",
    "start": "2027-03",
    "rhythm": "Två inlägg i veckan",
    "hours_per_week": 2,
    "first_followup": "2027-09-01",
}


def walk_of(path: Path, lang: Any = "sv") -> ProposalWalk:
    content = shipped_content()
    record = answers.load(path, content.flow)
    assert content.proposal is not None
    return ProposalWalk(
        content.proposal, assess(content, record, what_if=False), lang, record.proposal
    )


def question_of(path: Path, index: int) -> Question:
    walk = walk_of(path)
    question, _ = question_at(walk, walk.steps()[index], None)
    return question


def answer_all(person: Person, plan: str, path: Path, answers_: dict[str, Any]) -> list[str]:
    """Walk the proposal from its first page; the ids asked, in order."""
    url = person.get(f"{plan}/proposal", 303).headers["location"]
    asked: list[str] = []
    for _ in range(40):
        found = re.search(r"/proposal/(\d+)", url)
        if found is None:
            return asked
        question = question_of(path, int(found.group(1)))
        asked.append(question.id)
        page = person.get(url)
        url = person.submit(page, form_value(question, answers_[question.id])).headers["location"]
    raise AssertionError("the proposal never ended")


def saved_proposal(path: Path) -> Proposal:
    record = answers.load(path, shipped_content().flow)
    assert record.proposal is not None
    return record.proposal


def test_a_proposal_in_the_browser_is_the_one_the_terminal_makes(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    overview = person.get(plan).text
    assert message("web-proposal.make", "sv") in overview
    # The verdict, in one line, above the proposal (as the terminal shows it before asking).
    report = answers.load(path, shipped_content().flow)
    verdict = assess(shipped_content(), report, what_if=False).verdict
    assert re.search(
        rf"Bedömning: [^(<]+ \({len(verdict.blockers)} hinder, {len(verdict.conditions)} villkor\)",
        overview,
    )
    asked = answer_all(person, plan, path, ANSWERS)
    assert asked[0] == "channels" and asked[-1] == "first_followup"
    assert "reason" in asked  # YouTube fits poorly: a reason is asked
    web = saved_proposal(path)
    # The terminal, given the same answers for the same plan, makes the same proposal.
    content = shipped_content()
    record = answers.load(path, content.flow)
    record.proposal = None
    prompter = ScriptedPrompter(
        [lambda q, current, progress: ANSWERS[q.id] if ANSWERS[q.id] != "" else None] * 40
    )
    assert content.proposal is not None
    terminal = ask_proposal(
        content.proposal, assess(content, record, what_if=False), prompter, "sv"
    )
    assert prompter.ids == asked
    assert web.model_dump() == terminal.model_dump()
    assert web.ranking is not None  # kept with the finished proposal
    done = person.get(plan).text
    assert "Instagram · @skolan · ansvarig: Rektor" in done
    assert message("web-proposal.change", "sv") in done


def test_the_channels_page_offers_the_ranking_and_none_alone(person: Person, folder: Path) -> None:
    path, plan = put_plan(folder)
    page = person.get(f"{plan}/proposal/0").text
    walk = walk_of(path)
    ranked = [c.channel.id for c in walk.assessment.channels]
    offered = re.findall(r'name="answer" value="([a-z_]+)"', page)
    assert offered == [*ranked, "other", "none"]
    assert re.search(r"\d+ av 100 · passar<", page) and "passar sämre" in page
    # "none" with a channel: refused at the field, nothing saved.
    before = path.read_bytes()
    refused = person.submit(
        person.get(f"{plan}/proposal/0"), [("answer", "none"), ("answer", "instagram")], 422
    )
    assert 'class="error-message"' in refused.text and path.read_bytes() == before
    # "none" alone: the proposal is no account, and it is finished at once.
    done = person.submit(person.get(f"{plan}/proposal/0"), [("answer", "none")])
    assert done.headers["location"] == f"{plan}#proposal"
    assert saved_proposal(path).accounts == []
    assert message("web-proposal.none", "sv") in person.get(plan).text


def test_back_shows_the_answer_given_and_a_bad_date_is_refused(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    url = person.submit(person.get(f"{plan}/proposal/0"), [("answer", "instagram")])
    second = person.get(url.headers["location"])
    assert f'href="{plan}/proposal/0#question"' in second.text  # back to the channels
    back = person.get(f"{plan}/proposal/0").text
    assert re.search(r'value="instagram" checked', back)
    # Straight to the last step: the first follow-up, the date suggested; a wrong one refused.
    steps = walk_of(path).steps()
    last = f"{plan}/proposal/{len(steps) - 1}"
    page = person.get(last)
    assert re.search(r'name="answer" value="\d{4}-\d{2}-\d{2}"', page.text)  # suggested
    refused = person.submit(page, [("answer", "i höst")], 422)
    assert "ÅÅÅÅ-MM-DD" in refused.text and 'value="i höst"' in refused.text
    # A good date on the last page does not end a proposal with questions skipped on the way:
    # it leads to the first one left (the reason, asked for Instagram here, or the role).
    ids = [step.field for step in steps]
    left = ids.index("reason") if "reason" in ids else ids.index("responsible_role")
    went = person.submit(person.get(last), [("answer", "2027-09-01")]).headers["location"]
    assert went == f"{plan}/proposal/{left}#question"
    assert saved_proposal(path).ranking is None  # not finished
    # An address past the end (an old link): back to the plan, nothing broken.
    assert person.get(f"{plan}/proposal/99", 303).headers["location"] == f"{plan}#proposal"


def test_a_proposal_begun_in_the_terminal_goes_on_in_the_browser_and_back(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    content = shipped_content()
    record = answers.load(path, content.flow)
    assert content.proposal is not None
    kept: list[Proposal] = []
    prompter = ScriptedPrompter(
        [["instagram"], "Föräldrarna finns där", "@skolan", KeyboardInterrupt]
    )
    with pytest.raises(KeyboardInterrupt):
        ask_proposal(
            content.proposal, assess(content, record, what_if=False), prompter, "sv",
            keep=kept.append,
        )  # fmt: skip
    record.proposal = kept[-1]
    answers.save(path, record)
    # The browser shows what the terminal saved, and goes on from there.
    assert re.search(r'value="instagram" checked', person.get(f"{plan}/proposal/0").text)
    ids = [step.field for step in walk_of(path).steps()]
    name, role = ids.index("name"), ids.index("responsible_role")
    shown = person.get(f"{plan}/proposal/{name}").text
    assert '">@skolan</textarea>' in shown or 'value="@skolan"' in shown
    page = person.get(f"{plan}/proposal/{role}")
    person.submit(page, form_value(question_of(path, role), "Rektor"))
    proposal = saved_proposal(path)
    assert proposal.accounts[0].name == "@skolan"
    assert proposal.accounts[0].responsible is not None
    assert proposal.accounts[0].responsible.role == "Rektor"
    # ... and the terminal reads the file the browser wrote.
    again = answers.load(path, content.flow)
    assert again.proposal == proposal


def test_a_first_proposal_stopped_in_the_browser_goes_on_at_the_proposal_in_start(
    person: Person, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As in the terminal, a plan stopped in its first proposal is not finished: the browser
    offers to go on with it, the register does not count it as proposed, and `somplan start
    --answers FILE` goes on at the proposal with what the browser saved."""
    path, plan = put_plan(folder)
    url = person.submit(person.get(f"{plan}/proposal/0"), [("answer", "instagram")])
    page = person.get(url.headers["location"])
    person.submit(page, form_value(question_of(path, 1), ANSWERS[question_of(path, 1).id]))
    half = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert half["complete"] is False and half["proposal"]["accounts"][0]["platform"] == "instagram"
    overview = person.get(plan).text
    assert message("web-proposal.go-on", "sv") in overview
    assert message("web-proposal.unfinished", "sv") in overview
    assert "Bedömning: " in overview  # the answers were confirmed: the verdict stays shown
    # The terminal goes on at the proposal, the browser's answers preselected.
    script = WizardScript(
        [lambda q, current, progress: current if current else ANSWERS[q.id] or None] * 40
    )
    assert start_command(None, path, "sv", lambda _lang: script, lambda: True) == 0
    out = capsys.readouterr().out
    assert "Ni stannade i ert förslag" in out
    assert script.asked[0].id == "channels" and script.asked[0].current == ["instagram"]
    assert "proposal.ask-now" not in script.confirmed  # not offered again: it goes on
    done = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert done["complete"] is True
    assert done["proposal"]["accounts"][0]["name"] == ANSWERS["name"]
    assert done["proposal"]["ranking"]


def test_a_first_proposal_begun_can_wait_and_the_plan_is_finished_with_what_it_holds(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    person.submit(person.get(f"{plan}/proposal/0"), [("answer", "instagram")])
    overview = person.get(plan)
    assert message("web-proposal.later", "sv") in overview.text
    done = person.submit(overview, [])  # the plan page's one form: "let the proposal wait"
    assert done.headers["location"] == f"{plan}#proposal"
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["complete"] is True  # as the terminal's "not now"
    assert saved["proposal"]["accounts"][0]["platform"] == "instagram"  # kept
    after = person.get(plan).text
    assert message("web-proposal.later", "sv") not in after
    assert message("web-proposal.change", "sv") in after
    # An old tab sending it again: no conflict, nothing changed.
    before = path.read_bytes()
    assert person.submit(overview, []).headers["location"] == f"{plan}#proposal"
    assert path.read_bytes() == before
    refused = person.post(f"{plan}/proposal/later", [("csrf", "wrong")], 403)
    assert message("web.csrf-title", "sv") in refused.text


def test_the_proposal_waits_for_the_questions_still_open(person: Person, folder: Path) -> None:
    path, plan = put_plan(folder)
    text = path.read_text(encoding="utf-8")
    record = answers.load(path, shipped_content().flow)
    first = next(iter(record.answers))
    text = text.replace("complete: true", "complete: false")  # a plan still being answered
    path.write_text(re.sub(rf"(?m)^  {first}:.*\n", "", text, count=1), encoding="utf-8")
    for route in ("/proposal", "/proposal/0"):
        went = person.get(f"{plan}{route}", 303).headers["location"]
        assert f"/questions/{first}" in went
    assert message("web-proposal.make", "sv") not in person.get(plan).text


def test_what_changed_in_the_ranking_is_shown_when_the_proposal_is_opened_again(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    answer_all(person, plan, path, ANSWERS)
    # The ranking the proposal was made on differs from today's (as after changed answers).
    record = answers.load(path, shipped_content().flow)
    assert record.proposal is not None and record.proposal.ranking
    earlier = [
        r.model_copy(update={"score": 5, "fits": False}) if r.channel == "instagram" else r
        for r in record.proposal.ranking
    ]
    record.proposal = record.proposal.model_copy(update={"ranking": earlier})
    answers.save(path, record)
    page = person.get(f"{plan}/proposal/0").text
    assert re.search(r'<p class="notice">Instagram: var \d+:[ae] med 5, nu ', page), page


def test_a_stale_answer_is_refused_and_every_post_needs_csrf(person: Person, folder: Path) -> None:
    path, plan = put_plan(folder)
    page = person.get(f"{plan}/proposal/0")
    person.submit(person.get(f"{plan}/proposal/0"), [("answer", "tiktok")])  # another tab
    before = path.read_bytes()
    refused = person.submit(page, [("answer", "instagram")], 409)
    assert message("web.stale-title", "sv") in refused.text
    assert f'href="{plan}/proposal/0#question"' in refused.text
    assert path.read_bytes() == before
    hidden = hidden_fields(page.text)
    forged = person.post(
        f"{plan}/proposal/0", [("csrf", "wrong"), ("rev", hidden["rev"]), ("answer", "x")], 403
    )
    assert message("web.csrf-title", "sv") in forged.text
    person.get(f"/plans/{'0' * 20}/proposal/0", 404)


def test_hostile_texts_in_a_proposal_stay_inert(person: Person, folder: Path) -> None:
    path, plan = put_plan(folder)
    hostile = dict(ANSWERS, name=PAYLOAD[:200], rhythm=PAYLOAD[:200], reason=PAYLOAD[:500])
    hostile["responsible_role"] = PAYLOAD[:120]
    answer_all(person, plan, path, hostile)
    for html in (person.get(plan).text, person.get(f"{plan}/proposal/1").text):
        assert "<script" not in html and "<img" not in html and "\u202e" not in html
