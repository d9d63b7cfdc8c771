"""Follow-up answers files: which plan they follow, where they go, and the follow-up flow with the
plan's own answers filled into its texts.

A follow-up answers file is an ordinary answers file (``somplan.content.answers``) for the
follow-up flow, with a ``follows`` block naming the plan: its path, the SHA-256 of its bytes and
the plan's flow. It is saved beside the plan by default, as ``PLAN.followup-YYYYMMDD.yaml``.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from somplan.content.answers import AnswersFile, PlanRef, new_answers
from somplan.content.display import answer_text
from somplan.content.followup_checks import PLACEHOLDER
from somplan.content.model import Flow, Localized
from somplan.errors import SomplanError
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert


class NotAPlanError(SomplanError):
    """The file given as the plan is itself a follow-up."""

    exit_code = ExitCode.INPUT_INVALID

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path

    def lines(self, lang: Lang) -> list[str]:
        return [message("followup.not-a-plan", lang, path=str(self.path))]


class NoFollowupFileError(SomplanError):
    """``--report`` without a follow-up answers file to report on."""

    exit_code = ExitCode.USAGE

    def __init__(self, path: Path | None) -> None:
        super().__init__(str(path))
        self.path = path

    def lines(self, lang: Lang) -> list[str]:
        if self.path is None:
            return [message("followup.report-needs-answers", lang)]
        return [message("followup.report-missing-file", lang, path=str(self.path))]


def digest(path: Path) -> str:
    """The SHA-256 of the file's bytes (hex)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan_ref(plan_path: Path, plan: AnswersFile, followup_path: Path) -> PlanRef:
    """The ``follows`` block: the plan's path relative to the follow-up file's folder (so the two
    can be moved together), its SHA-256 and its flow."""
    try:
        shown = os.path.relpath(plan_path.resolve(), followup_path.resolve().parent)
    except (OSError, ValueError):  # another drive on Windows, or a path that cannot be resolved
        shown = str(plan_path)
    return PlanRef(path=Path(shown).as_posix(), sha256=digest(plan_path), flow=plan.flow)


def new_followup(
    flow: Flow, plan_path: Path, plan: AnswersFile, lang: Lang, followup_path: Path
) -> AnswersFile:
    """A new, empty follow-up (to be saved in ``followup_path``) of ``plan``: its unit, and the
    plan it follows."""
    record = new_answers(flow, lang)
    record.unit = plan.unit
    record.follows = plan_ref(plan_path, plan, followup_path)
    return record


def plan_path_of(record: AnswersFile, followup_path: Path) -> Path | None:
    """The plan a follow-up names, as a path from here (``follows.path`` is relative to the
    follow-up file's folder)."""
    if record.follows is None:
        return None
    return Path(os.path.normpath(followup_path.parent / record.follows.path))


def plan_changed(record: AnswersFile, plan_path: Path) -> bool:
    """Whether the plan's bytes differ from those the follow-up was made against."""
    if record.follows is None:
        return False
    try:
        return digest(plan_path) != record.follows.sha256
    except OSError:
        return True


def default_path(plan_path: Path, today: str | None = None) -> Path:
    """``PLAN.followup-YYYYMMDD.yaml`` beside the plan; ``-2``, ``-3``… when it exists."""
    stamp = today or time.strftime("%Y%m%d")
    stem = f"{plan_path.stem}.followup-{stamp}"
    path = plan_path.with_name(f"{stem}.yaml")
    n = 2
    while path.exists():
        path = plan_path.with_name(f"{stem}-{n}.yaml")
        n += 1
    return path


def followed_plan(path: Path) -> Path | None:
    """The plan the follow-up in ``path`` follows (its ``follows`` path, relative to the
    follow-up's folder), or None when ``path`` is not a readable follow-up."""
    from somplan.content.problems import ProblemError
    from somplan.content.yamlsource import read_file

    try:
        follows = read_file(path).data.get("follows")
    except (ProblemError, OSError):
        return None
    if not isinstance(follows, dict) or not isinstance(follows.get("path"), str):
        return None
    return Path(os.path.normpath(path.parent / follows["path"]))


def saved_beside(plan_path: Path, flow_id: str) -> list[Path]:
    """Finished follow-ups of this plan beside it (``PLAN.followup-*.yaml``), newest first."""
    return _beside(plan_path, flow_id, complete=True)


def unfinished_beside(plan_path: Path, flow_id: str) -> list[Path]:
    """Unfinished follow-ups of this plan beside it (``PLAN.followup-*.yaml``), newest first."""
    return _beside(plan_path, flow_id, complete=False)


def _beside(plan_path: Path, flow_id: str, complete: bool) -> list[Path]:
    from somplan.content import answers
    from somplan.content.problems import ProblemError
    from somplan.content.yamlsource import read_file

    found: list[tuple[float, Path]] = []
    for path in plan_path.parent.glob(f"{glob_escape(plan_path.stem)}.followup-*.yaml"):
        try:
            record = answers.parse(read_file(path))
            mtime = path.stat().st_mtime
        except (ProblemError, OSError):
            continue
        if record.complete == complete and record.flow.id == flow_id and record.follows is not None:
            found.append((mtime, path))
    return [p for _, p in sorted(found, reverse=True)]


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def fill_flow(flow: Flow, plan_flow: Flow, plan_answers: Mapping[str, Any]) -> Flow:
    """``flow`` with every ``{plan:id}`` in its texts replaced by the plan's answer to ``id`` as
    the user chose it (in each language), or a note that the plan has none."""

    def fill(value: Any) -> Any:
        if isinstance(value, Localized):
            return Localized.model_construct(
                sv=fill_text(value.sv, "sv", plan_flow, plan_answers),
                en=fill_text(value.en, "en", plan_flow, plan_answers) if value.en else None,
            )
        if isinstance(value, BaseModel):
            update = {name: fill(getattr(value, name)) for name in type(value).model_fields}
            return value.model_copy(update=update)
        if isinstance(value, list):
            return [fill(item) for item in value]
        return value

    filled = fill(flow)
    assert isinstance(filled, Flow)
    return filled


def fill_text(
    text: str,
    lang: Lang,
    plan_flow: Flow,
    plan_answers: Mapping[str, Any],
    answers: Mapping[str, Any] | None = None,
    flow: Flow | None = None,
) -> str:
    """``text`` with ``{plan:id}`` (and, given ``answers`` and ``flow``, ``{answer:id}``) filled."""

    def value(match: re.Match[str]) -> str:
        source, qid = match.group(1), match.group(2)
        target, given = (plan_flow, plan_answers) if source == "plan" else (flow, answers)
        if target is None or given is None:
            return match.group(0)
        question = target.question(qid)
        if question is None:
            return match.group(0)
        answer = given.get(qid)
        if answer is None or answer == "" or answer == []:
            return message("followup.plan-no-answer" if source == "plan" else "answer.none", lang)
        shown = inert(answer_text(question, answer, lang))
        # a free text ends its own sentence; the template that shows it adds the full stop
        return shown.rstrip(" .") if question.kind == "text" else shown

    return PLACEHOLDER.sub(value, text)
