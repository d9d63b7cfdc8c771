"""The profile texts and comment rules (``somplan profile``) in every format, made for copy-paste.

``text`` is the texts alone, exactly as they are pasted; ``rich`` the same on the terminal, each
text printed without hard line breaks so that it copies as one paragraph; ``markdown`` puts each
text in a fenced block (a fence longer than any run of backticks in it, so nothing breaks out);
``json`` is the data; ``html`` a document. The sections (``markdown_section``, ``renderable``,
``html_section``, ``json_data``) are what a report can include.

Every text from a plan passes ``inert`` (terminal, text), the fence (Markdown), ``json_text`` or
the HTML environment's escaping, so hostile text stays text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from somplan.assessment.profile import Profile, ProfileText, counted
from somplan.content.model import NamedSource
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

if TYPE_CHECKING:
    from markupsafe import Markup
    from rich.console import Console, RenderableType

#: JSON format of `somplan profile --format json`.
JSON_FORMAT = 1


def number(value: int, lang: Lang) -> str:
    """``value`` with thousands grouped as each language writes them: 2 200 (sv), 2,200 (en)."""
    grouped = f"{value:,}"
    return grouped.replace(",", "\u00a0") if lang == "sv" else grouped


def length_text(t: ProfileText, lang: Lang) -> str:
    """The length against the limit ("212 of 2,200 characters"), or the count alone."""
    if t.limit is None:
        return message("profile.length-unknown", lang, count=number(t.length, lang))
    return message(
        "profile.length", lang, count=number(t.length, lang), limit=number(t.limit, lang)
    )


def heading_text(t: ProfileText, lang: Lang) -> str:
    name = t.platform_name + (f" ({t.account_name})" if t.account_name else "")
    return message("profile.field", lang, platform=name, field=t.field)


def pinned_heading(t: ProfileText, index: int, lang: Lang) -> str:
    if len(t.pinned) == 1:
        title = message("profile.pinned", lang)
    else:
        title = message("profile.pinned-part", lang, part=index + 1, parts=len(t.pinned))
    count = number(counted(t.pinned[index]), lang)
    if t.post_limit is None:
        size = message("profile.pinned-length-free", lang, count=count)
    else:
        size = message("profile.pinned-length", lang, count=count, limit=number(t.post_limit, lang))
    return f"{title} ({size})"


def fit_note(t: ProfileText, lang: Lang) -> str | None:
    """Why the text is the short version, or ``None`` when the whole text fits."""
    if t.full:
        return None
    if t.limit is None:
        return message("profile.no-limit-note", lang, platform=t.platform_name)
    return message("profile.short-note", lang)


def source_lines(t: ProfileText, lang: Lang) -> list[str]:
    lines = []
    for s in t.sources:
        lines.append(
            message(
                "profile.source",
                lang,
                title=s.title,
                publisher=s.publisher or "",
                year=s.year or "",
                url=s.url or "",
                checked=s.checked or "",
            )
        )
        if s.note is not None:
            lines.append(message("profile.source-note", lang, note=s.note.get(lang)))
    if t.limit is None and t.limit_note:
        lines.append(t.limit_note)
    return lines


def intro_lines(profile: Profile, lang: Lang) -> list[str]:
    lines = [message("profile.for-unit", lang, unit=profile.unit)]
    lines.append(message(f"profile.basis.{profile.basis}", lang))
    if profile.empty_reason:
        lines.append(profile.empty_reason)
    return lines


# --- plain text -----------------------------------------------------------------------------------


def as_text(profile: Profile, lang: Lang) -> str:
    """The texts as they are pasted, with a line above each saying where it goes."""
    out = [message("profile.title", lang), *intro_lines(profile, lang), ""]
    for t in profile.texts:
        out += [f"{heading_text(t, lang)} — {length_text(t, lang)}", "", t.about, ""]
        note = fit_note(t, lang)
        if note:
            out += [note, ""]
        for i, part in enumerate(t.pinned):
            out += [pinned_heading(t, i, lang), "", part, ""]
        out += [*source_lines(t, lang), ""]
    out += [message("profile.rules-title", lang), "", profile.rules.text(), ""]
    out += [message("profile.notes-title", lang), *[f"– {n}" for n in profile.notes]]
    return inert("\n".join(out)) + "\n"


# --- Markdown -------------------------------------------------------------------------------------


def _fenced(text: str) -> list[str]:
    """``text`` as a fenced block that keeps it exactly (the fence outruns any backticks in it)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", inert(text), fence]


def markdown_section(profile: Profile, lang: Lang, level: int = 2) -> list[str]:
    """The profile texts and rules as Markdown lines, headings from ``level`` down."""
    from somplan.render.words import md

    h = "#" * level
    out = [f"{h} {md(message('profile.title', lang))}", ""]
    out += [md(line) + "  " for line in intro_lines(profile, lang)] + [""]
    for t in profile.texts:
        out += [f"{h}# {md(heading_text(t, lang))}", "", md(length_text(t, lang)), ""]
        out += [*_fenced(t.about), ""]
        note = fit_note(t, lang)
        if note:
            out += [md(note), ""]
        for i, part in enumerate(t.pinned):
            out += [f"**{md(pinned_heading(t, i, lang))}**", "", *_fenced(part), ""]
        out += [f"- {md(line)}" for line in source_lines(t, lang)] + [""]
    out += [f"{h}# {md(message('profile.rules-title', lang))}", "", *_fenced(profile.rules.text())]
    out += ["", f"{h}# {md(message('profile.notes-title', lang))}", ""]
    out += [f"- {md(n)}" for n in profile.notes]
    return out


def as_markdown(profile: Profile, lang: Lang) -> str:
    return "\n".join(markdown_section(profile, lang, level=1)) + "\n"


# --- JSON -----------------------------------------------------------------------------------------


def _source(s: NamedSource, lang: Lang) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "publisher": s.publisher,
        "url": s.url,
        "year": s.year,
        "checked": s.checked,
        "note": s.note.get(lang) if s.note else None,
    }


def json_data(profile: Profile, lang: Lang) -> dict[str, Any]:
    """The profile as data (strings exactly as built; ``json_text`` escapes unsafe characters)."""
    return {
        "unit": profile.unit,
        "basis": profile.basis,
        "empty_reason": profile.empty_reason,
        "platforms": [
            {
                "platform": t.platform,
                "platform_name": t.platform_name,
                "account_name": t.account_name,
                "field": t.field,
                "about": t.about,
                "length": t.length,
                "limit": t.limit,
                "fits_whole": t.full,
                "pinned": [{"text": p, "length": counted(p)} for p in t.pinned],
                "post_limit": t.post_limit,
                "sources": [_source(s, lang) for s in t.sources],
                "post_sources": [_source(s, lang) for s in t.post_sources],
                "limit_note": t.limit_note,
            }
            for t in profile.texts
        ],
        "comment_rules": {
            "intro": list(profile.rules.intro),
            "heading": profile.rules.heading,
            "removed": list(profile.rules.removed),
            "after": list(profile.rules.after),
            "text": profile.rules.text(),
        },
        "notes": list(profile.notes),
    }


def as_json(profile: Profile, lang: Lang) -> str:
    return json_text({"format": JSON_FORMAT, "language": lang, **json_data(profile, lang)})


# --- the terminal ---------------------------------------------------------------------------------


def renderable(profile: Profile, lang: Lang) -> RenderableType:
    """The profile texts and rules as one rich renderable (no markup is parsed: every line is a
    ``Text``, so text from a plan cannot style or move anything)."""
    from rich.console import Group
    from rich.text import Text

    def line(text: str, style: str = "") -> Text:
        return Text(inert(text), style=style)

    parts: list[Any] = [line(message("profile.title", lang), "bold")]
    parts += [line(x) for x in intro_lines(profile, lang)]
    for t in profile.texts:
        parts += [Text(""), line(f"{heading_text(t, lang)} — {length_text(t, lang)}", "bold cyan")]
        parts.append(line(t.about))
        note = fit_note(t, lang)
        if note:
            parts.append(line(note, "yellow"))
        for i, part in enumerate(t.pinned):
            parts += [line(pinned_heading(t, i, lang), "bold"), line(part)]
        parts += [line(x, "dim") for x in source_lines(t, lang)]
    parts += [Text(""), line(message("profile.rules-title", lang), "bold cyan")]
    parts += [line(x) for x in profile.rules.text().split("\n")]
    parts += [Text(""), line(message("profile.notes-title", lang), "bold")]
    parts += [line(f"– {n}") for n in profile.notes]
    return Group(*parts)


def draw(profile: Profile, lang: Lang, console: Console) -> None:
    """The profile on the terminal; each text to paste is printed without hard line breaks."""
    from rich.console import Group

    group = renderable(profile, lang)
    assert isinstance(group, Group)
    for item in group.renderables:
        console.print(item, soft_wrap=True)


# --- HTML -----------------------------------------------------------------------------------------


def _html_context(profile: Profile, lang: Lang) -> dict[str, Any]:
    return {
        "profile": profile,
        "intro": intro_lines(profile, lang),
        "heading": lambda t: heading_text(t, lang),
        "length": lambda t: length_text(t, lang),
        "fit_note": lambda t: fit_note(t, lang),
        "pinned_heading": lambda t, i: pinned_heading(t, i, lang),
        "source_lines": lambda t: source_lines(t, lang),
    }


def html_section(profile: Profile, lang: Lang, level: int = 2, titled: bool = True) -> Markup:
    """The profile as an HTML fragment (a ``<section>`` with a heading of ``level``, or without
    its own heading), for a document that includes it."""
    from markupsafe import Markup

    from somplan.render.html_page import environment, helpers

    template = environment().get_template("_profile.html.j2")
    macro = template.module.profile_section  # type: ignore[attr-defined]
    context = {**helpers(lang), **_html_context(profile, lang)}
    return Markup(macro(context, level, titled))


def as_html(profile: Profile, lang: Lang) -> str:
    from somplan.render.html_page import helpers, render_template

    return render_template(
        "profile.html.j2",
        lang,
        title=message("profile.title", lang),
        section=html_section(profile, lang, level=1, titled=False),
        **helpers(lang),
    )


def render(profile: Profile, fmt: str, lang: Lang, output: Path | None) -> str | None:
    """The profile in ``fmt``; ``None`` when it was drawn on the terminal."""
    if fmt == "text":
        return as_text(profile, lang)
    if fmt == "json":
        return as_json(profile, lang)
    if fmt == "markdown":
        return as_markdown(profile, lang)
    if fmt == "html":
        return as_html(profile, lang)
    from somplan.render import drawn

    return drawn(lambda console: draw(profile, lang, console), output)
