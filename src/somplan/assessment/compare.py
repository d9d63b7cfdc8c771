"""What changed between two answers files of one unit, and what it did: a pure comparison.

``compare`` takes the answers and assessments of both files and returns a ``Diff``; the
renderers in ``somplan.render.diff`` turn it into a terminal view, Markdown or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from somplan.assessment.result import Assessment, Finding
    from somplan.content.model import Flow


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
class FindingChange:
    """A blocker or condition that no longer applies (resolved) or applies now (added)."""

    kind: str  # blocker | condition
    change: str  # resolved | added
    finding: Finding


@dataclass(frozen=True)
class Diff:
    answers: tuple[AnswerChange, ...]
    old_level: str
    new_level: str
    dimensions: tuple[ScoreChange, ...]
    channels: tuple[ScoreChange, ...]
    findings: tuple[FindingChange, ...] = ()
    old_provisional: bool = False  # a side with unanswered questions
    new_provisional: bool = False


def compare_findings(a: Assessment, b: Assessment) -> tuple[FindingChange, ...]:
    """Blockers and conditions resolved since ``a``, then those added in ``b``."""
    out: list[FindingChange] = []
    for kind, before, after in (
        ("blocker", a.verdict.blockers, b.verdict.blockers),
        ("condition", a.verdict.conditions, b.verdict.conditions),
    ):
        after_ids = {f.id for f in after}
        before_ids = {f.id for f in before}
        out += [FindingChange(kind, "resolved", f) for f in before if f.id not in after_ids]
        out += [FindingChange(kind, "added", f) for f in after if f.id not in before_ids]
    return tuple(sorted(out, key=lambda c: c.change != "resolved"))


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
        findings=compare_findings(a, b),
        old_provisional=a.verdict.provisional,
        new_provisional=b.verdict.provisional,
    )
