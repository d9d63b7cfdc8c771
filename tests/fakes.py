"""A scripted prompter for driving the engine without a terminal."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from somplan.content.model import Question
from somplan.interview.engine import Progress, ReviewRow


@dataclass
class Asked:
    id: str
    current: Any
    progress: Progress


@dataclass
class ScriptedPrompter:
    """Answers from ``script`` (a list of values, ``BACK``, or ``KeyboardInterrupt``); review
    choices from ``reviews`` (question ids to change, then ``None`` to confirm)."""

    script: list[Any]
    reviews: list[str | None] = field(default_factory=lambda: [None])
    asked: list[Asked] = field(default_factory=list)
    reviewed: list[list[ReviewRow]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def ask(self, question: Question, current: Any, progress: Progress) -> Any:
        self.asked.append(Asked(question.id, current, progress))
        if not self.script:
            raise AssertionError(f"no scripted answer left for {question.id}")
        reply = self.script.pop(0)
        if reply is KeyboardInterrupt:
            raise KeyboardInterrupt
        if callable(reply):
            return reply(question, current, progress)
        return reply

    def review(self, rows: list[ReviewRow], unit: str | None = None) -> str | None:
        self.reviewed.append(rows)
        return self.reviews.pop(0) if self.reviews else None

    def notice(self, key: str, **params: Any) -> None:
        self.notices.append(key)

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.asked]


@dataclass
class WizardScript(ScriptedPrompter):
    """A scripted prompter that also answers the wizard's own yes/no questions."""

    confirms: list[bool | None] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)

    renames: list[str | None] = field(default_factory=list)
    chooses: list[Any] = field(default_factory=list)
    chose: list[tuple[str, list[str]]] = field(default_factory=list)

    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        if key == "wizard.unit-rename":
            return self.renames.pop(0)
        assert key == "wizard.unit-question"
        return self.units.pop(0) if self.units else ""

    def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
        """Picks by position from ``chooses`` (None: the last option)."""
        self.chose.append((key, [label for label, _ in options]))
        picked = self.chooses.pop(0) if self.chooses else None
        return options[-1 if picked is None else picked][1]

    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        self.confirmed.append(key)
        reply = self.confirms.pop(0) if self.confirms else default
        assert reply is not None, f"{key} cannot go back"
        return reply

    def offer(self, key: str, default: bool = True, **params: Any) -> bool | None:
        """As ``confirm``; ``None`` in ``confirms`` goes back."""
        self.confirmed.append(key)
        return self.confirms.pop(0) if self.confirms else default


def start_command(*args: Any, **kwargs: Any) -> int:
    """`somplan start` as the command line runs it: errors mapped to their lines and exit code."""
    from somplan.commands.start import run_start
    from somplan.errors import handled

    lang = args[2] if len(args) > 2 else kwargs.get("lang", "sv")
    return handled(lambda: run_start(*args, **kwargs), lang)
