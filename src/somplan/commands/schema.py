"""`somplan schema`: the JSON Schema of the content files, printed or written to a file."""

from __future__ import annotations

from pathlib import Path

from somplan.content.jsonschema import schema_text
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang
from somplan.writing import emit


def run_schema(output: Path | None, lang: Lang) -> int:
    """The whole `somplan schema` command; returns the exit code."""
    emit(schema_text(), output, lang, "schema.written")
    return ExitCode.OK
