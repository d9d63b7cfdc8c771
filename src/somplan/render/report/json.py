"""The report as JSON, for programs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from somplan.assessment.result import (
    Assessment,
    ChannelScore,
    Finding,
    PlanEntry,
    Reason,
    WhatIf,
    resolve,
)
from somplan.content.display import answer_text
from somplan.content.model import NamedSource
from somplan.render.words import (
    age_limit_text,
    also_findings,
    basis_text,
    change_text,
    verdict_title,
    weak_text,
    what_if_lines,
)
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

if TYPE_CHECKING:
    from somplan.assessment.paper import ProposalView
    from somplan.assessment.plan import UnitPlan


def render(
    assessment: Assessment, lang: Lang, unit: str | None = None, plan: UnitPlan | None = None
) -> str:
    data = as_data(assessment, lang, unit)
    if plan is not None:
        data.update(plan_data(plan, lang))
    return json_text(data)


def plan_data(plan: UnitPlan, lang: Lang) -> dict[str, Any]:
    """The header, the unit's plan in sentences and every answer (id → value and its label)."""
    from somplan.render.report.header import status

    header = plan.header
    data: dict[str, Any] = {
        "header": {
            "unit": header.unit,
            "municipality": header.municipality,
            "updated": header.updated.isoformat() if header.updated else None,
            "complete": header.complete,
            "provisional": header.provisional,
            "status": status(plan, lang),
            "open_questions": list(header.open_questions),
        },
        "plan": {
            "title": plan.title,
            "groups": [
                {
                    "id": g.id,
                    "title": g.title,
                    "sentences": [
                        {
                            "question": s.question,
                            "text": s.text,
                            "items": list(s.items),
                            "answered": s.answered,
                        }
                        for s in g.sentences
                    ],
                }
                for g in plan.groups
            ],
        },
        "answers": plan.answers,
    }
    if header.decision is not None:  # the plan has a proposal, a decision or an account
        from somplan.assessment.decision import status_data

        data["decision"] = status_data(header.decision)
    if plan.proposal is not None:
        data["proposal"] = proposal_data(plan.proposal)
    if plan.profile is not None:
        from somplan.render.profile import json_data

        data["profile"] = json_data(plan.profile, lang)
    return data


def proposal_data(view: ProposalView) -> dict[str, Any]:
    """The proposal with every field as the plan file has it, and each channel's name as read
    (``accounts`` empty: no new account for now)."""
    return {
        "accounts": [
            {
                "platform": line.platform,
                "channel": line.channel,
                "other_channel": line.other_channel,
                "name": line.name,
                "responsible": _person(line.responsible_role, line.responsible_name),
                "substitute": _person(line.substitute_role, line.substitute_name),
                "start": line.start,
                "rhythm": line.rhythm,
                "hours_per_week": line.hours_per_week,
                "reason": line.reason,
            }
            for line in view.accounts
        ],
        "reason": view.reason,
        "first_followup": view.first_followup,
    }


def _person(role: str | None, name: str | None) -> dict[str, Any] | None:
    return {"role": role, "name": name} if role is not None else None


def as_data(a: Assessment, lang: Lang, unit: str | None = None) -> dict[str, Any]:
    level = a.verdict.level
    return {
        "unit": inert(unit) if unit else None,
        "language": lang,
        "verdict": {
            "level": level,
            "title": verdict_title(a.verdict, lang),
            "provisional": a.verdict.provisional,
            "unanswered": [
                {"id": q.id, "text": resolve(q.text, lang)} for q in a.verdict.unanswered
            ],
            "summary": message(f"level.{level}.summary", lang),
            "reasons": [_finding(f, lang) for f in a.verdict.reasons],
            "blockers": [_finding(f, lang) for f in a.verdict.blockers],
            "conditions": [_finding(f, lang) for f in a.verdict.conditions],
            # What the report shows under the verdict beside its reasons, as it shows it.
            "also": [
                {"title": message(key, lang), "findings": [_finding(f, lang) for f in found]}
                for key, found in also_findings(a.verdict)
            ],
        },
        "dimensions": {
            d.id: {
                "name": resolve(d.name, lang),
                "score": d.score,
                "max": d.max,
                "ready_at": d.ready_at,
                "reasons": [_reason(r, lang) for r in d.reasons],
                "missed": [_reason(r, lang) for r in d.missed],
            }
            for d in a.dimensions
        },
        "what_if": _what_if(a.what_if, lang),
        "channels": [
            _channel(rank, c, lang, a.sources) for rank, c in enumerate(a.channels, start=1)
        ],
        "details": {
            "minimum": a.fit_minimum,
            "note": (
                message("report.cards-threshold", lang, minimum=a.fit_minimum)
                if a.threshold_note()
                else None
            ),
            "cards": [
                {
                    "id": card.channel.id,
                    "weak": card.weak,
                    "text": weak_text(card.channel, lang, a.fit_minimum) if card.weak else None,
                }
                for card in a.cards
            ],
        },
        "complementary": [_plan_entry(e, lang) for e in a.complementary],
        "existing_accounts": [
            {
                "platform": acc.platform,
                "name": inert(acc.name),
                "owner": resolve(acc.owner, lang),
                "url": inert(acc.url),
            }
            for acc in a.existing_accounts
        ],
        "accounts_page": a.accounts_page,
        "checklist": [
            {
                "id": item.id,
                "kind": item.kind,
                "title": resolve(item.title, lang),
                "text": resolve(item.text, lang),
                "sources": [
                    {
                        "title": inert(s.title),
                        "url": s.url,
                        "year": s.year,
                        "checked": s.checked,
                    }
                    for s in item.sources
                ],
            }
            for item in a.checklist
        ],
        "next_steps": [resolve(step, lang) for step in a.next_steps],
        "contact": {
            "name": resolve(a.contact.name, lang),
            "email": a.contact.email,
            "phone": a.contact.phone,
            "url": a.contact.url,
        },
        "flow": {"id": a.flow_id, "version": a.flow_version},
        "catalogue": {"id": a.catalogue_id, "version": a.catalogue_version},
        "rules": {"id": a.rules_id, "version": a.rules_version},
    }


def _what_if(w: WhatIf | None, lang: Lang) -> dict[str, Any]:
    intro, _ = what_if_lines(w, lang)
    return {
        "target": w.target if w is not None else None,
        "text": intro,
        "options": [
            [
                {
                    "question": c.question.id,
                    "answer": None if c.question.kind == "text" else c.value,
                    "text": change_text(c, lang),
                }
                for c in option
            ]
            for option in (w.options if w is not None else ())
        ],
    }


def _reason(r: Reason, lang: Lang) -> dict[str, Any]:
    return {
        "points": r.points,
        "text": resolve(r.text, lang),
        "rule": r.rule,
        "questions": list(r.questions),
    }


def _finding(f: Finding, lang: Lang) -> dict[str, Any]:
    return {
        "id": f.id,
        "text": resolve(f.text, lang),
        "remedy": resolve(f.remedy, lang) if f.remedy is not None else None,
        "questions": list(f.questions),
    }


def _sources(ids: list[str], sources: Mapping[str, NamedSource]) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "title": inert(s.title),
            "url": s.url,
            "year": s.year,
            "checked": s.checked,
        }
        for i in ids
        if (s := sources.get(i)) is not None
    ]


def _channel(
    rank: int, c: ChannelScore, lang: Lang, sources: Mapping[str, NamedSource]
) -> dict[str, Any]:
    limit = c.channel.age_limit
    return {
        "rank": rank,
        "id": c.id,
        "kind": c.kind,
        "name": resolve(c.channel.name, lang),
        "score": c.score,
        "base": c.base,
        "reasons": [_reason(r, lang) for r in c.reasons],
        "basis": c.channel.basis,
        "basis_text": basis_text(c.channel, lang, sources),
        "age_limit": (
            {
                "years": limit.years,
                "note": resolve(limit.note, lang) if limit.note is not None else None,
                "basis": limit.basis,
                "text": age_limit_text(limit, lang, sources),
                "sources": _sources(limit.sources, sources),
            }
            if limit is not None
            else None
        ),
        "sources": _sources(c.channel.cited(), sources),
        "reach": [
            {
                "source": inert(r.source.title),
                "year": r.source.year,
                "measure": resolve(r.measure, lang),
                "figures": [
                    {"band": resolve(f.band, lang), "percent": f.percent} for f in r.figures
                ],
            }
            for r in c.reach
        ],
    }


def _plan_entry(e: PlanEntry, lang: Lang) -> dict[str, Any]:
    return {
        "id": e.id,
        "text": resolve(e.text, lang) if e.text is not None else None,
        "channel": e.channel.id if e.channel else None,
        "channel_name": resolve(e.channel.name, lang) if e.channel else None,
        "answer": (
            inert(answer_text(e.answer.question, e.answer.value, lang)) if e.answer else None
        ),
    }
