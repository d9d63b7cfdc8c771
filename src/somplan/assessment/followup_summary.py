"""The communications unit's view of follow-ups: for each plan among many answers files, when its
next follow-up is due, whether it is overdue, and what the latest follow-up said.

Plans and follow-ups can lie in the same folders: a follow-up is matched to its plan by the plan
file's SHA-256 (the plan as it was when followed up) or by the path it names, relative to the
follow-up's own folder (the plan revised since).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_due import next_followup, record_date
from somplan.assessment.followup_verdict import followup_verdict
from somplan.assessment.plan_files import PlanFile, Unusable, plan_files
from somplan.content.answers import AnswersFile, parse
from somplan.content.followup_files import digest
from somplan.content.problems import ProblemError
from somplan.content.yamlsource import read_file
from somplan.text.i18n import Lang
from somplan.text.safetext import inert

if TYPE_CHECKING:
    from somplan.content.followup import FollowupContent

#: What ``--due`` keeps: plans whose follow-up is due soon or overdue.
DUE_STATUSES = ("due", "overdue")


@dataclass(frozen=True)
class DueRow:
    file: str
    unit: str
    status: str
    due: str | None
    days: int | None
    followups: int
    last_followup: str | None
    last_outcome: str | None


@dataclass
class Files:
    """The plans among many files, each with its follow-ups, and a line for each file that is
    neither a plan nor a follow-up that can be used."""

    plans: list[PlanFile]
    failed: list[str]


def is_followup_file(path: Path) -> bool:
    """Whether ``path`` reads as a follow-up answers file (it has a ``follows`` block)."""
    try:
        return isinstance(read_file(path).data.get("follows"), dict)
    except ProblemError:
        return False


def read_files(content: FollowupContent, paths: Sequence[Path], lang: Lang) -> Files:
    """Each file read once, as a plan or a follow-up; a file that is neither is named on one line."""
    found = Files([], [])
    for item in plan_files(paths, content.plan.flow, content.flow):
        if isinstance(item, PlanFile):
            found.plans.append(item)
        elif isinstance(item, Unusable):
            found.failed.append(inert(item.problems[0].render(lang)))
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def followups_of(
    plan_path: Path, followups: Sequence[tuple[Path, AnswersFile]]
) -> list[AnswersFile]:
    """The follow-ups among ``followups`` that follow the plan in ``plan_path``."""
    if not followups:
        return []
    try:
        sha = digest(plan_path)
    except OSError:
        sha = ""
    mine = []
    for path, record in followups:
        follows = record.follows
        if follows is None:
            continue
        named = Path(follows.path)  # relative to the follow-up's folder (or absolute)
        if follows.sha256 == sha or _same_file(path.parent / named, plan_path):
            mine.append(record)
    return mine


#: The verdicts under which a unit opens an account, and so follows it up.
ACCOUNT_LEVELS = ("ready", "ready_with_conditions")


def account_expected(content: FollowupContent, plan: AnswersFile) -> bool:
    """Whether ``plan`` leads to an account: it is finished and its verdict opens one (without
    the channel catalogue and rules to score it, a finished plan counts)."""
    if not plan.complete:
        return False
    if content.plan.catalogue is None or content.plan.rules is None:
        return True
    from somplan.assessment.scoring import verdict_level

    level, provisional = verdict_level(
        content.plan.flow, content.plan.catalogue, content.plan.rules, plan.answers
    )
    return level in ACCOUNT_LEVELS and not provisional


def plan_due(
    content: FollowupContent,
    plan_path: Path,
    plan: AnswersFile,
    followups: Sequence[tuple[Path, AnswersFile]],
    today: date,
) -> DueRow:
    """When ``plan``'s next follow-up is due on ``today``, and what its latest follow-up said."""
    return due_of(content, plan_path, plan, followups_of(plan_path, followups), today)


def due_of(
    content: FollowupContent,
    plan_path: Path,
    plan: AnswersFile,
    followups: Sequence[AnswersFile],
    today: date,
    expected: bool | None = None,
) -> DueRow:
    """``plan_due`` for a plan whose follow-ups are known (see ``.plan_files``); ``expected``:
    ``account_expected`` when the caller has worked it out already."""
    mine = [f for f in followups if f.complete]
    latest = max(mine, key=lambda f: record_date(f) or date.min, default=None)
    outcome = None
    if latest is not None:
        outcome = followup_verdict(content, plan, latest, listed=False).outcome
    due = next_followup(
        plan,
        mine,
        content.rules.settings,
        today,
        outcome,
        account_expected(content, plan) if expected is None else expected,
    )
    return DueRow(
        file=str(plan_path),
        unit=plan.unit or "",
        status=due.status,
        due=due.due.isoformat() if due.due else None,
        days=due.days,
        followups=len(mine),
        last_followup=due.last_followup.isoformat() if due.last_followup else None,
        last_outcome=outcome,
    )


def due_rows(content: FollowupContent, files: Files, today: date) -> list[DueRow]:
    """One row per plan, soonest due first (overdue at the top)."""
    rows = [due_of(content, p.path, p.record, p.followups, today) for p in files.plans]
    return sorted(rows, key=lambda r: (r.due is None, r.due or "", r.file))


def latest_beside(
    content: FollowupContent, plan_path: Path, plan: AnswersFile
) -> tuple[Path, AnswersFile, str] | None:
    """The newest finished follow-up of ``plan`` in the plan's own folder (any file name), with
    its verdict's outcome; ``None`` when there is none."""
    found: list[tuple[Path, AnswersFile]] = []
    for path in sorted(plan_path.parent.glob("*.y*ml")):
        if path.suffix not in (".yaml", ".yml") or _same_file(path, plan_path):
            continue
        try:
            record = parse(read_file(path))
        except (ProblemError, OSError):
            continue
        if record.follows is not None and record.complete and record.flow.id == content.flow.id:
            found.append((path, record))
    mine = {id(r) for r in followups_of(plan_path, found)}
    candidates = [(p, r) for p, r in found if id(r) in mine]
    if not candidates:
        return None
    path, latest = max(candidates, key=lambda pr: (record_date(pr[1]) or date.min, pr[0].name))
    return path, latest, followup_verdict(content, plan, latest, listed=False).outcome
