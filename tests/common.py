"""What the tests share besides fixtures: where things are, and what the ``run`` fixture returns.

Test modules import these from here; pytest's ``conftest.py`` holds only the fixtures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SHIPPED = ROOT / "questions"


def corpus_yaml_files() -> list[Path]:
    folder = CORPUS / "yaml"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


Run = Callable[..., "RunResult"]


class RunResult:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def output(self) -> str:
        return self.stdout + self.stderr
