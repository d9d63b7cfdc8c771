"""`somplan report FILE`: score a saved answers file and show or write the assessment.

Only what the chosen format needs is imported: JSON and Markdown never load rich.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from somplan import exitcodes
from somplan.i18n import Lang, Msg, message

if TYPE_CHECKING:
    from somplan.answers import AnswersFile
    from somplan.assessment import Assessment
    from somplan.loader import Content

FORMATS = ("rich", "markdown", "json")
#: Width of the rich report when it is written to a file.
FILE_WIDTH = 100


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def assess(content: Content, record: AnswersFile) -> Assessment:
    """Score ``record`` with the content's catalogue and rules (both must be loaded)."""
    from somplan.scoring import score

    assert content.catalogue is not None and content.rules is not None
    return score(
        content.flow, content.catalogue, content.rules, content.organisation, record.answers
    )


def render(assessment: Assessment, fmt: str, lang: Lang, unit: str | None, width: int) -> str:
    """The assessment as text in ``fmt``; rich is rendered without colours (for a file)."""
    if fmt == "json":
        from somplan import render_json

        return render_json.render(assessment, lang, unit)
    if fmt == "markdown":
        from somplan import render_markdown

        return render_markdown.render(assessment, lang, unit)
    import io

    from rich.console import Console

    from somplan import render_rich

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    render_rich.render(assessment, lang, console, unit)
    return buffer.getvalue()


def run_report(
    path: Path, fmt: str, lang: Lang, output: Path | None, questions: Path | None
) -> int:
    """The whole `somplan report` command; returns the exit code."""
    from somplan import answers
    from somplan.loader import REPORT_KINDS, load_content
    from somplan.problems import ProblemError
    from somplan.safetext import inert

    if fmt not in FORMATS:
        _err(message("report.unknown-format", lang, format=fmt, formats=", ".join(FORMATS)))
        return exitcodes.USAGE
    try:
        content = load_content(questions, required=REPORT_KINDS)
        notes: list[Msg] = []
        record = answers.load(path, content.flow, notes)
    except ProblemError as exc:
        for problem in exc.problems:
            _err(inert(problem.render(lang)))
        return exitcodes.INPUT_INVALID
    for note in notes:
        _err(note.text(lang))
    if not record.complete:
        _err(message("report.incomplete", lang, path=str(path)))
    else:
        from somplan.conditions import relevant_answers
        from somplan.engine import unanswered

        missing = unanswered(content.flow, relevant_answers(content.flow, record.answers))
        if missing:
            names = "; ".join(inert(q.text.get(lang)).rstrip(".") for q in missing)
            _err(
                message(
                    "migration.provisional",
                    lang,
                    count=len(missing),
                    questions=names,
                    path=str(path),
                )
            )
    assessment = assess(content, record)
    if output is None and fmt == "rich":
        from rich.console import Console

        from somplan import render_rich

        render_rich.render(assessment, lang, Console(), record.unit)
        return exitcodes.OK
    text = render(assessment, fmt, lang, record.unit, FILE_WIDTH)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return exitcodes.OK
    from somplan.writing import WriteError, write_text_atomic

    try:
        write_text_atomic(output, text)
    except WriteError as exc:
        _err(exc.render(lang))
        return exitcodes.WRITE_FAILED
    _err(message("report.written", lang, path=str(output)))
    return exitcodes.OK


def print_assessment(content: Content, record: AnswersFile, lang: Lang) -> None:
    """The rich report on the terminal, as at the end of `somplan start`. Prints nothing when the
    content folder has no catalogue or rules (a folder made only for trying out questions)."""
    if content.catalogue is None or content.rules is None:
        return
    from rich.console import Console

    from somplan import render_rich

    render_rich.render(assess(content, record), lang, Console(), record.unit)
