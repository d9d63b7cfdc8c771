"""Walk the question flow: conditions, back, progress, review and resume, over a small prompter.

The engine never touches the terminal. It talks to a ``Prompter`` (the real one is in
``somplan.interview.prompts``; tests script a fake one), and calls ``save`` after every answer so that
nothing the user typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from somplan.content.answers import AnswersFile
from somplan.content.conditions import relevant_answers
from somplan.content.model import Flow, Question, Section
from somplan.interview import step as steps
from somplan.interview.step import Progress

__all__ = ["BACK", "UNIT_ROW", "Engine", "Progress", "Prompter", "Rename", "ReviewRow", "Save"]


class _Back:
    """The reply meaning: go back to the previous question."""

    def __repr__(self) -> str:
        return "BACK"


BACK = _Back()
#: The review's reply meaning: change the unit's name (not a question of the flow).
UNIT_ROW = "\x00unit"
#: Asks for a new unit name given the current one; ``None`` keeps it (the user went back).
Rename = Callable[[str | None], str | None]


@dataclass(frozen=True)
class ReviewRow:
    section: Section
    question: Question
    value: Any


class Prompter(Protocol):
    def ask(self, question: Question, current: Any, progress: Progress) -> Any:
        """The answer to ``question`` (``current`` preselected), or ``BACK``.
        Ctrl-C or Ctrl-D raise ``KeyboardInterrupt``."""

    def review(self, rows: list[ReviewRow]) -> str | None:
        """The id of the answer the user wants to change, or ``None`` to confirm all.
        (When the engine can rename the unit it passes ``unit=`` too, "" for none yet, and
        ``UNIT_ROW`` is a reply.)."""

    def notice(self, key: str, **params: Any) -> None:
        """Show a short message from the message catalogue."""


Save = Callable[[AnswersFile], None]


class Engine:
    def __init__(
        self,
        flow: Flow,
        record: AnswersFile,
        prompter: Prompter,
        save: Save,
        rename: Rename | None = None,
    ) -> None:
        self.flow = flow
        self.rename = rename
        self.record = record
        self.prompter = prompter
        self.save = save
        self.questions = flow.questions()
        self.sections = {q.id: s for s in flow.sections for q in s.questions}

    # -- state ---------------------------------------------------------------------------------
    @property
    def answers(self) -> dict[str, Any]:
        return self.record.answers

    def _commit(self, question: Question, value: Any) -> None:
        """Store an answer, drop the answers that stop applying, save at once."""
        self.record.answers = steps.with_answer(self.flow, self.answers, question.id, value)
        self.save(self.record)

    def _prune(self) -> None:
        pruned = relevant_answers(self.flow, self.answers)
        if pruned != self.answers:
            self.record.answers = pruned
            self.save(self.record)

    def _progress(self, index: int, can_go_back: bool, changing: bool = False) -> Progress:
        return steps.progress(
            self.flow, self.answers, index, can_go_back=can_go_back, changing=changing
        )

    def progress_at(self, index: int) -> Progress:
        """Where the question at ``index`` stands in the flow (e.g. to say where a plan resumes)."""
        return self._progress(index, False)

    def _current(self, question: Question) -> Any:
        return steps.preselected(question, self.answers)

    def first_open(self) -> int:
        """Index of the first question that applies and has no answer yet (len() if none)."""
        return steps.first_open(self.flow, self.answers)

    # -- walking -------------------------------------------------------------------------------
    def walk(
        self, start: int = 0, history: list[int] | None = None, stop_at_answered: bool = False
    ) -> None:
        """Ask from ``start`` to the end. ``history`` holds the indices to go back to.

        With ``stop_at_answered`` only questions without an answer are asked (resume, and new
        questions after a change in review); otherwise every question that applies is asked
        with its answer preselected.
        """
        history = list(history or [])
        cursor = start
        while True:
            at = steps.step(
                self.flow, self.answers, cursor, skip_answered=stop_at_answered, history=history
            )
            if at.stale:
                self._prune()  # an answer that stopped applying: dropped, then step again
                continue
            history.extend(at.passed)
            if at.question is None or at.progress is None:
                return
            cursor = at.index
            question = at.question
            reply = self.prompter.ask(question, self._current(question), at.progress)
            if reply is BACK:
                if history:
                    cursor = history.pop()
                    stop_at_answered = False  # the user is revisiting: show every question again
                else:
                    self.prompter.notice("wizard.at-first")
                continue
            self._commit(question, reply)
            history.append(cursor)
            cursor += 1

    def _history_before(self, index: int) -> list[int]:
        return steps.answered_before(self.flow, self.answers, index)

    def review_rows(self) -> list[ReviewRow]:
        return [
            ReviewRow(self.sections[q.id], q, self.answers.get(q.id))
            for q in steps.answered(self.flow, self.answers)
        ]

    def review(self) -> None:
        """Show every answer; change any of them (new questions that then apply are asked)."""
        while True:
            self._prune()
            open_index = self.first_open()
            if open_index < len(self.questions):
                self._change(open_index)
                continue
            if self.rename is None:
                choice = self.prompter.review(self.review_rows())
            else:
                review: Any = self.prompter.review
                choice = review(self.review_rows(), unit=self.record.unit or "")
            if choice is None:
                return
            if choice == UNIT_ROW and self.rename is not None:
                name = self.rename(self.record.unit)
                if name is not None and name != (self.record.unit or ""):
                    self.record.unit = name or None
                    self.save(self.record)
                continue
            self._change(next(i for i, q in enumerate(self.questions) if q.id == choice))

    def _change(self, index: int) -> None:
        """Change one answer from the review, then ask the questions that this makes apply.
        Back steps through what was asked here and then returns to the review list (rather
        than walking the rest of the flow again)."""
        asked: list[int] = []
        cursor = index
        while True:
            question = self.questions[cursor]
            reply = self.prompter.ask(
                question, self._current(question), self._progress(cursor, True, changing=True)
            )
            if reply is BACK:
                if asked:
                    cursor = asked.pop()
                elif self.first_open() >= len(self.questions):
                    return  # nothing left unanswered: back to the list
                elif earlier := self._history_before(cursor):
                    cursor = earlier[-1]  # an open question needs an answer first
                else:
                    self.prompter.notice("wizard.at-first")
                continue
            self._commit(question, reply)
            asked.append(cursor)
            cursor = self.first_open()
            if cursor >= len(self.questions):
                return

    def run(self, *, finish: bool = True) -> AnswersFile:
        """The whole interview: resume where the file left off, then review, then confirm.
        Without ``finish`` the plan is not marked complete (the caller does, after the proposal)."""
        start = self.first_open()
        if start < len(self.questions):
            self.walk(start, self._history_before(start), stop_at_answered=True)
        self.review()
        if finish:
            self.record.complete = True
            self.save(self.record)
        return self.record
