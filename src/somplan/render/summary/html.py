"""The summary as an HTML document: per unit the verdict and best channels, and charts drawn from
the numbers (CSS bars, each with its label and value as text, readable without colour)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.overview import TOP, Count, Overview
from somplan.content.display import format_number
from somplan.render.decision_text import decision_mark
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    from somplan.assessment.followup_summary import DueRow


def _folder(files: list[str]) -> str:
    """The folder all ``files`` are in (deepest common one), or "" when there is none."""
    parents = [str(Path(f).parent) for f in files]
    if not parents:
        return ""
    try:
        common = os.path.commonpath(parents)
    except ValueError:  # absolute and relative paths mixed
        return ""
    return "" if common in ("", ".") else common


def render(o: Overview, lang: Lang, due_of: Mapping[str, DueRow] | None = None) -> str:
    """The summary document; ``due_of`` (by file) adds each plan's next follow-up and the
    latest follow-up's recommendation."""
    from somplan.render.html_page import helpers, render_template
    from somplan.render.summary import followup_status_text

    due = dict(due_of or {})

    def next_followup(file: str) -> str:
        r = due.get(file)
        if r is None:
            return "–"
        status = followup_status_text(r.status, r.days, lang, long=True)
        return f"{r.due} {status}" if r.due else status

    def latest(file: str) -> str:
        r = due.get(file)
        if r is None or r.last_outcome is None:
            return "–"
        outcome = message(f"followup.outcome-{r.last_outcome}", lang)
        return f"{outcome} ({r.last_followup})" if r.last_followup else outcome

    folder = _folder([u.file for u in o.units] + [f for f, _ in o.failed])

    def shown_file(file: str) -> str:
        return os.path.relpath(file, folder) if folder else file

    levels = [Count(message(f"summary.level.{c.label}", lang), c.value) for c in o.levels]
    return render_template(
        "summary.html.j2",
        lang,
        title=message("overview.title", lang),
        o=o,
        level_counts=levels,
        total=max(1, o.counted),
        top=TOP,
        number=lambda value: format_number(value, lang),
        folder=folder,
        shown_file=shown_file,
        wide=True,
        followups=bool(due),
        next_followup=next_followup,
        latest_followup=latest,
        overdue=lambda file: file in due and due[file].status == "overdue",
        decision_mark=lambda u: decision_mark(
            u.decision.state, u.decision.outcome, u.decision.earlier_version, lang
        ),
        **helpers(lang),
    )
