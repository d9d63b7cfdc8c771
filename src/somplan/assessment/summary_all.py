"""Many answers files read and summed up, one row each, shared among worker processes when
there are many (forked, so they inherit the loaded content instead of loading it again).

A worker fills a plan's follow-up columns as they are without a follow-up, and sends the row with
the plan pickled: only the plans that a follow-up follows (known once every file is read) are
unpickled in the parent and their columns filled again (``rows_of``).
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from somplan.assessment.followup_summary import ACCOUNT_LEVELS, due_of
from somplan.assessment.plan_files import (
    FollowupFile,
    FollowupIndex,
    PlanFile,
    Unusable,
    read_one,
    resolver,
)
from somplan.assessment.summary import Row, row_of, with_followup

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.followup import FollowupContent
    from somplan.content.loader import Content
    from somplan.text.i18n import Lang

#: Share the files among worker processes from this many files on (starting them costs ~50 ms).
PARALLEL_FROM = 200

#: The plan content, the follow-up content (None: no follow-up columns), the language, the day.
Job = tuple["Content", "FollowupContent | None", "Lang", date]
Item = TypeVar("Item")
T = TypeVar("T")

#: Files go to the workers in runs of this many at most (fewer when there are not many files
#: for each worker): one message there and back per run instead of one per file.
CHUNK = 64

#: In a worker process only: the function for each file, what every file needs and the files,
#: handed over once when the worker starts (inherited, not sent).
_worker_job: tuple[Callable[[Any, Any], Any], Any, list[Any]] | None = None


@dataclass(frozen=True)
class PlanRow:
    """A plan read in a worker: its row, and what filling its follow-up columns again takes."""

    path: Path
    sha256: str
    row: Row
    #: Whether the plan leads to an account (``followup_summary.account_expected``).
    expected: bool
    #: The plan (``AnswersFile``), pickled; empty when there are no follow-up columns.
    plan: bytes

    def record(self) -> AnswersFile:
        record: AnswersFile = pickle.loads(self.plan)  # pickled by this program
        return record


def one(job: Job, path: Path) -> PlanRow | FollowupFile | Unusable:
    """One file read once; a plan with its row, follow-up columns filled as without a
    follow-up."""
    content, followup, lang, today = job
    item = read_one(path, content.flow, followup.flow if followup else None)
    if not isinstance(item, PlanFile):
        return item
    row = row_of(content, path, item.record, lang)
    if followup is None:
        return PlanRow(path, item.sha256, row, False, b"")
    # What ``followup_summary.account_expected`` says, read off the row's verdict: the follow-up
    # content's plan content is the same folder's content, so scoring the plan again with it
    # gives the same verdict.
    expected = item.record.complete and row.level in ACCOUNT_LEVELS and not row.provisional
    row = with_followup(row, due_of(followup, path, item.record, (), today, expected))
    plan = pickle.dumps(item.record, protocol=pickle.HIGHEST_PROTOCOL)
    return PlanRow(path, item.sha256, row, expected, plan)


def _followed(job: Job, item: tuple[PlanRow, tuple[AnswersFile, ...]]) -> Row:
    plan, followups = item
    followup, today = job[1], job[3]
    assert followup is not None
    due = due_of(followup, plan.path, plan.record(), followups, today, plan.expected)
    return with_followup(plan.row, due)


def rows_of(job: Job, reads: list[PlanRow | FollowupFile | Unusable]) -> list[Row]:
    """The rows of the plans among ``reads``, in their order, the follow-up columns of a plan
    that follow-ups among them follow filled again with those (in worker processes too when
    there are many)."""
    plans = [item for item in reads if isinstance(item, PlanRow)]
    index = FollowupIndex(reads)
    if job[1] is None or not index.followups:
        return [plan.row for plan in plans]
    where = resolver()
    followed = [(p, mine) for p in plans if (mine := index.of(p.sha256, where(p.path)))]
    remade = dict(
        zip((id(plan) for plan, _ in followed), each_file(_followed, job, followed), strict=True)
    )
    return [remade.get(id(plan), plan.row) for plan in plans]


def _start_worker(each: Callable[[Any, Any], Any], job: Any, files: list[Any]) -> None:
    """Workers leave Ctrl-C to the parent, which stops them; no traceback from each of them."""
    import signal

    global _worker_job
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_job = (each, job, files)


def _in_worker(span: tuple[int, int]) -> list[Any]:
    """``each`` for the files ``span`` (start, stop) of the list the worker was given."""
    assert _worker_job is not None
    each, job, files = _worker_job
    return [each(job, files[i]) for i in range(*span)]


#: Set (``in_one_process``) where forking is not safe: in a server's thread, beside other
#: threads that may hold a lock the forked child would then wait on for ever.
_ONE_PROCESS: ContextVar[bool] = ContextVar("somplan_one_process", default=False)


@contextmanager
def in_one_process() -> Iterator[None]:
    """Files read inside are worked on in this process, never in forked workers."""
    token = _ONE_PROCESS.set(True)
    try:
        yield
    finally:
        _ONE_PROCESS.reset(token)


def _workers(count: int) -> int:
    """How many worker processes for ``count`` files: none for few files, where processes cannot
    be forked cheaply or safely (``in_one_process``), with SOMPLAN_NO_PARALLEL set, or on a
    single CPU."""
    if (
        count < PARALLEL_FROM
        or sys.platform != "linux"
        or os.environ.get("SOMPLAN_NO_PARALLEL")
        or _ONE_PROCESS.get()
    ):
        return 0
    cpus = min(4, len(os.sched_getaffinity(0)))
    return cpus if cpus >= 2 else 0


def each_file(each: Callable[[Any, Item], T], job: Any, files: list[Item]) -> Iterator[T]:
    """``each(job, path)`` for every file of ``files`` (or any other item that can be worked on
    by itself), in order: in this process for few files,
    else shared among worker processes, forked when the iteration starts (so they inherit
    ``job`` and ``files`` instead of being sent them) and stopped when it ends, however it
    ends. Only the results travel, a run of files at a time."""
    count = _workers(len(files))
    if not count:
        yield from (each(job, path) for path in files)
        return
    import multiprocessing

    size = max(1, min(CHUNK, len(files) // (count * 8)))
    spans = [(i, min(i + size, len(files))) for i in range(0, len(files), size)]
    pool = multiprocessing.get_context("fork").Pool(
        count, initializer=_start_worker, initargs=(each, job, files)
    )
    try:
        for results in pool.imap(_in_worker, spans):
            yield from results
    finally:
        pool.terminate()


def summarise_all(job: Job, files: list[Path]) -> Iterator[PlanRow | FollowupFile | Unusable]:
    """Each file of ``files`` in order, read once, a plan with its row (see ``one`` and
    ``each_file``); ``rows_of`` then fills the follow-up columns."""
    return each_file(one, job, files)
