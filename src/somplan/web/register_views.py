"""The pages for communicators: the register of accounts (the same HTML document and CSV as
`somplan register` writes), the public list, and the summary of every plan with its follow-ups.

On a local server they are over the one person's own plans and always there. On a shared server
only the users named in the setting ``communicators`` see them, and they span every user's
folder; anyone else gets a page that says who to ask. The documents link their stylesheets and
size their bars by class, so the Content-Security-Policy holds (``render.html_page.linked_styles``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.content.problems import ProblemError
from somplan.render.html_page import linked_styles
from somplan.text.i18n import Lang, message
from somplan.web.pages import STYLESHEETS, user_of
from somplan.web.site import Site

if TYPE_CHECKING:
    from somplan.assessment.register import Account
    from somplan.content.followup import FollowupContent


class RegisterViews(Site):
    """The register, its CSV, the public list and the summary."""

    _followup: FollowupContent | ProblemError | None = None

    def routes(self) -> list[Route]:
        return [
            Route("/register", self.register, methods=["GET"]),
            Route("/register.csv", self.register_csv, methods=["GET"]),
            Route("/register/public", self.public_list, methods=["GET"]),
            Route("/summary", self.summary, methods=["GET"]),
        ]

    # -- who and what ------------------------------------------------------------------------
    def refused(self, request: Request) -> HTMLResponse | None:
        """The page that says who to ask, when this user may not see the register."""
        if self.settings.may_see_register(user_of(request, self.settings)):
            return None
        lang = self.lang(request)
        names = ", ".join(self.settings.communicators) or message("web.register-nobody", lang)
        return self.problem(request, 403, "register-forbidden", names=names)

    def folders(self) -> list[Path]:
        """Where the plans are: the one person's folder, or every user's on a shared server."""
        base = self.settings.plans_folder()
        if not self.settings.shared:
            return [base]
        users = base / "users"
        if not users.is_dir():
            return []
        return sorted(p for p in users.iterdir() if p.is_dir() and not p.is_symlink())

    def files(self) -> list[Path]:
        from somplan.assessment.plan_files import answers_files

        return answers_files(self.folders())

    def followup(self) -> FollowupContent | ProblemError:
        """The follow-up content (with the plan content), loaded at the first use only."""
        if self._followup is None:
            from somplan.content.followup import load_followup

            try:
                self._followup = load_followup(self.settings.questions)
            except ProblemError as exc:
                self._followup = exc
        return self._followup

    def _rows(
        self, lang: Lang, states: tuple[str, ...] = (), due: bool = False
    ) -> tuple[list[Account], list[str]] | ProblemError:
        from somplan.assessment.register import selected
        from somplan.assessment.register_files import register_of

        content = self.followup()
        if isinstance(content, ProblemError):
            return content
        rows, failed = register_of(content, self.files(), lang, date.today())
        return selected(rows, states, due), failed

    def _unavailable(self, request: Request, exc: ProblemError, key: str) -> HTMLResponse:
        lang = self.lang(request)
        title = message(key, lang)
        return self.page(request, "problem.html.j2", 503, title=title, lines=exc.lines(lang))

    # -- the pages ---------------------------------------------------------------------------
    async def register(self, request: Request) -> Response:
        return await self._register(request, "html")

    async def register_csv(self, request: Request) -> Response:
        return await self._register(request, "csv")

    async def public_list(self, request: Request) -> Response:
        return await self._register(request, "public")

    def _filter(self, request: Request) -> tuple[tuple[str, ...], bool] | HTMLResponse:
        """The states and "only due" chosen in the address (``?state=opened&due=1``, as
        ``--state`` and ``--due``), or the page that names an unknown state."""
        from somplan.assessment.register import REGISTER_STATES

        states = tuple(request.query_params.getlist("state"))
        for state in states:
            if state not in REGISTER_STATES:
                lang = self.lang(request)
                return self.page(
                    request,
                    "problem.html.j2",
                    400,
                    title=message("web.bad-filter-title", lang),
                    lines=[
                        message(
                            "web.bad-filter", lang, value=state, states=", ".join(REGISTER_STATES)
                        )
                    ],
                )
        return states, request.query_params.get("due") == "1"

    async def _register(self, request: Request, kind: str) -> Response:
        refused = self.refused(request)
        if refused is not None:
            return refused
        lang = self.lang(request)
        chosen = self._filter(request)
        if isinstance(chosen, HTMLResponse):
            return chosen
        states, due = chosen

        def made() -> str | ProblemError:
            from somplan.assessment.register import public
            from somplan.assessment.summary_all import in_one_process
            from somplan.render import register as render_register

            with in_one_process():  # no fork from a server's thread
                found = self._rows(lang, states, due)
            if isinstance(found, ProblemError):
                return found
            rows, failed = found
            if kind == "csv":
                return render_register.as_csv(rows)
            with linked_styles(*STYLESHEETS):
                if kind == "public":
                    return render_register.public_html(public(rows), lang)
                return render_register.as_html(rows, failed, lang)

        text = await run_in_threadpool(made)
        if isinstance(text, ProblemError):
            return self._unavailable(request, text, "web.register-unavailable-title")
        if kind == "csv":
            return Response(
                text,
                media_type="text/csv; charset=utf-8",
                headers={"content-disposition": 'attachment; filename="register.csv"'},
            )
        return HTMLResponse(text)

    async def summary(self, request: Request) -> Response:
        refused = self.refused(request)
        if refused is not None:
            return refused
        lang = self.lang(request)
        if self.content.catalogue is None or self.content.rules is None:
            return self.problem(request, 503, "summary-unavailable")

        def made() -> str:
            from somplan.assessment.overview_files import overview_of_files
            from somplan.assessment.summary_all import in_one_process
            from somplan.render.summary import html as summary_html

            followup = self.followup()
            usable = None if isinstance(followup, ProblemError) else followup
            with in_one_process():  # no fork from a server's thread
                summed = overview_of_files(self.content, self.files(), lang, usable, date.today())
            with linked_styles(*STYLESHEETS):
                return summary_html.render(summed.overview, lang, summed.due)

        return HTMLResponse(await run_in_threadpool(made))
