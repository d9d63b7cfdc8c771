"""The account's lifecycle after the decision (issue 19, item 6): the follow-up names the account
it follows, carries each of the plan's blockers and conditions into its verdict and lists them,
asks for the address of an approved account that has none, and "close" followed by
`somplan decide --closed` moves the account to closed in the register — state by state.

The follow-up runs through its API with a scripted prompter (the engine's seam); the pieces it
writes and shows are read back through the command line."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.followup import ITEMS_REASON, assess_followup
from somplan.assessment.followup_verdict import followup_verdict, items_of
from somplan.assessment.plan_items import CheckedItem
from somplan.content import answers
from somplan.content.followup import load_followup
from somplan.content.model import Localized
from somplan.errors import handled
from somplan.text.i18n import Lang

from .common import ROOT, Run, without_account_record
from .fakes import WizardScript

EXAMPLES = ROOT / "examples"
TODAY = date(2027, 6, 1)
# A follow-up of an account that works, in flow order (plan_conditions is the sixth answer).
THRIVING = [
    "active", "several_week", "daily_including_weekends", "within_hours", "manageable",
    "all_met", True, "current_staff", "all_users", "on_track", "intended", ["appreciated"],
    "none", "as_planned", "none_removed", False, 6, "",
]  # fmt: skip
GENERAL = 5  # the index of plan_conditions in THRIVING
# The first choice of most questions says the purpose has ended: the verdict is "close".
CLOSING = [*THRIVING[:-3], True, ""]


@dataclass
class Script(WizardScript):
    """Also types the account's address when the follow-up asks for it."""

    addresses: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        self.texts.append(key)
        if key == "followup-opened.ask":
            return self.addresses.pop(0) if self.addresses else ""
        return super().text(key, max_length, default, allow_back, **params)


def followup(prompter: WizardScript, plan: Path, target: Path | None = None, **kw: Any) -> int:
    from somplan.commands.followup import run_followup

    lang: Lang = kw.pop("lang", "en")
    return handled(
        lambda: run_followup(
            plan,
            target,
            None,
            lang,
            today=TODAY,
            make_prompter=lambda _: prompter,
            is_terminal=lambda: True,
            **kw,
        ),
        lang,
    )


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def plan_file(
    tmp_path: Path, example: str = "school_parents", *, proposal: bool = True, name: str = "plan"
) -> Path:
    path = tmp_path / f"{name}.yaml"
    # The example's answers alone: the examples carry proposals and decisions of their own.
    source = EXAMPLES / "answers" / f"{example}.yaml"
    path.write_text(without_account_record(source.read_text("utf-8")), "utf-8")
    if proposal:
        data = load(path)
        data["proposal"] = {
            "accounts": [{"platform": "facebook", "name": "Parkskolan för vårdnadshavare"}],
            "first_followup": "2027-05-01",
        }
        write(path, data)
    return path


def decide(run: Run, path: Path, *args: str) -> str:
    result = run("decide", str(path), *args)
    assert result.exit_code == 0, result.stderr
    return result.stderr


APPROVE = ("--outcome", "approved", "--by-role", "Rektor", "--date", "2027-01-15")
URL = "https://www.facebook.com/parkskolan"


def n_items(path: Path) -> int:
    content = load_followup(None)
    return len(items_of(content.plan, answers.load(path, content.plan.flow)))


def register_state(run: Run, folder: Path) -> str:
    result = run("register", str(folder), "--format", "json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)["accounts"]
    return str(row["state"])


# --- 1. the follow-up names the account it follows ---------------------------------------------


def test_the_followup_names_the_account_in_its_intro_and_every_document(
    tmp_path: Path, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_file(tmp_path)
    decide(run, plan, *APPROVE)
    decide(run, plan, "--opened", URL, "--date", "2027-02-01")
    target = tmp_path / "f.yaml"
    prompter = Script(list(THRIVING), chooses=[0] * n_items(plan))
    assert followup(prompter, plan, target) == 0
    intro = capsys.readouterr().out
    account = f"Facebook · Parkskolan för vårdnadshavare · {URL}"
    assert f"You are following up the account {account}." in " ".join(intro.split())
    for fmt in ("rich", "markdown", "html"):
        result = run("followup", str(plan), "-a", str(target), "--report", "-f", fmt)
        assert result.exit_code == 0, result.stderr
        assert account in " ".join(result.stdout.split()), fmt
    data = json.loads(
        run("followup", str(plan), "-a", str(target), "--report", "-f", "json").stdout
    )
    assert data["accounts"] == [
        {
            "platform": "facebook",
            "platform_name": "Facebook",
            "name": "Parkskolan för vårdnadshavare",
            "url": URL,
        }
    ]


def test_a_plan_without_an_account_record_says_so_and_its_documents_name_none(
    tmp_path: Path, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_file(tmp_path, "culture_house_events", proposal=False)
    target = tmp_path / "f.yaml"
    assert followup(Script(list(THRIVING)), plan, target, lang="sv") == 0
    assert "Planen föreslår inget konto" in capsys.readouterr().out
    data = json.loads(
        run("followup", str(plan), "-a", str(target), "--report", "-f", "json").stdout
    )
    assert data["accounts"] == [] and data["plan_items"] == []
    markdown = run("followup", str(plan), "-a", str(target), "--report", "-f", "markdown").stdout
    assert "Account:" not in markdown


# --- 2. the plan's blockers and conditions in the verdict --------------------------------------


def test_an_unsolved_blocker_no_longer_gives_continue(tmp_path: Path, run: Run) -> None:
    """Before: a follow-up of a plan that was not ready, answering that the plan had no
    conditions, with everything else going well, said "continue"."""
    plan = plan_file(tmp_path, "elderly_care_relatives", proposal=False)
    target = tmp_path / "f.yaml"
    shutil.copyfile(EXAMPLES / "followup" / "thriving.yaml", target)
    data = load(target)
    data["follows"]["path"] = plan.name
    data["answers"]["plan_conditions"] = "none_given"
    write(target, data)
    result = run("followup", str(plan), "-a", str(target), "--report", "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"]["outcome"] == "adjust"
    assert ITEMS_REASON in [r["id"] for r in report["verdict"]["reasons"]]
    items = report["plan_items"]
    assert {i["kind"] for i in items} == {"blocker", "condition"}
    assert all(i["state"] == "unknown" and i["asked"] is False for i in items)
    # the register and the summary count the same verdict
    summary = run("summary", str(tmp_path), "--format", "json")
    assert '"last_outcome": "adjust"' in summary.stdout


def test_each_item_is_asked_stored_and_carried_into_the_verdict(tmp_path: Path, run: Run) -> None:
    plan = plan_file(tmp_path)
    count = n_items(plan)
    assert count == 5  # the verdict's five conditions (the approval copies them: not twice)
    target = tmp_path / "f.yaml"
    # every item solved: the account works, "continue"
    prompter = Script(list(THRIVING), chooses=[0] * count)
    assert followup(prompter, plan, target) == 0
    asked = [key for key, _ in prompter.chose]
    assert asked == ["followup-items.ask"] * count
    assert prompter.chose[0][1] == ["Yes, it is solved", "No, not yet", "Don't know"]
    stored = load(target)["plan_items"]
    assert [i["state"] for i in stored] == ["resolved"] * count
    report = json.loads(
        run("followup", str(plan), "-a", str(target), "--report", "-f", "json").stdout
    )
    assert report["verdict"]["outcome"] == "continue"
    # one condition not solved: never "continue", whatever the rest says
    target2 = tmp_path / "g.yaml"
    prompter = Script(list(THRIVING), chooses=[0, 1, 0, 0, 0])
    assert followup(prompter, plan, target2) == 0
    assert [i["state"] for i in load(target2)["plan_items"]][:2] == ["resolved", "open"]
    report = json.loads(
        run("followup", str(plan), "-a", str(target2), "--report", "-f", "json").stdout
    )
    assert report["verdict"]["outcome"] == "adjust"
    (reason,) = [r for r in report["verdict"]["reasons"] if r["id"] == ITEMS_REASON]
    assert reason["text"].startswith("1 of the plan's conditions are not solved")


def test_every_document_lists_each_item_with_its_state(tmp_path: Path, run: Run) -> None:
    plan = plan_file(tmp_path)
    decide(run, plan, *APPROVE, "--condition", "Utse en ersättare före start.")
    count = n_items(plan)
    assert count == 6  # the verdict's five and the decision's own
    target = tmp_path / "f.yaml"
    states = [0, 1, 2, 0, 0, 1]
    prompter = Script(list(THRIVING), chooses=states, addresses=[""])
    assert followup(prompter, plan, target, lang="sv") == 0
    stored = load(target)["plan_items"]
    assert stored[-1] == {
        "kind": "decision",
        "id": "decision_1",
        "text": "Utse en ersättare före start.",
        "state": "open",
    }
    args = ("followup", str(plan), "-a", str(target), "--report")
    rich = " ".join(run(*args, "-f", "rich", lang="sv").stdout.split())
    assert "Planens hinder och villkor" in rich
    assert "Inte löst Villkor i beslutet: Utse en ersättare före start." in rich
    markdown = run(*args, "-f", "markdown", lang="sv").stdout
    assert "## Planens hinder och villkor" in markdown
    assert "- **Inte löst** – Villkor i beslutet: Utse en ersättare före start." in markdown
    assert markdown.count("- **Löst** – Villkor: ") == 3
    assert markdown.count("- **Vet inte** – Villkor: ") == 1
    html = run(*args, "-f", "html", lang="sv").stdout
    assert 'id="plan-items"' in html
    assert '<th scope="row">Utse en ersättare före start.</th>' in html
    assert html.count("<strong>Inte löst</strong>") == 2
    data = json.loads(run(*args, "-f", "json", lang="sv").stdout)
    assert [i["state"] for i in data["plan_items"]] == [
        "resolved", "open", "unknown", "resolved", "resolved", "open",
    ]  # fmt: skip


def test_an_interrupted_followup_resumes_at_the_next_item(tmp_path: Path) -> None:
    plan = plan_file(tmp_path)
    target = tmp_path / "f.yaml"

    @dataclass
    class StopAfterTwo(Script):
        def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
            if len(self.chose) == 2:
                raise KeyboardInterrupt
            return super().choose(key, options, **params)

    assert followup(StopAfterTwo([], chooses=[1, 1]), plan, target) == 130
    assert [i["state"] for i in load(target)["plan_items"]] == ["open", "open"]
    prompter = Script(list(THRIVING), chooses=[0, 0, 0])
    assert followup(prompter, plan, target) == 0
    assert len(prompter.chose) == 3  # only the three not yet answered
    assert [i["state"] for i in load(target)["plan_items"]] == [
        "open", "open", "resolved", "resolved", "resolved",
    ]  # fmt: skip


@pytest.mark.parametrize("state", ["open", "unknown"])
def test_no_answers_whatsoever_give_continue_with_an_unsolved_item(state: str) -> None:
    """Over every shipped example follow-up (and the thriving one with each general answer): an
    item not solved makes the verdict at least "adjust"; solved, it changes nothing."""
    content = load_followup(None)
    item = CheckedItem("blocker", "x", Localized(sv="Ett hinder"), state)  # type: ignore[arg-type]
    solved = CheckedItem("blocker", "x", Localized(sv="Ett hinder"), "resolved")
    examples = sorted((EXAMPLES / "followup").glob("*.yaml"))
    variants = [
        {**answers.load(path, content.flow).answers, "plan_conditions": general}
        for path in examples
        for general in ("none_given", "all_met", "some_open", "opened_anyway", "unknown")
    ]
    for given in variants:

        def verdict(items: tuple[CheckedItem, ...], given: dict[str, Any] = given) -> str:
            return assess_followup(
                content.rules, content.flow, content.plan.flow, {}, given, items
            ).outcome

        assert verdict((item,)) != "continue", given
        assert verdict((solved,)) == verdict(())


def test_the_register_scores_a_plan_only_when_items_could_change_continue(
    tmp_path: Path,
) -> None:
    content = load_followup(None)
    plan = answers.load(plan_file(tmp_path), content.plan.flow)
    record = answers.load(EXAMPLES / "followup" / "thriving.yaml", content.flow)
    record.answers["plan_conditions"] = "none_given"
    quick = followup_verdict(content, plan, record, listed=False)
    full = followup_verdict(content, plan, record)
    assert quick.outcome == full.outcome == "adjust"
    assert len(full.items) == 5
    record.answers["plan_conditions"] = "all_met"
    quick = followup_verdict(content, plan, record, listed=False)
    assert quick.outcome == "continue" and quick.items == ()  # not scored: nothing to change


# --- 3. the address of an approved account ------------------------------------------------------


def test_an_approved_plan_without_an_address_is_asked_for_it_once(
    tmp_path: Path, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_file(tmp_path)
    decide(run, plan, *APPROVE)
    plan.chmod(0o640)
    prompter = Script(
        list(THRIVING),
        chooses=[0] * n_items(plan),
        addresses=["ftp://parkskolan", "www.facebook.com/parkskolan", URL],
    )
    assert followup(prompter, plan, tmp_path / "f.yaml") == 0
    assert prompter.texts == ["followup-opened.ask"] * 3
    assert prompter.notices[:2] == ["followup-opened.bad-url"] * 2
    out = " ".join(capsys.readouterr().out.split())
    assert "The account is approved, but the plan file does not say where it is." in out
    assert f"The account's address is saved in {plan}: {URL} (opened 2027-06-01)." in out
    saved = load(plan)
    assert saved["opened"] == {"url": URL, "date": "2027-06-01"}
    assert plan.stat().st_mode & 0o777 == 0o640  # written as decide writes it
    assert saved["decision"]["outcome"] == "approved"  # nothing else lost
    # asked once: the next follow-up does not ask again
    prompter = Script(list(THRIVING), chooses=[0] * n_items(plan))
    assert followup(prompter, plan, tmp_path / "g.yaml") == 0
    assert "followup-opened.ask" not in prompter.texts
    # and the follow-up made after the address was saved follows the plan as it is now
    assert load(tmp_path / "g.yaml")["follows"]["path"] == "plan.yaml"
    report = run("followup", str(plan), "-a", str(tmp_path / "f.yaml"), "--report")
    assert "plan file has changed" not in report.stdout


def test_left_empty_the_plan_is_untouched_and_the_command_to_use_is_named(
    tmp_path: Path, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_file(tmp_path)
    decide(run, plan, *APPROVE)
    before = plan.read_bytes()
    prompter = Script(list(THRIVING), chooses=[0] * n_items(plan), addresses=[""])
    assert followup(prompter, plan, tmp_path / "f.yaml") == 0
    assert plan.read_bytes() == before
    out = " ".join(capsys.readouterr().out.split())
    assert f"Record it when the account is open: somplan decide {plan} --opened URL" in out


@pytest.mark.parametrize("record", ["not-decided", "declined", "opened", "closed"])
def test_the_address_is_not_asked_when_there_is_nothing_to_record(
    tmp_path: Path, run: Run, record: str
) -> None:
    plan = plan_file(tmp_path)
    if record == "declined":
        decide(run, plan, "--outcome", "declined", "--by-role", "Rektor")
    elif record in ("opened", "closed"):
        decide(run, plan, *APPROVE)
        decide(
            run,
            plan,
            "--opened" if record == "opened" else "--closed",
            URL if record == "opened" else "2027-05-01",
        )
    prompter = Script(list(THRIVING), chooses=[0] * n_items(plan))
    assert followup(prompter, plan, tmp_path / "f.yaml") == 0
    assert "followup-opened.ask" not in prompter.texts


# --- 4. closing, and the register state by state ------------------------------------------------


def test_the_whole_lifecycle_in_the_register_state_by_state(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "planer"
    folder.mkdir()
    plan = plan_file(folder, proposal=False)
    data = load(plan)
    data["complete"] = False
    write(plan, data)
    assert register_state(run, folder) == "draft"
    data["complete"] = True
    data["proposal"] = {"accounts": [{"platform": "facebook", "name": "Parkskolan"}]}
    write(plan, data)
    assert register_state(run, folder) == "proposed"
    decide(run, plan, *APPROVE)
    assert register_state(run, folder) == "decided"
    decide(run, plan, "--opened", URL, "--date", "2027-02-01")
    assert register_state(run, folder) == "opened"
    count = n_items(plan)
    assert followup(Script(list(THRIVING), chooses=[0] * count), plan) == 0
    assert register_state(run, folder) == "followed_up"
    # a later follow-up says "close"
    later = folder / "plan.followup-closing.yaml"
    assert followup(Script(list(CLOSING), chooses=[0] * count), plan, later) == 0
    data = load(later)
    data["updated"] = "2027-12-01T10:00:00+00:00"  # the newest of the two
    write(later, data)
    report = json.loads(
        run("followup", str(plan), "-a", str(later), "--report", "-f", "json").stdout
    )
    assert report["verdict"]["outcome"] == "close"
    assert register_state(run, folder) == "closing"
    said = decide(run, plan, "--closed", "2027-12-15")
    assert "now says the account was closed on 2027-12-15" in said
    assert "Note:" not in said  # the latest follow-up said "close": nothing to warn about
    assert register_state(run, folder) == "closed"
    public = run("register", str(folder), "--public", "--format", "json")
    assert URL not in public.stdout  # a closed account leaves the public list


def test_closing_when_the_latest_followup_did_not_say_close_is_allowed_but_said(
    tmp_path: Path, run: Run
) -> None:
    plan = plan_file(tmp_path)
    decide(run, plan, *APPROVE)
    decide(run, plan, "--opened", URL)
    said = " ".join(decide(run, plan, "--closed", "2027-12-15").split())
    assert "there is no finished follow-up of the plan in its folder" in said
    assert load(plan)["closed"] == "2027-12-15"
    data = load(plan)
    del data["closed"]
    write(plan, data)
    assert followup(Script(list(THRIVING), chooses=[0] * n_items(plan)), plan) == 0
    said = " ".join(decide(run, plan, "--closed", "2027-12-16").split())
    assert "did not recommend closing the account but “continue”" in said
    assert "remove the line closed from the plan file" in said
    assert load(plan)["closed"] == "2027-12-16"
    assert register_state(run, tmp_path) == "closed"


# --- hostile text ---------------------------------------------------------------------------------


def test_hostile_text_in_the_account_and_the_conditions_stays_inert(
    tmp_path: Path, run: Run
) -> None:
    from somplan.text.safetext import has_unsafe

    texts = []
    for name in ("ansi-escapes.yaml", "bidi-override.yaml"):
        corpus = yaml.safe_load((ROOT.parent / "shared" / "corpus" / "yaml" / name).read_text())
        texts += [str(v) for v in corpus.values()]
    assert any("\x1b" in t for t in texts) and any("\u202e" in t for t in texts)
    plan = plan_file(tmp_path)
    data = load(plan)
    data["proposal"] = {
        "accounts": [
            {"platform": "facebook", "name": texts[0][:200]},
            {"platform": "other", "other_channel": texts[1][:200], "name": texts[2][:200]},
        ]
    }
    write(plan, data)
    decide(run, plan, *APPROVE, "--condition", texts[0], "--reference", texts[1])
    decide(run, plan, "--opened", URL)
    target = tmp_path / "f.yaml"
    prompter = Script(list(THRIVING), chooses=[1] * n_items(plan))
    assert followup(prompter, plan, target) == 0
    for fmt in ("rich", "markdown", "html", "json"):
        out = run("followup", str(plan), "-a", str(target), "--report", "-f", fmt).stdout
        assert not has_unsafe(out), fmt
        assert "<script" not in out and '<a href="file:' not in out
    change = load(plan)
    change["answers"]["hours_per_week"] = 1
    write(plan, change)
    for fmt in ("rich", "markdown", "json"):
        out = run("diff", str(plan), "--since-decision", "-f", fmt).stdout
        assert not has_unsafe(out), fmt


def test_with_two_proposed_accounts_the_address_goes_with_its_platform(
    tmp_path: Path, run: Run
) -> None:
    plan = plan_file(tmp_path)
    data = load(plan)
    data["proposal"] = {
        "accounts": [{"platform": "facebook", "name": "Parkskolan"}, {"platform": "instagram"}]
    }
    write(plan, data)
    decide(run, plan, *APPROVE)
    decide(run, plan, "--opened", "https://www.instagram.com/parkskolan")
    target = tmp_path / "f.yaml"
    assert followup(Script(list(THRIVING), chooses=[0] * n_items(plan)), plan, target) == 0
    report = run("followup", str(plan), "-a", str(target), "--report", "-f", "json")
    assert [
        (a["platform_name"], a["name"], a["url"]) for a in json.loads(report.stdout)["accounts"]
    ] == [
        ("Facebook", "Parkskolan", None),
        ("Instagram", None, "https://www.instagram.com/parkskolan"),
    ]
