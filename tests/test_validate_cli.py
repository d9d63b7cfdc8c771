"""`somplan validate` and `somplan schema` as a user and CI call them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from somplan.content.jsonschema import schema_text
from somplan.content.yamlsource import read_file

from .common import ROOT, SHIPPED, Run


def test_shipped_content_is_valid(run: Run) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "No problems" in result.stdout


def test_shipped_content_is_valid_in_swedish_by_default(run: Run) -> None:
    result = run("validate", lang="sv")
    assert result.exit_code == 0
    assert "Inga problem" in result.stdout


def test_one_deliberate_error_gives_exit_1_and_its_position(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    flow = folder / "flow.yaml"
    text = flow.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("kind: single"))
    lines[index] = lines[index].replace("kind: single", "kind: singel")
    flow.write_text("".join(lines), encoding="utf-8")
    column = lines[index].index("singel") + 1
    result = run("validate", str(folder))
    assert result.exit_code == 1
    assert f"{flow}:{index + 1}:{column}: The value 'singel' is not allowed" in result.stdout


def test_github_format_annotates_file_line_and_column(run: Run, content: Path) -> None:
    flow = content / "flow.yaml"
    flow.write_text(
        flow.read_text(encoding="utf-8").replace("version: 1", "version: 0"), encoding="utf-8"
    )
    result = run("validate", str(content), "--format", "github")
    assert result.exit_code == 1
    line = result.stdout.splitlines()[0]
    assert line.startswith(f"::error file={flow},line=3,col=10::")


def test_json_format_lists_every_problem(run: Run, content: Path) -> None:
    flow = content / "flow.yaml"
    text = flow.read_text(encoding="utf-8")
    flow.write_text(
        text.replace("version: 1", "version: 0").replace("id: goal_detail", "id: goal"),
        encoding="utf-8",
    )
    result = run("validate", str(content), "--format", "json")
    payload = json.loads(result.stdout)
    assert payload["ok"] is False
    assert len(payload["checked"]) == 2
    assert {p["code"] for p in payload["problems"]} == {
        "too-small"
    }  # schema errors stop the checks
    flow.write_text(
        text.replace("id: goal_detail", "id: goal").replace("equals: dialogue", "equals: x"),
        encoding="utf-8",
    )
    payload = json.loads(run("validate", str(content), "--format", "json").stdout)
    assert {p["code"] for p in payload["problems"]} == {"duplicate-id", "when-unknown-choice"}


def test_several_paths_and_files(run: Run, content: Path) -> None:
    result = run("validate", str(content / "flow.yaml"), str(content / "organisation.yaml"))
    assert result.exit_code == 0
    assert "2 files checked" in result.stdout


def test_missing_path_is_a_problem_not_a_crash(run: Run, tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert "does not exist" in result.stdout


def test_usage_error_exit_2(run: Run) -> None:
    """The usage error is a sentence in the user's language (cli_words translates click's)."""
    for lang, words in (("en", ("Error:", "Invalid value")), ("sv", ("Fel:", "Ogiltigt värde"))):
        result = run("validate", "--format", "xml", lang=lang)
        assert result.exit_code == 2
        assert all(w in result.stderr for w in words) and "'xml'" in result.stderr
        assert "text, github, json" in " ".join(result.stderr.split())


def test_empty_folder(run: Run, tmp_path: Path) -> None:
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    assert "holds no flow" in result.stdout


def test_schema_accepts_the_shipped_files() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_text())
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(SHIPPED.rglob("*.yaml"))
    assert files
    for path in files:
        errors = list(validator.iter_errors(read_file(path).data))
        assert errors == [], (path, [e.message for e in errors])


def test_schema_rejects_a_wrong_file(content: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    data = read_file(content / "flow.yaml").data
    data["sections"][0]["questions"][0]["kind"] = "singel"
    assert list(validator.iter_errors(data))


def test_committed_schema_is_up_to_date() -> None:
    committed = ROOT / "docs" / "schema" / "somplan.schema.json"
    assert committed.read_text(encoding="utf-8") == schema_text(), (
        "run: somplan schema -o docs/schema/somplan.schema.json"
    )


def test_schema_command_writes_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    result = run("schema", "-o", str(target))
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["$schema"].startswith(
        "https://json-schema.org/"
    )


def test_schema_command_cannot_write_into_a_missing_folder(run: Run, tmp_path: Path) -> None:
    result = run("schema", "-o", str(tmp_path / "missing" / "s.json"))
    assert result.exit_code == 4
    assert "does not exist" in result.stderr


def test_installed_program_help_lists_the_commands() -> None:
    exe = Path(sys.executable).parent / "somplan"
    assert exe.exists(), "the project must be installed (see README)"
    out = subprocess.run(
        [str(exe), "--help"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    for command in ("validate", "schema"):
        assert command in out
    assert "Slutkoder" in out  # Swedish by default
    english = subprocess.run(
        [str(exe), "--lang", "en", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    ).stdout
    assert "Exit codes" in english


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "somplan", "--version"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0
    assert result.stdout.startswith("somplan ")


def test_somplan_questions_names_the_default_content_folder(
    run: Run, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A municipality with its own questions sets SOMPLAN_QUESTIONS once instead of passing
    --questions to every command."""
    flow = content / "flow.yaml"
    flow.write_text(flow.read_text(encoding="utf-8") + "surprise: 1\n", encoding="utf-8")
    monkeypatch.setenv("SOMPLAN_QUESTIONS", str(content))
    checked = run("validate")
    assert checked.exit_code == 1 and f"{flow}:" in checked.stdout  # its own folder, not shipped
    example = ROOT / "examples" / "answers" / "library_teens.yaml"
    reported = run("report", str(example), "--format", "json")
    assert reported.exit_code == 3 and str(flow) in reported.stderr
    monkeypatch.delenv("SOMPLAN_QUESTIONS")
    assert run("report", str(example), "--format", "json").exit_code == 0


def test_validate_on_a_plan_says_it_is_an_answers_file_and_what_reads_it(run: Run) -> None:
    """Both 2026-12-04 reviews: "Okänd filtyp … flow, organisation, …" for a file with kind: answers."""
    from .common import ROOT

    plan = ROOT / "examples" / "answers" / "school_parents.yaml"
    result = run("validate", str(plan), lang="sv")
    assert result.exit_code == 1
    assert "är en svarsfil" in result.stdout + result.stderr
    assert f"somplan report {plan}" in " ".join((result.stdout + result.stderr).split())
