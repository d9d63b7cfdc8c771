"""Every command that prints something a user may keep takes ``-o FILE``, writes it atomically,
says where, and (without ``--format``) picks the format from the file's ending; ``somplan``
alone shows the help, not an error (issue 21, items 2 and 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from somplan.cli import COMMANDS

from .common import ROOT, Run

EXAMPLES = ROOT / "examples" / "answers"
TEENS = EXAMPLES / "library_teens.yaml"
SCHOOL = EXAMPLES / "school_parents.yaml"


def test_every_command_that_prints_a_document_takes_output() -> None:
    takes = {name for name, (_, shared) in COMMANDS.items() if shared.output}
    # start asks questions, validate reports problems, decide writes into the plan file and
    # serve runs the web interview: none of them makes a document to keep.
    assert takes == set(COMMANDS) - {"start", "validate", "decide", "serve"}


@pytest.mark.parametrize(
    ("argv", "name", "looks_like"),
    [
        (("summary", str(EXAMPLES)), "overview.html", "<!DOCTYPE html>"),
        (("summary", str(EXAMPLES)), "overview.csv", "file,unit,"),
        (("diff", str(TEENS), str(SCHOOL)), "changes.md", "#"),
        (("diff", str(TEENS), str(SCHOOL)), "changes.json", "{"),
        (("plans",), "plans.md", "Saved plans in"),
        (("register", str(EXAMPLES)), "register.html", "<!DOCTYPE html>"),
        (("register", str(EXAMPLES), "--public"), "accounts.json", "{"),
        (("report", str(TEENS)), "plan.md", "#"),
        (("channels",), "channels.json", "{"),
    ],
)
def test_output_file_in_the_format_its_ending_names(
    run: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    name: str,
    looks_like: str,
) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(EXAMPLES))
    target = tmp_path / name
    result = run(*argv, "-o", str(target), lang="en")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # everything went to the file
    assert f"written to {target}" in " ".join(result.stderr.split())
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith(looks_like), text[:200]
    if name.endswith(".json"):
        json.loads(text)


def test_format_given_wins_over_the_ending(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    result = run("summary", str(EXAMPLES), "--format", "json", "-o", str(target), lang="en")
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["rows"]


def test_rich_output_to_a_file_has_no_colour_codes(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    assert run("summary", str(EXAMPLES), "-o", str(target), lang="sv").exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "\x1b[" not in text and "Stadsbiblioteket" in text


def test_output_into_a_missing_folder_is_one_sentence(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "x.md"
    result = run("diff", str(TEENS), str(SCHOOL), "-o", str(target), lang="en")
    assert result.exit_code == 4
    assert "Traceback" not in result.output and str(target) in result.stderr


def test_somplan_alone_shows_the_help_without_an_error(run: Run) -> None:
    for lang, usage, error in (
        ("sv", "Användning: somplan", "Fel"),
        ("en", "Usage: somplan", "Error"),
    ):
        result = run(lang=lang)
        assert result.exit_code == 0
        assert result.stdout.startswith(usage) and "start" in result.stdout
        assert error not in result.output
