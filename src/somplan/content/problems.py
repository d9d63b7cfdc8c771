"""Problems found in an input file: what, where (file:line:column) and what to do, in sv or en."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from somplan.errors import SomplanError
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert


@dataclass(frozen=True)
class Problem:
    """One problem in one file. ``code`` names the message; ``params`` fill it in."""

    file: str
    line: int | None
    column: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"

    def text(self, lang: Lang) -> str:
        return message(f"problem.{self.code}", lang, **self.params)

    def render(self, lang: Lang) -> str:
        """The one-paragraph form: ``file:line:col: what is wrong. What to do.``."""
        return f"{self.where()}: {self.text(lang)}"

    def sort_key(self) -> tuple[str, int, int]:
        return (self.file, self.line or 0, self.column or 0)


class ProblemError(SomplanError):
    """Raised when a file cannot be used at all; carries one or more problems."""

    exit_code = ExitCode.INPUT_INVALID

    def __init__(self, *problems: Problem) -> None:
        super().__init__(problems[0].code if problems else "problem")
        self.problems: list[Problem] = list(problems)

    def lines(self, lang: Lang) -> list[str]:
        return [inert(problem.render(lang)) for problem in self.problems]
