"""The follow-up's verdict as JSON data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from somplan.assessment.followup import FollowupVerdict, Reason
from somplan.assessment.followup_due import Due
from somplan.assessment.result import resolve
from somplan.render.followup import (
    Header,
    _sources,
    item_rows,
)
from somplan.text.i18n import Lang
from somplan.text.safetext import inert

if TYPE_CHECKING:
    pass


def as_data(v: FollowupVerdict, h: Header, lang: Lang, due: Due | None) -> dict[str, Any]:
    def reason(r: Reason) -> dict[str, Any]:
        return {
            "id": r.id,
            "outcome": r.outcome,
            "text": resolve(r.text, lang),
            "remedy": resolve(r.remedy, lang) if r.remedy is not None else None,
        }

    return {
        "kind": "followup",
        "language": lang,
        "unit": inert(h.unit) if h.unit else None,
        "follows": {"path": inert(h.plan_path), "sha256": h.plan_sha256} if h.plan_path else None,
        "accounts": [
            {"platform": a.platform, "platform_name": a.platform_name, "name": a.name, "url": a.url}
            for a in h.accounts
        ],
        "date": h.date,
        "flow": h.flow,
        "complete": h.complete,
        "plan_changed": h.plan_changed,
        "verdict": {
            "outcome": v.outcome,
            "title": resolve(v.title, lang),
            "summary": resolve(v.summary, lang),
            "reasons": [reason(r) for r in v.reasons],
        },
        "plan_items": [
            {k: row[k] for k in ("kind", "id", "text", "state", "asked")}
            for row in item_rows(v, lang)
        ],
        "compared": [
            {
                "plan_question": c.plan_question.id,
                "plan_answer": c.plan_value,
                "question": c.question.id,
                "answer": c.value,
                "change": c.change,
            }
            for c in v.comparisons
        ],
        "closing": [
            {
                "id": item.id,
                "title": resolve(item.title, lang),
                "text": resolve(item.text, lang),
                "sources": _sources(item),
            }
            for item in v.closing
        ],
        "next_steps": [resolve(step, lang) for step in v.steps],
        "next_followup": None
        if due is None
        else {
            "status": due.status,
            "due": due.due.isoformat() if due.due else None,
            "days": due.days,
            "months": due.months,
            "basis": due.basis,
        },
        "answers": {q.id: value for q, value in v.answers},
    }
