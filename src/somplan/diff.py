"""`somplan diff OLD NEW`: what changed between two answers files of one unit, and what it did.

:func:`compare` is pure (answers and assessments in, a :class:`Diff` out); the renderers turn it
into a terminal view, Markdown or JSON.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from somplan import exitcodes
from somplan.display import answer_text
from somplan.i18n import Lang, message
from somplan.safetext import inert, json_text

if TYPE_CHECKING:
    from somplan.assessment import Assessment
    from somplan.loader import Content
    from somplan.model import Flow

FORMATS = ("rich", "markdown", "json")


@dataclass(frozen=True)
class AnswerChange:
    section: str
    question: str
    change: str  # added | removed | changed
    old: Any
    new: Any


@dataclass(frozen=True)
class ScoreChange:
    id: str
    old: int | None  # score, or None where the channel was not ranked before
    new: int | None
    old_rank: int | None = None
    new_rank: int | None = None


@dataclass(frozen=True)
class Diff:
    answers: tuple[AnswerChange, ...]
    old_level: str
    new_level: str
    dimensions: tuple[ScoreChange, ...]
    channels: tuple[ScoreChange, ...]


def compare_answers(
    flow: Flow, old: dict[str, Any], new: dict[str, Any]
) -> tuple[AnswerChange, ...]:
    """Answers added, removed and changed, in the order of the flow."""
    changes = []
    for section in flow.sections:
        for q in section.questions:
            before, after = old.get(q.id), new.get(q.id)
            if q.id not in old and q.id in new:
                changes.append(AnswerChange(section.id, q.id, "added", None, after))
            elif q.id in old and q.id not in new:
                changes.append(AnswerChange(section.id, q.id, "removed", before, None))
            elif q.id in old and before != after:
                changes.append(AnswerChange(section.id, q.id, "changed", before, after))
    return tuple(changes)


def compare(
    flow: Flow, old: dict[str, Any], new: dict[str, Any], a: Assessment, b: Assessment
) -> Diff:
    dims_old = {d.id: d.score for d in a.dimensions}
    dimensions = tuple(
        ScoreChange(d.id, dims_old.get(d.id), d.score)
        for d in b.dimensions
        if dims_old.get(d.id) != d.score
    )
    rank_old = {c.channel.id: (i + 1, c.score) for i, c in enumerate(a.channels)}
    channels = []
    for i, c in enumerate(b.channels):
        old_rank, old_score = rank_old.get(c.channel.id, (None, None))
        if (old_rank, old_score) != (i + 1, c.score):
            channels.append(ScoreChange(c.channel.id, old_score, c.score, old_rank, i + 1))
    return Diff(
        compare_answers(flow, old, new),
        a.verdict.level,
        b.verdict.level,
        dimensions,
        tuple(channels),
    )


def as_json(diff: Diff) -> str:
    payload = {
        "verdict": {
            "old": diff.old_level,
            "new": diff.new_level,
            "changed": diff.old_level != diff.new_level,
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
    return json_text(payload)


def lines(diff: Diff, content: Content, lang: Lang) -> list[str]:
    """The diff as plain lines (used by both the terminal view and Markdown)."""
    flow = content.flow
    catalogue = content.catalogue

    def m(key: str, **params: Any) -> str:
        return message(key, lang, **params)

    out = [
        m(
            "diff.verdict",
            old=m(f"summary.level.{diff.old_level}"),
            new=m(f"summary.level.{diff.new_level}"),
        )
    ]
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
        out.append(m(f"diff.answer-{c.change}", question=text, old=old, new=new))
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


def run_diff(old_path: Path, new_path: Path, fmt: str, lang: Lang, questions: Path | None) -> int:
    from somplan import answers
    from somplan.loader import REPORT_KINDS, load_content
    from somplan.problems import ProblemError
    from somplan.report import assess

    try:
        content = load_content(questions, required=REPORT_KINDS)
        old = answers.load(old_path, content.flow)
        new = answers.load(new_path, content.flow)
    except ProblemError as exc:
        for problem in exc.problems:
            print(inert(problem.render(lang)), file=sys.stderr)
        return exitcodes.INPUT_INVALID
    diff = compare(
        content.flow, old.answers, new.answers, assess(content, old), assess(content, new)
    )
    if fmt == "json":
        sys.stdout.write(as_json(diff))
    elif fmt == "markdown":
        title = message("diff.title", lang, old=old_path.name, new=new_path.name)
        from somplan.render_markdown import md

        body = [md(line) for line in lines(diff, content, lang)]
        sys.stdout.write(
            f"# {md(title)}\n\n" + "\n".join(f"- {b}" if b else "" for b in body) + "\n"
        )
    else:
        from rich.console import Console
        from rich.text import Text

        console = Console()
        console.print(
            Text(message("diff.title", lang, old=old_path.name, new=new_path.name), style="bold")
        )
        for line in lines(diff, content, lang):
            console.print(Text(line))
    return exitcodes.OK
