"""`somplan plans`: the answers files in the folder where `somplan start` saves plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from somplan.assessment.followup_summary import is_followup_file
from somplan.assessment.overview import UnitResult, unit_result
from somplan.content.loader import REPORT_KINDS, load_content
from somplan.content.problems import ProblemError
from somplan.exitcodes import ExitCode
from somplan.interview.wizard import data_dir
from somplan.render import drawn
from somplan.render import plans as render_plans
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert
from somplan.writing import emit, notify


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def run_plans(fmt: str, lang: Lang, questions: Path | None, output: Path | None = None) -> int:
    """The whole `somplan plans` command; returns the exit code."""
    folder = data_dir()
    files = _files(folder)
    results: list[UnitResult] = []
    failed: list[tuple[str, str]] = []
    if not files:
        notify(message("summary.no-files", lang, folder=str(folder)))
        if fmt != "json":
            return ExitCode.OK
    else:
        content = load_content(questions, required=REPORT_KINDS)
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
        text: str | None = render_plans.as_json(folder, results, failed)
    elif fmt == "markdown":
        text = render_plans.as_markdown(folder, results, failed, lang)
    else:
        text = drawn(
            lambda console: render_plans.draw(folder, results, failed, lang, console), output
        )
    if text is not None:
        emit(text, output, lang)
    for _, error in failed:
        notify(error)
    return ExitCode.PROBLEMS_FOUND if failed else ExitCode.OK
