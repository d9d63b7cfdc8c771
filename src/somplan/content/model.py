"""The content model: question flow and organisation profile, as read from ``questions/*.yaml``.

The models check the shape of one file (fields, types, allowed values). Checks that need the whole
flow, such as unique ids or conditions that refer to earlier questions, are in ``somplan.content.checks``.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from somplan.text.i18n import Lang

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
#: A day as YYYY-MM-DD, written in quotes in YAML (so it stays text): when a fact was checked.
Day = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
# A web address: http(s), then no space, quote, angle bracket, backslash, control or bidi character
# (so it can neither break out of a Markdown link nor act on a terminal).
Url = Annotated[
    str,
    StringConstraints(
        pattern=r'^https?://[^\s<>"\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+$',
        max_length=2000,
    ),
]
Scalar = str | bool | int | float

QuestionKind = Literal["single", "multi", "text", "number", "yesno", "scale"]
CHOICE_KINDS: frozenset[str] = frozenset({"single", "multi"})


class Strict(BaseModel):
    """Base for every content model: unknown fields are errors, values are not coerced."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Localized(Strict):
    """A text in each language. Swedish is required; English where the flow declares it."""

    sv: NonEmpty
    en: NonEmpty | None = None

    def get(self, lang: Lang) -> str:
        if lang == "en" and self.en:
            return self.en
        return self.sv


class Source(Strict):
    """Where a fact comes from, so it can be checked; ``checked`` is the day somplan last read it
    (for facts that change: dates, age limits, platform rules)."""

    title: NonEmpty
    url: Url | None = None
    year: int | None = None
    checked: Day | None = None


class Condition(Strict):
    """When a question applies, as a small declarative test on earlier answers.

    Either ``question`` with one test (``equals``, ``in``, ``includes``, ``answered``, or
    ``at_least`` and/or ``at_most``), or exactly one of ``all``, ``any`` and ``not``.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, defer_build=True, populate_by_name=True
    )

    question: Id | None = None
    equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    includes: list[Id] | Id | None = None
    answered: bool | None = None
    at_least: float | None = None
    at_most: float | None = None
    all_: list[Condition] | None = Field(default=None, alias="all")
    any_: list[Condition] | None = Field(default=None, alias="any")
    not_: Condition | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        tests = [
            self.equals is not None,
            self.in_ is not None,
            self.includes is not None,
            self.answered is not None,
            self.at_least is not None or self.at_most is not None,
        ]
        combinators = [self.all_ is not None, self.any_ is not None, self.not_ is not None]
        simple = self.question is not None and sum(tests) == 1 and not any(combinators)
        combined = self.question is None and not any(tests) and sum(combinators) == 1
        if not (simple or combined):
            raise PydanticCustomError(
                "condition_shape",
                "condition shape",
                {"tests": "'equals:', 'in:', 'includes:', 'answered:', 'at_least:'/'at_most:'"},
            )
        return self

    @cached_property
    def question_ids(self) -> tuple[str, ...]:
        """Every question id this condition reads, each once (computed once per condition)."""
        return tuple(dict.fromkeys(self.questions()))

    def questions(self) -> list[str]:
        """Every question id this condition reads."""
        found = [self.question] if self.question else []
        for child in (self.all_ or []) + (self.any_ or []) + ([self.not_] if self.not_ else []):
            found.extend(child.questions())
        return found


class Choice(Strict):
    """A choice of a single or multi question. An ``exclusive`` choice of a multi question
    ("don't know", "none of these") can only be chosen alone."""

    id: Id
    label: Localized
    help: Localized | None = None
    exclusive: bool = False


class Validation(Strict):
    """Rules an answer must follow. ``min``/``max`` bound numbers, text length and selections."""

    required: bool = True
    min: float | None = None
    max: float | None = None
    pattern: NonEmpty | None = None
    pattern_help: Localized | None = None


class Scale(Strict):
    min: int = 1
    max: int = 5
    low: Localized | None = None
    high: Localized | None = None


class Question(Strict):
    id: Id
    kind: QuestionKind
    text: Localized
    help: Localized
    choices: list[Choice] = Field(default_factory=list)
    default: Scalar | list[Id] | None = None
    validation: Validation = Field(default_factory=Validation)
    scale: Scale | None = None
    unit: Localized | None = None
    #: The unit after exactly 1, where the language needs it ("1 timme", not "1 timmar").
    unit_one: Localized | None = None
    when: Condition | None = None
    #: ``ranking``: the choices are the channels as ranked for the unit, filled in when asked,
    #: before the fixed ``choices`` (e.g. "none for now", "another channel"). Only in the
    #: proposal (``kind: proposal``), which is asked after the verdict.
    choices_from: Literal["ranking"] | None = None

    def choice_ids(self) -> list[str]:
        return [c.id for c in self.choices]

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

    def exclusive_ids(self) -> list[str]:
        return [c.id for c in self.choices if c.exclusive]


class Section(Strict):
    id: Id
    title: Localized
    intro: Localized | None = None
    questions: Annotated[list[Question], Field(min_length=1)]


class RenameQuestion(Strict):
    from_: Id = Field(alias="from")
    to: Id

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, defer_build=True, populate_by_name=True
    )


class RenameChoice(Strict):
    """A choice renamed, or several merged into one (``from`` a list)."""

    question: Id
    from_: list[Id] | Id = Field(alias="from")
    to: Id

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, defer_build=True, populate_by_name=True
    )

    def sources(self) -> list[str]:
        return self.from_ if isinstance(self.from_, list) else [self.from_]


class RemoveQuestion(Strict):
    id: Id


class Change(Strict):
    """One change to answers files: exactly one of the three fields."""

    rename_question: RenameQuestion | None = None
    rename_choice: RenameChoice | None = None
    remove_question: RemoveQuestion | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Change:
        if (
            sum(
                x is not None
                for x in (self.rename_question, self.rename_choice, self.remove_question)
            )
            != 1
        ):
            raise PydanticCustomError("change_shape", "change shape", {})
        return self


class Migration(Strict):
    """How answers made with an older flow version become answers to ``version``."""

    version: Annotated[int, Field(ge=2)]
    changes: Annotated[list[Change], Field(min_length=1)]


class Flow(Strict):
    """The question flow: sections of questions, asked in order."""

    kind: Literal["flow"]
    id: Id
    version: Annotated[int, Field(ge=1)]
    languages: Annotated[list[Lang], Field(min_length=1)]
    title: Localized
    intro: Localized | None = None
    sections: Annotated[list[Section], Field(min_length=1)]
    migrations: list[Migration] = Field(default_factory=list)

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions() if q.id == question_id), None)

    def section_of(self, question_id: str) -> Section | None:
        return next(
            (s for s in self.sections if any(q.id == question_id for q in s.questions)), None
        )


class Contact(Strict):
    name: Localized
    email: NonEmpty | None = None
    phone: NonEmpty | None = None
    url: Url | None = None


class Account(Strict):
    """An account the organisation already runs. List only accounts with a source."""

    platform: Id
    name: NonEmpty
    owner: Localized
    url: Url
    purposes: list[Id] = Field(default_factory=list)
    audiences: list[Id] = Field(default_factory=list)
    source: Source


class Organisation(Strict):
    """The municipality the tool is set up for. Another municipality replaces this one file.

    ``privacy_page`` (the municipality's information on how it handles personal data) and
    ``matters`` (where the public turns with a matter: registrar, e-mail, phone or form) go into
    the profile texts of `somplan profile`; without them the texts say less and a note says what
    to add.
    """

    kind: Literal["organisation"]
    id: Id
    name: Localized
    website: Url
    communications: Contact
    privacy_page: Url | None = None
    matters: Contact | None = None
    accounts_page: Url | None = None
    accounts: list[Account] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)


# --- the channel catalogue (questions/channels.yaml) ----------------------------------------------

ChannelKind = Literal["social", "other"]
Moderation = Literal["none", "low", "medium", "high"]
Level = Literal["ready", "ready_with_conditions", "not_ready", "not_social_media"]
LEVELS: tuple[Level, ...] = ("ready", "ready_with_conditions", "not_ready", "not_social_media")
Percent = Annotated[float, Field(ge=0, le=100)]


class NamedSource(Strict):
    """A source the catalogue cites by ``id``: a report, a statute, a guidance page."""

    id: Id
    title: NonEmpty
    #: Who published it (a platform, a newspaper, a company's blog): with ``url`` and ``year``,
    #: what a reader needs to judge a figure such as a platform's character limit.
    publisher: NonEmpty | None = None
    url: Url | None = None
    year: int | None = None
    checked: Day | None = None
    note: Localized | None = None


class AgeBand(Strict):
    """An age band as the cited source reports it (e.g. 16–25 years)."""

    id: Id
    label: Localized


class ReachFigure(Strict):
    band: Id
    percent: Percent


class Reach(Strict):
    """Who a channel reaches in Sweden: figures by age band from one source (its year is the
    source's)."""

    source: Id
    measure: Localized
    figures: Annotated[list[ReachFigure], Field(min_length=1)]


class Trait(Strict):
    """A property rules can target, such as ``video`` or ``dialogue``."""

    id: Id
    label: Localized


Basis = Literal["sourced", "judgement"]


class Fact(Localized):
    """A statement about a channel, with the catalogue sources (by id) that support it.

    A fact without ``sources`` rests on its channel's ``basis``: somplan's own judgement, or the
    channel's ``sources``.
    """

    sources: list[Id] = Field(default_factory=list)


class AgeLimit(Strict):
    """The youngest age at which a platform's own terms allow an account of one's own.

    ``years`` is left out where there is no single limit (e.g. Mastodon: each server sets its own);
    ``note`` then says so. ``basis: sourced`` needs ``sources``; ``judgement`` marks a limit that
    could not be confirmed at a source.
    """

    years: Annotated[int, Field(ge=0, le=99)] | None = None
    note: Localized | None = None
    basis: Basis = "sourced"
    sources: list[Id] = Field(default_factory=list)


class ProfileField(Strict):
    """The platform's field for the account's "about" text (a bio, a page description) and the
    most characters it takes, with the catalogue sources that say so (each with its address,
    publisher, year and the day it was checked). ``limit`` is left out where no source could be
    found; ``note`` then says so, and the profile text is kept short. ``post_limit`` is the most
    characters of one post (for the pinned post that carries what the field cannot), with
    ``post_sources``."""

    field: Localized
    limit: Annotated[int, Field(ge=20, le=100_000)] | None = None
    sources: list[Id] = Field(default_factory=list)
    post_limit: Annotated[int, Field(ge=20, le=100_000)] | None = None
    post_sources: list[Id] = Field(default_factory=list)
    note: Localized | None = None


class Workload(Strict):
    rhythm: Localized
    moderation: Moderation
    note: Localized | None = None


class Channel(Strict):
    """One channel. ``basis`` says what its description, good/less-good points, workload and
    traits rest on: ``judgement`` (somplan's own, shown to the reader as such) or ``sourced`` (the
    channel's ``sources``). A single fact can name its own ``sources``."""

    id: Id
    kind: ChannelKind
    name: Localized
    basis: Basis = "judgement"
    description: Localized
    age_limit: AgeLimit | None = None
    #: The profile's "about" field and its length limit (social channels).
    profile: ProfileField | None = None
    good_for: Annotated[list[Fact], Field(min_length=1)]
    less_good_for: Annotated[list[Fact], Field(min_length=1)]
    reach: list[Reach] = Field(default_factory=list)
    reach_note: Fact | None = None
    formats: Annotated[list[Fact], Field(min_length=1)]
    workload: Workload
    caveats: list[Fact] = Field(default_factory=list)
    traits: list[Id] = Field(default_factory=list)
    sources: list[Id] = Field(default_factory=list)

    def facts(self) -> list[tuple[str, int | None, Fact]]:
        """Every fact with its field name and list index (``None`` for a single fact)."""
        found: list[tuple[str, int | None, Fact]] = []
        for name in ("good_for", "less_good_for", "formats", "caveats"):
            found += [(name, i, f) for i, f in enumerate(getattr(self, name))]
        if self.reach_note is not None:
            found.append(("reach_note", None, self.reach_note))
        return found

    def cited(self) -> list[str]:
        """Every source id the channel cites, each once, in the order they appear."""
        ids = list(self.sources)
        for _, _, fact in self.facts():
            ids += fact.sources
        if self.age_limit is not None:
            ids += self.age_limit.sources
        return list(dict.fromkeys(ids))


class Catalogue(Strict):
    """The channels a unit can choose from, social and other, with sourced facts."""

    kind: Literal["catalogue"]
    id: Id
    version: Annotated[int, Field(ge=1)]
    languages: Annotated[list[Lang], Field(min_length=1)]
    title: Localized
    sources: list[NamedSource] = Field(default_factory=list)
    age_bands: list[AgeBand] = Field(default_factory=list)
    traits: list[Trait] = Field(default_factory=list)
    channels: Annotated[list[Channel], Field(min_length=1)]

    def channel(self, channel_id: str) -> Channel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def source(self, source_id: str) -> NamedSource | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def band(self, band_id: str) -> AgeBand | None:
        return next((b for b in self.age_bands if b.id == band_id), None)


# --- the scoring rules (questions/scoring.yaml) ---------------------------------------------------


class Dimension(Strict):
    """One side of readiness. Below ``ready_at`` its ``advice`` becomes a condition; below
    ``minimum`` it blocks."""

    id: Id
    name: Localized
    description: Localized
    max: Annotated[int, Field(ge=1)]
    ready_at: Annotated[int, Field(ge=0)]
    minimum: Annotated[int, Field(ge=0)] = 0
    advice: Localized


class Effect(Strict):
    """Points for the channels named, the channels with one of the traits, channels of the
    kinds given and channels whose workload needs one of the moderation levels given (each
    channel counted once)."""

    points: int
    channels: list[Id] = Field(default_factory=list)
    traits: list[Id] = Field(default_factory=list)
    kinds: list[ChannelKind] = Field(default_factory=list)
    moderation: list[Moderation] = Field(default_factory=list)


class Rule(Strict):
    """When ``when`` holds, add points to dimensions and channels, explained by ``reason``."""

    id: Id
    when: Condition
    reason: Localized
    dimensions: dict[Id, int] = Field(default_factory=dict)
    channels: list[Effect] = Field(default_factory=list)


class Finding(Strict):
    """A blocker, a redirect (to other channels than social media) or a condition."""

    id: Id
    when: Condition
    text: Localized
    remedy: Localized
    dimension: Id | None = None


class ChecklistItem(Strict):
    """A line of the legal checklist. ``kind: law`` is a duty a statute lays down (its text may say
    "ska"); ``advice`` is good practice ("bör")."""

    id: Id
    kind: Literal["law", "advice"]
    when: Condition | None = None
    title: Localized
    text: Localized
    sources: Annotated[list[Source], Field(min_length=1)]


class PlanItem(Strict):
    """A line of the complementary-channel plan; ``answer`` shows the answer to that question."""

    id: Id
    when: Condition | None = None
    text: Localized
    channel: Id | None = None
    answer: Id | None = None


class Step(Strict):
    id: Id
    when: Condition | None = None
    levels: list[Level] | None = None
    text: Localized


class AccountMatch(Strict):
    """The questions whose choices an organisation's accounts use for purposes and audiences."""

    purposes: Id
    audiences: Id


class Assumption(Strict):
    """The answer an unanswered question counts as for the verdict (its "don't know")."""

    question: Id
    answer: Scalar | list[Id]


class Settings(Strict):
    channel_base: Annotated[int, Field(ge=0, le=100)]
    min_social_fit: Annotated[int, Field(ge=0, le=100)]
    complementary_channels: Annotated[int, Field(ge=0, le=20)] = 3
    accounts: AccountMatch | None = None
    #: What an unanswered question counts as, so a provisional verdict is never better than
    #: the same answers with "don't know".
    unanswered: list[Assumption] = Field(default_factory=list)
    #: The questions a unit can act on: "what would change the verdict" searches their answers.
    changeable: list[Id] = Field(default_factory=list)


class Rules(Strict):
    """How answers become a verdict: dimensions, rules, blockers, redirects, conditions, and the
    plan, checklist and next steps that go with them."""

    kind: Literal["rules"]
    id: Id
    version: Annotated[int, Field(ge=1)]
    languages: Annotated[list[Lang], Field(min_length=1)]
    title: Localized
    settings: Settings
    dimensions: Annotated[list[Dimension], Field(min_length=1)]
    rules: list[Rule] = Field(default_factory=list)
    blockers: list[Finding] = Field(default_factory=list)
    redirects: list[Finding] = Field(default_factory=list)
    conditions: list[Finding] = Field(default_factory=list)
    complementary: list[PlanItem] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(default_factory=list)
    next_steps: list[Step] = Field(default_factory=list)


def field_names(model: type[BaseModel]) -> list[str]:
    """The names a YAML file uses for ``model``'s fields (aliases where they exist)."""
    return [f.alias or name for name, f in model.model_fields.items()]


def walk_models(value: Any, loc: tuple[str | int, ...] = ()) -> Any:
    """Yield ``(loc, model)`` for every model inside ``value``, with YAML-side field names."""
    if isinstance(value, BaseModel):
        yield loc, value
        for name, info in type(value).model_fields.items():
            yield from walk_models(getattr(value, name), (*loc, info.alias or name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk_models(item, (*loc, i))


# --- the unit's plan in sentences (questions/plan.yaml) -------------------------------------------


class PlanLine(Strict):
    """How one answer reads in the unit's plan.

    ``text`` is a sentence in which ``{answer}`` stands for the answer as the user reads it (the
    choice's label, the number with its unit, the text typed). ``values`` gives a whole sentence of
    its own for a choice (by choice id; ``yes``/``no`` for a yes/no question); for a question with
    several choices, ``text`` introduces the list of the choices made.
    """

    question: Id
    text: Localized | None = None
    values: dict[Id, Localized] = Field(default_factory=dict)


class PlanGroup(Strict):
    id: Id
    title: Localized
    lines: Annotated[list[PlanLine], Field(min_length=1)]


class PlanTexts(Strict):
    """The unit's answers as a plan a manager reads: groups of sentences, in the flow's terms."""

    kind: Literal["plan"]
    id: Id
    version: Annotated[int, Field(ge=1)]
    languages: Annotated[list[Lang], Field(min_length=1)]
    title: Localized
    groups: Annotated[list[PlanGroup], Field(min_length=1)]


# --- the proposal (questions/proposal.yaml) -------------------------------------------------------

#: The questions a proposal may ask, by id: what each answer fills in of the proposal
#: (``somplan.content.account.Proposal``). ``channels`` is asked once, ``other_channel``
#: when another channel is chosen, ``reason`` for a channel that fits poorly or a verdict that is
#: not ready, the account's fields for each channel, ``first_followup`` last.
PROPOSAL_CHANNELS = "channels"
PROPOSAL_ACCOUNT_FIELDS: tuple[str, ...] = (
    "name",
    "responsible_role",
    "responsible_name",
    "substitute_role",
    "substitute_name",
    "start",
    "rhythm",
    "hours_per_week",
)
PROPOSAL_FIELDS: tuple[str, ...] = (
    PROPOSAL_CHANNELS,
    "other_channel",
    "reason",
    *PROPOSAL_ACCOUNT_FIELDS,
    "first_followup",
)

#: The longest text each text field of the proposal takes in a plan file
#: (``somplan.content.account``); a question may ask for less, not more.
PROPOSAL_TEXT_MAX: dict[str, int] = {
    "other_channel": 200,
    "reason": 2000,
    "name": 200,
    "responsible_role": 120,
    "responsible_name": 120,
    "substitute_role": 120,
    "substitute_name": 120,
    "start": 7,
    "rhythm": 200,
    "first_followup": 10,
}


class ProposalTexts(Strict):
    """The proposal's questions: which channel(s) the unit proposes, and for each its account."""

    kind: Literal["proposal"]
    id: Id
    version: Annotated[int, Field(ge=1)]
    languages: Annotated[list[Lang], Field(min_length=1)]
    title: Localized
    intro: Localized | None = None
    questions: Annotated[list[Question], Field(min_length=1)]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


# --- the follow-up rules (questions/followup/rules.yaml) ------------------------------------------

Outcome = Literal["continue", "adjust", "close"]
#: The follow-up outcomes, mildest first; the verdict is the most severe outcome of any finding.
OUTCOMES: tuple[Outcome, ...] = ("continue", "adjust", "close")


class PlanComparison(Strict):
    """Holds when the follow-up ``answer`` lies further down ``order`` (best first) than the
    plan's answer to ``plan``: the account does less than the plan promised."""

    plan: Id
    answer: Id
    order: Annotated[list[Id], Field(min_length=2)]


class FollowupFinding(Strict):
    """A reason for an outcome. ``when`` reads the follow-up answers, ``plan`` the plan's answers,
    ``worse_than_plan`` compares the two; every test given must hold. Texts may show answers:
    ``{plan:QUESTION}`` from the plan, ``{answer:QUESTION}`` from the follow-up."""

    id: Id
    outcome: Outcome
    when: Condition | None = None
    plan: Condition | None = None
    worse_than_plan: PlanComparison | None = None
    text: Localized
    remedy: Localized | None = None

    @model_validator(mode="after")
    def _some_test(self) -> FollowupFinding:
        if self.when is None and self.plan is None and self.worse_than_plan is None:
            raise PydanticCustomError(
                "finding_needs_test",
                "finding needs a test",
                {"tests": "when, plan, worse_than_plan"},
            )
        return self


class OutcomeText(Strict):
    """How an outcome is named and explained in the report."""

    id: Outcome
    title: Localized
    summary: Localized


class FollowupStep(Strict):
    """A next step shown with the outcomes listed (every outcome when none are)."""

    id: Id
    outcomes: list[Outcome] | None = None
    when: Condition | None = None
    text: Localized


class ClosingItem(Strict):
    """One thing to do when an account is closed."""

    id: Id
    title: Localized
    text: Localized
    sources: list[Source] = Field(default_factory=list)


class FollowupSettings(Strict):
    """When follow-ups are due: ``first_after_months`` after the plan, then every
    ``then_every_months``, unless an answer says otherwise (``interval_question`` of the follow-up
    flow, ``plan_interval_question`` of the plan flow: months, a number); after an "adjust"
    verdict ``after_adjust_months``. A follow-up counts as due ``due_soon_days`` before its date."""

    first_after_months: Annotated[int, Field(ge=1, le=60)] = 3
    then_every_months: Annotated[int, Field(ge=1, le=60)] = 6
    after_adjust_months: Annotated[int, Field(ge=1, le=60)] | None = None
    due_soon_days: Annotated[int, Field(ge=0, le=365)] = 30
    interval_question: Id | None = None
    plan_interval_question: Id | None = None


class FollowupRules(Strict):
    """How follow-up answers become a verdict (continue, adjust, close), with reasons compared
    with the plan, the closing checklist and the next steps."""

    kind: Literal["followup_rules"]
    id: Id
    version: Annotated[int, Field(ge=1)]
    languages: Annotated[list[Lang], Field(min_length=1)]
    title: Localized
    flow: Id
    plan_flow: Id
    settings: FollowupSettings = Field(default_factory=FollowupSettings)
    outcomes: Annotated[list[OutcomeText], Field(min_length=1)]
    findings: Annotated[list[FollowupFinding], Field(min_length=1)]
    closing: Annotated[list[ClosingItem], Field(min_length=1)]
    next_steps: list[FollowupStep] = Field(default_factory=list)

    def outcome(self, outcome: Outcome) -> OutcomeText:
        return next(o for o in self.outcomes if o.id == outcome)
