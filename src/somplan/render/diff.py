"""A ``somplan.assessment.compare.Diff`` as JSON or as plain lines for the terminal and Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from somplan.assessment.result import resolve
from somplan.content.display import answer_text
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

if TYPE_CHECKING:
    from rich.console import Console

    from somplan.assessment.compare import Diff
    from somplan.content.loader import Content


def as_json(diff: Diff, since_decision: dict[str, Any] | None = None) -> str:
    """The diff as JSON; ``since_decision`` (`diff --since-decision`) names the decision the
    older side is the copy of."""
    payload: dict[str, Any] = {
        "verdict": {
            "old": diff.old_level,
            "new": diff.new_level,
            "changed": diff.old_level != diff.new_level,
            "old_provisional": diff.old_provisional,
            "new_provisional": diff.new_provisional,
        },
        "answers": [
            {
                "section": c.section,
                "question": c.question,
                "change": c.change,
                "old": c.old,
                "new": c.new,
            }
            for c in diff.answers
        ],
        "findings": [
            {"id": f.finding.id, "kind": f.kind, "change": f.change} for f in diff.findings
        ],
        "dimensions": [{"id": d.id, "old": d.old, "new": d.new} for d in diff.dimensions],
        "channels": [
            {
                "id": c.id,
                "old_score": c.old,
                "new_score": c.new,
                "old_rank": c.old_rank,
                "new_rank": c.new_rank,
            }
            for c in diff.channels
        ],
    }
    if since_decision is not None:
        payload = {"since_decision": since_decision, **payload}
    return json_text(payload)


#: Lines that belong to the line above (an answer under its question) start with this.
INDENT = "    "


def _mark(provisional: bool, lang: Lang) -> str:
    return " " + message("diff.provisional", lang) if provisional else ""


def lines(
    diff: Diff, content: Content, lang: Lang, provisional: tuple[bool, bool] = (False, False)
) -> list[str]:
    """The diff as plain lines (used by both the terminal view and Markdown); ``provisional``
    marks the old and the new side when not every question is answered there."""
    flow = content.flow
    catalogue = content.catalogue

    def m(key: str, **params: Any) -> str:
        return message(key, lang, **params)

    def level(name: str, provisional: bool) -> str:
        text = m(f"summary.level.{name}")
        return f"{text} ({m('report.provisional')})" if provisional else text

    out = [
        m(
            "diff.verdict",
            old=m(f"level.{diff.old_level}") + _mark(provisional[0] or diff.old_provisional, lang),
            new=m(f"level.{diff.new_level}") + _mark(provisional[1] or diff.new_provisional, lang),
        )
    ]
    if diff.findings:
        out += [""]
        for f in diff.findings:
            out.append(m(f"diff.{f.kind}-{f.change}", text=inert(resolve(f.finding.text, lang))))
    if not diff.answers:
        out.append(m("diff.no-answer-changes"))
    section_id = None
    for c in diff.answers:
        if c.section != section_id:
            section_id = c.section
            section = next(s for s in flow.sections if s.id == c.section)
            out.append("")
            out.append(inert(section.title.get(lang)))
        q = flow.question(c.question)
        assert q is not None
        text = inert(q.text.get(lang))
        old = inert(answer_text(q, c.old, lang))
        new = inert(answer_text(q, c.new, lang))
        # The question on its own line, the old and the new answer under it, each labelled:
        # clear without colour, and long answers cannot run into the question.
        out.append(m(f"diff.answer-{c.change}", question=text))
        if c.change != "added":
            out.append(INDENT + m("diff.before", value=old))
        if c.change != "removed":
            out.append(INDENT + m("diff.after", value=new))
    if diff.dimensions:
        out += ["", m("diff.dimensions")]
        names = {
            d.id: d.name.get(lang) for d in (content.rules.dimensions if content.rules else [])
        }
        for d in diff.dimensions:
            out.append(
                m("diff.score", name=inert(names.get(d.id, d.id)), old=_n(d.old), new=_n(d.new))
            )
    if diff.channels:
        out += ["", m("diff.channels")]
        for ch in diff.channels:
            channel = catalogue.channel(ch.id) if catalogue else None
            name = inert(channel.name.get(lang)) if channel else ch.id
            out.append(
                m(
                    "diff.channel",
                    name=name,
                    old=_n(ch.old),
                    new=_n(ch.new),
                    old_rank=_n(ch.old_rank),
                    new_rank=_n(ch.new_rank),
                )
            )
    return out


def _n(value: int | None) -> str:
    return "–" if value is None else str(value)


def as_markdown(
    diff: Diff,
    content: Content,
    lang: Lang,
    title: str,
    provisional: tuple[bool, bool] = (False, False),
    notes: tuple[str, ...] = (),
) -> str:
    from somplan.render.words import md

    body = []
    for line in lines(diff, content, lang, provisional):
        if line.startswith(INDENT):
            body.append(f"  - {md(line.strip())}")
        else:
            body.append(f"- {md(line)}" if line else "")
    head = f"# {md(title)}\n\n" + "".join(f"> {md(n)}\n\n" for n in notes)
    return head + "\n".join(body) + "\n"


def print_rich(
    diff: Diff,
    content: Content,
    lang: Lang,
    title: str,
    provisional: tuple[bool, bool] = (False, False),
    notes: tuple[str, ...] = (),
    *,
    console: Console,
) -> None:
    from rich.text import Text

    from somplan.render.terminal import hanging

    console.print(Text(title, style="bold"))
    for note in notes:
        console.print(Text(note, style="yellow"))
    for line in lines(diff, content, lang, provisional):
        if line.startswith(INDENT):
            # "before: …" with the answer's wrapped lines under the answer, not under the label.
            label, _, value = line.strip().partition(": ")
            console.print(hanging(INDENT, hanging(f"{label}: ", Text(value))))
        elif line[:2] in ("+ ", "− ", "~ ", "✔ ", "✘ "):
            console.print(hanging(line[:2], Text(line[2:], style="bold")))
        else:
            console.print(Text(line))
