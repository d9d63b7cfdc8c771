"""The plan's documents as pages: the report as the same HTML document the terminal writes
(its stylesheets linked, not inline, for the Content-Security-Policy), the PDF/A when the pdf
extra is installed, and the stylesheets themselves."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.render.html_page import linked_styles
from somplan.text.i18n import Lang
from somplan.web.pages import STYLESHEETS, pdf_available, stylesheet
from somplan.web.plans import Loaded
from somplan.web.site import Site


class DocumentViews(Site):
    """The report, its PDF, and the stylesheets."""

    def routes(self) -> list[Route]:
        return [
            Route(self.PLAN + "/report", self.report, methods=["GET"]),
            Route(self.PLAN + "/report.pdf", self.report_pdf, methods=["GET"]),
            Route("/static/{name:str}", self.static, methods=["GET"]),
        ]

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
            stylesheet(name),
            media_type="text/css",
            headers={"cache-control": "private, max-age=3600"},
        )
