"""Properties of the follow-up verdict over any valid plan and follow-up answers: the outcome is
the most severe of its reasons, closing comes only with "close", every placeholder is filled,
and every format renders it; an ended purpose always closes the account."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from somplan.assessment.followup import assess_followup
from somplan.content.answer_rules import answer_error
from somplan.content.answers import AnswersFile, FlowRef, PlanRef
from somplan.content.followup import FollowupContent, load_followup
from somplan.content.model import OUTCOMES
from somplan.render import followup as out

from .test_scoring_properties import answer_sets, valid_answer


@cache
def followup() -> FollowupContent:
    return load_followup()


@st.composite
def followup_answers(draw: st.DrawFn) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for q in followup().flow.questions():
        if draw(st.booleans()):
            value = draw(valid_answer(q))
            assert answer_error(q, value) is None, (q.id, value)
            answers[q.id] = value
    return answers


def _verdict(plan: dict[str, Any], answers: dict[str, Any]) -> Any:
    f = followup()
    return assess_followup(f.rules, f.flow, f.plan.flow, plan, answers)


@given(answer_sets(), followup_answers())
def test_the_outcome_is_the_most_severe_reason(
    plan: dict[str, Any], answers: dict[str, Any]
) -> None:
    verdict = _verdict(plan, answers)
    severest = max((OUTCOMES.index(r.outcome) for r in verdict.reasons), default=0)
    assert OUTCOMES.index(verdict.outcome) == severest
    assert bool(verdict.closing) == (verdict.outcome == "close")
    for reason in verdict.reasons:
        for lang in ("sv", "en"):
            assert "{plan:" not in reason.text.get(lang) and "{answer:" not in reason.text.get(lang)


@given(answer_sets(), followup_answers(), st.text(max_size=40))
def test_every_format_renders_any_verdict(
    plan: dict[str, Any], answers: dict[str, Any], unit: str
) -> None:
    verdict = _verdict(plan, answers)
    record = AnswersFile(
        flow=FlowRef(id="somplan_followup", version=1),
        unit=unit or None,
        follows=PlanRef(path="plan.yaml", sha256="0" * 64, flow=FlowRef(id="x", version=1)),
        answers=answers,
    )
    header = out.Header.of(record, plan_changed=False)
    for lang in ("sv", "en"):
        data = json.loads(out.render(verdict, header, "json", lang, 100, None))
        assert data["verdict"]["outcome"] == verdict.outcome
        md = out.render(verdict, header, "markdown", lang, 100, None)
        text = out.render(verdict, header, "rich", lang, 100, None)
        for rendered in (md, text):
            assert "\x1b" not in rendered and "\u202e" not in rendered


@given(answer_sets(), followup_answers())
def test_an_ended_purpose_always_closes(plan: dict[str, Any], answers: dict[str, Any]) -> None:
    answers = {**answers, "purpose_ended": True}
    assert _verdict(plan, answers).outcome == "close"
