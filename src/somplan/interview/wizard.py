"""The wizard around the engine: which answers file to continue, and saving after every answer
so that nothing typed is lost."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from somplan.content import answers
from somplan.content.problems import ProblemError
from somplan.content.yamlsource import read_file
from somplan.interview.engine import Prompter
from somplan.text.i18n import Lang, Msg, message
from somplan.writing import WriteError, ensure_folder, notify

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content
    from somplan.content.model import Flow
    from somplan.writing import WriteError


class WizardPrompter(Prompter, Protocol):
    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        """A yes/no question of the program's own, e.g. whether to continue an unfinished plan."""

    def offer(self, key: str, default: bool = True, **params: Any) -> bool | None:
        """A yes/no question the user may step back from, e.g. whether to write the proposal
        now, under the verdict (``None``: back, to the review of the answers)."""

    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        """A short one-line text of the program's own, e.g. the unit's name ("" when skipped,
        ``None`` when the user went back with ``allow_back``)."""

    def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
        """One of ``options`` (label, value), e.g. which unfinished plan to continue."""


def data_dir() -> Path:
    """Where answers files go when no --answers is given ($SOMPLAN_DATA_DIR overrides)."""
    override = os.environ.get("SOMPLAN_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("somplan", appauthor=False)) / "answers"


def saved_plans_folder(lang: Lang) -> list[Path]:
    """For a command given no path: the data folder as its one path (none when it does not
    exist), with a note on stderr when it holds no answers file."""
    from somplan.assessment.plan_files import answers_files

    saved = data_dir()
    if not saved.is_dir() or not answers_files([saved]):
        notify(message("summary.no-files", lang, folder=str(saved)))
    return [saved] if saved.is_dir() else []


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

    def follow_unit(self, old: str | None, new: str | None) -> Path | None:
        """Rename a plan file that somplan named after the unit (``OLD-NAME-DATE.yaml`` in the
        data folder) to the new name; returns the new path, or None when the file keeps its
        name (a name the user chose, a file elsewhere, or one written after a fall-back)."""
        path = self.path
        if self.failure is not None or path.parent.resolve() != data_dir().resolve():
            return None
        target = renamed_path(path, old, new)
        if target is None:
            return None
        try:
            os.replace(path, target)  # the same file (inode, time): the version check still holds
        except OSError:
            return None
        self.path = self.chosen = target
        return target

    def _fall_back(self, record: AnswersFile, exc: WriteError) -> None:

        try:
            ensure_folder(data_dir())
            fallback = fresh_path(data_dir(), "recovered")
            answers.save(fallback, record)
        except WriteError as second:
            notify(exc.render(self.lang))
            notify(message("wizard.save-nowhere", self.lang))
            print(answers.dump(record), file=sys.stderr, flush=True)  # as it is: YAML
            raise second from None
        reason = message(f"write.{exc.reason_key}", self.lang, detail=exc.detail)
        notify(
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


def local_time(stamp: str | None) -> str:
    """An ISO time stamp from an answers file as the user's local date and time."""
    from datetime import datetime

    if not stamp:
        return "?"
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def answered_text(count: int, lang: Lang) -> str:
    return message("wizard.answers-one" if count == 1 else "wizard.answers-many", lang, count=count)


def unfinished_files(flow_id: str) -> list[tuple[Path, AnswersFile]]:
    """Unfinished answers files for ``flow_id`` in the data folder, newest first: every one
    with an answer or a unit's name (an empty file without either holds nothing to go on with)."""
    folder = data_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            record = answers.parse(read_file(path))
        except ProblemError:
            continue
        # A plan left at the first question has only its unit's name: it is a plan all the same.
        if not record.complete and record.flow.id == flow_id and (record.answers or record.unit):
            found.append((path, record))
    return found


@dataclass
class Chosen:
    """The answers to go on with: ``saver`` is None for a new plan in the data folder (its file
    is named after the unit, once the name is known); ``state`` is new, resumed or finished."""

    saver: Saver | None
    record: AnswersFile
    state: str


def _resumable(flow: Flow) -> list[tuple[Path, AnswersFile, tuple[int, int, int] | None]]:
    """The unfinished plans that can be continued with ``flow``, newest first."""
    found = []
    for path, _ in unfinished_files(flow.id):
        seen = _stamp(path)
        try:
            found.append((path, answers.load(path, flow), seen))
        except ProblemError:  # a stale file that no longer fits the flow is simply not offered
            continue
    return found


def choose_record(
    content: Content, answers_path: Path | None, lang: Lang, prompter: WizardPrompter
) -> Chosen:
    """The answers to continue (or a new set) and the saver for the file they belong in. The
    file's version is noted before it is read, so a change by another program is noticed.
    Ctrl-C here raises KeyboardInterrupt before anything is written."""
    flow = content.flow
    if answers_path is not None:
        if answers_path.exists():
            seen = _stamp(answers_path)
            notes: list[Msg] = []
            record = answers.load(answers_path, flow, notes)
            for note in notes:
                notify(note.text(lang))
            state = "finished" if record.complete else "resumed"
            return Chosen(Saver(answers_path, lang, seen), record, state)
        return Chosen(Saver(answers_path, lang), answers.new_answers(flow, lang), "new")
    found = _resumable(flow)
    if len(found) == 1:
        path, record, seen = found[0]
        key = "wizard.resume-offer-unit" if record.unit else "wizard.resume-offer"
        if prompter.confirm(
            key,
            unit=record.unit or "",
            updated=local_time(record.updated),
            answered=answered_text(len(record.answers), lang),
        ):
            return Chosen(Saver(path, lang, seen), record, "resumed")
    elif found:
        options: list[tuple[str, Any]] = [
            (
                message(
                    "wizard.resume-option",
                    lang,
                    unit=record.unit or message("wizard.unnamed", lang),
                    updated=local_time(record.updated),
                    answered=answered_text(len(record.answers), lang),
                ),
                i,
            )
            for i, (path, record, seen) in enumerate(found)
        ]
        options.append((message("wizard.resume-new", lang), None))
        picked = prompter.choose("wizard.resume-pick", options, count=len(found))
        if picked is not None:
            path, record, seen = found[picked]
            return Chosen(Saver(path, lang, seen), record, "resumed")
    return Chosen(None, answers.new_answers(flow, lang), "new")


def slug(name: str | None) -> str:
    """A safe file-name part from a unit's name: ascii letters and digits joined by dashes."""
    import re
    import unicodedata

    if not name:
        return ""
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "-", flat).strip("-")
    if len(words) <= 40:
        return words
    # at most 40 characters, ending at a whole word (a single long word is cut)
    return words[:41].rsplit("-", 1)[0] if "-" in words[:41] else words[:40]


def renamed_path(path: Path, old: str | None, new: str | None) -> Path | None:
    """The name a plan file takes when its unit ``old`` is renamed ``new``: only a file somplan
    named after the unit (``OLD-NAME-DATE[-N].yaml``) follows the name, keeping its date, and
    never onto a file that exists; None when the file keeps its name."""
    import re

    prefix = slug(old) or "plan"
    match = re.fullmatch(re.escape(prefix) + r"(-\d{4}-\d{2}-\d{2})(?:-\d+)?\.yaml", path.name)
    if match is None or (slug(new) or "plan") == prefix:
        return None
    stem = (slug(new) or "plan") + match.group(1)
    target = path.with_name(f"{stem}.yaml")
    n = 2
    while target.exists():
        target = path.with_name(f"{stem}-{n}.yaml")
        n += 1
    return target


def fresh_path(folder: Path, prefix: str) -> Path:
    """A new file name in ``folder`` from ``prefix`` and today's date, never one that exists."""
    stem = f"{prefix}-{time.strftime('%Y-%m-%d')}"
    path = folder / f"{stem}.yaml"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.yaml"
        n += 1
    return path


def plan_path(unit: str | None) -> Path:
    """Where a new plan is saved: the data folder, a name from the unit (or "plan") and the date."""
    return fresh_path(data_dir(), slug(unit) or "plan")
