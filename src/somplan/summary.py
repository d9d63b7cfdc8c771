"""`somplan summary PATH…`: one table over many answers files, for the communications unit.

The content (flow, catalogue, rules, profile) is loaded once; each file is then read, checked and
scored on its own, so a broken file is named on one line and the others are still summarised.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from somplan import exitcodes
from somplan.i18n import Lang, message
from somplan.safetext import inert, json_text

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from somplan.loader import Content

FORMATS = ("rich", "markdown", "json", "csv")
SORT_KEYS = ("file", "unit", "level", "updated")
#: Show a progress bar on stderr from this many files on.
PROGRESS_FROM = 50
#: Share the files among worker processes from this many files on (starting them costs ~50 ms).
PARALLEL_FROM = 200
_LEVEL_ORDER = {"not_ready": 0, "not_social_media": 1, "ready_with_conditions": 2, "ready": 3}


@dataclass(frozen=True)
class Row:
    file: str
    unit: str
    level: str
    top_channels: list[str]
    blockers: list[str]
    provisional: bool
    updated: str


def answers_files(paths: list[Path]) -> list[Path]:
    """The files named, and every ``*.yaml``/``*.yml`` file directly inside the folders named."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()
            )
        else:
            found.append(path)
    return found


def summarise(content: Content, path: Path, lang: Lang) -> Row:
    """One file's row; raises :class:`somplan.problems.ProblemError` for a file that cannot be used."""
    from somplan import answers
    from somplan.assessment import resolve
    from somplan.conditions import relevant_answers
    from somplan.engine import unanswered
    from somplan.report import assess

    record = answers.load(path, content.flow)
    assessment = assess(content, record)
    open_questions = unanswered(content.flow, relevant_answers(content.flow, record.answers))
    return Row(
        file=str(path),
        unit=record.unit or "",
        level=assessment.verdict.level,
        top_channels=[c.channel.name.get(lang) for c in assessment.channels[:2]],
        blockers=[resolve(b.text, lang) for b in assessment.verdict.blockers],
        provisional=not record.complete or bool(open_questions),
        updated=record.updated or "",
    )


def sort_rows(rows: list[Row], key: str) -> list[Row]:
    if key == "level":
        return sorted(rows, key=lambda r: (_LEVEL_ORDER.get(r.level, 9), r.file))
    return sorted(rows, key=lambda r: (getattr(r, key), r.file))


def _level_text(level: str, lang: Lang) -> str:
    return message(f"summary.level.{level}", lang)


def _csv_cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading =, +, - or @ is quoted with ')."""
    text = inert(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "unit", "level", "top_channels", "blockers", "provisional", "updated"])
    for r in rows:
        cells = [
            r.file,
            r.unit,
            r.level,
            "; ".join(r.top_channels),
            "; ".join(r.blockers),
            "yes" if r.provisional else "no",
            r.updated,
        ]
        writer.writerow([_csv_cell(c) for c in cells])
    return out.getvalue()


def as_json(rows: list[Row], failed: list[str]) -> str:
    return json_text({"rows": [asdict(r) for r in rows], "failed": failed})


def _headers(lang: Lang) -> list[str]:
    return [
        message(f"summary.col.{c}", lang)
        for c in ("file", "unit", "level", "top", "blockers", "provisional", "updated")
    ]


def _cells(r: Row, lang: Lang) -> list[str]:
    """A row for people: the file's name, the number of blockers (their texts are in JSON/CSV)."""
    return [
        Path(r.file).name,
        r.unit,
        _level_text(r.level, lang),
        ", ".join(r.top_channels),
        str(len(r.blockers)) if r.blockers else "–",
        message("answer.yes" if r.provisional else "answer.no", lang),
        r.updated[:10],
    ]


def as_markdown(rows: list[Row], lang: Lang) -> str:
    from somplan.render_markdown import md

    def cell(text: str) -> str:
        return md(text.replace("\n", " "))

    lines = ["| " + " | ".join(_headers(lang)) + " |", "|" + "---|" * 7]
    lines += ["| " + " | ".join(cell(c) for c in _cells(r, lang)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def print_rich(rows: list[Row], lang: Lang) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from somplan.render_rich import level_style

    table = Table(title=message("summary.title", lang, count=len(rows)))
    for header in _headers(lang):
        table.add_column(header)
    level_column = 2
    for r in rows:
        cells = [Text(inert(c)) for c in _cells(r, lang)]
        cells[level_column].stylize(level_style(r.level))
        table.add_row(*cells)
    Console().print(table)


# What a worker process needs: set in the parent just before the workers are forked, so they
# inherit the loaded content instead of loading it again.
_job: tuple[Content, Lang] | None = None


def _one(path: Path) -> tuple[Path, Row | None, str | None]:
    """One file's row, or the one line that says why it could not be used."""
    from somplan.problems import ProblemError

    assert _job is not None
    content, lang = _job
    try:
        return path, summarise(content, path, lang), None
    except ProblemError as exc:
        return path, None, inert(exc.problems[0].render(lang))


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them; no traceback from each of them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(count: int) -> Pool | None:
    """Worker processes for ``count`` files, or None to do them here: few files, a platform where
    processes cannot be forked cheaply, SOMPLAN_NO_PARALLEL set, or a single CPU."""
    if count < PARALLEL_FROM or sys.platform != "linux" or os.environ.get("SOMPLAN_NO_PARALLEL"):
        return None
    cpus = min(4, len(os.sched_getaffinity(0)))
    if cpus < 2:
        return None
    import multiprocessing

    return multiprocessing.get_context("fork").Pool(cpus, initializer=_quiet_worker)


def run_summary(paths: list[Path], fmt: str, sort: str, lang: Lang, questions: Path | None) -> int:
    """The whole `somplan summary` command; returns the exit code."""
    global _job
    from somplan.loader import REPORT_KINDS, load_content
    from somplan.problems import ProblemError

    try:
        content = load_content(questions, required=REPORT_KINDS)
    except ProblemError as exc:
        for problem in exc.problems:
            print(inert(problem.render(lang)), file=sys.stderr)
        return exitcodes.INPUT_INVALID
    files = answers_files(paths)
    rows: list[Row] = []
    failed: list[str] = []
    _job = (content, lang)
    pool = _pool(len(files))  # forked now, before the progress bar starts its thread
    progress = None
    if len(files) >= PROGRESS_FROM and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
    task = (
        progress.add_task(message("summary.progress", lang), total=len(files)) if progress else None
    )
    if progress:
        progress.start()
    try:
        results = pool.imap(_one, files, chunksize=16) if pool else map(_one, files)
        for path, row, error in results:
            if row is not None:
                rows.append(row)
            else:
                failed.append(str(path))
                print(error, file=sys.stderr)
            if progress is not None and task is not None:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
        if pool:
            pool.terminate()
        _job = None
    rows = sort_rows(rows, sort)
    if fmt == "json":
        sys.stdout.write(as_json(rows, failed))
    elif fmt == "csv":
        sys.stdout.write(as_csv(rows))
    elif fmt == "markdown":
        sys.stdout.write(as_markdown(rows, lang))
    else:
        print_rich(rows, lang)
    if failed:
        print(
            message("summary.failed", lang, failed=len(failed), total=len(files)), file=sys.stderr
        )
    return exitcodes.PROBLEMS_FOUND if failed else exitcodes.OK
