"""The report as Markdown: a plan draft to paste into the unit's documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.assessment.result import Assessment, ChannelScore, Finding, Reason, Text, resolve
from somplan.content.display import answer_text
from somplan.content.model import Fact
from somplan.render.words import (
    age_limit_text,
    also_findings,
    basis_text,
    by_weight,
    fact_text,
    md,
    percent,
    signed,
    source_label,
    unanswered_texts,
    verdict_title,
    weak_text,
    what_if_lines,
)
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    from somplan.assessment.plan import UnitPlan


def render(a: Assessment, lang: Lang, unit: str | None = None, plan: UnitPlan | None = None) -> str:
    def m(key: str, **params: object) -> str:
        return md(message(key, lang, **params))

    def t(text: Text) -> str:
        return md(resolve(text, lang))

    out: list[str] = []
    title = m("report.title")
    named = plan.header.unit if plan is not None and plan.header.unit else unit
    if named:  # as the terminal, HTML and PDF titles do
        title += f" – {md(named)}"
    out += [f"# {title}", ""]
    if plan is not None:
        out += _header(plan, lang)
        out += _proposal(plan, lang)
    elif unit:
        out += [m("report.unit", unit=unit), ""]
    level = a.verdict.level
    verdict = md(verdict_title(a.verdict, lang))
    out += [f"## {m('report.verdict')}: {verdict}", "", m(f"level.{level}.summary"), ""]
    out += [_finding(f, lang) for f in a.verdict.reasons] + [""]
    for key, findings in also_findings(a.verdict):
        out += [m(key), ""]
        out += [_finding(f, lang) for f in findings] + [""]
    if a.verdict.provisional:
        out += [f"**{m('report.unanswered-heading')}:**", ""]
        out += [f"- {md(q)}" for q in unanswered_texts(a.verdict, lang)] + [""]

    if plan is not None:
        out += _decision(plan, lang)
        out += _plan(plan)

    out += [f"## {m('paper.appendix')}", "", m("paper.appendix-intro"), ""]
    out += [f"### {m('report.dimensions')}", ""]
    for d in a.dimensions:
        out.append(f"- **{m('report.dimension-row', name=d.name, score=d.score, max=d.max)}**")
        out += [f"  - {_reason(r, lang)}" for r in by_weight(d.reasons)]
        if d.missed:
            out.append(f"  - *{m('report.missed')}:*")
            out += [f"    - {_reason(r, lang)}" for r in by_weight(d.missed)]
    out.append("")

    intro, lines = what_if_lines(a.what_if, lang)
    out += [f"### {m('report.what-if-heading')}", "", md(intro), ""]
    out += [f"- {md(line)}" for line in lines]
    out += [""] if lines else []

    preferred = a.channels[0].kind if a.channels else "social"
    for kind in (preferred, "other" if preferred == "social" else "social"):
        ranked = [c for c in a.channels if c.kind == kind]
        if not ranked:
            continue
        out += [f"### {m(f'report.channels-{kind}')}", ""]
        for number, c in enumerate(ranked, start=1):
            out.append(f"{number}. **{t(c.channel.name)}**: {c.score}/100 ({_base(c, lang)})")
            out += [f"   - {_reason(r, lang)}" for r in by_weight(c.reasons)]
        out.append("")

    out += [f"### {m('report.details')}", ""]
    if a.threshold_note():
        out += [m("report.cards-threshold", minimum=a.fit_minimum), ""]
    for card in a.cards:
        out += _details(card.channel, lang, a, card.weak)

    out += [f"### {m('report.plan')}", ""]
    for entry in a.complementary:
        if entry.text is not None:
            line = f"- {t(entry.text)}"
            if entry.answer is not None:
                value = answer_text(entry.answer.question, entry.answer.value, lang)
                line += f" ({m('report.your-answer', value=value)})"
        else:
            assert entry.channel is not None
            good = "; ".join(t(g) for g in entry.channel.good_for)
            line = f"- **{t(entry.channel.name)}**: {good}"
        out.append(line)
    out.append("")

    out += [f"### {m('report.accounts')}", ""]
    if a.existing_accounts:
        out += [m("report.accounts-intro"), ""]
        for acc in a.existing_accounts:
            out.append(f"- {md(acc.name)} ({t(acc.owner)}): <{acc.url}>")
    else:
        out.append(m("report.accounts-none"))
    if a.accounts_page:
        out += ["", f"{m('report.accounts-page', url='')} <{a.accounts_page}>"]
    out.append("")

    out += [f"### {m('report.checklist')}", ""]
    for item in a.checklist:
        sources = "; ".join(
            md(source_label(s, lang)) + (f", <{s.url}>" if s.url else "") for s in item.sources
        )
        kind = m(f"report.kind-{item.kind}")
        out.append(
            f"- [ ] **{t(item.title)}** ({kind}): {t(item.text)} ({m('report.source')}: {sources})"
        )
    out.append("")

    out += [f"### {m('report.next-steps')}", ""]
    out += [f"{i}. {t(step)}" for i, step in enumerate(a.next_steps, start=1)]
    out.append("")
    if plan is not None and plan.profile is not None:
        from somplan.render.profile import markdown_section

        out += markdown_section(plan.profile, lang, level=3)
    out += ["---", ""]
    based = message(
        "report.based-on",
        lang,
        flow=a.flow_id,
        flow_version=a.flow_version,
        catalogue=a.catalogue_id,
        catalogue_version=a.catalogue_version,
        rules=a.rules_id,
        rules_version=a.rules_version,
    )
    out.append(f"*{md(based)}*")
    return "\n".join(out) + "\n"


def _finding(f: Finding, lang: Lang) -> str:
    line = f"- **{md(resolve(f.text, lang))}**"
    if f.remedy is not None:
        line += f" {md(message('report.what-to-do', lang))}: {md(resolve(f.remedy, lang))}"
    return line


def _reason(r: Reason, lang: Lang) -> str:
    return f"{signed(r.points)}: {md(resolve(r.text, lang))}"


def _base(c: ChannelScore, lang: Lang) -> str:
    text = message("report.base", lang, base=c.base)
    if not c.reasons:
        text += "; " + message("report.no-reasons", lang)
    return md(text)


def _details(c: ChannelScore, lang: Lang, a: Assessment, weak: bool = False) -> list[str]:
    def t(text: Text) -> str:
        return md(resolve(text, lang))

    def m(key: str, **params: object) -> str:
        return md(message(key, lang, **params))

    def facts(items: list[Fact]) -> str:
        return "; ".join(md(fact_text(x, lang, a.sources)).removesuffix(".") for x in items)

    ch = c.channel
    lines = [f"#### {t(ch.name)}", ""]
    if weak:
        lines[0] += f" ({m('report.card-weak-title')})"
        lines += [f"**{md(weak_text(c, lang, a.fit_minimum))}**", ""]
    lines += [t(ch.description), ""]
    if ch.age_limit is not None:
        lines.append(
            f"- {m('report.age-limit')}: {md(age_limit_text(ch.age_limit, lang, a.sources))}"
        )
    lines.append(f"- {m('report.good-for')}: {facts(ch.good_for)}")
    lines.append(f"- {m('report.less-good-for')}: {facts(ch.less_good_for)}")
    lines.append(f"- {m('report.formats')}: {facts(ch.formats)}")
    moderation = message(f"report.moderation.{ch.workload.moderation}", lang)
    work = f"{t(ch.workload.rhythm)}; {m('report.moderation', level=moderation)}"
    if ch.workload.note is not None:
        work += f"; {t(ch.workload.note)}"
    lines.append(f"- {m('report.workload')}: {work}")
    for reach in c.reach:
        figures = ", ".join(f"{t(f.band)} {percent(f.percent, lang)}" for f in reach.figures)
        label = m(
            "report.reach-figures",
            measure=reach.measure,
            source=reach.source.title,
            year=reach.source.year,
        )
        lines.append(f"- {m('report.reach')}: {label}: {figures}")
    if ch.reach_note is not None:
        lines.append(f"- {m('report.reach')}: {md(fact_text(ch.reach_note, lang, a.sources))}")
    if ch.caveats:
        lines.append(f"- {m('report.caveats')}: {facts(ch.caveats)}")
    lines.append(f"- {m('report.basis')}: {md(basis_text(ch, lang, a.sources))}")
    return [*lines, ""]


def _header(plan: UnitPlan, lang: Lang) -> list[str]:
    from somplan.render.report.header import header_rows

    out = [f"## {md(message('plan.header', lang))}", ""]
    out += [f"- **{md(label)}:** {md(value)}" for label, value in header_rows(plan, lang)]
    return [*out, ""]


def _proposal(plan: UnitPlan, lang: Lang) -> list[str]:
    """The proposal as a table, one row per account, then its reasons and first follow-up."""
    from somplan.render import paper

    out = [f"## {md(message('paper.proposal', lang))}", ""]
    view = plan.proposal
    if view is None:
        return [*out, md(paper.no_proposal(plan, lang)), ""]
    if not view.accounts:
        out += [md(message("paper.no-account", lang)), ""]
    else:
        labels = paper.column_labels(lang)
        out.append("| " + " | ".join(md(labels[c]) for c in paper.COLUMNS) + " |")
        out.append("|" + "---|" * len(paper.COLUMNS))
        for line in view.accounts:
            cells = paper.account_cells(line, lang)
            out.append("| " + " | ".join(md(cells[c]) for c in paper.COLUMNS) + " |")
        out.append("")
    rows = [*paper.reasons(view, lang)]
    dash = message("paper.not-given", lang)
    rows.append((message("paper.first-followup", lang), view.first_followup or dash))
    out += [f"- **{md(label)}:** {md(text)}" for label, text in rows]
    return [*out, ""]


def _decision(plan: UnitPlan, lang: Lang) -> list[str]:
    """The decision as labelled lines, or a form to fill in by hand (a table with empty cells)."""
    from somplan.render import paper

    out = [f"## {md(message('paper.decision', lang))}", ""]
    taken = paper.decided(plan)
    status = plan.header.decision
    if taken is not None:
        out += [f"**{md(mark.text)}**" for mark in paper.marks(taken, lang)]
        out += [""] if paper.marks(taken, lang) else []
        for label, value in paper.decision_rows(taken, lang):
            if isinstance(value, str):
                out.append(f"- **{md(label)}:** {md(value)}")
            else:
                out.append(f"- **{md(label)}:**")
                out += [f"  - {md(item)}" for item in value]
    else:
        intro = message("paper.form-intro", lang, path=paper.the_file(plan, lang))
        out += [f"*{md(intro)}*", ""]
        choices = " ".join(f"☐ {md(c)}" for c in paper.outcome_choices(lang))
        out += [f"| {md(message('paper.field.outcome', lang))} | {choices} |", "|---|---|"]
        out += [f"| {md(label)} | |" for _, label in paper.form_labels(lang)]
    if status is not None:
        if taken is None:
            out.append("")
        out += [
            f"- **{md(label)}:** {md(value)}" for label, value in paper.account_rows(status, lang)
        ]
    return [*out, ""]


def _plan(plan: UnitPlan) -> list[str]:
    out = [f"## {md(plan.title)}", ""]
    for group in plan.groups:
        out += [f"### {md(group.title)}", ""]
        for sentence in group.sentences:
            text = md(sentence.text)
            out.append(f"- {text}" if sentence.answered else f"- *{text}*")
            out += [f"  - {md(item)}" for item in sentence.items]
        out.append("")
    return out
