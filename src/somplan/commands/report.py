"""`somplan report FILE`: score a saved answers file and show or write the assessment."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from somplan.assessment.plan import build_plan
from somplan.assessment.result import with_file
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.render import FILE_WIDTH
from somplan.render.report import render
from somplan.text.i18n import Lang, Msg, message
from somplan.text.layout import terminal_width
from somplan.text.safetext import inert, shell_quoted
from somplan.writing import emit, notify


def run_report(
    path: Path,
    fmt: str,
    lang: Lang,
    output: Path | None,
    questions: Path | None,
    *,
    lang_given: bool = True,
) -> int:
    """The whole `somplan report` command; returns the exit code. Without ``lang_given`` the
    report is in the answers file's own language."""
    if fmt == "pdf" and output is None:
        raise UsageError("pdf.needs-output")
    content = load_content(questions, required=REPORT_KINDS)
    notes: list[Msg] = []
    record = answers.load(path, content.flow, notes, content.catalogue)
    if not lang_given:
        lang = record.language
    for note in notes:
        notify(note.text(lang))
    assessment = assess(content, record)
    if not record.complete:
        notify(message("report.incomplete", lang, path=shell_quoted(path)))
    else:
        # The verdict's own list: the note, the header and the verdict name the same questions.
        missing = assessment.verdict.unanswered
        if missing:
            names = "; ".join(inert(q.text.get(lang)).rstrip(".?") for q in missing)
            notify(
                message(
                    "migration.provisional",
                    lang,
                    count=len(missing),
                    questions=names,
                    path=shell_quoted(path),
                )
            )
    plan = build_plan(content, record, lang, assessment)
    # Next steps name the file to revise; a document for others names it without the folder.
    named = path.name if fmt in ("html", "pdf") else shell_quoted(path)
    assessment = with_file(assessment, named)
    # The paper's commands (somplan decide FILE) name the file as the user typed it in the
    # terminal, and without its folder in a document (Markdown, JSON, HTML, PDF).
    plan = replace(plan, file=shell_quoted(path) if fmt == "rich" else path.name)
    if output is None and fmt == "rich" and sys.stdout.isatty():
        from rich.console import Console  # lazy: rich

        from somplan.render.report import rich

        rich.render(assessment, lang, Console(), record.unit, plan)
        return ExitCode.OK
    # To a pipe: the width rich would use there ($COLUMNS or 80), without padding spaces.
    width = FILE_WIDTH if output is not None else terminal_width()
    document = "html" if fmt == "pdf" else fmt
    text = render(assessment, document, lang, record.unit, width, plan, content.catalogue)
    if fmt == "pdf":
        from somplan.render.pdf import html_to_pdf  # lazy: weasyprint

        emit(html_to_pdf(text), output, lang, "report.written")
        return ExitCode.OK
    emit(text, output, lang, "report.written")
    return ExitCode.OK
