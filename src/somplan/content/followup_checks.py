"""Checks of the follow-up content beyond its schema: the rules file on its own, and the rules and
the follow-up flow against the flows they read (the follow-up flow, the plan flow), with positions.

Follow-up texts may show answers with placeholders: ``{plan:QUESTION}`` (the plan's answer) and,
in the rules, ``{answer:QUESTION}`` (the follow-up answer). Every placeholder must name a question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from somplan.content.checks import _swedish_and_languages, _unique_ids, check_condition
from somplan.content.checks import check_reference as _reference
from somplan.content.model import OUTCOMES, Flow, FollowupRules, Localized, walk_models
from somplan.content.problems import Problem
from somplan.content.yamlsource import Document, Loc

#: ``{plan:id}`` or ``{answer:id}`` in a text; the id is checked separately so a typo is reported.
PLACEHOLDER = re.compile(r"\{(plan|answer):([^{}\s]*)\}")
_SECTIONS = ("findings", "closing", "next_steps")


def check_followup_rules(doc: Document, rules: FollowupRules) -> list[Problem]:
    """The rules file on its own: languages, unique ids, each outcome described once."""
    problems = _swedish_and_languages(doc, rules, rules.languages)
    for name in ("outcomes", *_SECTIONS):
        problems += _unique_ids(doc, getattr(rules, name), (name,))
    described = {o.id for o in rules.outcomes}
    for outcome in OUTCOMES:
        if outcome not in described:
            problems.append(doc.problem(("outcomes",), "followup-outcome-missing", outcome=outcome))
    return problems


def placeholders(root: Any) -> Iterator[tuple[Loc, str, str]]:
    """Every placeholder in the texts of ``root``: ``(location, "plan"|"answer", question id)``."""
    for loc, model in walk_models(root):
        if isinstance(model, Localized):
            for lang in ("sv", "en"):
                text = getattr(model, lang)
                for match in PLACEHOLDER.finditer(text or ""):
                    yield (*loc, lang), match.group(1), match.group(2)


def _question_ids(flow: Flow | None) -> list[str]:
    return [q.id for q in flow.questions()] if flow is not None else []


def check_flow_placeholders(doc: Document, flow: Flow, plan_flow: Flow | None) -> list[Problem]:
    """A follow-up flow's texts may show the plan's answers (``{plan:id}``), nothing else."""
    problems: list[Problem] = []
    for loc, source, qid in placeholders(flow):
        if source != "plan":
            problems.append(doc.problem(loc, "followup-placeholder-source", found=source))
        elif plan_flow is not None:
            problems += _reference(doc, loc, qid, _question_ids(plan_flow), "plan-question")
    return problems


def check_followup_against(
    doc: Document, rules: FollowupRules, flow: Flow | None, plan_flow: Flow | None
) -> list[Problem]:
    """References from the follow-up rules into the follow-up flow and the plan flow."""
    problems: list[Problem] = []
    for name, named in (("flow", flow), ("plan_flow", plan_flow)):
        if named is not None and getattr(rules, name) != named.id:
            problems.append(
                doc.problem(
                    (name,), "followup-wrong-flow", found=getattr(rules, name), expected=named.id
                )
            )
    for f, finding in enumerate(rules.findings):
        floc: Loc = ("findings", f)
        if finding.when is not None and flow is not None:
            problems += check_condition(doc, finding.when, (*floc, "when"), flow)
        if finding.plan is not None and plan_flow is not None:
            problems += check_condition(doc, finding.plan, (*floc, "plan"), plan_flow)
        if finding.worse_than_plan is not None:
            problems += _check_comparison(doc, rules, f, flow, plan_flow)
    for s, step in enumerate(rules.next_steps):
        if step.when is not None and flow is not None:
            problems += check_condition(doc, step.when, ("next_steps", s, "when"), flow)
    for loc, source, qid in placeholders(rules):
        target = plan_flow if source == "plan" else flow
        if target is not None:
            what = "plan-question" if source == "plan" else "followup-question"
            problems += _reference(doc, loc, qid, _question_ids(target), what)
    settings = rules.settings
    for field, target, what in (
        ("interval_question", flow, "followup-question"),
        ("plan_interval_question", plan_flow, "plan-question"),
    ):
        qid = getattr(settings, field)
        if qid is None or target is None:
            continue
        loc = ("settings", field)
        found = _reference(doc, loc, qid, _question_ids(target), what)
        question = target.question(qid)
        if not found and question is not None and question.kind != "number":
            found = [
                doc.problem(
                    loc, "followup-question-kind", id=qid, kind=question.kind, expected="number"
                )
            ]
        problems += found
    return problems


def _check_comparison(
    doc: Document, rules: FollowupRules, f: int, flow: Flow | None, plan_flow: Flow | None
) -> list[Problem]:
    """Both questions exist and are single choices; each id in ``order`` is a choice of one of
    them (an answer missing from ``order``, such as "don't know", is never worse)."""
    comparison = rules.findings[f].worse_than_plan
    assert comparison is not None
    cloc: Loc = ("findings", f, "worse_than_plan")
    problems: list[Problem] = []
    choices: list[str] = []
    checked_both = True
    for field, target, what in (
        ("plan", plan_flow, "plan-question"),
        ("answer", flow, "followup-question"),
    ):
        if target is None:
            checked_both = False
            continue
        qid = getattr(comparison, field)
        found = _reference(doc, (*cloc, field), qid, _question_ids(target), what)
        question = target.question(qid)
        if not found and question is not None and question.kind != "single":
            found = [
                doc.problem(
                    (*cloc, field),
                    "followup-question-kind",
                    id=qid,
                    kind=question.kind,
                    expected="single",
                )
            ]
        if found or question is None:
            checked_both = False
        else:
            choices += [c for c in question.choice_ids() if c not in choices]
        problems += found
    if checked_both:
        for o, choice in enumerate(comparison.order):
            problems += _reference(doc, (*cloc, "order", o), choice, choices, "followup-choice")
    return problems
