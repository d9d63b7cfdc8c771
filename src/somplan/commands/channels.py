"""`somplan channels`: the channel overview the municipality's guidance points staff to."""

from __future__ import annotations

import sys
from pathlib import Path

from somplan.assessment.channels import overview
from somplan.content.loader import load_content
from somplan.exitcodes import ExitCode
from somplan.render import channels as render_channels
from somplan.text.i18n import Lang, message
from somplan.writing import write_text_atomic

FORMATS = ("rich", "markdown", "json", "html")


def run_channels(
    fmt: str, kind: str | None, lang: Lang, output: Path | None, questions: Path | None
) -> int:
    """The whole `somplan channels` command; returns the exit code."""
    content = load_content(questions, required=("flow", "organisation", "catalogue"))
    catalogue = content.catalogue
    assert catalogue is not None
    infos = overview(catalogue, kind)
    if fmt == "rich" and output is None:
        from rich.console import Console

        render_channels.print_rich(infos, lang, Console())
        return ExitCode.OK
    if fmt == "json":
        text = render_channels.as_json(infos, lang)
    elif fmt == "markdown":
        text = render_channels.as_markdown(infos, lang)
    elif fmt == "html":
        text = render_channels.as_html(infos, lang, catalogue)
    else:
        import io

        from rich.console import Console

        from somplan.render import FILE_WIDTH

        buffer = io.StringIO()
        console = Console(file=buffer, width=FILE_WIDTH, color_system=None, force_terminal=False)
        render_channels.print_rich(infos, lang, console)
        text = buffer.getvalue()
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return ExitCode.OK
    write_text_atomic(output, text)
    print(message("output.written", lang, path=str(output)), file=sys.stderr, flush=True)
    return ExitCode.OK
