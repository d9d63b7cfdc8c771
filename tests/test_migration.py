"""Answers files that survive a changed flow: renamed questions and choices, removed questions,
new questions asked, and clear errors for newer or foreign files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from somplan.content import answers
from somplan.content.loader import load_content
from somplan.content.problems import ProblemError
from somplan.content.yamlsource import read_file
from somplan.text.i18n import Msg

from .common import FIXTURES, Run
from .fakes import WizardScript, start_command

V2 = FIXTURES / "content_v2"
OLD = FIXTURES / "migration" / "plan-v1.yaml"


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    target = tmp_path / "plan.yaml"
    shutil.copy(OLD, target)
    return target


def test_each_kind_of_migration_is_applied_and_reported(old_copy: Path) -> None:
    flow = load_content(V2).flow
    notes: list[Msg] = []
    record = answers.load(old_copy, flow, notes)
    assert record.flow.version == 2
    assert (
        record.answers["goal_text"] == "Fler unga låntagare" and "goal_detail" not in record.answers
    )
    assert record.answers["channels_today"] == ["web", "print"]
    assert "confidence" not in record.answers and record.retired == {"confidence": 3}
    assert [n.key for n in notes] == [
        "migration.renamed-question",
        "migration.renamed-choice",
        "migration.removed-question",
    ]
    assert "goal_text" in notes[0].text("en") and "retired" in notes[2].text("en")


def test_merged_choices_do_not_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    text = OLD.read_text(encoding="utf-8").replace("[web, posters]", "[posters, web]")
    path.write_text(text, encoding="utf-8")
    record = answers.load(path, load_content(V2).flow)
    assert record.answers["channels_today"] == ["print", "web"]


def test_retired_answers_are_kept_in_the_saved_file(old_copy: Path, tmp_path: Path) -> None:
    flow = load_content(V2).flow
    record = answers.load(old_copy, flow)
    answers.save(old_copy, record)
    saved = read_file(old_copy).data
    assert saved["retired"] == {"confidence": 3}
    assert saved["flow"] == {"id": "fixture", "version": 2}


def test_start_asks_only_the_new_question(
    old_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(tmp_path / "data"))
    p = WizardScript([True])
    code = start_command(V2, old_copy, "en", lambda _l: p, lambda: True)
    assert code == 0
    assert p.ids == ["budget"]
    assert "now belongs to the question 'goal_text'" in capsys.readouterr().err
    assert read_file(old_copy).data["answers"]["budget"] is True


def test_newer_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        OLD.read_text(encoding="utf-8").replace("version: 1}", "version: 3}"), encoding="utf-8"
    )
    with pytest.raises(ProblemError) as info:
        answers.load(path, load_content(V2).flow)
    problem = info.value.problems[0]
    assert problem.code == "answers-newer-flow" and (problem.line, problem.column) == (4, 30)


def test_other_flow_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        OLD.read_text(encoding="utf-8").replace("id: fixture", "id: another"), encoding="utf-8"
    )
    with pytest.raises(ProblemError) as info:
        answers.load(path, load_content(V2).flow)
    assert info.value.problems[0].code == "answers-other-flow"


def test_an_old_file_without_migration_for_a_removed_question_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(OLD.read_text(encoding="utf-8") + "  vanished: 1\n", encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        answers.load(path, load_content(V2).flow)
    assert info.value.problems[0].code == "answers-unknown-question"


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (
            "rename_question: {from: goal_detail, to: goal_text}",
            "rename_question: {from: goal_detail, to: nothing}",
            "migration-unknown-question",
        ),
        (
            "remove_question: {id: confidence}",
            "remove_question: {id: hours}",
            "migration-removes-existing",
        ),
        ("to: print}", "to: nope}", "when-unknown-choice"),
        ("  - version: 2", "  - version: 3", "migration-version"),
        ("      - remove_question: {id: confidence}", "      - {}", "change-shape"),
    ],
)
def test_migration_mistakes_are_positioned(tmp_path: Path, old: str, new: str, code: str) -> None:
    folder = tmp_path / "c"
    shutil.copytree(V2, folder)
    flow = folder / "flow.yaml"
    text = flow.read_text(encoding="utf-8")
    assert old in text
    flow.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_content(folder)
    found = [p for p in info.value.problems if p.code == code]
    assert found and found[0].line is not None and found[0].line > 40


def test_a_newer_file_format_is_refused_with_its_position(tmp_path: Path, run: Run) -> None:
    """`format: 99` used to be read as if it were format 1; now it names the line and says upgrade."""
    path = tmp_path / "p.yaml"
    text = OLD.read_text(encoding="utf-8")
    assert "format: 1\n" in text
    path.write_text(text.replace("format: 1\n", "format: 99\n"), encoding="utf-8")
    line = text.splitlines().index("format: 1") + 1
    result = run("report", str(path), "--format", "json")
    assert result.exit_code == 3
    assert f"{path}:{line}:9: " in result.stderr
    assert "newer somplan" in result.stderr and "upgrade" in result.stderr.lower()
    assert result.stdout == ""
