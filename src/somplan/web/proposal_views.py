"""The unit's proposal as pages: which account(s) it proposes from the ranking, and for each who
runs it, who stands in, when it starts and how much time it gets, then the first follow-up.

The questions, which of them are asked (a reason for a channel that fits poorly, the other
channel's name) and the proposal they make are the terminal's (``interview.proposal``): each page
is one step of the same walk, rebuilt from the proposal saved in the plan, and every answer is
saved at once (the ranking the proposal was made on is kept when it is finished, as the terminal
keeps it). A step is addressed by its place in the walk; the plan's revision guards it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from somplan.content.answers import AnswersFile
from somplan.content.display import answer_text
from somplan.content.model import ProposalTexts
from somplan.content.problems import ProblemError
from somplan.interview import step as flow_steps
from somplan.interview.proposal import (
    FIRST_FOLLOWUP,
    ProposalWalk,
    Step,
    change_lines,
    complete_while_proposing,
    is_day,
    progress_at,
    question_at,
    ranking_changes,
    ranking_now,
)
from somplan.text.i18n import Lang, Msg, message
from somplan.web.forms import Submitted, read_answer, shown_form
from somplan.web.pages import field, see, sent_text
from somplan.web.plans import Loaded
from somplan.web.site import Site


class ProposalViews(Site):
    """The proposal, as pages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rules: Any = None

    def routes(self) -> list[Route]:
        base = self.PLAN + "/proposal"
        return [
            Route(base, self.start, methods=["GET"]),
            Route(base + "/{step:int}", self.ask, methods=["GET"]),
            Route(base + "/{step:int}", self.answer, methods=["POST"]),
            Route(base + "/later", self.later, methods=["POST"]),
        ]

    # -- the walk ------------------------------------------------------------------------------
    def texts(self) -> ProposalTexts | None:
        if self.content.catalogue is None or self.content.rules is None:
            return None
        return self.content.proposal

    def walk(self, record: AnswersFile, lang: Lang) -> ProposalWalk:
        """The proposal's walk over the plan's answers, with what the plan holds of it."""
        from somplan.assessment.scoring import assess

        texts = self.texts()
        assert texts is not None
        assessment = assess(self.content, record, what_if=False)
        return ProposalWalk(texts, assessment, lang, record.proposal)

    def suggested_followup(self, record: AnswersFile) -> str | None:
        """The first follow-up's date by the follow-up rules (as the terminal suggests it)."""
        from somplan.assessment.followup_due import next_followup
        from somplan.content.followup import load_followup

        if self._rules is None:
            try:
                self._rules = load_followup(self.content.folder).rules
            except ProblemError:
                self._rules = False
        if not self._rules:
            return None
        due = next_followup(record, [], self._rules.settings, date.today()).due
        return due.isoformat() if due is not None else None

    def url(self, plan_id: str, step: int) -> str:
        return f"/plans/{plan_id}/proposal/{step}#question"

    # -- the pages -----------------------------------------------------------------------------
    def _plan(self, request: Request, typed: str | None = None) -> Loaded | Response:
        """The plan whose proposal is asked for, or where to go instead: a proposal is written
        once every question that applies has its answer, as the terminal asks it after the
        verdict. ``typed``: what a form sent, shown if the plan is gone."""
        plan = self.load(request, typed)
        if isinstance(plan, Response):
            return plan
        if self.texts() is None:
            return self.problem(request, 404, "no-proposal")
        if flow_steps.first_open(self.flow, plan.record.answers) < len(self.questions):
            return see(self.next_url(plan))
        return plan

    async def start(self, request: Request) -> Response:
        plan = self._plan(request)
        if isinstance(plan, Response):
            return plan
        return see(self.url(plan.id, 0))

    def _step(self, request: Request, walk: ProposalWalk) -> tuple[int, list[Step]] | None:
        steps = walk.steps()
        index: int = request.path_params["step"]
        return (index, steps) if 0 <= index < len(steps) else None

    def _page(
        self,
        request: Request,
        plan: Loaded,
        walk: ProposalWalk,
        steps: list[Step],
        index: int,
        status: int = 200,
        submitted: Submitted | None = None,
        revision: str | None = None,
    ) -> Response:
        lang = self.lang(request)
        question, current = question_at(walk, steps[index], self.suggested_followup(plan.record))
        progress = progress_at(walk, steps, index)
        view, error = shown_form(question, current, lang, submitted)
        intro = progress.section.intro
        changes: list[str] = []
        if index == 0 and plan.record.proposal is not None:
            found = ranking_changes(plan.record.proposal, walk.assessment, lang)
            changes = change_lines(found, walk.assessment.fit_minimum, lang) if found else []
        section = progress.section
        return self.page(
            request,
            "question.html.j2",
            status,
            plan=plan,
            question=question,
            text=question.text.get(lang),
            help=question.help.get(lang),
            intro=intro.get(lang) if intro is not None else None,
            notes=changes,
            section_line=message(
                "wizard.section",
                lang,
                number=progress.section_number,
                count=progress.section_count,
                title=section.title.get(lang),
            ),
            progress_line=message(
                "wizard.progress" if progress.remaining > 1 else "wizard.progress-last",
                lang,
                number=progress.question_number,
                remaining=progress.remaining - 1,
            ),
            view=view,
            error=error,
            revision=revision or plan.revision,
            change=False,
            back=self.url(plan.id, index - 1) if index else f"/plans/{plan.id}#proposal",
            action=f"/plans/{plan.id}/proposal/{index}",
        )

    async def later(self, request: Request) -> Response:
        """A first proposal begun and left for later, as the terminal's "not now": the plan is
        complete, with what the proposal holds so far."""
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self._plan(request)
        if isinstance(plan, Response):
            return plan

        def edit(record: AnswersFile) -> None:
            record.complete = True

        seen = field(fields, "rev")
        saved = await self.save(
            request,
            lambda plans: plans.change(plan.id, seen, edit),
            None,
            already=lambda current: current.record.complete,  # sent twice
        )
        return saved if isinstance(saved, Response) else see(f"/plans/{plan.id}#proposal")

    async def ask(self, request: Request) -> Response:
        plan = self._plan(request)
        if isinstance(plan, Response):
            return plan
        walk = await run_in_threadpool(self.walk, plan.record, self.lang(request))
        found = self._step(request, walk)
        if found is None:  # an old address: the walk is shorter now
            return see(f"/plans/{plan.id}#proposal")
        index, steps = found
        return self._page(request, plan, walk, steps, index)

    async def answer(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self._plan(request, sent_text(fields))
        if isinstance(plan, Response):
            return plan
        lang = self.lang(request)
        walk = await run_in_threadpool(self.walk, plan.record, lang)
        found = self._step(request, walk)
        if found is None:
            return see(f"/plans/{plan.id}#proposal")
        index, steps = found
        step = steps[index]
        question, _ = question_at(walk, step, None)
        submitted = read_answer(question, fields)
        seen = field(fields, "rev")
        if submitted.error is None and step.field == FIRST_FOLLOWUP:
            day = submitted.value
            if day is not None and not is_day(str(day)):
                error = Msg("proposal.not-a-day", {"value": str(day)})
                submitted = Submitted(None, error, submitted.typed, submitted.chosen)
        if submitted.error is not None:
            return self._page(request, plan, walk, steps, index, 422, submitted, seen)
        # As the terminal keeps it: an optional text left empty is no answer.
        value = None if submitted.value in ("", None) else submitted.value

        def edit(record: AnswersFile) -> None:
            fresh = self.walk(record, lang)
            fresh.answer(step, value)
            after = fresh.steps()
            # The last page ends the proposal once every question it needs is answered (an
            # address typed to skip ahead leads back to the first one left, below).
            finished = index + 1 >= len(after) and fresh.first_open(after) >= len(after)
            earlier = record.proposal
            kept = earlier.ranking if earlier is not None else None
            ranking = ranking_now(fresh.assessment) if finished else kept
            # As in the terminal: a first proposal half-way leaves the plan unfinished.
            record.complete = complete_while_proposing(self.flow, record, finished)
            record.proposal = fresh.proposal(after, ranking)

        typed = submitted.typed or answer_text(question, value, lang)
        saved = await self.save(
            request,
            lambda plans: plans.change(plan.id, seen, edit),
            typed,
            self.url(plan.id, index),
        )
        if isinstance(saved, Response):
            return saved
        now = await run_in_threadpool(self.walk, saved.record, lang)
        after = now.steps()
        if index + 1 < len(after):
            return see(self.url(saved.id, index + 1))
        if (left := now.first_open(after)) < len(after):
            return see(self.url(saved.id, left))
        return see(f"/plans/{saved.id}#proposal")
