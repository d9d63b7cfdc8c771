"""Problems as text for people, GitHub Actions annotations, or JSON for machines."""

from __future__ import annotations

from collections.abc import Sequence

from somplan.content.problems import Problem
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

FORMATS = ("text", "github", "json")


def as_text(problems: Sequence[Problem], checked: int, lang: Lang) -> str:
    lines = [inert(p.render(lang)) for p in problems]
    if problems:
        files = len({p.file for p in problems})
        lines.append(
            message(
                "validate.summary-bad", lang, problems=len(problems), files=files, checked=checked
            )
        )
    else:
        lines.append(message("validate.summary-ok", lang, checked=checked))
    return "\n".join(lines)


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problems: Sequence[Problem], lang: Lang) -> str:
    lines = []
    for p in problems:
        props = [f"file={_gh_property(inert(p.file))}"]
        if p.line is not None:
            props += [f"line={p.line}", f"col={p.column}"]
        lines.append(f"::error {','.join(props)}::{_gh_data(p.text(lang))}")
    return "\n".join(lines)


def as_json(problems: Sequence[Problem], checked: Sequence[str], lang: Lang) -> str:
    payload = {
        "ok": not problems,
        "checked": list(checked),
        "problems": [
            {
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "message": p.text(lang),
            }
            for p in problems
        ],
    }
    return json_text(payload).rstrip("\n")
