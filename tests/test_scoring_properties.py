"""Properties of scoring over any valid answers, generated from the shipped flow with hypothesis."""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from somplan.assessment.result import Assessment
from somplan.assessment.scoring import score, verdict_level
from somplan.content.answer_rules import answer_error
from somplan.content.loader import REPORT_KINDS, Content, load_content
from somplan.content.model import Question
from somplan.content.yamlsource import read_file
from somplan.render.report.json import as_data
from tests.common import ROOT


@cache
def content() -> Content:
    return load_content(None, required=REPORT_KINDS)


def assess(answers: dict[str, Any]) -> Assessment:
    c = content()
    assert c.catalogue is not None and c.rules is not None
    return score(c.flow, c.catalogue, c.rules, c.organisation, answers)


def valid_answer(q: Question) -> st.SearchStrategy[Any]:
    rules = q.validation
    if q.kind == "single":
        return st.sampled_from(q.choice_ids())
    if q.kind == "multi":
        low = int(rules.min or 1)
        alone = q.exclusive_ids()
        others = [c for c in q.choice_ids() if c not in alone]
        high = int(rules.max) if rules.max is not None else len(others)
        combined = st.lists(st.sampled_from(others), min_size=low, max_size=high, unique=True)
        if not alone:
            return combined
        return st.one_of(combined, st.sampled_from(alone).map(lambda c: [c]))
    if q.kind == "yesno":
        return st.booleans()
    if q.kind == "scale":
        assert q.scale is not None
        return st.integers(q.scale.min, q.scale.max)
    if q.kind == "number":
        bottom = rules.min if rules.min is not None else -1e6
        top = rules.max if rules.max is not None else 1e6
        return st.one_of(
            st.integers(int(bottom), int(top)),
            st.floats(bottom, top, allow_nan=False, allow_infinity=False),
        )
    return st.text(min_size=1, max_size=int(rules.max or 50)).filter(lambda s: bool(s.strip()))


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, Any]:
    """Any valid answers file content: each question answered or not (files may be unfinished)."""
    answers: dict[str, Any] = {}
    for q in content().flow.questions():
        if draw(st.booleans()):
            value = draw(valid_answer(q))
            assert answer_error(q, value) is None, (q.id, value)
            answers[q.id] = value
    return answers


@st.composite
def finished_answer_sets(draw: st.DrawFn) -> dict[str, Any]:
    """Every question answered (a finished plan: the verdict is not provisional)."""
    return {q.id: draw(valid_answer(q)) for q in content().flow.questions()}


def same_verdict(answers: dict[str, Any]) -> tuple[str, bool]:
    """``verdict_level`` says what the full assessment's verdict says; returns it."""
    c = content()
    assert c.catalogue is not None and c.rules is not None
    verdict = assess(answers).verdict
    found = verdict_level(c.flow, c.catalogue, c.rules, answers)
    assert found == (verdict.level, verdict.provisional)
    return found


@given(st.one_of(answer_sets(), finished_answer_sets()))
def test_the_verdict_alone_is_the_verdict_of_the_assessment(answers: dict[str, Any]) -> None:
    """The register and the follow-up dates ask only whether a plan leads to an account: the
    verdict worked out alone is the one the report shows, for any answers."""
    same_verdict(answers)


def test_the_verdict_alone_of_every_example_and_persona_is_the_reports() -> None:
    files = [
        *(ROOT / "examples" / "answers").glob("*.yaml"),
        *(ROOT / "tests" / "personas").glob("*.yaml"),
    ]
    levels = set()
    for path in files:
        data = read_file(path).data
        if data.get("kind") == "answers":
            levels.add(same_verdict(data["answers"])[0])
    # every level is met, so each of the steps that decide it was compared
    assert levels == {"ready", "ready_with_conditions", "not_ready", "not_social_media"}


# Each capacity answer from worse to better.
CAPACITY_ORDER: dict[str, list[Any]] = {
    "knowledge": [1, 2, 3, 4, 5],
    "hours_per_week": [0, 1, 1.5, 2, 3, 4.5, 5, 8, 20, 40],
    "monitoring": [
        "nobody",
        "weekly_or_less",
        "few_times_week",
        "weekdays_daily",
        "daily_including_weekends",
    ],
    "off_hours": ["not_covered", "partly", "covered"],
    # "Don't know" is not less capacity than "longer than two days": replies known to take longer
    # block (the guidance asks for quick answers), while not knowing yet is a condition to settle.
    "response_time": ["longer", "unknown", "within_two_days", "same_day", "within_hours"],
    "has_deputy": [False, True],
    "platform_experience": ["none", "some", "experienced"],
}


def test_the_capacity_orders_cover_every_capacity_question() -> None:
    section = content().flow.sections
    capacity = next(s for s in section if s.id == "capacity")
    asked = {q.id for q in capacity.questions if q.id != "visual_capacity"}
    assert asked == set(CAPACITY_ORDER)


@given(answer_sets())
def test_any_valid_answers_give_an_assessment_in_bounds(answers: dict[str, Any]) -> None:
    result = assess(answers)
    assert result.verdict.level in (
        "ready",
        "ready_with_conditions",
        "not_ready",
        "not_social_media",
    )
    assert result.verdict.reasons
    for dim in result.dimensions:
        assert 0 <= dim.score <= dim.max
    assert len(result.channels) == len(content().catalogue.channels)  # type: ignore[union-attr]
    for channel in result.channels:
        assert 0 <= channel.score <= 100
    assert result.complementary[0].id == "permanent_page"
    assert result.next_steps


@given(answer_sets())
def test_channels_are_ranked_best_first_with_the_preferred_kind_first(
    answers: dict[str, Any],
) -> None:
    result = assess(answers)
    preferred = "other" if result.verdict.level == "not_social_media" else "social"
    kinds = [c.kind for c in result.channels]
    assert kinds == sorted(kinds, key=lambda k: k != preferred)
    for kind in ("social", "other"):
        scores = [c.score for c in result.channels if c.kind == kind]
        assert scores == sorted(scores, reverse=True)


@given(answer_sets())
def test_scoring_is_deterministic(answers: dict[str, Any]) -> None:
    first, second = assess(answers), assess(dict(reversed(list(answers.items()))))
    assert first == second
    assert as_data(first, "sv") == as_data(second, "sv")


@given(answer_sets(), st.sampled_from(sorted(CAPACITY_ORDER)), st.data())
def test_improving_a_capacity_answer_never_lowers_capacity(
    answers: dict[str, Any], question: str, data: st.DataObject
) -> None:
    order = CAPACITY_ORDER[question]
    worse = data.draw(st.integers(0, len(order) - 2))
    better = data.draw(st.integers(worse + 1, len(order) - 1))
    low = assess({**answers, question: order[worse]}).dimension("capacity")
    high = assess({**answers, question: order[better]}).dimension("capacity")
    assert low is not None and high is not None
    assert high.score >= low.score, (question, order[worse], order[better])


@given(answer_sets())
def test_every_reason_names_questions_of_the_flow(answers: dict[str, Any]) -> None:
    result = assess(answers)
    known = {q.id for q in content().flow.questions()}
    reasons = [r for d in result.dimensions for r in d.reasons]
    reasons += [r for c in result.channels for r in c.reasons]
    for reason in reasons:
        assert reason.points != 0
        assert reason.questions and set(reason.questions) <= known
        # a rule reads an answer given, or an unanswered question counted as "don't know"
        read = set(answers) | {q.id for q in result.verdict.unanswered}
        assert set(reason.questions) & read, reason.rule
