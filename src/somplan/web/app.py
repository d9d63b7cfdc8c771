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
    GET  /plans/{id}/followups               the plan's follow-ups; POST: a new one
    GET  /plans/{id}/followups/address, POST the account's address, asked before a new one
    GET  /plans/{id}/followups/{fid}/…      items/{n}, questions/{qid}, review, result, report[.pdf]
    GET  /plans/{id}/proposal               → the proposal's first step
    GET  /plans/{id}/proposal/{n}, POST     one step of the proposal (the terminal's walk)
    POST /plans/{id}/proposal/later         a first proposal begun, left for later
    GET  /plans/{id}/decision, POST         the manager's decision, written down
    GET  /plans/{id}/account                the account: POST …/opened (its address), …/closed,
                                            …/reopened (a closing removed)
    GET  /static/{name}                     the stylesheets
    GET  /register, /register.csv           the register of accounts (HTML document, CSV);
                                            ``?state=…&due=1`` as ``--state`` and ``--due``
    GET  /register/public                   the public list of accounts
    GET  /summary                           the summary of every plan, with its follow-ups

The register and summary are for communicators only on a shared server (``register_views``).
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response

from somplan.content.loader import Content, load_content
from somplan.web.decision_views import DecisionViews
from somplan.web.documents import DocumentViews
from somplan.web.followup_result_views import FollowupResultViews
from somplan.web.followup_step_views import FollowupStepViews
from somplan.web.followup_views import FollowupViews
from somplan.web.guard import Guard
from somplan.web.interview_views import InterviewViews
from somplan.web.pages import TEMPLATES, problem_page
from somplan.web.proposal_views import ProposalViews
from somplan.web.register_views import RegisterViews
from somplan.web.settings import Settings, load_settings

#: The groups of pages, each a ``Site`` with its routes.
VIEWS = (
    InterviewViews,
    DocumentViews,
    ProposalViews,
    DecisionViews,
    RegisterViews,
    FollowupViews,
    FollowupStepViews,
    FollowupResultViews,
)


def warm_up() -> None:
    """Compile every page's template now, at start, so that the first users do not wait while
    each request compiles them."""
    from somplan.render.html_page import TEMPLATES as DOCUMENTS
    from somplan.render.html_page import environment

    templates = environment(TEMPLATES)
    for folder in (TEMPLATES, DOCUMENTS):
        for path in sorted(folder.rglob("*.j2")):
            templates.get_template(path.relative_to(folder).as_posix())


def create_app(settings: Settings, content: Content | None = None) -> Guard:
    """The app for ``settings``; the content is loaded once, here (not per request)."""
    content = content or load_content(settings.questions)
    warm_up()
    routes = [route for views in VIEWS for route in views(settings, content).routes()]

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
