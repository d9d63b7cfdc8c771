"""Every kind of schema and cross-reference error in a flow, with its exact line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from somplan.content.loader import load_file
from somplan.content.model import Flow
from somplan.content.problems import Problem, ProblemError

from .common import FIXTURES

BASE = (FIXTURES / "content" / "flow.yaml").read_text(encoding="utf-8")


def problems_for(tmp_path: Path, old: str, new: str) -> tuple[str, list[Problem]]:
    assert old in BASE, old
    text = BASE.replace(old, new, 1)
    path = tmp_path / "flow.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_file(path)
    return text, info.value.problems


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


# (old text, new text, expected code, the text at the expected position, which occurrence)
CASES = [
    ("help: {sv: Syftet styr", "hjalp: {sv: Syftet styr", "unknown-field", "hjalp:", 1),
    ("        kind: single\n", "", "missing", "id: goal\n", 1),
    ("kind: single", "kind: singel", "one-of", "singel", 1),
    ("id: goal_detail", "id: Goal Detail", "id-format", "Goal Detail", 1),
    ("text: {sv: Beskriv målet, en: Describe the goal}", "text: 5", "expected-localized", "5\n", 1),
    ("title: {sv: Syfte, en: Purpose}", "title: {en: Purpose}", "missing", "{en: Purpose}", 1),
    ("title: {sv: Syfte, en: Purpose}", "title: {sv: Syfte}", "missing-language", "{sv: Syfte}", 1),
    ("id: goal_detail", "id: goal", "duplicate-id", "goal\n", 2),
    ("- {id: email,", "- {id: web,", "duplicate-choice", "web, label: {sv: E-post", 1),
    (
        "when: {question: goal, equals: dialogue}",
        "when: {question: gaol, equals: dialogue}",
        "when-unknown-question",
        "gaol",
        1,
    ),
    (
        "when: {question: goal, equals: dialogue}",
        "when: {question: hours, at_least: 1}",
        "when-later-question",
        "hours, at_least",
        1,
    ),
    (
        "when: {question: goal, equals: dialogue}",
        "when: {question: goal, equals: dialog}",
        "when-unknown-choice",
        "dialog}",
        1,
    ),
    (
        "when: {question: goal, equals: dialogue}",
        "when: {question: goal, includes: dialogue}",
        "when-wrong-test",
        "includes",
        1,
    ),
    (
        "when: {question: goal, equals: dialogue}",
        "when: {question: goal}",
        "condition-shape",
        "{question: goal}",
        1,
    ),
    (
        "{question: deputy, equals: true}",
        "{question: deputy, equals: yes}",
        "when-wrong-value",
        "yes}",
        1,
    ),
    ("        default: 2\n", "        default: 99\n", "default-invalid", "99", 1),
    ("validation: {min: 0, max: 40}", "validation: {min: 50, max: 40}", "bounds-order", "50", 1),
    (
        "validation: {required: false, max: 200}",
        "validation: {required: false, pattern: '['}",
        "pattern-invalid",
        "'['",
        1,
    ),
    ("scale: {min: 1, max: 5,", "scale: {min: 5, max: 5,", "bounds-order", "5, max", 1),
    (
        "label: {sv: Dialog, en: Dialogue}",
        "label: {sv: 010, en: Dialogue}",
        "expected-text",
        "010",
        1,
    ),
    ("version: 1", "version: 0", "too-small", "0\n", 1),
    ("languages: [sv, en]", "languages: [en]", "swedish-required", "[en]", 1),
    ("languages: [sv, en]", "languages: [sv, de]", "one-of", "de]", 1),
    (
        "        unit: {sv: timmar, en: hours}\n",
        "        unit: {sv: timmar, en: hours}\n"
        "        choices: [{id: a, label: {sv: A, en: A}}]\n",
        "choices-not-allowed",
        "choices:",
        2,
    ),
    (
        "          - id: everyone_does\n            label: {sv: Alla andra gör det, en: Everyone else does it}\n",
        "",
        "choices-needed",
        "- id: dialogue",
        1,
    ),
    ("kind: flow", "kind: flw", "unknown-kind", "flw", 1),
]


@pytest.mark.parametrize(("old", "new", "code", "needle", "nth"), CASES, ids=[c[2] for c in CASES])
def test_error_is_reported_at_the_offending_node(
    tmp_path: Path, old: str, new: str, code: str, needle: str, nth: int
) -> None:
    text, problems = problems_for(tmp_path, old, new)
    match = [p for p in problems if p.code == code]
    assert match, [p.render("en") for p in problems]
    assert (match[0].line, match[0].column) == position(text, needle, nth), match[0].render("en")


def test_unknown_field_suggests_the_close_name(tmp_path: Path) -> None:
    _, problems = problems_for(tmp_path, "help: {sv: Syftet styr", "hjalp: {sv: Syftet styr")
    message = next(p for p in problems if p.code == "unknown-field").render("en")
    assert "Did you mean 'help'?" in message
    swedish = next(p for p in problems if p.code == "unknown-field").render("sv")
    assert "Menade du 'help'?" in swedish


def test_every_problem_in_the_file_is_reported_not_only_the_first(tmp_path: Path) -> None:
    text = BASE.replace("id: goal_detail", "id: goal").replace("equals: dialogue", "equals: dialog")
    path = tmp_path / "flow.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_file(path)
    assert {p.code for p in info.value.problems} >= {"duplicate-id", "when-unknown-choice"}


def test_messages_are_sentences_not_pydantic_dumps(tmp_path: Path) -> None:
    _, problems = problems_for(tmp_path, "kind: single", "kind: singel")
    for lang in ("sv", "en"):
        text = problems[0].render(lang)
        assert "pydantic" not in text and "literal_error" not in text and "Input should" not in text


def test_the_fixture_itself_is_valid() -> None:
    flow = load_file(FIXTURES / "content" / "flow.yaml")
    assert isinstance(flow, Flow)
    assert [q.id for q in flow.questions()] == [
        "goal",
        "goal_detail",
        "hours",
        "deputy",
        "channels_today",
        "confidence",
    ]
