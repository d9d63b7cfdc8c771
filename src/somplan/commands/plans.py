"""`somplan plans`: the answers files in the folder where `somplan start` saves plans."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from somplan.assessment.followup_summary import is_followup_file
from somplan.assessment.overview import UnitResult, unit_result
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.content.problems import ProblemError
from somplan.exitcodes import ExitCode
from somplan.interview.wizard import data_dir
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def run_plans(fmt: str, lang: Lang, questions: Path | None) -> int:
    """The whole `somplan plans` command; returns the exit code."""
    folder = data_dir()
    files = _files(folder)
    if not files:
        print(message("summary.no-files", lang, folder=str(folder)), file=sys.stderr)
        if fmt == "json":
            sys.stdout.write(json_text({"folder": str(folder), "plans": [], "failed": []}))
        return ExitCode.OK
    content = load_content(questions, required=REPORT_KINDS)
    results: list[UnitResult] = []
    failed: list[tuple[str, str]] = []
    for path in files:
        try:
            result = unit_result(content, path, lang)
            if result.updated is None:  # no time stamp in the file: the file's own time
                changed = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
                result = replace(result, updated=changed)
            results.append(result)
        except ProblemError as exc:
            if is_followup_file(path):  # a follow-up saved beside its plan: not a plan
                continue
            failed.append((str(path), inert(exc.problems[0].render(lang))))
    newest = float("-inf")
    results.sort(key=lambda u: -(u.updated.timestamp() if u.updated else newest))
    if fmt == "json":
        sys.stdout.write(
            json_text(
                {
                    "folder": str(folder),
                    "plans": [
                        {
                            "file": u.file,
                            "unit": u.unit,
                            "updated": u.updated.isoformat() if u.updated else None,
                            "complete": not u.provisional,
                            "level": u.level,
                        }
                        for u in results
                    ],
                    "failed": [{"file": f, "error": e} for f, e in failed],
                }
            )
        )
    else:
        _print_rich(folder, results, failed, lang)
    for _, error in failed:
        print(error, file=sys.stderr)
    return ExitCode.PROBLEMS_FOUND if failed else ExitCode.OK


def _print_rich(
    folder: Path, results: list[UnitResult], failed: list[tuple[str, str]], lang: Lang
) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from somplan.render.rich import level_style

    table = Table(title=inert(message("plans.title", lang, folder=str(folder))), title_justify="left")
    table.add_column(message("plans.col.file", lang), overflow="fold", min_width=20, max_width=34)
    table.add_column(message("plans.col.unit", lang), overflow="fold", min_width=14)
    for key in ("updated", "complete", "level"):
        table.add_column(message(f"plans.col.{key}", lang), no_wrap=True)
    for u in results:
        table.add_row(
            Text(inert(Path(u.file).name)),
            Text(inert(u.unit) or "–"),
            Text(u.updated.strftime("%Y-%m-%d %H:%M") if u.updated else "–"),
            Text(message("answer.no" if u.provisional else "answer.yes", lang)),
            # An unfinished plan has no verdict yet ("Klar: Nej" says why).
            Text("–") if u.provisional else
            Text(message(f"summary.level.{u.level}", lang), style=level_style(u.level)),
        )
    for file, _ in failed:
        table.add_row(
            Text(inert(Path(file).name)), Text(message("plans.unreadable", lang), style="red"),
            Text("–"), Text("–"), Text("–"),
        )
    Console().print(table)
