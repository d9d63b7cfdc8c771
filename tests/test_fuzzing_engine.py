"""Random keystrokes through the wizard engine: a confirmed answer is never lost.

A fake prompter draws each reply from hypothesis: a valid answer, Back, or Ctrl-C; in the review it
changes a random answer or confirms. Alongside, a model applies the rule the engine promises: each
confirmed answer is kept until it is replaced or its question stops applying. Every save must
match the model, hold only valid answers, and survive a round trip through an answers file.
"""

from __future__ import annotations

import contextlib
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from somplan.content import answers
from somplan.content.answer_rules import answer_error
from somplan.content.conditions import applies, relevant_answers
from somplan.content.loader import load_content
from somplan.content.model import Flow, Question
from somplan.interview.engine import BACK, Engine, Progress, ReviewRow

from .common import FIXTURES
from .test_scoring_properties import valid_answer

#: After this many replies the fake user only answers (no Back, no review changes), so that every
#: run ends; well above the number of questions, so Back and review are exercised a lot first.
PATIENCE = 120


@cache
def flow_of(name: str) -> Flow:
    folder = None if name == "shipped" else FIXTURES / "content"
    return load_content(folder).flow


class RandomUser:
    """A prompter whose every reply hypothesis draws; it keeps the model of what was confirmed."""

    def __init__(self, data: st.DataObject, flow: Flow) -> None:
        self.data = data
        self.flow = flow
        self.replies = 0
        self.model: dict[str, Any] = {}  # what the engine must hold after each confirmed answer

    def _valid(self, question: Question) -> Any:
        strategy = valid_answer(question).filter(lambda v: answer_error(question, v) is None)
        return self.data.draw(strategy, label=question.id)

    def ask(self, question: Question, current: Any, progress: Progress) -> Any:
        assert applies(question, self.model), f"{question.id} asked but does not apply"
        # The answer preselected; without one the default, except a number, which starts empty.
        default = None if question.kind == "number" else question.default
        assert current == self.model.get(question.id, default)
        self.replies += 1
        action = "answer"
        if self.replies < PATIENCE:
            action = self.data.draw(
                st.sampled_from(["answer", "answer", "answer", "keep", "back", "stop"])
            )
        if action == "stop":
            raise KeyboardInterrupt
        if action == "back":
            return BACK
        if action == "keep" and current is not None and answer_error(question, current) is None:
            value = current
        else:
            value = self._valid(question)
        # The engine commits this reply: the model applies the same promise.
        self.model = relevant_answers(self.flow, {**self.model, question.id: value})
        return value

    def review(self, rows: list[ReviewRow]) -> str | None:
        shown = {row.question.id: row.value for row in rows}
        assert shown == self.model  # the review shows exactly the answers that hold
        self.replies += 1
        if self.replies >= PATIENCE or not rows:
            return None
        change = self.data.draw(st.one_of(st.none(), st.sampled_from(sorted(shown))))
        return change

    def notice(self, key: str, **params: Any) -> None:
        assert key == "wizard.at-first"


@pytest.mark.parametrize("name", ["fixture", "shipped"])
@given(data=st.data())
def test_random_keys_never_lose_a_confirmed_answer(name: str, data: st.DataObject) -> None:
    flow = flow_of(name)
    user = RandomUser(data, flow)
    saves: list[dict[str, Any]] = []

    def save(record: answers.AnswersFile) -> None:
        snapshot = dict(record.answers)
        assert snapshot == user.model  # every save holds every confirmed answer that applies
        for qid, value in snapshot.items():
            question = flow.question(qid)
            assert question is not None and answer_error(question, value) is None, (qid, value)
        saves.append(snapshot)

    record = answers.new_answers(flow, "sv")
    stopped = False
    try:
        Engine(flow, record, user, save).run()
    except KeyboardInterrupt:
        stopped = True

    assert record.answers == user.model  # also after Ctrl-C: nothing confirmed is lost
    assert record.complete is not stopped
    if user.model:
        assert saves and saves[-1] == user.model
    # What was saved can be read back as it was.
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.yaml"
        answers.save(path, record)
        assert answers.load(path, flow).answers == user.model


@given(data=st.data())
def test_resuming_a_stopped_run_asks_only_what_is_open(data: st.DataObject) -> None:
    flow = flow_of("shipped")
    first = RandomUser(data, flow)
    record = answers.new_answers(flow, "sv")
    with contextlib.suppress(KeyboardInterrupt):
        Engine(flow, record, first, lambda r: None).run()
    kept = dict(record.answers)

    asked: list[str] = []

    class Resumer(RandomUser):
        def ask(self, question: Question, current: Any, progress: Progress) -> Any:
            asked.append(question.id)
            return super().ask(question, current, progress)

    again = Resumer(data, flow)
    again.model = dict(kept)
    again.replies = PATIENCE  # this time the user only answers and confirms
    Engine(flow, record, again, lambda r: None).run()

    assert not set(asked) & set(kept)  # no answered question is asked again
    assert all(record.answers[q] == v for q, v in kept.items() if q in record.answers)
    assert record.complete
