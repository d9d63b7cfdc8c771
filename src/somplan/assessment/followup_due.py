"""When is a plan's next follow-up due? A pure function of the plan, its follow-ups, the rules'
settings and a date passed in (never a hidden "now").

The first follow-up is due ``first_after_months`` after the plan (or the plan's own interval, when
the plan flow asks for one and the rules name that question), the next ones
``then_every_months`` after the latest follow-up (or the interval the latest follow-up asked
for; ``after_adjust_months`` after an "adjust" verdict). A follow-up is *due* from ``due_soon_days`` before its date, *overdue* after it. A plan whose
latest follow-up said "close" needs no further follow-up.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from somplan.content.answers import AnswersFile
from somplan.content.model import FollowupSettings, Outcome

#: "none": no follow-up is due because no account is expected (the plan is unfinished, or its
#: verdict opens none) and none has been followed up yet.
Status = Literal["ok", "due", "overdue", "closed", "unknown", "none"]
Basis = Literal[
    "default_first", "default_next", "after_adjust", "plan_interval", "followup_interval"
]


@dataclass(frozen=True)
class Due:
    """The next follow-up of one plan."""

    status: Status
    due: date | None = None
    #: Days from ``today`` to ``due``: negative when overdue.
    days: int | None = None
    basis: Basis | None = None
    months: int | None = None
    #: The date counted from: the plan's, or the latest follow-up's.
    since: date | None = None
    last_followup: date | None = None
    last_outcome: Outcome | None = None


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def record_date(record: AnswersFile) -> date | None:
    """The day an answers file was last saved (``updated``, else ``created``), if it says."""
    for stamp in (record.updated, record.created):
        if stamp:
            try:
                return datetime.fromisoformat(stamp).date()
            except ValueError:
                continue
    return None


def _months(answers: dict[str, Any], question: str | None) -> int | None:
    value = answers.get(question) if question else None
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 1:
        return round(value)
    return None


def next_followup(
    plan: AnswersFile,
    followups: Sequence[AnswersFile],
    settings: FollowupSettings,
    today: date,
    latest_outcome: Outcome | None = None,
    account_expected: bool = True,
) -> Due:
    """When ``plan``'s next follow-up is due, given its complete ``followups`` (any order) and
    the outcome of the latest of them, as of ``today``. Without ``account_expected`` (an
    unfinished plan, or a verdict that opens no account) nothing is due until a follow-up shows
    that an account was opened anyway."""
    dated = [(d, f) for f in followups if f.complete and (d := record_date(f)) is not None]
    if not dated and not account_expected:
        return Due("none")
    plan_months = _months(plan.answers, settings.plan_interval_question)
    months: int
    basis: Basis
    if dated:
        last_day, last = max(dated, key=lambda pair: pair[0])
        if latest_outcome == "close":
            return Due("closed", last_followup=last_day, last_outcome=latest_outcome)
        since: date | None = last_day
        asked = _months(last.answers, settings.interval_question)
        if asked is not None:
            months, basis = asked, "followup_interval"
        elif latest_outcome == "adjust" and settings.after_adjust_months is not None:
            months, basis = settings.after_adjust_months, "after_adjust"
        elif plan_months is not None:
            months, basis = plan_months, "plan_interval"
        else:
            months, basis = settings.then_every_months, "default_next"
    else:
        last_day = None
        since = record_date(plan)
        if plan_months is not None:
            months, basis = plan_months, "plan_interval"
        else:
            months, basis = settings.first_after_months, "default_first"
    if since is None:
        return Due("unknown", basis=basis, months=months)
    due = add_months(since, months)
    days = (due - today).days
    status: Status = "overdue" if days < 0 else "due" if days <= settings.due_soon_days else "ok"
    return Due(status, due, days, basis, months, since, last_day, latest_outcome)
