"""The follow-up of a running account, as pages: the plan's follow-ups and a new one, with the
account's address first when the plan's account was approved and none is recorded. The files are
those `somplan followup` writes, beside the plan, so a follow-up goes on in either front door.
Every successful post is answered by a redirect."""

from __future__ import annotations

from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from somplan.assessment.followup_verdict import followup_verdict
from somplan.content.answers import AnswersFile
from somplan.errors import UsageError
from somplan.interview.decision_entry import record_opened
from somplan.interview.lifecycle_entry import (
    URL_MAX,
    needs_address,
)
from somplan.render.followup import accounts_shown
from somplan.text.i18n import message
from somplan.text.safetext import one_line
from somplan.web.followup_site import FollowupSite
from somplan.web.pages import field, see, sent_text
from somplan.web.plans import Loaded
from somplan.writing import WriteError


class FollowupViews(FollowupSite):
    """The plan's follow-ups, a new one, the account's address."""

    def routes(self) -> list[Route]:
        return [
            Route(self.FOLLOWUPS, self.listing, methods=["GET"]),
            Route(self.FOLLOWUPS, self.start, methods=["POST"]),
            Route(self.FOLLOWUPS + "/address", self.address_form, methods=["GET"]),
            Route(self.FOLLOWUPS + "/address", self.address, methods=["POST"]),
            Route(self.ONE, self.resume, methods=["GET"]),
        ]

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
        plan = self.load(request, sent_text(fields))
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
        plan = self.load(request, sent_text(fields))
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
