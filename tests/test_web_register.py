"""The communicators' pages of the web app: the register of accounts, its CSV, the public list
and the summary. The same documents as `somplan register` and `somplan summary` write (bars
sized by class, stylesheets linked); on a shared server only the communicators see them, over
every user's plans; on a local one the person sees their own; hostile plan texts stay inert."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.text.i18n import message
from tests.common import Run

from .test_register import EXAMPLES, FOLLOWUPS, account, decide, opened, with_proposal
from .test_web import PAYLOAD, hostile_texts
from .web_client import TOKEN, Person, require_web, shipped_content

PAGES = ("/register", "/register.csv", "/register/public", "/summary")
HEADER = "X-Remote-User"


def library_opened(run: Run, folder: Path, name: str = "library.yaml") -> Path:
    """The library's plan with its Instagram account approved and opened (a public address)."""
    folder.mkdir(parents=True, exist_ok=True)
    plan = with_proposal(
        EXAMPLES / "library_teens.yaml",
        folder / name,
        [account("instagram", "1", name="@biblioteket_ung"), account("tiktok", "2")],
    )
    decide(run, plan, "--outcome", "approved", "--reference", "KN 2027/4")
    opened(run, plan, "https://www.instagram.com/biblioteket_ung")
    return plan


def examples_into(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(EXAMPLES.glob("*.yaml")):
        if not names or source.stem in names:
            shutil.copy(source, folder / source.name)


@pytest.fixture
def folder(tmp_path: Path, run: Run) -> Path:
    """The examples, their follow-ups, and the library opened (under another file name)."""
    plans = tmp_path / "plans"
    examples_into(plans)
    for source in FOLLOWUPS.glob("*.yaml"):
        shutil.copy(source, plans / ("followup-" + source.name))
    library_opened(run, plans, "library-opened.yaml")
    return plans


def app(folder: Path, **settings: Any) -> Any:
    require_web()
    from somplan.web.app import create_app
    from somplan.web.settings import Settings

    return create_app(Settings(data_dir=folder, token=TOKEN, **settings), shipped_content())


@pytest.fixture
def local(folder: Path) -> Iterator[Person]:
    from starlette.testclient import TestClient

    # Communicators named, but a local server is one person's: they always see their register.
    with TestClient(app(folder, communicators=("someone",)), follow_redirects=False) as client:
        person = Person(client)
        person.open()
        yield person


def shared_person(application: Any, user: str) -> Person:
    from starlette.testclient import TestClient

    return Person(TestClient(application, follow_redirects=False, headers={HEADER: user}))


def tbody(html: str) -> str:
    """The first table's rows (where the documents carry no style either way)."""
    found = re.search(r"<tbody>.*?</tbody>", html, re.S)
    assert found is not None, html[:2000]
    return found.group(0)


def served_inertly(html: str) -> None:
    """A served document: its stylesheets linked, no inline style a CSP would block, no script."""
    assert '<link rel="stylesheet" href="/static/somplan.css">' in html
    assert '<link rel="stylesheet" href="/static/web.css">' in html
    assert "style=" not in html and "<style" not in html
    assert "<script" not in html.lower()


# --- local: the person's own plans ---------------------------------------------------------------


def test_the_register_is_the_clis_document_with_linked_styles(
    local: Person, folder: Path, run: Run
) -> None:
    home = local.get("/").text
    assert all(f'href="{page}"' in home for page in PAGES)
    assert message("web.register-heading-local", "sv") in home
    page = local.get("/register").text
    served_inertly(page)
    cli = run("register", str(folder), "--format", "html", lang="sv")
    assert cli.exit_code == 0, cli.stderr
    assert tbody(page) == tbody(cli.stdout)
    assert 'class="fill w-' in page  # the charts' bars sized by class
    assert "style=" in cli.stdout  # … where the file carries them inline
    assert "Stadsbiblioteket, tonårsverksamheten" in page and "KN 2027/4" in page
    assert "<title>Kontoregister</title>" in page
    english = local.get("/register?lang=en").text
    assert "<title>Register of accounts</title>" in english


def test_the_register_filtered_by_state_and_due_as_the_cli_filters_it(
    local: Person, folder: Path, run: Run
) -> None:
    home = local.get("/").text
    assert 'action="/register"' in home and 'formaction="/register.csv"' in home
    assert 'name="state" value="opened"' in home and 'name="due" value="1"' in home
    for query, options in (
        ("state=opened&state=decided", ["--state", "opened", "--state", "decided"]),
        ("due=1", ["--due"]),
        ("state=draft", ["--state", "draft"]),
    ):
        page = local.get(f"/register?{query}").text
        cli = run("register", str(folder), "--format", "html", *options, lang="sv")
        shown = re.findall(r"<tbody>.*?</tbody>", page, re.S)
        assert shown == re.findall(r"<tbody>.*?</tbody>", cli.stdout, re.S), query
        csv = local.get(f"/register.csv?{query}").text
        cli_csv = run("register", str(folder), "--format", "csv", *options, lang="sv")
        assert csv == cli_csv.stdout, query
    assert local.get("/register?due=1").text != local.get("/register").text
    everything = local.get("/register.csv").text
    opened = local.get("/register.csv?state=opened").text
    assert 1 < len(opened.splitlines()) < len(everything.splitlines())  # it does choose
    unknown = local.get("/register?state=open", 400).text
    assert "”open”" in unknown and "followed_up" in unknown  # the state named, the states listed


def test_the_register_as_csv_is_the_clis(local: Person, folder: Path, run: Run) -> None:
    response = local.get("/register.csv")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="register.csv"' in response.headers["content-disposition"]
    cli = run("register", str(folder), "--format", "csv", lang="sv")
    assert response.text == cli.stdout
    assert "https://www.instagram.com/biblioteket_ung" in response.text


def test_the_server_never_forks_workers_for_many_plans(
    local: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI shares many files among forked workers; a server's thread never forks (a lock
    another thread holds at that moment would be held for ever in the child)."""
    import multiprocessing

    from somplan.assessment import summary_all

    monkeypatch.setattr(summary_all, "PARALLEL_FROM", 2)  # "many" files: the fast path's size

    def no_fork(method: str | None = None) -> None:
        raise AssertionError("forked from the server")

    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    for page in ("/register", "/register.csv", "/register/public", "/summary"):
        local.get(page)


def test_the_public_list_has_the_opened_account_and_no_person(local: Person) -> None:
    page = local.get("/register/public").text
    served_inertly(page)
    assert message("register.public-title", "sv") in page
    assert 'href="https://www.instagram.com/biblioteket_ung"' in page
    assert "Anna Ansvarsson1" not in page and "Ansvarsroll1" not in page
    assert "TikTok" not in page  # decided, not opened


def test_the_summary_has_every_plan_and_their_follow_ups(
    local: Person, folder: Path, run: Run
) -> None:
    page = local.get("/summary").text
    served_inertly(page)
    cli = run("summary", str(folder), "--format", "html", lang="sv")
    assert tbody(page) == tbody(cli.stdout)
    assert message("followup.col-due", "sv") in page  # the follow-up columns are there
    units = re.findall(r'<tr><th scope="row">', tbody(page))
    assert len(units) == len(list(EXAMPLES.glob("*.yaml"))) + 1
    assert 'class="fill w-' in page


def test_a_broken_file_is_named_and_the_rest_still_shown(local: Person, folder: Path) -> None:
    (folder / "broken.yaml").write_text("kind: answers\nanswers: [\n", encoding="utf-8")
    register = local.get("/register").text
    assert message("overview.failed", "sv") in register and "broken.yaml" in register
    assert "Stadsbiblioteket" in register
    summary = local.get("/summary").text
    assert "broken.yaml" in summary and "Stadsbiblioteket" in summary


def test_an_empty_folder_says_there_is_nothing_yet(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    with TestClient(app(tmp_path / "none"), follow_redirects=False) as client:
        person = Person(client)
        person.open()
        assert message("register.none", "sv") in person.get("/register").text
        assert message("register.public-none", "sv") in person.get("/register/public").text
        assert message("overview.none", "sv") in person.get("/summary").text


def test_the_pages_need_the_token_on_a_local_server(folder: Path) -> None:
    from starlette.testclient import TestClient

    with TestClient(app(folder), follow_redirects=False) as stranger:
        for page in PAGES:
            response = stranger.get(page)
            assert response.status_code == 403, page
            assert "Stadsbiblioteket" not in response.text


# --- shared: communicators only, over every user's folder ----------------------------------------


@pytest.fixture
def shared_folder(tmp_path: Path, run: Run) -> Path:
    """Two users' plans: Anna's library (opened), Bo's school and culture house."""
    from somplan.web.plans import user_folder

    base = tmp_path / "shared"
    library_opened(run, user_folder(base, "anna"))
    examples_into(user_folder(base, "bo"), "school_parents", "culture_house_events")
    return base


def test_a_communicator_sees_every_users_plans(shared_folder: Path) -> None:
    application = app(shared_folder, user_header=HEADER, communicators=("cilla", "dan"))
    cilla = shared_person(application, "cilla")
    home = cilla.get("/").text
    assert all(f'href="{page}"' in home for page in PAGES)
    assert message("web.register-heading", "sv") in home
    register = cilla.get("/register").text
    served_inertly(register)
    for unit in ("Stadsbiblioteket, tonårsverksamheten", "Skolan, årskurs 4–6", "Kulturhuset"):
        assert unit in register
        assert unit in cilla.get("/summary").text
    assert "biblioteket_ung" in cilla.get("/register/public").text
    assert "Skolan, årskurs 4–6" in cilla.get("/register.csv").text
    # The communicator's name as the proxy sends it, with spaces around, is still theirs.
    assert shared_person(application, " dan ").get("/register").status_code == 200


def test_anyone_else_is_refused_and_told_who_to_ask(shared_folder: Path) -> None:
    application = app(shared_folder, user_header=HEADER, communicators=("cilla", "dan"))
    anna = shared_person(application, "anna")
    home = anna.get("/").text
    assert not any(f'href="{page}"' in home for page in PAGES)
    for page in PAGES:
        refused = anna.get(page, 403).text
        assert message("web.register-forbidden-title", "sv") in refused
        assert "cilla, dan" in refused
        assert "Skolan" not in refused and "Stadsbiblioteket" not in refused
    english = anna.get("/summary?lang=en", 403).text
    assert message("web.register-forbidden-title", "en") in english
    # A name that only looks like a communicator's is not one.
    for lookalike in ("Cilla", "cilla, dan", "cillan"):
        shared_person(application, lookalike).get("/register", 403)


def test_with_no_communicators_named_nobody_sees_the_register(shared_folder: Path) -> None:
    application = app(shared_folder, user_header=HEADER)
    refused = shared_person(application, "anna").get("/register", 403).text
    assert message("web.register-nobody", "sv") in refused


def test_a_shared_server_without_plans_yet_has_an_empty_register(tmp_path: Path) -> None:
    application = app(tmp_path / "fresh", user_header=HEADER, communicators=("cilla",))
    cilla = shared_person(application, "cilla")
    assert message("register.none", "sv") in cilla.get("/register").text
    assert message("overview.none", "sv") in cilla.get("/summary").text


# --- hostile texts --------------------------------------------------------------------------------


def test_hostile_plan_texts_stay_inert_in_every_page(tmp_path: Path, run: Run) -> None:
    from starlette.testclient import TestClient

    folder = tmp_path / "plans"
    folder.mkdir()
    texts = hostile_texts()
    for n, text in enumerate(texts):
        plan = with_proposal(
            EXAMPLES / "library_teens.yaml",
            folder / f"hostile-{n}.yaml",
            [account("instagram", str(n), name=text[:200])],
        )
        data = yaml.safe_load(plan.read_text(encoding="utf-8"))
        data["unit"] = ("=HYPERLINK(1) " + text)[:200]
        plan.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        decide(run, plan, "--outcome", "approved")
        opened(run, plan, f"https://www.instagram.com/konto{n}")
    with TestClient(app(folder), follow_redirects=False) as client:
        person = Person(client)
        person.open()
        for page in ("/register", "/register/public", "/summary"):
            html = person.get(page).text
            served_inertly(html)
            assert "<img" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
            assert "@import" not in html or "&lt;style&gt;@import" in html
            assert "\u202e" not in html and "\x1b" not in html
            assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
        csv_text = person.get("/register.csv").text
        assert "\n'=HYPERLINK" in csv_text or "\n\"'=HYPERLINK" in csv_text
        assert "\n=HYPERLINK" not in csv_text and '\n"=HYPERLINK' not in csv_text
    assert PAYLOAD in texts


# --- the setting --------------------------------------------------------------------------------


def test_communicators_come_from_the_file_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somplan.errors import UsageError
    from somplan.web.settings import load_settings

    file = tmp_path / "somplan-web.toml"
    file.write_text('communicators = ["anna.berg", "Bo Ek"]\n', encoding="utf-8")
    monkeypatch.setenv("SOMPLAN_WEB_SETTINGS", str(file))
    assert load_settings().communicators == ("anna.berg", "Bo Ek")
    monkeypatch.setenv("SOMPLAN_WEB_COMMUNICATORS", " cilla , dan ")
    assert load_settings().communicators == ("cilla", "dan")
    monkeypatch.delenv("SOMPLAN_WEB_COMMUNICATORS")
    for bad in ('communicators = "anna"x', "communicators = [1, 2]", 'communicators = ["a,b"]',
                'communicators = [""]', 'communicators = ["a\\u0007"]'):  # fmt: skip
        file.write_text(bad + "\n", encoding="utf-8")
        with pytest.raises(UsageError) as refused:
            load_settings()
        assert (
            "communicators" in refused.value.lines("en")[0]
            or "could not be read" in (refused.value.lines("en")[0])
        ), bad
    file.write_text("", encoding="utf-8")
    monkeypatch.setenv("SOMPLAN_WEB_COMMUNICATORS", "anna,,bo")
    with pytest.raises(UsageError) as empty:
        load_settings()
    assert "SOMPLAN_WEB_COMMUNICATORS" in empty.value.lines("en")[0]


def test_every_setting_is_documented_for_it() -> None:
    from somplan.web.settings import _ENV

    from .common import ROOT

    deploy = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for name, variable in _ENV.items():
        assert f"| `{name}` | `{variable}` |" in deploy, name
