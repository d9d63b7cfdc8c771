"""The report as one self-contained HTML document, also the source of the PDF
(``somplan.render.pdf``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.assessment.result import Assessment, ChannelScore
from somplan.render.html_page import (
    helpers,
    render_template,
)
from somplan.render.words import (
    also_findings,
    unanswered_texts,
    verdict_title,
    weak_text,
    what_if_lines,
)
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    from somplan.assessment.plan import UnitPlan
    from somplan.content.model import Catalogue


def render(
    a: Assessment,
    lang: Lang,
    plan: UnitPlan | None = None,
    catalogue: Catalogue | None = None,
) -> str:
    """The report as an HTML document in ``lang``."""
    from somplan.render.report.header import header_rows

    preferred = a.channels[0].kind if a.channels else "social"
    kinds = [preferred, "other" if preferred == "social" else "social"]

    def ranked(kind: str) -> list[ChannelScore]:
        return [c for c in a.channels if c.kind == kind]

    rows = header_rows(plan, lang) if plan is not None else []
    status_label = message("plan.status", lang)
    title = message("report.title", lang)
    if plan is not None and plan.header.unit:
        title += f" – {plan.header.unit}"
    return render_template(
        "report.html.j2",
        lang,
        title=" ".join(title.split()),
        a=a,
        verdict_title=verdict_title(a.verdict, lang),
        also=also_findings(a.verdict),
        what_if=what_if_lines(a.what_if, lang),
        unanswered=unanswered_texts(a.verdict, lang),
        plan=plan,
        header_rows=rows,
        status_row=next((i for i, (label, _) in enumerate(rows) if label == status_label), -1),
        kinds=[k for k in kinds if ranked(k)],
        ranked=ranked,
        weak_text=lambda c: weak_text(c, lang, a.fit_minimum),
        **helpers(lang, catalogue),
    )
