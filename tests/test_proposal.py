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
from somplan.interview.engine import BACK
from somplan.interview.proposal import (
    ask_proposal,
    change_lines,
    ordinal,
    ranking_changes,
    ranking_now,
)

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

    # for each account in the content's order: name, responsible role and name, substitute
    # role and name, start, rhythm, hours (YouTube fits poorly: its reason first)
    prompter = ScriptedPrompter(
        [
            pick,
            *("@bib", "Librarian", "", "Head", "", "2027-03", "Twice a week", 4),
            "Young people ask for video",
            *(None, "Librarian", None, "Head", None, None, None, None),
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
    # each account is a part of its own, named after its channel
    titles = [(a.progress.section_number, a.progress.section.title.en) for a in prompter.asked]
    assert titles[1] == (2, "The account on Instagram")
    assert titles[-2] == (3, "The account on YouTube")
    assert titles[-1] == (4, "The first follow-up")
    # the ranking the proposal was made on is kept with it
    assert proposal.ranking is not None
    assert [(r.channel, r.score) for r in proposal.ranking] == [
        (c.channel.id, c.score) for c in assessment.channels
    ]
    assert next(r for r in proposal.ranking if r.channel == "youtube").fits is False


def test_back_goes_one_question_at_a_time_and_from_the_first_back_to_the_caller() -> None:
    content, _, assessment = assessed("library_teens")
    prompter = ScriptedPrompter(
        [["instagram"], "@bib", BACK, same, "Librarian", BACK, BACK, BACK, BACK]
    )
    assert ask_proposal(content.proposal, assessment, prompter, "en") is BACK
    assert prompter.ids == [
        "channels", "name", "responsible_role", "name", "responsible_role", "responsible_name",
        "responsible_role", "name", "channels",
    ]  # fmt: skip
    # what was typed before going back is what the question shows again
    again = [a for a in prompter.asked if a.id == "name"]
    assert [a.current for a in again] == [None, "@bib", "@bib"]
    assert prompter.asked[-1].current == ["instagram"]
    assert all(a.progress.can_go_back for a in prompter.asked)


def test_back_to_the_channels_and_another_choice_asks_for_the_new_account() -> None:
    content, _, assessment = assessed("library_teens")
    prompter = ScriptedPrompter(
        [
            ["instagram"],
            BACK,
            ["tiktok"],
            *("@tt", "Librarian", None, "Head", None, None, None, 2),
            same,
        ]
    )
    proposal = ask_proposal(content.proposal, assessment, prompter, "en")
    (only,) = proposal.accounts
    assert only.platform == "tiktok" and only.name == "@tt" and only.hours_per_week == 2


def test_every_answer_is_kept_as_it_is_given() -> None:
    """What the unit typed is handed on (to be saved) at once: a proposal stopped half-way is
    a valid plan file with what was typed."""
    content, _, assessment = assessed("library_teens")
    kept: list[account.Proposal] = []
    prompter = ScriptedPrompter([["instagram", "other"], "@bib", "Librarian", KeyboardInterrupt])
    with pytest.raises(KeyboardInterrupt):
        ask_proposal(content.proposal, assessment, prompter, "en", keep=kept.append)
    assert len(kept) == 3
    first = kept[0].accounts
    # "another channel" without its name yet is not kept: a plan file needs the name
    assert [a.platform for a in first] == ["instagram"]
    last = kept[-1].accounts[0]
    assert last.name == "@bib" and last.responsible == account.Person(role="Librarian")
    assert kept[-1].ranking is None  # the ranking is kept with the finished proposal only


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
            *(None, "Fritidsledare", None, "Chef", None, None, None, None),
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

    prompter = ScriptedPrompter([keep] * 10)
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
    path.write_text(without_account_record((EXAMPLES / "library_teens.yaml").read_text("utf-8")))
    script = WizardScript(
        [["instagram"], None, "Bibliotekarie", None, "Bibliotekschef", None, None, None, 3, same]
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
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "proposal" not in saved
    assert saved["complete"] is True  # the proposal is optional: "not now" completes the plan


def unfinished(tmp_path: Path) -> Path:
    """The library's plan with every question answered, the review not yet confirmed."""
    path = tmp_path / "plan.yaml"
    text = without_account_record((EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8"))
    path.write_text(text.replace("complete: true", "complete: false"), encoding="utf-8")
    return path


def on_disk(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_the_plan_is_saved_complete_only_after_the_proposal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = unfinished(tmp_path)
    seen: list[bool] = []

    def channels(question: Any, current: Any, progress: Any) -> Any:
        seen.append(on_disk(path)["complete"])  # while the proposal is asked
        return ["instagram"]

    script = WizardScript(
        [channels, "@bib", "Bibliotekarie", None, "Bibliotekschef", None, None, None, 3, same]
    )
    assert start_command(None, path, "sv", lambda _lang: script, lambda: True) == 0
    assert seen == [False]
    assert on_disk(path)["complete"] is True
    out = capsys.readouterr().out
    # the verdict is shown before the proposal, and not as an unfinished interview
    assert out.index("Utlåtande") < out.index("Förslaget är sparat i planen")
    assert "intervjun avslutades inte" not in out


def test_ctrl_c_in_the_proposal_keeps_what_was_typed_and_the_plan_goes_on_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = unfinished(tmp_path)
    before = on_disk(path)["answers"]
    first = WizardScript([["instagram"], "@bib", "Bibliotekarie", KeyboardInterrupt])
    assert start_command(None, path, "sv", lambda _lang: first, lambda: True) == 130
    saved = on_disk(path)
    assert saved["complete"] is False and saved["answers"] == before
    assert saved["proposal"]["accounts"] == [
        {"platform": "instagram", "name": "@bib", "responsible": {"role": "Bibliotekarie"}}
    ]
    capsys.readouterr()
    # Next time: no review, no offer, straight on at the proposal with what was typed.
    again = WizardScript([same, same, same, "Anna", "Bibliotekschef", None, None, None, 3, same])
    assert start_command(None, path, "sv", lambda _lang: again, lambda: True) == 0
    assert again.reviewed == [] and again.confirmed == []
    assert [a.current for a in again.asked[:3]] == [["instagram"], "@bib", "Bibliotekarie"]
    out = " ".join(capsys.readouterr().out.split())  # as read, whatever the lines' width
    assert "Ni stannade i ert förslag" in out
    assert out.index("Utlåtande") < out.index("Förslaget är sparat i planen")
    saved = on_disk(path)
    assert saved["complete"] is True
    (only,) = saved["proposal"]["accounts"]
    assert only["responsible"] == {"role": "Bibliotekarie", "name": "Anna"}
    assert only["substitute"] == {"role": "Bibliotekschef"} and only["hours_per_week"] == 3


def test_a_first_proposal_stopped_in_a_finished_plan_goes_on_there_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan finished without a proposal ("later"), whose proposal is then begun and stopped:
    the plan is unfinished again until the proposal's last answer, as the browser keeps it."""
    path = tmp_path / "plan.yaml"
    path.write_text(without_account_record((EXAMPLES / "library_teens.yaml").read_text("utf-8")))
    first = WizardScript([["instagram"], "@bib", KeyboardInterrupt], confirms=[True])
    assert start_command(None, path, "sv", lambda _lang: first, lambda: True) == 130
    assert "proposal.ask-now" in first.confirmed
    assert on_disk(path)["complete"] is False
    capsys.readouterr()
    again = WizardScript([same, same, "Bibliotekarie", *([None] * 5), 3, same])
    assert start_command(None, path, "sv", lambda _lang: again, lambda: True) == 0
    assert again.reviewed == [] and again.confirmed == []  # straight on at the proposal
    assert "Ni stannade i ert förslag" in " ".join(capsys.readouterr().out.split())
    saved = on_disk(path)
    assert saved["complete"] is True and saved["proposal"]["accounts"][0]["name"] == "@bib"


def test_back_from_the_first_proposal_question_returns_to_the_question_under_the_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = unfinished(tmp_path)
    script = WizardScript([["tiktok"], BACK, BACK, BACK], confirms=[True, True, False])
    assert start_command(None, path, "sv", lambda _lang: script, lambda: True) == 0
    assert script.confirmed == ["proposal.ask-now", "proposal.ask-now", "proposal.ask-now"]
    assert script.ids == ["channels", "name", "channels", "channels"]
    # back and in again: the choice is still there
    assert script.asked[2].current == script.asked[3].current == ["tiktok"]
    assert "Skriv det senare" in capsys.readouterr().out
    assert on_disk(path)["complete"] is True


def with_proposal_on(path: Path, platforms: list[str]) -> None:
    """Give the plan at ``path`` a finished proposal of ``platforms``, made on today's ranking."""
    content = load_content(None, required=("flow", "organisation", "catalogue", "rules"))
    record = answers.load(path, content.flow)
    now = ranking_now(assess(content, record, what_if=False))
    record.proposal = account.Proposal(
        accounts=[
            account.ProposedAccount(platform=p, responsible=account.Person(role="Bibliotekarie"))
            for p in platforms
        ],
        ranking=now,
    )
    answers.save(path, record)


def test_reopening_a_plan_whose_answers_changed_the_ranking_shows_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(without_account_record((EXAMPLES / "library_teens.yaml").read_text("utf-8")))
    with_proposal_on(path, ["tiktok"])  # 2nd with 95 on the library's answers
    data = on_disk(path)  # two answers changed by hand
    data["answers"].update(visual_capacity=["photos"], audience_platforms=["instagram"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    script = WizardScript(
        [same, "Ungdomarna finns där", *([same] * 8), same]
    )  # the channels as they were, then the reason the unfit channel now asks for
    assert start_command(None, path, "sv", lambda _lang: script, lambda: True) == 0
    out = capsys.readouterr().out
    assert "Svaren har ändrat rangordningen sedan ni skrev förslaget:" in out
    assert "TikTok: var 2:a med 95, nu 3:e med 30" in out
    assert "OBS: TikTok passar inte längre" in out
    # the proposal shows again after the verdict, offered with yes preselected
    assert out.index("Utlåtande") < out.index("TikTok: var 2:a")
    assert script.confirmed == ["proposal.ask-again"]
    assert script.ids[:2] == ["channels", "reason"]
    (only,) = on_disk(path)["proposal"]["accounts"]
    assert only["reason"] == "Ungdomarna finns där"
    assert on_disk(path)["proposal"]["ranking"][2] == {
        "channel": "tiktok",
        "score": 30,
        "fits": False,
    }


def test_an_unchanged_ranking_shows_nothing_and_keeps_the_proposal_on_no(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(without_account_record((EXAMPLES / "library_teens.yaml").read_text("utf-8")))
    with_proposal_on(path, ["instagram"])
    before = on_disk(path)["proposal"]
    script = WizardScript([], confirms=[False])
    assert start_command(None, path, "en", lambda _lang: script, lambda: True) == 0
    out = capsys.readouterr().out
    assert "changed the ranking" not in out
    assert "The proposal is kept as it was" in out
    assert script.confirmed == ["proposal.ask-again"]
    assert on_disk(path)["proposal"] == before


def test_what_changed_names_the_places_in_english_and_the_new_leader() -> None:
    content, record, before = assessed("library_teens")
    proposal = account.Proposal(
        accounts=[account.ProposedAccount(platform="tiktok")], ranking=ranking_now(before)
    )
    record.answers["audience_platforms"] = ["youtube"]
    after = assess(content, record, what_if=False)
    lines = change_lines(ranking_changes(proposal, after, "en"), after.fit_minimum, "en")
    assert lines == [
        "The answers have changed the ranking since you wrote the proposal:",
        "TikTok: was 2nd with 95, now 3rd with 60",
    ]
    # another channel now leads: it is named too
    proposal = account.Proposal(
        accounts=[account.ProposedAccount(platform="instagram")], ranking=ranking_now(before)
    )
    record.answers["audience_platforms"] = ["snapchat"]
    after = assess(content, record, what_if=False)
    assert change_lines(ranking_changes(proposal, after, "en"), after.fit_minimum, "en")[1:] == [
        "Instagram: was 1st with 100, now 2nd with 75",
        "First now: Snapchat: was 3rd with 95, now 1st with 95",
    ]
    # a proposal made before the ranking was kept shows nothing to compare
    assert ranking_changes(account.Proposal(accounts=[]), after, "en") == []


@pytest.mark.parametrize(
    ("n", "sv", "en"),
    [(1, "1:a", "1st"), (2, "2:a", "2nd"), (3, "3:e", "3rd"), (4, "4:e", "4th"),
     (11, "11:e", "11th"), (12, "12:e", "12th"), (13, "13:e", "13th"), (21, "21:a", "21st"),
     (22, "22:a", "22nd"), (23, "23:e", "23rd")],
)  # fmt: skip
def test_places_are_written_as_ordinals(n: int, sv: str, en: str) -> None:
    assert (ordinal(n, "sv"), ordinal(n, "en")) == (sv, en)


def test_back_from_the_offer_returns_to_the_review_and_the_verdict_is_shown_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under the verdict, the question whether to write the proposal now: back (Ctrl-B) goes to
    the review, where an answer can be changed; the verdict is then shown again, and asked
    again."""
    path = unfinished(tmp_path)
    script = WizardScript([1], reviews=[None, "hours_per_week", None], confirms=[None, False])
    assert start_command(None, path, "sv", lambda _lang: script, lambda: True) == 0
    assert len(script.reviewed) == 3  # the review, again after the offer, after the change
    assert script.confirmed == ["proposal.ask-now", "proposal.ask-now"]
    out = " ".join(capsys.readouterr().out.split())
    assert out.count("Utlåtande") == 2  # the verdict again, on the changed answers
    saved = on_disk(path)
    assert saved["answers"]["hours_per_week"] == 1 and saved["complete"] is True
    assert "proposal" not in saved


def test_ctrl_c_at_the_offer_leaves_the_plan_unfinished_and_it_goes_on_at_the_review(
    tmp_path: Path,
) -> None:
    path = unfinished(tmp_path)

    class StopAtOffer(WizardScript):
        def offer(self, key: str, default: bool = True, **params: Any) -> bool | None:
            if key == "proposal.ask-now":
                raise KeyboardInterrupt
            return super().offer(key, default, **params)

    stopped = StopAtOffer([])
    assert start_command(None, path, "sv", lambda _lang: stopped, lambda: True) == 130
    assert on_disk(path)["complete"] is False and "proposal" not in on_disk(path)
    again = WizardScript([], confirms=[False])
    assert start_command(None, path, "sv", lambda _lang: again, lambda: True) == 0
    assert len(again.reviewed) == 1  # nothing of the proposal was typed: the review first
    assert on_disk(path)["complete"] is True


def test_what_was_typed_before_going_back_and_saying_no_stays_in_the_file(
    tmp_path: Path,
) -> None:
    path = unfinished(tmp_path)
    script = WizardScript([["tiktok"], "@tt", BACK, BACK, BACK], confirms=[True, False])
    assert start_command(None, path, "sv", lambda _lang: script, lambda: True) == 0
    saved = on_disk(path)
    assert saved["complete"] is True
    assert saved["proposal"]["accounts"] == [{"platform": "tiktok", "name": "@tt"}]


def test_a_proposed_channel_no_longer_ranked_is_named() -> None:
    _, _, assessment = assessed("library_teens")
    snapshot = [
        *ranking_now(assessment),
        account.RankedChannel(channel="myspace", score=80, fits=True),
    ]
    proposal = account.Proposal(
        accounts=[account.ProposedAccount(platform="myspace")], ranking=snapshot
    )
    lines = change_lines(ranking_changes(proposal, assessment, "en"), 50, "en")
    assert lines[1] == (
        "myspace: is no longer among the ranked channels; choose the channel again in the proposal"
    )


def test_another_channel_stopped_before_its_name_is_not_resumed_as_no_account(
    tmp_path: Path,
) -> None:
    path = unfinished(tmp_path)
    first = WizardScript([["other"], KeyboardInterrupt])
    assert start_command(None, path, "sv", lambda _lang: first, lambda: True) == 130
    again = WizardScript([["other"], "Kommunens app", *([None] * 8), same])
    assert start_command(None, path, "sv", lambda _lang: again, lambda: True) == 0
    assert again.asked[0].current is None  # not "no new account for now"
    (only,) = on_disk(path)["proposal"]["accounts"]
    assert only == {"platform": "other", "other_channel": "Kommunens app"}
