"""The follow-up's verdict as Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.assessment.followup import FollowupVerdict
from somplan.assessment.followup_due import Due
from somplan.assessment.result import resolve
from somplan.content.display import answer_text
from somplan.render.followup import (
    Header,
    _change,
    _header_lines,
    _sources,
    _warnings,
    due_text_of,
    item_rows,
    items_note,
)
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    pass


def render_markdown(v: FollowupVerdict, h: Header, lang: Lang, due: Due | None) -> str:
    from somplan.render.words import md

    def m(key: str, **params: object) -> str:
        return md(message(key, lang, **params))

    out = [f"# {m('followup.title')}", ""]
    out += [md(line) + "  " for line in _header_lines(h, lang)] + [""]
    out += [f"> {md(line)}" for line in _warnings(h, lang)]
    if _warnings(h, lang):
        out.append("")
    out += [
        f"## {m('followup.verdict')}: {md(resolve(v.title, lang))}",
        "",
        md(resolve(v.summary, lang)),
        "",
    ]
    problems = [r for r in v.reasons if r.outcome != "continue"]
    for key, reasons in (
        ("followup.to-fix", problems),
        ("followup.works", v.reasons_for("continue")),
    ):
        if not reasons:
            continue
        out += [f"## {m(key)}", ""]
        for r in reasons:
            out.append(f"- {md(resolve(r.text, lang))}")
            if r.remedy is not None:
                out.append(f"  {m('followup.remedy', remedy=resolve(r.remedy, lang))}")
        out.append("")
    if v.items:
        out += [f"## {m('followup-items.heading')}", ""]
        for row in item_rows(v, lang):
            out.append(f"- **{md(row['state_text'])}** – {md(row['kind_text'])}: {md(row['text'])}")
        note = items_note(v, lang)
        out += ["", f"*{md(note)}*"] if note else []
        out.append("")
    if v.comparisons:
        cols = [
            m(k)
            for k in (
                "followup.col-question",
                "followup.col-plan",
                "followup.col-now",
                "followup.col-change",
            )
        ]
        out += [
            f"## {m('followup.compared')}",
            "",
            "| " + " | ".join(cols) + " |",
            "|---|---|---|---|",
        ]
        for c in v.comparisons:
            cells = [
                c.question.text.get(lang),
                answer_text(c.plan_question, c.plan_value, lang),
                answer_text(c.question, c.value, lang),
                _change(c, lang),
            ]
            out.append("| " + " | ".join(md(cell) for cell in cells) + " |")
        out.append("")
    if v.closing:
        out += [f"## {m('followup.closing')}", ""]
        for n, item in enumerate(v.closing, start=1):
            out.append(f"{n}. **{md(resolve(item.title, lang))}** {md(resolve(item.text, lang))}")
            for source in _sources(item):
                out.append(f"   {m('followup.source', source=source)}")
        out.append("")
    if v.steps:
        out += [f"## {m('followup.next-steps')}", ""]
        out += [f"- {md(resolve(step, lang))}" for step in v.steps] + [""]
    due_text = due_text_of(due, lang)
    if due_text:
        out += [f"**{md(due_text)}**", ""]
    out += [f"## {m('followup.answers')}", ""]
    for question, value in v.answers:
        out.append(f"- {md(question.text.get(lang))} **{md(answer_text(question, value, lang))}**")
    return "\n".join(out).rstrip("\n") + "\n"
