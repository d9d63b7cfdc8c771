"""The manager's decision and the account's life as pages: record the decision (as `somplan decide`
does: the same checks, the decision bound to the answers it was taken on, an earlier one kept in
the history), then that the account was opened (its address) and, later, closed.

The decision is usually taken on paper (the report's first page is the decision paper); these
pages write it down in the plan, where the register and the follow-up find it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from somplan.assessment.decision import account_state, answers_digest, basis_of
from somplan.assessment.result import resolve
from somplan.content.account import (
    CONDITIONS_MAX,
    LONG_MAX,
    NAME_MAX,
    OUTCOMES,
    ROLE_MAX,
    SHORT_MAX,
    Opened,
)
from somplan.content.answers import AnswersFile
from somplan.content.problems import ProblemError
from somplan.interview import decision_entry
from somplan.interview.decision_entry import Given, is_day
from somplan.interview.lifecycle_entry import URL_MAX
from somplan.text.i18n import Lang, message
from somplan.text.safetext import one_line
from somplan.web.pages import Fields, see, sent_text
from somplan.web.pages import field as posted
from somplan.web.plans import Loaded
from somplan.web.site import Site

#: Outcomes under which the verdict's conditions go with the decision.
APPROVING = ("approved", "approved_with_conditions")
#: The decision form's fields, in the order of the form (each error links to its field).
FIELDS = ("outcome", "by_role", "by_name", "day", "reference", "conditions", "note", "incomplete")


@dataclass
class DecisionForm:
    """What the decision form holds: as typed (so that nothing is lost when it is shown again)
    and the errors, by field."""

    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)

    def given(self) -> Given:
        conditions = [one_line(line) for line in self.values["conditions"].splitlines()]
        approving = self.values["outcome"] in APPROVING
        return Given(
            outcome=self.values["outcome"],
            by_role=self.values["by_role"],
            by_name=self.values["by_name"] or None,
            day=self.values["day"],
            reference=self.values["reference"] or None,
            conditions=tuple(c for c in conditions if c) if approving else (),
            note=self.values["note"] or None,
            allow_incomplete=self.values["incomplete"] == "yes",
        )


def read_decision(fields: Fields, complete: bool, lang: Lang) -> DecisionForm:
    """The posted decision form, checked by the rules of the plan file (and of the CLI's
    options); every error is kept with its field."""
    values = {name: posted(fields, name) for name in FIELDS}
    for name in ("by_role", "by_name", "day", "reference"):
        values[name] = one_line(values[name])
    values["note"] = values["note"].strip()
    form = DecisionForm(values)
    errors = form.errors
    if values["outcome"] not in OUTCOMES:
        errors["outcome"] = message("web-decision.need-outcome", lang)
    if not values["by_role"]:
        errors["by_role"] = message("web-decision.need-role", lang)
    limits = (("by_role", ROLE_MAX), ("by_name", NAME_MAX), ("reference", SHORT_MAX))
    for name, limit in (*limits, ("note", LONG_MAX)):
        if len(values[name]) > limit:
            errors[name] = message(
                "answer.text-too-long", lang, max=limit, length=len(values[name])
            )
    if not is_day(values["day"]):
        errors["day"] = message("web-decision.bad-day", lang, value=values["day"])
    lines = [line.strip() for line in values["conditions"].splitlines() if line.strip()]
    if len(lines) > CONDITIONS_MAX:
        errors["conditions"] = message(
            "web-decision.too-many-conditions", lang, max=CONDITIONS_MAX, count=len(lines)
        )
    elif any(len(line) > LONG_MAX for line in lines):
        longest = max(len(line) for line in lines)
        errors["conditions"] = message(
            "web-decision.condition-too-long", lang, max=LONG_MAX, length=longest
        )
    if not complete and values["incomplete"] != "yes":
        errors["incomplete"] = message("web-decision.need-incomplete", lang)
    return form


class DecisionViews(Site):
    """The decision and the account's opening and closing, as pages."""

    def routes(self) -> list[Route]:
        plan = self.PLAN
        return [
            Route(plan + "/decision", self.decision_form, methods=["GET"]),
            Route(plan + "/decision", self.decide, methods=["POST"]),
            Route(plan + "/account", self.account_form, methods=["GET"]),
            Route(plan + "/account/opened", self.opened, methods=["POST"]),
            Route(plan + "/account/closed", self.closed, methods=["POST"]),
            Route(plan + "/account/reopened", self.reopened, methods=["POST"]),
        ]

    # -- what the pages show -----------------------------------------------------------------
    def _verdict(self, record: AnswersFile, lang: Lang) -> tuple[bool, list[str]]:
        """Whether the plan can be decided as it stands (complete, nothing unanswered) and the
        verdict's conditions in words."""
        if self.content.catalogue is None or self.content.rules is None:
            return record.complete, []
        from somplan.assessment.scoring import assess

        assessment = assess(self.content, record, what_if=False)
        complete = record.complete and not assessment.verdict.unanswered
        return complete, [resolve(c.text, lang) for c in assessment.verdict.conditions]

    def _form_page(
        self,
        request: Request,
        plan: Loaded,
        form: DecisionForm | None = None,
        status: int = 200,
        revision: str | None = None,
    ) -> Response:
        lang = self.lang(request)
        complete, conditions = self._verdict(plan.record, lang)
        if form is None:
            form = DecisionForm(
                {
                    "outcome": "",
                    "by_role": "",
                    "by_name": "",
                    "day": date.today().isoformat(),
                    "reference": "",
                    "conditions": "\n".join(conditions),
                    "note": "",
                    "incomplete": "",
                }
            )
        current = plan.record.decision
        return self.page(
            request,
            "decision.html.j2",
            status,
            plan=plan,
            form=form,
            errors=[(name, form.errors[name]) for name in FIELDS if name in form.errors],
            outcomes=[(o, message(f"decision.outcome.{o}", lang)) for o in OUTCOMES],
            complete=complete,
            verdict_conditions=conditions,
            current=decision_entry.short(current, lang) if current is not None else None,
            limits={
                "by_role": ROLE_MAX,
                "by_name": NAME_MAX,
                "reference": SHORT_MAX,
                "note": LONG_MAX,
                "conditions": CONDITIONS_MAX,
            },
            revision=revision or plan.revision,
        )

    async def decision_form(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        return self._form_page(request, plan)

    async def decide(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        lang = self.lang(request)
        typed = _typed(read_decision(fields, True, lang), lang)
        plan = self.load(request, typed=typed)
        if isinstance(plan, Response):
            return plan
        complete, conditions = self._verdict(plan.record, lang)
        form = read_decision(fields, complete, lang)
        seen = posted(fields, "rev")
        if form.errors:
            return self._form_page(request, plan, form, 422, revision=seen)
        given = form.given()
        today = date.today()

        def edit(record: AnswersFile) -> None:
            decision = decision_entry.decision_of(
                given, answers_digest(record), conditions, today, basis_of(record)
            )
            decision_entry.record_decision(record, decision)

        back = f"/plans/{plan.id}/decision"
        saved = await self.save(
            request, lambda plans: plans.change(plan.id, seen, edit), _typed(form, lang), back
        )
        return saved if isinstance(saved, Response) else see(f"/plans/{plan.id}#decision")

    # -- the account: opened, closed -----------------------------------------------------------
    def _account_page(
        self,
        request: Request,
        plan: Loaded,
        status: int = 200,
        error: tuple[str, str] | None = None,
        typed: dict[str, str] | None = None,
    ) -> Response:
        lang = self.lang(request)
        record = plan.record
        decision = record.decision
        return self.page(
            request,
            "account.html.j2",
            status,
            plan=plan,
            state=message(f"decision.state.{account_state(record)}", lang),
            decision=decision_entry.short(decision, lang) if decision is not None else None,
            approved=decision is not None and decision.outcome in APPROVING,
            opened=record.opened,
            closed=record.closed,
            closing_note=None if record.closed else self._closing_note(plan, lang),
            error=error,
            typed=typed or {},
            today=date.today().isoformat(),
            url_max=URL_MAX,
        )

    def _closing_note(self, plan: Loaded, lang: Lang) -> str | None:
        """What the plan's latest finished follow-up said of closing the account (as `somplan
        decide --closed` warns), shown before the account is recorded as closed."""
        from somplan.assessment.followup_due import record_date
        from somplan.assessment.followup_summary import latest_beside
        from somplan.content.followup import followup_of

        if plan.record.opened is None and plan.record.decision is None:
            return None
        try:
            latest = latest_beside(followup_of(self.content), plan.path, plan.record)
        except ProblemError:
            return None
        if latest is None:
            return message("web-decision.close-no-followup", lang)
        _, record, outcome = latest
        day = record_date(record)
        shown = day.isoformat() if day is not None else "?"
        if outcome == "close":
            return message("web-decision.close-advised", lang, date=shown)
        label = message(f"followup.outcome-{outcome}", lang)
        return message("web-decision.close-not-advised", lang, date=shown, outcome=label)

    async def account_form(self, request: Request) -> Response:
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan
        return self._account_page(request, plan)

    async def opened(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request, typed=sent_text(fields))
        if isinstance(plan, Response):
            return plan
        lang = self.lang(request)
        url = one_line(posted(fields, "url"))
        day = one_line(posted(fields, "opened_day"))
        typed = {"url": url, "opened_day": day}
        if not is_day(day):
            error = ("opened_day", message("web-decision.bad-day", lang, value=day))
            return self._account_page(request, plan, 422, error, typed)
        try:
            Opened.model_validate({"url": url, "date": day})
        except ValidationError:
            error = ("url", message("web-decision.bad-url", lang))
            return self._account_page(request, plan, 422, error, typed)

        def edit(record: AnswersFile) -> None:
            decision_entry.record_opened(record, url, day)

        return await self._save(request, plan, posted(fields, "rev"), edit, url)

    async def closed(self, request: Request) -> Response:
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request, typed=sent_text(fields))
        if isinstance(plan, Response):
            return plan
        day = one_line(posted(fields, "closed_day"))
        if not is_day(day):
            lang = self.lang(request)
            error = ("closed_day", message("web-decision.bad-day", lang, value=day))
            return self._account_page(request, plan, 422, error, {"closed_day": day})

        def edit(record: AnswersFile) -> None:
            record.closed = day

        return await self._save(request, plan, posted(fields, "rev"), edit, day)

    async def reopened(self, request: Request) -> Response:
        """The closing day removed (recorded by mistake): the account is listed again."""
        fields = await self.form(request)
        if isinstance(fields, Response):
            return fields
        plan = self.load(request)
        if isinstance(plan, Response):
            return plan

        def edit(record: AnswersFile) -> None:
            record.closed = None

        return await self._save(request, plan, posted(fields, "rev"), edit, "")

    async def _save(
        self, request: Request, plan: Loaded, seen: str, edit: Any, typed: str
    ) -> Response:
        back = f"/plans/{plan.id}/account"
        saved = await self.save(
            request, lambda plans: plans.change(plan.id, seen, edit), typed, back
        )
        return saved if isinstance(saved, Response) else see(f"/plans/{plan.id}#decision")


def _typed(form: DecisionForm, lang: Lang) -> str:
    """The decision as typed, one field a line, the outcome by its name (shown when it could not
    be saved)."""
    lines = []
    for name, value in form.values.items():
        if not value or name == "incomplete":
            continue
        if name == "outcome" and value in OUTCOMES:
            value = message(f"decision.outcome.{value}", lang)
        lines.append(value)
    return "\n".join(lines)
