"""`somplan start`: find or create the answers file, run the engine, keep every answer safe."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from somplan import exitcodes
from somplan.engine import Prompter
from somplan.i18n import Lang, Msg, message
from somplan.safetext import inert

if TYPE_CHECKING:
    from somplan.answers import AnswersFile
    from somplan.loader import Content


class WizardPrompter(Prompter, Protocol):
    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        """A yes/no question of the program's own, e.g. whether to continue an unfinished plan."""


def data_dir() -> Path:
    """Where answers files go when no --answers is given ($SOMPLAN_DATA_DIR overrides)."""
    override = os.environ.get("SOMPLAN_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("somplan", appauthor=False)) / "answers"


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _out(text: str) -> None:
    print(text, flush=True)


@dataclass
class Saver:
    """Saves after every answer; if the chosen file cannot be written, switches to a fallback."""

    path: Path
    lang: Lang
    fallback_used: bool = False

    def __call__(self, record: AnswersFile) -> None:
        from somplan import answers
        from somplan.writing import WriteError

        try:
            answers.save(self.path, record)
        except WriteError as exc:
            if self.fallback_used:
                raise
            data_dir().mkdir(parents=True, exist_ok=True)
            fallback = fresh_path(data_dir(), "recovered")
            answers.save(fallback, record)
            reason = message(f"write.{exc.reason_key}", self.lang, detail=exc.detail)
            _err(
                message(
                    "wizard.save-fallback",
                    self.lang,
                    path=str(self.path),
                    reason=reason,
                    fallback=str(fallback),
                )
            )
            self.path = fallback
            self.fallback_used = True


def unfinished_files(flow_id: str) -> list[tuple[Path, AnswersFile]]:
    """Unfinished answers files for ``flow_id`` in the data folder, newest first."""
    from somplan import answers
    from somplan.problems import ProblemError
    from somplan.yamlsource import read_file

    folder = data_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            record = answers.parse(read_file(path))
        except ProblemError:
            continue
        if not record.complete and record.flow.id == flow_id and record.answers:
            found.append((path, record))
    return found


def choose_record(
    content: Content, answers_path: Path | None, lang: Lang, prompter: WizardPrompter
) -> tuple[Path, AnswersFile]:
    from somplan import answers

    flow = content.flow
    if answers_path is not None:
        if answers_path.exists():
            notes: list[Msg] = []
            record = answers.load(answers_path, flow, notes)
            for note in notes:
                _err(note.text(lang))
            return answers_path, record
        return answers_path, answers.new_answers(flow, lang)
    for path, record in unfinished_files(flow.id)[:1]:
        try:
            record = answers.load(path, flow)
        except Exception:  # a stale file that no longer fits the flow is simply not offered
            break
        if prompter.confirm(
            "wizard.resume-offer", updated=record.updated or "?", answered=len(record.answers)
        ):
            return path, record
    return fresh_path(data_dir(), "plan"), answers.new_answers(flow, lang)


def fresh_path(folder: Path, prefix: str) -> Path:
    """A new file name in ``folder`` from the date and time, never one that exists."""
    stem = f"{prefix}-{time.strftime('%Y%m%d-%H%M%S')}"
    path = folder / f"{stem}.yaml"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.yaml"
        n += 1
    return path


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
        return exitcodes.USAGE
    from somplan.engine import Engine
    from somplan.loader import load_content
    from somplan.problems import ProblemError
    from somplan.writing import WriteError

    try:
        content = load_content(content_folder)
    except ProblemError as exc:
        for problem in exc.problems:
            _err(inert(problem.render(lang)))
        return exitcodes.INPUT_INVALID
    prompter: WizardPrompter
    if make_prompter is None:
        from somplan.prompts import QuestionaryPrompter

        prompter = QuestionaryPrompter(lang)
    else:
        prompter = make_prompter(lang)
    saver: Saver | None = None
    try:
        try:
            path, record = choose_record(content, answers_path, lang, prompter)
        except ProblemError as exc:
            for problem in exc.problems:
                _err(inert(problem.render(lang)))
            return exitcodes.INPUT_INVALID
        record.language = lang
        if not path.parent.exists() and answers_path is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        saver = Saver(path, lang)
        _out(message("wizard.welcome", lang, path=str(path)))
        saver(record)  # the file exists from the start, so the path printed is real
        Engine(content.flow, record, prompter, saver).run()
    except KeyboardInterrupt:
        where = str(saver.path) if saver else "-"
        _err("\n" + message("wizard.interrupted", lang, path=where))
        return exitcodes.INTERRUPTED
    except WriteError as exc:
        _err(exc.render(lang))
        return exitcodes.WRITE_FAILED
    _out("")
    from somplan.report import print_assessment

    print_assessment(content, record, lang)
    _out(message("wizard.done", lang, path=str(saver.path)))
    return exitcodes.OK
