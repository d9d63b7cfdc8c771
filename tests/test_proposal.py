"""The proposal after the verdict: its questions in content YAML (checked by `somplan validate`),
the channels question's choices taken from the ranking, and the interview through the prompter
seam, in-process and in `somplan start`."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.scoring import assess
from somplan.content import account, answers
from somplan.content.loader import load_content
from somplan.content.model import PROPOSAL_TEXT_MAX
from somplan.interview.proposal import ask_proposal

from .common import SHIPPED, Run, without_account_record
from .fakes import ScriptedPrompter, WizardScript, start_command

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "answers"


def assessed(name: str) -> tuple[Any, Any, Any]:
    content = load_content(None, required=("flow", "organisation", "catalogue", "rules"))
    record = answers.load(EXAMPLES / f"{name}.yaml", content.flow)
    return content, record, assess(content, record, what_if=False)


# --- the content --------------------------------------------------------------------------------


def test_the_shipped_proposal_is_loaded_and_asks_what_a_decision_needs() -> None:
    content, _, _ = assessed("library_teens")
    texts = content.proposal
    assert texts is not None
    ids = [q.id for q in texts.questions]
    assert ids[0] == "channels" and "responsible_role" in ids and "substitute_role" in ids
    channels = texts.question("channels")
    assert channels is not None and channels.choices_from == "ranking"
    assert [q.text.en for q in texts.questions if q.text.en]  # both languages


def test_the_limits_of_the_questions_match_the_plan_file() -> None:
    """A question may not take more text than the plan file keeps (nothing typed is lost)."""
    assert PROPOSAL_TEXT_MAX["responsible_role"] == account.ROLE_MAX
    assert PROPOSAL_TEXT_MAX["responsible_name"] == account.NAME_MAX
    assert PROPOSAL_TEXT_MAX["name"] == PROPOSAL_TEXT_MAX["rhythm"] == account.SHORT_MAX
    assert PROPOSAL_TEXT_MAX["reason"] == account.LONG_MAX


def broken(tmp_path: Path, file: str, old: str, new: str) -> tuple[Path, str]:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return folder, text


@pytest.mark.parametrize(
    ("file", "old", "new", "says", "at"),
    [
        ("proposal.yaml", "    choices_from: ranking\n", "", "needs choices_from: ranking", "- id: channels"),
        ("proposal.yaml", "  - id: rhythm\n", "  - id: budget\n", "'budget' is not a field", "- id: budget"),
        ("proposal.yaml", "validation: {max: 500}", "validation: {max: 5000}", "at most 2000", "max: 5000"),
        ("proposal.yaml", "  - id: name\n    kind: text\n", "  - id: name\n    kind: text\n    choices_from: ranking\n", "only be used on the channels question", "choices_from: ranking\n    text: {sv: \"Vad ska"),
        ("proposal.yaml", "  - id: hours_per_week\n    kind: number", "  - id: hours_per_week\n    kind: text", "must be kind: number", "kind: text\n    text: {sv: \"Hur många"),
        ("proposal.yaml", "    choices_from: ranking\n", "    choices_from: everything\n", "not allowed", "choices_from: everything"),
        ("flow.yaml", "      - id: success_description\n        kind: text\n", "      - id: success_description\n        kind: text\n        choices_from: ranking\n", "only be used on the channels question", "choices_from: ranking"),
    ],
)  # fmt: skip
def test_validate_names_each_mistake_in_the_proposal_with_its_position(
    tmp_path: Path, run: Run, file: str, old: str, new: str, says: str, at: str
) -> None:
    folder, text = broken(tmp_path, file, old, new)
    result = run("validate", str(folder))
    assert result.exit_code == 1, result.stdout
    line = text[: text.index(at)].count("\n") + 1
    hits = [row for row in result.stdout.splitlines() if says in row]
    assert hits, result.stdout
    assert f"{file}:{line}:" in hits[0], (hits[0], line)


# --- asking the proposal through the prompter seam ----------------------------------------------


def test_the_channels_come_from_the_ranking_with_score_and_fit() -> None:
    content, _, assessment = assessed("library_teens")
    shown: list[tuple[str, str]] = []

    def pick(question: Any, current: Any, progress: Any) -> Any:
        shown.extend((c.id, c.label.get("en")) for c in question.choices)
        return ["instagram", "youtube"]

    prompter = ScriptedPrompter(
        [
            pick,
            "@bib",
            "2027-03",
            "Twice a week",
            4,
            "Librarian",
            "",
            "Head",
            "",  # instagram
            "Young people ask for video",
            None,
            None,
            None,
            None,
            "Librarian",
            None,
            "Head",
            None,
            "2027-06-01",
        ]
    )
    proposal = ask_proposal(content.proposal, assessment, prompter, "en")
    ranked = [c.channel.id for c in assessment.channels]
    assert [i for i, _ in shown] == [*ranked, "other", "none"]
    best = assessment.channels[0]
    assert shown[0][1] == f"{best.channel.name.en} · {best.score} of 100 · fits"
    youtube = next(label for i, label in shown if i == "youtube")
    assert youtube.endswith("fits poorly")
    first, second = proposal.accounts
    assert (first.platform, first.name, first.start, first.hours_per_week) == (
        "instagram", "@bib", "2027-03", 4,
    )  # fmt: skip
    assert first.reason is None  # a channel that fits: no reason asked
    assert first.responsible == account.Person(role="Librarian")
    assert second.platform == "youtube" and second.reason == "Young people ask for video"
    assert proposal.first_followup == "2027-06-01"
    assert "proposal.for-channel" in prompter.notices


def test_no_account_for_now_asks_nothing_more() -> None:
    content, _, assessment = assessed("library_teens")
    prompter = ScriptedPrompter([["none"]])
    proposal = ask_proposal(content.proposal, assessment, prompter, "en")
    assert proposal.accounts == [] and proposal.first_followup is None
    assert prompter.ids == ["channels"]


def test_another_channel_is_named_and_a_not_ready_verdict_asks_for_a_reason() -> None:
    content, _, assessment = assessed("youth_centre_everyone_does")
    assert assessment.verdict.level == "not_ready"
    prompter = ScriptedPrompter(
        [
            ["other"],
            "Kommunens app",
            "Där finns ungdomarna",
            None,
            None,
            None,
            None,
            "Fritidsledare",
            None,
            "Chef",
            None,
            "2027-13-45",
            "2027-05-02",
        ]
    )
    proposal = ask_proposal(content.proposal, assessment, prompter, "sv")
    (only,) = proposal.accounts
    assert only.platform == "other" and only.other_channel == "Kommunens app"
    assert only.reason == "Där finns ungdomarna"
    # a date that is not in the calendar is asked again
    assert prompter.ids[-2:] == ["first_followup", "first_followup"]
    assert "proposal.not-a-day" in prompter.notices
    assert proposal.first_followup == "2027-05-02"


def test_an_earlier_proposal_is_preselected_and_the_follow_up_date_suggested() -> None:
    content, _, assessment = assessed("library_teens")
    earlier = account.Proposal.model_validate(
        {"accounts": [{"platform": "tiktok", "name": "@old", "responsible": {"role": "R"}}]}
    )
    currents: dict[str, Any] = {}

    def keep(question: Any, current: Any, progress: Any) -> Any:
        currents.setdefault(question.id, current)
        return current

    prompter = ScriptedPrompter([keep] * 11)
    proposal = ask_proposal(
        content.proposal, assessment, prompter, "en", earlier, first_followup=date(2027, 9, 1)
    )
    assert currents["channels"] == ["tiktok"] and currents["name"] == "@old"
    assert currents["first_followup"] == "2027-09-01"
    assert proposal.accounts[0].name == "@old"


# --- in `somplan start` ---------------------------------------------------------------------------


def same(question: Any, current: Any, progress: Any) -> Any:
    """Enter on a prefilled answer: the answer as suggested."""
    return current


def test_start_asks_the_proposal_after_the_verdict_and_saves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.yaml"
    shutil.copyfile(EXAMPLES / "library_teens.yaml", path)
    script = WizardScript(
        [["instagram"], None, None, None, 3, "Bibliotekarie", None, "Bibliotekschef", None, same]
    )
    code = start_command(None, path, "sv", lambda _lang: script, lambda: True)
    assert code == 0
    out = capsys.readouterr().out
    assert out.index("Utlåtande") < out.index("Förslaget är sparat i planen")
    assert "proposal.ask-now" in script.confirmed
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["complete"] is True
    proposal = saved["proposal"]
    assert proposal["accounts"][0]["platform"] == "instagram"
    assert proposal["accounts"][0]["responsible"] == {"role": "Bibliotekarie"}
    # the first follow-up suggested by the follow-up rules (3 months after the plan by default)
    suggested = script.asked[-1]
    assert suggested.id == "first_followup" and suggested.current
    assert proposal["first_followup"] == suggested.current
    assert date.fromisoformat(suggested.current) > date.today()


def test_start_without_the_proposal_now_says_how_to_write_it_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.yaml"  # the example's answers, without its proposal and decision
    path.write_text(without_account_record((EXAMPLES / "library_teens.yaml").read_text("utf-8")))
    script = WizardScript([], confirms=[False])
    assert start_command(None, path, "en", lambda _lang: script, lambda: True) == 0
    assert "Write it later with somplan start --answers" in capsys.readouterr().out
    assert "proposal" not in yaml.safe_load(path.read_text(encoding="utf-8"))
