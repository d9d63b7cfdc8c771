"""The plans a web user can open: answers files in their folder, each addressed by an opaque id.

A request names a plan by its id only; the id is compared with the ids of the files that are in
the folder, so no path from a request ever reaches the file system. A plan's revision is a
digest of its bytes: a page carries the revision it showed, and a save against another revision
is refused (``Stale``), never a silent overwrite. Files are the same as `somplan start` writes
(``content.answers.save``, atomic), so a plan goes on in either front door.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from somplan.content import answers
from somplan.content.answers import AnswersFile
from somplan.content.model import Flow
from somplan.content.problems import ProblemError
from somplan.content.yamlsource import parse_bytes, read_bytes, read_file
from somplan.interview.wizard import fresh_path, renamed_path, slug
from somplan.text.i18n import Lang, Msg
from somplan.writing import ensure_folder


def plan_id(path: Path) -> str:
    """The opaque id of the plan file at ``path`` (from its name, stable while it keeps it)."""
    return hashlib.sha256(
        b"somplan-plan\0" + path.name.encode("utf-8", "surrogateescape")
    ).hexdigest()[:20]


def revision(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def user_folder(base: Path, user: str) -> Path:
    """The folder of one user of a shared server: a readable part and a digest of the name (the
    name itself never becomes a path)."""
    digest = hashlib.sha256(user.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return base / "users" / f"{slug(user)[:30] or 'user'}-{digest}"


@dataclass(frozen=True)
class Listed:
    """A plan in the list: its id, file and what the list shows (not checked against the flow)."""

    id: str
    path: Path
    record: AnswersFile


@dataclass(frozen=True)
class Loaded:
    """A plan read and checked against the flow, with the revision of the bytes it came from."""

    id: str
    path: Path
    record: AnswersFile
    revision: str
    notes: tuple[Msg, ...] = ()


class Stale(Exception):
    """The plan changed since the page was shown: the save was refused; ``current`` is the
    plan as it is now."""

    def __init__(self, current: Loaded) -> None:
        super().__init__(current.id)
        self.current = current


class NotFound(Exception):
    """No plan with that id in this user's folder."""


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """One writer at a time in ``folder`` (across the server's processes): the revision checked
    is the one replaced."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Windows; one process there
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


class Plans:
    """The plans in ``folder`` that answer ``flow``."""

    def __init__(self, folder: Path, flow: Flow) -> None:
        self.folder = folder
        self.flow = flow

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(
            (p for p in self.folder.glob("*.yaml") if p.is_file()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )

    def listed(self) -> list[Listed]:
        """The plans of this flow (not follow-ups), newest first; unreadable files are left out."""
        found = []
        for path in self._files():
            try:
                record = answers.parse(read_file(path))
            except ProblemError:
                continue
            if record.flow.id == self.flow.id and record.follows is None:
                found.append(Listed(plan_id(path), path, record))
        return found

    def path_of(self, wanted: str) -> Path:
        if self.folder.is_dir():  # in any order: only the list of plans is sorted
            for path in self.folder.glob("*.yaml"):
                if plan_id(path) == wanted and path.is_file():
                    return path
        raise NotFound(wanted)

    def load(self, wanted: str) -> Loaded:
        """The plan ``wanted``; ``NotFound``, or ``ProblemError`` when its file is not valid."""
        path = self.path_of(wanted)
        return self._load(path)

    def _load(self, path: Path) -> Loaded:
        data = read_bytes(path)
        notes: list[Msg] = []
        record = answers.from_document(parse_bytes(str(path), data), self.flow, notes)
        return Loaded(plan_id(path), path, record, revision(data), tuple(notes))

    def create(self, unit: str | None, lang: Lang) -> Loaded:
        """A new plan for ``unit``, named as `somplan start` names one."""
        ensure_folder(self.folder)
        record = answers.new_answers(self.flow, lang)
        record.unit = unit or None
        with locked(self.folder):
            path = fresh_path(self.folder, slug(unit) or "plan")
            answers.save(path, record)
        return self._load(path)

    def change(self, wanted: str, seen: str, edit: Callable[[AnswersFile], None]) -> Loaded:
        """Apply ``edit`` to the plan and save it, if it is still at revision ``seen``;
        ``Stale`` (nothing written) when it is not."""
        path = self.path_of(wanted)
        with locked(self.folder):
            current = self._load(path)
            if current.revision != seen:
                raise Stale(current)
            record = current.record
            edit(record)
            answers.save(path, record)
            written = read_bytes(path)  # the revision of what is there now
        return Loaded(current.id, path, record, revision(written))

    def rename_unit(self, wanted: str, seen: str, name: str | None) -> Loaded:
        """The unit's new name, saved like ``change``; a plan somplan named after its unit
        follows the name (as `somplan start` renames it) while no decision refers to it: once
        a manager has decided, the file keeps the name the decision was taken on. The renamed
        plan has a new id (its file's name); the returned ``Loaded`` carries it."""
        path = self.path_of(wanted)
        with locked(self.folder):
            current = self._load(path)
            if current.revision != seen:
                raise Stale(current)
            record = current.record
            old = record.unit
            record.unit = name
            answers.save(path, record)
            written = read_bytes(path)
            target = None if record.decision is not None else renamed_path(path, old, name)
            if target is not None:
                try:
                    os.replace(path, target)
                    path = target
                except OSError:
                    pass  # the file keeps its name; the unit's name is saved all the same
        return Loaded(plan_id(path), path, record, revision(written))
