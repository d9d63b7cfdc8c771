"""Every table a command draws fits the terminal at 60, 80 and 120 columns, and no cell's text is
cropped or broken inside a word: a unit's words stay whole, a file's name breaks only after
"/", "_" or "-" (issue 21, item 5)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from .common import ROOT, Run

EXAMPLES = ROOT / "examples" / "answers"
WIDTHS = (60, 80, 120)
#: The pieces a file's name may be broken into (as text.layout.break_name makes them).
PIECES = re.compile(r"[^/_\-\s]*[/_\-]+|[^/_\-\s]+")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The examples under a path longer than any of the widths tried, each saved on one day (so
    that their follow-ups fall due)."""
    target = tmp_path / ("a_rather_long-folder_name" * 3) / "plans"
    target.mkdir(parents=True)
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["updated"] = "2026-01-15T10:00:00+00:00"
        (target / path.name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def assert_whole(out: str, texts: list[str], width: int) -> None:
    lines = out.splitlines()
    too_long = [line for line in lines if len(line) > width]
    assert too_long == [], f"lines wider than {width} columns"
    for text in texts:
        for word in text.split():
            for piece in PIECES.findall(word):
                assert any(piece in line for line in lines), f"{piece!r} of {text!r} is broken"


@pytest.mark.parametrize("width", WIDTHS)
def test_summary_table(run: Run, folder: Path, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    data = json.loads(run("summary", str(folder), "--format", "json", lang="sv").stdout)
    out = run("summary", str(folder), lang="sv").stdout
    texts = [r["unit"] for r in data["rows"]] + [Path(r["file"]).name for r in data["rows"]]
    assert_whole(out, texts + [c for r in data["rows"] for c in r["top_channels"]], width)


@pytest.mark.parametrize("width", WIDTHS)
def test_plans_table(run: Run, folder: Path, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(folder))
    monkeypatch.setenv("COLUMNS", str(width))
    data = json.loads(run("plans", "--format", "json", lang="sv").stdout)
    out = run("plans", lang="sv").stdout
    assert str(folder) in out.replace("\n", "")  # the folder wraps, never cut off
    texts = [p["unit"] for p in data["plans"]]
    if "somplan plans --format md" in " ".join(out.split()):  # too narrow for the names
        assert width < 80
    else:
        texts += [Path(p["file"]).name for p in data["plans"]]
    assert_whole(out, texts, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_due_table(run: Run, folder: Path, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    argv = ("summary", str(folder), "--due", "--today", "2031-01-01")
    data = json.loads(run(*argv, "--format", "json", lang="sv").stdout)
    assert data["rows"], "every example's follow-up is overdue by 2031"
    out = run(*argv, lang="sv").stdout
    texts = [r["unit"] for r in data["rows"]]
    if "--format md visar dem" in " ".join(out.split()):  # too narrow for the names
        assert width < 120
    else:
        texts += [Path(r["file"]).name for r in data["rows"]]
    assert_whole(out, texts, width)


def test_nothing_due_is_a_sentence_not_an_empty_table(run: Run, folder: Path) -> None:
    out = run("summary", str(folder), "--due", "--today", "2000-01-01", lang="en").stdout
    assert "No follow-up is overdue or due soon." in " ".join(out.split())
    assert "─" not in out and "┏" not in out
    markdown = run("summary", str(folder), "--due", "--today", "2000-01-01", "-f", "md", lang="en")
    assert "|" not in markdown.stdout and "No follow-up is overdue" in markdown.stdout
