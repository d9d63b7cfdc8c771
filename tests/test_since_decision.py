"""`somplan diff PLANFILE --since-decision`: the decision keeps a copy of the answers and the
proposal it was taken on (checked against its digest), and diff shows what changed since, in every
format diff has; a plan without a decision, a decision recorded without the copy and a copy
edited by hand are refused with a sentence (exit 3)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.decision import answers_digest, digest_of
from somplan.content import answers
from somplan.content.loader import load_content
from somplan.exitcodes import ExitCode

from .common import ROOT, Run

EXAMPLES = ROOT / "examples" / "answers"
FLAGS = ("--outcome", "approved", "--by-role", "Rektor", "--date", "2027-01-15")


def decided(tmp_path: Path, run: Run, *extra: str) -> Path:
    path = tmp_path / "skolan.yaml"
    shutil.copyfile(EXAMPLES / "school_parents.yaml", path)
    result = run("decide", str(path), *FLAGS, "--reference", "BUN 2027/12", *extra)
    assert result.exit_code == 0, result.stderr
    return path


def data(path: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def write(path: Path, content: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")


def change_answers(path: Path, **changes: Any) -> None:
    """Change the plan's own answers (not the decision's copy of them)."""
    content = data(path)
    content["answers"].update(changes)
    write(path, content)


def since(run: Run, path: Path, *args: str) -> Any:
    result = run("diff", str(path), "--since-decision", *args)
    assert result.exit_code == 0, result.stderr
    return result


def test_a_decision_keeps_a_copy_of_what_it_was_taken_on(tmp_path: Path, run: Run) -> None:
    path = decided(tmp_path, run)
    saved = data(path)
    basis = saved["decision"]["basis"]
    assert basis["answers"] == saved["answers"]
    # the copy is what the digest was taken of
    flow = load_content(None).flow
    record = answers.load(path, flow)
    assert record.decision is not None and record.decision.basis is not None
    assert digest_of(basis["answers"], record.decision.basis.proposal) == answers_digest(record)


def test_a_replaced_decision_keeps_its_digest_but_not_a_second_copy(
    tmp_path: Path, run: Run
) -> None:
    path = decided(tmp_path, run)
    assert run("decide", str(path), *FLAGS, "--reference", "BUN 2027/19").exit_code == 0
    saved = data(path)
    assert "basis" in saved["decision"]
    (earlier,) = saved["history"]
    assert earlier["reference"] == "BUN 2027/12" and "basis" not in earlier
    assert earlier["answers_digest"].startswith("sha256:")


def test_nothing_changed_since_the_decision(tmp_path: Path, run: Run) -> None:
    path = decided(tmp_path, run)
    rich = since(run, path).stdout
    assert "Changes in skolan.yaml since the decision of 2027-01-15 (BUN 2027/12)" in rich
    assert "No answers have changed." in rich
    report = json.loads(since(run, path, "--format", "json").stdout)
    assert report["since_decision"]["answers_changed"] is False
    assert report["answers"] == [] and report["verdict"]["changed"] is False


def test_changed_answers_are_shown_in_every_format(tmp_path: Path, run: Run) -> None:
    path = decided(tmp_path, run)
    change_answers(path, hours_per_week=1, comments="open")
    rich = " ".join(since(run, path).stdout.split())
    assert "~ How much time a week can you spend on the account?" in rich
    assert "before: 3 hours" in rich and "now: 1 hour" in rich
    assert "New condition: You have less than two hours a week for the account." in rich
    markdown = since(run, path, "--format", "markdown").stdout
    assert markdown.startswith("# Changes in skolan.yaml since the decision of 2027-01-15")
    assert "  - before: 3 hours" in markdown and "  - now: 1 hour" in markdown
    report = json.loads(since(run, path, "--format", "json").stdout)
    assert report["since_decision"] == {
        "date": "2027-01-15",
        "reference": "BUN 2027/12",
        "outcome": "approved",
        "answers_changed": True,
        "proposal_changed": False,
    }
    changed = {(a["question"], a["old"], a["new"]) for a in report["answers"]}
    assert changed == {("hours_per_week", 3, 1), ("comments", "closed", "open")}
    # the report agrees that the decision applies to an earlier version
    shown = json.loads(run("report", str(path), "--format", "json").stdout)["decision"]
    assert shown["applies_to_earlier_version"] is True
    # -o writes the same into a file
    target = tmp_path / "since.md"
    assert run("diff", str(path), "--since-decision", "-o", str(target)).exit_code == 0
    assert "now: 1 hour" in target.read_text(encoding="utf-8")


def test_a_changed_proposal_is_said_even_when_no_answer_changed(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "skolan.yaml"
    shutil.copyfile(EXAMPLES / "school_parents.yaml", path)
    content = data(path)
    content["proposal"] = {"accounts": [{"platform": "facebook", "hours_per_week": 3}]}
    write(path, content)
    assert run("decide", str(path), *FLAGS).exit_code == 0
    content = data(path)
    content["proposal"]["accounts"][0]["hours_per_week"] = 5
    write(path, content)
    rich = since(run, path).stdout
    assert "No answers have changed." in rich
    assert "The proposal (channel, account, people responsible, start) has changed" in rich
    report = json.loads(since(run, path, "--format", "json").stdout)
    assert report["since_decision"]["proposal_changed"] is True


def test_an_unanswered_question_in_the_copy_survives_the_round_trip(
    tmp_path: Path, run: Run
) -> None:
    path = tmp_path / "skolan.yaml"
    shutil.copyfile(EXAMPLES / "school_parents.yaml", path)
    content = data(path)
    content["answers"]["knowledge"] = None  # unanswered: a decision needs --allow-incomplete
    write(path, content)
    assert run("decide", str(path), *FLAGS, "--allow-incomplete").exit_code == 0
    assert data(path)["decision"]["basis"]["answers"]["knowledge"] is None
    assert "No answers have changed." in since(run, path).stdout


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        ("no-decision", "has no decision to compare with. Record the decision with somplan"),
        ("no-copy", "was recorded by an earlier version of somplan, without a copy"),
        ("edited-copy", "does not match the decision's digest (answers_digest)"),
    ],
)
def test_without_a_usable_copy_it_says_why_with_exit_3(
    tmp_path: Path, run: Run, spoil: str, expected: str
) -> None:
    path = decided(tmp_path, run)
    content = data(path)
    if spoil == "no-decision":
        del content["decision"]
    elif spoil == "no-copy":
        del content["decision"]["basis"]
    else:
        content["decision"]["basis"]["answers"]["hours_per_week"] = 40
    write(path, content)
    result = run("diff", str(path), "--since-decision")
    assert result.exit_code == ExitCode.INPUT_INVALID
    assert expected in " ".join(result.stderr.split())
    assert "Traceback" not in result.output
    # the plan itself is fine for every other command
    assert run("report", str(path), "--format", "json").exit_code == 0


def test_since_decision_takes_one_file_and_diff_otherwise_two(tmp_path: Path, run: Run) -> None:
    path = decided(tmp_path, run)
    both = run("diff", str(path), str(path), "--since-decision")
    assert both.exit_code == ExitCode.USAGE
    assert "give the plan file only" in both.stderr
    one = run("diff", str(path))
    assert one.exit_code == ExitCode.USAGE
    assert "Give two answers files" in one.stderr and "--since-decision" in one.stderr


def test_in_swedish(tmp_path: Path, run: Run) -> None:
    path = decided(tmp_path, run)
    change_answers(path, hours_per_week=1)
    result = run("diff", str(path), "--since-decision", lang="sv")
    text = " ".join(result.stdout.split())
    assert "Ändringar i skolan.yaml sedan beslutet 2027-01-15 (BUN 2027/12)" in text
    assert "före: 3 timmar" in text
