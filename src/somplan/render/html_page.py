"""The Jinja2 environment of every HTML document (report, follow-up, channels, summary).

Autoescaping is on, and every value printed also passes ``somplan.text.safetext.inert``, so
control and bidi characters show as visible escapes; the documents carry their CSS inline, have no
scripts and load nothing (a Content Security Policy in each page forbids it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from somplan import __version__
from somplan.assessment.result import Text, resolve
from somplan.content.display import answer_text
from somplan.render.words import (
    age_limit_text,
    basis_text,
    by_weight,
    fact_text,
    percent,
    signed,
    source_label,
)
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert

if TYPE_CHECKING:
    from jinja2 import Environment

    from somplan.content.model import Catalogue, Channel, NamedSource


TEMPLATES = Path(__file__).resolve().parent / "templates"

#: While the web app renders a document to serve as a page of its own: the stylesheets it links
#: instead of carrying its CSS inline, and bars sized by a class instead of a style attribute, so
#: that the page keeps a Content-Security-Policy without inline style. Empty for a document.
_STYLESHEETS: ContextVar[tuple[str, ...]] = ContextVar("somplan_stylesheets", default=())


@contextmanager
def linked_styles(*addresses: str) -> Iterator[None]:
    """Documents rendered inside link ``addresses`` as their stylesheets (see ``_STYLESHEETS``)."""
    token = _STYLESHEETS.set(addresses)
    try:
        yield
    finally:
        _STYLESHEETS.reset(token)


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
def environment(*folders: Path) -> Environment:
    """The environment of the documents; with ``folders``, their templates come first (the web
    app's pages, which share the documents' base, macros and CSS)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader([*(str(f) for f in folders), str(TEMPLATES)]),
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
    return template.render(
        lang=lang, version=__version__, stylesheets=_STYLESHEETS.get(), **context
    )
