"""The web app (`somplan serve`) through Starlette's test client: every route, its happy path and
its errors; the token, CSRF, stale saves, traversal and oversize bodies; and the answers file it
writes against the one the terminal's engine writes for the same answers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan import __version__
from somplan.content import answers
from somplan.interview.engine import Engine
from somplan.text.i18n import message
from somplan.text.safetext import one_line

from .common import CORPUS, Run
from .fakes import ScriptedPrompter
from .web_client import (
    TOKEN,
    Person,
    answers_of,
    form_value,
    plan_of,
    question_id,
    require_web,
    scripted,
    shipped_content,
)

PAYLOAD = (
    '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    '<style>@import url(https://evil.example/x.css)</style> "quoted" \u202eRTL\u202c'
)


def hostile_texts() -> list[str]:
    """Texts from the hostile corpus (terminal escapes, rich markup, bidi overrides, NFD), and
    HTML that would run if it were not escaped."""
    texts = [PAYLOAD]
    for name in ("ansi-escapes.yaml", "bidi-override.yaml", "swedish-nfc-nfd.yaml"):
        path = CORPUS / "yaml" / name
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            texts.extend(str(v) for v in data.values() if isinstance(v, str))
    return texts


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "plans"


@pytest.fixture
def person(folder: Path) -> Iterator[Person]:
    require_web()
    from starlette.testclient import TestClient

    from somplan.web.app import create_app
    from somplan.web.settings import Settings

    app = create_app(Settings(data_dir=folder, token=TOKEN), shipped_content())
    with TestClient(app, follow_redirects=False) as client:
        visitor = Person(client)
        visitor.open()
        yield visitor


def walk(person: Person, url: str, answer: Any = scripted, limit: int = 80) -> str:
    """Answer every question from ``url`` on until the app sends the person elsewhere."""
    flow = shipped_content().flow
    for _ in range(limit):
        qid = question_id(url)
        if qid is None:
            return url
        question = flow.question(qid)
        assert question is not None
        url = person.answer(url, answer(question))
    raise AssertionError("the interview did not end")


def only_file(folder: Path) -> Path:
    files = sorted(folder.glob("*.yaml"))
    assert len(files) == 1, files
    return files[0]


# --- the token, the headers, the pages' own rules ---------------------------------------------


def test_every_request_needs_the_token_then_its_cookie(folder: Path) -> None:
    require_web()
    from starlette.testclient import TestClient

    from somplan.web.app import create_app
    from somplan.web.settings import Settings

    app = create_app(Settings(data_dir=folder, token=TOKEN), shipped_content())
    client = TestClient(app, follow_redirects=False)
    for url in ("/", "/static/web.css", "/plans/0123456789abcdef0123", "/?token=wrong"):
        refused = client.get(url)
        assert refused.status_code == 403
        assert message("web.no-token", "sv") in refused.text
    assert client.post("/plans", data={"unit": "x"}).status_code == 403
    assert not folder.exists()  # nothing was written
    opened = client.get(f"/?token={TOKEN}&lang=en")
    assert opened.status_code == 303
    assert opened.headers["location"] == "/?lang=en"  # the token leaves the address
    cookie = opened.headers["set-cookie"]
    assert f"somplan_token={TOKEN}" in cookie
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
    assert client.get("/").status_code == 200


def test_every_response_carries_a_csp_without_inline_code(person: Person) -> None:
    first = person.new_plan("Biblioteket")
    responses = [
        person.get("/"),
        person.get(first),
        person.get("/static/somplan.css"),
        person.get("/nowhere", 404),
        person.get(f"/plans/{plan_of(first)}"),
        person.get(f"/plans/{plan_of(first)}/report"),
    ]
    for response in responses:
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        if response.headers["content-type"].startswith("text/html"):
            assert response.headers["cache-control"] == "no-store"
            html = response.text
            # Nothing inline that the policy would have to allow: no script, no style.
            assert "<script" not in html and "<style" not in html and " style=" not in html
            assert re.search(r" on[a-z]+=", html) is None


def test_a_page_in_english_when_asked_and_the_choice_is_kept(person: Person) -> None:
    assert '<html lang="sv">' in person.get("/").text
    english = person.get("/?lang=en")
    assert '<html lang="en">' in english.text and "Your plans" in english.text
    assert "somplan_lang=en" in english.headers["set-cookie"]
    assert "Your plans" in person.get("/").text  # the cookie keeps it


# --- the interview ------------------------------------------------------------------------------


def test_a_new_plan_starts_at_the_first_question_and_is_saved_at_once(
    person: Person, folder: Path
) -> None:
    first = person.new_plan("Stadsbiblioteket")
    assert question_id(first) == "goals" and first.endswith("#question")
    path = only_file(folder)
    assert path.name.startswith("stadsbiblioteket-")
    record = answers.load(path, shipped_content().flow)
    assert record.unit == "Stadsbiblioteket" and record.answers == {} and not record.complete
    page = person.get(first).text
    assert '<h1 id="question" tabindex="-1">' in page  # the heading a fragment moves focus to
    assert "<fieldset" in page and "<legend>" in page
    assert message("wizard.progress", "sv", number=1, remaining=29).split("·")[0] in page
    listed = person.get("/").text
    assert "Stadsbiblioteket" in listed and f"/plans/{plan_of(first)}" in listed


def test_a_whole_interview_writes_what_the_terminal_writes(
    person: Person, folder: Path, tmp_path: Path
) -> None:
    review = walk(person, person.new_plan("Kulturhuset"))
    assert review.endswith("/review#question")
    page = person.get(review)
    assert "Kulturhuset" in page.text and "2,5" in page.text
    done = person.submit(page, [])
    assert done.headers["location"] == f"/plans/{plan_of(review)}#question"
    web_file = only_file(folder)
    web = yaml.safe_load(web_file.read_text(encoding="utf-8"))

    # The same answers through the terminal's engine and its prompter seam.
    flow = shipped_content().flow
    record = answers.new_answers(flow, "sv")
    record.unit = "Kulturhuset"
    terminal_file = tmp_path / "terminal.yaml"
    prompter = ScriptedPrompter([lambda q, current, progress: scripted(q)] * 80)
    Engine(flow, record, prompter, lambda r: answers.save(terminal_file, r)).run()
    terminal = yaml.safe_load(terminal_file.read_text(encoding="utf-8"))

    assert web["answers"] == terminal["answers"]
    assert list(web["answers"]) == list(terminal["answers"])  # in the same order too
    assert "success_description" in web["answers"] and "permanent_page" in web["answers"]
    for key in ("kind", "format", "flow", "language", "unit", "complete"):
        assert web[key] == terminal[key], key
    assert web["complete"] is True
    # The file's own header line and layout are the terminal's (the same writer).
    assert (
        web_file.read_text(encoding="utf-8").splitlines()[0]
        == (terminal_file.read_text(encoding="utf-8").splitlines()[0])
    )
    plan_page = person.get(f"/plans/{plan_of(review)}").text
    assert message("web.status-complete", "sv") in plan_page


def test_a_plan_begun_in_the_browser_goes_on_in_the_terminal_and_back(
    person: Person, folder: Path
) -> None:
    url = person.new_plan("Fritidsgården")
    for _ in range(5):
        qid = question_id(url)
        question = shipped_content().flow.question(qid or "")
        assert question is not None
        url = person.answer(url, scripted(question))
    path = only_file(folder)
    flow = shipped_content().flow
    record = answers.load(path, flow)  # as `somplan start --answers FILE` reads it
    assert len(record.answers) == 5
    prompter = ScriptedPrompter(
        [lambda q, current, progress: scripted(q)] * 3 + [KeyboardInterrupt]
    )
    with pytest.raises(KeyboardInterrupt):
        Engine(flow, record, prompter, lambda r: answers.save(path, r)).run()
    assert prompter.ids[0] == question_id(url)  # the terminal resumes where the browser stopped
    assert len(answers_of(path)) == 8
    # Every page says where the plans are, and how to go on in the terminal.
    home = person.get("/").text
    assert str(folder) in home and "somplan start --answers FIL" in home
    # ... and the browser goes on after the terminal's three answers.
    resumed = person.get(f"/plans/{plan_of(url)}/next", 303).headers["location"]
    assert question_id(resumed) == prompter.ids[3]


def test_back_goes_to_the_previous_answer_with_it_shown(person: Person) -> None:
    first = person.new_plan("Skolan")
    second = person.answer(first, ["dialogue", "information"])
    page = person.get(second).text
    back = re.search(r'<a class="back" href="([^"]+)"', page)
    assert back is not None and question_id(back.group(1)) == "goals"
    again = person.get(back.group(1)).text
    assert re.search(r'value="dialogue" checked', again)
    assert re.search(r'value="information" checked', again)
    assert re.search(r'value="engagement" checked', again) is None
    # Going back loses nothing and answering again moves on to the same next question.
    assert question_id(person.answer(back.group(1), ["dialogue", "information"])) == question_id(
        second
    )


def test_conditions_bring_in_and_drop_follow_up_questions(person: Person, folder: Path) -> None:
    url = person.answer(person.new_plan("Äldreboendet"), ["dialogue"])
    assert question_id(url) == "main_reason"
    url = person.answer(url, "clear_need")
    assert question_id(url) == "success_measure"  # applies unless "everyone else does"
    url = person.answer(url, "measurable_goal")
    assert question_id(url) == "success_description"
    url = person.answer(url, "Fler besök")
    assert question_id(url) == "duration"
    assert "success_description" in answers_of(only_file(folder))
    # Another main reason: the follow-ups stop applying and their answers go.
    plan = plan_of(url)
    person.answer(f"/plans/{plan}/questions/main_reason", "everyone_does")
    saved = answers_of(only_file(folder))
    assert "success_measure" not in saved and "success_description" not in saved
    # An old link to a question that no longer applies leads to where the plan stands.
    moved = person.get(f"/plans/{plan}/questions/success_description", 303)
    assert question_id(moved.headers["location"]) == "duration"


@pytest.mark.parametrize(
    ("qid", "fields", "key"),
    [
        ("goals", [], "answer.required"),
        (
            "goals",
            [("answer", "everyone_does"), ("answer", "dialogue")],
            "answer.exclusive-combined",
        ),
        ("goals", [("answer", "../../etc/passwd")], "answer.not-a-choice"),
        ("main_reason", [], "answer.required"),
        ("main_reason", [("answer", "nonsense")], "answer.not-a-choice"),
        ("main_reason", [("answer", "clear_need"), ("answer", "try_new")], "web.one-choice"),
        ("hours_per_week", [("answer", "fyra")], "answer.expected-number"),
        ("hours_per_week", [("answer", "41")], "answer.out-of-range"),
        ("hours_per_week", [("answer", "")], "answer.required"),
        ("has_deputy", [("answer", "kanske")], "answer.expected-yesno"),
        ("knowledge", [("answer", "x")], "answer.expected-whole-number"),
    ],
)
def test_a_wrong_answer_is_shown_at_its_field_and_nothing_is_saved(
    person: Person, folder: Path, qid: str, fields: list[tuple[str, str]], key: str
) -> None:
    plan = plan_of(person.new_plan("Enheten"))
    before = only_file(folder).read_bytes()
    page = person.get(f"/plans/{plan}/questions/{qid}")
    refused = person.submit(page, fields, status=422)
    html = refused.text
    assert re.search(
        r'<div class="error-summary" id="error-summary" tabindex="-1" role="alert"', html
    )
    assert 'href="#answer-0"' in html  # the summary leads to the field
    assert (
        'id="answer-error"' in html
        and "answer-error" in re.findall(r'aria-describedby="([^"]+)"', html)[0]
    )
    assert "<title>Fel:" in html
    shown = re.search(r'id="answer-error" class="error-message">([^<]+)<', html)
    assert shown is not None
    if key == "answer.not-a-choice":
        assert "är inget av alternativen" in shown.group(1)
    elif key == "answer.exclusive-combined":
        assert "everyone" not in shown.group(1) or True
        assert message("answer.exclusive-combined", "sv", choice="X").split("X")[-1][:10] in html
    else:
        assert html.count(message(key, "sv", min=0, max=40).split("{")[0][:20]) >= 1
    assert only_file(folder).read_bytes() == before


def test_what_was_typed_is_shown_again_after_an_error(person: Person) -> None:
    plan = plan_of(person.new_plan("Enheten"))
    page = person.get(f"/plans/{plan}/questions/hours_per_week")
    refused = person.submit(page, [("answer", "ungefär fyra")], status=422)
    assert 'value="ungefär fyra"' in refused.text
    assert 'aria-invalid="true"' in refused.text
    # The number is taken as people write it, with the unit typed after it.
    fixed = person.submit(refused, [("answer", "2,5 timmar")])
    assert fixed.status_code == 303


def test_a_text_over_its_limit_is_refused_with_the_limit_named(person: Person) -> None:
    plan = plan_of(person.new_plan("Enheten"))
    person.answer(f"/plans/{plan}/questions/has_permanent_page", True)
    page = person.get(f"/plans/{plan}/questions/permanent_page")
    assert message("web.limit-text-max", "sv", max=300) in page.text
    assert "<textarea" in page.text and "maxlength" not in page.text  # nothing cut silently
    refused = person.submit(page, [("answer", "å" * 301)], status=422)
    assert message("answer.text-too-long", "sv", max=300, length=301) in refused.text
    assert "å" * 301 in refused.text  # kept, to shorten


def test_an_optional_choice_can_be_skipped_and_an_optional_text_left_empty(
    person: Person, folder: Path
) -> None:
    plan = plan_of(person.new_plan("Enheten"))
    person.answer(f"/plans/{plan}/questions/has_permanent_page", True)
    person.answer(f"/plans/{plan}/questions/permanent_page", None)
    saved = answers_of(only_file(folder))
    assert saved["permanent_page"] in ("", None)
    page = person.get(f"/plans/{plan}/questions/permanent_page")
    assert message("web.optional", "sv") in page.text


def test_review_lists_every_answer_and_a_change_returns_to_it(person: Person, folder: Path) -> None:
    review = walk(person, person.new_plan("Museet"))
    page = person.get(review).text
    for question in shipped_content().flow.questions():
        if question.id in answers_of(only_file(folder)):
            assert f"/questions/{question.id}?change=1" in page
    change = f"/plans/{plan_of(review)}/questions/hours_per_week?change=1"
    form = person.get(change)
    assert message("wizard.changing", "sv") in form.text
    assert 'name="change" value="1"' in form.text
    assert f'href="/plans/{plan_of(review)}/review"' in form.text  # back goes to the list
    after = person.submit(form, [("answer", "12")])
    assert after.headers["location"].endswith("/review#question")
    assert answers_of(only_file(folder))["hours_per_week"] == 12


def test_a_change_that_opens_a_question_asks_it_before_the_review(person: Person) -> None:
    review = walk(
        person,
        person.new_plan("Museet"),
        answer=lambda q: False if q.kind == "yesno" else scripted(q),
    )
    plan = plan_of(review)
    form = person.get(f"/plans/{plan}/questions/has_permanent_page?change=1")
    after = person.submit(form, [("answer", "yes")])
    assert question_id(after.headers["location"]) == "permanent_page"
    assert (
        person.get(f"/plans/{plan}/review", 303)
        .headers["location"]
        .endswith("/questions/permanent_page#question")
    )


def test_renaming_the_unit_renames_a_file_named_after_it(person: Person, folder: Path) -> None:
    plan = plan_of(person.new_plan("Gamla namnet"))
    path = only_file(folder)
    assert path.name.startswith("gamla-namnet-")
    page = person.get(f"/plans/{plan}/unit")
    assert 'value="Gamla namnet"' in page.text
    first = shipped_content().flow.questions()[0]
    old_question = person.get(f"/plans/{plan}/questions/{first.id}")  # in another tab
    too_long = person.submit(page, [("unit", "x" * 121)], status=422)
    assert message("answer.text-too-long", "sv", max=120, length=121) in too_long.text
    moved = person.submit(page, [("unit", "Nya namnet\n på två rader")])
    # As `somplan start` does: the file follows the name and keeps its date; the plan's address
    # is the new file's, and the old address no longer finds it.
    renamed = only_file(folder)
    assert renamed.name == path.name.replace("gamla-namnet", "nya-namnet-pa-tva-rader")
    assert answers.load(renamed, shipped_content().flow).unit == "Nya namnet på två rader"
    new_id = plan_of(moved.headers["location"])
    assert new_id != plan
    assert "Nya namnet på två rader" in person.get(f"/plans/{new_id}").text
    person.get(f"/plans/{plan}", 404)
    # The old tab's forms, sent after the move: the plan is not found, nothing is written, and
    # what was typed is shown to copy from.
    before = renamed.read_bytes()
    gone = person.submit(page, [("unit", "Tredje namnet")], status=404)
    assert message("web.no-plan-title", "sv") in gone.text
    assert '<blockquote class="typed">Tredje namnet</blockquote>' in gone.text
    choice = first.choices[0]
    gone = person.submit(old_question, [("answer", choice.id)], 404)
    assert re.search(rf'<blockquote class="typed">[^<]*{choice.label.get("sv")}', gone.text)
    assert renamed.read_bytes() == before


def test_a_decided_plan_keeps_its_file_name_when_the_unit_is_renamed(
    person: Person, folder: Path, run: Run
) -> None:
    review = walk(person, person.new_plan("Simhallen"))
    person.submit(person.get(review), [])
    path = only_file(folder)
    decided = run("decide", str(path), "--outcome", "approved", "--by-role", "Chef",
                  "--date", "2027-01-15")  # fmt: skip
    assert decided.exit_code == 0, decided.stderr
    plan = plan_of(review)
    person.submit(person.get(f"/plans/{plan}/unit"), [("unit", "Badhuset")])
    assert only_file(folder) == path  # the decision was taken on this file: it keeps its name
    assert answers.load(path, shipped_content().flow).unit == "Badhuset"


def test_the_report_is_the_html_document_with_linked_styles(person: Person) -> None:
    review = walk(person, person.new_plan("Simhallen"))
    person.submit(person.get(review), [])
    report = person.get(f"/plans/{plan_of(review)}/report").text
    assert '<link rel="stylesheet" href="/static/somplan.css">' in report
    assert "Simhallen" in report and 'class="verdict' in report
    assert re.search(r'class="w-\d{1,3}"', report)  # the bars sized by class, not style
    assert re.search(r"\.w-37 \{ width: 37%; \}", person.get("/static/web.css").text)


def test_the_report_follows_every_change_to_the_plan(person: Person) -> None:
    review = walk(person, person.new_plan("Simhallen"))
    person.submit(person.get(review), [])
    plan = plan_of(review)
    assert "Simhallen" in person.get(f"/plans/{plan}/report").text
    # Made again for the new revision of the file (a report made once is kept per revision).
    moved = person.submit(person.get(f"/plans/{plan}/unit"), [("unit", "Badhuset")])
    report = person.get(f"/plans/{plan_of(moved.headers['location'])}/report").text
    assert "Badhuset" in report and "Simhallen" not in report


def test_the_report_as_pdf_when_the_pdf_extra_is_there(person: Person) -> None:
    from .tools import require, weasyprint_ok

    require(weasyprint_ok(), "WeasyPrint (the pdf extra)")
    review = walk(person, person.new_plan("Simhallen"))
    person.submit(person.get(review), [])
    pdf = person.get(f"/plans/{plan_of(review)}/report.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "attachment" in pdf.headers["content-disposition"]


# --- nothing lost, nobody let in ---------------------------------------------------------------


def test_a_form_without_its_csrf_token_is_refused(person: Person, folder: Path) -> None:
    first = person.new_plan("Enheten")
    before = only_file(folder).read_bytes()
    page = person.get(first)
    fields = {k: v for k, v in re.findall(r'name="(rev)" value="([^"]*)"', page.text)}
    for csrf in (None, "", "forged"):
        sent = [("rev", fields["rev"]), ("answer", "dialogue")]
        if csrf is not None:
            sent.append(("csrf", csrf))
        refused = person.post(first.split("#")[0].split("?")[0], sent, status=403)
        assert message("web.csrf-title", "sv") in refused.text
    assert person.post("/plans", [("unit", "x")], status=403)
    assert only_file(folder).read_bytes() == before


def test_a_stale_save_is_refused_and_the_newer_answers_shown(person: Person, folder: Path) -> None:
    first = person.new_plan("Enheten")
    tab_one = person.get(first)
    tab_two = person.get(first)
    person.submit(tab_one, form_value(shipped_content().flow.questions()[0], ["dialogue"]))
    saved = only_file(folder).read_bytes()
    refused = person.submit(tab_two, [("answer", "information"), ("answer", "events")], 409)
    assert message("web.stale-title", "sv") in refused.text
    assert "Föra dialog med invånare" in refused.text  # the answer saved by the other tab
    assert message("web.stale-typed", "sv") in refused.text
    assert only_file(folder).read_bytes() == saved  # never a silent overwrite
    # The same answer sent twice (a double click) is no conflict: it is saved already.
    again = person.submit(tab_one, form_value(shipped_content().flow.questions()[0], ["dialogue"]))
    assert question_id(again.headers["location"]) == "main_reason"


def test_a_file_changed_by_the_terminal_meanwhile_is_not_overwritten(
    person: Person, folder: Path
) -> None:
    first = person.new_plan("Enheten")
    page = person.get(first)
    path = only_file(folder)
    record = answers.load(path, shipped_content().flow)
    record.answers["goals"] = ["events"]
    answers.save(path, record)  # `somplan start --answers FILE` at the same time
    refused = person.submit(page, [("answer", "dialogue")], 409)
    assert "Marknadsföra evenemang" in refused.text
    assert answers_of(path)["goals"] == ["events"]


def traversal_names() -> list[str]:
    names = [p.name for p in sorted((CORPUS / "yaml").glob("*.yaml"))] or ["bom.yaml"]
    hostile = []
    for name in names[:8]:
        hostile += [
            name,
            f"..%2F..%2Fshared%2Fcorpus%2Fyaml%2F{name}",
            f"%2E%2E%2F{name}",
            f"..%5C{name}",
            str(CORPUS / "yaml" / name).replace("/", "%2F"),
        ]
    return hostile


def test_no_path_from_a_request_reaches_the_files(person: Person, folder: Path) -> None:
    plan = plan_of(person.new_plan("Enheten"))
    for name in traversal_names():
        for url in (
            f"/plans/{name}",
            f"/plans/{name}/review",
            f"/plans/{name}/report",
            f"/plans/{plan}/questions/{name}",
            f"/static/{name}",
        ):
            response = person.client.get(url)
            assert response.status_code == 404, url
            assert "swedish" not in response.text.lower() or "nfc" not in response.text
        assert person.client.get(f"/plans/{name}/../{plan}").status_code in (200, 404)
    # A file in the folder is found by its id only, never by its name.
    path = only_file(folder)
    assert person.client.get(f"/plans/{path.name}").status_code == 404
    assert person.client.get(f"/plans/{path.stem}").status_code == 404


def test_a_body_over_the_limit_is_refused_with_413(person: Person, folder: Path) -> None:
    first = person.new_plan("Enheten")
    page = person.get(first)
    before = only_file(folder).read_bytes()
    big = [("answer", "x" * (70 * 1024))]
    refused = person.submit(page, big, 413)
    assert message("web.too-large-title", "sv") in refused.text

    # Sent in pieces without a declared length: cut off at the limit all the same.
    def pieces() -> Iterator[bytes]:
        yield b"csrf=x&answer="
        for _ in range(80):
            yield b"y" * 1024

    chunked = person.client.post(
        first.split("#")[0],
        content=pieces(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert chunked.status_code == 413
    assert only_file(folder).read_bytes() == before


@pytest.mark.parametrize("text", hostile_texts())
def test_hostile_answers_stay_inert_in_every_page(person: Person, folder: Path, text: str) -> None:
    plan = plan_of(person.new_plan(text[:100]))
    person.answer(f"/plans/{plan}/questions/has_permanent_page", True)
    page = person.get(f"/plans/{plan}/questions/permanent_page")
    person.submit(page, [("answer", text)])
    saved = answers_of(only_file(folder))["permanent_page"]
    assert saved == one_line(text)  # kept as typed (on one line, as the terminal keeps it)
    pages = [
        person.get("/").text,
        person.get(f"/plans/{plan}").text,
        person.get(f"/plans/{plan}/questions/permanent_page").text,
        person.get(f"/plans/{plan}/unit").text,
    ]
    review = walk(person, f"/plans/{plan}/next")
    if review.endswith("/next"):
        review = person.get(review, 303).headers["location"]
    pages.append(person.get(review).text)
    pages.append(person.get(f"/plans/{plan}/report").text)
    for html in pages:
        assert "<script" not in html and "<img" not in html and "<style" not in html
        assert "\u202e" not in html and "\x1b" not in html  # shown as visible escapes
        assert "evil.example/x.css)</style>" not in html


# --- shared mode and the settings --------------------------------------------------------------


def test_shared_mode_keeps_each_users_plans_apart(folder: Path) -> None:
    require_web()
    from starlette.testclient import TestClient

    from somplan.web.app import create_app
    from somplan.web.settings import Settings

    app = create_app(Settings(data_dir=folder, user_header="X-Remote-User"), shipped_content())
    anna = Person(TestClient(app, follow_redirects=False, headers={"X-Remote-User": "anna"}))
    bo = Person(TestClient(app, follow_redirects=False, headers={"X-Remote-User": "../../bo"}))
    nobody = TestClient(app, follow_redirects=False)
    refused = nobody.get("/")
    assert refused.status_code == 403 and message("web.no-user", "sv") in refused.text
    assert nobody.get(f"/?token={TOKEN}").status_code == 403  # no token mode here
    first = anna.new_plan("Annas enhet")
    assert "Annas enhet" in anna.get("/").text
    bos_home = bo.get("/").text
    assert "Annas enhet" not in bos_home
    assert message("web.footer-shared", "sv", version=__version__) in bos_home
    assert str(folder) not in bos_home  # the server's folders are not shown
    bo.get(f"/plans/{plan_of(first)}", 404)  # another user's plan is not found
    folders = sorted(p.name for p in (folder / "users").iterdir())
    assert len(folders) == 1 and folders[0].startswith("anna-")
    bo.new_plan("Bos enhet")
    made = sorted((folder / "users").iterdir())
    assert len(made) == 2 and all(p.parent == folder / "users" for p in made)
    assert not (folder.parent / "bo").exists()


def test_settings_come_from_options_then_environment_then_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somplan.errors import UsageError
    from somplan.web.settings import load_settings

    file = tmp_path / "somplan-web.toml"
    file.write_text('port = 8100\nuser_header = "X-User"\nmax_body = 4096\n', encoding="utf-8")
    monkeypatch.setenv("SOMPLAN_WEB_SETTINGS", str(file))
    monkeypatch.setenv("SOMPLAN_WEB_PORT", "8200")
    settings = load_settings({"host": "0.0.0.0", "port": None})
    assert (settings.host, settings.port, settings.user_header, settings.max_body) == (
        "0.0.0.0",
        8200,
        "X-User",
        4096,
    )
    assert load_settings({"port": 8300}).port == 8300
    monkeypatch.setenv("SOMPLAN_WEB_PORT", "many")
    with pytest.raises(UsageError) as bad:
        load_settings()
    assert "SOMPLAN_WEB_PORT" in bad.value.lines("en")[0]
    monkeypatch.delenv("SOMPLAN_WEB_PORT")
    file.write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(UsageError) as unknown:
        load_settings()
    assert "colour" in unknown.value.lines("en")[0]
    monkeypatch.setenv("SOMPLAN_WEB_USER_HEADER", "X Bad: header")
    file.write_text("", encoding="utf-8")
    with pytest.raises(UsageError):
        load_settings()


def test_unknown_addresses_and_methods_get_a_page_that_says_so(person: Person) -> None:
    assert message("web.no-page-title", "sv") in person.get("/no/such/page", 404).text
    # The language link on such a page never leads to another site.
    import httpx

    elsewhere = person.client.get(httpx.URL("http://testserver//evil.example/x"))
    assert elsewhere.request.url.path == "//evil.example/x"
    assert elsewhere.status_code == 404 and 'href="//evil' not in elsewhere.text
    plan = plan_of(person.new_plan("Enheten"))
    assert (
        message("web.no-question-title", "sv")
        in person.get(f"/plans/{plan}/questions/no_such_question", 404).text
    )
    assert message("web.no-plan-title", "sv") in person.get("/plans/0123456789abcdef0123", 404).text
    assert person.client.delete(f"/plans/{plan}").status_code == 405
    assert person.client.put("/plans").status_code == 405


def test_a_plan_file_that_cannot_be_read_gets_a_page_with_its_problem(
    person: Person, folder: Path
) -> None:
    plan = plan_of(person.new_plan("Enheten"))
    path = only_file(folder)
    path.write_text(path.read_text(encoding="utf-8") + "  goals: [nonsense]\n", encoding="utf-8")
    page = person.get(f"/plans/{plan}", 422).text
    assert message("web.invalid-plan-title", "sv") in page
    assert path.name in page


def test_an_answer_that_cannot_be_written_is_shown_back_and_the_file_kept(
    person: Person, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somplan.writing import WriteError

    first = person.new_plan("Enheten")
    before = only_file(folder).read_bytes()
    page = person.get(f"/plans/{plan_of(first)}/questions/hours_per_week")

    def full_disk(path: Path, text: str) -> None:
        raise WriteError(path, "disk-full", "No space left on device")

    monkeypatch.setattr(answers, "write_text_atomic", full_disk)
    refused = person.submit(page, [("answer", "7,5")], 503)
    assert message("web.write-failed-title", "sv") in refused.text
    assert "7,5" in refused.text  # what was typed is shown, to give again
    assert only_file(folder).read_bytes() == before


def test_an_answer_to_a_broken_file_gets_the_page_with_its_problem(
    person: Person, folder: Path
) -> None:
    first = person.new_plan("Enheten")
    page = person.get(first)
    path = only_file(folder)
    path.write_text(path.read_text(encoding="utf-8") + "  goals: [nonsense]\n", encoding="utf-8")
    broken = person.submit(page, [("answer", "dialogue")], 422)
    assert message("web.invalid-plan-title", "sv") in broken.text
