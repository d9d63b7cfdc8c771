"""The unit's proposal, asked after the verdict: the questions of ``questions/proposal.yaml``
through the engine's prompter, the channels question's choices filled in from the ranking.

Which channels fit poorly, whether a reason is needed, and the first follow-up's date suggested
from the follow-up rules are worked out from the assessment passed in; the prompter only asks.
The questions are steps: Ctrl-B goes back one step at a time, and from the first step back to
the caller (the question under the verdict); every answer is handed to ``keep`` as soon as it
is given, so that nothing typed is lost when the proposal is stopped half-way.

The proposal keeps the ranking it was made on; ``ranking_changes`` compares it with today's, so
that a unit that reopens its plan after changing answers sees what changed for the channels it
proposed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from somplan.content.account import OTHER, Proposal, RankedChannel
from somplan.content.answers import AnswersFile
from somplan.content.model import (
    PROPOSAL_ACCOUNT_FIELDS,
    PROPOSAL_CHANNELS,
    Channel,
    Choice,
    Flow,
    Localized,
    ProposalTexts,
    Question,
    Section,
)
from somplan.interview import step as flow_steps
from somplan.interview.engine import BACK, Progress, Prompter
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
#: The questions asked for each proposed account (in the content's order), after the other
#: channel's name and the reason, which come first when they are asked at all.
_PERSONS = ("responsible", "substitute")
FIRST_FOLLOWUP = "first_followup"
#: The proposal's parts are sections whose ids start with this (a content id has no colon, so
#: no section of the flow does); the prompter says "the last question of the proposal" there.
SECTION = "proposal:"
#: Handed every proposal as it stands after each answer (to save it).
Keep = Callable[[Proposal], None]


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


def ranking_now(assessment: Assessment) -> list[RankedChannel]:
    """Today's ranking as the proposal keeps it."""
    return [
        RankedChannel(channel=c.channel.id, score=c.score, fits=c.score >= assessment.fit_minimum)
        for c in assessment.channels
    ]


@dataclass(frozen=True)
class Step:
    """One question of the proposal: ``field`` for the account on ``platform`` (None: a
    question of the proposal as a whole, the channels or the first follow-up)."""

    field: str
    platform: str | None = None


class ProposalWalk:
    """The proposal's state while it is asked (in the terminal, or page by page in the web app): the channels chosen and every answer given (or
    kept from the earlier proposal), by account and field."""

    def __init__(
        self,
        texts: ProposalTexts,
        assessment: Assessment,
        lang: Lang,
        earlier: Proposal | None,
    ) -> None:
        self.texts = texts
        self.assessment = assessment
        self.lang = lang
        self.earlier = earlier
        offered = ranked_choices(assessment, lang)
        self.by_id = {choice.id: ranked for choice, ranked in offered}
        channels = texts.question(PROPOSAL_CHANNELS)
        assert channels is not None  # checked when the content was loaded
        self.channels_question = with_ranking(channels, [choice for choice, _ in offered])
        self.values: dict[tuple[str | None, str], Any] = {}
        self.chosen: list[str] | None = None
        if earlier is not None:
            ids = self.channels_question.choice_ids()
            self.chosen = [a.platform for a in earlier.accounts if a.platform in ids] or [NONE]
            for a in earlier.accounts:
                for field in ("other_channel", "reason", "name", "start", "rhythm"):
                    self.values[(a.platform, field)] = getattr(a, field)
                self.values[(a.platform, "hours_per_week")] = a.hours_per_week
                for person in _PERSONS:
                    who = getattr(a, person)
                    self.values[(a.platform, f"{person}_role")] = who.role if who else None
                    self.values[(a.platform, f"{person}_name")] = who.name if who else None
            self.values[(None, FIRST_FOLLOWUP)] = earlier.first_followup

    def accounts(self) -> list[str]:
        return [p for p in self.chosen or [] if p != NONE]

    def answer(self, step: Step, value: Any) -> None:
        """Keep ``value`` (None: no answer) as the answer of ``step``."""
        if step.field == PROPOSAL_CHANNELS:
            self.chosen = [value] if isinstance(value, str) else list(value or [])
        else:
            self.values[(step.platform, step.field)] = value

    def steps(self) -> list[Step]:
        """The questions to ask, given the channels chosen so far (the content may leave out
        any question but the channels)."""
        steps = [Step(PROPOSAL_CHANNELS)]
        asked = {q.id for q in self.texts.questions}
        for platform in self.accounts():
            fields = []
            if platform == OTHER:
                fields.append("other_channel")
            if needs_reason(self.by_id.get(platform), self.assessment):
                fields.append("reason")
            fields += [q.id for q in self.texts.questions if q.id in PROPOSAL_ACCOUNT_FIELDS]
            steps += [Step(f, platform) for f in fields if f in asked]
        if self.accounts() and FIRST_FOLLOWUP in asked:
            steps.append(Step(FIRST_FOLLOWUP))
        return steps

    def first_open(self, steps: list[Step]) -> int:
        """The index of the first step whose question needs an answer and has none (the
        number of steps when every such question is answered)."""
        for index, step in enumerate(steps):
            question, current = question_at(self, step, None)
            if question.validation.required and current in (None, "", []):
                return index
        return len(steps)

    def steps_for_one(self) -> int:
        """How many questions there would be with one account on a channel that fits (to say
        roughly how many are left before the channels are chosen)."""
        asked = {q.id for q in self.texts.questions}
        return 1 + len(asked & {*PROPOSAL_ACCOUNT_FIELDS, FIRST_FOLLOWUP})

    def channel_name(self, platform: str) -> str:
        if platform == OTHER:
            named = self.values.get((OTHER, "other_channel"))
            if named:
                return str(named)
            label = self.channels_question.choice(OTHER)
            return label.label.get(self.lang) if label is not None else OTHER
        ranked = self.by_id.get(platform)
        return ranked.channel.channel.name.get(self.lang) if ranked is not None else platform

    def proposal(self, steps: list[Step], ranking: list[RankedChannel] | None) -> Proposal:
        """The proposal as it stands: for each account the answers its steps hold (an answer
        to a question that no longer applies, e.g. a reason for a channel that now fits, is
        left out, as the interview drops answers that stop applying)."""
        accounts: list[dict[str, Any]] = []
        for platform in self.accounts():
            fields = {s.field for s in steps if s.platform == platform}
            account: dict[str, Any] = {"platform": platform}
            for field in ("other_channel", "reason", "name", "start", "rhythm", "hours_per_week"):
                if field in fields:
                    account[field] = self.values.get((platform, field))
            for person in _PERSONS:
                role = self.values.get((platform, f"{person}_role"))
                if f"{person}_role" in fields and role:
                    named = self.values.get((platform, f"{person}_name"))
                    account[person] = {"role": role, "name": named}
            if platform == OTHER and not account.get("other_channel"):
                continue  # not yet named: a plan file keeps another channel only with its name
            accounts.append(account)
        day = self.values.get((None, FIRST_FOLLOWUP)) if accounts else None
        return Proposal.model_validate(
            {
                "accounts": accounts,
                "reason": self.earlier.reason if self.earlier else None,
                "first_followup": day if day and is_day(str(day)) else None,
                "ranking": ranking,
            }
        )


def stopped_in_proposal(flow: Flow, record: AnswersFile) -> bool:
    """A plan stopped in its first proposal: not complete, every question that applies answered,
    and a proposal begun. Both front doors go on with such a plan at the proposal."""
    return (
        not record.complete
        and record.proposal is not None
        and flow_steps.first_open(flow, record.answers) >= len(flow.questions())
    )


def complete_while_proposing(flow: Flow, record: AnswersFile, finished: bool) -> bool:
    """Whether the plan is complete once one more answer of its proposal is saved (ask before
    the proposal in ``record`` is replaced). The first proposal keeps the plan unfinished until
    its last answer, so that a plan stopped half-way goes on at the proposal
    (``stopped_in_proposal``) and does not count as proposed; going through a proposal again
    leaves the plan as it was. A finished proposal completes a plan whose questions are all
    answered."""
    if finished:
        return flow_steps.first_open(flow, record.answers) >= len(flow.questions())
    return record.complete and record.proposal is not None


def ask_proposal(
    texts: ProposalTexts,
    assessment: Assessment,
    prompter: Prompter,
    lang: Lang,
    earlier: Proposal | None = None,
    first_followup: date | None = None,
    keep: Keep | None = None,
) -> Proposal | Any:
    """The proposal, asked step by step, or ``BACK`` when the user goes back from its first
    question. ``earlier`` (a proposal saved before, perhaps half-way) gives the answers
    preselected, ``first_followup`` the date suggested; ``keep`` gets the proposal after every
    answer (with the earlier proposal's ranking: the new ranking is kept only with the
    finished proposal, so that a proposal stopped half-way still shows what changed)."""
    walk = ProposalWalk(texts, assessment, lang, earlier)
    suggested = first_followup.isoformat() if first_followup is not None else None
    kept_ranking = earlier.ranking if earlier is not None else None
    cursor = 0
    while True:
        steps = walk.steps()
        if cursor >= len(steps):
            return walk.proposal(steps, ranking_now(assessment))
        step = steps[cursor]
        question, current = question_at(walk, step, suggested)
        reply = prompter.ask(question, current, progress_at(walk, steps, cursor))
        if reply is BACK:
            if cursor == 0:
                return BACK
            cursor -= 1
            continue
        value = None if reply in ("", None) else reply
        if step.field == FIRST_FOLLOWUP and value is not None and not is_day(str(value)):
            prompter.notice("proposal.not-a-day", value=str(value))
            continue
        walk.answer(step, value)
        if keep is not None:
            keep(walk.proposal(walk.steps(), kept_ranking))
        cursor += 1


def question_at(walk: ProposalWalk, step: Step, suggested: str | None) -> tuple[Question, Any]:
    """The question of ``step`` and its answer preselected."""
    if step.field == PROPOSAL_CHANNELS:
        question = walk.channels_question
        current: Any = walk.chosen
        if question.kind == "single":
            current = current[0] if current else None
        return question, current or None
    question_found = walk.texts.question(step.field)
    assert question_found is not None  # steps holds only questions the content asks
    current = walk.values.get((step.platform, step.field))
    if step.field == FIRST_FOLLOWUP and current is None:
        current = suggested
    return question_found, current


def progress_at(walk: ProposalWalk, steps: list[Step], cursor: int) -> Progress:
    """Where a step stands: part 1 is the channels, then one part per account (named after
    its channel), then the first follow-up; back is always possible (from the first question,
    back to the question under the verdict)."""
    accounts = walk.accounts()
    step = steps[cursor]
    count = 1 + len(accounts) + (1 if FIRST_FOLLOWUP in {s.field for s in steps} else 0)
    texts = walk.texts
    if step.platform is not None:
        name = walk.channel_name(step.platform)
        title = message("proposal.account-section", walk.lang, channel=name)
        number = 2 + accounts.index(step.platform)
        section = Section.model_construct(
            id=f"{SECTION}{step.platform}",
            title=Localized(sv=title, en=title),
            intro=None,
            questions=texts.questions,
        )
    elif step.field == FIRST_FOLLOWUP:
        title = message("proposal.followup-section", walk.lang)
        number = count
        section = Section.model_construct(
            id=f"{SECTION}followup",
            title=Localized(sv=title, en=title),
            intro=None,
            questions=texts.questions,
        )
    else:
        number = 1
        section = Section.model_construct(
            id=SECTION, title=texts.title, intro=texts.intro, questions=texts.questions
        )
    remaining = len(steps) - cursor
    if not accounts and step.field == PROPOSAL_CHANNELS:
        remaining = walk.steps_for_one()  # before a choice: as if for one account
    return Progress(
        section=section,
        section_number=number,
        section_count=count,
        question_number=cursor + 1,
        remaining=remaining,
        can_go_back=True,
    )


# --- what changed in the ranking since the proposal ----------------------------------------------


@dataclass(frozen=True)
class Standing:
    """A channel's place in a ranking: 1-based rank, score, whether it fits."""

    rank: int
    score: int
    fits: bool


@dataclass(frozen=True)
class Change:
    """A channel whose place changed between the ranking the proposal was made on (``was``)
    and today's (``now``); None where it is not ranked. ``proposed`` when the proposal names
    it; ``reason`` when the proposal already gives a reason for it."""

    channel: str
    name: str
    was: Standing | None
    now: Standing | None
    proposed: bool
    reason: bool = False

    @property
    def no_longer_fits(self) -> bool:
        return self.was is not None and self.was.fits and self.now is not None and not self.now.fits


def ranking_changes(earlier: Proposal, assessment: Assessment, lang: Lang) -> list[Change]:
    """For a proposal that keeps its ranking, how today's ranking differs for the channels it
    proposes (every one, changed or not, when any changed), and which channel leads now if
    that changed; an empty list when nothing changed or the proposal keeps no ranking."""
    if earlier.ranking is None:
        return []
    was = {r.channel: Standing(i + 1, r.score, r.fits) for i, r in enumerate(earlier.ranking)}
    names = {c.channel.id: c.channel.name.get(lang) for c in assessment.channels}
    now = {
        c.channel.id: Standing(i + 1, c.score, c.score >= assessment.fit_minimum)
        for i, c in enumerate(assessment.channels)
    }
    proposed = [a for a in earlier.accounts if a.platform != OTHER]
    changes = [
        Change(
            a.platform,
            names.get(a.platform, a.platform),
            was.get(a.platform),
            now.get(a.platform),
            proposed=True,
            reason=bool(a.reason),
        )
        for a in proposed
    ]
    leader = assessment.channels[0].channel.id if assessment.channels else None
    ids = {c.channel for c in changes}
    if (
        leader is not None
        and leader not in ids
        and (was.get(leader) is None or was[leader].rank != 1)
    ):
        changes.append(Change(leader, names[leader], was.get(leader), now[leader], False))
    if all(c.was == c.now for c in changes):
        return []
    return changes


def change_lines(changes: list[Change], minimum: int, lang: Lang) -> list[str]:
    """What changed, one line a channel, for the terminal."""
    lines = [message("proposal.changed-title", lang)]
    for c in changes:
        if c.now is None:
            lines.append(message("proposal.changed-gone", lang, name=c.name))
            continue
        now_rank = ordinal(c.now.rank, lang)
        if c.was is None:
            line = message(
                "proposal.changed-new", lang, name=c.name, rank=now_rank, score=c.now.score
            )
        elif c.was == c.now:
            line = message(
                "proposal.changed-same", lang, name=c.name, rank=now_rank, score=c.now.score
            )
        else:
            line = message(
                "proposal.changed-moved",
                lang,
                name=c.name,
                was_rank=ordinal(c.was.rank, lang),
                was_score=c.was.score,
                rank=now_rank,
                score=c.now.score,
            )
        if not c.proposed:
            line = message("proposal.changed-leads", lang, line=line)
        lines.append(line)
        if c.proposed and c.no_longer_fits:
            key = "proposal.changed-unfit-reason" if c.reason else "proposal.changed-unfit"
            lines.append(message(key, lang, name=c.name, minimum=minimum))
    return lines


def ordinal(n: int, lang: Lang) -> str:
    """1:a, 2:a, 3:e … in Swedish; 1st, 2nd, 3rd … in English."""
    if lang == "sv":
        return f"{n}:a" if n % 10 in (1, 2) and n % 100 not in (11, 12) else f"{n}:e"
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
