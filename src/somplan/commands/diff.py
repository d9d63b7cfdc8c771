"""`somplan diff OLD NEW`: what changed between two answers files of one unit, and what it did."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.compare import compare
from somplan.assessment.decision import decided_basis, digest_of
from somplan.assessment.followup_summary import followups_of, is_followup_file
from somplan.assessment.followup_verdict import followup_verdict
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.followup import load_followup
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.render import diff as render_diff
from somplan.render import drawn
from somplan.render.followup import plan_diff as out
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, shell_quoted
from somplan.writing import emit

if TYPE_CHECKING:
    from somplan.content.account import Decision


def run_diff(
    old_path: Path,
    new_path: Path | None,
    fmt: str,
    lang: Lang,
    questions: Path | None,
    output: Path | None = None,
    *,
    lang_given: bool = True,
    since_decision: bool = False,
) -> int:
    """The whole `somplan diff` command; returns the exit code. Without ``lang_given`` the diff
    is in the newer answers file's language. A plan and its follow-up (in either order) are
    compared as the follow-up report's "plan and today" table. With ``since_decision`` one plan
    is compared with the answers its decision was taken on."""
    if since_decision:
        if new_path is not None:
            raise UsageError("since-decision.one-file")
        return _since_decision(old_path, fmt, lang, questions, output, lang_given)
    if new_path is None:
        raise UsageError("diff.needs-two")
    if is_followup_file(old_path) and not is_followup_file(new_path):
        old_path, new_path = new_path, old_path
    if is_followup_file(new_path) and not is_followup_file(old_path):
        return _plan_and_followup(old_path, new_path, fmt, lang, questions, output, lang_given)
    content = load_content(questions, required=REPORT_KINDS)
    old = answers.load(old_path, content.flow)
    new = answers.load(new_path, content.flow)
    if not lang_given:
        lang = new.language
    diff = compare(
        content.flow, old.answers, new.answers, assess(content, old), assess(content, new)
    )
    title = message("diff.title", lang, old=old_path.name, new=new_path.name)
    # The verdicts' own word (as in the report and in JSON): a side is provisional when questions
    # that apply are unanswered.
    provisional = (diff.old_provisional, diff.new_provisional)
    notes: tuple[str, ...] = ()
    if old.unit and new.unit and _same(old.unit) != _same(new.unit):
        notes = (message("diff.other-unit", lang, old=old.unit, new=new.unit),)
    if fmt == "json":
        text: str | None = render_diff.as_json(diff)
    elif fmt == "markdown":
        text = render_diff.as_markdown(diff, content, lang, title, provisional, notes)
    else:
        text = drawn(
            lambda console: render_diff.print_rich(
                diff, content, lang, title, provisional, notes, console=console
            ),
            output,
        )
    if text is not None:
        emit(text, output, lang)
    return ExitCode.OK


def _since_decision(
    path: Path,
    fmt: str,
    lang: Lang,
    questions: Path | None,
    output: Path | None,
    lang_given: bool,
) -> int:
    """`somplan diff PLANFILE --since-decision`: the answers (and what they did) changed since the
    plan's decision, compared with the copy the decision keeps of what it was taken on."""
    content = load_content(questions, required=REPORT_KINDS)
    now = answers.load(path, content.flow)
    if not lang_given:
        lang = now.language
    basis = decided_basis(now, shell_quoted(path))
    assert now.decision is not None
    then = now.model_copy(update={"answers": dict(basis.answers), "proposal": basis.proposal})
    diff = compare(
        content.flow, then.answers, now.answers, assess(content, then), assess(content, now)
    )
    decision = now.decision
    title = message(
        "since-decision.title",
        lang,
        path=path.name,
        date=decision.date,
        reference=inert(_ref(decision)),
    )
    notes: tuple[str, ...] = ()
    if digest_of(now.answers, now.proposal) != digest_of(now.answers, basis.proposal):
        notes = (message("since-decision.proposal-changed", lang),)
    if fmt == "json":
        text: str | None = render_diff.as_json(
            diff,
            since_decision={
                "date": decision.date,
                "reference": decision.reference,
                "outcome": decision.outcome,
                "answers_changed": bool(diff.answers),
                "proposal_changed": bool(notes),
            },
        )
    elif fmt == "markdown":
        text = render_diff.as_markdown(diff, content, lang, title, notes=notes)
    else:
        text = drawn(
            lambda console: render_diff.print_rich(
                diff, content, lang, title, notes=notes, console=console
            ),
            output,
        )
    if text is not None:
        emit(text, output, lang)
    return ExitCode.OK


def _ref(decision: Decision) -> str:
    return f" ({decision.reference})" if decision.reference else ""


def _plan_and_followup(
    plan_path: Path,
    followup_path: Path,
    fmt: str,
    lang: Lang,
    questions: Path | None,
    output: Path | None,
    lang_given: bool,
) -> int:
    """`somplan diff PLAN FOLLOWUP`: what the plan promised and what the follow-up found."""
    content = load_followup(questions)
    plan = answers.load(plan_path, content.plan.flow)
    record = answers.load(followup_path, content.flow)
    if not lang_given:
        lang = record.language
    verdict = followup_verdict(content, plan, record)
    notes = []
    if not followups_of(plan_path, [(followup_path, record)]):
        named = record.follows.path if record.follows else "-"
        notes.append(message("diff.followup-other-plan", lang, named=inert(named)))
    if not record.complete:
        notes.append(message("followup.incomplete", lang))
    command = (
        f"somplan followup {shell_quoted(plan_path)} --answers {shell_quoted(followup_path)}"
        " --report"
    )
    title = message("diff.followup-title", lang, plan=plan_path.name, followup=followup_path.name)
    if fmt == "json":
        text: str | None = out.plan_diff_json(verdict, str(plan_path), str(followup_path), lang)
    elif fmt == "markdown":
        text = out.plan_diff_markdown(verdict, title, notes, lang, command)
    else:
        text = drawn(
            lambda console: out.print_plan_diff(verdict, title, notes, lang, command, console),
            output,
        )
    if text is not None:
        emit(text, output, lang)
    return ExitCode.OK


def _same(unit: str) -> str:
    return " ".join(unit.casefold().split())
