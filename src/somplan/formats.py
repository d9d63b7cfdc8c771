"""The output formats of each command, named once for the command line, the commands and renderers.

This module imports nothing, so that the command line can build ``--format`` options without
loading any renderer.
"""

from __future__ import annotations

from pathlib import Path

REPORT = ("rich", "markdown", "json", "html", "pdf")
FOLLOWUP = REPORT
DIFF = ("rich", "markdown", "json")
SUMMARY = ("rich", "markdown", "json", "csv", "html")
PLANS = ("rich", "markdown", "json")
REGISTER = ("rich", "markdown", "json", "csv", "html")
CHANNELS = ("rich", "markdown", "json", "html")
PROFILE = ("rich", "text", "markdown", "json", "html")
VALIDATE = ("text", "github", "json")

#: A file's ending → the format it holds; ``.txt`` is the terminal layout without colours.
BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".txt": "rich",
}

#: Names a user may type for a format.
ALIASES = {"md": "markdown", "txt": "text"}


def normalised(name: str) -> str:
    """``name`` as the format it means: any case, ``md`` for markdown."""
    lowered = name.lower()
    return ALIASES.get(lowered, lowered)


def chosen(given: str | None, output: Path | None, names: tuple[str, ...]) -> str:
    """The format to write: the one given, else the one ``output``'s ending names (when the
    command has it), else the command's first (its default)."""
    if given:
        return given
    if output is not None:
        by_suffix = BY_SUFFIX.get(output.suffix.lower())
        if by_suffix in names:
            return by_suffix
    return names[0]
