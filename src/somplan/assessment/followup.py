"""The follow-up verdict: continue, adjust or close an account, with reasons compared with what
the plan promised. A pure function of the follow-up rules, the two flows and the two sets of
answers; every text is filled in both languages, so renderers only pick one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from somplan.assessment.plan_items import GENERAL_QUESTION, CheckedItem, unsolved
from somplan.content.conditions import holds, relevant_answers
from somplan.content.followup_files import fill_text
from somplan.content.model import (
    OUTCOMES,
    ClosingItem,
    Condition,
    Flow,
    FollowupFinding,
    FollowupRules,
    Localized,
    Outcome,
    PlanComparison,
    Question,
)
from somplan.text.i18n import Lang, message

#: The id of the reason given when some of the plan's blockers and conditions are not solved.
ITEMS_REASON = "plan_items_unsolved"


@dataclass(frozen=True)
class Reason:
    """A finding whose tests held, its texts filled with the answers."""

    id: str
    outcome: Outcome
    text: Localized
    remedy: Localized | None = None


@dataclass(frozen=True)
class Comparison:
    """What the plan promised and what the follow-up found, for one pair of questions."""

    plan_question: Question
    plan_value: Any
    question: Question
    value: Any
    #: "worse", "same", "better", or "unknown" when an answer is missing or not on the scale.
    change: str


@dataclass(frozen=True)
class FollowupVerdict:
    outcome: Outcome
    title: Localized
    summary: Localized
    reasons: tuple[Reason, ...]
    steps: tuple[Localized, ...]
    closing: tuple[ClosingItem, ...]
    comparisons: tuple[Comparison, ...]
    answers: tuple[tuple[Question, Any], ...] = field(default=())
    #: The plan's blockers and conditions, each with what the follow-up found of it.
    items: tuple[CheckedItem, ...] = field(default=())

    def reasons_for(self, outcome: Outcome) -> list[Reason]:
        return [r for r in self.reasons if r.outcome == outcome]


def _rank(comparison: PlanComparison, value: Any) -> int | None:
    return (
        comparison.order.index(value)
        if isinstance(value, str) and value in comparison.order
        else None
    )


def is_worse(comparison: PlanComparison, plan_value: Any, value: Any) -> bool:
    """Whether the follow-up answer stands further down ``order`` than the plan's answer."""
    before, now = _rank(comparison, plan_value), _rank(comparison, value)
    return before is not None and now is not None and now > before


def _holds(cond: Condition | None, answers: Mapping[str, Any]) -> bool:
    return cond is None or holds(cond, answers)


def finding_holds(
    finding: FollowupFinding, plan_answers: Mapping[str, Any], answers: Mapping[str, Any]
) -> bool:
    """Every test the finding gives holds: ``when`` on the follow-up, ``plan`` on the plan,
    ``worse_than_plan`` on both."""
    comparison = finding.worse_than_plan
    return (
        _holds(finding.when, answers)
        and _holds(finding.plan, plan_answers)
        and (
            comparison is None
            or is_worse(
                comparison, plan_answers.get(comparison.plan), answers.get(comparison.answer)
            )
        )
    )


def _reads(finding: FollowupFinding) -> set[str]:
    """The follow-up questions a finding's tests read."""
    read = set(finding.when.question_ids) if finding.when is not None else set()
    if finding.worse_than_plan is not None:
        read.add(finding.worse_than_plan.answer)
    return read


def _filled(
    text: Localized,
    plan_flow: Flow,
    plan_answers: Mapping[str, Any],
    flow: Flow,
    answers: Mapping[str, Any],
) -> Localized:
    return Localized.model_construct(
        sv=fill_text(text.sv, "sv", plan_flow, plan_answers, answers, flow),
        en=fill_text(text.en, "en", plan_flow, plan_answers, answers, flow) if text.en else None,
    )


def _comparisons(
    rules: FollowupRules,
    flow: Flow,
    plan_flow: Flow,
    plan_answers: Mapping[str, Any],
    answers: Mapping[str, Any],
) -> tuple[Comparison, ...]:
    rows: list[Comparison] = []
    seen: set[tuple[str, str]] = set()
    for finding in rules.findings:
        comparison = finding.worse_than_plan
        if comparison is None or (comparison.plan, comparison.answer) in seen:
            continue
        seen.add((comparison.plan, comparison.answer))
        plan_question = plan_flow.question(comparison.plan)
        question = flow.question(comparison.answer)
        if plan_question is None or question is None:
            continue
        before = plan_answers.get(comparison.plan)
        now = answers.get(comparison.answer)
        a, b = _rank(comparison, before), _rank(comparison, now)
        if a is None or b is None:
            change = "unknown"
        else:
            change = "worse" if b > a else "better" if b < a else "same"
        rows.append(Comparison(plan_question, before, question, now, change))
    return tuple(rows)


def _items_reason(items: Sequence[CheckedItem]) -> Reason:
    """The reason an account whose plan items are not all solved cannot just continue."""
    blockers = sum(1 for i in items if i.kind == "blocker")

    def text(lang: Lang) -> str:
        key = "followup-items.reason-blockers" if blockers else "followup-items.reason"
        return message(key, lang, count=len(items))

    def remedy(lang: Lang) -> str:
        return message("followup-items.remedy", lang)

    return Reason(
        ITEMS_REASON,
        "adjust",
        Localized.model_construct(sv=text("sv"), en=text("en")),
        Localized.model_construct(sv=remedy("sv"), en=remedy("en")),
    )


def assess_followup(
    rules: FollowupRules,
    flow: Flow,
    plan_flow: Flow,
    plan_answers: Mapping[str, Any],
    answers: Mapping[str, Any],
    items: Sequence[CheckedItem] = (),
) -> FollowupVerdict:
    """The verdict for ``answers`` to the follow-up ``flow`` of a plan with ``plan_answers``: the
    most severe outcome of the findings that hold (continue when none does). Under "close" the
    "adjust" reasons are left out. ``items`` are the plan's blockers and conditions as the
    follow-up found them: one not solved (or not known to be) makes the verdict at least
    "adjust" — with a reason of its own unless a finding on the general question about them
    already says so."""
    plan_answers = relevant_answers(plan_flow, plan_answers)
    answers = relevant_answers(flow, answers)
    holding = [f for f in rules.findings if finding_holds(f, plan_answers, answers)]
    # One verdict per fact: an answer that a problem found is not also listed as working (the
    # reply time "same day" both slower than the plan and "answered quickly").
    problems = {q for f in holding if f.outcome != "continue" for q in _reads(f)}
    holding = [f for f in holding if f.outcome != "continue" or not _reads(f) & problems]
    reasons = [
        Reason(
            finding.id,
            finding.outcome,
            _filled(finding.text, plan_flow, plan_answers, flow, answers),
            _filled(finding.remedy, plan_flow, plan_answers, flow, answers)
            if finding.remedy is not None
            else None,
        )
        for finding in holding
    ]
    open_items = unsolved(items)
    said = any(f.outcome != "continue" and GENERAL_QUESTION in _reads(f) for f in holding)
    if open_items and not said:
        reasons.append(_items_reason(open_items))
    severity = {o: i for i, o in enumerate(OUTCOMES)}
    outcome: Outcome = max(
        (r.outcome for r in reasons), key=severity.__getitem__, default="continue"
    )
    if outcome == "close":
        # The account is not to be kept: "adjust" remedies (appoint a deputy, plan posts…) would
        # contradict the verdict. Show why to close (and what works), and the closing checklist.
        reasons = [r for r in reasons if r.outcome != "adjust"]
    reasons.sort(key=lambda r: -severity[r.outcome])  # stable: rules order within an outcome
    steps = tuple(
        _filled(step.text, plan_flow, plan_answers, flow, answers)
        for step in rules.next_steps
        if (step.outcomes is None or outcome in step.outcomes) and _holds(step.when, answers)
    )
    described = rules.outcome(outcome)
    return FollowupVerdict(
        outcome=outcome,
        title=described.title,
        summary=described.summary,
        reasons=tuple(reasons),
        steps=steps,
        closing=tuple(rules.closing) if outcome == "close" else (),
        comparisons=_comparisons(rules, flow, plan_flow, plan_answers, answers),
        answers=tuple((q, answers[q.id]) for q in flow.questions() if q.id in answers),
        items=tuple(items),
    )


def naming_plan(v: FollowupVerdict, file: str) -> FollowupVerdict:
    """``v`` with the plan's file named where a step or a remedy says PLANFIL/PLANFILE (as in
    "somplan start --answers PLANFIL")."""
    from dataclasses import replace

    from somplan.assessment.result import name_file

    def named(text: Localized) -> Localized:
        return Localized.model_construct(
            sv=name_file(text.sv, file), en=name_file(text.en, file) if text.en else None
        )

    return replace(
        v,
        steps=tuple(named(s) for s in v.steps),
        reasons=tuple(
            replace(r, remedy=named(r.remedy) if r.remedy is not None else None) for r in v.reasons
        ),
    )
