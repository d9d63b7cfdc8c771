"""`somplan diff OLD NEW`: changed answers by section and what they did to the verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, Run

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
    assert "Utlåtande: Inte redo än → Redo med villkor (preliminärt)" in out
    assert "1 timmar → 4 timmar" in out


def test_markdown_view(run: Run, pair: tuple[Path, Path]) -> None:
    old, new = pair
    out = run("diff", str(old), str(new), "--format", "markdown").stdout
    assert out.startswith("# Changes from old.yaml to new.yaml")
    assert "- Verdict: Not ready yet → Ready with conditions (provisional)" in out


def test_broken_file_is_exit_3(run: Run, pair: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = pair
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: answers\nflow: {id: other, version: 1}\n", encoding="utf-8")
    result = run("diff", str(old), str(bad))
    assert result.exit_code == 3
    assert str(bad) in result.stderr
