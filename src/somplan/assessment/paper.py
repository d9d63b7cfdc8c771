"""The unit's proposal as the decision paper shows it: each proposed account with its channel's
name resolved in the report's language, so every format (terminal, Markdown, JSON, HTML, PDF)
shows the same words on its first page.

Pure: built from one answers file's ``proposal`` block and the channel catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from somplan.content.account import OTHER

if TYPE_CHECKING:
    from somplan.content.account import Person, Proposal
    from somplan.content.model import Catalogue
    from somplan.text.i18n import Lang


@dataclass(frozen=True)
class ProposedLine:
    """One proposed account as the paper reads it."""

    #: The catalogue's channel id, or ``other``.
    platform: str
    #: The channel as a person reads it: the catalogue's name, or the other channel's own name.
    channel: str
    name: str | None
    responsible_role: str | None
    responsible_name: str | None
    substitute_role: str | None
    substitute_name: str | None
    #: Planned start, YYYY-MM.
    start: str | None
    rhythm: str | None
    hours_per_week: int | float | None
    #: Why the unit proposes it although it fits poorly or the verdict is not ready.
    reason: str | None
    #: The channel name as written in the file (``other_channel``), when the platform is other.
    other_channel: str | None = None


@dataclass(frozen=True)
class ProposalView:
    #: Empty: the proposal is "no new account for now".
    accounts: tuple[ProposedLine, ...]
    #: Why no account, or why another channel.
    reason: str | None
    first_followup: str | None


def _role(person: Person | None) -> str | None:
    return person.role if person is not None else None


def _name(person: Person | None) -> str | None:
    return person.name or None if person is not None else None


def proposal_view(proposal: Proposal, catalogue: Catalogue | None, lang: Lang) -> ProposalView:
    """``proposal`` for the paper, channel names from ``catalogue`` in ``lang``."""
    lines = []
    for account in proposal.accounts:
        if account.platform == OTHER:
            channel = account.other_channel or account.platform
        else:
            known = catalogue.channel(account.platform) if catalogue is not None else None
            channel = known.name.get(lang) if known is not None else account.platform
        lines.append(
            ProposedLine(
                platform=account.platform,
                channel=channel,
                name=account.name or None,
                responsible_role=_role(account.responsible),
                responsible_name=_name(account.responsible),
                substitute_role=_role(account.substitute),
                substitute_name=_name(account.substitute),
                start=account.start,
                rhythm=account.rhythm or None,
                hours_per_week=account.hours_per_week,
                reason=account.reason or None,
                other_channel=account.other_channel,
            )
        )
    return ProposalView(tuple(lines), proposal.reason or None, proposal.first_followup)
