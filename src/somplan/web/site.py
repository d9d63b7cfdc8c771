"""The base of every group of pages: the settings, the content (loaded once), the user's plans,
and the helpers each handler uses (load the plan the address names, read a posted form, show a
page or a problem). Each group of pages (``interview_views``, ``documents`` …) is a ``Site`` with
its handlers and a ``routes()`` list; ``app.create_app`` puts them together."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from somplan.content.answers import AnswersFile
from somplan.content.display import answer_text
from somplan.content.loader import Content
from somplan.content.model import Question
from somplan.content.problems import ProblemError
from somplan.interview import step as steps
from somplan.text.i18n import Lang, message
from somplan.web.pages import Fields, TooLarge, csrf_ok, lang_of, page, problem_page, read_form
from somplan.web.plans import Loaded, NotFound, Plans, Stale, user_folder
from somplan.web.settings import Settings
from somplan.writing import WriteError


class Site:
    """The handlers' shared state and helpers, over one content and the settings."""

    PLAN = "/plans/{plan:str}"

    def __init__(self, settings: Settings, content: Content) -> None:
        self.settings = settings
        self.content = content
        self.flow = content.flow
        self.questions = self.flow.questions()
        self.index = {q.id: i for i, q in enumerate(self.questions)}

    def routes(self) -> list[Route]:
        """This group's routes (each subclass lists its own)."""
        return []

    # -- helpers -------------------------------------------------------------------------------
    def plans(self, request: Request) -> Plans:
        base = self.settings.plans_folder()
        if self.settings.user_header is not None:
            user = request.headers.get(self.settings.user_header, "")
            return Plans(user_folder(base, user), self.flow)
        return Plans(base, self.flow)

    def lang(self, request: Request) -> Lang:
        return lang_of(request, self.settings)

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return page(request, self.settings, name, status, **context)

    def problem(self, request: Request, status: int, key: str, **params: Any) -> HTMLResponse:
        return problem_page(request, self.settings, status, key, **params)

    def load(self, request: Request, typed: str | None = None) -> Loaded | HTMLResponse:
        """The plan the address names, or the page that says why there is none (with what was
        sent, ``typed``, when a form was)."""
        plan_id = request.path_params["plan"]
        try:
            return self.plans(request).load(plan_id)
        except NotFound:
            return self.gone(request, typed)
        except ProblemError as exc:
            lang = self.lang(request)
            return self.page(
                request,
                "problem.html.j2",
                422,
                title=message("web.invalid-plan-title", lang),
                lines=exc.lines(lang),
            )

    async def form(self, request: Request) -> Fields | HTMLResponse:
        """The posted fields when the CSRF token matches, else the page that refuses them."""
        try:
            fields = await read_form(request, self.settings)
        except TooLarge:
            return self.problem(request, 413, "too-large", limit=self.settings.max_body // 1024)
        if not csrf_ok(request, fields):
            return self.problem(request, 403, "csrf")
        return fields

    def question_url(self, plan_id: str, question: Question, change: bool = False) -> str:
        query = "?change=1" if change else ""
        return f"/plans/{plan_id}/questions/{question.id}{query}#question"

    def next_url(self, plan: Loaded) -> str:
        """The first open question, or the review when every question that applies has an answer."""
        index = steps.first_open(self.flow, plan.record.answers)
        if index < len(self.questions):
            return self.question_url(plan.id, self.questions[index])
        return f"/plans/{plan.id}/review"

    def rows(self, record: AnswersFile, lang: Lang) -> list[dict[str, Any]]:
        """The review's rows: each answered question with its section and answer as read."""
        rows = []
        for question in steps.answered(self.flow, record.answers):
            section = self.flow.section_of(question.id)
            rows.append(
                {
                    "section": section.title.get(lang) if section is not None else "",
                    "question": question,
                    "text": question.text.get(lang),
                    "answer": answer_text(question, record.answers.get(question.id), lang),
                }
            )
        return rows

    def stale(
        self, request: Request, current: Loaded, typed: str | None, back: str | None = None
    ) -> HTMLResponse:
        """The save was refused: the plan changed since the page was shown. Show the answers as
        they are now, and what the user sent (so nothing typed is lost); the way on is ``back``
        (the page the form was on) or, by default, the plan's next open question."""
        lang = self.lang(request)
        return self.page(
            request,
            "stale.html.j2",
            409,
            plan=current,
            rows=self.rows(current.record, lang),
            typed=typed,
            next_url=back or self.next_url(current),
            back=back,
        )

    async def save(
        self,
        request: Request,
        write: Callable[[Plans], Loaded],
        typed: str | None,
        back: str | None = None,
        already: Callable[[Loaded], bool] | None = None,
    ) -> Loaded | HTMLResponse:
        """The plan as ``write`` saved it (a change checked against the revision the page
        showed), or the page that says why it was not saved, with what the user sent (``typed``)
        so that nothing is lost: a newer version of the plan (unless ``already`` finds the same
        change in it: sent twice, by a double click, which is no conflict), the plan gone or
        renamed since the page was shown, its file no longer valid, or the write failed."""
        try:
            return await run_in_threadpool(write, self.plans(request))
        except Stale as stale:
            if already is not None and already(stale.current):
                return stale.current
            return self.stale(request, stale.current, typed, back)
        except NotFound:
            return self.gone(request, typed)
        except ProblemError:
            broken = self.load(request)  # the page that says what is wrong with the file
            return broken if isinstance(broken, HTMLResponse) else self.gone(request, typed)
        except WriteError as exc:
            return self.write_failed(request, exc, typed)

    def gone(self, request: Request, typed: str | None) -> HTMLResponse:
        """No plan at the address a form was sent to (removed, or renamed in another tab): say
        so, and show what was sent."""
        lang = self.lang(request)
        return self.page(
            request,
            "problem.html.j2",
            404,
            title=message("web.no-plan-title", lang),
            lines=[message("web.no-plan", lang)],
            typed=typed,
        )

    def write_failed(self, request: Request, exc: WriteError, typed: str | None) -> HTMLResponse:
        lang = self.lang(request)
        lines = [exc.render(lang), message("web.write-failed", lang)]
        return self.page(
            request,
            "problem.html.j2",
            503,
            title=message("web.write-failed-title", lang),
            lines=lines,
            typed=typed,
        )
