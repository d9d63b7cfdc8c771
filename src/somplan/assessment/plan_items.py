"""The plan's blockers and conditions as a follow-up carries them: each one, and whether it was
solved. Pure functions of the plan's verdict, its decision and the follow-up's record.

A follow-up made by `somplan followup` asks about each item and stores the states in its file
(``plan_items``). A follow-up without them (made before this, or by hand) gets them from the
plan: every item "unknown", unless the follow-up's general answer (``GENERAL_QUESTION``) said all
were solved. An item not solved can never let the verdict say "continue" (see
``somplan.assessment.followup.assess_followup``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from somplan.content.model import Localized

if TYPE_CHECKING:
    from somplan.assessment.result import Verdict
    from somplan.content.account import Decision, ItemCheck, ItemKind, ItemState
    from somplan.content.answers import AnswersFile

#: The follow-up question that asks, for all the plan's items at once, whether they were solved.
GENERAL_QUESTION = "plan_conditions"
#: Its answer that says every item was solved.
ALL_SOLVED = "all_met"


@dataclass(frozen=True)
class PlanItem:
    """One blocker or condition of the plan's verdict, or one condition of its decision."""

    kind: ItemKind
    id: str
    text: Localized


@dataclass(frozen=True)
class CheckedItem:
    """A plan item and what the follow-up found of it; ``asked``: the follow-up asked about this
    item (not worked out from the general answer)."""

    kind: ItemKind
    id: str
    text: Localized
    state: ItemState
    asked: bool = True


def _both(text: str) -> Localized:
    return Localized.model_construct(sv=text, en=text)


def plan_items(verdict: Verdict | None, decision: Decision | None) -> tuple[PlanItem, ...]:
    """The plan's blockers, then its conditions, then the decision's own conditions (those that
    are not the verdict's conditions in other words: an approval copies those by default)."""
    items: list[PlanItem] = []
    if verdict is not None:
        for kind, findings in (("blocker", verdict.blockers), ("condition", verdict.conditions)):
            for f in findings:
                text = Localized.model_construct(sv=f.text.get("sv"), en=f.text.get("en"))
                items.append(PlanItem(kind, f.id, text))  # type: ignore[arg-type]
    known = {t for item in items for t in (item.text.sv, item.text.en)}
    if decision is not None:
        for n, condition in enumerate(decision.conditions, start=1):
            if condition not in known:
                items.append(PlanItem("decision", f"decision_{n}", _both(condition)))
    return tuple(items)


def stored(record: AnswersFile) -> tuple[CheckedItem, ...]:
    """The items a follow-up file stores, as the follow-up asked them."""
    return tuple(_checked(c) for c in record.plan_items)


def _checked(c: ItemCheck) -> CheckedItem:
    return CheckedItem(c.kind, c.id, _both(c.text), c.state)


def derived(items: Sequence[PlanItem], record: AnswersFile) -> tuple[CheckedItem, ...]:
    """``items`` with the state a follow-up that did not ask about them gives: solved when its
    general answer says all were, otherwise not known."""
    state: ItemState = (
        "resolved" if record.answers.get(GENERAL_QUESTION) == ALL_SOLVED else "unknown"
    )
    return tuple(CheckedItem(i.kind, i.id, i.text, state, asked=False) for i in items)


def checked_items(items: Sequence[PlanItem], record: AnswersFile) -> tuple[CheckedItem, ...]:
    """What the follow-up ``record`` says of the plan's ``items``: what it stores (asked), and
    for an item it did not ask about, the state from its general answer."""
    asked = {(c.kind, c.id): c for c in stored(record)}
    rest = derived([i for i in items if (i.kind, i.id) not in asked], record)
    by_key = {(c.kind, c.id): c for c in rest}
    ordered = [asked.get((i.kind, i.id)) or by_key[(i.kind, i.id)] for i in items]
    # Items the follow-up asked about that the plan no longer has (it changed since): kept.
    listed = {(i.kind, i.id) for i in items}
    ordered += [c for key, c in asked.items() if key not in listed]
    return tuple(ordered)


def unsolved(items: Sequence[CheckedItem]) -> list[CheckedItem]:
    return [i for i in items if i.state != "resolved"]
