"""The report in the terminal with rich, in the decision paper's order: the header, the proposal,
the verdict and the decision; the unit's plan; then the appendix (readiness, channels, checklist).

Content text is never parsed as rich markup: it is put into ``rich.text.Text`` objects as
plain text (after ``somplan.text.safetext.inert``), so neither ``[bold]`` nor an escape
sequence in a YAML file can style or control the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from somplan.assessment.result import Assessment, ChannelScore, Finding, Reason, Text, resolve
from somplan.content.display import answer_text
from somplan.content.model import Fact
from somplan.render.terminal import _LEVEL_STYLE, BAR_WIDTH, bar, hanging
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
from somplan.text.safetext import plain

if TYPE_CHECKING:
    from somplan.assessment.plan import UnitPlan


def render(
    a: Assessment,
    lang: Lang,
    console: Console,
    unit: str | None = None,
    plan: UnitPlan | None = None,
) -> None:
    def m(key: str, **params: object) -> str:
        return message(key, lang, **params)

    def t(text: Text) -> str:
        return resolve(text, lang)

    def heading(key: str) -> None:
        console.print()
        console.print(RichText(m(key), style="bold underline"))

    level = a.verdict.level
    style = _LEVEL_STYLE[level]
    body: list[RenderableType] = [RichText(m(f"level.{level}.summary"))]
    body += [_finding(f, lang) for f in a.verdict.reasons]
    for key, findings in also_findings(a.verdict):
        body.append(RichText(m(key), style="bold"))
        body += [_finding(f, lang) for f in findings]
    if a.verdict.provisional:
        body.append(RichText(m("report.unanswered-heading") + ":", style="bold"))
        body += [hanging("  – ", RichText(q)) for q in unanswered_texts(a.verdict, lang)]
    title = m("report.title") + (f" · {unit}" if unit else "")
    console.print(RichText(plain(title), style="bold"))
    if plan is not None:
        console.print(_header(plan, lang))
        _proposal(plan, lang, console)
    console.print(
        Panel(
            Group(*body),
            title=RichText(
                f"{m('report.verdict')}: {verdict_title(a.verdict, lang)}", style=f"bold {style}"
            ),
            title_align="left",
            border_style=style,
        )
    )

    if plan is not None:
        _decision(plan, lang, console)
        _plan(plan, console)

    console.print()
    console.print(RichText(m("paper.appendix"), style="bold reverse"))
    console.print(RichText(m("paper.appendix-intro"), style="dim"))
    heading("report.dimensions")
    width = max((len(t(d.name)) for d in a.dimensions), default=0)
    for d in a.dimensions:
        dim_style = "green" if d.score >= d.ready_at else "yellow"
        line = RichText(t(d.name).ljust(width + 2))
        line.append_text(bar(d.score, d.max, dim_style))
        line.append(f" {d.score:3d}/{d.max}")
        console.print(line)
        console.print(Padding(_reasons(d.reasons, lang), (0, 0, 0, 4)))
        if d.missed:
            missed = RichText(m("report.missed") + ": ", style="dim italic")
            missed.append_text(_reasons(d.missed, lang, missed=True))
            console.print(Padding(missed, (0, 0, 0, 4)))

    heading("report.what-if-heading")
    intro, changes = what_if_lines(a.what_if, lang)
    console.print(RichText(intro))
    for change in changes:
        console.print(hanging("• ", RichText(change)))

    preferred = a.channels[0].kind if a.channels else "social"
    for kind in (preferred, "other" if preferred == "social" else "social"):
        ranked = [c for c in a.channels if c.kind == kind]
        if not ranked:
            continue
        heading(f"report.channels-{kind}")
        width = max(len(t(c.channel.name)) for c in ranked)
        # The name column gives way (wraps) before the bar and the score leave their line.
        room = max(10, min(width + 2, console.width - 4 - BAR_WIDTH - 4))
        for number, c in enumerate(ranked, start=1):
            row = Table.grid()
            row.add_column(width=4, no_wrap=True)
            row.add_column(width=room)
            row.add_column(no_wrap=True)
            score = bar(c.score, 100)
            score.append(f" {c.score:3d}")
            row.add_row(
                RichText(f"{number:2d}. "),
                RichText(t(c.channel.name), style="bold" if number == 1 else ""),
                score,
            )
            console.print(row)
            console.print(Padding(_channel_reasons(c, lang), (0, 0, 0, 4)))

    heading("report.details")
    if a.threshold_note():
        console.print(RichText(m("report.cards-threshold", minimum=a.fit_minimum), style="dim"))
    for card in a.cards:
        console.print(_details(card.channel, lang, a, card.weak))

    heading("report.plan")
    for entry in a.complementary:
        if entry.text is not None:
            line = RichText(t(entry.text))
            if entry.answer is not None:
                value = answer_text(entry.answer.question, entry.answer.value, lang)
                line.append(" (" + m("report.your-answer", value=value) + ")", style="italic")
            console.print(hanging("• ", line))
        else:
            assert entry.channel is not None
            name = RichText(t(entry.channel.name), style="bold")
            uses = [hanging("– ", RichText(t(g))) for g in entry.channel.good_for]
            console.print(hanging("• ", Group(name, *uses)))

    heading("report.accounts")
    if a.existing_accounts:
        console.print(RichText(m("report.accounts-intro")))
        for acc in a.existing_accounts:
            console.print(hanging("• ", RichText(f"{plain(acc.name)} ({t(acc.owner)}): {acc.url}")))
    else:
        console.print(RichText(m("report.accounts-none")))
    if a.accounts_page:
        console.print(RichText(m("report.accounts-page", url=a.accounts_page)))

    heading("report.checklist")
    for item in a.checklist:
        # The title on its own line and the text under it: no "title: text: …" run of colons.
        item_title = RichText(t(item.title), style="bold")
        item_title.append(f" ({m(f'report.kind-{item.kind}')})", style="dim")
        item_text = RichText(t(item.text))
        sources = "; ".join(source_label(s, lang) for s in item.sources)
        item_text.append(f" ({m('report.source')}: {sources})", style="dim")
        console.print(hanging("☐ ", Group(item_title, item_text)))

    heading("report.next-steps")
    for i, step in enumerate(a.next_steps, start=1):
        console.print(hanging(f"{i}. ", RichText(t(step))))
    if plan is not None and plan.profile is not None:
        from somplan.render.profile import renderable

        console.print()
        console.print(renderable(plan.profile, lang))
    console.print()
    console.print(
        RichText(
            m(
                "report.based-on",
                flow=a.flow_id,
                flow_version=a.flow_version,
                catalogue=a.catalogue_id,
                catalogue_version=a.catalogue_version,
                rules=a.rules_id,
                rules_version=a.rules_version,
            ),
            style="dim",
        )
    )


def _finding(f: Finding, lang: Lang) -> Table:
    text = RichText(resolve(f.text, lang), style="bold")
    if f.remedy is None:
        return hanging("• ", text)
    remedy = RichText(f"{message('report.what-to-do', lang)}: ", style="italic")
    remedy.append(resolve(f.remedy, lang))
    return hanging("• ", Group(text, remedy))


def _reasons(reasons: tuple[Reason, ...], lang: Lang, missed: bool = False) -> RichText:
    """The reasons on one wrapped line, the largest effect first (points not gained uncoloured)."""
    out = RichText(style="dim")
    for i, r in enumerate(by_weight(reasons)):
        if i:
            out.append(" · ")
        colour = "" if missed else "green" if r.points > 0 else "red"
        out.append(signed(r.points), style=colour)
        out.append(" " + resolve(r.text, lang))
    return out


def _channel_reasons(c: ChannelScore, lang: Lang) -> RichText:
    out = RichText(message("report.base", lang, base=c.base), style="dim")
    if c.reasons:
        out.append(" · ")
        out.append_text(_reasons(c.reasons, lang))
    return out


def _details(c: ChannelScore, lang: Lang, a: Assessment, weak: bool = False) -> Panel:
    def t(text: Text) -> str:
        return resolve(text, lang)

    ch = c.channel
    rows = Table.grid(padding=(0, 1))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()

    def row(key: str, value: str | RenderableType) -> None:
        rows.add_row(
            RichText(message(key, lang)), RichText(value) if isinstance(value, str) else value
        )

    def bullets(items: Sequence[Fact]) -> RenderableType:
        return Group(*(hanging("• ", RichText(fact_text(x, lang, a.sources))) for x in items))

    if ch.age_limit is not None:
        row("report.age-limit", age_limit_text(ch.age_limit, lang, a.sources))
    row("report.good-for", bullets(ch.good_for))
    row("report.less-good-for", bullets(ch.less_good_for))
    row("report.formats", bullets(ch.formats))
    moderation = message(f"report.moderation.{ch.workload.moderation}", lang)
    work = [t(ch.workload.rhythm), message("report.moderation", lang, level=moderation)]
    if ch.workload.note is not None:
        work.append(t(ch.workload.note))
    row("report.workload", "\n".join(work))
    reach_lines = []
    for reach in c.reach:
        label = message(
            "report.reach-figures",
            lang,
            measure=reach.measure,
            source=reach.source.title,
            year=reach.source.year,
        )
        figures = ", ".join(f"{t(f.band)} {percent(f.percent, lang)}" for f in reach.figures)
        reach_lines.append(f"{label}: {figures}")
    if ch.reach_note is not None:
        reach_lines.append(fact_text(ch.reach_note, lang, a.sources))
    if reach_lines:
        row("report.reach", "\n".join(reach_lines))
    if ch.caveats:
        row("report.caveats", bullets(ch.caveats))
    row("report.basis", basis_text(ch, lang, a.sources))
    head: list[RenderableType] = []
    title = f"{t(ch.name)} · {c.score}/100"
    if weak:
        title += " · " + message("report.card-weak-title", lang)
        head.append(RichText(weak_text(c, lang, a.fit_minimum), style="bold yellow"))
    return Panel(
        Group(*head, RichText(t(ch.description), style="italic"), rows),
        title=RichText(title, style="bold yellow" if weak else "bold"),
        title_align="left",
        border_style="yellow" if weak else "",
    )


def _header(plan: UnitPlan, lang: Lang) -> Table:
    from somplan.render.report.header import header_rows

    rows = Table.grid(padding=(0, 1))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()
    for label, value in header_rows(plan, lang):
        style = (
            "bold yellow"
            if label == message("plan.status", lang) and plan.header.provisional
            else ""
        )
        rows.add_row(RichText(plain(label) + ":"), RichText(plain(value), style=style))
    return rows


def _rows(rows: list[tuple[str, str]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, value in rows:
        lines = "\n".join(plain(line) for line in value.split("\n"))
        grid.add_row(RichText(plain(label) + ":"), RichText(lines))
    return grid


def _proposal(plan: UnitPlan, lang: Lang, console: Console) -> None:
    """The proposal: each account with its channel and name, then who, how much and when."""
    from somplan.render import paper

    console.print()
    console.print(RichText(message("paper.proposal", lang), style="bold underline"))
    view = plan.proposal
    if view is None:
        console.print(RichText(plain(paper.no_proposal(plan, lang)), style="bold yellow"))
        return
    if not view.accounts:
        console.print(RichText(message("paper.no-account", lang)))
    labels = paper.column_labels(lang)
    for line in view.accounts:
        cells = paper.account_cells(line, lang)
        title = RichText(plain(cells["channel"]), style="bold")
        if line.name:
            title.append(" · " + plain(line.name))
        console.print(title)
        rows = [(labels[c], cells[c]) for c in paper.COLUMNS[2:]]
        if line.reason:
            rows.append((message("paper.reason-general", lang), line.reason))
        console.print(Padding(_rows(rows), (0, 0, 0, 2)))
    rows = [(message("paper.reason-general", lang), view.reason)] if view.reason else []
    rows.append(
        (
            message("paper.first-followup", lang),
            view.first_followup or message("paper.not-given", lang),
        )
    )
    console.print(_rows(rows))


def _decision(plan: UnitPlan, lang: Lang, console: Console) -> None:
    """The decision as labelled rows, or how the manager records it."""
    from somplan.render import paper

    console.print()
    console.print(RichText(message("paper.decision", lang), style="bold underline"))
    taken = paper.decided(plan)
    status = plan.header.decision
    rows: list[tuple[str, str]] = []
    if taken is None:
        path = paper.the_file(plan, lang)
        console.print(RichText(plain(message("paper.undecided", lang, path=path))))
    else:
        for mark in paper.marks(taken, lang):
            console.print(RichText(plain(mark.text), style="bold yellow"))
        for label, value in paper.decision_rows(taken, lang):
            rows.append(
                (
                    label,
                    value if isinstance(value, str) else "\n".join(f"• {item}" for item in value),
                )
            )
    if status is not None:
        rows += paper.account_rows(status, lang)
    if rows:
        console.print(_rows(rows))


def _plan(plan: UnitPlan, console: Console) -> None:
    console.print()
    console.print(RichText(plain(plan.title), style="bold underline"))
    for group in plan.groups:
        console.print(RichText(plain(group.title), style="bold"))
        for sentence in group.sentences:
            style = "" if sentence.answered else "italic yellow"
            console.print(Padding(RichText(plain(sentence.text), style=style), (0, 0, 0, 2)))
            for item in sentence.items:
                console.print(Padding(RichText("• " + plain(item)), (0, 0, 0, 4)))
