"""Score one unit's answers against the channel catalogue and the rules: a pure function.

No I/O, no clock, no randomness: the same flow, catalogue, rules, organisation and answers give the
same ``somplan.assessment.result.Assessment`` on any machine. Every weight, threshold and text comes
from the content files; this module only applies them:

1. Only answers that still apply are read (``somplan.content.conditions.relevant_answers``);
   a question that applies but is unanswered counts as the answer ``settings.unanswered`` gives
   it (its "don't know"), and the verdict is then provisional and can only get better.
2. Each rule whose condition holds adds its points to dimensions and channels, and is kept as the
   reason for them. Dimension scores are clamped to ``0..max``, channel scores to ``0..100``.
3. The verdict: a redirect means social media is not the right tool; otherwise a blocker (or a
   dimension below its minimum) means not ready; otherwise no social channel reaching
   ``min_social_fit`` means social media is not the right tool; otherwise conditions (or
   dimensions below ``ready_at``, or unanswered questions) mean ready with conditions, and none
   means ready.
4. Each dimension lists the points it missed, and ``somplan.assessment.whatif`` searches the
   answers a unit can act on for the smallest changes that lift the verdict one level.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from somplan.assessment import whatif
from somplan.assessment.given import effective_answers
from somplan.assessment.result import (
    CARDS,
    AnswerShown,
    Assessment,
    Card,
    ChannelScore,
    ChecklistEntry,
    DimensionScore,
    Figure,
    Finding,
    PlanEntry,
    ReachShown,
    Reason,
    Text,
    Verdict,
    WhatIf,
)
from somplan.content.conditions import applies, depends_on, holds, is_empty
from somplan.content.model import (
    Account,
    Catalogue,
    Channel,
    Condition,
    Dimension,
    Effect,
    Flow,
    Level,
    Organisation,
    Rules,
)
from somplan.content.model import Finding as FindingRule
from somplan.text.i18n import Msg

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content


def score(
    flow: Flow,
    catalogue: Catalogue,
    rules: Rules,
    organisation: Organisation,
    answers: Mapping[str, Any],
    *,
    what_if: bool = True,
) -> Assessment:
    """The assessment of ``answers`` (question id → answer, as in an answers file). With
    ``what_if`` (the default) it includes what would change the verdict, a bounded search that
    an overview of many files can leave out."""
    table = _table(rules, catalogue)
    given, open_questions = effective_answers(flow, rules, answers)
    fired = frozenset(i for i, rule in enumerate(rules.rules) if holds(rule.when, given))

    # Questions that do not apply to these answers, with the questions that decided so (comment
    # rules, skipped when comments are closed, by the comments question).
    closed = {
        q.id: frozenset(depends_on(q.when))
        for q in flow.questions()
        if q.when is not None and not applies(q, given)
    }
    dimensions = tuple(_dimension(dim, rules, fired, table, closed) for dim in rules.dimensions)
    base = rules.settings.channel_base
    scores = [_channel(ch, rules, fired, base, table) for ch in catalogue.channels]

    redirects = _findings(rules.redirects, given)
    social = [s for s in scores if s.kind == "social"]
    best = max(social, key=lambda s: s.score, default=None)
    low_fit: list[Finding] = []
    if best is not None and best.score < rules.settings.min_social_fit:
        low_fit.append(
            Finding(
                "low_social_fit",
                Msg(
                    "verdict.low-social-fit",
                    {
                        "channel": best.channel.name,
                        "score": best.score,
                        "minimum": rules.settings.min_social_fit,
                    },
                ),
                Msg("verdict.low-social-fit-remedy"),
                (),
            )
        )
    blockers = _findings(rules.blockers, given)
    conditions = _findings(rules.conditions, given)
    if open_questions:
        conditions.insert(
            0,
            Finding(
                "unanswered",
                Msg("verdict.unanswered", {"count": len(open_questions)}),
                Msg("verdict.unanswered-remedy"),
                tuple(q.id for q in open_questions),
            ),
        )
    for dim, result in zip(rules.dimensions, dimensions, strict=True):
        asked = table.asked[dim.id]
        params = {"name": dim.name, "score": result.score, "max": dim.max}
        if result.score < dim.minimum:
            blockers.append(
                Finding(
                    f"{dim.id}_below_minimum",
                    Msg("verdict.dimension-below-minimum", {**params, "minimum": dim.minimum}),
                    dim.advice,
                    asked,
                )
            )
        elif result.score < dim.ready_at:
            conditions.append(
                Finding(
                    f"{dim.id}_below_ready",
                    Msg("verdict.dimension-below-ready", {**params, "ready_at": dim.ready_at}),
                    dim.advice,
                    asked,
                )
            )

    level: Level
    if redirects:
        level, reasons = "not_social_media", redirects + low_fit
    elif blockers:
        level, reasons = "not_ready", blockers
    elif low_fit:
        level, reasons = "not_social_media", low_fit
    elif conditions:
        level, reasons = "ready_with_conditions", conditions
    else:
        level, reasons = "ready", [Finding("ready", Msg("verdict.ready-reason"), None, ())]
    verdict = Verdict(
        level,
        tuple(reasons),
        tuple(blockers),
        tuple(conditions),
        provisional=bool(open_questions),
        unanswered=open_questions,
    )

    preferred = "other" if level == "not_social_media" else "social"
    order = {ch.id: i for i, ch in enumerate(catalogue.channels)}
    # Best first; among equal scores (at 0 several may be), the one less far below wins.
    ranked = tuple(
        sorted(
            scores,
            key=lambda s: (
                s.kind != preferred,
                -s.score,
                -(s.base + sum(r.points for r in s.reasons)),
                order[s.channel.id],
            ),
        )
    )

    minimum = rules.settings.min_social_fit
    return Assessment(
        flow_id=flow.id,
        flow_version=flow.version,
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        rules_id=rules.id,
        rules_version=rules.version,
        verdict=verdict,
        dimensions=dimensions,
        channels=ranked,
        complementary=_plan(flow, rules, catalogue, ranked, given),
        existing_accounts=_accounts(rules, organisation, ranked, given),
        accounts_page=organisation.accounts_page,
        checklist=tuple(
            ChecklistEntry(item.id, item.title, item.text, tuple(item.sources), item.kind)
            for item in rules.checklist
            if _applies(item.when, given)
        ),
        next_steps=_next_steps(rules, organisation, level, given),
        contact=organisation.communications,
        organisation=organisation.name,
        sources={s.id: s for s in catalogue.sources},
        what_if=search(flow, catalogue, rules, answers, level) if what_if else None,
        cards=_cards(ranked, minimum),
        fit_minimum=minimum,
    )


def verdict_level(
    flow: Flow, catalogue: Catalogue, rules: Rules, answers: Mapping[str, Any]
) -> tuple[Level, bool]:
    """The level of ``score``'s verdict on ``answers`` and whether it is provisional, and
    nothing else: what an overview of many plans asks of each (does it lead to an account?).
    The same steps as ``score`` (see the module), stopped as soon as the level is known; no
    reasons, rankings or texts are made."""
    table = _table(rules, catalogue)
    given, open_questions = effective_answers(flow, rules, answers)
    provisional = bool(open_questions)
    if any(holds(f.when, given) for f in rules.redirects):
        return "not_social_media", provisional
    fired = frozenset(i for i in table.scoring_rules if holds(rules.rules[i].when, given))
    blocked = any(holds(f.when, given) for f in rules.blockers)
    conditional = provisional or any(holds(f.when, given) for f in rules.conditions)
    for dim in rules.dimensions:
        total = sum(points for i, points in table.dimension_points[dim.id] if i in fired)
        result = max(0, min(dim.max, total))
        if result < dim.minimum:
            blocked = True
        elif result < dim.ready_at:
            conditional = True
    if blocked:
        return "not_ready", provisional
    base = rules.settings.channel_base
    social = [
        max(0, min(100, base + sum(p for i, p in table.channel_points[ch.id] if i in fired)))
        for ch in catalogue.channels
        if ch.kind == "social"
    ]
    if social and max(social) < rules.settings.min_social_fit:
        return "not_social_media", provisional
    return ("ready_with_conditions" if conditional else "ready"), provisional


def _cards(ranked: tuple[ChannelScore, ...], minimum: int) -> tuple[Card, ...]:
    """The channels described in full: the best of the leading kind that reach ``minimum`` (a
    channel far below it is not advice worth a page), or the best one alone, marked weak, so a
    unit that goes ahead anyway can read what it takes on."""
    leading = [s for s in ranked if ranked and s.kind == ranked[0].kind]
    fitting = [Card(s) for s in leading if s.score >= minimum][:CARDS]
    return tuple(fitting) or tuple(Card(s, weak=True) for s in leading[:1])


def _applies(cond: Condition | None, given: Mapping[str, Any]) -> bool:
    return cond is None or holds(cond, given)


def _questions(conditions: Iterable[Condition]) -> tuple[str, ...]:
    """The question ids the conditions read, each once, in order of appearance."""
    return tuple(dict.fromkeys(q for cond in conditions for q in cond.question_ids))


@dataclass(frozen=True)
class _Table:
    """What depends only on the rules and the catalogue, worked out once per pair of them."""

    rule_questions: tuple[tuple[str, ...], ...]  # per rule: the questions its condition reads
    channel_points: dict[str, tuple[tuple[int, int], ...]]  # channel → (rule index, points)
    dimension_points: dict[str, tuple[tuple[int, int], ...]]  # dimension → (rule index, points)
    reach: dict[str, tuple[ReachShown, ...]]  # channel → its reach figures, resolved
    asked: dict[str, tuple[str, ...]]  # dimension → the questions its rules read
    scoring_rules: tuple[int, ...]  # the rules that give a dimension or a channel points


# The tables for the rules and catalogues scored last, newest first (held weakly, so they go with
# them). Scoring stays pure: a table is a function of two frozen models and changes no result,
# only how often it is worked out, which matters when `summary` scores a thousand files against
# the same content. More than one: `summary` scores each plan with its content and judges its
# follow-up dates with the follow-up content's own copy of it (one table, ~5 ms, thrashed).
_last: list[tuple[weakref.ref[Rules], weakref.ref[Catalogue], _Table]] = []
_KEEP = 4


def _table(rules: Rules, catalogue: Catalogue) -> _Table:
    for kept_rules, kept_catalogue, kept in _last:
        if kept_rules() is rules and kept_catalogue() is catalogue:
            return kept
    points: dict[str, tuple[tuple[int, int], ...]] = {}
    for channel in catalogue.channels:
        row = []
        for i, rule in enumerate(rules.rules):
            total = sum(e.points for e in rule.channels if _hits(e, channel))
            if total:
                row.append((i, total))
        points[channel.id] = tuple(row)
    table = _Table(
        rule_questions=tuple(_questions([rule.when]) for rule in rules.rules),
        channel_points=points,
        dimension_points={
            dim.id: tuple(
                (i, rule.dimensions[dim.id])
                for i, rule in enumerate(rules.rules)
                if rule.dimensions.get(dim.id)
            )
            for dim in rules.dimensions
        },
        reach={ch.id: reach_of(ch, catalogue) for ch in catalogue.channels},
        asked={
            dim.id: _questions(rule.when for rule in rules.rules if dim.id in rule.dimensions)
            for dim in rules.dimensions
        },
        scoring_rules=tuple(
            i
            for i, rule in enumerate(rules.rules)
            if any(rule.dimensions.values()) or any(i in dict(row) for row in points.values())
        ),
    )
    _last.insert(0, (weakref.ref(rules), weakref.ref(catalogue), table))
    del _last[_KEEP:]
    return table


def _dimension(
    dim: Dimension,
    rules: Rules,
    fired: frozenset[int],
    table: _Table,
    closed: Mapping[str, frozenset[str]],
) -> DimensionScore:
    reasons = []
    for i, points in table.dimension_points[dim.id]:  # in rule order, as the rules fired
        if i in fired:
            rule = rules.rules[i]
            reasons.append(Reason(points, rule.reason, rule.id, table.rule_questions[i]))
    total = sum(r.points for r in reasons)
    return DimensionScore(
        dim.id,
        dim.name,
        dim.description,
        max(0, min(dim.max, total)),
        dim.max,
        dim.ready_at,
        tuple(reasons),
        _missed(dim, rules, fired, table, reasons, closed),
    )


def _missed(
    dim: Dimension,
    rules: Rules,
    fired: frozenset[int],
    table: _Table,
    gained: list[Reason],
    closed: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Reason, ...]:
    """The rules that could have given ``dim`` points and did not: each with its points, left
    out where an answer to the same questions already gained as much, and where a question the
    rule reads is not asked because an answer that gained this dimension points made it moot
    (``closed``: question → the questions its condition reads). Comment rules are not "missed"
    when closed comments gained the points; a concrete goal skipped for want of a way to measure
    it still is, since that answer gained nothing."""
    closed = closed or {}
    best: dict[str, int] = {}
    for reason in gained:
        for qid in reason.questions:
            best[qid] = max(best.get(qid, 0), reason.points)
    missed: dict[tuple[str, ...], Reason] = {}  # the most a question could have given
    for i, points in table.dimension_points[dim.id]:
        if points <= 0 or i in fired:
            continue
        rule = rules.rules[i]
        questions = table.rule_questions[i]
        if any(best.get(d, 0) > 0 for qid in questions for d in closed.get(qid, ())):
            continue
        if any(best.get(qid, 0) >= points for qid in questions):
            continue
        if questions not in missed or missed[questions].points < points:
            missed[questions] = Reason(points, rule.reason, rule.id, questions)
    return tuple(missed.values())


def _hits(effect: Effect, channel: Channel) -> bool:
    return (
        channel.id in effect.channels
        or channel.kind in effect.kinds
        or any(t in channel.traits for t in effect.traits)
        or channel.workload.moderation in effect.moderation
    )


def _channel(
    channel: Channel, rules: Rules, fired: frozenset[int], base: int, table: _Table
) -> ChannelScore:
    reasons = tuple(
        Reason(points, rules.rules[i].reason, rules.rules[i].id, table.rule_questions[i])
        for i, points in table.channel_points[channel.id]
        if i in fired
    )
    total = base + sum(r.points for r in reasons)
    return ChannelScore(channel, max(0, min(100, total)), base, reasons, table.reach[channel.id])


def reach_of(channel: Channel, catalogue: Catalogue) -> tuple[ReachShown, ...]:
    """The channel's reach figures with their sources and the age bands' labels."""
    shown = []
    for reach in channel.reach:
        source = catalogue.source(reach.source)
        if source is None:  # the loader's checks make this impossible for loaded content
            continue
        figures = tuple(
            Figure(band.label, f.percent)
            for f in reach.figures
            if (band := catalogue.band(f.band)) is not None
        )
        shown.append(ReachShown(source, reach.measure, figures))
    return tuple(shown)


def _findings(found: list[FindingRule], given: Mapping[str, Any]) -> list[Finding]:
    return [
        Finding(f.id, f.text, f.remedy, _questions([f.when])) for f in found if holds(f.when, given)
    ]


def _plan(
    flow: Flow,
    rules: Rules,
    catalogue: Catalogue,
    ranked: tuple[ChannelScore, ...],
    given: Mapping[str, Any],
) -> tuple[PlanEntry, ...]:
    """The plan's fixed lines that apply, then the best other channels not yet named."""
    entries: list[PlanEntry] = []
    named: set[str] = set()
    for item in rules.complementary:
        if not _applies(item.when, given):
            continue
        channel = catalogue.channel(item.channel) if item.channel else None
        shown = None
        question = flow.question(item.answer) if item.answer else None
        if question is not None and not is_empty(given.get(question.id)):
            shown = AnswerShown(question, given[question.id])
        entries.append(PlanEntry(item.id, item.text, channel, shown))
        if channel is not None:
            named.add(channel.id)
    others = [s for s in ranked if s.kind == "other" and s.id not in named]
    for best in sorted(others, key=lambda s: -s.score)[: rules.settings.complementary_channels]:
        entries.append(PlanEntry(f"channel_{best.id}", None, best.channel, None))
    return tuple(entries)


def _accounts(
    rules: Rules,
    organisation: Organisation,
    ranked: tuple[ChannelScore, ...],
    given: Mapping[str, Any],
) -> tuple[Account, ...]:
    """The organisation's accounts that share a purpose and an audience with the answers (an
    account that lists no purposes or no audiences is not ruled out by them)."""
    match = rules.settings.accounts
    if match is None:
        return tuple(organisation.accounts)
    purposes = set(given.get(match.purposes) or [])
    audiences = set(given.get(match.audiences) or [])
    rank = {s.id: i for i, s in enumerate(ranked)}
    fitting = [
        a
        for a in organisation.accounts
        if (not a.purposes or purposes & set(a.purposes))
        and (not a.audiences or audiences & set(a.audiences))
    ]
    return tuple(sorted(fitting, key=lambda a: rank.get(a.platform, len(rank))))


def _next_steps(
    rules: Rules, organisation: Organisation, level: Level, given: Mapping[str, Any]
) -> tuple[Text, ...]:
    steps: list[Text] = [
        step.text
        for step in rules.next_steps
        if (step.levels is None or level in step.levels) and _applies(step.when, given)
    ]
    if organisation.accounts_page:
        steps.append(Msg("next.accounts-page", {"url": organisation.accounts_page}))
    contact = organisation.communications
    details = ", ".join(x for x in (contact.email, contact.phone, contact.url) if x)
    steps.append(
        Msg(
            "next.contact" if details else "next.contact-no-details",
            {"name": contact.name, "details": details},
        )
    )
    return tuple(steps)


def assess(content: Content, record: AnswersFile, *, what_if: bool = True) -> Assessment:
    """Score ``record`` with the content's catalogue and rules (both must be loaded)."""
    assert content.catalogue is not None and content.rules is not None
    return score(
        content.flow,
        content.catalogue,
        content.rules,
        content.organisation,
        record.answers,
        what_if=what_if,
    )


def search(
    flow: Flow, catalogue: Catalogue, rules: Rules, answers: Mapping[str, Any], level: Level
) -> WhatIf:
    """What would lift ``level`` (see ``somplan.assessment.whatif``)."""
    table = _table(rules, catalogue)
    return whatif.search(
        flow, catalogue, rules, table.rule_questions, table.channel_points, answers, level
    )
