"""A follow-up's verdict with the plan's blockers and conditions carried into it: what every
command that shows or counts a follow-up's verdict calls (the follow-up report, the summary, the
register, diff)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.assessment.followup import FollowupVerdict, assess_followup
from somplan.assessment.plan_items import (
    ALL_SOLVED,
    GENERAL_QUESTION,
    PlanItem,
    checked_items,
    plan_items,
    stored,
)

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.followup import FollowupContent
    from somplan.content.loader import Content


def items_of(content: Content, plan: AnswersFile) -> tuple[PlanItem, ...]:
    """The plan's blockers and conditions (its verdict needs the catalogue and the scoring
    rules; without them only the decision's conditions) and its decision's conditions."""
    verdict = None
    if content.catalogue is not None and content.rules is not None:
        from somplan.assessment.scoring import assess

        verdict = assess(content, plan, what_if=False).verdict
    return plan_items(verdict, plan.decision)


def followup_verdict(
    content: FollowupContent, plan: AnswersFile, record: AnswersFile, *, listed: bool = True
) -> FollowupVerdict:
    """The verdict of the follow-up ``record`` of ``plan``, with every plan item and its state.
    Without ``listed`` (only the outcome is wanted, as in the register) the plan is scored only
    when its items could change the outcome: a "continue" whose general answer does not say
    every item was solved."""

    def verdict(items: tuple[PlanItem, ...] | None) -> FollowupVerdict:
        checked = stored(record) if items is None else checked_items(items, record)
        return assess_followup(
            content.rules, content.flow, content.plan.flow, plan.answers, record.answers, checked
        )

    if not listed:
        quick = verdict(None)
        if quick.outcome != "continue" or record.answers.get(GENERAL_QUESTION) == ALL_SOLVED:
            return quick
    return verdict(items_of(content.plan, plan))
