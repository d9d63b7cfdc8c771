"""`somplan plans`: the saved answers files as a table (rich), Markdown or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.decision import status_data
from somplan.assessment.overview import UnitResult
from somplan.render import tables
from somplan.render.decision_text import with_mark
from somplan.text.i18n import Lang, message
from somplan.text.layout import break_name
from somplan.text.safetext import inert, json_text

if TYPE_CHECKING:
    from rich.console import Console


def _updated(u: UnitResult) -> str:
    return u.updated.strftime("%Y-%m-%d %H:%M") if u.updated else "–"


def _complete(u: UnitResult, lang: Lang) -> str:
    return message("answer.no" if u.provisional else "answer.yes", lang)


def as_json(folder: Path, results: list[UnitResult], failed: list[tuple[str, str]]) -> str:
    return json_text(
        {
            "folder": str(folder),
            "plans": [
                {
                    "file": u.file,
                    "unit": u.unit,
                    "updated": u.updated.isoformat() if u.updated else None,
                    "complete": not u.provisional,
                    "level": u.level,
                    "decision": status_data(u.decision) if u.decision else None,
                }
                for u in results
            ],
            "failed": [{"file": f, "error": e} for f, e in failed],
        }
    )


def _headers(lang: Lang) -> list[str]:
    keys = ("unit", "level", "complete", "updated", "file")
    return [message(f"plans.col.{key}", lang) for key in keys]


def _cells(u: UnitResult, lang: Lang) -> list[str]:
    return [
        u.unit or "–",
        # An unfinished plan has no verdict yet ("Klar: Nej" says why).
        with_mark(
            "–" if u.provisional else message(f"summary.level.{u.level}", lang),
            u.decision.state if u.decision else None,
            u.decision.outcome if u.decision else None,
            u.decision.earlier_version if u.decision else False,
            lang,
        ),
        _complete(u, lang),
        _updated(u),
        Path(u.file).name,
    ]


def as_markdown(
    folder: Path, results: list[UnitResult], failed: list[tuple[str, str]], lang: Lang
) -> str:
    from somplan.render.words import md

    lines = [md(message("plans.title", lang, folder=str(folder))), ""]
    headers = _headers(lang)
    lines += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(md(c) for c in _cells(u, lang)) + " |" for u in results]
    for file, _ in failed:
        cells = [message("plans.unreadable", lang), "–", "–", "–", Path(file).name]
        lines.append("| " + " | ".join(md(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def draw(
    folder: Path,
    results: list[UnitResult],
    failed: list[tuple[str, str]],
    lang: Lang,
    console: Console,
) -> None:
    """The table under the folder's name; the folder is broken at "/" where it is longer than
    the line, never cut off. The unit comes first; the file's name last, broken only after
    "/", "_" or "-"."""
    from rich.text import Text

    from somplan.render.terminal import level_style

    console.print(Text(message("plans.in-folder", lang)))
    console.print(Text(inert(break_name(str(folder), max(20, console.width - 2)))))
    texts = [_cells(u, lang) for u in results]
    texts += [
        [message("plans.unreadable", lang), "–", "–", "–", Path(file).name] for file, _ in failed
    ]
    headers = _headers(lang)
    kinds = ["words", "words", "short", "words", "name"]
    # Too narrow: the file's name goes first, then the time.
    fitted = tables.fit(console.width, headers, kinds, texts, drop=[4, 3])
    rows = []
    for row, u in zip(texts, [*results, *([None] * len(failed))], strict=True):
        cells = [Text(inert(c)) for c in row]
        if u is not None and not u.provisional:
            cells[1].stylize(level_style(u.level))
        else:
            cells[0].stylize("red")
        rows.append(cells)
    console.print(tables.table(fitted, headers, kinds, rows))
    if 4 not in fitted.keep:
        console.print(Text(message("plans.narrow", lang)))
