"""The unit's own plan in every report format: its answers as sentences, a header, `answers` in
JSON; questions/plan.yaml checked like the other content files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from somplan.content.loader import load_content
from somplan.exitcodes import ExitCode

from .common import ROOT, SHIPPED, Run

EXAMPLES = ROOT / "examples" / "answers"
GOAL = "Fewer phone calls about opening hours, halved by June 2027"


@pytest.fixture
def goal_file(tmp_path: Path) -> Path:
    """The library example with the new user's goal sentence (review item 19)."""
    data = yaml.safe_load((EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8"))
    data["answers"]["success_description"] = GOAL
    data["updated"] = "2026-11-25T09:30:41+00:00"
    path = tmp_path / "goal.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["rich", "markdown", "json"])
def test_the_goal_sentence_is_in_every_format(run: Run, goal_file: Path, fmt: str) -> None:
    result = run("report", str(goal_file), "--format", fmt, lang="en")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())  # rich wraps long lines
    assert GOAL in text
    # Grouped like the interview, and before the verdict's details (the dimensions).
    for heading in (
        "Goal and follow-up",
        "Audience and their needs",
        "Comments, rules and routines",
    ):
        assert heading in text
    if fmt != "json":
        assert text.index("Goal and follow-up") < text.index("How ready you are")
        assert text.index("Verdict") < text.index("Goal and follow-up")


def test_swedish_plan_reads_as_sentences(run: Run, goal_file: Path) -> None:
    out = run("report", str(goal_file), "--format", "markdown", lang="sv").stdout
    assert "## Verksamhetens plan" in out
    assert "- Tid för kontot: 6 timmar i veckan." in out
    assert "- Det finns en ersättare som tar över när den ansvariga är borta." in out
    assert "- **Kommun:** Varbergs kommun" in out


def test_json_has_every_answer_with_its_label(run: Run, goal_file: Path) -> None:
    data = json.loads(run("report", str(goal_file), "--format", "json", lang="en").stdout)
    answers = data["answers"]
    assert answers["success_description"] == {"value": GOAL, "label": GOAL}
    assert answers["hours_per_week"]["value"] == 6
    assert answers["hours_per_week"]["label"] == "6 hours"
    assert answers["has_deputy"] == {"value": True, "label": "Yes"}
    assert answers["goals"]["value"] == ["engagement", "events"]
    header = data["header"]
    assert header["municipality"] == "Varberg Municipality"
    assert header["provisional"] is False and header["complete"] is True
    assert header["updated"].startswith("2026-11-25")


def test_an_unfinished_file_is_marked_provisional_at_the_top(run: Run, tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8"))
    for qid in ("records_handling", "personal_data", "minors_in_pictures"):
        del data["answers"][qid]
    data["complete"] = False
    path = tmp_path / "half.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = run("report", str(path), "--format", "markdown", lang="en").stdout
    status = "- **Status:** Provisional: 3 questions still to be answered"
    assert status in out
    assert out.index(status) < out.index("## Verdict")
    assert out.count("- *Not answered yet: ") == 3
    data = json.loads(run("report", str(path), "--format", "json", lang="en").stdout)
    assert data["header"]["provisional"] is True
    assert len(data["header"]["open_questions"]) == 3
    assert "records_handling" not in data["answers"]


def _half_done(tmp_path: Path, missing: tuple[str, ...], complete: bool) -> Path:
    data = yaml.safe_load((EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8"))
    for qid in missing:
        del data["answers"][qid]
    data["complete"] = complete
    path = tmp_path / "half.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_header_verdict_and_plan_name_the_same_open_questions(run: Run, tmp_path: Path) -> None:
    # has_permanent_page counts as "no" while unanswered, so the page's address is not asked:
    # one computation decides what is open for the header, the verdict and the plan alike.
    path = _half_done(tmp_path, ("has_permanent_page", "permanent_page", "comments"), False)
    data = json.loads(run("report", str(path), "--format", "json", lang="en").stdout)
    verdict = [q["text"] for q in data["verdict"]["unanswered"]]
    assert data["verdict"]["provisional"] is data["header"]["provisional"] is True
    assert data["header"]["open_questions"] == verdict and len(verdict) == 2
    assert data["header"]["status"] == "Provisional: 2 questions still to be answered"
    not_answered = [
        s["text"] for g in data["plan"]["groups"] for s in g["sentences"] if not s["answered"]
    ]
    assert not_answered == [f"Not answered yet: {q}" for q in verdict]
    for fmt in ("markdown", "html", "rich"):
        out = " ".join(run("report", str(path), "--format", fmt, lang="en").stdout.split())
        assert out.count("Provisional: 2 questions still to be answered") == 1, fmt
        assert out.count("Verdict: Ready, with conditions (provisional)") == 1, fmt
        assert out.count("Unanswered questions:") == 1, fmt
        assert out.index("Provisional: 2") < out.index("Verdict: ") < out.index(verdict[0])


def test_an_interview_left_at_its_end_is_not_called_provisional(run: Run, tmp_path: Path) -> None:
    path = _half_done(tmp_path, (), False)
    data = json.loads(run("report", str(path), "--format", "json", lang="sv").stdout)
    assert data["verdict"]["provisional"] is data["header"]["provisional"] is False
    assert data["header"]["complete"] is False
    assert data["header"]["status"] == (
        "Alla frågor som gäller er är besvarade, men intervjun avslutades inte"
    )
    for fmt in ("markdown", "html"):
        out = run("report", str(path), "--format", fmt, lang="sv").stdout
        assert "preliminär" not in out.lower() and "Obesvarade frågor" not in out, fmt


def test_without_plan_texts_each_answer_is_quoted_under_its_question(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    (folder / "plan.yaml").unlink()
    result = run(
        "report", str(EXAMPLES / "library_teens.yaml"), "-f", "markdown", "-q", str(folder)
    )
    assert result.exit_code == 0, result.output
    flow = load_content(folder).flow
    section = flow.section_of("hours_per_week")
    question = flow.question("hours_per_week")
    assert section is not None and question is not None
    assert f"### {section.title.get('en')}" in result.stdout  # the flow's own section
    assert f"- {question.text.get('en')} 6 hours" in result.stdout


def test_braces_in_an_answer_are_not_a_template(run: Run, tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8"))
    data["answers"]["success_description"] = "{answer} {0} {__class__}"
    path = tmp_path / "braces.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = run("report", str(path), "--format", "json", lang="en").stdout
    sentences = [s["text"] for g in json.loads(out)["plan"]["groups"] for s in g["sentences"]]
    assert "Our goal, in our own words: “{answer} {0} {__class__}”" in sentences


def _plan_folder(tmp_path: Path, edit: str, replacement: str) -> Path:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    plan = folder / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    assert edit in text
    plan.write_text(text.replace(edit, replacement, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("edit", "replacement", "expected"),
    [
        ("question: main_reason", "question: main_reasons", "'main_reasons' is not a question"),
        ("{answer} i veckan", "{svar} i veckan", "'{svar}' cannot be filled in"),
        ("Vi vill främst nå:", "Vi vill främst nå {answer}:", "cannot have '{answer}'"),
        (
            '"yes": {sv: "Det finns en ersättare',
            '"ja": {sv: "Det finns en ersättare',
            "'ja' is not",
        ),
    ],
)
def test_mistakes_in_the_plan_texts_are_pointed_at(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, edit: str, replacement: str, expected: str
) -> None:
    folder = _plan_folder(tmp_path, edit, replacement)
    result = run("validate", str(folder), lang="en")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND, result.output
    line = next(x for x in result.output.splitlines() if "plan.yaml:" in x)
    assert expected in line
    assert line.split(":")[1].isdigit()  # file:line:column
