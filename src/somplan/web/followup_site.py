"""What every follow-up page works out: the follow-up flow with the plan's answers in its texts,
the plan's blockers and conditions, the follow-up the address names, where the follow-up goes on,
and its save (checked against the revision the page showed). The pages themselves are in
``followup_views`` (the list, a new one, the account's address), ``followup_step_views`` (each
item and question) and ``followup_result_views`` (review, result, report)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from somplan.assessment.followup_verdict import items_of
from somplan.assessment.plan_items import PlanItem
from somplan.content.answers import AnswersFile
from somplan.content.display import answer_text
from somplan.content.followup import FollowupContent, followup_of
from somplan.content.followup_files import fill_flow
from somplan.content.loader import Content
from somplan.content.model import Flow
from somplan.content.problems import ProblemError
from somplan.interview import step as steps
from somplan.interview.followup_steps import Place, next_place
from somplan.interview.lifecycle_entry import (
    item_question,
    item_state,
)
from somplan.render.followup.parts import Shown, followup_shown
from somplan.text.i18n import Lang, message
from somplan.web.followups import Followup, Followups, StaleFollowup
from somplan.web.plans import Loaded, NotFound
from somplan.web.site import Site
from somplan.writing import WriteError

#: The follow-up content last read, with the plan content it goes with: the three groups of
#: follow-up pages are made together, and read it once.
_last: tuple[Content, FollowupContent] | None = None


def _followup_of(content: Content) -> FollowupContent:
    global _last
    if _last is None or _last[0] is not content:
        _last = (content, followup_of(content))
    return _last[1]


class FollowupSite(Site):
    """The follow-up's shared state and helpers."""

    FOLLOWUPS = Site.PLAN + "/followups"
    ONE = FOLLOWUPS + "/{followup:str}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.followup = _followup_of(self.content)

    # -- what every page works out -------------------------------------------------------------
    def _flow(self, plan: Loaded) -> Flow:
        """The follow-up flow with the plan's answers filled into its texts."""
        return fill_flow(self.followup.flow, self.followup.plan.flow, plan.record.answers)

    def _items(self, plan: Loaded) -> tuple[PlanItem, ...]:
        return items_of(self.followup.plan, plan.record)

    def _followups(self, plan: Loaded) -> Followups:
        return Followups(plan, self.followup.flow)

    def _both(
        self, request: Request, typed: str | None = None
    ) -> tuple[Loaded, Followup] | HTMLResponse:
        """The plan and the follow-up the address names, or the page that says why not (with
        what a form sent, ``typed``)."""
        plan = self.load(request, typed)
        if isinstance(plan, Response):
            return plan
        try:
            return plan, self._followups(plan).load(request.path_params["followup"])
        except NotFound:
            return self._gone(request, typed)
        except ProblemError as exc:
            lang = self.lang(request)
            return self.page(
                request,
                "problem.html.j2",
                422,
                title=message("web-followup.invalid-title", lang),
                lines=exc.lines(lang),
            )

    def _gone(self, request: Request, typed: str | None) -> HTMLResponse:
        """No follow-up at the address a form was sent to (removed meanwhile): say so, and show
        what was sent."""
        lang = self.lang(request)
        return self.page(
            request,
            "problem.html.j2",
            404,
            title=message("web.no-followup-title", lang),
            lines=[message("web.no-followup", lang)],
            typed=typed,
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
            return self._gone(request, typed)
        except ProblemError:
            broken = self._both(request)
            return broken if isinstance(broken, Response) else self._gone(request, typed)
        except WriteError as exc:
            return self.write_failed(request, exc, typed)
