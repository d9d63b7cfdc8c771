"""The report of one plan in every format: rich (terminal), Markdown, JSON, HTML (and PDF made
from the HTML). ``render`` is the one place that picks a format, and imports only what that
format needs: JSON and Markdown never load rich."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan import formats
from somplan.render import without_trailing_spaces

if TYPE_CHECKING:
    from somplan.assessment.plan import UnitPlan
    from somplan.assessment.result import Assessment
    from somplan.content.answers import AnswersFile
    from somplan.content.loader import Content
    from somplan.content.model import Catalogue
    from somplan.text.i18n import Lang


FORMATS = formats.REPORT


def render(
    assessment: Assessment,
    fmt: str,
    lang: Lang,
    unit: str | None,
    width: int,
    plan: UnitPlan | None = None,
    catalogue: Catalogue | None = None,
) -> str:
    """The assessment as text in ``fmt``; rich is rendered without colours (for a file). With
    ``plan``, the header and the unit's own plan come before the verdict's details; the HTML
    document takes the ``catalogue`` for the sources of its channel cards."""
    if fmt == "json":
        from somplan.render.report import json

        return json.render(assessment, lang, unit, plan)
    if fmt == "markdown":
        from somplan.render.report import markdown

        return markdown.render(assessment, lang, unit, plan)
    if fmt == "html":
        from somplan.render.report import html

        return html.render(assessment, lang, plan, catalogue)
    import io

    from rich.console import Console

    from somplan.render.report import rich

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    rich.render(assessment, lang, console, unit, plan)
    return without_trailing_spaces(buffer.getvalue())


def print_assessment(
    content: Content, record: AnswersFile, lang: Lang, file: str | None = None
) -> None:
    """The rich report on the terminal, as at the end of `somplan start` (``file``: the answers
    file as the next steps name it). Prints nothing when the content folder has no catalogue or
    rules (a folder made only for trying out questions)."""
    if content.catalogue is None or content.rules is None:
        return
    from rich.console import Console

    from somplan.assessment.plan import build_plan
    from somplan.assessment.result import with_file
    from somplan.assessment.scoring import assess
    from somplan.render.report import rich

    assessment = assess(content, record)
    plan = build_plan(content, record, lang, assessment)
    if file is not None:
        assessment = with_file(assessment, file)
    rich.render(assessment, lang, Console(), record.unit, plan)
