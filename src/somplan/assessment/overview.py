"""The communications unit's overview of many plans: one result per unit, and the counts the
summary's charts are drawn from (verdict levels, channels recommended, blockers, conditions,
dimension averages). Pure apart from reading the answers files it is given."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.decision import DecisionStatus, decision_status, has_account_record
from somplan.assessment.plan import local_time
from somplan.assessment.result import Assessment, Finding, resolve
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.conditions import relevant_answers, unanswered
from somplan.content.model import LEVELS
from somplan.text.i18n import Lang, message

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content

#: How many of a unit's best channels count as "recommended" in the charts.
TOP = 3
#: How many bars a chart of channels, blockers or conditions shows at most.
CHART_ROWS = 8


@dataclass(frozen=True)
class UnitResult:
    file: str
    unit: str
    level: str
    top_channels: tuple[str, ...]
    blockers: tuple[str, ...]
    conditions: tuple[str, ...]
    #: (name, score, max) per readiness dimension.
    dimensions: tuple[tuple[str, int, int], ...]
    complete: bool
    provisional: bool
    updated: datetime | None
    #: The decision and the account's state (None: no proposal, decision or account yet).
    decision: DecisionStatus | None = None


@dataclass(frozen=True)
class Count:
    label: str
    value: int


@dataclass(frozen=True)
class Average:
    label: str
    value: float
    max: int


@dataclass(frozen=True)
class Overview:
    units: tuple[UnitResult, ...]
    levels: tuple[Count, ...]  # every level, in LEVELS order, zero included
    channels: tuple[Count, ...]
    blockers: tuple[Count, ...]
    conditions: tuple[Count, ...]
    dimensions: tuple[Average, ...]
    #: Files that could not be used: (file, the one line that says why).
    failed: tuple[tuple[str, str], ...]
    #: How many units the charts count: unfinished (provisional) plans have no verdict yet.
    counted: int = 0


def unit_result(content: Content, path: Path, lang: Lang) -> UnitResult:
    """One file's result; raises ``somplan.content.problems.ProblemError`` when unusable."""
    return unit_result_of(content, path, answers.load(path, content.flow), lang)


def unit_result_of(content: Content, path: Path, record: AnswersFile, lang: Lang) -> UnitResult:
    """The result of a plan already read (see ``somplan.assessment.plan_files``)."""
    a = assess(content, record, what_if=False)  # the search is for one report
    open_questions = unanswered(content.flow, relevant_answers(content.flow, record.answers))
    return UnitResult(
        file=str(path),
        unit=record.unit or "",
        level=a.verdict.level,
        top_channels=tuple(resolve(c.channel.name, lang) for c in a.channels[:TOP]),
        blockers=tuple(chart_label(b, a, lang) for b in a.verdict.blockers),
        conditions=tuple(chart_label(c, a, lang) for c in a.verdict.conditions),
        dimensions=tuple((resolve(d.name, lang), d.score, d.max) for d in a.dimensions),
        complete=record.complete,
        provisional=not record.complete or bool(open_questions),
        updated=local_time(record.updated or record.created),
        decision=decision_status(record) if has_account_record(record) else None,
    )


def chart_label(finding: Finding, a: Assessment, lang: Lang) -> str:
    """A finding as the charts count it: a readiness score under its threshold by the dimension
    alone (not its score), so one problem adds up across units whatever each scored."""
    for suffix, key in (("_below_minimum", "minimum"), ("_below_ready", "ready")):
        if finding.id.endswith(suffix):
            d = a.dimension(finding.id.removesuffix(suffix))
            if d is not None:
                return message(f"overview.dimension-below-{key}", lang, name=resolve(d.name, lang))
    return resolve(finding.text, lang)


def _counts(counter: Counter[str]) -> tuple[Count, ...]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(Count(label, value) for label, value in ranked[:CHART_ROWS])


def overview(units: list[UnitResult], failed: list[tuple[str, str]]) -> Overview:
    """The units and the charts' counts; only finished plans are counted (an unfinished one's
    verdict is provisional and would add "not ready" and placeholder channels)."""
    finished = [u for u in units if not u.provisional]
    levels = Counter(u.level for u in finished)
    channels: Counter[str] = Counter(name for u in finished for name in u.top_channels)
    blockers: Counter[str] = Counter(text for u in finished for text in u.blockers)
    conditions: Counter[str] = Counter(text for u in finished for text in u.conditions)
    sums: dict[str, list[float]] = {}
    maxima: dict[str, int] = {}
    for u in finished:
        for name, score, maximum in u.dimensions:
            sums.setdefault(name, []).append(score)
            maxima[name] = maximum
    averages = tuple(
        Average(name, round(sum(scores) / len(scores), 1), maxima[name])
        for name, scores in sums.items()
    )
    return Overview(
        units=tuple(units),
        levels=tuple(Count(level, levels.get(level, 0)) for level in LEVELS),
        channels=_counts(channels),
        blockers=_counts(blockers),
        conditions=_counts(conditions),
        dimensions=averages,
        failed=tuple(failed),
        counted=len(finished),
    )
