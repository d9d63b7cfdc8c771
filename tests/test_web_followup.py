"""The follow-up in the web app through Starlette's test client: the plan's follow-ups, a new one
(with the account's address first when the CLI would ask it), the plan's blockers and conditions
and the follow-up questions one per page, the review, the result and the report; CSRF, stale
saves, unknown ids, hostile texts; and the same files as `somplan followup` in both directions."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.followup_verdict import followup_verdict, items_of
from somplan.content import answers
from somplan.content.followup import FollowupContent, load_followup
from somplan.content.model import Question
from somplan.errors import handled
from somplan.exitcodes import ExitCode
from somplan.text.i18n import message

from .common import ROOT
from .fakes import WizardScript
from .test_web import PAYLOAD
from .tools import require
from .web_client import Person, form_value, scripted, shipped_content

EXAMPLES = ROOT / "examples" / "answers"
#: Approved with conditions, no address recorded: the address is asked; 4 verdict conditions
#: and 2 of the decision's own.
APPROVED = "planning_office_detailed_plan"
#: No decision: blockers and conditions only, no address asked.
UNDECIDED = "crisis_information"

_FOLLOWUP: list[FollowupContent] = []


def followup_content() -> FollowupContent:
    if not _FOLLOWUP:
        _FOLLOWUP.append(load_followup())
    return _FOLLOWUP[0]


def put_plan(folder: Path, example: str = APPROVED, name: str = "planen.yaml") -> Path:
    target = folder / name
    shutil.copy(EXAMPLES / f"{example}.yaml", target)
    return target


def plan_url(person: Person, path: Path) -> str:
    """The plan's page, as the list of plans links it."""
    from somplan.web.plans import plan_id

    url = f"/plans/{plan_id(path)}"
    assert f'href="{url}"' in person.get("/").text
    return url


def escape(text: str) -> str:
    from markupsafe import escape as html_escape

    return str(html_escape(text))


def followups_of(plan: Path) -> list[Path]:
    return sorted(plan.parent.glob(f"{plan.stem}.followup-*.yaml"))


def start(person: Person, plan: str, address: str | None = None) -> str:
    """Start a follow-up from the plan's follow-ups page; the address of its first question."""
    listing = person.get(plan + "/followups")
    sent = person.submit(listing, [])
    location = str(sent.headers["location"])
    if "/address" in location:
        page = person.get(location)
        fields = [("url", address)] if address else [("later", "1")]
        location = str(person.submit(page, fields).headers["location"])
    return location


def item_value(n: int) -> str:
    """The answer to the plan's n-th item: solved, not solved, don't know in turn."""
    return ("resolved", "open", "unknown")[n % 3]


def walk(
    person: Person,
    url: str,
    answer: Callable[[Question], Any] = scripted,
    stop: Callable[[str], bool] = lambda url: False,
    limit: int = 60,
) -> str:
    """Answer every item and question from ``url`` on until the app sends the person elsewhere
    (or ``stop`` says so)."""
    flow = followup_content().flow
    for _ in range(limit):
        if stop(url):
            return url
        item = re.search(r"/items/(\d+)", url)
        qid = re.search(r"/questions/([a-z0-9_]+)", url)
        if item is not None:
            fields = [("answer", item_value(int(item.group(1))))]
        elif qid is not None:
            question = flow.question(qid.group(1))
            assert question is not None
            fields = form_value(question, answer(question))
        else:
            return url.split("#")[0]
        page = person.get(url)
        url = str(person.submit(page, fields).headers["location"])
    raise AssertionError("the follow-up did not end")


def finish(person: Person, review_url: str) -> str:
    """Confirm the review; the result's address."""
    assert review_url.endswith("/review"), review_url
    review = person.get(review_url)
    return str(person.submit(review, []).headers["location"])


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- a whole follow-up ------------------------------------------------------------------------


def test_a_whole_followup_asks_the_address_each_item_and_question_and_shows_the_verdict(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder)
    plan = plan_url(person, plan_path)
    page = person.get(plan)
    assert f'href="{plan}/followups"' in page.text  # the plan's page links its follow-ups
    listing = person.get(plan + "/followups")
    assert message("web-followup.none", "sv") in listing.text
    sent = person.submit(listing, [])
    assert sent.headers["location"] == f"{plan}/followups/address#question"
    assert followups_of(plan_path) == []  # the address comes first, nothing written yet

    ask = person.get(f"{plan}/followups/address")
    assert message("followup-opened.intro", "sv") in text_of(ask.text)
    first = str(
        person.submit(ask, [("url", "https://example.se/planavdelningen")]).headers["location"]
    )
    saved_plan = answers.load(plan_path, shipped_content().flow)
    assert saved_plan.opened is not None
    assert saved_plan.opened.url == "https://example.se/planavdelningen"  # written into the plan

    assert re.search(r"/followups/[0-9a-f]{20}/items/0#question$", first), first
    item_page = person.get(first)
    items = items_of(followup_content().plan, saved_plan)
    assert len(items) == 6 and items[-1].kind == "decision"
    shown = text_of(item_page.text)
    assert escape(items[0].text.sv) in item_page.text
    parts = len(followup_content().flow.sections) + 1  # the items are a part of their own
    heading = message("followup-items.heading", "sv")
    assert message("wizard.section", "sv", number=1, count=parts, title=heading) in shown
    assert "Fråga 1 ·" in shown
    for label in ("Ja, det är löst", "Nej, inte än", "Vet inte"):
        assert label in item_page.text
    assert 'type="radio"' in item_page.text and "<fieldset" in item_page.text

    first_question = walk(person, first, stop=lambda url: "/questions/" in url)
    shown = text_of(person.get(first_question).text)
    assert "Fråga 7 ·" in shown  # after the plan's six items
    title = followup_content().flow.sections[0].title.sv
    assert message("wizard.section", "sv", number=2, count=parts, title=title) in shown
    review = walk(person, first_question)
    assert review.endswith("/review")
    review_page = person.get(review)
    assert message("followup-items.heading", "sv") in review_page.text
    assert review_page.text.count(message("followup-items.state-open", "sv")) == 2
    result = finish(person, review)
    assert result.endswith("/result#question")

    [path] = followups_of(plan_path)
    assert re.fullmatch(r"planen\.followup-\d{8}\.yaml", path.name)
    record = answers.load(path, followup_content().flow)
    assert record.complete
    assert [c.state for c in record.plan_items] == [item_value(n) for n in range(6)]
    assert record.follows is not None and record.follows.path == "planen.yaml"
    verdict = followup_verdict(followup_content(), saved_plan, record)

    result_page = person.get(result)
    assert message(f"followup.outcome-{verdict.outcome}", "sv") in result_page.text.lower()
    assert verdict.title.get("sv") in result_page.text
    report_url = re.search(r'href="([^"]+/report)"', result_page.text)
    assert report_url is not None
    report = person.get(report_url.group(1))
    # The same document as `somplan followup --report --format html`, its styles linked.
    assert message("followup.title", "sv") in report.text
    assert verdict.title.get("sv") in report.text
    assert '<link rel="stylesheet" href="/static/somplan.css">' in report.text
    assert "<style" not in report.text and " style=" not in report.text
    assert message("followup-items.heading", "sv") in report.text

    listing = person.get(plan + "/followups")
    assert message("web-followup.dated", "sv", date=date.today().isoformat()) in listing.text
    assert message(
        "web-followup.outcome", "sv", outcome=message(f"followup.outcome-{verdict.outcome}", "sv")
    ) in text_of(listing.text)
    # No page needs inline code or style that the Content-Security-Policy would have to allow.
    assert len(person.pages) > 20
    for html in person.pages:
        assert "<script" not in html and "<style" not in html and " style=" not in html


def test_the_report_in_the_browser_is_the_document_the_terminal_writes(
    person: Person, folder: Path, tmp_path: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    result = finish(person, walk(person, start(person, plan)))
    report = person.get(result.replace("/result#question", "/report"))
    [path] = followups_of(plan_path)
    from somplan.commands.followup import run_followup

    written = tmp_path / "rapport.html"
    code = handled(
        lambda: run_followup(plan_path, path, None, "sv", report=True, fmt="html", output=written),
        "sv",
    )
    assert code == 0
    terminal = written.read_text(encoding="utf-8")

    def main_of(html: str) -> str:
        found = re.search(r"<main.*</main>", html, re.S)
        assert found is not None
        return found.group(0)

    assert main_of(report.text) == main_of(terminal)
    assert "<style>" in terminal and ".run-on" in terminal  # the print rule is still inline there
    css = person.get("/static/somplan.css").text
    assert "main > section.run-on { break-before: auto; }" in css  # and linked here


def test_an_undecided_plan_asks_no_address(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    listing = person.get(plan + "/followups")
    sent = person.submit(listing, [])
    assert "/items/0" in sent.headers["location"]
    # The address page is only for a plan that needs it.
    again = person.get(f"{plan}/followups/address", 303)
    assert again.headers["location"] == f"{plan}/followups#question"
    assert answers.load(plan_path, shipped_content().flow).opened is None


def test_the_address_can_wait_and_a_bad_one_is_shown_at_its_field(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder)
    plan = plan_url(person, plan_path)
    before = plan_path.read_bytes()
    ask = person.get(f"{plan}/followups/address")
    refused = person.submit(ask, [("url", "planavdelningen på fejan")], 422)
    assert 'aria-invalid="true"' in refused.text and 'id="error-summary"' in refused.text
    assert 'href="#url"' in refused.text
    assert 'value="planavdelningen på fejan"' in refused.text  # what was typed is kept
    assert message("followup-opened.bad-url", "sv", value="planavdelningen på fejan") in (
        refused.text
    )
    too_long = person.submit(ask, [("url", "https://x.se/" + "a" * 2100)], 422)
    assert "2000" in too_long.text
    assert plan_path.read_bytes() == before and followups_of(plan_path) == []
    later = person.submit(ask, [("url", "https://x.se"), ("later", "1")])
    assert "/items/0" in later.headers["location"]
    assert plan_path.read_bytes() == before  # no address written
    assert len(followups_of(plan_path)) == 1


def test_a_stale_plan_refuses_the_address(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder)
    plan = plan_url(person, plan_path)
    ask = person.get(f"{plan}/followups/address")
    record = answers.load(plan_path, shipped_content().flow)
    record.unit = "Planavdelningen (ändrad i terminalen)"
    answers.save(plan_path, record)
    refused = person.submit(ask, [("url", "https://example.se/a")], 409)
    assert message("web.stale-title", "sv") in refused.text
    assert "https://example.se/a" in refused.text  # what was sent is shown
    assert f'href="{plan}/followups/address"' in refused.text  # the way back is to the form
    assert answers.load(plan_path, shipped_content().flow).opened is None
    assert followups_of(plan_path) == []


def test_a_note_sent_to_a_followup_removed_meanwhile_shows_what_was_typed(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    first = start(person, plan)
    notes = walk(person, first, stop=lambda url: "/questions/notes" in url)
    assert "/questions/notes" in notes, notes
    page = person.get(notes)
    (made,) = followups_of(plan_path)
    made.unlink()  # removed (by a colleague, or by hand) while the page was open
    typed = "Vi har fått många frågor om öppettider i kommentarerna."
    gone = person.submit(page, [("answer", typed)], 404)
    assert message("web.no-followup-title", "sv") in gone.text
    assert f'<blockquote class="typed">{typed}</blockquote>' in gone.text


def test_start_pressed_twice_makes_one_followup_and_a_new_one_after_answers(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    listing = person.get(plan + "/followups")
    first = person.submit(listing, []).headers["location"]
    again = person.submit(listing, []).headers["location"]  # the same form sent twice
    assert again == first and len(followups_of(plan_path)) == 1
    person.submit(person.get(first), [("answer", "resolved")])
    second = person.submit(listing, []).headers["location"]
    assert second.split("/items/")[0] != first.split("/items/")[0]
    assert len(followups_of(plan_path)) == 2  # PLAN.followup-DATE.yaml and …-2.yaml
    assert [p.name.endswith("-2.yaml") for p in followups_of(plan_path)].count(True) == 1


def test_two_people_starting_a_followup_at_once_make_one_file(folder: Path) -> None:
    """Two requests that start a follow-up at the same instant (two people, two tabs) make
    one file: the check for an empty one begun today and the new file share one lock."""
    import threading

    from somplan.web.followups import Followups
    from somplan.web.plans import Plans, plan_id

    plan_path = put_plan(folder, UNDECIDED)
    flow = shipped_content().flow
    plan = Plans(folder, flow).load(plan_id(plan_path))
    gate = threading.Barrier(6)
    made: list[str] = []

    def press() -> None:
        gate.wait()
        made.append(Followups(plan, flow).create(plan.record, "sv", date.today()).id)

    threads = [threading.Thread(target=press) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(followups_of(plan_path)) == 1
    assert len(set(made)) == 1 and len(made) == 6


def test_back_and_change_from_the_review(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    first = start(person, plan)
    page = person.get(first)
    assert f'href="{plan}/followups"' in page.text  # back from the first item: the list
    second = str(person.submit(page, [("answer", "resolved")]).headers["location"])
    assert "/items/1" in second
    assert re.search(r'class="back" href="[^"]+/items/0#question"', person.get(second).text)
    after_items = walk(person, first, stop=lambda url: "/questions/" in url)
    question = person.get(after_items)
    assert re.search(r'class="back" href="[^"]+/items/2#question"', question.text)
    review = walk(person, after_items)
    rows = person.get(review)
    change_item = re.search(r'href="([^"]+/items/0\?change=1#question)"', rows.text)
    assert change_item is not None
    changing = person.get(change_item.group(1).replace("&amp;", "&"))
    assert message("wizard.changing", "sv") in changing.text
    assert f'href="{review}"' in changing.text
    assert re.search(r'value="resolved" checked', changing.text)  # the saved answer shown
    back = person.submit(changing, [("answer", "open")])
    assert back.headers["location"].endswith("/review#question")
    [path] = followups_of(plan_path)
    record = answers.load(path, followup_content().flow)
    assert record.plan_items[0].state == "open" and len(record.plan_items) == 3
    change_q = re.search(r'href="([^"]+/questions/account_active\?change=1#question)"', rows.text)
    assert change_q is not None
    page = person.get(change_q.group(1))
    person.submit(page, [("answer", "quiet")])
    record = answers.load(path, followup_content().flow)
    assert record.answers["account_active"] == "quiet"


def test_an_answer_not_given_is_shown_at_its_field(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    first = start(person, plan)
    page = person.get(first)
    before = followups_of(plan_path)[0].read_bytes()
    refused = person.submit(page, [], 422)
    assert 'id="error-summary"' in refused.text and 'href="#answer-0"' in refused.text
    assert followups_of(plan_path)[0].read_bytes() == before
    question = walk(person, first, stop=lambda url: "/questions/" in url)
    refused = person.submit(person.get(question), [("answer", "no-such-choice")], 422)
    assert 'id="error-summary"' in refused.text


def test_the_pages_speak_english_with_lang_en(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder)
    plan = plan_url(person, plan_path)
    listing = person.get(plan + "/followups?lang=en")
    assert message("web-followup.new-title", "en") in listing.text
    ask = person.get(f"{plan}/followups/address")
    assert escape(message("web-followup.address-title", "en")) in ask.text
    first = str(person.submit(ask, [("later", "1")]).headers["location"])
    item = person.get(first)
    assert "Yes, it is solved" in item.text and 'lang="en"' in item.text


def test_the_result_and_report_in_english_and_a_plan_changed_since_is_said(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    result = finish(person, walk(person, start(person, plan)))
    page = person.get(result)
    assert message("followup.plan-changed-resume", "sv", plan="planen.yaml") not in page.text
    record = answers.load(plan_path, shipped_content().flow)
    record.unit = "Krisledningen"
    answers.save(plan_path, record)  # the plan changed after the follow-up
    page = person.get(result.split("#")[0] + "?lang=en")
    assert message("followup.plan-changed-resume", "en", plan="planen.yaml") in page.text
    assert message("followup.verdict", "en") in page.text
    report = person.get(result.replace("/result#question", "/report"))
    assert message("followup.title", "en") in report.text and 'lang="en"' in report.text


def test_the_report_as_pdf_when_the_pdf_extra_is_there(
    person: Person, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    result = finish(person, walk(person, start(person, plan)))
    pdf_url = result.replace("/result#question", "/report.pdf")
    from somplan.web import followup_result_views

    monkeypatch.setattr(followup_result_views, "pdf_available", lambda: False)
    assert pdf_url not in person.get(result).text
    assert message("web.no-pdf-title", "sv") in person.get(pdf_url, 404).text
    monkeypatch.undo()
    from somplan.web.pages import pdf_available

    require(pdf_available(), "WeasyPrint (the pdf extra)")
    assert f'href="{pdf_url}"' in person.get(result).text
    sent = person.get(pdf_url)
    assert sent.headers["content-type"] == "application/pdf"
    assert sent.content.startswith(b"%PDF")
    [path] = followups_of(plan_path)
    assert f'filename="{path.stem}.pdf"' in sent.headers["content-disposition"]


# --- what is refused --------------------------------------------------------------------------


def test_every_post_needs_its_csrf_token(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder)
    plan = plan_url(person, plan_path)
    first = start(person, plan, "https://example.se/x")
    base = first.split("/items/")[0]
    before = {p: p.read_bytes() for p in folder.iterdir()}
    rev = re.search(r'name="rev" value="([^"]+)"', person.get(first).text)
    assert rev is not None
    for url, fields in (
        (f"{plan}/followups", []),
        (f"{plan}/followups/address", [("url", "https://example.se/y")]),
        (f"{base}/items/0", [("answer", "resolved")]),
        (f"{base}/questions/account_active", [("answer", "active")]),
        (f"{base}/review", []),
    ):
        for csrf in (None, "forged"):
            sent = [("rev", rev.group(1)), *fields]
            if csrf is not None:
                sent.append(("csrf", csrf))
            refused = person.post(url, sent, status=403)
            assert message("web.csrf-title", "sv") in refused.text
    assert {p: p.read_bytes() for p in folder.iterdir()} == before


def test_a_stale_answer_is_refused_and_the_followup_as_it_is_now_shown(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    first = start(person, plan)
    tab_one = person.get(first)
    tab_two = person.get(first)
    person.submit(tab_one, [("answer", "open")])
    [path] = followups_of(plan_path)
    saved = path.read_bytes()
    refused = person.submit(tab_two, [("answer", "resolved")], 409)
    assert message("web-followup.stale-title", "sv") in refused.text
    assert message("followup-items.state-open", "sv") in refused.text  # what the other tab saved
    assert message("followup-items.state-resolved", "sv") in refused.text  # what was sent
    assert path.read_bytes() == saved  # never a silent overwrite
    # The same answer sent twice (a double click) is no conflict.
    again = person.submit(tab_one, [("answer", "open")])
    assert "/items/1" in again.headers["location"]
    # The terminal saved the follow-up meanwhile: the page's revision is old.
    page = person.get(again.headers["location"])
    record = answers.load(path, followup_content().flow)
    record.answers["account_active"] = "dormant"
    answers.save(path, record)
    refused = person.submit(page, [("answer", "unknown")], 409)
    assert "Vilande" in refused.text
    confirm_early = person.post(
        first.split("/items/")[0] + "/review",
        [("csrf", re.findall(r'name="csrf" value="([^"]+)"', page.text)[0]), ("rev", "0")],
    )
    assert "/items/1" in confirm_early.headers["location"]  # nothing to confirm yet


def test_unknown_plans_followups_items_and_questions_are_not_found(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    other_path = put_plan(folder, APPROVED, "annan.yaml")
    plan = plan_url(person, plan_path)
    other = plan_url(person, other_path)
    first = start(person, plan)
    base = first.split("/items/")[0]
    fid = base.rsplit("/", 1)[1]
    for url in (
        "/plans/0123456789abcdef0123/followups",
        f"{plan}/followups/0123456789abcdef0123",
        f"{plan}/followups/0123456789abcdef0123/review",
        f"{other}/followups/{fid}",  # another plan's follow-up is not reached through this one
        f"{base}/items/3",
        f"{base}/items/99",
        f"{base}/questions/no_such_question",
        f"{plan}/followups/..%2F..%2Fplanen.yaml",
        f"{plan}/followups/{fid}/report/../../../annan.yaml",
    ):
        refused = person.get(url, 404)
        assert "<h1" in refused.text
    assert (
        message("web.no-followup-title", "sv")
        in person.get(f"{plan}/followups/0123456789abcdef0123", 404).text
    )


def test_a_followup_file_that_is_not_valid_is_said_so_and_an_unreadable_one_left_out(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    plan = plan_url(person, plan_path)
    first = start(person, plan)
    [path] = followups_of(plan_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("answers: {}", "answers: {account_active: sleeping}"), "utf-8")
    assert "sleeping" in path.read_text(encoding="utf-8")
    broken = person.get(first, 422)
    assert message("web-followup.invalid-title", "sv") in broken.text
    assert "sleeping" in broken.text  # which answer, in which file
    assert "/items/" not in person.get(plan + "/followups").text  # not listed
    path.write_text(text + "answers: [not, a, mapping\n", "utf-8")  # not even YAML
    assert "/items/" not in person.get(plan + "/followups").text
    person.get(first, 404)
    assert path.read_text(encoding="utf-8").endswith("mapping\n")  # left as it was


def test_hostile_texts_in_the_plan_and_the_answers_stay_inert(person: Person, folder: Path) -> None:
    plan_path = put_plan(folder)
    data = yaml.safe_load(plan_path.read_text(encoding="utf-8"))
    data["unit"] = "Planavdelningen " + PAYLOAD
    data["decision"]["conditions"] = [PAYLOAD, "Ett villkor \u202eomvänt\u202c"]
    plan_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    plan = plan_url(person, plan_path)
    ask = person.get(f"{plan}/followups/address")
    hostile_url = 'https://example.se/"><script>x</script>'
    refused = person.submit(ask, [("url", hostile_url)], 422)
    first = str(person.submit(ask, [("later", "1")]).headers["location"])
    review = walk(person, first, answer=lambda q: PAYLOAD if q.kind == "text" else scripted(q))
    pages = [refused, person.get(plan + "/followups"), person.get(review)]
    for n in (4, 5):
        pages.append(person.get(first.replace("/items/0", f"/items/{n}")))
    result = finish(person, review)
    pages += [person.get(result), person.get(result.replace("/result#question", "/report"))]
    for page in pages:
        html = page.text
        assert "<script" not in html and "<img" not in html and "<style>@import" not in html
        assert "\u202e" not in html  # the bidi override shown as an escape, not obeyed
    assert "&lt;script&gt;" in pages[-1].text and "&lt;script&gt;" in pages[3].text


# --- the same files as the terminal, both ways ------------------------------------------------


def terminal(plan: Path, script: WizardScript, answers_path: Path | None = None) -> int:
    from somplan.commands.followup import run_followup

    return handled(
        lambda: run_followup(
            plan,
            answers_path,
            None,
            "sv",
            make_prompter=lambda lang: script,
            is_terminal=lambda: True,
            today=date.today(),
        ),
        "sv",
    )


def by_question(question: Question, current: Any, progress: Any) -> Any:
    return scripted(question)


def test_a_followup_begun_in_the_browser_is_finished_in_the_terminal(
    person: Person, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = put_plan(folder)
    plan = plan_url(person, plan_path)
    first = start(person, plan, "https://example.se/planavdelningen")
    walk(person, first, stop=lambda url: url.endswith("/questions/watched#question"))
    [path] = followups_of(plan_path)
    begun = answers.load(path, followup_content().flow)
    assert not begun.complete and list(begun.answers) == ["account_active", "posting"]

    # `somplan followup PLANFILE` offers the unfinished follow-up beside the plan and resumes it.
    script = WizardScript([by_question] * 40)
    assert terminal(plan_path, script) == ExitCode.OK
    out = capsys.readouterr().out
    assert "followup.resume-offer" in script.confirmed
    assert script.chose == []  # every item was answered in the browser
    assert script.ids[0] == "watched"  # resumed at the first question not answered
    assert followups_of(plan_path) == [path]
    record = answers.load(path, followup_content().flow)
    assert record.complete
    assert [c.state for c in record.plan_items] == [item_value(n) for n in range(6)]
    assert record.answers["account_active"] == begun.answers["account_active"]
    verdict = followup_verdict(
        followup_content(), answers.load(plan_path, shipped_content().flow), record
    )
    assert verdict.title.get("sv") in out
    # The browser shows it finished, with the same verdict.
    listing = person.get(plan + "/followups")
    assert message(f"followup.outcome-{verdict.outcome}", "sv") in listing.text
    assert message("web-followup.unfinished", "sv") not in listing.text


def test_a_followup_begun_in_the_terminal_is_finished_in_the_browser(
    person: Person, folder: Path
) -> None:
    plan_path = put_plan(folder, UNDECIDED)
    script = WizardScript([by_question, by_question, KeyboardInterrupt], chooses=[0, 1, 2])
    assert terminal(plan_path, script) == ExitCode.INTERRUPTED
    [path] = followups_of(plan_path)
    begun = answers.load(path, followup_content().flow)
    assert not begun.complete and len(begun.plan_items) == 3

    plan = plan_url(person, plan_path)
    listing = person.get(plan + "/followups")
    assert message("web-followup.unfinished", "sv") in listing.text
    go_on = re.search(r'<a href="([^"]+)">' + message("web-followup.continue", "sv"), listing.text)
    assert go_on is not None
    nxt = go_on.group(1)
    assert nxt.endswith("/questions/watched#question")  # after the two answered
    review = walk(person, nxt)
    result = finish(person, review)
    assert followups_of(plan_path) == [path]
    record = answers.load(path, followup_content().flow)
    assert record.complete
    assert [c.state for c in record.plan_items] == ["resolved", "open", "unknown"]
    verdict = followup_verdict(
        followup_content(), answers.load(plan_path, shipped_content().flow), record
    )
    assert verdict.title.get("sv") in person.get(result).text
