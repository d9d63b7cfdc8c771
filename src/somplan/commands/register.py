"""`somplan register [PATH…]`: the register of accounts, or with ``--public`` the list a
municipality publishes, derived from the plan files (and their follow-ups) each time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from somplan.assessment.plan_files import answers_files
from somplan.assessment.register import public, selected
from somplan.assessment.register_files import register_of
from somplan.content.followup import load_followup
from somplan.exitcodes import ExitCode
from somplan.interview.wizard import saved_plans_folder
from somplan.render import register as render_register
from somplan.text.i18n import Lang, message
from somplan.writing import emit, notify


def run_register(
    paths: list[Path],
    fmt: str,
    lang: Lang,
    questions: Path | None,
    states: tuple[str, ...] = (),
    due: bool = False,
    public_list: bool = False,
    today: date | None = None,
    output: Path | None = None,
) -> int:
    """The whole `somplan register` command; returns the exit code."""
    if not paths:  # no path: the folder where `somplan start` saves plans
        paths = saved_plans_folder(lang)
    day = today or date.today()
    content = load_followup(questions)
    files = answers_files(paths)
    rows, failed = register_of(content, files, lang, day)
    for error in failed:
        notify(error)
    rows = selected(rows, states, due)
    if public_list:
        text = render_register.render_public(public(rows), fmt, lang, output)
    else:
        text = render_register.render(rows, failed, fmt, lang, output)
    if text is not None:
        emit(text, output, lang)
    if failed:
        notify(message("summary.failed", lang, failed=len(failed), total=len(files)))
    return ExitCode.PROBLEMS_FOUND if failed else ExitCode.OK
