"""The manager's decision and the account's opening and closing in the web app, through
Starlette's test client: the same decision in the file as `somplan decide` writes, every error at
its field with what was typed kept, the incomplete plan's box, a new decision replacing the old
(kept in the history), stale saves, CSRF, unknown plans, hostile texts, and the account's address
and closing day."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from somplan.assessment.decision import answers_digest
from somplan.content import answers
from somplan.text.i18n import message

from .common import ROOT, Run, followup_beside
from .test_web import PAYLOAD
from .web_client import Person, hidden_fields, put_plan, shipped_content

EXAMPLES = ROOT / "examples" / "answers"


DECISION = [
    ("outcome", "approved_with_conditions"),
    ("by_role", "Rektor"),
    ("by_name", "Eva Ek"),
    ("day", "2027-01-15"),
    ("reference", "BUN 2027/12"),
    ("conditions", "Samtycke till bilder innan start\r\nEn ersättare utsedd\r\n"),
    ("note", "Följs upp i maj."),
]


def saved(path: Path) -> answers.AnswersFile:
    return answers.load(path, shipped_content().flow)


def test_a_decision_is_written_as_somplan_decide_writes_it(
    person: Person, folder: Path, run: Run
) -> None:
    path, plan = put_plan(folder)
    page = person.get(f"{plan}/decision")
    # The verdict's conditions are there to keep, change or remove; today's date is suggested.
    report = json.loads(run("report", str(path), "-f", "json", lang="sv").stdout)
    conditions = [c["text"] for c in report["verdict"]["conditions"]]
    assert conditions and all(c in page.text for c in conditions)
    assert f'value="{date.today().isoformat()}"' in page.text
    done = person.submit(page, DECISION)
    assert done.headers["location"] == f"{plan}#decision"
    record = saved(path)
    decision = record.decision
    assert decision is not None
    assert (decision.outcome, decision.by.role, decision.by.name) == (
        "approved_with_conditions",
        "Rektor",
        "Eva Ek",
    )
    assert (decision.date, decision.reference, decision.note) == (
        "2027-01-15",
        "BUN 2027/12",
        "Följs upp i maj.",
    )
    assert decision.conditions == ["Samtycke till bilder innan start", "En ersättare utsedd"]
    # Bound to these answers, with their copy (what `diff --since-decision` compares against).
    assert decision.answers_digest == answers_digest(record)
    assert decision.basis is not None and decision.basis.answers
    shown = json.loads(run("report", str(path), "-f", "json").stdout)["decision"]
    assert shown["state"] == "decided" and shown["applies_to_earlier_version"] is False
    overview = person.get(plan).text
    assert "Godkänt med villkor 2027-01-15 av Rektor, dnr BUN 2027/12" in overview
    assert message("web-decision.record-new", "sv") in overview


def test_every_error_at_its_field_and_nothing_typed_is_lost(person: Person, folder: Path) -> None:
    path, plan = put_plan(folder)
    before = path.read_bytes()
    page = person.get(f"{plan}/decision")
    many = "\n".join(f"Villkor {n}" for n in range(31))
    refused = person.submit(
        page,
        [("by_role", ""), ("by_name", "Eva"), ("day", "15/1 2027"), ("conditions", many)],
        status=422,
    )
    html = refused.text
    for name, key in (
        ("outcome", "web-decision.need-outcome"),
        ("by_role", "web-decision.need-role"),
        ("conditions", "web-decision.too-many-conditions"),
    ):
        text = message(key, "sv", max=30, count=31)
        assert f'<a href="#{name}">{text}</a>' in html  # in the summary, linked to the field
        assert f'id="{name}-error" class="error-message">{text}' in html
    assert message("web-decision.bad-day", "sv", value="15/1 2027") in html
    assert 'id="day" name="day" value="15/1 2027"' in html  # kept as typed
    assert 'value="Eva"' in html and "Villkor 30" in html
    assert 'aria-invalid="true"' in html
    assert path.read_bytes() == before
    # Over a limit: the limit named.
    long = person.submit(page, [*DECISION[:1], ("by_role", "R" * 121), *DECISION[2:]], status=422)
    assert message("answer.text-too-long", "sv", max=120, length=121) in long.text


def test_an_incomplete_plan_is_decided_only_with_the_box_ticked(
    person: Person, folder: Path
) -> None:
    url = person.new_plan("Biblioteket")
    plan = url.split("/questions/")[0]
    page = person.get(f"{plan}/decision")
    assert message("web-decision.incomplete", "sv") in page.text
    refused = person.submit(page, DECISION, status=422)
    assert message("web-decision.need-incomplete", "sv") in refused.text
    person.submit(page, [*DECISION, ("incomplete", "yes")])
    (path,) = folder.glob("*.yaml")
    decision = saved(path).decision
    assert decision is not None and decision.allow_incomplete is True


def test_a_new_decision_replaces_the_old_which_is_kept_in_the_history(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    person.submit(person.get(f"{plan}/decision"), [("outcome", "sent_back"), *DECISION[1:]])
    first = saved(path).decision
    assert first is not None and first.outcome == "sent_back"
    assert first.conditions == []  # only an approval carries conditions
    page = person.get(f"{plan}/decision")
    assert "Återremitterat 2027-01-15 av Rektor" in page.text  # what the new one replaces
    person.submit(page, [("outcome", "approved"), *DECISION[1:]])
    record = saved(path)
    assert record.decision is not None and record.decision.outcome == "approved"
    assert [d.outcome for d in record.history] == ["sent_back"]


def test_a_stale_decision_is_refused_with_what_was_typed(person: Person, folder: Path) -> None:
    path, plan = put_plan(folder)
    page = person.get(f"{plan}/decision")
    other = person.get(f"{plan}/unit")
    person.submit(other, [("unit", "Skolan, föräldrar")])  # the plan changes meanwhile
    after = path if path.exists() else next(folder.glob("*.yaml"))
    before = after.read_bytes()
    refused = person.submit(page, DECISION, status=409)
    assert message("web.stale-title", "sv") in refused.text
    assert "BUN 2027/12" in refused.text  # what was typed, to copy
    assert re.search(r'href="/plans/[0-9a-f]{20}/decision"', refused.text)
    assert after.read_bytes() == before


def test_a_decision_sent_to_a_plan_gone_meanwhile_shows_what_was_typed(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    page = person.get(f"{plan}/decision")
    path.rename(folder / "flyttad.yaml")  # moved away (or renamed) while the form was open
    gone = person.submit(page, DECISION, status=404)
    assert message("web.no-plan-title", "sv") in gone.text
    typed = re.search(r'<blockquote class="typed">([^<]*)</blockquote>', gone.text)
    assert typed is not None
    shown = typed.group(1)
    for wanted in ("Rektor", "Eva Ek", "BUN 2027/12", "Samtycke till bilder innan start"):
        assert wanted in shown
    outcome = message("decision.outcome.approved_with_conditions", "sv")
    assert outcome in shown and "approved_with_conditions" not in shown  # by its name


def test_the_account_is_opened_and_closed(person: Person, folder: Path, run: Run) -> None:
    path, plan = put_plan(folder)
    person.submit(person.get(f"{plan}/decision"), DECISION)
    page = person.get(f"{plan}/account")
    bad = person.submit(page, [("url", "instagram.com/skolan"), ("opened_day", "2027-02-01")], 422)
    assert message("web-decision.bad-url", "sv") in bad.text
    assert 'value="instagram.com/skolan"' in bad.text
    person.submit(page, [("url", "https://www.instagram.com/skolan"), ("opened_day", "2027-02-01")])
    record = saved(path)
    assert record.opened is not None and record.opened.url == "https://www.instagram.com/skolan"
    assert "https://www.instagram.com/skolan" in person.get(plan).text
    page = person.get(f"{plan}/account")
    hidden = list(hidden_fields(page.text).items())  # the second form's, the same fields
    refused = person.post(f"{plan}/account/closed", [*hidden, ("closed_day", "sen")], 422)
    assert message("web-decision.bad-day", "sv", value="sen") in refused.text
    assert 'id="closed_day" name="closed_day" value="sen"' in refused.text
    person.post(f"{plan}/account/closed", [*hidden, ("closed_day", "2028-06-30")])
    assert saved(path).closed == "2028-06-30"
    public = run("register", str(folder), "--public", "-f", "csv")
    assert "instagram.com/skolan" not in public.stdout  # closed: off the public list


def test_closing_says_what_the_latest_followup_recommended_and_can_be_undone(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    person.submit(person.get(f"{plan}/decision"), DECISION)
    page = person.get(f"{plan}/account").text
    assert message("web-decision.close-no-followup", "sv") in page  # said before closing
    followup_beside(folder, "thriving.yaml", "skolan.followup.yaml", path.name)
    page = person.get(f"{plan}/account").text
    found = re.search(r"den senaste uppföljningen \((\d{4}-\d{2}-\d{2})\) föreslog inte", page)
    assert found is not None, page
    assert message("followup.outcome-continue", "sv") in page
    followup_beside(folder, "project_ended.yaml", "skolan.followup-2.yaml", path.name)
    page = person.get(f"{plan}/account")
    assert "föreslog att kontot avslutas" in page.text
    hidden = list(hidden_fields(page.text).items())
    person.post(f"{plan}/account/closed", [*hidden, ("closed_day", "2028-06-30")])
    assert saved(path).closed == "2028-06-30"
    # Recorded by mistake: undone in the browser, as the terminal's users edit the file.
    page = person.get(f"{plan}/account")
    assert message("web-decision.reopen", "sv") in page.text
    person.post(f"{plan}/account/reopened", list(hidden_fields(page.text).items()))
    assert saved(path).closed is None
    assert message("web-decision.closed-intro", "sv") in person.get(f"{plan}/account").text


def test_a_decision_from_the_terminal_shows_on_the_plans_page(
    person: Person, folder: Path, run: Run
) -> None:
    path, plan = put_plan(folder)
    result = run("decide", str(path), "--outcome", "declined", "--by-role", "Förvaltningschef",
                 "--date", "2027-03-01")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Avslaget 2027-03-01 av Förvaltningschef" in person.get(plan).text


def test_every_post_needs_its_csrf_token_and_unknown_plans_are_not_found(
    person: Person, folder: Path
) -> None:
    path, plan = put_plan(folder)
    before = path.read_bytes()
    for action, fields in (
        ("/decision", DECISION),
        ("/account/opened", [("url", "https://a.example"), ("opened_day", "2027-01-01")]),
        ("/account/closed", [("closed_day", "2027-01-01")]),
        ("/account/reopened", []),
    ):
        refused = person.post(plan + action, [("csrf", "wrong"), *fields], status=403)
        assert message("web.csrf-title", "sv") in refused.text
    assert path.read_bytes() == before
    for page in ("/decision", "/account"):
        person.get(f"/plans/{'0' * 20}{page}", 404)


def test_hostile_texts_in_a_decision_stay_inert(person: Person, folder: Path) -> None:
    _, plan = put_plan(folder)
    fields = [
        ("outcome", "approved"),
        ("by_role", PAYLOAD[:120]),
        ("day", "2027-01-15"),
        ("reference", PAYLOAD[:200]),
        ("note", PAYLOAD),
        ("conditions", PAYLOAD),
    ]
    person.submit(person.get(f"{plan}/decision"), fields)
    for html in (person.get(plan).text, person.get(f"{plan}/decision").text):
        assert "<script" not in html and "<img" not in html and "<iframe" not in html
        assert "\u202e" not in html
