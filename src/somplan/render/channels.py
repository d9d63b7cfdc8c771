"""The channel overview (``somplan channels``) as rich, Markdown, JSON or HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from somplan.assessment.channels import ChannelInfo
from somplan.assessment.result import resolve
from somplan.render.words import age_limit_text, basis_text, fact_text, percent, source_label
from somplan.text.i18n import Lang, message
from somplan.text.safetext import json_text, plain

if TYPE_CHECKING:
    from rich.console import Console

    from somplan.content.model import Catalogue


def _facts(info: ChannelInfo, lang: Lang) -> list[tuple[str, list[str]]]:
    """(label, lines) for one channel, the same facts in every format."""
    from somplan.render.html_page import extra_facts

    ch = info.channel

    def t(items: list[Any]) -> list[str]:
        return [resolve(x, lang) for x in items]

    moderation = message(f"report.moderation.{ch.workload.moderation}", lang)
    work = [resolve(ch.workload.rhythm, lang), message("report.moderation", lang, level=moderation)]
    if ch.workload.note is not None:
        work.append(resolve(ch.workload.note, lang))
    facts = [
        (message("report.good-for", lang), t(ch.good_for)),
        (message("report.less-good-for", lang), t(ch.less_good_for)),
        (message("report.formats", lang), t(ch.formats)),
        (message("report.workload", lang), work),
    ]
    known = {s.id: s for s in info.sources}
    facts += [(label, [text]) for label, text in extra_facts(ch, lang, known)]
    reach = []
    for r in info.reach:
        label = message(
            "report.reach-figures",
            lang,
            measure=r.measure,
            source=r.source.title,
            year=r.source.year,
        )
        figures = ", ".join(
            f"{resolve(f.band, lang)} {percent(f.percent, lang)}" for f in r.figures
        )
        reach.append(f"{label}: {figures}")
    if ch.reach_note is not None:
        reach.append(fact_text(ch.reach_note, lang, known))
    if reach:
        facts.append((message("report.reach", lang), reach))
    if ch.caveats:
        facts.append((message("report.caveats", lang), t(ch.caveats)))
    if info.sources:
        facts.append(
            (
                message("report.sources", lang),
                [source_label(s, lang) + (f", {s.url}" if s.url else "") for s in info.sources],
            )
        )
    return facts


def as_markdown(infos: list[ChannelInfo], lang: Lang) -> str:
    from somplan.render.words import md

    out = [f"# {md(message('channels.title', lang))}", "", md(message("channels.intro", lang)), ""]
    for kind in ("social", "other"):
        chosen = [i for i in infos if i.kind == kind]
        if not chosen:
            continue
        out += [f"## {md(message(f'channels.kind.{kind}', lang))}", ""]
        for info in chosen:
            out += [f"### {md(resolve(info.channel.name, lang))}", ""]
            out += [md(resolve(info.channel.description, lang)), ""]
            for label, lines in _facts(info, lang):
                out.append(f"- **{md(label)}:**")
                out += [f"  - {md(line)}" for line in lines]
            out.append("")
    return "\n".join(out) + "\n"


def as_json(infos: list[ChannelInfo], lang: Lang) -> str:

    data = []
    for info in infos:
        ch = info.channel
        data.append(
            {
                "id": ch.id,
                "kind": ch.kind,
                "name": resolve(ch.name, lang),
                "description": resolve(ch.description, lang),
                "good_for": [resolve(x, lang) for x in ch.good_for],
                "less_good_for": [resolve(x, lang) for x in ch.less_good_for],
                "formats": [resolve(x, lang) for x in ch.formats],
                "workload": {
                    "rhythm": resolve(ch.workload.rhythm, lang),
                    "moderation": ch.workload.moderation,
                    "note": resolve(ch.workload.note, lang) if ch.workload.note else None,
                },
                "basis": ch.basis,
                "basis_text": basis_text(ch, lang, {s.id: s for s in info.sources}),
                "age_limit": (
                    {
                        "years": ch.age_limit.years,
                        "basis": ch.age_limit.basis,
                        "text": age_limit_text(ch.age_limit, lang, {s.id: s for s in info.sources}),
                    }
                    if ch.age_limit is not None
                    else None
                ),
                "reach": [
                    {
                        "source": r.source.title,
                        "year": r.source.year,
                        "measure": resolve(r.measure, lang),
                        "figures": [
                            {"band": resolve(f.band, lang), "percent": f.percent} for f in r.figures
                        ],
                    }
                    for r in info.reach
                ],
                "reach_note": resolve(ch.reach_note, lang) if ch.reach_note else None,
                "caveats": [resolve(x, lang) for x in ch.caveats],
                "sources": [
                    {"title": s.title, "url": s.url, "year": s.year, "checked": s.checked}
                    for s in info.sources
                ],
            }
        )
    return json_text({"language": lang, "channels": data})


def as_html(infos: list[ChannelInfo], lang: Lang, catalogue: Catalogue) -> str:
    from somplan.render.html_page import helpers, render_template

    kinds = [k for k in ("social", "other") if any(i.kind == k for i in infos)]
    return render_template(
        "channels.html.j2",
        lang,
        title=message("channels.title", lang),
        infos=infos,
        kinds=kinds,
        **helpers(lang, catalogue),
    )


def print_rich(infos: list[ChannelInfo], lang: Lang, console: Console) -> None:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    console.print(Text(plain(message("channels.title", lang)), style="bold"))
    console.print(Text(plain(message("channels.intro", lang))))
    for kind in ("social", "other"):
        chosen = [i for i in infos if i.kind == kind]
        if not chosen:
            continue
        console.print()
        console.print(Text(plain(message(f"channels.kind.{kind}", lang)), style="bold underline"))
        for info in chosen:
            rows = Table.grid(padding=(0, 1))
            rows.add_column(style="bold", no_wrap=True)
            rows.add_column()
            for label, lines in _facts(info, lang):
                rows.add_row(Text(plain(label)), Text("\n".join("• " + plain(x) for x in lines)))
            console.print(
                Panel(
                    Group(Text(resolve(info.channel.description, lang), style="italic"), rows),
                    title=Text(resolve(info.channel.name, lang), style="bold"),
                    title_align="left",
                )
            )
