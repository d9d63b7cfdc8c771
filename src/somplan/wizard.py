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
    from somplan.writing import WriteError


class WizardPrompter(Prompter, Protocol):
    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        """A yes/no question of the program's own, e.g. whether to continue an unfinished plan."""

    def text(self, key: str, max_length: int, **params: Any) -> str:
        """A short free text of the program's own, e.g. the unit's name ("" when skipped)."""


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


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from another: inode, size and modification time."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass
class Saver:
    """Saves after every answer. If the chosen file cannot be written, or another program has
    changed it since it was read, the answers go to a new file in the data folder instead (the
    chosen file is left as it is) and ``failure`` says why; with nowhere left to write, the
    answers are printed so that nothing typed is lost."""

    path: Path
    lang: Lang
    seen: tuple[int, int, int] | None = None  # the version of the file that was read, if any
    chosen: Path | None = None
    failure: WriteError | None = None

    def __post_init__(self) -> None:
        self.chosen = self.path

    @property
    def fallback_used(self) -> bool:
        return self.failure is not None

    def __call__(self, record: AnswersFile) -> None:
        from somplan import answers
        from somplan.writing import WriteError

        now = _stamp(self.path)
        if now is not None and now != self.seen and not self.path.is_dir():
            self._fall_back(record, WriteError(self.path, "changed-elsewhere"))
            return
        try:
            answers.save(self.path, record)
        except WriteError as exc:
            self._fall_back(record, exc)
            return
        self.seen = _stamp(self.path)

    def _fall_back(self, record: AnswersFile, exc: WriteError) -> None:
        from somplan import answers
        from somplan.writing import WriteError, ensure_folder

        try:
            ensure_folder(data_dir())
            fallback = fresh_path(data_dir(), "recovered")
            answers.save(fallback, record)
        except WriteError as second:
            _err(exc.render(self.lang))
            _err(message("wizard.save-nowhere", self.lang))
            _err(answers.dump(record))
            raise second from None
        reason = message(f"write.{exc.reason_key}", self.lang, detail=exc.detail)
        _err(
            message(
                "wizard.save-fallback",
                self.lang,
                path=str(exc.path),
                reason=reason,
                fallback=str(fallback),
            )
        )
        self.path = fallback
        self.seen = _stamp(fallback)
        self.failure = self.failure or exc


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
) -> tuple[Saver, AnswersFile]:
    """The answers to continue (or a new set) and the saver for the file they belong in. The
    file's version is noted before it is read, so a change by another program is noticed."""
    from somplan import answers

    flow = content.flow
    if answers_path is not None:
        if answers_path.exists():
            seen = _stamp(answers_path)
            notes: list[Msg] = []
            record = answers.load(answers_path, flow, notes)
            for note in notes:
                _err(note.text(lang))
            return Saver(answers_path, lang, seen), record
        return Saver(answers_path, lang), answers.new_answers(flow, lang)
    for path, record in unfinished_files(flow.id)[:1]:
        seen = _stamp(path)
        try:
            record = answers.load(path, flow)
        except Exception:  # a stale file that no longer fits the flow is simply not offered
            break
        if prompter.confirm(
            "wizard.resume-offer", updated=record.updated or "?", answered=len(record.answers)
        ):
            return Saver(path, lang, seen), record
    return Saver(fresh_path(data_dir(), "plan"), lang), answers.new_answers(flow, lang)


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
            saver, record = choose_record(content, answers_path, lang, prompter)
        except ProblemError as exc:
            for problem in exc.problems:
                _err(inert(problem.render(lang)))
            return exitcodes.INPUT_INVALID
        record.language = lang
        if answers_path is None:
            from somplan.writing import ensure_folder

            ensure_folder(saver.path.parent)
        _out(message("wizard.welcome", lang, path=str(saver.path)))
        saver(record)  # the file exists from the start, so the path printed is real
        if not record.unit:  # the name the report and the communicators' summary show
            from somplan.answers import UNIT_MAX

            record.unit = prompter.text("wizard.unit-question", UNIT_MAX) or None
            if record.unit:
                saver(record)
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
    if saver.failure is None:
        _out(message("wizard.done", lang, path=str(saver.path)))
        return exitcodes.OK
    # The answers are safe, but not where the user asked: say so again, the error may have
    # scrolled away during the interview, and exit with the code for "could not write".
    _out(message("wizard.done-elsewhere", lang, path=str(saver.path), chosen=str(saver.chosen)))
    return exitcodes.WRITE_FAILED
