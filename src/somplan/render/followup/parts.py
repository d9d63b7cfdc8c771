"""What a shown follow-up is made of: its verdict (the plan's steps naming the plan), the header
and when the next follow-up is due. The terminal (`somplan followup`) and the web app both show a
follow-up from these, so the two say the same."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup import FollowupVerdict, naming_plan
from somplan.assessment.followup_due import Due, next_followup
from somplan.assessment.followup_verdict import followup_verdict
from somplan.content.followup_files import plan_changed
from somplan.render.followup import Header, accounts_shown

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.followup import FollowupContent
    from somplan.text.i18n import Lang


@dataclass(frozen=True)
class Shown:
    verdict: FollowupVerdict
    header: Header
    due: Due | None


def followup_shown(
    content: FollowupContent,
    plan_path: Path,
    plan: AnswersFile,
    record: AnswersFile,
    lang: Lang,
    named: str,
    today: date,
) -> Shown:
    """The follow-up ``record`` of the plan in ``plan_path`` as shown: ``named`` is how the steps
    that say "somplan start --answers PLANFIL" name the plan. The next follow-up is due only once
    this one is finished."""
    verdict = naming_plan(followup_verdict(content, plan, record), named)
    due = None
    if record.complete:
        due = next_followup(plan, [record], content.rules.settings, today, verdict.outcome)
    accounts = accounts_shown(plan, content.plan.catalogue, lang)
    header = Header.of(record, plan_changed(record, plan_path), str(plan_path), accounts)
    return Shown(verdict, header, due)
