"""Where a plan's account stands, as its page shows it: the proposal in short lines, the state (draft, proposed, decided,
opened, closing, closed), the decision in one line, the address and the day it closed."""

from __future__ import annotations

from dataclasses import dataclass

from somplan.assessment.decision import account_state
from somplan.content.account import OTHER
from somplan.content.answers import AnswersFile
from somplan.content.model import Catalogue
from somplan.interview.decision_entry import short
from somplan.text.i18n import Lang, message


@dataclass(frozen=True)
class Standing:
    state: str
    proposal: list[str]
    decision: str | None
    opened_url: str | None
    opened_date: str | None
    closed: str | None


def proposal_lines(record: AnswersFile, catalogue: Catalogue | None, lang: Lang) -> list[str]:
    """The proposal in short lines: each account's channel, its name and the responsible role."""
    if record.proposal is None:
        return []
    lines = []
    for account in record.proposal.accounts:
        channel = catalogue.channel(account.platform) if catalogue is not None else None
        if account.platform == OTHER and account.other_channel:
            name = account.other_channel
        else:
            name = channel.name.get(lang) if channel is not None else account.platform
        parts = [name]
        if account.name:
            parts.append(account.name)
        if account.responsible is not None:
            parts.append(message("web-proposal.responsible", lang, role=account.responsible.role))
        lines.append(" · ".join(parts))
    return lines


def standing_of(record: AnswersFile, catalogue: Catalogue | None, lang: Lang) -> Standing:
    decision = record.decision
    return Standing(
        state=message(f"decision.state.{account_state(record)}", lang),
        proposal=proposal_lines(record, catalogue, lang),
        decision=short(decision, lang) if decision is not None else None,
        opened_url=record.opened.url if record.opened is not None else None,
        opened_date=record.opened.date if record.opened is not None else None,
        closed=record.closed,
    )
