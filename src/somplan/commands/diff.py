"""`somplan diff OLD NEW`: what changed between two answers files of one unit, and what it did."""

from __future__ import annotations

import sys
from pathlib import Path

from somplan.assessment.compare import compare
from somplan.assessment.scoring import assess
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.exitcodes import ExitCode
from somplan.interview import answers
from somplan.render import diff as render_diff
from somplan.text.i18n import Lang, message

FORMATS = ("rich", "markdown", "json")


def run_diff(
    old_path: Path,
    new_path: Path,
    fmt: str,
    lang: Lang,
    questions: Path | None,
    *,
    lang_given: bool = True,
) -> int:
    """The whole `somplan diff` command; returns the exit code. Without ``lang_given`` the diff
    is in the newer answers file's language."""
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
        sys.stdout.write(render_diff.as_json(diff))
    elif fmt == "markdown":
        sys.stdout.write(render_diff.as_markdown(diff, content, lang, title, provisional, notes))
    else:
        render_diff.print_rich(diff, content, lang, title, provisional, notes)
    return ExitCode.OK


def _same(unit: str) -> str:
    return " ".join(unit.casefold().split())
