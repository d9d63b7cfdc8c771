"""The report as one self-contained HTML document, also the source of the PDF
(``somplan.render.pdf``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from somplan.assessment.result import Assessment, ChannelScore, Finding
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
    from markupsafe import Markup

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
    paper_context = _paper(plan, lang) if plan is not None else {}
    status_label = message("plan.status", lang)
    title = message("report.title", lang)
    if plan is not None and plan.header.unit:
        title += f" – {plan.header.unit}"
    return render_template(
        "report.html.j2",
        lang,
        title=" ".join(title.split()),
        paper=True,
        a=a,
        verdict_title=verdict_title(a.verdict, lang),
        also=also_findings(a.verdict),
        remedies=[f for f in _findings(a) if f.remedy is not None],
        what_if=what_if_lines(a.what_if, lang),
        unanswered=unanswered_texts(a.verdict, lang),
        plan=plan,
        profile_html=_profile_html(plan, lang),
        header_rows=rows,
        status_row=next((i for i, (label, _) in enumerate(rows) if label == status_label), -1),
        kinds=[k for k in kinds if ranked(k)],
        ranked=ranked,
        weak_text=lambda c: weak_text(c, lang, a.fit_minimum),
        **paper_context,
        **helpers(lang, catalogue),
    )


def _profile_html(plan: UnitPlan | None, lang: Lang) -> Markup | None:
    """The profile texts' section (the appendix's last part), when the plan proposes an account."""
    if plan is None or plan.profile is None:
        return None
    from somplan.render.profile import html_section

    return html_section(plan.profile, lang, level=3)


def _findings(a: Assessment) -> list[Finding]:
    """The verdict's findings as page 1 lists them (their remedies are in the appendix)."""
    out = list(a.verdict.reasons)
    for _, findings in also_findings(a.verdict):
        out += findings
    return out


def _paper(plan: UnitPlan, lang: Lang) -> dict[str, Any]:
    """What the first page (the decision paper) shows: the proposal's rows, the decision's rows
    or the form to fill in, and its marks."""
    from somplan.render import paper

    status = plan.header.decision
    taken = paper.decided(plan)
    view = plan.proposal
    return {
        "columns": paper.COLUMNS,
        "labels": paper.column_labels(lang),
        "proposal_rows": [paper.account_cells(line, lang) for line in view.accounts]
        if view is not None
        else [],
        "proposal_reasons": paper.reasons(view, lang) if view is not None else [],
        "no_proposal": paper.no_proposal(plan, lang),
        "decided": taken is not None,
        "decision_marks": paper.marks(taken, lang) if taken is not None else [],
        "decision_rows": paper.decision_rows(taken, lang) if taken is not None else [],
        "account_rows": paper.account_rows(status, lang) if status is not None else [],
        "form_intro": message("paper.form-intro", lang, path=paper.the_file(plan, lang)),
        "outcome_choices": paper.outcome_choices(lang),
        "form_labels": paper.form_labels(lang),
    }
