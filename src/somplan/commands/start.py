"""`somplan start`: find or create the answers file, run the interview, show the verdict."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from somplan.exitcodes import ExitCode
from somplan.interview.wizard import Saver, WizardPrompter, choose_record
from somplan.text.i18n import Lang, message


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _out(text: str) -> None:
    print(text, flush=True)


def run_start(
    content_folder: Path | None,
    answers_path: Path | None,
    lang: Lang,
    make_prompter: Callable[[Lang], WizardPrompter] | None = None,
    is_terminal: Callable[[], bool] | None = None,
) -> int:
    """The whole `somplan start` command; returns the exit code."""
    terminal = is_terminal or (lambda: sys.stdin.isatty() and sys.stdout.isatty())
    if not terminal():
        _err(message("wizard.no-terminal", lang))
        return ExitCode.USAGE
    from somplan.content.loader import load_content
    from somplan.interview.answers import UNIT_MAX
    from somplan.interview.engine import Engine
    from somplan.render import print_assessment
    from somplan.writing import ensure_folder

    content = load_content(content_folder)
    prompter: WizardPrompter
    if make_prompter is None:
        from somplan.interview.prompts import QuestionaryPrompter

        prompter = QuestionaryPrompter(lang)
    else:
        prompter = make_prompter(lang)
    saver: Saver | None = None
    try:
        saver, record = choose_record(content, answers_path, lang, prompter)
        record.language = lang
        if answers_path is None:
            ensure_folder(saver.path.parent)
        _out(message("wizard.welcome", lang, path=str(saver.path)))
        saver(record)  # the file exists from the start, so the path printed is real
        if not record.unit:  # the name the report and the communicators' summary show
            record.unit = prompter.text("wizard.unit-question", UNIT_MAX) or None
            if record.unit:
                saver(record)
        Engine(content.flow, record, prompter, saver).run()
    except KeyboardInterrupt:
        where = str(saver.path) if saver else "-"
        _err("\n" + message("wizard.interrupted", lang, path=where))
        return ExitCode.INTERRUPTED
    _out("")
    print_assessment(content, record, lang)
    if saver.failure is None:
        _out(message("wizard.done", lang, path=str(saver.path)))
        return ExitCode.OK
    # The answers are safe, but not where the user asked: say so again, the error may have
    # scrolled away during the interview, and exit with the code for "could not write".
    _out(message("wizard.done-elsewhere", lang, path=str(saver.path), chosen=str(saver.chosen)))
    return ExitCode.WRITE_FAILED
