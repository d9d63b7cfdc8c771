"""What would change the verdict: the smallest sets of answer changes that lift it one level.

Computed from the rules, never written by hand. The search only changes the answers to the
questions in ``settings.changeable`` (what a unit can act on: monitoring, routines, a deputy…,
not who its audience is). It tries every single change first; if none lifts the verdict, it
tries pairs of the single changes that move something (remove a finding, add points to a
dimension or to the best social channel). Each candidate is scored incrementally: only the rules
and findings that read a changed answer are evaluated again, so the whole search stays within a
few milliseconds.

The levels, worst first: social media is not the right tool or not ready (both the bottom), ready
with conditions, ready. "One level up" means reaching the next level or a better one. Single changes come first;
pairs are tried only when no single change is enough, and triples (of fewer candidates) only
when no pair is. Unanswered questions count
as their "don't know" (as in the verdict); the condition that questions are unanswered is left
out of the search and reported on its own (``only_unanswered``).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from somplan.assessment.given import effective_answers
from somplan.assessment.result import Change, WhatIf
from somplan.content.conditions import applies, holds, is_empty
from somplan.content.model import LEVELS, Catalogue, Condition, Flow, Level, Question, Rules

#: Levels from worst to best; "not the right tool" and "not ready" are both the bottom: neither
#: is better than the other, and one level up from either is "ready, with conditions".
RANK: dict[str, int] = {
    "not_social_media": 0,
    "not_ready": 0,
    "ready_with_conditions": 1,
    "ready": 2,
}
NEXT: dict[str, Level] = {
    "not_social_media": "ready_with_conditions",
    "not_ready": "ready_with_conditions",
    "ready_with_conditions": "ready",
}
assert set(RANK) == set(LEVELS)

#: At most this many shown; at most this many single changes combined into pairs, and into
#: triples when no pair is enough.
SHOWN = 5
PAIR_POOL = 24
TRIPLE_POOL = 12


@dataclass(frozen=True)
class _Index:
    """What the search needs from the rules, worked out once per set of content."""

    by_question: dict[str, tuple[int, ...]]  # question → rules reading it
    finding_by_question: dict[str, tuple[int, ...]]  # question → findings reading it
    findings: tuple[tuple[str, Condition], ...]  # (redirect|blocker|condition, when)
    dims: tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]  # (minimum, ready_at, rows)
    social: tuple[tuple[tuple[int, int], ...], ...]  # per social channel: (rule, points)
    flow_reads: frozenset[str]  # questions that the flow's own conditions read
    candidates: dict[str, tuple[Any, ...]]  # question → the answers to try


_last: tuple[weakref.ref[Rules], weakref.ref[Flow], _Index] | None = None


def _index(
    flow: Flow,
    catalogue: Catalogue,
    rules: Rules,
    rule_questions: tuple[tuple[str, ...], ...],
    channel_points: Mapping[str, tuple[tuple[int, int], ...]],
) -> _Index:
    global _last
    if _last is not None and _last[0]() is rules and _last[1]() is flow:
        return _last[2]
    by_question: dict[str, list[int]] = {}
    for i, questions in enumerate(rule_questions):
        for qid in questions:
            by_question.setdefault(qid, []).append(i)
    findings: list[tuple[str, Condition]] = []
    finding_by_question: dict[str, list[int]] = {}
    for kind, items in (
        ("redirect", rules.redirects),
        ("blocker", rules.blockers),
        ("condition", rules.conditions),
    ):
        for item in items:
            for qid in item.when.question_ids:
                finding_by_question.setdefault(qid, []).append(len(findings))
            findings.append((kind, item.when))
    dims = tuple(
        (
            dim.minimum,
            dim.ready_at,
            tuple(
                (i, rule.dimensions[dim.id])
                for i, rule in enumerate(rules.rules)
                if rule.dimensions.get(dim.id)
            ),
        )
        for dim in rules.dimensions
    )
    social = tuple(channel_points[ch.id] for ch in catalogue.channels if ch.kind == "social")
    reads = frozenset(
        qid for q in flow.questions() if q.when is not None for qid in q.when.question_ids
    )
    candidates = {
        qid: _candidates(question, rules)
        for qid in rules.settings.changeable
        if (question := flow.question(qid)) is not None
    }
    index = _Index(
        {k: tuple(v) for k, v in by_question.items()},
        {k: tuple(v) for k, v in finding_by_question.items()},
        tuple(findings),
        dims,
        social,
        reads,
        candidates,
    )
    _last = (weakref.ref(rules), weakref.ref(flow), index)
    return index


def _thresholds(cond: Condition, qid: str) -> set[float]:
    found: set[float] = set()
    if cond.question == qid:
        for bound in (cond.at_least, cond.at_most):
            if bound is not None:
                found.add(bound)
    for child in (cond.all_ or []) + (cond.any_ or []) + ([cond.not_] if cond.not_ else []):
        found |= _thresholds(child, qid)
    return found


def _candidates(question: Question, rules: Rules) -> tuple[Any, ...]:
    """The answers worth trying for ``question``: every choice, both yes and no, every step of a
    scale, the numbers the rules compare with, and "written" for a text."""
    kind = question.kind
    if kind == "single":
        return tuple(question.choice_ids())
    if kind == "yesno":
        return (True, False)
    if kind == "scale" and question.scale is not None:
        return tuple(range(question.scale.min, question.scale.max + 1))
    if kind == "number":
        conds = [r.when for r in rules.rules]
        conds += [f.when for f in (*rules.blockers, *rules.conditions, *rules.redirects)]
        values: set[float] = set()
        for cond in conds:
            values |= _thresholds(cond, question.id)
        low, high = question.validation.min, question.validation.max
        kept = sorted(
            v for v in values if (low is None or v >= low) and (high is None or v <= high)
        )
        return tuple(int(v) if float(v).is_integer() else v for v in kept)
    if kind == "text":
        return ("…",)
    return ()  # multi: not searched (what a unit wants or reaches is not a lever)


@dataclass
class _State:
    given: dict[str, Any]
    fired: list[bool]
    found: list[bool]


class _Search:
    def __init__(
        self,
        flow: Flow,
        rules: Rules,
        index: _Index,
        answers: Mapping[str, Any],
    ) -> None:
        self.flow = flow
        self.rules = rules
        self.index = index
        self.answers = dict(answers)
        self.effective = effective_answers
        self.min_fit = rules.settings.min_social_fit
        self.base_points = rules.settings.channel_base
        given, _ = effective_answers(flow, rules, answers)
        self.base = _State(
            given,
            [holds(rule.when, given) for rule in rules.rules],
            [holds(cond, given) for _, cond in index.findings],
        )
        self.tried = 0

    def state(self, changes: tuple[tuple[str, Any], ...]) -> _State:
        self.tried += 1
        base = self.base
        if any(qid in self.index.flow_reads for qid, _ in changes):
            answers = dict(self.answers)
            answers.update(changes)
            given, _ = self.effective(self.flow, self.rules, answers)
        else:
            given = dict(base.given)
            given.update(changes)
        touched = {k for k in given.keys() | base.given.keys() if given.get(k) != base.given.get(k)}
        fired = list(base.fired)
        found = list(base.found)
        for qid in touched:
            for i in self.index.by_question.get(qid, ()):
                fired[i] = holds(self.rules.rules[i].when, given)
            for i in self.index.finding_by_question.get(qid, ()):
                found[i] = holds(self.index.findings[i][1], given)
        return _State(given, fired, found)

    def profile(self, state: _State) -> tuple[int, int, tuple[int, ...], int]:
        """(level rank, findings that hold, dimension totals, best social score)."""
        kinds = {k for (k, _), on in zip(self.index.findings, state.found, strict=True) if on}
        totals = tuple(sum(p for i, p in rows if state.fired[i]) for _, _, rows in self.index.dims)
        best = max(
            (
                max(0, min(100, self.base_points + sum(p for i, p in row if state.fired[i])))
                for row in self.index.social
            ),
            default=None,
        )
        below_min = any(t < m for t, (m, _, _) in zip(totals, self.index.dims, strict=True))
        below_ready = any(t < r for t, (_, r, _) in zip(totals, self.index.dims, strict=True))
        if "redirect" in kinds:
            rank = RANK["not_social_media"]
        elif "blocker" in kinds or below_min:
            rank = RANK["not_ready"]
        elif best is not None and best < self.min_fit:
            rank = RANK["not_social_media"]
        elif "condition" in kinds or below_ready:
            rank = RANK["ready_with_conditions"]
        else:
            rank = RANK["ready"]
        return rank, sum(state.found), totals, best or 0


def search(
    flow: Flow,
    catalogue: Catalogue,
    rules: Rules,
    rule_questions: tuple[tuple[str, ...], ...],
    channel_points: Mapping[str, tuple[tuple[int, int], ...]],
    answers: Mapping[str, Any],
    level: Level,
) -> WhatIf:
    """The smallest sets of changes to ``answers`` that lift ``level`` one level or more."""
    if level == "ready":
        return WhatIf(None, (), 0)
    index = _index(flow, catalogue, rules, rule_questions, channel_points)
    run = _Search(flow, rules, index, answers)
    base = run.profile(run.base)
    target = NEXT[level]
    if base[0] > RANK[level]:  # only the unanswered questions hold it back
        return WhatIf(target, (), run.tried, only_unanswered=True, start=level)
    changeable = set(index.candidates)
    if any(
        kind == "redirect" and on and not changeable & set(cond.question_ids)
        for (kind, cond), on in zip(index.findings, run.base.found, strict=True)
    ):  # a redirect on what the unit cannot change (whom it wants to reach): nothing to try
        return WhatIf(target, (), run.tried, start=level)

    singles: list[tuple[int, tuple[str, Any], tuple[int, int, tuple[int, ...], int]]] = []
    order = {q.id: i for i, q in enumerate(flow.questions())}
    for qid in sorted(index.candidates, key=lambda q: order.get(q, 0)):
        question = flow.question(qid)
        if question is None or not applies(question, run.base.given):
            continue
        current = run.base.given.get(qid)
        for value in index.candidates[qid]:
            if _same(value, current, question):
                continue
            change = (qid, value)
            profile = run.profile(run.state((change,)))
            singles.append((_distance(question, current, value), change, profile))

    def lifts(profile: tuple[int, int, tuple[int, ...], int]) -> bool:
        return profile[0] >= RANK[target]

    found: list[tuple[tuple[tuple[str, Any], ...], int]] = [
        ((change,), dist) for dist, change, profile in singles if lifts(profile)
    ]
    promising = sorted((s for s in singles if _better(s[2], base)), key=lambda s: (s[2][1], s[0]))
    for size, pool in ((2, PAIR_POOL), (3, TRIPLE_POOL)):
        if found:
            break
        for combo in combinations(promising[:pool], size):
            changes = tuple(change for _, change, _ in combo)
            if len({qid for qid, _ in changes}) < size:
                continue
            if lifts(run.profile(run.state(changes))):
                found.append((changes, sum(dist for dist, _, _ in combo)))
    # The closest change per question (or pair of questions) only; the nearest first.
    closest: dict[tuple[str, ...], tuple[tuple[tuple[str, Any], ...], int]] = {}
    for changes, dist in found:
        changes = tuple(sorted(changes, key=lambda c: order.get(c[0], 0)))
        key = tuple(qid for qid, _ in changes)
        if key not in closest or dist < closest[key][1]:
            closest[key] = (changes, dist)
    ranked = sorted(
        closest.values(),
        key=lambda item: (item[1], [order.get(q, 0) for q, _ in item[0]]),
    )[:SHOWN]
    options = tuple(
        tuple(Change(q, v) for qid, v in changes if (q := flow.question(qid)) is not None)
        for changes, _ in ranked
    )
    return WhatIf(target, options, run.tried, start=level)


def _same(value: Any, current: Any, question: Question) -> bool:
    if question.kind == "text":
        return not is_empty(current)
    if isinstance(value, bool) or isinstance(current, bool):
        return isinstance(value, bool) and isinstance(current, bool) and value == current
    return bool(value == current)


def _distance(question: Question, current: Any, value: Any) -> int:
    """How far an answer moves: choices apart in the list, steps of a scale, or 1."""
    if question.kind == "single":
        ids = question.choice_ids()
        if current in ids and value in ids:
            return abs(ids.index(current) - ids.index(value))
        return 1
    if question.kind == "scale" and isinstance(current, int) and isinstance(value, int):
        return abs(current - value)
    if question.kind == "number" and isinstance(current, int | float) and not is_empty(current):
        return max(1, round(abs(float(value) - float(current))))
    return 1


def _better(
    profile: tuple[int, int, tuple[int, ...], int], base: tuple[int, int, tuple[int, ...], int]
) -> bool:
    """Whether a change moves something that can lift the verdict together with another."""
    return (
        profile[1] < base[1]
        or any(a > b for a, b in zip(profile[2], base[2], strict=True))
        or profile[3] > base[3]
    )
