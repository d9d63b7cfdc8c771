"""The plan's documents as pages: the report as the same HTML document the terminal writes
(its stylesheets linked, not inline, for the Content-Security-Policy), the PDF/A when the pdf
extra is installed, and the stylesheets themselves."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.content.loader import Content
from somplan.render.html_page import linked_styles
from somplan.text.i18n import Lang
from somplan.web.pages import STYLESHEETS, pdf_available, stylesheet
from somplan.web.plans import Loaded
from somplan.web.settings import Settings
from somplan.web.site import Site

#: How many rendered reports a process keeps (a report takes tens of milliseconds to make; the
#: same plan is often opened again, e.g. the report, then its PDF).
KEPT = 32


class DocumentViews(Site):
    """The report, its PDF, and the stylesheets."""

    def __init__(self, settings: Settings, content: Content) -> None:
        super().__init__(settings, content)
        self._made: OrderedDict[tuple[str, str, str, bool, date], str | None] = OrderedDict()
        self._lock = threading.Lock()

    def routes(self) -> list[Route]:
        return [
            Route(self.PLAN + "/report", self.report, methods=["GET"]),
            Route(self.PLAN + "/report.pdf", self.report_pdf, methods=["GET"]),
            Route("/static/{name:str}", self.static, methods=["GET"]),
        ]

    def _document(self, plan: Loaded, lang: Lang, linked: bool) -> str | None:
        """The plan's report as HTML (None without a catalogue): made once per revision of the
        file, language, kind of page and day, then kept (a few, newest used last)."""
        key = (str(plan.path), plan.revision, lang, linked, date.today())
        with self._lock:
            if key in self._made:
                self._made.move_to_end(key)
                return self._made[key]
        if linked:
            with linked_styles(*STYLESHEETS):
                html = self._make(plan, lang)
        else:
            html = self._make(plan, lang)
        with self._lock:
            self._made[key] = html
            while len(self._made) > KEPT:
                self._made.popitem(last=False)
        return html

    def _make(self, plan: Loaded, lang: Lang) -> str | None:
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
        # In the thread pool: the page of one user's report does not hold up everyone's steps.
        html = await run_in_threadpool(self._document, plan, self.lang(request), True)
        if html is None:
            return self.problem(request, 404, "no-report")
        return HTMLResponse(html)

    async def report_pdf(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        if not pdf_available():
            return self.problem(request, 404, "no-pdf")
        html = await run_in_threadpool(self._document, plan, self.lang(request), False)
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
            stylesheet(name),
            media_type="text/css",
            headers={"cache-control": "private, max-age=3600"},
        )
