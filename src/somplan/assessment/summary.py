"""One row per answers file for the communications unit's overview: read, score, sum up."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.decision import decision_status, has_account_record
from somplan.assessment.result import resolve
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.text.i18n import Lang

if TYPE_CHECKING:
    from somplan.assessment.followup_summary import DueRow
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content

SORT_KEYS = ("file", "unit", "level", "updated")
LEVEL_ORDER = {"not_ready": 0, "not_social_media": 1, "ready_with_conditions": 2, "ready": 3}


@dataclass(frozen=True)
class Row:
    file: str
    unit: str
    level: str
    top_channels: list[str]
    blockers: list[str]
    provisional: bool
    updated: str
    #: The next follow-up (the communications unit's view; None when follow-ups are not known):
    #: its date, ok/due/overdue/closed/unknown, days from today (negative: late).
    followup_due: str | None = None
    followup_status: str | None = None
    followup_days: int | None = None
    #: The latest complete follow-up's date and its outcome (continue/adjust/close).
    last_followup: str | None = None
    last_outcome: str | None = None
    #: The verdict's conditions, as texts (their number is shown beside the verdict in HTML).
    conditions: list[str] = field(default_factory=list)
    #: The account's state and the decision's outcome (None: no proposal, decision or account),
    #: and whether the decision applies to an earlier version of the answers.
    decision_state: str | None = None
    decision_outcome: str | None = None
    decision_earlier: bool = False


def summarise(content: Content, path: Path, lang: Lang) -> Row:
    """One file's row; raises ``somplan.content.problems.ProblemError`` for a file that cannot be used."""
    return row_of(content, path, answers.load(path, content.flow), lang)


def row_of(content: Content, path: Path, record: AnswersFile, lang: Lang) -> Row:
    """The row of a plan already read (see ``somplan.assessment.plan_files``)."""
    assessment = assess(content, record, what_if=False)  # the search is for one report
    status = decision_status(record) if has_account_record(record) else None
    return Row(
        file=str(path),
        unit=record.unit or "",
        level=assessment.verdict.level,
        top_channels=[c.channel.name.get(lang) for c in assessment.channels[:2]],
        blockers=[resolve(b.text, lang) for b in assessment.verdict.blockers],
        provisional=not record.complete or assessment.verdict.provisional,
        updated=record.updated or "",
        conditions=[resolve(c.text, lang) for c in assessment.verdict.conditions],
        decision_state=status.state if status else None,
        decision_outcome=status.outcome if status else None,
        decision_earlier=status.earlier_version if status else False,
    )


def with_followup(row: Row, due: DueRow | None) -> Row:
    """``row`` with its plan's follow-up fields filled from ``due``."""
    if due is None:
        return row
    return replace(
        row,
        followup_due=due.due,
        followup_status=due.status,
        followup_days=due.days,
        last_followup=due.last_followup,
        last_outcome=due.last_outcome,
    )


def sort_rows(rows: list[Row], key: str) -> list[Row]:
    if key == "level":
        return sorted(rows, key=lambda r: (LEVEL_ORDER.get(r.level, 9), r.file))
    return sorted(rows, key=lambda r: (getattr(r, key), r.file))
