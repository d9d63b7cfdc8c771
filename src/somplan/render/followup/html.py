"""The follow-up as an HTML document (and PDF made from it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.assessment.followup import FollowupVerdict
from somplan.assessment.followup_due import Due
from somplan.content.display import answer_text
from somplan.render.followup import (
    OUTCOME_LEVEL,
    Header,
    _warnings,
    compared_rows,
    due_text_of,
    header_rows,
    item_rows,
    items_note,
)
from somplan.render.followup.json import as_data
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    pass


def render_html(v: FollowupVerdict, h: Header, lang: Lang, due: Due | None) -> str:
    """The follow-up report as one self-contained HTML document in ``lang`` (the same texts as the
    JSON report, ``as_data``, laid out by ``followup.html.j2``)."""
    from somplan.render.html_page import helpers, render_template

    title = message("followup.title", lang)
    if h.unit:
        title += f" – {h.unit}"
    return render_template(
        "followup.html.j2",
        lang,
        title=" ".join(title.split()),
        d=as_data(v, h, lang, due),
        level=OUTCOME_LEVEL[v.outcome],
        header_rows=header_rows(h, lang),
        warnings=_warnings(h, lang),
        compared=compared_rows(v, lang),
        items=item_rows(v, lang),
        items_note=items_note(v, lang),
        closing=v.closing,
        answers=[(q.text.get(lang), answer_text(q, value, lang)) for q, value in v.answers],
        due_text=due_text_of(due, lang),
        **helpers(lang),
    )
