"""The register of accounts: one row per proposed or existing account, derived from the plan files
(and their follow-ups) every time, never stored.

A plan whose proposal names N accounts gives N rows; a plan without a proposal (or with the
proposal "no new account for now") gives one row. Each row carries the plan's account state
(``somplan.assessment.decision.account_state``), with one step the register adds: an opened
account with at least one complete follow-up is *followed up*. A plan records one opened address;
with several proposed accounts it belongs to the row whose platform its host names (else the
first row), and the plan's other rows stay *decided* until they are opened.

The public list (``public``) is what a municipality publishes: opened accounts that are not
closed, with platform, account name, link and unit only — no person, no role, nothing internal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from somplan.assessment.decision import account_state, applies_to_earlier

if TYPE_CHECKING:
    from somplan.assessment.followup_summary import DueRow
    from somplan.content.account import ProposedAccount
    from somplan.content.answers import AnswersFile

RegisterState = Literal[
    "draft", "proposed", "decided", "opened", "followed_up", "closing", "closed"
]
REGISTER_STATES: tuple[RegisterState, ...] = (
    "draft",
    "proposed",
    "decided",
    "opened",
    "followed_up",
    "closing",
    "closed",
)
#: States whose account is open to the public (closing: not closed yet).
PUBLIC_STATES: tuple[RegisterState, ...] = ("opened", "followed_up", "closing")
#: Outcomes after which no account is opened, so no follow-up is due.
NO_ACCOUNT_OUTCOMES = ("declined", "sent_back")
#: The follow-up statuses ``--due`` keeps (as ``summary --due``).
DUE_STATUSES = ("due", "overdue")


@dataclass(frozen=True)
class Account:
    """One row of the register."""

    file: str
    unit: str
    #: A catalogue channel id, ``other``, or "" (no account proposed yet).
    platform: str
    #: The platform as a person reads it: the channel's name, or the other channel's own name.
    platform_name: str
    account_name: str | None
    url: str | None
    responsible_role: str | None
    substitute_role: str | None
    state: RegisterState
    outcome: str | None
    decision_date: str | None
    reference: str | None
    #: The decision was taken on answers (or a proposal) that have changed since.
    earlier_version: bool
    opened_date: str | None
    closed: str | None
    followup_due: str | None
    followup_status: str | None
    followup_days: int | None
    last_followup: str | None
    last_outcome: str | None


@dataclass(frozen=True)
class PublicAccount:
    """One row of the public list: nothing about people, nothing internal."""

    platform_name: str
    account_name: str | None
    url: str
    unit: str


def _url_row(accounts: list[ProposedAccount], url: str) -> int:
    """The row an opened address belongs to: the first whose platform id its host names."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        host = ""
    for i, account in enumerate(accounts):
        if account.platform.lower() in host.replace("-", ""):
            return i
    return 0


def _followup(
    record: AnswersFile, due: DueRow | None, state: RegisterState, today: date, soon: int
) -> tuple[str | None, str | None, int | None]:
    """The next follow-up (date, status, days): the due logic's, the proposal's own first date
    while nothing has been followed up, none where no account is to be followed (closed,
    declined, sent back)."""
    outcome = record.decision.outcome if record.decision else None
    if state == "closed" or due is None or (outcome in NO_ACCOUNT_OUTCOMES and not record.opened):
        return None, None, None
    first = record.proposal.first_followup if record.proposal else None
    if first and due.followups == 0 and state != "closing":
        day = date.fromisoformat(first)
        days = (day - today).days
        status = "overdue" if days < 0 else "due" if days <= soon else "ok"
        return first, status, days
    return due.due, due.status, due.days


def accounts_of(
    file: str,
    record: AnswersFile,
    due: DueRow | None,
    names: Mapping[str, str],
    today: date,
    due_soon_days: int = 30,
) -> list[Account]:
    """The register's rows of one plan; ``due`` is its follow-up status (``followup_summary.due_of``),
    ``names`` the channels' names by id."""
    last_outcome = due.last_outcome if due else None
    plan_state: RegisterState = account_state(record, last_outcome)
    if plan_state == "opened" and due is not None and due.followups > 0:
        plan_state = "followed_up"
    decision = record.decision
    opened = record.opened
    proposed = list(record.proposal.accounts) if record.proposal else []
    url_row = _url_row(proposed, opened.url) if opened and proposed else 0
    due_date, status, days = _followup(record, due, plan_state, today, due_soon_days)
    base = Account(
        file=file,
        unit=record.unit or "",
        platform="",
        platform_name="",
        account_name=None,
        url=opened.url if opened else None,
        responsible_role=None,
        substitute_role=None,
        state=plan_state,
        outcome=decision.outcome if decision else None,
        decision_date=decision.date if decision else None,
        reference=decision.reference if decision else None,
        earlier_version=applies_to_earlier(record, decision) if decision else False,
        opened_date=opened.date if opened else None,
        closed=record.closed,
        followup_due=due_date,
        followup_status=status,
        followup_days=days,
        last_followup=due.last_followup if due else None,
        last_outcome=last_outcome,
    )
    if not proposed:
        return [base]
    rows = []
    for i, account in enumerate(proposed):
        mine = opened is not None and i == url_row
        state = plan_state
        if state in PUBLIC_STATES and not mine:
            state = "decided" if decision else "proposed"
        if account.platform == "other":
            platform_name = account.other_channel or account.platform
        else:
            platform_name = names.get(account.platform, account.platform)
        rows.append(
            replace(
                base,
                platform=account.platform,
                platform_name=platform_name,
                account_name=account.name,
                url=base.url if mine else None,
                responsible_role=account.responsible.role if account.responsible else None,
                substitute_role=account.substitute.role if account.substitute else None,
                state=state,
                opened_date=base.opened_date if mine else None,
            )
        )
    return rows


def selected(
    rows: Iterable[Account], states: Iterable[str] = (), due: bool = False
) -> list[Account]:
    """The rows in one of ``states`` (all when none are given), only those due or overdue with
    ``due``, sorted by unit, platform and file."""
    wanted = set(states)
    kept = [
        r
        for r in rows
        if (not wanted or r.state in wanted) and (not due or r.followup_status in DUE_STATUSES)
    ]
    return sorted(kept, key=lambda r: (r.unit.casefold(), r.platform_name.casefold(), r.file))


def public(rows: Iterable[Account]) -> list[PublicAccount]:
    """The public list: opened accounts, not closed, that have an address."""
    return [
        PublicAccount(r.platform_name, r.account_name, r.url, r.unit)
        for r in rows
        if r.state in PUBLIC_STATES and r.url
    ]


def counts(rows: Iterable[Account]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """How many rows per state (in the lifecycle's order, zeros left out) and per platform (most
    first; no platform yet counted as "")."""
    rows = list(rows)
    by_state = Counter(r.state for r in rows)
    by_platform = Counter(r.platform_name for r in rows)
    states: list[tuple[str, int]] = [(s, by_state[s]) for s in REGISTER_STATES if by_state[s]]
    platforms = sorted(by_platform.items(), key=lambda pair: (-pair[1], pair[0].casefold()))
    return states, platforms
