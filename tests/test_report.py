"""`somplan report` as a user calls it: formats, languages, --output, and every error a sentence
with its exit code, never a traceback. The command core is driven through a small typer app built
here, like the real CLI, and directly."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from somplan.commands.report import run_report
from somplan.content.answers import AnswersFile, FlowRef
from somplan.content.loader import load_content
from somplan.errors import handled
from somplan.exitcodes import ExitCode
from somplan.render.report import print_assessment

from .common import FIXTURES, ROOT, SHIPPED

EXAMPLES = ROOT / "examples" / "answers"
EXPECTED_LEVELS = {
    "library_teens": "ready",
    "culture_house_events": "ready",
    "school_parents": "ready_with_conditions",
    "planning_office_detailed_plan": "ready_with_conditions",
    "elderly_care_relatives": "not_ready",
    "crisis_information": "not_ready",
    "youth_centre_everyone_does": "not_ready",
    "home_care_seniors": "not_social_media",
}


def report_app() -> typer.Typer:
    app = typer.Typer()

    @app.command()
    def report(
        file: Path,
        fmt: Annotated[str, typer.Option("--format")] = "rich",
        lang: Annotated[str, typer.Option("--lang")] = "sv",
        output: Annotated[Path | None, typer.Option("--output")] = None,
        questions: Annotated[Path | None, typer.Option("--questions")] = None,
    ) -> None:
        raise typer.Exit(handled(lambda: run_report(file, fmt, lang, output, questions), lang))  # type: ignore[arg-type]

    return app


def report(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(report_app(), list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("name", "level"), sorted(EXPECTED_LEVELS.items()))
def test_json_report_of_each_example_gives_its_level(name: str, level: str) -> None:
    code, out, err = report(str(EXAMPLES / f"{name}.yaml"), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["verdict"]["level"] == level


def test_report_is_swedish_by_default_and_english_on_request() -> None:
    path = str(EXAMPLES / "school_parents.yaml")
    _, sv, _ = report(path, "--format", "markdown")
    _, en, _ = report(path, "--format", "markdown", "--lang", "en")
    assert "## Utlåtande: Redo, med villkor" in sv
    assert "## Verdict: Ready, with conditions" in en


def test_rich_report_on_stdout() -> None:
    code, out, _ = report(str(EXAMPLES / "culture_house_events.yaml"))
    assert code == 0
    assert "Utlåtande: Redo" in out and "Instagram" in out


def test_output_writes_the_file_and_says_so(tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    code, out, err = report(
        str(EXAMPLES / "library_teens.yaml"), "--format", "markdown", "--output", str(target)
    )
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("# Plan för sociala medier")
    assert f"Rapporten skrevs till {target}." in err


def test_rich_output_to_a_file_has_no_terminal_codes(tmp_path: Path) -> None:
    target = tmp_path / "plan.txt"
    code, _, _ = report(str(EXAMPLES / "library_teens.yaml"), "--output", str(target))
    text = target.read_text(encoding="utf-8")
    assert code == 0 and "\x1b" not in text and "Utlåtande: Redo" in text


def test_output_into_a_missing_folder_is_exit_4(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "plan.json"
    code, _, err = report(
        str(EXAMPLES / "library_teens.yaml"), "--format", "json", "--output", str(target)
    )
    assert code == ExitCode.WRITE_FAILED
    assert "Kunde inte skriva" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_missing_answers_file_is_exit_3(tmp_path: Path) -> None:
    code, out, err = report(str(tmp_path / "nope.yaml"), "--lang", "en")
    assert code == ExitCode.INPUT_INVALID and out == ""
    assert (
        err.strip()
        == f"{tmp_path / 'nope.yaml'}: The file does not exist. Check the path and its spelling."
    )


def test_invalid_answer_is_reported_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    text = (EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("monitoring: weekdays_daily", "monitoring: sometimes"), "utf-8")
    line = next(i for i, s in enumerate(path.read_text().splitlines(), 1) if "sometimes" in s)
    code, _, err = report(str(path), "--lang", "en")
    assert code == ExitCode.INPUT_INVALID
    assert err.startswith(f"{path}:{line}:15: The answer to 'monitoring' is invalid")


@pytest.mark.parametrize(
    "corpus", ["ansi-escapes.yaml", "alias-bomb.yaml", "python-tag.yaml", "latin1.yaml"]
)
def test_hostile_files_are_one_paragraph_errors(corpus: str) -> None:
    path = ROOT.parent / "shared" / "corpus" / "yaml" / corpus
    if not path.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    code, out, err = report(str(path))
    assert code == ExitCode.INPUT_INVALID and out == ""
    assert "Traceback" not in err and "\x1b" not in err


def test_broken_catalogue_is_exit_3_with_position(tmp_path: Path) -> None:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    path = folder / "channels.yaml"
    path.write_text(path.read_text("utf-8").replace("moderation: high", "moderation: huge", 1))
    code, _, err = report(
        str(EXAMPLES / "library_teens.yaml"), "--questions", str(folder), "--lang", "en"
    )
    assert code == ExitCode.INPUT_INVALID
    assert err.startswith(f"{path}:") and "'huge' is not allowed" in err


def test_folder_without_catalogue_is_exit_3(tmp_path: Path) -> None:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    (folder / "channels.yaml").unlink()
    code, _, err = report(str(EXAMPLES / "library_teens.yaml"), "--questions", str(folder))
    assert code == ExitCode.INPUT_INVALID
    assert "saknar en fil av typen catalogue" in err


def test_unfinished_answers_still_report_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "kind: answers\nflow: {id: somplan_default, version: 1}\nanswers:\n  goals: [events]\n",
        encoding="utf-8",
    )
    code, out, err = report(str(path), "--format", "json", "--lang", "en")
    assert code == 0
    assert "not every question" in err
    assert json.loads(out)["verdict"]["level"] == "not_ready"  # nobody to run it, so far


def test_print_assessment_shows_the_rich_report(capsys: pytest.CaptureFixture[str]) -> None:
    content = load_content()
    record = AnswersFile(
        flow=FlowRef(id="somplan_default", version=1),
        answers={"goals": ["events"], "audience_uses_social": "few"},
    )
    print_assessment(content, record, "en")
    out = capsys.readouterr().out
    assert "Verdict: Social media is not the right tool for this" in out


def test_print_assessment_is_silent_without_a_catalogue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    content = load_content(FIXTURES / "content")
    record = AnswersFile(flow=FlowRef(id="fixture", version=1), answers={"goal": "dialogue"})
    print_assessment(content, record, "sv")
    assert capsys.readouterr().out == ""


def test_json_and_markdown_reports_do_not_import_rich() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from somplan.commands.report import run_report\n"
        f"for fmt in ('json', 'markdown'):\n"
        f"    assert run_report(Path({str(EXAMPLES / 'library_teens.yaml')!r}), fmt, 'sv', None, None) == 0\n"
        "print('rich' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr.strip().splitlines()[-1] == "False"
