"""`somplan start` orchestration: where answers go, resuming, refusing foreign files, write failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from somplan.content import answers
from somplan.content.loader import load_content
from somplan.content.yamlsource import read_file
from somplan.exitcodes import ExitCode

from .common import FIXTURES
from .fakes import WizardScript, start_command

CONTENT = FIXTURES / "content"
FULL = ["dialogue", "Mål", 4, True, ["web"], 3]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(folder))
    return folder


def start(prompter: WizardScript, answers_path: Path | None = None, lang: str = "sv") -> int:
    return start_command(CONTENT, answers_path, lang, lambda _lang: prompter, lambda: True)


def test_new_plan_goes_to_the_data_folder_and_says_where(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert start(WizardScript(list(FULL))) == 0
    files = list(data_dir.glob("plan-*.yaml"))
    assert len(files) == 1
    out = capsys.readouterr().out
    assert out.count(str(files[0])) >= 2  # printed at start and at the end
    assert read_file(files[0]).data["complete"] is True


def test_unfinished_plan_is_offered_and_resumed(data_dir: Path) -> None:
    assert start(WizardScript(["dialogue", "Mål", KeyboardInterrupt])) == 130
    (unfinished,) = data_dir.glob("plan-*.yaml")
    assert read_file(unfinished).data["answers"] == {"goal": "dialogue", "goal_detail": "Mål"}
    p = WizardScript([4, True, ["web"], 3], confirms=[True])
    assert start(p) == 0
    assert p.confirmed == ["wizard.resume-offer"]
    assert p.ids == ["hours", "deputy", "channels_today", "confidence"]
    assert list(data_dir.glob("plan-*.yaml")) == [unfinished]
    assert read_file(unfinished).data["complete"] is True


def test_declining_the_offer_starts_a_new_file(data_dir: Path) -> None:
    assert start(WizardScript(["dialogue", "Mål", KeyboardInterrupt])) == 130
    (old,) = data_dir.glob("plan-*.yaml")
    before = old.read_bytes()
    p = WizardScript(list(FULL), confirms=[False])
    assert start(p) == 0
    assert old.read_bytes() == before
    assert len(list(data_dir.glob("plan-*.yaml"))) == 2


def test_interrupt_prints_where_and_how_to_continue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.yaml"
    assert start(WizardScript(["dialogue", KeyboardInterrupt]), target) == 130
    err = capsys.readouterr().err
    assert f"somplan start --answers {target}" in err
    assert "Traceback" not in err
    assert read_file(target).data["answers"] == {"goal": "dialogue"}


def test_answers_file_of_another_flow_is_refused_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.yaml"
    text = (
        "kind: answers\nformat: 1\nflow: {id: other_flow, version: 1}\nanswers: {goal: dialogue}\n"
    )
    target.write_text(text, encoding="utf-8")
    assert start(WizardScript([]), target) == 3
    assert target.read_text(encoding="utf-8") == text
    assert "other_flow" in capsys.readouterr().err


def test_invalid_answer_in_a_hand_edited_file_is_positioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(
        "kind: answers\nflow: {id: fixture, version: 1}\nanswers:\n  hours: 99\n", encoding="utf-8"
    )
    assert start(WizardScript([]), target, lang="en") == 3
    err = capsys.readouterr().err
    assert f"{target}:4:10: The answer to 'hours' is invalid" in err


def test_revising_a_complete_file_preselects_and_keeps_it(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    assert start(WizardScript(list(FULL)), target) == 0
    p = WizardScript([7], reviews=["hours", None])
    assert start(p, target) == 0
    assert p.asked[0].current == 4
    data = read_file(target).data
    assert data["answers"]["hours"] == 7 and data["answers"]["goal_detail"] == "Mål"


def test_missing_folder_falls_back_and_keeps_every_answer(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "folder" / "plan.yaml"
    # Every answer is kept, but not where the user asked: the exit code for "could not write".
    assert start(WizardScript(list(FULL)), target, lang="en") == ExitCode.WRITE_FAILED
    (fallback,) = data_dir.glob("recovered-*.yaml")
    err = capsys.readouterr().err
    assert str(target) in err and str(fallback) in err
    flow = load_content(CONTENT).flow
    assert answers.load(fallback, flow).answers["goal_detail"] == "Mål"


def test_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code = start_command(CONTENT, None, "sv", None, lambda: False)
    assert code == 2
    assert "somplan report" in capsys.readouterr().err


def test_the_unit_name_is_asked_once_and_saved_with_the_answers(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    first = WizardScript(list(FULL), units=["Stadsbiblioteket"])
    assert start(first, target) == 0
    assert read_file(target).data["unit"] == "Stadsbiblioteket"
    again = WizardScript([], reviews=[None], units=["Not asked"])
    assert start(again, target) == 0
    assert again.units == ["Not asked"]  # the file has a name: the question is not asked again
    assert read_file(target).data["unit"] == "Stadsbiblioteket"


def test_a_skipped_unit_name_leaves_the_field_out(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    assert start(WizardScript(list(FULL)), target) == 0
    assert "unit" not in read_file(target).data


def test_several_unfinished_plans_are_offered_newest_first(data_dir: Path) -> None:
    import os

    assert start(WizardScript(["dialogue", KeyboardInterrupt], units=["Alfa"])) == 130
    second = WizardScript(["dialogue", "Mål", KeyboardInterrupt], units=["Beta"], confirms=[False])
    assert start(second) == 130  # Alfa's plan was offered and declined
    alfa, beta = sorted(data_dir.glob("*.yaml"))
    os.utime(alfa, (1_800_000_000, 1_800_000_000))
    os.utime(beta, (1_800_000_100, 1_800_000_100))
    p = WizardScript(["Mål", 4, True, ["web"], 3], chooses=[1])  # the second: Alfa, the older
    assert start(p, lang="en") == 0
    ((key, labels),) = p.chose
    assert key == "wizard.resume-pick"
    assert labels[0].startswith("Beta · ") and labels[0].endswith(" · 2 answers")
    assert labels[1].startswith("Alfa · ") and labels[1].endswith(" · 1 answer")
    assert labels[2] == "Start a new plan"
    assert p.ids == ["goal_detail", "hours", "deputy", "channels_today", "confidence"]
    assert read_file(alfa).data["complete"] is True
    assert read_file(beta).data["complete"] is False


def test_a_plan_left_at_the_first_question_is_offered_beside_the_others(data_dir: Path) -> None:
    """The 2026-12-04 review: after Ctrl-C at question 1 ("Biblioteket Väster"), the next start
    offered only the other unfinished plan; the library could only be found with `plans`."""
    assert start(WizardScript(["dialogue", "Mål", KeyboardInterrupt], units=["Alfa"])) == 130
    assert (
        start(WizardScript([KeyboardInterrupt], units=["Biblioteket Väster"], confirms=[False]))
        == 130
    )
    assert len(list(data_dir.glob("*.yaml"))) == 2
    p = WizardScript([KeyboardInterrupt], chooses=[None])
    assert start(p) == 130
    ((key, labels),) = p.chose
    assert key == "wizard.resume-pick"
    assert any(label.startswith("Biblioteket Väster · ") for label in labels)
    assert len(labels) == 3  # both plans and "start a new plan"


def test_renaming_the_unit_in_the_review_renames_the_file_it_was_named_after(
    data_dir: Path,
) -> None:
    """Both 2026-12-04 reviews: the typo "Ekbackens skla" was fixed in the review, but the file
    stayed ekbackens-skla-….yaml and `plans` showed both spellings side by side."""
    from somplan.interview.engine import UNIT_ROW

    p = WizardScript(
        list(FULL), units=["Ekbackens skla"], renames=["Ekbackens skola"], reviews=[UNIT_ROW, None]
    )
    assert start(p) == 0
    (path,) = data_dir.glob("*.yaml")
    assert path.name.startswith("ekbackens-skola-")
    assert read_file(path).data["unit"] == "Ekbackens skola"
    assert read_file(path).data["complete"] is True
    assert "wizard.file-renamed" in p.notices


def test_a_file_the_user_named_keeps_its_name_when_the_unit_is_renamed(tmp_path: Path) -> None:
    from somplan.interview.engine import UNIT_ROW

    target = tmp_path / "var-plan.yaml"
    p = WizardScript(list(FULL), units=["Skla"], renames=["Skola"], reviews=[UNIT_ROW, None])
    assert start(p, target) == 0
    assert target.is_file() and read_file(target).data["unit"] == "Skola"
    assert "wizard.file-renamed" not in p.notices


def test_new_plans_are_named_after_the_unit(data_dir: Path) -> None:
    assert start(WizardScript(list(FULL), units=["Förskolan Äppelträdet / Norr"])) == 0
    (path,) = data_dir.glob("*.yaml")
    assert path.name.startswith("forskolan-appeltradet-norr-") and path.suffix == ".yaml"


def test_ctrl_c_before_anything_is_saved_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    class StopAtName(WizardScript):
        def text(self, key: str, max_length: int, *args: Any, **params: Any) -> str | None:
            raise KeyboardInterrupt

    assert start(StopAtName([]), lang="en") == 130
    err = capsys.readouterr().err
    assert "Nothing was changed" in err and "--answers" not in err
    assert not data_dir.exists() or not list(data_dir.iterdir())


def test_a_plan_goes_on_in_its_own_language_unless_lang_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.yaml"
    assert start(WizardScript(["dialogue", KeyboardInterrupt]), target, lang="en") == 130
    seen: list[str] = []

    def make(lang: str) -> WizardScript:
        seen.append(lang)
        return WizardScript(["Mål", 4, True, ["web"], 3])

    code = start_command(CONTENT, target, "sv", make, lambda: True, lang_given=False)
    assert code == 0
    assert seen[-1] == "en" and "Welcome back" in capsys.readouterr().out
    assert read_file(target).data["language"] == "en"


def test_a_long_unit_name_gives_a_file_name_of_whole_words() -> None:
    from somplan.interview.wizard import slug

    assert slug("Stadsbiblioteket Norra, ungdomsavdelningen") == "stadsbiblioteket-norra"
    assert slug("Förskolan Äppelträdet") == "forskolan-appeltradet"
    assert (
        slug("Sporthallen Valhalla och simhallen i Norrby")
        == "sporthallen-valhalla-och-simhallen-i"
    )
    assert slug("x" * 50) == "x" * 40
    assert slug("a" * 40 + " b") == "a" * 40
