"""Taking down a decision: what the options gave, the rest asked through the prompter seam, checked
and put into the plan's record (the decision it replaces moved to the history).

No terminal code here: the questions go through ``DecisionPrompter``, which the questionary
prompter (``somplan.interview.prompts``) satisfies and tests fake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from pydantic import ValidationError

from somplan.content.account import (
    LONG_MAX,
    NAME_MAX,
    OUTCOMES,
    ROLE_MAX,
    SHORT_MAX,
    Basis,
    Decision,
    Opened,
)
from somplan.content.answers import AnswersFile
from somplan.errors import SomplanError, UsageError
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang, message


class DecisionPrompter(Protocol):
    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        """A one-line text (may be empty); ``None`` when the user goes back."""

    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        """Yes or no."""

    def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
        """One of ``options`` (label, value)."""


class DecisionRefused(SomplanError):
    """A decision on a plan that is not complete, without ``--allow-incomplete``."""

    exit_code = ExitCode.INPUT_INVALID

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path

    def lines(self, lang: Lang) -> list[str]:
        return [message("decide.incomplete", lang, path=self.path)]


@dataclass(frozen=True)
class Given:
    """What the command line gave for the decision; ``None``: not given."""

    outcome: str | None = None
    by_name: str | None = None
    by_role: str | None = None
    day: str | None = None
    reference: str | None = None
    conditions: tuple[str, ...] | None = None
    note: str | None = None
    allow_incomplete: bool = False

    def lacking(self) -> list[str]:
        """The options a decision cannot do without."""
        return [
            option
            for option, value in (("--outcome", self.outcome), ("--by-role", self.by_role))
            if not value
        ]


def is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _text_limit(option: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise UsageError("decide.too-long", option=option, length=len(value), max=limit)


def checked(given: Given) -> Given:
    """``given`` with its texts and date checked as the file's schema will check them; a bad
    option raises ``UsageError`` (exit 2) naming the option."""
    if given.day is not None and not is_day(given.day):
        raise UsageError("decide.bad-date", option="--date", value=given.day)
    _text_limit("--by-role", given.by_role, ROLE_MAX)
    _text_limit("--by-name", given.by_name, NAME_MAX)
    _text_limit("--reference", given.reference, SHORT_MAX)
    _text_limit("--note", given.note, LONG_MAX)
    for condition in given.conditions or ():
        _text_limit("--condition", condition, LONG_MAX)
    if given.by_role is not None and not given.by_role.strip():
        raise UsageError("decide.empty", option="--by-role")
    return given


def ask_missing(
    given: Given, prompter: DecisionPrompter, verdict_conditions: Sequence[str], lang: Lang
) -> Given:
    """``given`` completed through ``prompter``: what the options left out is asked, in the
    order a manager's decision is written down."""
    outcome = given.outcome
    if outcome is None:
        options = [(message(f"decision.outcome.{o}", lang), o) for o in OUTCOMES]
        outcome = str(prompter.choose("decide.ask-outcome", options))
    by_role = given.by_role
    while not by_role:
        by_role = (prompter.text("decide.ask-by-role", ROLE_MAX) or "").strip()
    by_name = given.by_name
    if by_name is None:
        by_name = (prompter.text("decide.ask-by-name", NAME_MAX) or "").strip() or None
    day = given.day
    while day is None or not is_day(day):
        day = (prompter.text("decide.ask-date", 10, default=date.today().isoformat()) or "").strip()
    reference = given.reference
    if reference is None:
        reference = (prompter.text("decide.ask-reference", SHORT_MAX) or "").strip() or None
    conditions = given.conditions
    if conditions is None and outcome in ("approved", "approved_with_conditions"):
        kept = bool(verdict_conditions) and prompter.confirm(
            "decide.ask-keep-conditions", conditions="; ".join(verdict_conditions)
        )
        listed = list(verdict_conditions) if kept else []
        while True:
            more = (prompter.text("decide.ask-condition", LONG_MAX) or "").strip()
            if not more:
                break
            listed.append(more)
        conditions = tuple(listed)
    note = given.note
    if note is None:
        note = (prompter.text("decide.ask-note", LONG_MAX) or "").strip() or None
    return replace(
        given,
        outcome=outcome,
        by_role=by_role,
        by_name=by_name,
        day=day,
        reference=reference,
        conditions=conditions,
        note=note,
    )


def decision_of(
    given: Given,
    digest: str,
    verdict_conditions: Sequence[str],
    today: date,
    basis: Basis | None = None,
) -> Decision:
    """The decision ``given`` describes, taken on the answers whose digest is ``digest`` (and
    whose copy is ``basis``). Without conditions given, an approval carries the verdict's
    conditions."""
    conditions = given.conditions
    if conditions is None:
        approving = given.outcome in ("approved", "approved_with_conditions")
        conditions = tuple(verdict_conditions) if approving else ()
    data: dict[str, Any] = {
        "outcome": given.outcome,
        "by": {"role": given.by_role, "name": given.by_name or None},
        "date": given.day or today.isoformat(),
        "reference": given.reference or None,
        "conditions": list(conditions),
        "note": given.note or None,
        "answers_digest": digest,
        "allow_incomplete": given.allow_incomplete,
        "basis": basis,
    }
    return Decision.model_validate(data)


def record_decision(record: AnswersFile, decision: Decision) -> Decision | None:
    """Put ``decision`` in ``record``; the one it replaces (returned) goes to the history."""
    earlier = record.decision
    if earlier is not None:
        # The history keeps what was decided and its digest, not a second copy of the answers.
        record.history = [*record.history, earlier.model_copy(update={"basis": None})]
    record.decision = decision
    return earlier


def record_opened(record: AnswersFile, url: str, day: str) -> None:
    """Note that the account was opened at ``url`` on ``day``; a bad address raises
    ``UsageError``."""
    try:
        record.opened = Opened.model_validate({"url": url, "date": day})
    except ValidationError:
        raise UsageError("decide.bad-url", value=url) from None


def short(decision: Decision, lang: Lang) -> str:
    """A decision in one line: "Approved on 2027-01-15 by head of unit, ref. KS 2027/12"."""
    text = message(
        "decision.value",
        lang,
        outcome=message(f"decision.outcome.{decision.outcome}", lang),
        date=decision.date,
        role=decision.by.role,
    )
    if decision.reference:
        text += ", " + message("decision.reference", lang, reference=decision.reference)
    return text
