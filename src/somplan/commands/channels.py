"""`somplan channels`: the channel overview the municipality's guidance points staff to."""

from __future__ import annotations

from pathlib import Path

from somplan.assessment.channels import overview
from somplan.content.loader import load_content
from somplan.exitcodes import ExitCode
from somplan.render import channels as render_channels
from somplan.text.i18n import Lang
from somplan.writing import emit


def run_channels(
    fmt: str, kind: str | None, lang: Lang, output: Path | None, questions: Path | None
) -> int:
    """The whole `somplan channels` command; returns the exit code."""
    content = load_content(questions, required=("flow", "organisation", "catalogue"))
    catalogue = content.catalogue
    assert catalogue is not None
    infos = overview(catalogue, kind)
    text: str | None
    if fmt == "json":
        text = render_channels.as_json(infos, lang)
    elif fmt == "markdown":
        text = render_channels.as_markdown(infos, lang)
    elif fmt == "html":
        text = render_channels.as_html(infos, lang, catalogue)
    else:
        from somplan.render import drawn

        text = drawn(lambda console: render_channels.print_rich(infos, lang, console), output)
    if text is not None:
        emit(text, output, lang)
    return ExitCode.OK
