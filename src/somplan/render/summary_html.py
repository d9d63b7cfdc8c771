"""The summary as an HTML document: per unit the verdict and best channels, and charts drawn from
the numbers (CSS bars, each with its label and value as text, readable without colour)."""

from __future__ import annotations

from somplan.assessment.overview import TOP, Count, Overview
from somplan.interview.display import format_number
from somplan.text.i18n import Lang, message


def render(o: Overview, lang: Lang) -> str:
    from somplan.render.html import helpers, render_template

    levels = [Count(message(f"summary.level.{c.label}", lang), c.value) for c in o.levels]
    return render_template(
        "summary.html.j2",
        lang,
        title=message("overview.title", lang),
        o=o,
        level_counts=levels,
        total=max(1, len(o.units)),
        top=TOP,
        number=lambda value: format_number(value, lang),
        **helpers(lang),
    )
