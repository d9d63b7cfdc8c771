"""A plan's follow-ups as the web app reaches them: the follow-up answers files beside the plan
(``PLAN.followup-YYYYMMDD.yaml``, as `somplan followup` names and writes them), each addressed by
an opaque id. As with plans, a request names a follow-up by its id only (compared with the ids of
the files that are there), every save is atomic and refused (``Stale``) when the file changed
since the page that sent it was shown."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from somplan.content import answers
from somplan.content.answers import AnswersFile
from somplan.content.followup_files import (
    default_path,
    followed_plan,
    glob_escape,
    new_followup,
    plan_ref,
)
from somplan.content.model import Flow
from somplan.content.problems import ProblemError
from somplan.content.yamlsource import parse_bytes, read_bytes
from somplan.text.i18n import Lang
from somplan.web.plans import Loaded, NotFound, locked, revision


def followup_id(path: Path) -> str:
    """The opaque id of the follow-up file at ``path`` (from its name)."""
    return hashlib.sha256(
        b"somplan-followup\0" + path.name.encode("utf-8", "surrogateescape")
    ).hexdigest()[:20]


@dataclass(frozen=True)
class Followup:
    """A follow-up read and checked against the follow-up flow, with its bytes' revision."""

    id: str
    path: Path
    record: AnswersFile
    revision: str


class StaleFollowup(Exception):
    """The follow-up changed since the page was shown; ``current`` is how it is now."""

    def __init__(self, current: Followup) -> None:
        super().__init__(current.id)
        self.current = current


class Followups:
    """The follow-ups (of ``flow``) of one plan, in the plan's folder."""

    def __init__(self, plan: Loaded, flow: Flow) -> None:
        self.plan = plan
        self.flow = flow
        self.folder = plan.path.parent

    def _files(self) -> list[Path]:
        """This plan's follow-up files, newest first (by name: the date is in it, then by
        modification time)."""
        pattern = f"{glob_escape(self.plan.path.stem)}.followup-*.yaml"
        found = []
        for path in self.folder.glob(pattern):
            if not path.is_file():
                continue
            follows = followed_plan(path)
            if follows is not None and os.path.normcase(follows) == os.path.normcase(
                self.plan.path
            ):
                found.append(path)
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def listed(self) -> list[Followup]:
        """Every readable follow-up of the plan, newest first (unreadable files left out)."""
        found = []
        for path in self._files():
            try:
                found.append(self._load(path))
            except ProblemError:
                continue
        return found

    def path_of(self, wanted: str) -> Path:
        for path in self._files():
            if followup_id(path) == wanted:
                return path
        raise NotFound(wanted)

    def load(self, wanted: str) -> Followup:
        """The follow-up ``wanted``; ``NotFound``, or ``ProblemError`` when it is not valid."""
        return self._load(self.path_of(wanted))

    def _load(self, path: Path) -> Followup:
        data = read_bytes(path)
        record = answers.from_document(parse_bytes(str(path), data), self.flow)
        if record.flow.id != self.flow.id:
            raise NotFound(path.name)
        return Followup(followup_id(path), path, record, revision(data))

    def create(self, plan: AnswersFile, lang: Lang, today: date) -> Followup:
        """A new follow-up of the plan, named and filled in as `somplan followup` does; or the
        one begun today with nothing answered yet (the button pressed twice, by one person or
        two at once, or a page reloaded), rather than an empty twin beside it. The check and
        the new file are made under the folder's lock, so two requests make one file."""
        with locked(self.folder):
            for begun in self.listed():
                record = begun.record
                if (
                    not record.complete
                    and not record.answers
                    and not record.plan_items
                    and (record.created or "").startswith(today.isoformat())
                ):
                    return begun
            path = default_path(self.plan.path, today.strftime("%Y%m%d"))
            record = new_followup(self.flow, self.plan.path, plan, lang, path)
            answers.save(path, record)
        return self._load(path)

    def change(
        self, wanted: str, seen: str, plan: AnswersFile, edit: Callable[[AnswersFile], None]
    ) -> Followup:
        """Apply ``edit`` to the follow-up and save it if it is still at revision ``seen``
        (``StaleFollowup``, nothing written, when it is not). As a resumed `somplan followup`
        does, the follow-up then follows the plan as it is now."""
        path = self.path_of(wanted)
        with locked(self.folder):
            current = self._load(path)
            if current.revision != seen:
                raise StaleFollowup(current)
            record = current.record
            edit(record)
            record.follows = plan_ref(self.plan.path, plan, path)
            record.unit = record.unit or plan.unit
            answers.save(path, record)
            written = read_bytes(path)
        return Followup(current.id, path, record, revision(written))
