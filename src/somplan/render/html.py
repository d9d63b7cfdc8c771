"""The assessment (and the channel overview) as one self-contained HTML document.

Built with Jinja2 templates (``render/templates``) with autoescaping on; every string that reaches
the page also passes :func:`somplan.text.safetext.inert`, so control and bidi characters show as
visible escapes. The page carries its CSS inline, has no scripts and loads nothing: a Content
Security Policy in the page forbids scripts and requests even if text from a file tried. The same
HTML is the source of the PDF (:mod:`somplan.render.pdf`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from somplan import __version__
from somplan.assessment.result import Assessment, ChannelScore, Text, resolve
from somplan.content.display import answer_text
from somplan.render.words import (
    age_limit_text,
    also_findings,
    basis_text,
    by_weight,
    fact_text,
    percent,
    signed,
    source_label,
    unanswered_texts,
    verdict_title,
    weak_text,
    what_if_lines,
)
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert

if TYPE_CHECKING:
    from jinja2 import Environment

    from somplan.assessment.plan import UnitPlan
    from somplan.content.model import Catalogue, Channel, NamedSource

TEMPLATES = Path(__file__).resolve().parent / "templates"
_HTTP = re.compile(r"^https?://", re.IGNORECASE)


def _finalize(value: Any) -> Any:
    """Every value printed in a template: text made inert (escaping for HTML comes after); markup
    the templates made themselves (a macro's output) is kept."""
    from markupsafe import Markup

    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return inert(value)
    if value is None:
        return ""
    return value


@cache
def environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def web_address(url: str | None) -> str | None:
    """``url`` if it is an http(s) address (the only kind a document links to), else ``None``."""
    return url if url and _HTTP.match(url) else None


def extra_facts(
    channel: Channel, lang: Lang, sources: Mapping[str, NamedSource]
) -> list[tuple[str, str]]:
    """The card lines beyond the lists: the age limit (when the catalogue gives one) and what the
    channel's facts rest on, as (label, text), the same words as the other formats."""
    facts: list[tuple[str, str]] = []
    if channel.age_limit is not None:
        facts.append(
            (message("report.age-limit", lang), age_limit_text(channel.age_limit, lang, sources))
        )
    facts.append((message("report.basis", lang), basis_text(channel, lang, sources)))
    return facts


def helpers(lang: Lang, catalogue: Catalogue | None = None) -> dict[str, Callable[..., Any]]:
    """The functions templates call: messages, content texts, numbers, sources."""

    def sources_of(channel: Channel) -> list[NamedSource]:
        if catalogue is None:
            return []
        found = (catalogue.source(s) for s in channel.cited())
        return [s for s in found if s is not None]

    known = {s.id: s for s in catalogue.sources} if catalogue is not None else {}

    def m(key: str, **params: object) -> str:
        return message(key, lang, **params)

    def t(text: Text) -> str:
        return resolve(text, lang)

    return {
        "m": m,
        "t": t,
        "signed": signed,
        "by_weight": by_weight,
        "percent": lambda value: percent(value, lang),
        "answer_text": lambda question, value: answer_text(question, value, lang),
        "sources_of": sources_of,
        "extra_facts": lambda channel: extra_facts(channel, lang, known),
        "fact": lambda f: fact_text(f, lang, known),
        "source_label": lambda s: source_label(s, lang),
        "href": web_address,
    }


def render_template(name: str, lang: Lang, **context: Any) -> str:
    template = environment().get_template(name)
    return template.render(lang=lang, version=__version__, **context)


def render(
    a: Assessment,
    lang: Lang,
    plan: UnitPlan | None = None,
    catalogue: Catalogue | None = None,
) -> str:
    """The report as an HTML document in ``lang``."""
    from somplan.render.plan_text import header_rows

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
