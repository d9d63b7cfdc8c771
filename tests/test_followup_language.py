"""`somplan followup` speaks the plan's language unless --lang is given, and every command it prints
runs as printed, also when the paths have spaces and quotes in them."""

from __future__ import annotations

import shlex
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from somplan.cli import build_app

from .common import ROOT
from .fakes import WizardScript
from .test_followup_command import THRIVING, followup

PLAN = ROOT / "examples/answers/school_parents.yaml"
PERSONA = ROOT / "examples/followup/overloaded.yaml"


def somplan(*argv: str) -> tuple[int, str, str]:
    """The command line as a user types it (no --lang unless given), help texts in Swedish."""
    result = CliRunner().invoke(build_app("sv"), list(argv), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _in_english(source: Path, target: Path) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["language"] = "en"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def test_report_follows_the_followup_file_unless_lang_is_given(tmp_path: Path) -> None:
    english = _in_english(PERSONA, tmp_path / "followup.yaml")
    code, out, _ = somplan("followup", str(PLAN), "-a", str(english), "--report", "-f", "markdown")
    assert code == 0 and out.startswith("# Follow-up of the account")
    code, out, _ = somplan(
        "followup", str(PLAN), "-a", str(english), "--report", "-f", "markdown", "--lang", "sv"
    )
    assert code == 0 and out.startswith("# Uppföljning av kontot")
    # --lang before the command counts as given too
    code, out, _ = somplan(
        "--lang", "sv", "followup", str(PLAN), "-a", str(english), "--report", "-f", "markdown"
    )
    assert out.startswith("# Uppföljning av kontot")


def test_the_interview_follows_the_plan_unless_lang_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _in_english(ROOT / "examples/answers/culture_house_events.yaml", tmp_path / "p.yaml")
    seen: list[str] = []

    def make(lang: str) -> WizardScript:
        seen.append(lang)
        return WizardScript(list(THRIVING))

    code = followup(None, plan, tmp_path / "f1.yaml", None, "sv", make_prompter=make,
                    lang_given=False, today=date(2027, 3, 2))  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and seen == ["en"]
    assert "Follow-up of the plan" in out and "Recommendation: Continue" in out
    assert yaml.safe_load((tmp_path / "f1.yaml").read_text(encoding="utf-8"))["language"] == "en"
    code = followup(None, plan, tmp_path / "f2.yaml", None, "sv", make_prompter=make,
                    lang_given=True)  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and seen == ["en", "sv"]
    assert "Uppföljning av planen" in out and "Förslag: Fortsätt" in out


def _command(text: str) -> list[str]:
    """The arguments of the `somplan …` command in ``text`` (as a shell would split it)."""
    line = " ".join(text.split("\n"))
    start = line.rindex("somplan followup")  # the last one: the command at the end
    words = shlex.split(line[start:])
    end = words.index("--report") + 1 if "--report" in words else len(words)
    return words[1:end]


def test_printed_commands_run_as_printed_with_awkward_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Mina planer (2027)"
    folder.mkdir()
    plan = folder / "kultur huset's plan.yaml"
    shutil.copy(ROOT / "examples/answers/culture_house_events.yaml", plan)
    target = folder / "uppföljning $HOME; rm.yaml"
    # Ctrl-C: the resume command continues the same file
    code = followup(WizardScript([*THRIVING[:3], KeyboardInterrupt]), plan, target, None, "sv")
    assert code == 130
    resume = _command(capsys.readouterr().err)
    assert resume == ["followup", str(plan), "--answers", str(target)]
    # the whole follow-up: the command that shows it again (`somplan report FOLLOWUP`, which
    # shows a follow-up) works as printed, quoted
    code = followup(WizardScript(THRIVING[3:]), plan, target, None, "sv")
    assert code == 0
    line = " ".join(capsys.readouterr().out.split("\n"))
    again = shlex.split(line[line.rindex("somplan report") :])[1:]
    assert again == ["report", str(target)]
    code, out, err = somplan(*again)
    assert code == 0, err
    assert "Förslag: Fortsätt" in out
