"""Where a plan's account stands, as its page shows it: the state (draft, proposed, decided,
opened, closing, closed), the decision in one line, the address and the day it closed."""

from __future__ import annotations

from dataclasses import dataclass

from somplan.assessment.decision import account_state
from somplan.content.answers import AnswersFile
from somplan.interview.decision_entry import short
from somplan.text.i18n import Lang, message


@dataclass(frozen=True)
class Standing:
    state: str
    decision: str | None
    opened_url: str | None
    opened_date: str | None
    closed: str | None


def standing_of(record: AnswersFile, lang: Lang) -> Standing:
    decision = record.decision
    return Standing(
        state=message(f"decision.state.{account_state(record)}", lang),
        decision=short(decision, lang) if decision is not None else None,
        opened_url=record.opened.url if record.opened is not None else None,
        opened_date=record.opened.date if record.opened is not None else None,
        closed=record.closed,
    )
