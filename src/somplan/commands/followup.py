"""`somplan followup PLANFILE`: follow up a running account against its plan, then show the verdict
(continue, adjust, close). With ``--report`` a saved follow-up is shown again, in any format."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.followup_verdict import items_of
from somplan.content import answers
from somplan.content.followup import load_followup
from somplan.content.followup_files import (
    NoFollowupFileError,
    NotAPlanError,
    default_path,
    fill_flow,
    new_followup,
    plan_changed,
    plan_ref,
    saved_beside,
    unfinished_beside,
)
from somplan.content.yamlsource import read_file
from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.interview.engine import Engine
from somplan.interview.lifecycle_entry import ask_address, ask_items, needs_address
from somplan.interview.wizard import Saver, WizardPrompter, _stamp
from somplan.render import FILE_WIDTH
from somplan.render import followup as out
from somplan.render.followup.html import render_html
from somplan.render.followup.parts import followup_shown
from somplan.text.i18n import Lang, Msg, message
from somplan.text.layout import fill
from somplan.text.safetext import inert, shell_quoted
from somplan.writing import WriteError, emit, notify

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.followup import FollowupContent
    from somplan.content.model import Flow


def _out(text: str) -> None:
    print(fill(text), flush=True)


def run_followup(
    plan_path: Path,
    answers_path: Path | None,
    content_folder: Path | None,
    lang: Lang,
    *,
    report: bool = False,
    fmt: str = "rich",
    output: Path | None = None,
    today: date | None = None,
    make_prompter: Callable[[Lang], WizardPrompter] | None = None,
    is_terminal: Callable[[], bool] | None = None,
    lang_given: bool = True,
) -> int:
    """The whole `somplan followup` command; returns the exit code. Without ``lang_given`` the
    questions are asked in the plan file's language, and a saved follow-up (``--report``) is shown
    in its own language (the one it was made in)."""
    if report and fmt == "pdf" and output is None:
        raise UsageError("pdf.needs-output")
    if not report and (fmt != "rich" or output is not None):
        # The interview itself is only in the terminal: --format/-o are for the saved report.
        raise UsageError("followup.format-needs-report")
    if not report:
        terminal = is_terminal or (lambda: sys.stdin.isatty() and sys.stdout.isatty())
        if not terminal():
            raise UsageError("followup.no-terminal")

    content = load_followup(content_folder)
    plan, lang = _load_plan(plan_path, content.plan.flow, lang, lang_given)
    if report:
        if answers_path is None:  # the latest finished follow-up beside the plan, if any
            latest = saved_beside(plan_path, content.flow.id)
            if latest:
                answers_path = latest[0]
                notify(message("followup.showing-latest", lang, path=shell_quoted(answers_path)))
        if answers_path is None or not answers_path.is_file():
            raise NoFollowupFileError(answers_path)
        record = answers.load(answers_path, content.flow)
        if not lang_given:
            lang = record.language
        return _show(content, plan_path, plan, record, lang, fmt, output, today)

    flow = fill_flow(content.flow, content.plan.flow, plan.answers)
    prompter: WizardPrompter
    if make_prompter is None:
        from somplan.interview.prompts import QuestionaryPrompter  # lazy: questionary

        prompter = QuestionaryPrompter(lang)
    else:
        prompter = make_prompter(lang)

    saver: Saver | None = None
    day = (today or date.today()).isoformat()
    try:
        if needs_address(plan):  # before the follow-up takes the plan's checksum
            _ask_address(plan_path, plan, prompter, lang, day)
        saver, record = _choose(content.flow, plan_path, plan, answers_path, lang, prompter)
        record.language = lang
        _out(message("followup.welcome", lang, plan=str(plan_path), path=str(saver.path)))
        _name_accounts(plan, content, lang)
        saver(record)
        ask_items(items_of(content.plan, plan), record, prompter, lang, saver)
        Engine(flow, record, prompter, saver).run()
    except KeyboardInterrupt:
        where = shell_quoted(saver.path) if saver else "-"
        notify(
            "\n" + message("followup.interrupted", lang, path=where, plan=shell_quoted(plan_path))
        )
        return ExitCode.INTERRUPTED
    _out("")
    _show(content, plan_path, plan, record, lang, "rich", None, today)
    if saver.failure is None:
        _out(
            message(
                "followup.done", lang, path=shell_quoted(saver.path), plan=shell_quoted(plan_path)
            )
        )
        return ExitCode.OK
    _out(message("wizard.done-elsewhere", lang, path=str(saver.path), chosen=str(saver.chosen)))
    return ExitCode.WRITE_FAILED


def _name_accounts(plan: AnswersFile, content: FollowupContent, lang: Lang) -> None:
    """The interview's intro names the account(s) it follows."""
    shown = out.accounts_shown(plan, content.plan.catalogue, lang)
    for account in shown:
        _out(message("followup.following", lang, account=account.text(lang)))
    if not shown:
        _out(message("followup.following-none", lang))


def _ask_address(
    plan_path: Path, plan: AnswersFile, prompter: WizardPrompter, lang: Lang, day: str
) -> None:
    """The plan's account was approved and no address is recorded: ask for it once, and write
    it into the plan file (atomically, as `somplan decide --opened` does)."""
    quoted = shell_quoted(plan_path)
    _out(message("followup-opened.intro", lang))
    if not ask_address(plan, prompter, day):
        _out(message("followup-opened.later", lang, path=quoted))
        return
    assert plan.opened is not None
    try:
        answers.save(plan_path, plan)
    except WriteError as exc:
        notify(exc.render(lang))
        notify(message("followup-opened.later", lang, path=quoted))
        plan.opened = None
        return
    _out(inert(message("decide.opened-saved", lang, path=quoted, url=plan.opened.url, date=day)))


def _load_plan(
    plan_path: Path, flow: Flow, lang: Lang, lang_given: bool
) -> tuple[AnswersFile, Lang]:
    """The plan's answers and the language to speak (the plan's own unless ``lang_given``); a
    follow-up file given as the plan is refused with a sentence."""
    doc = read_file(plan_path)
    if isinstance(doc.data.get("follows"), dict):
        raise NotAPlanError(plan_path)
    notes: list[Msg] = []
    plan = answers.load(plan_path, flow, notes)
    if not lang_given:
        lang = plan.language
    for note in notes:
        notify(note.text(lang))
    if not plan.complete:
        notify(message("followup.plan-incomplete", lang, path=str(plan_path)))
    return plan, lang


def _choose(
    flow: Flow,
    plan_path: Path,
    plan: AnswersFile,
    answers_path: Path | None,
    lang: Lang,
    prompter: WizardPrompter,
) -> tuple[Saver, AnswersFile]:
    """The follow-up to continue (or a new one) and the saver for its file. A follow-up resumed
    against a plan that has changed since is noted, and then follows the plan as it is now."""
    path = answers_path
    if path is None:
        for candidate in unfinished_beside(plan_path, flow.id)[:1]:
            if prompter.confirm("followup.resume-offer", path=str(candidate)):
                path = candidate
    if path is None:
        path = default_path(plan_path)
        return Saver(path, lang), new_followup(flow, plan_path, plan, lang, path)
    if not path.exists():
        return Saver(path, lang), new_followup(flow, plan_path, plan, lang, path)
    seen = _stamp(path)
    record = answers.load(path, flow)
    if record.follows is not None and plan_changed(record, plan_path):
        notify(message("followup.plan-changed-resume", lang, plan=str(plan_path)))
    record.follows = plan_ref(plan_path, plan, path)
    record.unit = record.unit or plan.unit
    return Saver(path, lang, seen), record


def _show(
    content: FollowupContent,
    plan_path: Path,
    plan: AnswersFile,
    record: AnswersFile,
    lang: Lang,
    fmt: str,
    output: Path | None,
    today: date | None,
) -> int:
    """The verdict of ``record``, on the terminal or written to ``output``."""
    if not record.complete:
        notify(message("followup.incomplete", lang))
    # Steps that say "somplan start --answers PLANFIL" name the plan (without its folder in a
    # document for others).
    named = plan_path.name if fmt in ("html", "pdf") else shell_quoted(plan_path)
    shown = followup_shown(content, plan_path, plan, record, lang, named, today or date.today())
    verdict, header, due = shown.verdict, shown.header, shown.due
    if output is None and fmt == "rich":
        from rich.console import Console  # lazy: rich

        from somplan.render.followup.rich import render_rich  # lazy: rich

        render_rich(verdict, header, lang, Console(), due)
        return ExitCode.OK
    if fmt == "pdf":
        from somplan.render.pdf import html_to_pdf  # lazy: weasyprint

        emit(html_to_pdf(render_html(verdict, header, lang, due)), output, lang, "report.written")
        return ExitCode.OK
    emit(out.render(verdict, header, fmt, lang, FILE_WIDTH, due), output, lang, "report.written")
    return ExitCode.OK
