"""A follow-up's end as pages: the review of its answers, the confirmation, the result (what the
follow-up recommends and when the next one is due) and the follow-up report as HTML and PDF/A."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.assessment.result import resolve
from somplan.content.answers import AnswersFile
from somplan.content.conditions import relevant_answers
from somplan.content.followup_files import plan_changed
from somplan.interview.followup_steps import next_place
from somplan.render.followup import due_text_of
from somplan.render.html_page import linked_styles
from somplan.web.followup_site import FollowupSite
from somplan.web.pages import STYLESHEETS, field, pdf_available, see, sent_text


class FollowupResultViews(FollowupSite):
    """The review, the result and the report of a follow-up."""

    def routes(self) -> list[Route]:
        one = self.ONE
        return [
            Route(one + "/review", self.review, methods=["GET"]),
            Route(one + "/review", self.confirm, methods=["POST"]),
            Route(one + "/result", self.result, methods=["GET"]),
            Route(one + "/report", self.report, methods=["GET"]),
            Route(one + "/report.pdf", self.report_pdf, methods=["GET"]),
        ]

    # -- the review, the result and the report -------------------------------------------------
    async def review(self, request: Request) -> Response:
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        place = next_place(self._items(plan), self._flow(plan), followup.record)
        if place.item is not None or place.question is not None:
            return see(self._url(plan, followup, place))
        lang = self.lang(request)
        return self.page(
            request,
            "followup_review.html.j2",
            plan=plan,
            followup=followup,
            rows=self._rows(plan, followup, lang),
        )

    async def confirm(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        both = self._both(request, sent_text(fields))
        if isinstance(both, Response):
            return both
        plan, followup = both
        flow = self._flow(plan)
        place = next_place(self._items(plan), flow, followup.record)
        if place.item is not None or place.question is not None:
            return see(self._url(plan, followup, place))

        def edit(record: AnswersFile) -> None:
            record.answers = relevant_answers(flow, record.answers)
            record.complete = True

        saved = await self._save(
            request,
            plan,
            followup,
            field(fields, "rev"),
            edit,
            lambda record: record.complete,
            None,
        )
        if isinstance(saved, Response):
            return saved
        return see(f"{self._base(plan, saved)}/result#question")

    async def result(self, request: Request) -> Response:
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        if not followup.record.complete:
            return see(self._next_url(plan, followup))
        lang = self.lang(request)
        shown = self._shown(plan, followup, lang)
        verdict = shown.verdict
        return self.page(
            request,
            "followup_result.html.j2",
            plan=plan,
            followup=followup,
            outcome=verdict.outcome,
            title=resolve(verdict.title, lang),
            summary=resolve(verdict.summary, lang),
            reasons=[
                (r.outcome, resolve(r.text, lang))
                for r in verdict.reasons
                if r.outcome != "continue"
            ],
            due_text=due_text_of(shown.due, lang),
            changed=plan_changed(followup.record, plan.path),
            has_pdf=pdf_available(),
        )

    async def report(self, request: Request) -> Response:
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        lang = self.lang(request)
        shown = self._shown(plan, followup, lang)
        from somplan.render.followup.html import render_html

        with linked_styles(*STYLESHEETS):
            html = render_html(shown.verdict, shown.header, lang, shown.due)
        return HTMLResponse(html)

    async def report_pdf(self, request: Request) -> Response:
        """The follow-up report as PDF/A, as `somplan followup --report --format pdf` writes it
        (only when the pdf extra is installed)."""
        both = self._both(request)
        if isinstance(both, Response):
            return both
        if not pdf_available():
            return self.problem(request, 404, "no-pdf")
        plan, followup = both
        shown = self._shown(plan, followup, self.lang(request))
        from somplan.render.followup.html import render_html
        from somplan.render.pdf import html_to_pdf

        html = render_html(shown.verdict, shown.header, self.lang(request), shown.due)
        data = await run_in_threadpool(html_to_pdf, html)
        return Response(
            data,
            media_type="application/pdf",
            headers={"content-disposition": f'attachment; filename="{followup.path.stem}.pdf"'},
        )
