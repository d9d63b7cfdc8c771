"""A person at the web app, through Starlette's test client: opens the address with its token,
reads the forms of each page (their hidden fields) and answers questions as a form would."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from somplan.content.loader import Content, load_content
from somplan.content.model import Question

from .common import ROOT, without_account_record
from .tools import require

TOKEN = "the-token-of-the-test"


def require_web() -> None:
    require(
        importlib.util.find_spec("starlette") is not None
        and importlib.util.find_spec("httpx") is not None,
        "Starlette and httpx (the web extra and the test extra)",
    )


_CONTENT: list[Content] = []


def shipped_content() -> Content:
    """The shipped content, loaded once for all the web tests (as the app loads it once)."""
    if not _CONTENT:
        _CONTENT.append(load_content())
    return _CONTENT[0]


def hidden_fields(html: str) -> dict[str, str]:
    return {
        name: unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([a-z]+)" value="([^"]*)"', html)
    }


def form_action(html: str) -> str:
    found = re.search(r'<form method="post" action="([^"]+)"', html)
    assert found is not None, html
    return unescape(found.group(1))


def question_id(url: str) -> str | None:
    found = re.search(r"/questions/([a-z0-9_]+)", url)
    return found.group(1) if found else None


def plan_of(url: str) -> str:
    found = re.search(r"/plans/([0-9a-f]{20})", url)
    assert found is not None, url
    return found.group(1)


def form_value(question: Question, value: Any) -> list[tuple[str, str]]:
    """The form fields a person fills in to give ``value`` (the number typed as a Swede would)."""
    if value is None:
        return [("answer", "" if question.kind in ("text", "number") else "-")]
    if question.kind == "multi":
        return [("answer", v) for v in value]
    if question.kind == "yesno":
        return [("answer", "yes" if value else "no")]
    if question.kind == "number":
        return [("answer", str(value).replace(".", ","))]
    return [("answer", str(value))]


@dataclass
class Person:
    """A browser with its cookies, following no redirect by itself (tests look at each)."""

    client: Any
    pages: list[str] = field(default_factory=list)

    def open(self) -> None:
        response = self.client.get(f"/?token={TOKEN}")
        assert response.status_code == 303, response.text
        assert "token" not in response.headers["location"]

    def get(self, url: str, status: int = 200) -> Any:
        response = self.client.get(url.split("#")[0])
        assert response.status_code == status, (url, response.status_code, response.text[:2000])
        self.pages.append(response.text)
        return response

    def post(self, url: str, fields: list[tuple[str, str]], status: int = 303) -> Any:
        response = self.client.post(
            url,
            content="&".join(f"{_q(k)}={_q(v)}" for k, v in fields).encode(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert response.status_code == status, (url, response.status_code, response.text[:3000])
        if status != 303:
            self.pages.append(response.text)
        return response

    def submit(self, page: Any, fields: list[tuple[str, str]], status: int = 303) -> Any:
        """Send the form on ``page`` with its hidden fields and ``fields``."""
        hidden = list(hidden_fields(page.text).items())
        return self.post(form_action(page.text), [*hidden, *fields], status)

    def new_plan(self, unit: str) -> str:
        """A new plan; the address of its first question."""
        home = self.get("/")
        return str(self.submit(home, [("unit", unit)]).headers["location"])

    def answer(self, url: str, value: Any, content: Content | None = None) -> str:
        """Answer the question at ``url``; the address the app sends the person to next."""
        flow = (content or shipped_content()).flow
        qid = question_id(url)
        assert qid is not None, url
        question = flow.question(qid)
        assert question is not None
        page = self.get(url)
        return str(self.submit(page, form_value(question, value)).headers["location"])


def _q(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text)


def answers_of(path: Path) -> dict[str, Any]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    answers: dict[str, Any] = data["answers"]
    return answers


def scripted(question: Question) -> Any:
    """One answer to every question, the same in the terminal and in the browser: paths that
    make follow-up questions apply (a measurable goal, a permanent page)."""
    if question.kind == "multi":
        plain = [c.id for c in question.choices if not c.exclusive]
        return plain[:2]
    if question.kind == "single":
        return question.choices[0].id
    if question.kind == "yesno":
        return True
    if question.kind == "scale":
        assert question.scale is not None
        return question.scale.min + 1
    if question.kind == "number":
        return 2.5
    return f"Svar på {question.id}: åäö, 10 % – ”citat”"


# -- fixtures and plans for the tests of one group of pages (import the fixtures by name) -------
@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder the app keeps plans in, made."""
    made = tmp_path / "plans"
    made.mkdir()
    return made


@pytest.fixture
def person(folder: Path) -> Iterator[Person]:
    """A person at the app over ``folder``, who has opened the address with its token."""
    require_web()
    from starlette.testclient import TestClient

    from somplan.web.app import create_app
    from somplan.web.settings import Settings

    app = create_app(Settings(data_dir=folder, token=TOKEN), shipped_content())
    with TestClient(app, follow_redirects=False) as client:
        visitor = Person(client)
        visitor.open()
        yield visitor


def put_plan(folder: Path, example: str = "school_parents") -> tuple[Path, str]:
    """An example plan as it was before its proposal and decision (complete), in ``folder``;
    its file and its address."""
    from somplan.web.plans import plan_id

    path = folder / f"{example}.yaml"
    text = (ROOT / "examples" / "answers" / f"{example}.yaml").read_text(encoding="utf-8")
    path.write_text(without_account_record(text), encoding="utf-8")
    return path, f"/plans/{plan_id(path)}"
