"""Checks beyond the schema: ids, conditions, defaults, bounds and languages, with positions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from somplan.answer_rules import answer_error
from somplan.i18n import Msg
from somplan.model import (
    CHOICE_KINDS,
    Condition,
    Flow,
    Localized,
    Organisation,
    Question,
    walk_models,
)
from somplan.problems import Problem
from somplan.yamlsource import Document, Loc


def check_flow(doc: Document, flow: Flow) -> list[Problem]:
    problems: list[Problem] = []
    if "sv" not in flow.languages:
        problems.append(doc.problem(("languages",), "swedish-required"))
    problems += check_languages(doc, flow, flow.languages)
    seen: dict[str, Loc] = {}
    questions: dict[str, Question] = {}
    everywhere = {q.id for q in flow.questions()}
    for s, section in enumerate(flow.sections):
        sloc: Loc = ("sections", s)
        problems += _unique(doc, seen, section.id, (*sloc, "id"))
        for i, question in enumerate(section.questions):
            qloc: Loc = (*sloc, "questions", i)
            problems += _unique(doc, seen, question.id, (*qloc, "id"))
            problems += _check_question(doc, question, qloc)
            if question.when is not None:
                problems += _check_condition(
                    doc, question.when, (*qloc, "when"), questions, everywhere
                )
            questions.setdefault(question.id, question)
    return problems


def check_organisation(doc: Document, org: Organisation) -> list[Problem]:
    return check_languages(doc, org, ["sv"])


def check_languages(doc: Document, root: Any, languages: Sequence[str]) -> list[Problem]:
    """Every localized text has each declared language."""
    problems = []
    for loc, model in walk_models(root):
        if isinstance(model, Localized):
            for lang in languages:
                if getattr(model, lang, None) is None:
                    problems.append(doc.problem(loc, "missing-language", lang=lang))
    return problems


def _unique(doc: Document, seen: dict[str, Loc], ident: str, loc: Loc) -> list[Problem]:
    if ident in seen:
        first = doc.locate(seen[ident]).line
        return [doc.problem(loc, "duplicate-id", id=ident, first=first)]
    seen[ident] = loc
    return []


def _check_question(doc: Document, q: Question, loc: Loc) -> list[Problem]:
    problems: list[Problem] = []
    raw: Any = doc.data
    for part in loc:
        raw = raw[part]
    present = set(raw) if isinstance(raw, dict) else set()
    if q.kind in CHOICE_KINDS:
        if len(q.choices) < 2:
            problems.append(doc.problem((*loc, "choices"), "choices-needed", kind=q.kind))
        first: dict[str, int] = {}
        for c, choice in enumerate(q.choices):
            cloc = (*loc, "choices", c, "id")
            if choice.id in first:
                problems.append(
                    doc.problem(cloc, "duplicate-choice", id=choice.id, first=first[choice.id])
                )
            else:
                first[choice.id] = doc.locate(cloc).line
    elif "choices" in present:
        problems.append(
            doc.problem((*loc, "choices"), "choices-not-allowed", key=True, kind=q.kind)
        )
    if q.kind == "scale":
        if q.scale is None:
            problems.append(doc.problem(loc, "scale-needed"))
        elif q.scale.min >= q.scale.max:
            problems.append(
                doc.problem(
                    (*loc, "scale", "min"), "bounds-order", low=q.scale.min, high=q.scale.max
                )
            )
    elif "scale" in present:
        problems.append(
            doc.problem((*loc, "scale"), "field-not-for-kind", key=True, field="scale", kind=q.kind)
        )
    if "unit" in present and q.kind != "number":
        problems.append(
            doc.problem((*loc, "unit"), "field-not-for-kind", key=True, field="unit", kind=q.kind)
        )
    rules = q.validation
    if rules.min is not None and rules.max is not None and rules.min > rules.max:
        problems.append(
            doc.problem((*loc, "validation", "min"), "bounds-order", low=rules.min, high=rules.max)
        )
    if rules.pattern is not None:
        if q.kind != "text":
            problems.append(
                doc.problem(
                    (*loc, "validation", "pattern"),
                    "field-not-for-kind",
                    key=True,
                    field="pattern",
                    kind=q.kind,
                )
            )
        else:
            try:
                re.compile(rules.pattern)
            except re.error as exc:
                problems.append(
                    doc.problem((*loc, "validation", "pattern"), "pattern-invalid", detail=str(exc))
                )
                return problems
    if q.default is not None:
        reason = answer_error(q, q.default)
        if reason is not None:
            problems.append(
                doc.problem(
                    (*loc, "default"), "default-invalid", value=repr(q.default), reason=reason
                )
            )
    return problems


def _check_condition(
    doc: Document,
    cond: Condition,
    loc: Loc,
    questions: dict[str, Question],
    everywhere: set[str],
) -> list[Problem]:
    problems: list[Problem] = []
    for key, children in (("all", cond.all_), ("any", cond.any_)):
        for i, child in enumerate(children or []):
            problems += _check_condition(doc, child, (*loc, key, i), questions, everywhere)
    if cond.not_ is not None:
        problems += _check_condition(doc, cond.not_, (*loc, "not"), questions, everywhere)
    if cond.question is None:
        return problems
    qid = cond.question
    target = questions.get(qid)
    if target is None and qid in everywhere:
        return [*problems, doc.problem((*loc, "question"), "when-later-question", id=qid)]
    if target is None:
        close = difflib.get_close_matches(qid, list(questions), n=1)
        hint = Msg("problem.hint-did-you-mean", {"name": close[0]}) if close else ""
        return [
            *problems,
            doc.problem((*loc, "question"), "when-unknown-question", id=qid, hint=hint),
        ]
    kind = target.kind
    wrong = _wrong_test(cond, kind)
    if wrong is not None:
        return [
            *problems,
            doc.problem(
                (*loc, wrong), "when-wrong-test", key=True, test=wrong, question=qid, kind=kind
            ),
        ]
    values: list[tuple[Loc, Any]] = []
    if cond.equals is not None:
        values.append(((*loc, "equals"), cond.equals))
    for i, v in enumerate(cond.in_ or []):
        values.append(((*loc, "in", i), v))
    if cond.includes is not None:
        inc = cond.includes if isinstance(cond.includes, list) else [cond.includes]
        for i, v in enumerate(inc):
            values.append(
                (
                    (*loc, "includes", i)
                    if isinstance(cond.includes, list)
                    else (*loc, "includes"),
                    v,
                )
            )
    for vloc, value in values:
        if kind in CHOICE_KINDS:
            if not isinstance(value, str) or value not in target.choice_ids():
                problems.append(
                    doc.problem(
                        vloc,
                        "when-unknown-choice",
                        question=qid,
                        choice=str(value),
                        choices=", ".join(target.choice_ids()),
                    )
                )
        elif not _value_fits(kind, value):
            problems.append(
                doc.problem(vloc, "when-wrong-value", question=qid, kind=kind, value=repr(value))
            )
    return problems


def _wrong_test(cond: Condition, kind: str) -> str | None:
    """The name of a test that makes no sense for a question of ``kind``, if any."""
    if cond.includes is not None and kind != "multi":
        return "includes"
    if (cond.at_least is not None or cond.at_most is not None) and kind not in ("number", "scale"):
        return "at_least" if cond.at_least is not None else "at_most"
    if kind == "multi" and cond.equals is not None:
        return "equals"
    if kind == "multi" and cond.in_ is not None:
        return "in"
    return None


def _value_fits(kind: str, value: Any) -> bool:
    if kind == "yesno":
        return isinstance(value, bool)
    if kind in ("number", "scale"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, str)
