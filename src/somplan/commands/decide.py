"""`somplan decide PLANFILE`: record the manager's decision, or the account's opening or closing,
in the plan file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.decision import answers_digest, basis_of
from somplan.assessment.result import resolve
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.interview import decision_entry
from somplan.interview.decision_entry import DecisionPrompter, Given
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, shell_quoted
from somplan.writing import notify

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile


def run_decide(
    path: Path,
    given: Given,
    lang: Lang,
    questions: Path | None,
    *,
    opened: str | None = None,
    closed: str | None = None,
    lang_given: bool = True,
    make_prompter: Callable[[Lang], DecisionPrompter] | None = None,
    is_terminal: Callable[[], bool] | None = None,
    today: date | None = None,
) -> int:
    """The whole `somplan decide` command; returns the exit code."""
    today = today or date.today()
    given = decision_entry.checked(given)
    if closed is not None and not decision_entry.is_day(closed):
        raise UsageError("decide.bad-date", option="--closed", value=closed)
    content = load_content(questions, required=REPORT_KINDS)
    record = answers.load(path, content.flow, catalogue=content.catalogue)
    if not lang_given:
        lang = record.language
    quoted = shell_quoted(path)
    account_only = (opened is not None or closed is not None) and given.outcome is None
    messages: list[str] = []
    if not account_only:
        assessment = assess(content, record, what_if=False)
        complete = record.complete and not assessment.verdict.unanswered
        if not complete and not given.allow_incomplete:
            raise decision_entry.DecisionRefused(quoted)
        verdict_conditions = [resolve(c.text, lang) for c in assessment.verdict.conditions]
        if given.lacking():
            terminal = is_terminal or (lambda: sys.stdin.isatty() and sys.stdout.isatty())
            if not terminal():
                raise UsageError("decide.needs", options=", ".join(given.lacking()), path=quoted)
            prompter = _prompter(lang, make_prompter)
            given = decision_entry.checked(
                decision_entry.ask_missing(given, prompter, verdict_conditions, lang)
            )
        decision = decision_entry.decision_of(
            given, answers_digest(record), verdict_conditions, today, basis_of(record)
        )
        earlier = decision_entry.record_decision(record, decision)
        messages.append(
            message(
                "decide.saved", lang, path=quoted, decision=decision_entry.short(decision, lang)
            )
        )
        if earlier is not None:
            short = decision_entry.short(earlier, lang)
            messages.append(message("decide.replaced", lang, decision=short))
    if opened is not None:
        day = given.day or today.isoformat()
        decision_entry.record_opened(record, opened, day)
        messages.append(message("decide.opened-saved", lang, path=quoted, url=opened, date=day))
        approved = record.decision and record.decision.outcome.startswith("approved")
        if not approved:
            messages.append(message("decide.opened-undecided", lang))
    if closed is not None:
        record.closed = closed
        messages.append(message("decide.closed-saved", lang, path=quoted, date=closed))
        warning = _closing_without_close(path, record, questions, lang)
        if warning:
            messages.append(warning)
    answers.save(path, record)
    for line in messages:
        notify(inert(line))
    return ExitCode.OK


def _closing_without_close(
    path: Path, record: AnswersFile, questions: Path | None, lang: Lang
) -> str | None:
    """A warning when the account is closed although its latest follow-up (in the plan's folder)
    did not say "close": allowed — a manager may close an account for reasons no follow-up
    asked about — but said, so that a mistyped plan file is noticed."""
    from somplan.assessment.followup_summary import latest_beside
    from somplan.content.followup import load_followup

    latest = latest_beside(load_followup(questions), path, record)
    if latest is None:
        return message("decide.closed-no-followup", lang)
    followup_path, _, outcome = latest
    if outcome == "close":
        return None
    return message(
        "decide.closed-not-close",
        lang,
        path=shell_quoted(followup_path),
        outcome=message(f"followup.outcome-{outcome}", lang),
    )


def _prompter(lang: Lang, make: Callable[[Lang], DecisionPrompter] | None) -> DecisionPrompter:
    if make is not None:
        return make(lang)
    from somplan.interview.prompts import QuestionaryPrompter

    return QuestionaryPrompter(lang)
