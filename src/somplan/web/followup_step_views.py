"""A follow-up's steps as pages: each of the plan's blockers and conditions, then the follow-up
flow's questions, one per page, with back, change from the review and a stale save refused."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.assessment.plan_items import PlanItem
from somplan.content.answers import AnswersFile
from somplan.content.conditions import applies, relevant_answers
from somplan.content.display import answer_text
from somplan.content.model import Flow, Question
from somplan.interview import step as steps
from somplan.interview.followup_steps import Place, next_place, place_before, standing
from somplan.interview.lifecycle_entry import (
    item_question,
    item_state,
    with_item,
)
from somplan.text.i18n import Lang, message
from somplan.web.followup_site import FollowupSite
from somplan.web.followups import Followup
from somplan.web.forms import Submitted, read_answer, shown_form
from somplan.web.pages import field, see, sent_text
from somplan.web.plans import Loaded


class FollowupStepViews(FollowupSite):
    """Each item and question of a follow-up."""

    def routes(self) -> list[Route]:
        one = self.ONE
        return [
            Route(one + "/items/{item:int}", self.ask_item, methods=["GET"]),
            Route(one + "/items/{item:int}", self.answer_item, methods=["POST"]),
            Route(one + "/questions/{question:str}", self.ask, methods=["GET"]),
            Route(one + "/questions/{question:str}", self.answer, methods=["POST"]),
        ]

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
        view, error = shown_form(question, current, lang, submitted)
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
        both = self._both(request, sent_text(fields))
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
        both = self._both(request, sent_text(fields))
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
