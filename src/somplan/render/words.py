"""Words every renderer shares: sources and facts as text, signed points, percentages, the
verdict's title and "what would change it", and Markdown escaping. The assessment is data
(``assessment/result.py``); how it reads is decided here, once for every format."""

from __future__ import annotations

import re
from collections.abc import Mapping

from somplan.assessment.result import (
    Change,
    ChannelScore,
    Finding,
    Reason,
    Verdict,
    WhatIf,
    resolve,
)
from somplan.content.display import answer_text, format_number
from somplan.content.model import AgeLimit, Channel, Fact, NamedSource, Source
from somplan.text.i18n import Lang, message
from somplan.text.safetext import plain


def source_label(source: Source | NamedSource, lang: Lang) -> str:
    """A source as "title, year, checked YYYY-MM-DD" (the parts it has), on one line."""
    label = plain(source.title) + (f", {source.year}" if source.year else "")
    if source.checked:
        label += ", " + message("report.checked", lang, day=source.checked)
    return label


def cited(sources: Mapping[str, NamedSource], ids: list[str], lang: Lang) -> str:
    """The sources ``ids`` as "title, year; title, year" (unknown ids are left out)."""
    return "; ".join(source_label(s, lang) for i in ids if (s := sources.get(i)) is not None)


def fact_text(fact: Fact, lang: Lang, sources: Mapping[str, NamedSource]) -> str:
    """A channel fact, followed by its own sources in brackets when it names any."""
    text = resolve(fact, lang)
    named = cited(sources, fact.sources, lang)
    if not named:
        return text
    stop = "." if text.endswith(".") else ""
    return f"{text.removesuffix('.')} ({named}){stop}"


def age_limit_text(limit: AgeLimit, lang: Lang, sources: Mapping[str, NamedSource]) -> str:
    """An age limit as "13 år (source, year)", the note where there is no single limit, and "not
    confirmed" for a limit that is somplan's judgement."""
    parts = []
    if limit.years is not None:
        parts.append(message("report.age-years", lang, years=limit.years))
    if limit.note is not None:
        parts.append(resolve(limit.note, lang))
    text = ". ".join(parts)
    named = cited(sources, limit.sources, lang)
    if limit.basis == "judgement":
        named = "; ".join(x for x in (named, message("report.unconfirmed", lang)) if x)
    return f"{text} ({named})" if named else text


def basis_text(channel: Channel, lang: Lang, sources: Mapping[str, NamedSource]) -> str:
    """What the channel's general description rests on: somplan's judgement or its sources."""
    if channel.basis == "judgement":
        return message("report.basis-judgement", lang)
    return message("report.basis-sourced", lang, sources=cited(sources, channel.sources, lang))


def signed(points: int) -> str:
    return f"+{points}" if points > 0 else f"−{-points}"


def percent(value: float, lang: Lang) -> str:
    number = format_number(value, lang)
    return f"{number} %" if lang == "sv" else f"{number}%"


def by_weight(reasons: tuple[Reason, ...]) -> list[Reason]:
    """The reasons with the largest effect first (rule order among equals)."""
    return sorted(reasons, key=lambda r: -abs(r.points))


def weak_text(c: ChannelScore, lang: Lang, minimum: int) -> str:
    """Why a card is marked weak: no channel of its kind reaches the fit threshold."""
    return message(
        f"report.card-weak.{c.kind}",
        lang,
        minimum=minimum,
        name=resolve(c.channel.name, lang),
        score=c.score,
    )


def verdict_title(verdict: Verdict, lang: Lang) -> str:
    """The verdict's name, marked provisional where questions are unanswered."""
    name = message(f"level.{verdict.level}", lang)
    if verdict.provisional:
        return f"{name} ({message('report.provisional', lang)})"
    return name


def also_findings(verdict: Verdict) -> list[tuple[str, tuple[Finding, ...]]]:
    """What else stands between the unit and an account, beyond the verdict's own reasons, as
    (heading message key, findings): a "not ready" verdict's conditions (the to-do list after the
    blockers, so that solving a blocker reveals no new homework), and for "not social media" the
    blockers and conditions that would apply to an account anyway. The condition "questions are
    unanswered" is left out: the verdict lists those questions itself."""
    conditions = tuple(f for f in verdict.conditions if f.id != "unanswered")
    if verdict.level == "not_ready" and conditions:
        return [("report.conditions-also", conditions)]
    if verdict.level == "not_social_media" and (verdict.blockers or conditions):
        return [("report.blockers-also", verdict.blockers + conditions)]
    return []


def unanswered_texts(verdict: Verdict, lang: Lang) -> list[str]:
    """The unanswered questions, each on one line."""
    return [plain(q.text.get(lang)) for q in verdict.unanswered]


def change_text(change: Change, lang: Lang) -> str:
    question = plain(change.question.text.get(lang)).rstrip("?.").rstrip()
    if change.question.kind == "text":
        return message("report.what-if-write", lang, question=question)
    answer = plain(answer_text(change.question, change.value, lang))
    return message("report.what-if-change", lang, question=question, answer=answer)


def what_if_lines(what_if: WhatIf | None, lang: Lang) -> tuple[str, list[str]]:
    """The introduction of "what would change the verdict" and one line per set of changes."""
    if what_if is None or what_if.target is None:
        return message("report.what-if-ready", lang), []
    target = message(f"level.{what_if.target}", lang)
    if what_if.only_unanswered:
        return message("report.what-if-unanswered", lang), []
    if not what_if.options:
        key = "report.what-if-none"
        if what_if.start == "not_social_media":  # whom the unit wants to reach decides
            key = "report.what-if-not-social"
        return message(key, lang, target=target), []
    joiner = message("report.what-if-and", lang)
    lines = [
        message(
            "report.what-if-result",
            lang,
            changes=joiner.join(change_text(c, lang) for c in option),
            target=target,
        )
        for option in what_if.options
    ]
    return message("report.what-if-intro", lang, target=target), lines


_SPECIAL = re.compile(r"([\\`*_\[\]<>|~]|&(?=#?\w+;))")


_LINE_START = re.compile(r"^([#+=>-])")


_NUMBERED = re.compile(r"^(\d+)([.)])")


def md(text: str) -> str:
    """Plain text made literal in Markdown, on one line: the characters that are markup
    anywhere are escaped, and so is a start that would make a heading or a list."""
    escaped = _SPECIAL.sub(r"\\\1", plain(text))
    return _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\\\1", escaped))
