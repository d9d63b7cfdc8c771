"""`somplan diff OLD NEW`: changed answers by section and what they did to the verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .common import ROOT, Run

ELDERLY = ROOT / "examples" / "answers" / "elderly_care_relatives.yaml"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    text = ELDERLY.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    changed = text.replace("hours_per_week: 1", "hours_per_week: 4").replace(
        "has_deputy: false", "has_deputy: true"
    )
    changed = changed.replace("comment_policy: no_policy", "comment_policy: will_write")
    # an unanswered question: the new side is provisional
    changed = changed.replace("  consulted_communicator: false\n", "")
    new.write_text(changed, encoding="utf-8")
    return old, new


def test_json_diff_lists_changes_and_the_new_verdict(run: Run, pair: tuple[Path, Path]) -> None:
    old, new = pair
    result = run("diff", str(old), str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["verdict"] == {
        "old": "not_ready",
        "new": "ready_with_conditions",
        "changed": True,
        "old_provisional": False,
        "new_provisional": True,
    }
    changes = {(c["question"], c["change"]) for c in data["answers"]}
    assert changes == {
        ("hours_per_week", "changed"),
        ("has_deputy", "changed"),
        ("comment_policy", "changed"),
        ("consulted_communicator", "removed"),
    }
    hours = next(c for c in data["answers"] if c["question"] == "hours_per_week")
    assert (hours["old"], hours["new"], hours["section"]) == (1, 4, "capacity")
    capacity = next(d for d in data["dimensions"] if d["id"] == "capacity")
    assert capacity["new"] > capacity["old"]


def test_same_file_has_no_changes(run: Run) -> None:
    data = json.loads(run("diff", str(ELDERLY), str(ELDERLY), "--format", "json").stdout)
    assert data["answers"] == [] and data["dimensions"] == [] and data["channels"] == []
    assert data["verdict"]["changed"] is False


def test_terminal_view_in_swedish(run: Run, pair: tuple[Path, Path]) -> None:
    old, new = pair
    out = run("diff", str(old), str(new), lang="sv").stdout
    # The report's wording for the levels; the new side misses an answer, so it is provisional.
    assert "Utlåtande: Inte redo än → Redo, med villkor (preliminärt)" in out
    # The question on its line, the old and the new answer labelled under it (no colour needed).
    lines = out.splitlines()
    at = next(
        i for i, line in enumerate(lines) if line.startswith("~ ") and "timme" in lines[i + 1]
    )
    assert lines[at + 1].strip() == "före: 1 timme"  # one hour, singular (issue 22)
    assert lines[at + 2].strip() == "nu: 4 timmar"
    assert all(line == line.rstrip() for line in lines)  # piped: no padding


def test_markdown_view(run: Run, pair: tuple[Path, Path]) -> None:
    old, new = pair
    out = run("diff", str(old), str(new), "--format", "markdown").stdout
    assert out.startswith("# Changes from old.yaml to new.yaml")
    assert "- Verdict: Not ready yet → Ready, with conditions (provisional)" in out
    assert "  - before: 1 hour\n  - now: 4 hours" in out


def test_provisional_is_the_verdicts_word_in_every_format(run: Run, tmp_path: Path) -> None:
    # Left at the review step, every question answered: the verdict is not provisional, and no
    # format of the diff says otherwise (the report's header says the same).
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    text = ELDERLY.read_text(encoding="utf-8")
    old.write_text(text.replace("complete: true", "complete: false"), encoding="utf-8")
    new.write_text(text.replace("hours_per_week: 1", "hours_per_week: 4"), encoding="utf-8")
    data = json.loads(run("diff", str(old), str(new), "--format", "json").stdout)
    assert data["verdict"]["old_provisional"] is data["verdict"]["new_provisional"] is False
    for fmt in ("markdown", "rich"):
        assert "provisional" not in run("diff", str(old), str(new), "--format", fmt).stdout


def test_resolved_blockers_and_conditions_are_named(run: Run, pair: tuple[Path, Path]) -> None:
    old, new = pair
    data = json.loads(run("diff", str(old), str(new), "--format", "json").stdout)
    resolved = [f for f in data["findings"] if f["change"] == "resolved"]
    assert resolved, data["findings"]  # more hours and a deputy lift something that held it back
    out = run("diff", str(old), str(new)).stdout
    assert "✔ " in out and ("No longer a condition: " in out or "No longer a blocker: " in out)
    back = run("diff", str(new), str(old)).stdout  # the other way round they come back
    assert "✘ New " in back


def test_different_units_are_flagged(run: Run, tmp_path: Path) -> None:
    other = ROOT / "examples" / "answers" / "library_teens.yaml"
    out = run("diff", str(ELDERLY), str(other)).stdout
    assert "the files are for different units" in out
    same = run("diff", str(ELDERLY), str(ELDERLY)).stdout
    assert "different units" not in same


def test_broken_file_is_exit_3(run: Run, pair: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = pair
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: answers\nflow: {id: other, version: 1}\n", encoding="utf-8")
    result = run("diff", str(old), str(bad))
    assert result.exit_code == 3
    assert str(bad) in result.stderr
