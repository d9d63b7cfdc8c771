"""The web app: server-rendered pages over the same flow, step, answers files and documents as
the terminal. Works with no JavaScript: plain forms, and every successful post answered with a
redirect (POST-redirect-GET), so reload and back never send an answer twice or lose one.

Routes (a plan is always addressed by its opaque id, see ``somplan.web.plans``)::

    GET  /                                  the user's plans, and a form for a new one
    POST /plans                             a new plan (the unit's name) → its first question
    GET  /plans/{id}                        the plan: where it stands, its documents
    GET  /plans/{id}/next                   → the first open question, or the review
    GET  /plans/{id}/questions/{qid}        one question (``?change=1``: from the review)
    POST /plans/{id}/questions/{qid}        its answer → the next question
    GET  /plans/{id}/review, POST (confirm) every answer, each with a link to change it
    GET  /plans/{id}/unit, POST             the unit's name
    GET  /plans/{id}/report[.pdf]           the report as the HTML document (or PDF/A)
    GET  /static/{name}                     the stylesheets

The proposal, decision, follow-up and the communicators' register and summary are to come as
more routes under ``/plans/{id}/`` and ``/register``, ``/summary``.
"""

from __future__ import annotations

import hmac
import importlib.util
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from somplan import __version__
from somplan.content.answers import UNIT_NAME_MAX, AnswersFile
from somplan.content.conditions import applies, relevant_answers
from somplan.content.display import answer_text
from somplan.content.loader import Content, load_content
from somplan.content.model import Question
from somplan.content.problems import ProblemError
from somplan.interview import step as steps
from somplan.render.html_page import TEMPLATES as DOCUMENT_TEMPLATES
from somplan.render.html_page import environment, helpers, linked_styles
from somplan.text.i18n import Lang, message
from somplan.text.safetext import one_line
from somplan.web.forms import Submitted, form_view, read_answer
from somplan.web.plans import Loaded, NotFound, Plans, Stale, user_folder
from somplan.web.settings import Settings, load_settings
from somplan.writing import WriteError

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STYLESHEETS = ("/static/somplan.css", "/static/web.css")
TOKEN_COOKIE = "somplan_token"
CSRF_COOKIE = "somplan_csrf"
LANG_COOKIE = "somplan_lang"
#: Every response: nothing inline, nothing from elsewhere, no framing.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class TooLarge(Exception):
    """The request body is over the limit."""


@cache
def _stylesheet(name: str) -> bytes:
    if name == "somplan.css":
        return (DOCUMENT_TEMPLATES / "somplan.css").read_bytes()
    # A bar's width as a class (the documents' bars say it in a style attribute otherwise).
    widths = "".join(f".w-{n} {{ width: {n}%; }}\n" for n in range(101))
    return (HERE / "static" / "web.css").read_bytes() + widths.encode()


# --- the parts every page shares ---------------------------------------------------------------


def lang_of(request: Request, settings: Settings) -> Lang:
    """``?lang=`` when given, then the language chosen before (a cookie), then the default."""
    for value in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if value in ("sv", "en"):
            return value  # type: ignore[return-value]
    return settings.lang


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def page(
    request: Request,
    settings: Settings,
    name: str,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    """The page ``name`` (a template of the web app) in the user's language, with a CSRF token
    for its forms; the language and the token are kept in cookies."""
    lang = lang_of(request, settings)
    csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    here = request.url.path
    if not here.startswith("/") or here.startswith("//"):
        here = "/"  # the language link stays on this site whatever address was asked for
    html = (
        environment(TEMPLATES)
        .get_template(name)
        .render(
            lang=lang,
            version=__version__,
            stylesheets=STYLESHEETS,
            csrf=csrf,
            other_lang="en" if lang == "sv" else "sv",
            here=here,
            shared=settings.shared,
            **helpers(lang),
            **context,
        )
    )
    response = HTMLResponse(html, status_code=status)
    secure = _secure(request)
    if request.cookies.get(CSRF_COOKIE) != csrf:
        response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=secure)
    if request.query_params.get("lang") in ("sv", "en"):
        response.set_cookie(LANG_COOKIE, lang, httponly=True, samesite="strict", secure=secure)
    return response


def problem_page(
    request: Request, settings: Settings, status: int, key: str, **params: Any
) -> HTMLResponse:
    """A page that says what went wrong and what to do (``web.<key>-title`` and ``web.<key>``)."""
    lang = lang_of(request, settings)
    return page(
        request,
        settings,
        "problem.html.j2",
        status,
        title=message(f"web.{key}-title", lang),
        lines=[message(f"web.{key}", lang, **params)],
    )


def see(url: str) -> RedirectResponse:
    """The answer to a successful post: go and get the next page (303, so reload asks again
    for that page and never posts again), with the focus on its heading."""
    return RedirectResponse(url if "#" in url else url + "#question", status_code=303)


async def read_form(request: Request, settings: Settings) -> list[tuple[str, str]]:
    """The posted form's fields, reading at most ``max_body`` bytes (``TooLarge`` past it)."""
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > settings.max_body:
            raise TooLarge
    try:
        text = bytes(body).decode("utf-8")
        return parse_qsl(text, keep_blank_values=True, max_num_fields=500)
    except (UnicodeDecodeError, ValueError):
        return []


def _field(fields: list[tuple[str, str]], name: str) -> str:
    return next((v for k, v in fields if k == name), "")


def csrf_ok(request: Request, fields: list[tuple[str, str]]) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = _field(fields, "csrf")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), sent.encode())


# --- the app ------------------------------------------------------------------------------------


class WebApp:
    """The handlers, over one content (loaded once, at start) and the settings."""

    def __init__(self, settings: Settings, content: Content) -> None:
        self.settings = settings
        self.content = content
        self.flow = content.flow
        self.questions = self.flow.questions()
        self.index = {q.id: i for i, q in enumerate(self.questions)}

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

    def load(self, request: Request) -> Loaded | HTMLResponse:
        """The plan the address names, or the page that says why there is none."""
        plan_id = request.path_params["plan"]
        try:
            return self.plans(request).load(plan_id)
        except NotFound:
            return self.problem(request, 404, "no-plan")
        except ProblemError as exc:
            lang = self.lang(request)
            return self.page(
                request,
                "problem.html.j2",
                422,
                title=message("web.invalid-plan-title", lang),
                lines=exc.lines(lang),
            )

    async def form(self, request: Request) -> list[tuple[str, str]] | HTMLResponse:
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

    def stale(self, request: Request, current: Loaded, typed: str | None) -> HTMLResponse:
        """The save was refused: the plan changed since the page was shown. Show the answers as
        they are now, and what the user sent (so nothing typed is lost)."""
        lang = self.lang(request)
        return self.page(
            request,
            "stale.html.j2",
            409,
            plan=current,
            rows=self.rows(current.record, lang),
            typed=typed,
            next_url=self.next_url(current),
        )

    # -- the list of plans ---------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        listed = self.plans(request).listed()
        return self.page(request, "plans.html.j2", plans=listed, unit_max=UNIT_NAME_MAX)

    async def create(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        unit = one_line(_field(fields, "unit"))
        if len(unit) > UNIT_NAME_MAX:
            lang = self.lang(request)
            error = message("answer.text-too-long", lang, max=UNIT_NAME_MAX, length=len(unit))
            return self.page(
                request,
                "plans.html.j2",
                422,
                plans=self.plans(request).listed(),
                unit_max=UNIT_NAME_MAX,
                error=error,
                typed=unit,
            )
        try:
            plan = await run_in_threadpool(
                self.plans(request).create, unit or None, self.lang(request)
            )
        except WriteError as exc:
            return self.write_failed(request, exc, unit)
        return see(self.next_url(plan))

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

    # -- one plan ------------------------------------------------------------------------------
    async def overview(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        lang = self.lang(request)
        open_index = steps.first_open(self.flow, plan.record.answers)
        return self.page(
            request,
            "plan.html.j2",
            plan=plan,
            notes=[n.text(lang) for n in plan.notes],
            answered=len(steps.answered(self.flow, plan.record.answers)),
            open=open_index < len(self.questions),
            next_url=self.next_url(plan),
            has_report=self.content.catalogue is not None and self.content.rules is not None,
            has_pdf=pdf_available(),
        )

    async def next(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        return RedirectResponse(self.next_url(plan), status_code=303)

    def _question(self, request: Request) -> Question | None:
        index = self.index.get(request.path_params["question"])
        return None if index is None else self.questions[index]

    def question_page(
        self,
        request: Request,
        plan: Loaded,
        question: Question,
        change: bool,
        status: int = 200,
        submitted: Submitted | None = None,
        revision: str | None = None,
    ) -> HTMLResponse:
        lang = self.lang(request)
        answers = plan.record.answers
        index = self.index[question.id]
        before = steps.answered_before(self.flow, answers, index)
        progress = steps.progress(
            self.flow, answers, index, can_go_back=bool(before) or change, changing=change
        )
        if submitted is not None and submitted.error is not None:
            shown = submitted.chosen if question.kind not in ("text", "number") else None
            view = form_view(question, shown, lang, typed=submitted.typed)
            error = submitted.error.text(lang)
        else:
            view = form_view(question, steps.preselected(question, answers), lang)
            error = None
        if change:
            back = f"/plans/{plan.id}/review"
        elif before:
            back = self.question_url(plan.id, self.questions[before[-1]])
        else:
            back = f"/plans/{plan.id}"
        section = progress.section
        return self.page(
            request,
            "question.html.j2",
            status,
            plan=plan,
            question=question,
            text=question.text.get(lang),
            help=question.help.get(lang),
            intro=section.intro.get(lang) if section.intro is not None else None,
            section_line=message(
                "wizard.section",
                lang,
                number=progress.section_number,
                count=progress.section_count,
                title=section.title.get(lang),
            ),
            progress_line=(
                message("wizard.changing", lang)
                if change
                else message(
                    "wizard.progress" if progress.remaining > 1 else "wizard.progress-last",
                    lang,
                    number=progress.question_number,
                    remaining=progress.remaining - 1,
                )
            ),
            view=view,
            error=error,
            revision=revision or plan.revision,
            change=change,
            back=back,
            action=f"/plans/{plan.id}/questions/{question.id}",
        )

    async def ask(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        question = self._question(request)
        if question is None:
            return self.problem(request, 404, "no-question")
        if not applies(question, relevant_answers(self.flow, plan.record.answers)):
            # The question does not apply to these answers (an old link, another path taken).
            return see(self.next_url(plan))
        change = request.query_params.get("change") == "1"
        return self.question_page(request, plan, question, change)

    async def answer(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        question = self._question(request)
        if question is None:
            return self.problem(request, 404, "no-question")
        change = _field(fields, "change") == "1"
        seen = _field(fields, "rev")
        submitted = read_answer(question, fields)
        if submitted.error is not None:
            plan = self.load(request)
            if isinstance(plan, Response):
                return plan
            return self.question_page(
                request, plan, question, change, 422, submitted, revision=seen
            )
        lang = self.lang(request)
        plan_id = request.path_params["plan"]

        def edit(record: AnswersFile) -> None:
            record.answers = steps.with_answer(
                self.flow, record.answers, question.id, submitted.value
            )
            record.language = lang

        try:
            saved = await run_in_threadpool(self.plans(request).change, plan_id, seen, edit)
        except ProblemError:
            broken = self.load(request)  # the page that says what is wrong with the file
            return broken if isinstance(broken, Response) else self.problem(request, 404, "no-plan")
        except Stale as stale:
            current = stale.current
            same = current.record.answers.get(question.id, object())
            if same == submitted.value and type(same) is type(submitted.value):
                saved = current  # the same answer sent twice (a double click): already saved
            else:
                typed = submitted.typed or answer_text(question, submitted.value, lang)
                return self.stale(request, current, typed)
        except NotFound:
            return self.problem(request, 404, "no-plan")
        except WriteError as exc:
            return self.write_failed(request, exc, submitted.typed)
        if change:
            return see(self.next_url(saved))
        after = steps.step(self.flow, saved.record.answers, self.index[question.id] + 1)
        if after.question is None:
            return see(f"/plans/{saved.id}/review")
        return see(self.question_url(saved.id, after.question))

    # -- review and the unit's name ------------------------------------------------------------
    async def review(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        if steps.first_open(self.flow, plan.record.answers) < len(self.questions):
            return see(self.next_url(plan))
        lang = self.lang(request)
        return self.page(request, "review.html.j2", plan=plan, rows=self.rows(plan.record, lang))

    async def confirm(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        if steps.first_open(self.flow, plan.record.answers) < len(self.questions):
            return see(self.next_url(plan))

        def edit(record: AnswersFile) -> None:
            record.answers = relevant_answers(self.flow, record.answers)
            record.complete = True

        try:
            saved = await run_in_threadpool(
                self.plans(request).change, plan.id, _field(fields, "rev"), edit
            )
        except Stale as stale:
            if stale.current.record.complete:
                return see(f"/plans/{plan.id}")  # confirmed already (sent twice)
            return self.stale(request, stale.current, None)
        except WriteError as exc:
            return self.write_failed(request, exc, None)
        return see(f"/plans/{saved.id}")

    async def unit_form(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        return self.page(
            request, "unit.html.j2", plan=plan, typed=plan.record.unit or "", unit_max=UNIT_NAME_MAX
        )

    async def rename(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        name = one_line(_field(fields, "unit"))
        if len(name) > UNIT_NAME_MAX:
            lang = self.lang(request)
            return self.page(
                request,
                "unit.html.j2",
                422,
                plan=plan,
                typed=name,
                unit_max=UNIT_NAME_MAX,
                error=message("answer.text-too-long", lang, max=UNIT_NAME_MAX, length=len(name)),
            )

        def edit(record: AnswersFile) -> None:
            record.unit = name or None

        try:
            saved = await run_in_threadpool(
                self.plans(request).change, plan.id, _field(fields, "rev"), edit
            )
        except Stale as stale:
            if (stale.current.record.unit or "") == name:
                return see(self.after_rename(stale.current))
            return self.stale(request, stale.current, name)
        except WriteError as exc:
            return self.write_failed(request, exc, name)
        return see(self.after_rename(saved))

    def after_rename(self, plan: Loaded) -> str:
        if steps.first_open(self.flow, plan.record.answers) < len(self.questions):
            return f"/plans/{plan.id}"
        return f"/plans/{plan.id}/review"

    # -- documents -----------------------------------------------------------------------------
    def _document(self, plan: Loaded, lang: Lang) -> str | None:
        if self.content.catalogue is None or self.content.rules is None:
            return None
        from somplan.assessment.plan import build_plan
        from somplan.assessment.result import with_file
        from somplan.assessment.scoring import assess
        from somplan.render.report import render

        assessment = assess(self.content, plan.record)
        built = build_plan(self.content, plan.record, lang, assessment)
        assessment = with_file(assessment, plan.path.name)
        return render(
            assessment, "html", lang, plan.record.unit, 100, built, self.content.catalogue
        )

    async def report(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        lang = self.lang(request)
        with linked_styles(*STYLESHEETS):
            html = self._document(plan, lang)
        if html is None:
            return self.problem(request, 404, "no-report")
        return HTMLResponse(html)

    async def report_pdf(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        if not pdf_available():
            return self.problem(request, 404, "no-pdf")
        html = self._document(plan, self.lang(request))
        if html is None:
            return self.problem(request, 404, "no-report")
        from somplan.render.pdf import html_to_pdf

        data = await run_in_threadpool(html_to_pdf, html)
        name = plan.path.stem + ".pdf"
        return Response(
            data,
            media_type="application/pdf",
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ("somplan.css", "web.css"):
            return self.problem(request, 404, "no-page")
        return Response(
            _stylesheet(name),
            media_type="text/css",
            headers={"cache-control": "private, max-age=3600"},
        )


@cache
def pdf_available() -> bool:
    return importlib.util.find_spec("weasyprint") is not None


# --- the guard in front of every request --------------------------------------------------------


class Guard:
    """In front of the app: the token (local) or the user's header (shared), the body limit by
    its declared length, and the security headers on every response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()

        async def with_headers(message_: Message) -> None:
            if message_["type"] == "http.response.start":
                headers = list(message_.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    headers.append((name.encode(), value.encode()))
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                # The server's own time for the request (benchmarks/web_load.py reads it).
                spent = (time.perf_counter() - started) * 1000
                headers.append((b"server-timing", f"app;dur={spent:.2f}".encode()))
                message_["headers"] = headers
            await send(message_)

        request = Request(scope)
        refusal = self.refusal(request)
        if refusal is not None:
            await refusal(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)

    def refusal(self, request: Request) -> Response | None:
        settings = self.settings
        if settings.shared:
            assert settings.user_header is not None
            if not request.headers.get(settings.user_header, "").strip():
                return problem_page(request, settings, 403, "no-user")
        else:
            token = settings.token.encode()
            given = request.query_params.get("token")
            if given is not None and hmac.compare_digest(given.encode(), token):
                # The address with the token: remember it in a cookie, and drop it from the
                # address (so it is not left in the history or shown over a shoulder).
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                response = RedirectResponse(target, status_code=303)
                response.set_cookie(
                    TOKEN_COOKIE,
                    settings.token,
                    httponly=True,
                    samesite="strict",
                    secure=_secure(request),
                )
                return response
            cookie = request.cookies.get(TOKEN_COOKIE, "")
            if not hmac.compare_digest(cookie.encode(), token):
                return problem_page(request, settings, 403, "no-token")
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > settings.max_body:
            return problem_page(
                request, settings, 413, "too-large", limit=settings.max_body // 1024
            )
        return None


def create_app(settings: Settings, content: Content | None = None) -> Guard:
    """The app for ``settings``; the content is loaded once, here (not per request)."""
    content = content or load_content(settings.questions)
    web = WebApp(settings, content)
    plan = "/plans/{plan:str}"
    routes = [
        Route("/", web.home, methods=["GET"]),
        Route("/plans", web.create, methods=["POST"]),
        Route(plan, web.overview, methods=["GET"]),
        Route(plan + "/next", web.next, methods=["GET"]),
        Route(plan + "/questions/{question:str}", web.ask, methods=["GET"]),
        Route(plan + "/questions/{question:str}", web.answer, methods=["POST"]),
        Route(plan + "/review", web.review, methods=["GET"]),
        Route(plan + "/review", web.confirm, methods=["POST"]),
        Route(plan + "/unit", web.unit_form, methods=["GET"]),
        Route(plan + "/unit", web.rename, methods=["POST"]),
        Route(plan + "/report", web.report, methods=["GET"]),
        Route(plan + "/report.pdf", web.report_pdf, methods=["GET"]),
        Route("/static/{name:str}", web.static, methods=["GET"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return problem_page(request, settings, 404, "no-page")

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return problem_page(request, settings, 405, "not-allowed")

    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})
    return Guard(app, settings)


def from_environment() -> Guard:
    """The app as settings from the environment describe it: for ``uvicorn --factory
    somplan.web.app:from_environment`` with several workers (docs/deploy.md)."""
    return create_app(load_settings())
