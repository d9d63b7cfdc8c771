"""The report's first page, the decision paper, in words every format shows alike: the proposal
as table rows, the decision as labelled rows (or the labels of a form to fill in by hand), and the
notes that go with them.

The order of a report, in every format: the header, the proposal, the verdict, the decision; then
the unit's plan; then the reasoning as an appendix ("Bilaga: underlag").
"""

from __future__ import annotations

from dataclasses import dataclass

from somplan.assessment.decision import DecisionStatus
from somplan.assessment.paper import ProposalView, ProposedLine
from somplan.assessment.plan import UnitPlan
from somplan.content.account import OUTCOMES
from somplan.content.display import format_number
from somplan.text.i18n import Lang, message

#: The proposal table's columns, in order (message keys ``paper.col.*``).
COLUMNS = ("channel", "account", "responsible", "substitute", "hours", "rhythm", "start")


@dataclass(frozen=True)
class Mark:
    """A note that changes how the decision reads (it applies to an earlier version of the
    answers, or was taken on a plan that was not complete)."""

    key: str
    text: str


def person(role: str | None, name: str | None, lang: Lang) -> str:
    """A role, with the name in brackets only when it is given; a dash when neither is."""
    if not role:
        return name or message("paper.not-given", lang)
    if not name:
        return role
    return message("paper.person", lang, role=role, name=name)


def hours_text(hours: float | None, lang: Lang) -> str:
    if hours is None:
        return message("paper.not-given", lang)
    whole = int(hours)
    count = 1 if hours == 1 else max(whole, 2)
    return message("paper.hours", lang, hours=format_number(hours, lang), count=count)


def account_cells(line: ProposedLine, lang: Lang) -> dict[str, str]:
    """One proposed account as column → text (``COLUMNS``)."""
    dash = message("paper.not-given", lang)
    return {
        "channel": line.channel,
        "account": line.name or dash,
        "responsible": person(line.responsible_role, line.responsible_name, lang),
        "substitute": person(line.substitute_role, line.substitute_name, lang),
        "hours": hours_text(line.hours_per_week, lang),
        "rhythm": line.rhythm or dash,
        "start": line.start or dash,
    }


def column_labels(lang: Lang) -> dict[str, str]:
    return {column: message(f"paper.col.{column}", lang) for column in COLUMNS}


def reasons(view: ProposalView, lang: Lang) -> list[tuple[str, str]]:
    """(label, text) for every reason the proposal gives: per account, then the general one."""
    out = [
        (message("paper.reason", lang, channel=line.channel), line.reason)
        for line in view.accounts
        if line.reason
    ]
    if view.reason:
        out.append((message("paper.reason-general", lang), view.reason))
    return out


def the_file(plan: UnitPlan, lang: Lang) -> str:
    """The plan's file as commands on the paper name it (a placeholder when not known)."""
    return plan.file or message("paper.the-file", lang)


def no_proposal(plan: UnitPlan, lang: Lang) -> str:
    return message("paper.no-proposal", lang, path=the_file(plan, lang))


def marks(status: DecisionStatus, lang: Lang) -> list[Mark]:
    out = []
    if status.earlier_version:
        out.append(Mark("earlier", message("decision.earlier", lang)))
    if status.allow_incomplete:
        out.append(Mark("incomplete", message("decision.incomplete", lang)))
    return out


def decision_rows(status: DecisionStatus, lang: Lang) -> list[tuple[str, str | list[str]]]:
    """A decision that was taken, as (label, text or list of texts), in the order of the form."""
    assert status.outcome is not None
    dash = message("paper.not-given", lang)
    rows: list[tuple[str, str | list[str]]] = [
        (message("paper.field.outcome", lang), message(f"decision.outcome.{status.outcome}", lang)),
        (message("paper.field.date", lang), status.date or dash),
        (message("paper.field.by", lang), person(status.by_role, status.by_name, lang)),
        (message("paper.field.reference", lang), status.reference or dash),
        (
            message("paper.field.conditions", lang),
            list(status.conditions) or message("paper.conditions-none", lang),
        ),
    ]
    if status.note:
        rows.append((message("paper.field.note", lang), status.note))
    return rows


def account_rows(status: DecisionStatus, lang: Lang) -> list[tuple[str, str]]:
    """What happened after the decision: the account opened or closed, decisions replaced."""
    rows = []
    account = []
    if status.opened_url:
        account.append(
            message("decision.opened", lang, date=status.opened_date or "", url=status.opened_url)
        )
    if status.closed:
        account.append(message("decision.closed", lang, date=status.closed))
    if account:
        rows.append((message("paper.field.account", lang), "; ".join(account)))
    if status.replaced:
        rows.append(
            (
                message("paper.field.history", lang),
                message("paper.history", lang, count=status.replaced),
            )
        )
    return rows


def outcome_choices(lang: Lang) -> list[str]:
    """The outcomes a manager can tick on the printed form."""
    return [message(f"decision.outcome.{outcome}", lang) for outcome in OUTCOMES]


def form_labels(lang: Lang) -> list[tuple[str, str]]:
    """(field, label) of the form to fill in by hand, after the outcome."""
    return [
        (field, message(f"paper.field.{field}", lang))
        for field in ("date", "name", "reference", "conditions", "signature")
    ]


def decided(plan: UnitPlan) -> DecisionStatus | None:
    """The plan's decision, when one was taken."""
    status = plan.header.decision
    return status if status is not None and status.outcome is not None else None
