"""The result of scoring one unit's answers: plain, frozen data that the renderers show.

Every text a user reads is either a content text (``somplan.content.model.Localized``) or an interface
message (``somplan.text.i18n.Msg``); both have ``get(lang)``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from somplan.content.model import (
    Account,
    Channel,
    Contact,
    Level,
    Localized,
    NamedSource,
    Question,
    Source,
)
from somplan.text.i18n import Lang
from somplan.text.safetext import plain


class Text(Protocol):
    def get(self, lang: Lang) -> str: ...


@dataclass(frozen=True)
class Reason:
    """Why a score moved: ``points`` from the rule ``rule``, which read ``questions``."""

    points: int
    text: Text
    rule: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class DimensionScore:
    id: str
    name: Localized
    description: Localized
    score: int
    max: int
    ready_at: int
    reasons: tuple[Reason, ...]
    #: Rules that could have given this dimension points and did not, with those points (only
    #: where no answer to the same question already gave as much).
    missed: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Figure:
    band: Localized
    percent: float


@dataclass(frozen=True)
class ReachShown:
    """A channel's reach in Sweden from one source, with the age bands' labels."""

    source: NamedSource
    measure: Localized
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class ChannelScore:
    channel: Channel
    score: int  # 0–100
    base: int
    reasons: tuple[Reason, ...]
    reach: tuple[ReachShown, ...]

    @property
    def id(self) -> str:
        return self.channel.id

    @property
    def kind(self) -> str:
        return self.channel.kind


#: At most this many channels of the leading kind get a card of their own.
CARDS = 3


@dataclass(frozen=True)
class Card:
    """A channel described in full under "the top channels". ``weak`` when no channel of its
    kind reaches the fit threshold and it is shown only as the best of them."""

    channel: ChannelScore
    weak: bool = False


@dataclass(frozen=True)
class Finding:
    """A blocker, a redirect or a condition that applies, with what to do about it."""

    id: str
    text: Text
    remedy: Text | None
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    """The verdict. ``provisional`` when questions that apply are unanswered (``unanswered``):
    they count as "don't know", so the verdict can only get better when they are answered."""

    level: Level
    reasons: tuple[Finding, ...]
    blockers: tuple[Finding, ...]
    conditions: tuple[Finding, ...]
    provisional: bool = False
    unanswered: tuple[Question, ...] = ()


@dataclass(frozen=True)
class Change:
    """One answer changed: ``question`` answered with ``value`` (for a text question, any
    written answer)."""

    question: Question
    value: Any


@dataclass(frozen=True)
class WhatIf:
    """What would lift the verdict one level: the smallest sets of answer changes found.

    ``target`` is the level aimed for (``None`` when the verdict is already "ready");
    ``options`` the sets (each one or two changes), ``tried`` how many answer sets were scored.
    ``only_unanswered`` when answering the open questions alone could lift it.
    """

    target: Level | None
    options: tuple[tuple[Change, ...], ...]
    tried: int
    only_unanswered: bool = False
    start: Level | None = None  # the level searched from


@dataclass(frozen=True)
class AnswerShown:
    """An answer quoted in the plan (e.g. the address of the permanent page)."""

    question: Question
    value: Any


@dataclass(frozen=True)
class PlanEntry:
    id: str
    text: Text | None
    channel: Channel | None
    answer: AnswerShown | None


@dataclass(frozen=True)
class ChecklistEntry:
    id: str
    title: Localized
    text: Localized
    sources: tuple[Source, ...]
    kind: str = "law"  # "law": a statute's duty; "advice": good practice


@dataclass(frozen=True)
class Assessment:
    flow_id: str
    flow_version: int
    catalogue_id: str
    catalogue_version: int
    rules_id: str
    rules_version: int
    verdict: Verdict
    dimensions: tuple[DimensionScore, ...]
    channels: tuple[ChannelScore, ...]  # ranked, best first; the preferred kind first
    complementary: tuple[PlanEntry, ...]
    existing_accounts: tuple[Account, ...]
    accounts_page: str | None
    checklist: tuple[ChecklistEntry, ...]
    next_steps: tuple[Text, ...]
    contact: Contact
    organisation: Localized
    #: The catalogue's sources by id, for the channel cards (which cite them by id).
    sources: Mapping[str, NamedSource] = field(default_factory=dict)
    what_if: WhatIf | None = None
    #: The channels described in full: the best (at most ``CARDS``) of the leading kind that
    #: reach ``fit_minimum``, or the best one alone, marked weak, when none does.
    cards: tuple[Card, ...] = ()
    #: The fit threshold the cards are chosen by (the rules' ``settings.min_social_fit``).
    fit_minimum: int = 0

    def threshold_note(self) -> bool:
        """Say why there are fewer cards: channels among the best ``CARDS`` of the leading
        kind fall below the threshold (a weak card says it itself)."""
        if any(card.weak for card in self.cards):
            return False
        leading = [c for c in self.channels if self.channels and c.kind == self.channels[0].kind]
        return len(self.cards) < min(CARDS, len(leading))

    def channel(self, channel_id: str) -> ChannelScore | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def dimension(self, dimension_id: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)


#: The words a content text uses for "the answers file" (FIL/FILE) and "the plan's file"
#: (PLANFIL/PLANFILE), in capitals, as in "somplan start --answers FIL".
_FILE_WORDS = re.compile(r"\b(?:PLAN)?FILE?\b")


@dataclass(frozen=True)
class NamingFile:
    """``text`` with its placeholder words for a file replaced by the real file, so that a next
    step reads "somplan start --answers skola.yaml", not "… --answers FIL"."""

    text: Text
    file: str

    def get(self, lang: Lang) -> str:
        return name_file(self.text.get(lang), self.file)


def name_file(text: str, file: str) -> str:
    """``text`` with its placeholder words for a file (FIL, FILE, PLANFIL, PLANFILE) as ``file``."""
    return _FILE_WORDS.sub(lambda _: file, text)


def naming_file(text: Text, file: str) -> Text:
    return NamingFile(text, file)


def with_file(a: Assessment, file: str) -> Assessment:
    """``a`` with the answers file named wherever its texts (next steps, what to do about a
    finding) stand in for it with a placeholder word."""

    def findings(items: tuple[Finding, ...]) -> tuple[Finding, ...]:
        return tuple(
            replace(f, remedy=naming_file(f.remedy, file) if f.remedy is not None else None)
            for f in items
        )

    v = a.verdict
    verdict = replace(
        v,
        reasons=findings(v.reasons),
        blockers=findings(v.blockers),
        conditions=findings(v.conditions),
    )
    return replace(a, verdict=verdict, next_steps=tuple(naming_file(s, file) for s in a.next_steps))


def resolve(text: Text, lang: Lang) -> str:
    """``text`` in ``lang``, through ``plain``."""
    return plain(text.get(lang))
