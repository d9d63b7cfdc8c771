"""``somplan validate``: check content files and folders, collecting every problem."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from somplan.content.followup import check_tree
from somplan.content.loader import FolderResult, check_file_into, shipped_folder
from somplan.content.problems import Problem
from somplan.exitcodes import ExitCode
from somplan.render import problems as problems_out
from somplan.text.i18n import Lang, message


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)


def validate_paths(paths: list[Path]) -> Report:
    """Validate each path: a folder means every YAML file in it and in its ``followup/``
    subfolder; no path means the folder in $SOMPLAN_QUESTIONS, or the shipped content when that is
    not set."""
    report = Report()
    own = os.environ.get("SOMPLAN_QUESTIONS")
    for path in paths or [Path(own) if own else shipped_folder()]:
        if path.is_dir():
            result = check_tree(path)
        else:
            result = FolderResult()
            result.checked.append(path)
            check_file_into(path, result)
        report.problems.extend(result.problems)
        report.checked.extend(str(p) for p in result.checked)
    report.problems.sort(key=Problem.sort_key)
    return report


def run_validate(paths: list[Path], fmt: str, lang: Lang) -> int:
    """The whole `somplan validate` command: every problem in ``fmt``; returns the exit code."""
    report = validate_paths(paths)
    if fmt == "json":
        print(problems_out.as_json(report.problems, report.checked, lang))
    elif fmt == "github":
        out = problems_out.as_github(report.problems, lang)
        if out:
            print(out)
        summary = (
            problems_out.as_text([], len(report.checked), lang)
            if not report.problems
            else message(
                "validate.summary-bad",
                lang,
                problems=len(report.problems),
                files=len({p.file for p in report.problems}),
                checked=len(report.checked),
            )
        )
        print(summary, file=sys.stderr)
    else:
        print(problems_out.as_text(report.problems, len(report.checked), lang))
    return ExitCode.PROBLEMS_FOUND if report.problems else ExitCode.OK
