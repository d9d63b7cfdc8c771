"""Each plan file read once for the register, shared among worker processes when there are many
(``summary_all.each_file``): the file, and whether its plan leads to an account — the one part
of the due logic that scores the plan — worked out where the file was read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_summary import account_expected
from somplan.assessment.plan_files import PlanFile, Read, read_one
from somplan.assessment.register import NO_ACCOUNT_OUTCOMES

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.followup import FollowupContent


def expected_account(content: FollowupContent, record: AnswersFile) -> bool:
    """Whether the plan's account is to be followed up: it was opened, or approved; not when
    declined or sent back; otherwise as the summary judges it (a complete plan whose verdict
    opens an account), which needs the plan scored."""
    if record.opened or record.closed:
        return True
    if record.decision is not None:
        return record.decision.outcome not in NO_ACCOUNT_OUTCOMES
    return account_expected(content, record)


def read_for_register(content: FollowupContent, path: Path) -> tuple[Read, bool | None]:
    """``path`` read once; for a plan, also whether an account is expected."""
    item = read_one(path, content.plan.flow, content.flow)
    if isinstance(item, PlanFile):
        return item, expected_account(content, item.record)
    return item, None
