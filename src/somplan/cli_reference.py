"""The CLI reference page, generated from the typer app itself so it can never go stale.

``python -m somplan.cli_reference [sv|en] > docs/cli.md`` writes it; a test checks that the
committed page equals what this module generates.
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from somplan.cli import build_app
from somplan.text.i18n import Lang, message


def _param_rows(command: Any, name: str, lang: Lang) -> list[str]:
    ctx = command.make_context(name, [], resilient_parsing=True)
    rows = []
    for param in command.params:
        if param.name in ("help", "install_completion", "show_completion") or getattr(
            param, "hidden", False
        ):
            continue
        record = param.get_help_record(ctx)
        if record is None:
            continue
        names, help_text = (part.replace("|", "\\|") for part in record)
        rows.append(f"| `{names}` | {' '.join(help_text.split())} |")
    if not rows:
        return []
    return [
        f"| {message('docs.param', lang)} | {message('docs.meaning', lang)} |",
        "|---|---|",
        *rows,
        "",
    ]


def _command_section(name: str, command: Any, lang: Lang) -> list[str]:
    lines = [f"## `somplan {name}`", ""]
    if command.help:
        lines += [command.help.strip(), ""]
    if command.epilog:
        lines += [command.epilog.strip(), ""]
    return lines + _param_rows(command, name, lang)


def render(lang: Lang = "en") -> str:
    app = build_app(lang, default_lang="sv")
    root: Any = typer.main.get_command(app)
    lines = [f"# {message('docs.cli-title', lang)}", "", message("docs.cli-generated", lang), ""]
    if root.help:
        lines += [root.help.strip(), ""]
    if root.epilog:
        lines += [root.epilog.strip(), ""]
    lines += _param_rows(root, "somplan", lang)
    for name, command in root.commands.items():
        lines += _command_section(name, command, lang)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    chosen = sys.argv[1] if len(sys.argv) > 1 else "en"
    sys.stdout.write(render("sv" if chosen == "sv" else "en"))
