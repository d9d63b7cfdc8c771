"""Answers files: a small, hand-readable YAML record of one unit's answers to one flow.

::

    kind: answers
    format: 2
    flow: {id: somplan_default, version: 1}
    language: sv
    created: '2026-11-25T09:12:03+00:00'
    updated: '2026-11-25T09:30:41+00:00'
    complete: false
    answers:
      goals: [dialogue, information]
      hours_per_week: 4

Format 2 adds the account's record beside the answers: ``proposal``, ``decision``, ``history``,
``opened`` and ``closed`` (see ``somplan.content.account``); a follow-up file has
``plan_items`` (the plan's blockers and conditions and whether each was solved). A format 1
file is read as format 2 with none of them; a file of a newer format is refused.

Saving is atomic (see ``somplan.writing``); loading checks every answer against the flow and
reports problems with file:line:column like the content files.
"""

from __future__ import annotations

import os
import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from somplan.content.account import Day, Decision, History, ItemChecks, Opened, Proposal
from somplan.content.answer_rules import answer_error
from somplan.content.model import Catalogue, Flow, Id, Question
from somplan.content.problems import Problem, ProblemError
from somplan.content.schema_errors import problems_from
from somplan.content.yamlsource import Document, read_file
from somplan.content.yamlsource import dump as yaml_text
from somplan.text.i18n import Lang, Msg, message
from somplan.text.safetext import shell_quoted
from somplan.writing import write_text_atomic

#: 2: the proposal, decision, history, opened and closed blocks (format 1 files are read as 2).
FORMAT = 2
AnswerValue = str | bool | int | float | list[str] | None
#: The longest unit name: enough for "Förvaltning, avdelning, enhet", short enough for a table cell.
UNIT_MAX = 300
#: The longest name the wizard takes (older files may hold longer ones, up to UNIT_MAX).
UNIT_NAME_MAX = 120


class FlowRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)

    id: Id
    version: Annotated[int, Field(ge=1)]


class PlanRef(BaseModel):
    """The plan a follow-up answers file follows: where it was, its exact bytes (SHA-256) and the
    flow it answers."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)

    path: Annotated[str, Field(min_length=1, max_length=4096)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    flow: FlowRef


class AnswersFile(BaseModel):
    """The answers file as stored. ``answers`` maps question ids to answers, in asking order."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    kind: Literal["answers"] = "answers"
    format: Annotated[int, Field(ge=1)] = FORMAT
    flow: FlowRef
    language: Lang = "sv"
    unit: Annotated[str, Field(max_length=UNIT_MAX)] | None = None
    #: Only in a follow-up answers file (``somplan followup``): the plan it follows.
    follows: PlanRef | None = None
    created: Annotated[str, Field(max_length=40)] | None = None
    updated: Annotated[str, Field(max_length=40)] | None = None
    complete: bool = False
    answers: dict[Id, AnswerValue] = Field(default_factory=dict)
    #: Answers to questions that a newer flow removed: kept, never silently dropped.
    retired: dict[Id, AnswerValue] = Field(default_factory=dict)
    #: The account's record (format 2): what the unit proposes, what was decided on it, the
    #: decisions replaced since (oldest first), when the account was opened and closed.
    proposal: Proposal | None = None
    decision: Decision | None = None
    history: History = Field(default_factory=list)
    opened: Opened | None = None
    closed: Day | None = None
    #: Only in a follow-up: the plan's blockers and conditions and whether each was solved.
    plan_items: ItemChecks = Field(default_factory=list)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def new_answers(flow: Flow, language: Lang) -> AnswersFile:
    # Built without validation: every value comes from a validated flow or from here. Validating
    # would build the models' validators (deferred) on the way to the first question.
    stamp = now_iso()
    return AnswersFile.model_construct(
        flow=FlowRef.model_construct(id=flow.id, version=flow.version),
        language=language,
        created=stamp,
        updated=stamp,
    )


def _plain(value: Any) -> Any:
    """``value`` as plain data, like ``model_dump`` for these models (no aliases, no custom
    serializers), without building their serializers first (see ``new_answers``)."""
    if isinstance(value, BaseModel):
        return {name: _plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


_ACCOUNT_BLOCKS = ("proposal", "decision", "history", "opened", "plan_items")


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def dump(record: AnswersFile) -> str:
    """The YAML text of an answers file (block style, Unicode kept, keys in a fixed order)."""
    data: dict[str, Any] = {k: v for k, v in _plain(record).items() if v is not None}
    for name in ("retired", "history", "plan_items"):
        if not data.get(name):
            data.pop(name, None)
    for name in _ACCOUNT_BLOCKS:  # their empty optional fields left out, as a person writes them
        if name in data:
            data[name] = _without_none(data[name])
    if record.decision is not None and record.decision.basis is not None:
        # The copy of the answers as they were, unanswered ones (null) too: its digest is checked.
        data["decision"]["basis"]["answers"] = dict(record.decision.basis.answers)
    data["flow"] = {"id": record.flow.id, "version": record.flow.version}
    key = "answers.header" if record.follows is None else "answers.followup-header"
    header = "# " + message(key, record.language) + "\n"
    return header + yaml_text(data)


def save(path: Path, record: AnswersFile) -> None:
    """Write ``record`` atomically; raises ``somplan.writing.WriteError``."""
    record.updated = now_iso()
    write_text_atomic(path, dump(record))


def parse(doc: Document) -> AnswersFile:
    """The answers file in ``doc``, shape checked (not yet against a flow)."""
    kind = doc.data.get("kind")
    if kind != "answers":
        raise ProblemError(doc.problem(("kind",), "not-answers", value=str(kind)))
    found = doc.data.get("format")
    if isinstance(found, int) and not isinstance(found, bool) and found > FORMAT:
        # Read as format 1 it would look valid and be wrong: refuse it, like a newer flow.
        raise ProblemError(
            doc.problem(("format",), "answers-newer-format", found=found, known=FORMAT)
        )
    try:
        record = AnswersFile.model_validate(doc.data)
    except ValidationError as exc:
        raise ProblemError(*problems_from(doc, exc, AnswersFile)) from None
    # Format 1 had none of the account's blocks: it is format 2 with them empty, and is saved so.
    record.format = FORMAT
    return record


def migrate(record: AnswersFile, flow: Flow) -> list[Msg]:
    """Bring answers made with an older flow version up to ``flow.version``; say what changed."""
    notes: list[Msg] = []
    if record.flow.version >= flow.version:
        return notes
    answers = record.answers
    for migration in flow.migrations:
        if migration.version <= record.flow.version:
            continue
        v = migration.version
        for change in migration.changes:
            if (rq := change.rename_question) is not None and rq.from_ in answers:
                answers = {(rq.to if k == rq.from_ else k): val for k, val in answers.items()}
                notes.append(
                    Msg("migration.renamed-question", {"old": rq.from_, "new": rq.to, "version": v})
                )
            elif (rc := change.rename_choice) is not None and rc.question in answers:
                value = answers[rc.question]
                olds = rc.sources()
                if isinstance(value, str) and value in olds:
                    answers[rc.question] = rc.to
                    notes.append(
                        Msg(
                            "migration.renamed-choice",
                            {"old": value, "new": rc.to, "question": rc.question, "version": v},
                        )
                    )
                elif isinstance(value, list) and any(x in olds for x in value):
                    renamed = [rc.to if x in olds else x for x in value]
                    answers[rc.question] = list(dict.fromkeys(renamed))
                    for x in value:
                        if x in olds:
                            notes.append(
                                Msg(
                                    "migration.renamed-choice",
                                    {"old": x, "new": rc.to, "question": rc.question, "version": v},
                                )
                            )
            elif (rm := change.remove_question) is not None and rm.id in answers:
                record.retired[rm.id] = answers.pop(rm.id)
                notes.append(
                    Msg(
                        "migration.removed-question",
                        {"id": rm.id, "value": repr(record.retired[rm.id]), "version": v},
                    )
                )
    record.answers = answers
    record.flow = FlowRef(id=flow.id, version=flow.version)
    return notes


#: How many valid choice answers ``check_against`` remembers for the flow it checked last.
_VALID_KEPT = 20_000
# The flow checked last (held weakly, so it goes with it): its questions by id, and the choice
# answers found valid for it. A folder of plans gives the same few choices thousands of times;
# whether an answer is valid depends on the question and the answer alone, so remembering it
# changes no result.
_last_flow: tuple[weakref.ref[Flow], dict[str, Question], set[tuple[Any, ...]]] | None = None


def _checked(flow: Flow) -> tuple[dict[str, Question], set[tuple[Any, ...]]]:
    global _last_flow
    if _last_flow is None or _last_flow[0]() is not flow:
        _last_flow = (weakref.ref(flow), {q.id: q for q in flow.questions()}, set())
    return _last_flow[1], _last_flow[2]


def _memo_key(question: Question, value: Any) -> tuple[Any, ...] | None:
    """The key under which a choice answer is remembered (its type too: ``True`` is not
    ``1``), or None for an answer that is not remembered."""
    if question.kind == "single" and type(value) is str:
        return (question.id, value)
    if question.kind == "multi" and type(value) is list and all(type(v) is str for v in value):
        return (question.id, *value)
    return None


def check_against(doc: Document, record: AnswersFile, flow: Flow) -> list[Problem]:
    """Problems between a parsed answers file and the flow it claims to answer."""
    if record.flow.id != flow.id and record.follows is not None:
        # a follow-up where a plan was expected: say what it is and how to show it
        return [
            doc.problem(
                ("follows",),
                "answers-is-followup",
                plan=shell_quoted(os.path.normpath(Path(doc.path).parent / record.follows.path)),
                path=shell_quoted(doc.path),
            )
        ]
    if record.flow.id != flow.id:
        return [
            doc.problem(
                ("flow", "id"), "answers-other-flow", found=record.flow.id, expected=flow.id
            )
        ]
    if record.flow.version > flow.version:
        return [
            doc.problem(
                ("flow", "version"),
                "answers-newer-flow",
                found=record.flow.version,
                installed=flow.version,
            )
        ]
    problems = []
    known, valid = _checked(flow)
    # The command that asks again: a follow-up is answered again against its plan.
    if record.follows is not None:
        plan = os.path.normpath(Path(doc.path).parent / record.follows.path)
        again = f"somplan followup {shell_quoted(plan)} --answers {shell_quoted(doc.path)}"
    else:
        again = f"somplan start --answers {shell_quoted(doc.path)}"
    for qid, value in record.answers.items():
        question = known.get(qid)
        if question is None:
            problems.append(
                doc.problem(("answers", qid), "answers-unknown-question", key=True, id=qid)
            )
            continue
        if value is None:
            continue
        memo = _memo_key(question, value)
        if memo is not None and memo in valid:
            continue
        reason = answer_error(question, value)
        if reason is None and memo is not None and len(valid) < _VALID_KEPT:
            valid.add(memo)
        if reason is not None:
            where: tuple[str | int, ...] = ("answers", qid)
            if reason.key == "answer.exclusive-combined" and isinstance(value, list):
                where = (*where, value.index(reason.params["id"]))  # at the exclusive choice
            problems.append(
                doc.problem(where, "answers-invalid", id=qid, reason=reason, command=again)
            )
    return problems


def load(
    path: Path, flow: Flow, notes: list[Msg] | None = None, catalogue: Catalogue | None = None
) -> AnswersFile:
    """Read an answers file, migrate it to ``flow``'s version (what changed is appended to
    ``notes``) and check it (with ``catalogue``, its proposal too); raise ``ProblemError``
    on problems."""
    return from_document(read_file(path), flow, notes, catalogue)


def from_document(
    doc: Document, flow: Flow, notes: list[Msg] | None = None, catalogue: Catalogue | None = None
) -> AnswersFile:
    """``load`` for a file already read and parsed."""
    record = parse(doc)
    if record.flow.id == flow.id:
        changed = migrate(record, flow)
        if notes is not None:
            notes.extend(changed)
    problems = check_against(doc, record, flow)
    if catalogue is not None and not problems:
        from somplan.content.account_checks import account_problems

        problems = account_problems(doc, record.proposal, catalogue)
    if problems:
        raise ProblemError(*problems)
    return record
