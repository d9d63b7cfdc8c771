"""The account's record in a plan file: the unit's proposal, the manager's decision, the decisions
it replaced, and when the account was opened and closed (answers file format 2).

::

    proposal:
      accounts:
      - platform: instagram          # a channel id of the catalogue, or "other"
        other_channel: null          # the channel's name when platform is "other"
        reason: null                 # why, when the channel fits poorly or the verdict is not ready
        name: '@stadsbiblioteket'
        responsible: {role: Bibliotekarie, name: null}
        substitute: {role: Bibliotekschef}
        start: 2027-02
        rhythm: Två inlägg i veckan
        hours_per_week: 3
      first_followup: '2027-08-01'
      ranking:                       # the ranking the proposal was made on, best first
      - {channel: instagram, score: 100, fits: true}
      - {channel: youtube, score: 30, fits: false}
    decision:
      outcome: approved_with_conditions
      by: {name: Eva Ek, role: Enhetschef}
      date: '2027-01-15'
      reference: KS 2027/12
      conditions: [...]
      answers_digest: sha256:…
      basis:                       # a copy of what it was taken on (somplan diff --since-decision)
        answers: {goals: [dialogue], …}
        proposal: {…}
    history: [ …decisions replaced, oldest first… ]
    opened: {url: https://www.instagram.com/…, date: '2027-02-03'}
    closed: '2028-06-30'

An empty ``accounts`` list is the proposal "no new account for now". Every text has a length limit
and every date is checked to be a real day, each error with its position (see
``somplan.content.schema_errors``).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from somplan.content.model import Id, Url

#: The platform id of a channel that is not in the catalogue.
OTHER = "other"
#: Limits: a role or a name fits a table cell; a reason, note or condition is a few sentences.
ROLE_MAX = 120
NAME_MAX = 120
SHORT_MAX = 200
LONG_MAX = 2000
CONDITIONS_MAX = 30
ACCOUNTS_MAX = 10
RANKING_MAX = 200
HISTORY_MAX = 200

Outcome = Literal["approved", "approved_with_conditions", "declined", "sent_back"]
OUTCOMES: tuple[Outcome, ...] = ("approved", "approved_with_conditions", "declined", "sent_back")


def _real_day(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("not_a_day", "not a day", {"value": value}) from None
    if len(value) != 10:  # fromisoformat also takes 20270115 and week dates
        raise PydanticCustomError("not_a_day", "not a day", {"value": value})
    return value


def _real_month(value: str) -> str:
    try:
        if len(value) != 7 or value[4] != "-":
            raise ValueError(value)
        date(int(value[:4]), int(value[5:]), 1)
    except ValueError:
        raise PydanticCustomError("not_a_month", "not a month", {"value": value}) from None
    return value


#: A day as text, YYYY-MM-DD, that exists in the calendar.
Day = Annotated[str, Field(max_length=10), AfterValidator(_real_day)]
#: A month as text, YYYY-MM.
Month = Annotated[str, Field(max_length=7), AfterValidator(_real_month)]
#: The digest of the answers a decision was taken on (see ``somplan.assessment.decision``).
Digest = Annotated[str, Field(pattern=r"^sha256:[0-9a-f]{64}$")]
Role = Annotated[str, Field(min_length=1, max_length=ROLE_MAX)]
Name = Annotated[str, Field(max_length=NAME_MAX)]
Short = Annotated[str, Field(max_length=SHORT_MAX)]
Long = Annotated[str, Field(max_length=LONG_MAX)]

_CONFIG = ConfigDict(extra="forbid", strict=True, defer_build=True)


class Person(BaseModel):
    """Someone by role; the name is optional (the public list never shows either)."""

    model_config = _CONFIG

    role: Role
    name: Name | None = None


class ProposedAccount(BaseModel):
    model_config = _CONFIG

    platform: Id
    other_channel: Short | None = None
    reason: Long | None = None
    name: Short | None = None
    responsible: Person | None = None
    substitute: Person | None = None
    start: Month | None = None
    rhythm: Short | None = None
    hours_per_week: Annotated[int | float, Field(ge=0, le=168)] | None = None


class RankedChannel(BaseModel):
    """One channel as the ranking stood when the proposal was made: its score out of 100 and
    whether it reached the fit threshold."""

    model_config = _CONFIG

    channel: Id
    score: Annotated[int, Field(ge=0, le=100)]
    fits: bool


class Proposal(BaseModel):
    model_config = _CONFIG

    accounts: Annotated[list[ProposedAccount], Field(max_length=ACCOUNTS_MAX)] = Field(
        default_factory=list
    )
    #: Why no account, or why another channel (optional).
    reason: Long | None = None
    first_followup: Day | None = None
    #: The ranking the proposal was made on (``somplan start`` writes it), so that a unit that
    #: reopens the plan after answers changed it is shown what changed.
    ranking: Annotated[list[RankedChannel], Field(max_length=RANKING_MAX)] | None = None


#: An answer as the answers file stores it (as ``somplan.content.answers.AnswerValue``).
BasisValue = str | bool | int | float | list[str] | None


class Basis(BaseModel):
    """A copy of the answers and the proposal a decision was taken on: what `somplan diff
    --since-decision` compares the plan with. Its digest is the decision's ``answers_digest``
    (checked before it is used), so a hand-edited copy is not taken for the real one."""

    model_config = _CONFIG

    answers: dict[Id, BasisValue] = Field(default_factory=dict)
    proposal: Proposal | None = None


class Decision(BaseModel):
    model_config = _CONFIG

    outcome: Outcome
    by: Person
    date: Day
    reference: Short | None = None
    conditions: Annotated[list[Long], Field(max_length=CONDITIONS_MAX)] = Field(
        default_factory=list
    )
    note: Long | None = None
    answers_digest: Digest
    #: Taken on a plan that was not complete (`somplan decide --allow-incomplete`).
    allow_incomplete: bool = False
    #: What it was taken on (decisions recorded before this copy existed have none; a decision
    #: moved to the history keeps only its digest).
    basis: Basis | None = None


class Opened(BaseModel):
    model_config = _CONFIG

    url: Url
    date: Day


History = Annotated[list[Decision], Field(max_length=HISTORY_MAX)]

#: What a follow-up found of one of the plan's blockers and conditions.
ItemKind = Literal["blocker", "condition", "decision"]
ItemState = Literal["resolved", "open", "unknown"]
ITEM_STATES: tuple[ItemState, ...] = ("resolved", "open", "unknown")
ITEMS_MAX = 100


class ItemCheck(BaseModel):
    """In a follow-up file: one blocker or condition of the plan (of its verdict, or of the
    decision), its text as the follow-up showed it, and whether it was solved then.

    ::

        plan_items:
        - {kind: condition, id: no_deputy, text: 'Ingen ersättare …', state: open}
    """

    model_config = _CONFIG

    kind: ItemKind
    id: Short
    text: Long
    state: ItemState


ItemChecks = Annotated[list[ItemCheck], Field(max_length=ITEMS_MAX)]
