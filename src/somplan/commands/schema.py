"""`somplan schema`: the JSON Schema of the content files, printed or written to a file."""

from __future__ import annotations

import sys
from pathlib import Path

from somplan.content.jsonschema import schema_text
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang, message
from somplan.writing import write_text_atomic


def run_schema(output: Path | None, lang: Lang) -> int:
    """The whole `somplan schema` command; returns the exit code."""
    text = schema_text()
    if output is None:
        sys.stdout.write(text)
        return ExitCode.OK
    write_text_atomic(output, text)
    print(message("schema.written", lang, path=str(output)), file=sys.stderr)
    return ExitCode.OK
