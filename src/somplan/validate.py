"""``somplan validate``: check content files and folders, collecting every problem."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from somplan.loader import FolderResult, check_file_into, check_folder, shipped_folder
from somplan.problems import Problem


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)


def validate_paths(paths: list[Path]) -> Report:
    """Validate each path: a folder means every YAML file in it; no path means the folder in
    $SOMPLAN_QUESTIONS, or the shipped content when that is not set."""
    report = Report()
    own = os.environ.get("SOMPLAN_QUESTIONS")
    for path in paths or [Path(own) if own else shipped_folder()]:
        if path.is_dir():
            result = check_folder(path)
        else:
            result = FolderResult()
            result.checked.append(path)
            check_file_into(path, result)
        report.problems.extend(result.problems)
        report.checked.extend(str(p) for p in result.checked)
    report.problems.sort(key=Problem.sort_key)
    return report
