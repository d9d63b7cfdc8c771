"""The interview's pages: the user's plans, a new plan, one plan's page, each question, the
review, and the unit's name. Every successful post is answered with a redirect
(POST-redirect-GET), so reload and back never send an answer twice or lose one."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from somplan.assessment.register import REGISTER_STATES
from somplan.content.answers import UNIT_NAME_MAX, AnswersFile
from somplan.content.conditions import applies, relevant_answers
from somplan.content.display import answer_text
from somplan.content.model import Question
from somplan.interview import step as steps
from somplan.interview.proposal import stopped_in_proposal
from somplan.text.i18n import Lang, message
from somplan.text.safetext import one_line
from somplan.web.forms import Submitted, read_answer, shown_form
from somplan.web.pages import field, pdf_available, see
from somplan.web.plans import Loaded
from somplan.web.site import Site
from somplan.web.standing import standing_of
from somplan.writing import WriteError


class InterviewViews(Site):
    """The interview, as pages."""

    def routes(self) -> list[Route]:
        plan = self.PLAN
        return [
            Route("/", self.home, methods=["GET"]),
            Route("/plans", self.create, methods=["POST"]),
            Route(plan, self.overview, methods=["GET"]),
            Route(plan + "/next", self.next, methods=["GET"]),
            Route(plan + "/questions/{question:str}", self.ask, methods=["GET"]),
            Route(plan + "/questions/{question:str}", self.answer, methods=["POST"]),
            Route(plan + "/review", self.review, methods=["GET"]),
            Route(plan + "/review", self.confirm, methods=["POST"]),
            Route(plan + "/unit", self.unit_form, methods=["GET"]),
            Route(plan + "/unit", self.rename, methods=["POST"]),
        ]

    # -- the list of plans ---------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        listed = self.plans(request).listed()
        return self.page(
            request,
            "plans.html.j2",
            plans=listed,
            unit_max=UNIT_NAME_MAX,
            register_states=REGISTER_STATES,
        )

    async def create(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        unit = one_line(field(fields, "unit"))
        if len(unit) > UNIT_NAME_MAX:
            lang = self.lang(request)
            error = message("answer.text-too-long", lang, max=UNIT_NAME_MAX, length=len(unit))
            return self.page(
                request,
                "plans.html.j2",
                422,
                plans=self.plans(request).listed(),
                unit_max=UNIT_NAME_MAX,
                register_states=REGISTER_STATES,
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

    # -- one plan ------------------------------------------------------------------------------
    async def overview(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        lang = self.lang(request)
        open_index = steps.first_open(self.flow, plan.record.answers)
        verdict = await run_in_threadpool(self.verdict_line, plan, lang)
        return self.page(
            request,
            "plan.html.j2",
            verdict=verdict,
            plan=plan,
            notes=[n.text(lang) for n in plan.notes],
            answered=len(steps.answered(self.flow, plan.record.answers)),
            open=open_index < len(self.questions),
            next_url=self.next_url(plan),
            has_report=self.content.catalogue is not None and self.content.rules is not None,
            has_pdf=pdf_available(),
            standing=standing_of(plan.record, self.content.catalogue, lang),
            has_proposal=self.content.proposal is not None and self.content.rules is not None,
            in_proposal=stopped_in_proposal(self.flow, plan.record),
        )

    def verdict_line(self, plan: Loaded, lang: Lang) -> str | None:
        """The verdict in one line (with how many blockers and conditions), once the answers are
        confirmed; the report says why."""
        confirmed = plan.record.complete or stopped_in_proposal(self.flow, plan.record)
        if not confirmed or self.content.catalogue is None or self.content.rules is None:
            return None
        from somplan.assessment.scoring import assess
        from somplan.render.words import verdict_title

        verdict = assess(self.content, plan.record, what_if=False).verdict
        return message(
            "web-proposal.verdict",
            lang,
            verdict=verdict_title(verdict, lang),
            blockers=len(verdict.blockers),
            conditions=len(verdict.conditions),
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
        view, error = shown_form(question, steps.preselected(question, answers), lang, submitted)
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
        change = field(fields, "change") == "1"
        seen = field(fields, "rev")
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

        def already(current: Loaded) -> bool:  # the same answer sent twice (a double click)
            same = current.record.answers.get(question.id, object())
            return bool(same == submitted.value and type(same) is type(submitted.value))

        typed = submitted.typed or answer_text(question, submitted.value, lang)
        saved = await self.save(
            request, lambda plans: plans.change(plan_id, seen, edit), typed, already=already
        )
        if isinstance(saved, Response):
            return saved
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

        seen = field(fields, "rev")
        saved = await self.save(
            request,
            lambda plans: plans.change(plan.id, seen, edit),
            None,
            already=lambda current: current.record.complete,  # confirmed already (sent twice)
        )
        if isinstance(saved, Response):
            return saved
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
        name = one_line(field(fields, "unit"))
        plan = self.load(request, typed=name)
        if isinstance(plan, Response):
            return plan
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

        seen = field(fields, "rev")
        saved = await self.save(
            request,
            lambda plans: plans.rename_unit(plan.id, seen, name or None),
            name,
            already=lambda current: (current.record.unit or "") == name,  # sent twice
        )
        if isinstance(saved, Response):
            return saved
        return see(self.after_rename(saved))

    def after_rename(self, plan: Loaded) -> str:
        if steps.first_open(self.flow, plan.record.answers) < len(self.questions):
            return f"/plans/{plan.id}"
        return f"/plans/{plan.id}/review"
