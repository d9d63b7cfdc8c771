"""Many answers files read and summed up, one row each, shared among worker processes when
there are many (forked, so they inherit the loaded content instead of loading it again)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from somplan.assessment.plan_files import PlanFile, Read, read_one
from somplan.assessment.summary import Row, row_of

if TYPE_CHECKING:
    from somplan.content.loader import Content
    from somplan.content.model import Flow
    from somplan.text.i18n import Lang

#: Share the files among worker processes from this many files on (starting them costs ~50 ms).
PARALLEL_FROM = 200

Job = tuple["Content", "Flow | None", "Lang"]
Item = TypeVar("Item")
T = TypeVar("T")

#: Files go to the workers in runs of this many at most (fewer when there are not many files
#: for each worker): one message there and back per run instead of one per file.
CHUNK = 64

#: In a worker process only: the function for each file, what every file needs and the files,
#: handed over once when the worker starts (inherited, not sent).
_worker_job: tuple[Callable[[Any, Any], Any], Any, list[Any]] | None = None


def one(job: Job, path: Path) -> tuple[Read, Row | None]:
    """One file read once, and its row when it is a plan."""
    content, followup_flow, lang = job
    item = read_one(path, content.flow, followup_flow)
    if isinstance(item, PlanFile):
        return item, row_of(content, path, item.record, lang)
    return item, None


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


def _workers(count: int) -> int:
    """How many worker processes for ``count`` files: none for few files, where processes cannot
    be forked cheaply, with SOMPLAN_NO_PARALLEL set, or on a single CPU."""
    if count < PARALLEL_FROM or sys.platform != "linux" or os.environ.get("SOMPLAN_NO_PARALLEL"):
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


def summarise_all(job: Job, files: list[Path]) -> Iterator[tuple[Read, Row | None]]:
    """Each file of ``files`` in order, read once, with its row when it is a plan (see
    ``each_file``)."""
    return each_file(one, job, files)
