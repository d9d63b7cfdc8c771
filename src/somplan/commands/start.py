"""`somplan start`: find or create the answers file, run the interview, show the verdict."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.content.answers import UNIT_NAME_MAX
from somplan.content.loader import load_content
from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.interview.engine import Engine
from somplan.interview.wizard import Saver, WizardPrompter, choose_record, plan_path
from somplan.render.report import print_assessment
from somplan.text.i18n import Lang, message
from somplan.text.layout import fill
from somplan.text.safetext import one_line, shell_quoted
from somplan.writing import ensure_folder, notify

if TYPE_CHECKING:
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content
    from somplan.interview.engine import Engine


def _out(text: str) -> None:
    print(fill(text), flush=True)


def run_start(
    content_folder: Path | None,
    answers_path: Path | None,
    lang: Lang,
    make_prompter: Callable[[Lang], WizardPrompter] | None = None,
    is_terminal: Callable[[], bool] | None = None,
    *,
    lang_given: bool = True,
) -> int:
    """The whole `somplan start` command; returns the exit code. Without ``lang_given`` a plan
    that is continued is asked in the language it was started in."""
    terminal = is_terminal or (lambda: sys.stdin.isatty() and sys.stdout.isatty())
    if not terminal():
        raise UsageError("wizard.no-terminal")

    content = load_content(content_folder)

    def make(language: Lang) -> WizardPrompter:
        if make_prompter is None:
            from somplan.interview.prompts import QuestionaryPrompter  # lazy: questionary

            return QuestionaryPrompter(language)
        return make_prompter(language)

    prompter = make(lang)
    saver: Saver | None = None
    try:
        chosen = choose_record(content, answers_path, lang, prompter)
    except KeyboardInterrupt:
        notify("\n" + message("wizard.nothing-changed", lang))
        return ExitCode.INTERRUPTED
    record = chosen.record
    if not lang_given and chosen.state != "new" and record.language != lang:
        lang = record.language
        prompter = make(lang)
    record.language = lang
    engine_ready = False
    try:
        if chosen.state == "new":
            _out(message("wizard.welcome-new", lang))
        if not record.unit:  # the name the report and the communicators' summary show
            name = prompter.text("wizard.unit-question", UNIT_NAME_MAX)
            record.unit = one_line(name or "") or None
        saver = chosen.saver or Saver(plan_path(record.unit), lang)
        if chosen.saver is None:
            ensure_folder(saver.path.parent)
        saver(record)  # the file exists from here on, so the path printed is real
        engine_ready = True

        def rename(current: str | None) -> str | None:
            name = prompter.text(
                "wizard.unit-rename", UNIT_NAME_MAX, default=current or "", allow_back=True
            )
            if name is None:
                return None
            name = one_line(name)
            assert saver is not None
            # The file follows the name when somplan named it after the unit, and says so.
            moved = saver.follow_unit(current, name) if name != (current or "") else None
            if moved is not None:
                prompter.notice("wizard.file-renamed", path=str(moved))
            return name

        from somplan.interview.proposal import stopped_in_proposal

        engine = Engine(content.flow, record, prompter, saver, rename)
        proposing = _can_propose(content)
        at_proposal = proposing and stopped_in_proposal(content.flow, record)
        if at_proposal:
            _out(message("proposal.resumed", lang, path=str(saver.path)))
        else:
            _out(_where(engine, chosen.state, saver.path, lang))
    except KeyboardInterrupt:
        if not engine_ready or saver is None:
            notify("\n" + message("wizard.nothing-changed", lang))
        else:
            notify("\n" + message("wizard.interrupted", lang, path=shell_quoted(saver.path)))
        return ExitCode.INTERRUPTED
    while True:  # the review and the verdict, again when the user goes back from the offer
        try:
            if not at_proposal:
                # With a proposal to ask, the plan is complete only once it is asked or skipped.
                engine.run(finish=not proposing)
        except KeyboardInterrupt:
            notify("\n" + message("wizard.interrupted", lang, path=shell_quoted(saver.path)))
            return ExitCode.INTERRUPTED
        _out("")
        # Every answer is confirmed: the report shows the plan as it is saved once the proposal
        # is asked or skipped, not as "interview not finished".
        confirmed = record.model_copy(update={"complete": True})
        print_assessment(content, confirmed, lang, shell_quoted(saver.path))
        _out("")  # the closing note and its command apart from the long report above
        if not proposing:
            break
        try:
            went_on = _propose(content, record, prompter, saver, lang, resumed=at_proposal)
        except KeyboardInterrupt:
            # What was typed of the proposal is saved already; the plan stays unfinished, so
            # that `somplan start` offers it again and goes on at the proposal.
            notify("\n" + message("wizard.interrupted", lang, path=shell_quoted(saver.path)))
            return ExitCode.INTERRUPTED
        if went_on:
            record.complete = True
            saver(record)
            break
        at_proposal = False  # back from the offer: to the review of the answers
    if saver.failure is None:
        _out(message("wizard.done", lang, path=shell_quoted(saver.path)))
        return ExitCode.OK
    # The answers are safe, but not where the user asked: say so again, the error may have
    # scrolled away during the interview, and exit with the code for "could not write".
    _out(message("wizard.done-elsewhere", lang, path=str(saver.path), chosen=str(saver.chosen)))
    return ExitCode.WRITE_FAILED


def _can_propose(content: Content) -> bool:
    """Whether `start` asks the proposal after the verdict: the content has its questions, and
    a catalogue and rules to rank the channels it offers."""
    return (
        content.proposal is not None and content.catalogue is not None and content.rules is not None
    )


def _propose(
    content: Content,
    record: AnswersFile,
    prompter: WizardPrompter,
    saver: Saver,
    lang: Lang,
    *,
    resumed: bool = False,
) -> bool:
    """After the verdict: the unit's proposal (which account, who runs it), when it wants to
    write it now; every answer saved in the plan as it is given. A plan reopened after its
    answers changed the ranking shows what changed first. ``resumed``: the plan stopped in
    the proposal, which goes on without asking whether to write it. Back from the proposal's
    first question returns to the question whether to write it, under the verdict, and back
    from that question to the review of the answers: False then (True when the proposal was
    written, kept or left for later)."""
    from somplan.assessment.scoring import assess
    from somplan.content.account import Proposal
    from somplan.interview.engine import BACK
    from somplan.interview.proposal import (
        ask_proposal,
        change_lines,
        complete_while_proposing,
        ranking_changes,
    )

    texts = content.proposal
    assert texts is not None
    path = shell_quoted(saver.path)
    assessment = assess(content, record, what_if=False)
    earlier = record.proposal
    again = earlier is not None and not resumed  # a finished plan's proposal, to go through
    changes = ranking_changes(earlier, assessment, lang) if earlier is not None else []
    if changes:
        for line in change_lines(changes, assessment.fit_minimum, lang):
            _out(line)
        _out("")

    def keep(proposal: Proposal) -> None:
        # A first proposal stopped half-way leaves the plan unfinished, to go on there.
        record.complete = complete_while_proposing(content.flow, record, finished=False)
        record.proposal = proposal
        saver(record)

    offer = not resumed
    while True:
        if offer:
            key = "proposal.ask-again" if again else "proposal.ask-now"
            wanted = prompter.offer(key, default=not again or bool(changes))
            if wanted is None:
                return False
            if not wanted:
                _out(message("proposal.kept" if again else "proposal.later", lang, path=path))
                return True
        offer = True
        begun = record.proposal
        if resumed and begun is not None and not begun.accounts:
            begun = None  # stopped before a channel was kept (another one, not yet named)
        proposal = ask_proposal(
            texts,
            assessment,
            prompter,
            lang,
            earlier=begun,
            first_followup=_first_followup(content, record),
            keep=keep,
        )
        if proposal is not BACK:
            break
    record.proposal = proposal
    saver(record)
    _out(message("proposal.saved", lang, path=path))
    return True


def _first_followup(content: Content, record: AnswersFile) -> date | None:
    """The first follow-up's date by the follow-up rules (None when they cannot be read)."""
    from somplan.assessment.followup_due import next_followup
    from somplan.content.followup import load_followup
    from somplan.content.problems import ProblemError

    try:
        rules = load_followup(content.folder).rules
    except ProblemError:
        return None
    return next_followup(record, [], rules.settings, date.today()).due


def _where(engine: Engine, state: str, path: Path, lang: Lang) -> str:
    """Where the answers are saved, and where the interview goes on from."""
    if state == "new":
        return message("wizard.saved-every", lang, path=str(path))
    if state == "finished":
        return message("wizard.finished", lang, path=str(path))
    index = engine.first_open()
    if index >= len(engine.questions):
        return message("wizard.resumed-review", lang, path=str(path))
    progress = engine.progress_at(index)
    return message(
        "wizard.resumed",
        lang,
        path=str(path),
        number=progress.question_number,
        section=progress.section.title,
    )
