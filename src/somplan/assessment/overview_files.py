"""The summary document's numbers from many answers files: each plan's result, the files that
could not be used (with the reason, made inert), and each plan's next follow-up and latest
follow-up verdict on a day. Shared by `somplan summary --format html` and the web app's
``/summary``; saying anything about it (stderr, a page) is left to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_summary import due_of
from somplan.assessment.overview import Overview, UnitResult, overview, unit_result_of
from somplan.assessment.plan_files import PlanFile, Read, Unusable, attach_followups, read_one
from somplan.text.i18n import Lang
from somplan.text.safetext import inert

if TYPE_CHECKING:
    from somplan.assessment.followup_summary import DueRow
    from somplan.content.followup import FollowupContent
    from somplan.content.loader import Content


@dataclass(frozen=True)
class FilesOverview:
    """The overview of the plans among some files, and their follow-ups by file."""

    overview: Overview
    #: Each plan's next follow-up and latest verdict, by file (empty without follow-up content).
    due: dict[str, DueRow]
    #: Why each unusable file (not a follow-up) could not be used, in the files' order.
    errors: list[str]


def due_map(content: FollowupContent, reads: list[Read], today: date) -> dict[str, DueRow]:
    """Each plan's next follow-up and latest follow-up verdict on ``today``, by file, counting the
    follow-up files among ``reads``."""
    return {
        str(p.path): due_of(content, p.path, p.record, p.followups, today)
        for p in attach_followups(reads)
        if isinstance(p, PlanFile)
    }


def overview_of_files(
    content: Content,
    files: list[Path],
    lang: Lang,
    followup: FollowupContent | None,
    today: date,
) -> FilesOverview:
    """Every file of ``files`` read once; the plans summed up (see ``overview``)."""
    reads = [read_one(path, content.flow, followup.flow if followup else None) for path in files]
    results: list[UnitResult] = []
    failed: list[tuple[str, str]] = []
    for item in reads:
        if isinstance(item, PlanFile):
            results.append(unit_result_of(content, item.path, item.record, lang))
        elif isinstance(item, Unusable) and not item.followup:  # a follow-up is no plan
            failed.append((str(item.path), inert(item.problems[0].render(lang))))
    due = due_map(followup, reads, today) if followup is not None else {}
    return FilesOverview(overview(results, failed), due, [error for _, error in failed])
