"""The unit's proposal, asked after the verdict: the questions of ``questions/proposal.yaml``
through the engine's prompter, the channels question's choices filled in from the ranking.

Which channels fit poorly, whether a reason is needed, and the first follow-up's date suggested
from the follow-up rules are worked out from the assessment passed in; the prompter only asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from somplan.content.account import OTHER, Proposal
from somplan.content.model import (
    PROPOSAL_CHANNELS,
    Channel,
    Choice,
    Localized,
    ProposalTexts,
    Question,
    Section,
)
from somplan.interview.engine import Progress, Prompter
from somplan.text.i18n import Lang, message


# What the proposal reads of the assessment (``somplan.assessment.result.Assessment``, a
# layer above the interview): the ranking, the fit threshold and the verdict's level.
class ChannelScore(Protocol):
    @property
    def channel(self) -> Channel: ...
    @property
    def score(self) -> int: ...
    @property
    def kind(self) -> str: ...


class _Verdict(Protocol):
    @property
    def level(self) -> str: ...


class Assessment(Protocol):
    @property
    def channels(self) -> Sequence[ChannelScore]: ...
    @property
    def fit_minimum(self) -> int: ...
    @property
    def verdict(self) -> _Verdict: ...


#: The fixed choice of the channels question that means "no new account for now".
NONE = "none"
#: Verdicts under which proposing a social-media account asks for a reason.
NOT_READY = ("not_ready", "not_social_media")


@dataclass(frozen=True)
class Ranked:
    """One channel as the channels question offers it."""

    channel: ChannelScore
    weak: bool


def ranked_choices(assessment: Assessment, lang: Lang) -> list[tuple[Choice, Ranked]]:
    """The ranked channels as choices, best first, each labelled with its score and fit."""
    out = []
    for c in assessment.channels:
        weak = c.score < assessment.fit_minimum
        fit = message("proposal.fits-poorly" if weak else "proposal.fits", lang)
        label = message(
            "proposal.choice", lang, name=c.channel.name.get(lang), score=c.score, fit=fit
        )
        choice = Choice.model_construct(id=c.channel.id, label=Localized(sv=label, en=label))
        out.append((choice, Ranked(c, weak)))
    return out


def with_ranking(question: Question, choices: list[Choice]) -> Question:
    """``question`` with the ranked channels before its own choices (those the ranking does not
    already hold)."""
    taken = {c.id for c in choices}
    fixed = [c for c in question.choices if c.id not in taken]
    return question.model_copy(update={"choices": [*choices, *fixed]})


def needs_reason(ranked: Ranked | None, assessment: Assessment) -> bool:
    """A channel that fits poorly, or a social-media account against a verdict that is not
    ready, is proposed with a reason."""
    if ranked is None:  # another channel: a reason only when the verdict is not ready
        return assessment.verdict.level == "not_ready"
    if ranked.weak:
        return True
    return assessment.verdict.level in NOT_READY and ranked.channel.kind == "social"


class _Asker:
    def __init__(self, texts: ProposalTexts, prompter: Prompter, total: int) -> None:
        self.texts = texts
        self.prompter = prompter
        self.section = Section.model_construct(
            id="proposal", title=texts.title, intro=texts.intro, questions=texts.questions
        )
        self.number = 0
        self.total = total

    def ask(self, question: Question | None, current: Any = None) -> Any:
        """The answer to ``question`` (``None`` when the content does not ask it)."""
        if question is None:
            return current
        self.number += 1
        progress = Progress(
            self.section,
            1,
            1,
            self.number,
            max(1, self.total - self.number + 1),
            can_go_back=False,
        )
        reply = self.prompter.ask(question, current, progress)
        return None if reply in ("", None) else reply


def ask_proposal(
    texts: ProposalTexts,
    assessment: Assessment,
    prompter: Prompter,
    lang: Lang,
    earlier: Proposal | None = None,
    first_followup: date | None = None,
) -> Proposal:
    """The proposal, asked question by question; ``earlier`` (a proposal saved before) gives
    the answers preselected, ``first_followup`` the date suggested."""
    channels_question = texts.question(PROPOSAL_CHANNELS)
    assert channels_question is not None  # checked when the content was loaded
    offered = ranked_choices(assessment, lang)
    by_id = {choice.id: ranked for choice, ranked in offered}
    question = with_ranking(channels_question, [choice for choice, _ in offered])
    before = earlier.accounts if earlier else []
    current: Any = [a.platform for a in before if a.platform in question.choice_ids()]
    if earlier is not None and not before:
        current = [NONE]
    asker = _Asker(texts, prompter, total=len(texts.questions))
    if question.kind == "single":
        current = current[0] if current else None
    chosen = asker.ask(question, current or None)
    picked = [chosen] if isinstance(chosen, str) else list(chosen or [])
    accounts: list[dict[str, Any]] = []
    for platform in picked:
        if platform == NONE:
            continue
        old = next((a for a in before if a.platform == platform), None)
        account: dict[str, Any] = {"platform": platform}
        if platform == OTHER:
            account["other_channel"] = asker.ask(
                texts.question("other_channel"), old.other_channel if old else None
            )
            name = str(account["other_channel"] or "")
        else:
            name = by_id[platform].channel.channel.name.get(lang)
        prompter.notice("proposal.for-channel", channel=name)
        if needs_reason(by_id.get(platform), assessment):
            account["reason"] = asker.ask(texts.question("reason"), old.reason if old else None)
        for field in ("name", "start", "rhythm", "hours_per_week"):
            account[field] = asker.ask(texts.question(field), getattr(old, field, None))
        for person in ("responsible", "substitute"):
            was = getattr(old, person, None)
            role = asker.ask(texts.question(f"{person}_role"), was.role if was else None)
            named = asker.ask(texts.question(f"{person}_name"), was.name if was else None)
            account[person] = {"role": role, "name": named} if role else None
        accounts.append(account)
    suggested = earlier.first_followup if earlier and earlier.first_followup else None
    if suggested is None and first_followup is not None:
        suggested = first_followup.isoformat()
    day = None
    if accounts:
        while True:
            day = asker.ask(texts.question("first_followup"), suggested)
            if day is None or _is_day(str(day)):
                break
            prompter.notice("proposal.not-a-day", value=str(day))
    return Proposal.model_validate({"accounts": accounts, "first_followup": day})


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
