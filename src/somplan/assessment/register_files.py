"""The register's rows from many files, each read once, in worker processes when there are many
(``summary_all.each_file``).

A follow-up can lie anywhere among the files, so which plan it follows is known only when all are
read. A worker therefore makes a plan's rows as they are without a follow-up — most plans have
none — and sends them with what matching needs (the plan's digest) and the plan itself,
pickled: the parent unpickles a plan only when a follow-up follows it, and makes its
rows again with it. Unpickling every plan in the one parent process cost more than reading them
in two.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_summary import account_expected, due_of
from somplan.assessment.plan_files import (
    FollowupFile,
    FollowupIndex,
    PlanFile,
    Unusable,
    read_one,
    resolver,
)
from somplan.assessment.register import NO_ACCOUNT_OUTCOMES, Account, accounts_of
from somplan.assessment.summary_all import each_file
from somplan.text.safetext import inert

if TYPE_CHECKING:
    from collections.abc import Sequence

    from somplan.content.answers import AnswersFile
    from somplan.content.followup import FollowupContent
    from somplan.text.i18n import Lang

#: What every file needs: the content, the channels' names by id, and the day.
Job = tuple["FollowupContent", Mapping[str, str], date]


@dataclass(frozen=True)
class PlanRows:
    """A plan read in a worker: its rows without follow-ups, and what remaking them takes."""

    path: Path
    sha256: str
    expected: bool
    rows: tuple[Account, ...]
    #: The plan (``AnswersFile``), pickled.
    plan: bytes

    def record(self) -> AnswersFile:
        record: AnswersFile = pickle.loads(self.plan)  # pickled by this program
        return record


def expected_account(content: FollowupContent, record: AnswersFile) -> bool:
    """Whether the plan's account is to be followed up: it was opened, or approved; not when
    declined or sent back; otherwise as the summary judges it (a complete plan whose verdict
    opens an account), which needs the plan's verdict."""
    if record.opened or record.closed:
        return True
    if record.decision is not None:
        return record.decision.outcome not in NO_ACCOUNT_OUTCOMES
    return account_expected(content, record)


def rows_of(
    job: Job,
    path: Path,
    record: AnswersFile,
    followups: Sequence[AnswersFile],
    expected: bool,
) -> list[Account]:
    """The register's rows of the plan ``record`` in ``path`` with its ``followups``."""
    content, names, today = job
    status = due_of(content, path, record, followups, today, expected)
    soon = content.rules.settings.due_soon_days
    return accounts_of(str(path), record, status, names, today, soon)


def read_for_register(job: Job, path: Path) -> PlanRows | FollowupFile | Unusable:
    """``path`` read once; a plan with its rows as they are without follow-ups."""
    content = job[0]
    item = read_one(path, content.plan.flow, content.flow)
    if not isinstance(item, PlanFile):
        return item
    expected = expected_account(content, item.record)
    rows = tuple(rows_of(job, path, item.record, (), expected))
    plan = pickle.dumps(item.record, protocol=pickle.HIGHEST_PROTOCOL)
    return PlanRows(path, item.sha256, expected, rows, plan)


def _followed(job: Job, item: tuple[PlanRows, tuple[AnswersFile, ...]]) -> list[Account]:
    plan, followups = item
    return rows_of(job, plan.path, plan.record(), followups, plan.expected)


def register_rows(job: Job, files: list[Path]) -> tuple[list[Account], list[Unusable]]:
    """The rows of every plan among ``files`` (in their order, a plan's accounts in the
    proposal's order), and the files that are neither a plan nor a usable follow-up. The plans
    a follow-up follows are made again with it, in worker processes too when there are many."""
    reads = list(each_file(read_for_register, job, files))
    index = FollowupIndex(reads)
    where = resolver()
    followed = [
        (item, followups)
        for item in reads
        if isinstance(item, PlanRows)
        and index.followups
        and (followups := index.of(item.sha256, where(item.path)))
    ]
    remade = dict(
        zip((id(plan) for plan, _ in followed), each_file(_followed, job, followed), strict=True)
    )
    rows: list[Account] = []
    failed: list[Unusable] = []
    for item in reads:
        if isinstance(item, PlanRows):
            rows += remade.get(id(item), item.rows)
        elif isinstance(item, Unusable) and not item.followup:  # a follow-up is no account
            failed.append(item)
    return rows, failed


def register_of(
    content: FollowupContent, files: list[Path], lang: Lang, today: date
) -> tuple[list[Account], list[str]]:
    """The register of the plans among ``files`` on ``today`` (rows as ``register_rows`` makes
    them, channels named in ``lang``), and why each file that is no plan could not be used (made
    inert, in the files' order). Shared by `somplan register` and the web app's ``/register``."""
    catalogue = content.plan.catalogue
    names = {c.id: c.name.get(lang) for c in catalogue.channels} if catalogue else {}
    rows, unusable = register_rows((content, names, today), files)
    return rows, [inert(item.problems[0].render(lang)) for item in unusable]
