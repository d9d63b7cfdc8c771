"""The assessment (and the channel overview) as one self-contained HTML document.

Built with Jinja2 templates (``render/templates``) with autoescaping on; every string that reaches
the page also passes :func:`somplan.text.safetext.inert`, so control and bidi characters show as
visible escapes. The page carries its CSS inline, has no scripts and loads nothing: a Content
Security Policy in the page forbids scripts and requests even if text from a file tried. The same
HTML is the source of the PDF (:mod:`somplan.render.pdf`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from somplan import __version__
from somplan.assessment.result import (
    Assessment,
    ChannelScore,
    Text,
    by_weight,
    percent,
    resolve,
    signed,
)
from somplan.interview.display import answer_text
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert

if TYPE_CHECKING:
    from jinja2 import Environment

    from somplan.assessment.plan import UnitPlan
    from somplan.content.model import Catalogue, Channel, NamedSource

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: How many of the best channels get a card of their own (as in the other formats).
DETAILED = 3
_HTTP = re.compile(r"^https?://", re.IGNORECASE)
#: Channel fields every renderer already shows; any other field of the catalogue (e.g. one added
#: later) is shown generically by :func:`extra_facts`.
_SHOWN_FIELDS = frozenset(
    {
        "id",
        "kind",
        "name",
        "description",
        "good_for",
        "less_good_for",
        "reach",
        "reach_note",
        "formats",
        "workload",
        "caveats",
        "traits",
        "sources",
    }
)


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


def _label(name: str, lang: Lang) -> str:
    key = f"channel.field.{name}"
    text = message(key, lang)
    return name.replace("_", " ").capitalize() if text == key else text


def extra_facts(channel: Channel, lang: Lang) -> list[tuple[str, str]]:
    """Catalogue fields of ``channel`` beyond the ones every report shows, as (label, text)."""
    facts: list[tuple[str, str]] = []
    for name in type(channel).model_fields:
        if name in _SHOWN_FIELDS:
            continue
        value = getattr(channel, name)
        text = _fact_text(value, lang)
        if text:
            facts.append((_label(name, lang), text))
    return facts


def _fact_text(value: Any, lang: Lang) -> str:
    if value is None or value == [] or value == {}:
        return ""
    if hasattr(value, "get") and hasattr(value, "sv"):
        return resolve(value, lang)
    if isinstance(value, bool):
        return message("answer.yes" if value else "answer.no", lang)
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list):
        return "; ".join(t for t in (_fact_text(v, lang) for v in value) if t)
    if hasattr(value, "model_fields"):
        parts = [_fact_text(getattr(value, n), lang) for n in type(value).model_fields]
        return "; ".join(p for p in parts if p)
    return str(value)


def helpers(lang: Lang, catalogue: Catalogue | None = None) -> dict[str, Callable[..., Any]]:
    """The functions templates call: messages, content texts, numbers, sources."""

    def sources_of(channel: Channel) -> list[NamedSource]:
        if catalogue is None:
            return []
        found = (catalogue.source(s) for s in channel.sources)
        return [s for s in found if s is not None]

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
        "extra_facts": lambda channel: extra_facts(channel, lang),
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
        plan=plan,
        header_rows=rows,
        status_row=next((i for i, (label, _) in enumerate(rows) if label == status_label), -1),
        kinds=[k for k in kinds if ranked(k)],
        ranked=ranked,
        detailed=ranked(preferred)[:DETAILED],
        **helpers(lang, catalogue),
    )

