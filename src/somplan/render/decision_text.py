"""The decision and the account's state in words, the same in every output: one line for a
report's header, a short mark for a table."""

from __future__ import annotations

from somplan.assessment.decision import DecisionStatus
from somplan.text.i18n import Lang, message


def decision_line(status: DecisionStatus, lang: Lang) -> str:
    """The decision in one line ("Approved with conditions on 2027-01-15 by head of unit, ref.
    KS 2027/12 — NOTE: the decision applies to an earlier version of the answers"), or the
    account's state without a decision."""
    state = message(f"decision.state.{status.state}", lang)
    if status.outcome is None:
        parts = [message("decision.none", lang, state=state)]
    else:
        text = message(
            "decision.value",
            lang,
            outcome=message(f"decision.outcome.{status.outcome}", lang),
            date=status.date or "",
            role=status.by_role or "",
        )
        if status.reference:
            text += ", " + message("decision.reference", lang, reference=status.reference)
        parts = [text]
        if status.allow_incomplete:
            parts.append(message("decision.incomplete", lang))
    if status.opened_url:
        parts.append(
            message("decision.opened", lang, date=status.opened_date or "", url=status.opened_url)
        )
    if status.closed:
        parts.append(message("decision.closed", lang, date=status.closed))
    if status.earlier_version:
        parts.append(message("decision.earlier", lang))
    return " — ".join(parts)


def decision_mark(state: str | None, outcome: str | None, earlier: bool, lang: Lang) -> str:
    """A table cell: the outcome (or the account's state), and "earlier answers" when the
    decision applies to an earlier version; empty without an account record (``state`` None)."""
    if state is None:
        return ""
    if outcome is None:
        text = message(f"decision.state.{state}", lang)
    else:
        text = message(f"decision.outcome.{outcome}", lang)
        if state in ("opened", "closing", "closed"):
            text += f" · {message(f'decision.state.{state}', lang)}"
    if earlier:
        text += f" ({message('decision.earlier-mark', lang)})"
    return text


def with_mark(cell: str, state: str | None, outcome: str | None, earlier: bool, lang: Lang) -> str:
    """``cell`` (a verdict) with the decision's mark after it, when there is one."""
    mark = decision_mark(state, outcome, earlier, lang)
    return f"{cell} · {message('decision.label', lang)}: {mark}" if mark else cell
