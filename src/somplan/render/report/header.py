"""The plan's header: unit, municipality, when changed, status, as rows every format shows."""

from __future__ import annotations

from somplan.assessment.plan import UnitPlan
from somplan.text.i18n import Lang, message


def status(plan: UnitPlan, lang: Lang) -> str:
    """Provisional with the number of open questions (the verdict's count), or every question
    answered (and, for a file left at the review step, that the interview was not finished)."""
    header = plan.header
    if header.open_questions:
        if len(header.open_questions) == 1:
            return message("plan.status-provisional-one", lang)
        return message("plan.status-provisional", lang, count=len(header.open_questions))
    if not header.complete:
        return message("plan.status-not-finished", lang)
    return message("plan.status-final", lang)


def header_rows(plan: UnitPlan, lang: Lang) -> list[tuple[str, str]]:
    """(label, value) for the header block: unit, municipality, date, status. The decision has
    its own block on the first page (``somplan.render.paper``); the versions of the content are
    in the report's last line."""
    header = plan.header
    rows = [
        (message("plan.unit", lang), header.unit or message("plan.unit-missing", lang)),
        (message("plan.municipality", lang), header.municipality),
    ]
    if header.updated is not None:
        rows.append((message("plan.updated", lang), header.updated.strftime("%Y-%m-%d %H:%M")))
    rows.append((message("plan.status", lang), status(plan, lang)))
    return rows
