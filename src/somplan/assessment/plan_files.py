"""Many answers files, each read and parsed once: plans with their follow-ups matched.

Everything a communications unit derives from a folder of plans — the summary, the follow-ups due,
the register of accounts — walks the same files. ``read_one`` reads one file once (its bytes,
their SHA-256, the YAML, the check against the flow it answers) and says what it is: a plan, a
follow-up, or a file that cannot be used. ``attach_followups`` then gives each plan the
follow-ups that follow it, matched by the plan's SHA-256 (the plan as it was when followed up) or by
the path the follow-up names, relative to its own folder (the plan revised since).
``plan_files`` does both; a caller that shares the reading among processes calls the two
itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.content import answers
from somplan.content.problems import Problem, ProblemError
from somplan.content.yamlsource import parse_bytes, read_bytes

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.model import Flow


@dataclass(frozen=True)
class PlanFile:
    """A plan, checked against the plan flow, and (after ``attach_followups``) the follow-ups
    that follow it, in the order they were given."""

    path: Path
    record: AnswersFile
    sha256: str
    followups: tuple[AnswersFile, ...] = ()


@dataclass(frozen=True)
class FollowupFile:
    """A follow-up (a file with a ``follows`` block); ``record`` is None when it was not checked
    (no follow-up flow given)."""

    path: Path
    record: AnswersFile | None


@dataclass(frozen=True)
class Unusable:
    """A file that cannot be used: the problems that say why; ``followup`` when it reads as a
    follow-up (callers that only list plans leave those out)."""

    path: Path
    problems: tuple[Problem, ...]
    followup: bool = False


Read = PlanFile | FollowupFile | Unusable


def read_one(path: Path, plan_flow: Flow, followup_flow: Flow | None = None) -> Read:
    """``path`` read and parsed once, and checked against the flow it answers."""
    followup = False
    try:
        raw = read_bytes(path)
        doc = parse_bytes(str(path), raw, positions=False)  # positions only for a problem
        followup = isinstance(doc.data.get("follows"), dict)
        flow = plan_flow
        if followup:
            if followup_flow is None:
                return FollowupFile(path, None)
            flow = followup_flow
        record = answers.from_document(doc, flow)
    except ProblemError as exc:
        return Unusable(path, tuple(exc.problems), followup)
    if followup:
        return FollowupFile(path, record)
    return PlanFile(path, record, hashlib.sha256(raw).hexdigest())


def resolved(path: Path) -> Path | None:
    """``path`` resolved (links followed), None when it cannot be (Python 3.11 raises
    RuntimeError for a link that leads back to itself)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def resolver() -> Callable[[Path], Path | None]:
    """``resolved`` for many files in few folders: each folder is resolved once, and a file
    only when it is a link itself (its folder resolved, with its name, is otherwise the same).
    For one pass over the files: a folder's links may change later."""
    folders: dict[Path, Path | None] = {}

    def resolve(path: Path) -> Path | None:
        if path.is_symlink() or path.name in ("", ".", ".."):
            return resolved(path)
        if path.parent not in folders:
            folders[path.parent] = resolved(path.parent)
        folder = folders[path.parent]
        return None if folder is None else folder / path.name

    return resolve


class FollowupIndex:
    """The checked follow-ups among many files, found by the plan they follow: by its SHA-256
    or by the path they name, relative to their own folder (or absolute)."""

    def __init__(self, reads: Iterable[object]) -> None:
        self.followups: list[AnswersFile] = []
        self._by_sha: dict[str, list[int]] = {}
        self._by_path: dict[Path, list[int]] = {}
        for item in reads:
            if not isinstance(item, FollowupFile) or item.record is None:
                continue
            follows = item.record.follows
            if follows is None:
                continue
            index = len(self.followups)
            self.followups.append(item.record)
            self._by_sha.setdefault(follows.sha256, []).append(index)
            named = resolved(item.path.parent / follows.path)
            if named is not None:
                self._by_path.setdefault(named, []).append(index)

    def of(self, sha256: str, where: Path | None) -> tuple[AnswersFile, ...]:
        """The follow-ups of the plan whose bytes have ``sha256`` and whose resolved path is
        ``where``, in the order they were given."""
        if not self.followups:
            return ()
        mine = set(self._by_sha.get(sha256, ()))
        mine.update(self._by_path.get(where, ()) if where is not None else ())
        return tuple(self.followups[i] for i in sorted(mine))


def attach_followups(reads: Iterable[Read]) -> list[Read]:
    """``reads`` in their order, each plan with the checked follow-ups among them that follow it."""
    items = list(reads)
    index = FollowupIndex(items)
    if not index.followups:  # nothing to match: no path resolved
        return items
    where = resolver()
    return [
        replace(item, followups=index.of(item.sha256, where(item.path)))
        if isinstance(item, PlanFile)
        else item
        for item in items
    ]


def answers_files(paths: Iterable[Path]) -> list[Path]:
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


def plan_files(
    paths: Iterable[Path], plan_flow: Flow, followup_flow: Flow | None = None
) -> list[Read]:
    """Every file of ``paths`` read once, plans with their follow-ups (see the module)."""
    return attach_followups(read_one(path, plan_flow, followup_flow) for path in paths)
