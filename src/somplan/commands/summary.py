"""`somplan summary PATH…`: one table over many answers files, for the communications unit.

The content (flow, catalogue, rules, profile) is loaded once; each file is then read, checked and
scored on its own, so a broken file is named on one line and the others are still summarised.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_summary import DUE_STATUSES, due_rows, read_files
from somplan.assessment.overview_files import overview_of_files
from somplan.assessment.plan_files import FollowupFile, Unusable, answers_files
from somplan.assessment.summary import sort_rows
from somplan.assessment.summary_all import PlanRow, rows_of, summarise_all
from somplan.content.followup import load_followup
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.content.problems import ProblemError
from somplan.exitcodes import ExitCode
from somplan.interview.wizard import saved_plans_folder
from somplan.render import drawn
from somplan.render import summary as render_summary
from somplan.render.followup.due import due_table
from somplan.render.progress import progress
from somplan.render.summary import html as summary_html
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert
from somplan.writing import emit, notify

if TYPE_CHECKING:
    from somplan.content.followup import FollowupContent
    from somplan.content.loader import Content

#: Show a progress bar on stderr from this many files on.
PROGRESS_FROM = 50


def run_summary(
    paths: list[Path],
    fmt: str,
    sort: str,
    lang: Lang,
    questions: Path | None,
    due: bool = False,
    today: date | None = None,
    output: Path | None = None,
) -> int:
    """The whole `somplan summary` command; returns the exit code."""
    if not paths:  # no path: the folder where `somplan start` saves plans
        paths = saved_plans_folder(lang)
        default_folder = True
    else:
        default_folder = False
    if due:
        return run_due(paths, fmt, lang, questions, today or date.today(), output)
    files = answers_files(paths)
    content = load_content(questions, required=REPORT_KINDS)
    day = today or date.today()
    followup = _followup_content(questions, lang)
    if fmt == "html":
        return _html(content, files, lang, followup, day, output)
    failed: list[str] = []
    errors: list[str] = []
    for path in [] if default_folder else paths:
        if path.is_dir() and not any(p.parent == path for p in files):
            notify(message("summary.empty-folder", lang, folder=str(path)))
        elif not path.exists() and path.suffix not in (".yaml", ".yml"):
            # Meant as a folder (no .yaml ending): say so, not "the file does not exist".
            notify(message("summary.no-folder", lang, folder=str(path)))
            failed.append(str(path))
            errors.append(message("summary.no-folder", lang, folder=str(path)))
    files = [p for p in files if str(p) not in failed]
    job = (content, followup, lang, day)
    reads: list[PlanRow | FollowupFile | Unusable] = []
    label = message("summary.progress", lang)
    with progress(len(files), label, PROGRESS_FROM) as advance:
        for item in summarise_all(job, files):
            reads.append(item)
            if isinstance(item, Unusable) and not item.followup:  # a follow-up is no plan
                error = inert(item.problems[0].render(lang))
                failed.append(str(item.path))
                errors.append(error)
                notify(error)
            advance()
    rows = sort_rows(rows_of(job, reads), sort)
    # One folder given: its files are named relative to it; otherwise as the paths were given.
    base = paths[0] if len(paths) == 1 and paths[0].is_dir() else None
    text: str | None = None
    if fmt == "json":
        text = render_summary.as_json(rows, failed)
    elif fmt == "csv":
        text = render_summary.as_csv(rows)
    elif fmt == "markdown":
        text = render_summary.as_markdown(rows, lang, base)
        if errors:
            text += render_summary.failed_markdown(errors, lang)
    elif rows:  # no table without rows: the notes above say why there are none
        from somplan.render.summary.rich import print_rich  # lazy: rich

        text = drawn(lambda console: print_rich(rows, lang, base, console), output)
    if text is not None:
        emit(text, output, lang)
    if failed:
        total = len(files) + sum(1 for f in failed if Path(f) not in files)
        notify(message("summary.failed", lang, failed=len(failed), total=total))
    return ExitCode.PROBLEMS_FOUND if failed else ExitCode.OK


def _followup_content(questions: Path | None, lang: Lang) -> FollowupContent | None:
    """The follow-up questions and rules, or None (said on stderr) when they cannot be loaded:
    the summary is then shown without its follow-up columns."""
    try:
        return load_followup(questions)
    except ProblemError as exc:
        error = inert(exc.problems[0].render(lang))
        notify(message("summary.followup-unavailable", lang, error=error))
        return None


def _html(
    content: Content,
    files: list[Path],
    lang: Lang,
    followup: FollowupContent | None,
    today: date,
    output: Path | None = None,
) -> int:
    """The summary as an HTML document with charts (see ``somplan.render.summary_html``)."""
    summed = overview_of_files(content, files, lang, followup, today)
    for error in summed.errors:
        notify(error)
    emit(summary_html.render(summed.overview, lang, summed.due), output, lang)
    if summed.errors:
        notify(message("summary.failed", lang, failed=len(summed.errors), total=len(files)))
    return ExitCode.PROBLEMS_FOUND if summed.errors else ExitCode.OK


def run_due(
    paths: list[Path],
    fmt: str,
    lang: Lang,
    questions: Path | None,
    today: date,
    output: Path | None = None,
) -> int:
    """`somplan summary --due`: the plans whose follow-up is due or overdue on ``today``."""
    content = load_followup(questions)
    files = read_files(content, answers_files(paths), lang)
    for line in files.failed:
        notify(line)
    rows = [r for r in due_rows(content, files, today) if r.status in DUE_STATUSES]
    text = due_table(rows, files.failed, fmt, lang, output)
    if text is not None:
        emit(text, output, lang)
    return ExitCode.PROBLEMS_FOUND if files.failed else ExitCode.OK
