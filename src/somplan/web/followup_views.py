"""The follow-up of a running account, as pages: the plan's follow-ups, a new one (with the
account's address first when the plan's account was approved and none is recorded), each of the
plan's blockers and conditions, the follow-up flow's questions one per page, the review, the
result and the follow-up report. The files are those `somplan followup` writes, beside the plan,
so a follow-up goes on in either front door. Every successful post is answered by a redirect."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.assessment.followup_verdict import followup_verdict, items_of
from somplan.assessment.plan_items import PlanItem
from somplan.assessment.result import resolve
from somplan.content.answers import AnswersFile
from somplan.content.conditions import applies, relevant_answers
from somplan.content.display import answer_text
from somplan.content.followup import followup_of
from somplan.content.followup_files import fill_flow, plan_changed
from somplan.content.model import Flow, Question
from somplan.content.problems import ProblemError
from somplan.errors import UsageError
from somplan.interview import step as steps
from somplan.interview.decision_entry import record_opened
from somplan.interview.followup_steps import Place, next_place, place_before, standing
from somplan.interview.lifecycle_entry import (
    URL_MAX,
    item_question,
    item_state,
    needs_address,
    with_item,
)
from somplan.render.followup import accounts_shown, due_text_of
from somplan.render.followup.parts import Shown, followup_shown
from somplan.render.html_page import linked_styles
from somplan.text.i18n import Lang, message
from somplan.text.safetext import one_line
from somplan.web.followups import Followup, Followups, StaleFollowup
from somplan.web.forms import Submitted, form_view, read_answer
from somplan.web.pages import STYLESHEETS, field, pdf_available, see
from somplan.web.plans import Loaded, NotFound
from somplan.web.site import Site
from somplan.writing import WriteError


class FollowupViews(Site):
    """The follow-up, as pages."""

    FOLLOWUPS = Site.PLAN + "/followups"
    ONE = FOLLOWUPS + "/{followup:str}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.followup = followup_of(self.content)

    def routes(self) -> list[Route]:
        one = self.ONE
        return [
            Route(self.FOLLOWUPS, self.listing, methods=["GET"]),
            Route(self.FOLLOWUPS, self.start, methods=["POST"]),
            Route(self.FOLLOWUPS + "/address", self.address_form, methods=["GET"]),
            Route(self.FOLLOWUPS + "/address", self.address, methods=["POST"]),
            Route(one, self.resume, methods=["GET"]),
            Route(one + "/items/{item:int}", self.ask_item, methods=["GET"]),
            Route(one + "/items/{item:int}", self.answer_item, methods=["POST"]),
            Route(one + "/questions/{question:str}", self.ask, methods=["GET"]),
            Route(one + "/questions/{question:str}", self.answer, methods=["POST"]),
            Route(one + "/review", self.review, methods=["GET"]),
            Route(one + "/review", self.confirm, methods=["POST"]),
            Route(one + "/result", self.result, methods=["GET"]),
            Route(one + "/report", self.report, methods=["GET"]),
            Route(one + "/report.pdf", self.report_pdf, methods=["GET"]),
        ]

    # -- what every page works out -------------------------------------------------------------
    def _flow(self, plan: Loaded) -> Flow:
        """The follow-up flow with the plan's answers filled into its texts."""
        return fill_flow(self.followup.flow, self.followup.plan.flow, plan.record.answers)

    def _items(self, plan: Loaded) -> tuple[PlanItem, ...]:
        return items_of(self.followup.plan, plan.record)

    def _followups(self, plan: Loaded) -> Followups:
        return Followups(plan, self.followup.flow)

    def _both(self, request: Request) -> tuple[Loaded, Followup] | HTMLResponse:
        """The plan and the follow-up the address names, or the page that says why not."""
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        try:
            return plan, self._followups(plan).load(request.path_params["followup"])
        except NotFound:
            return self.problem(request, 404, "no-followup")
        except ProblemError as exc:
            lang = self.lang(request)
            return self.page(
                request,
                "problem.html.j2",
                422,
                title=message("web-followup.invalid-title", lang),
                lines=exc.lines(lang),
            )

    def _base(self, plan: Loaded, followup: Followup) -> str:
        return f"/plans/{plan.id}/followups/{followup.id}"

    def _url(self, plan: Loaded, followup: Followup, place: Place, change: bool = False) -> str:
        base = self._base(plan, followup)
        query = "?change=1" if change else ""
        if place.item is not None:
            return f"{base}/items/{place.item}{query}#question"
        if place.question is not None:
            return f"{base}/questions/{place.question.id}{query}#question"
        return f"{base}/review"

    def _next_url(self, plan: Loaded, followup: Followup) -> str:
        """The first thing not answered yet; the review when all is, the result when finished."""
        place = next_place(self._items(plan), self._flow(plan), followup.record)
        if place.item is None and place.question is None and followup.record.complete:
            return f"{self._base(plan, followup)}/result"
        return self._url(plan, followup, place)

    def _rows(self, plan: Loaded, followup: Followup, lang: Lang) -> list[dict[str, Any]]:
        """The review's rows: each item's state, then each answered question, with where to
        change it."""
        rows = []
        heading = message("followup-items.heading", lang)
        for n, item in enumerate(self._items(plan)):
            state = item_state(followup.record, item)
            if state is None:
                continue
            rows.append(
                {
                    "section": heading,
                    "text": item_question(item, lang).text.get(lang),
                    "answer": message(f"followup-items.state-{state}", lang),
                    "url": self._url(plan, followup, Place(item=n), change=True),
                }
            )
        flow = self._flow(plan)
        for question in steps.answered(flow, followup.record.answers):
            section = flow.section_of(question.id)
            rows.append(
                {
                    "section": section.title.get(lang) if section is not None else "",
                    "text": question.text.get(lang),
                    "answer": answer_text(question, followup.record.answers.get(question.id), lang),
                    "url": self._url(plan, followup, Place(question=question), change=True),
                }
            )
        return rows

    def _shown(self, plan: Loaded, followup: Followup, lang: Lang) -> Shown:
        return followup_shown(
            self.followup,
            plan.path,
            plan.record,
            followup.record,
            lang,
            plan.path.name,
            date.today(),
        )

    def _stale(
        self, request: Request, plan: Loaded, current: Followup, typed: str | None
    ) -> HTMLResponse:
        """The save was refused: the follow-up changed since the page was shown. Show it as it
        is now, and what the user sent."""
        lang = self.lang(request)
        return self.page(
            request,
            "followup_stale.html.j2",
            409,
            plan=plan,
            followup=current,
            rows=self._rows(plan, current, lang),
            typed=typed,
            next_url=self._next_url(plan, current),
        )

    async def _save(
        self,
        request: Request,
        plan: Loaded,
        followup: Followup,
        seen: str,
        edit: Callable[[AnswersFile], None],
        same: Callable[[AnswersFile], bool],
        typed: str | None,
    ) -> Followup | HTMLResponse:
        """Save ``edit`` if the follow-up is still as the page showed it; ``same``: the current
        file already holds what was sent (sent twice), which is not refused."""
        lang = self.lang(request)

        def edit_in(record: AnswersFile) -> None:
            edit(record)
            record.language = lang

        try:
            return await run_in_threadpool(
                self._followups(plan).change, followup.id, seen, plan.record, edit_in
            )
        except StaleFollowup as stale:
            if same(stale.current.record):
                return stale.current
            return self._stale(request, plan, stale.current, typed)
        except NotFound:
            return self.problem(request, 404, "no-followup")
        except ProblemError:
            broken = self._both(request)
            return (
                broken
                if isinstance(broken, Response)
                else self.problem(request, 404, "no-followup")
            )
        except WriteError as exc:
            return self.write_failed(request, exc, typed)

    # -- the plan's follow-ups, and a new one --------------------------------------------------
    async def listing(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        lang = self.lang(request)
        listed = []
        for f in self._followups(plan).listed():
            outcome = None
            if f.record.complete:
                outcome = followup_verdict(self.followup, plan.record, f.record).outcome
            listed.append(
                {
                    "followup": f,
                    "date": (f.record.created or f.record.updated or "")[:10],
                    "outcome": outcome,
                    "url": self._next_url(plan, f),
                }
            )
        accounts = [a.text(lang) for a in accounts_shown(plan.record, self.content.catalogue, lang)]
        return self.page(
            request,
            "followups.html.j2",
            plan=plan,
            followups=listed,
            accounts=accounts,
            plan_incomplete=not plan.record.complete,
        )

    async def start(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        if needs_address(plan.record):  # asked before the follow-up takes the plan's checksum
            return see(f"/plans/{plan.id}/followups/address#question")
        return await self._create(request, plan)

    async def _create(self, request: Request, plan: Loaded) -> Response:
        try:
            created = await run_in_threadpool(
                self._followups(plan).create, plan.record, self.lang(request), date.today()
            )
        except WriteError as exc:
            return self.write_failed(request, exc, None)
        return see(self._next_url(plan, created))

    def _address_page(
        self, request: Request, plan: Loaded, status: int = 200, **context: Any
    ) -> HTMLResponse:
        return self.page(
            request,
            "followup_address.html.j2",
            status,
            plan=plan,
            url_max=URL_MAX,
            **{"typed": "", "error": None, "revision": plan.revision, **context},
        )

    async def address_form(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        if not needs_address(plan.record):
            return see(f"/plans/{plan.id}/followups")
        return self._address_page(request, plan)

    async def address(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        url = one_line(field(fields, "url")).strip()
        if field(fields, "later") == "1" or not url or not needs_address(plan.record):
            return await self._create(request, plan)
        lang = self.lang(request)
        day = date.today().isoformat()
        if len(url) > URL_MAX:
            error = message("answer.text-too-long", lang, max=URL_MAX, length=len(url))
            return self._address_page(
                request, plan, 422, typed=url, error=error, revision=field(fields, "rev")
            )
        try:
            record_opened(plan.record.model_copy(), url, day)
        except UsageError:
            error = message("followup-opened.bad-url", lang, value=url)
            return self._address_page(
                request, plan, 422, typed=url, error=error, revision=field(fields, "rev")
            )

        def edit(record: AnswersFile) -> None:
            record_opened(record, url, day)

        seen = field(fields, "rev")
        back = f"/plans/{plan.id}/followups/address"
        saved = await self.save(request, lambda plans: plans.change(plan.id, seen, edit), url, back)
        if isinstance(saved, Response):
            return saved
        return await self._create(request, saved)

    async def resume(self, request: Request) -> Response:
        both = self._both(request)
        if isinstance(both, Response):
            return both
        return see(self._next_url(*both))

    # -- the plan's blockers and conditions ----------------------------------------------------
    def _progress_lines(
        self, lang: Lang, plan: Loaded, followup: Followup, place: Place, change: bool
    ) -> tuple[str, str, str | None]:
        """The section line, the progress line and the section's intro of ``place``."""
        where = standing(self._items(plan), self._flow(plan), followup.record, place, change)
        section = where.section
        title = (
            message("followup-items.heading", lang) if section is None else section.title.get(lang)
        )
        intro = section.intro.get(lang) if section is not None and section.intro else None
        section_line = message(
            "wizard.section",
            lang,
            number=where.section_number,
            count=where.section_count,
            title=title,
        )
        if change:
            progress_line = message("wizard.changing", lang)
        else:
            progress_line = message(
                "wizard.progress" if where.remaining > 1 else "wizard.progress-last",
                lang,
                number=where.number,
                remaining=where.remaining - 1,
            )
        return section_line, progress_line, intro

    def _question_page(
        self,
        request: Request,
        plan: Loaded,
        followup: Followup,
        place: Place,
        question: Question,
        current: Any,
        change: bool,
        status: int = 200,
        submitted: Submitted | None = None,
        revision: str | None = None,
    ) -> HTMLResponse:
        lang = self.lang(request)
        if submitted is not None and submitted.error is not None:
            shown = submitted.chosen if question.kind not in ("text", "number") else None
            view = form_view(question, shown, lang, typed=submitted.typed)
            error: str | None = submitted.error.text(lang)
        else:
            view = form_view(question, current, lang)
            error = None
        if change:
            back = f"{self._base(plan, followup)}/review"
        else:
            before = place_before(self._items(plan), self._flow(plan), followup.record, place)
            back = (
                self._url(plan, followup, before)
                if before is not None
                else f"/plans/{plan.id}/followups"
            )
        section_line, progress_line, intro = self._progress_lines(
            lang, plan, followup, place, change
        )
        return self.page(
            request,
            "question.html.j2",
            status,
            plan=plan,
            question=question,
            text=question.text.get(lang),
            help=question.help.get(lang),
            intro=intro,
            section_line=section_line,
            progress_line=progress_line,
            view=view,
            error=error,
            revision=revision or followup.revision,
            change=change,
            back=back,
            action=self._url(plan, followup, place).split("?")[0].split("#")[0],
        )

    def _item(self, request: Request, plan: Loaded) -> tuple[int, PlanItem] | None:
        items = self._items(plan)
        n: int = request.path_params["item"]
        return (n, items[n]) if 0 <= n < len(items) else None

    async def ask_item(self, request: Request) -> Response:
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        found = self._item(request, plan)
        if found is None:
            return self.problem(request, 404, "no-question")
        n, item = found
        lang = self.lang(request)
        change = request.query_params.get("change") == "1"
        question = item_question(item, lang)
        current = item_state(followup.record, item)
        return self._question_page(
            request, plan, followup, Place(item=n), question, current, change
        )

    async def answer_item(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        found = self._item(request, plan)
        if found is None:
            return self.problem(request, 404, "no-question")
        n, item = found
        lang = self.lang(request)
        question = item_question(item, lang)
        change = field(fields, "change") == "1"
        seen = field(fields, "rev")
        submitted = read_answer(question, fields)
        if submitted.error is not None:
            return self._question_page(
                request, plan, followup, Place(item=n), question, None, change, 422, submitted, seen
            )
        state = submitted.value

        def edit(record: AnswersFile) -> None:
            record.plan_items = with_item(record, item, state, lang)

        saved = await self._save(
            request,
            plan,
            followup,
            seen,
            edit,
            lambda record: item_state(record, item) == state,
            message(f"followup-items.state-{state}", lang),
        )
        if isinstance(saved, Response):
            return saved
        return see(self._after(plan, saved, change))

    def _after(self, plan: Loaded, followup: Followup, change: bool) -> str:
        """Where a saved answer leads: the next open place (the review when none is; back to the
        review after a change)."""
        if change:
            place = next_place(self._items(plan), self._flow(plan), followup.record)
            return self._url(plan, followup, place)
        return self._next_url(plan, followup)

    # -- the follow-up flow's questions --------------------------------------------------------
    def _flow_question(self, request: Request, flow: Flow) -> Question | None:
        return flow.question(request.path_params["question"])

    async def ask(self, request: Request) -> Response:
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        flow = self._flow(plan)
        question = self._flow_question(request, flow)
        if question is None:
            return self.problem(request, 404, "no-question")
        answers = followup.record.answers
        if not applies(question, relevant_answers(flow, answers)):
            return see(self._next_url(plan, followup))
        change = request.query_params.get("change") == "1"
        return self._question_page(
            request,
            plan,
            followup,
            Place(question=question),
            question,
            steps.preselected(question, answers),
            change,
        )

    async def answer(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        both = self._both(request)
        if isinstance(both, Response):
            return both
        plan, followup = both
        flow = self._flow(plan)
        question = self._flow_question(request, flow)
        if question is None:
            return self.problem(request, 404, "no-question")
        change = field(fields, "change") == "1"
        seen = field(fields, "rev")
        submitted = read_answer(question, fields)
        place = Place(question=question)
        if submitted.error is not None:
            return self._question_page(
                request, plan, followup, place, question, None, change, 422, submitted, seen
            )
        lang = self.lang(request)
        value = submitted.value

        def edit(record: AnswersFile) -> None:
            record.answers = steps.with_answer(flow, record.answers, question.id, value)
            if steps.first_open(flow, record.answers) < len(flow.questions()):
                record.complete = False  # a question that now applies is still to be answered

        def same(record: AnswersFile) -> bool:
            there = record.answers.get(question.id, object())
            return bool(there == value and type(there) is type(value))

        typed = submitted.typed or answer_text(question, value, lang)
        saved = await self._save(request, plan, followup, seen, edit, same, typed)
        if isinstance(saved, Response):
            return saved
        return see(self._after(plan, saved, change))

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
        both = self._both(request)
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
