"""`somplan decide` and the account's record in a plan file (answers format 2): the decision by
flags and through the prompter seam, its binding to the answers, history, exit codes, and the
problems a hand-edited record can have, each with its position."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.decision import (
    account_state,
    answers_digest,
    applies_to_earlier,
)
from somplan.commands.decide import run_decide
from somplan.content import answers
from somplan.content.account import Decision, Opened, Proposal
from somplan.content.loader import load_content
from somplan.exitcodes import ExitCode
from somplan.interview.decision_entry import Given
from somplan.text.safetext import has_unsafe
from tests.common import RunResult, without_account_record

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "answers"
CORPUS = ROOT.parent / "shared" / "corpus" / "yaml"
Run = Callable[..., RunResult]

FLAGS = ("--outcome", "approved", "--by-role", "Enhetschef", "--date", "2027-01-15")


def plan(tmp_path: Path, name: str = "school_parents") -> Path:
    """The example's answers alone (without its proposal and decision) in ``tmp_path``."""
    path = tmp_path / f"{name}.yaml"
    text = (EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8")
    path.write_text(without_account_record(text), encoding="utf-8")
    return path


def saved(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def json_report(run: Run, path: Path) -> dict[str, Any]:
    result = run("report", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def change_an_answer(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "hours_per_week: " in text
    lines = [
        "  hours_per_week: 1" if line.startswith("  hours_per_week: ") else line
        for line in text.splitlines()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- by flags ---------------------------------------------------------------------------------


def test_decide_by_flags_records_the_decision_bound_to_the_answers(
    tmp_path: Path, run: Run
) -> None:
    path = plan(tmp_path)
    result = run(
        "decide", str(path), "--outcome", "approved_with_conditions", "--by-role", "Rektor",
        "--by-name", "Eva Ek", "--date", "2027-01-15", "--reference", "BUN 2027/12",
        "--note", "Följs upp i maj.",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Approved with conditions on 2027-01-15 by Rektor, ref. BUN 2027/12" in result.stderr
    data = saved(path)
    assert data["format"] == 2
    decision = data["decision"]
    assert decision["outcome"] == "approved_with_conditions"
    assert decision["by"] == {"role": "Rektor", "name": "Eva Ek"}
    assert decision["reference"] == "BUN 2027/12" and decision["note"] == "Följs upp i maj."
    # without --condition, an approval carries the verdict's conditions
    report = json_report(run, path)
    assert decision["conditions"] == [c["text"] for c in report["verdict"]["conditions"]]
    assert len(decision["conditions"]) == 5
    shown = report["decision"]
    assert shown["state"] == "decided" and shown["applies_to_earlier_version"] is False
    assert shown["reference"] == "BUN 2027/12"


def test_given_conditions_replace_the_verdicts(tmp_path: Path, run: Run) -> None:
    path = plan(tmp_path)
    result = run("decide", str(path), *FLAGS, "--condition", "Ett", "--condition", "Två")
    assert result.exit_code == 0, result.stderr
    assert saved(path)["decision"]["conditions"] == ["Ett", "Två"]


def test_a_declined_plan_carries_no_conditions_by_default(tmp_path: Path, run: Run) -> None:
    path = plan(tmp_path)
    result = run("decide", str(path), "--outcome", "declined", "--by-role", "Chef")
    assert result.exit_code == 0, result.stderr
    decision = saved(path)["decision"]
    assert decision["conditions"] == []
    assert decision["date"] == date.today().isoformat()  # today when --date is left out


def test_changing_an_answer_makes_every_output_say_the_decision_is_for_an_earlier_version(
    tmp_path: Path, run: Run
) -> None:
    path = plan(tmp_path)
    assert run("decide", str(path), *FLAGS).exit_code == 0
    change_an_answer(path)
    report = json_report(run, path)
    assert report["decision"]["applies_to_earlier_version"] is True
    markdown = run("report", str(path), "--format", "markdown").stdout
    assert "the decision applies to an earlier version of the answers" in markdown
    html = run("report", str(path), "--format", "html").stdout
    assert "the decision applies to an earlier version of the answers" in html
    rich = run("report", str(path), "--format", "rich").stdout
    assert "earlier version of the answers" in " ".join(rich.split())
    summary = json.loads(run("summary", str(path), "--format", "json").stdout)
    row = summary["rows"][0]
    assert (row["decision_outcome"], row["decision_earlier"]) == ("approved", True)
    table = run("summary", str(path), "--format", "markdown").stdout
    assert "Decision: Approved (earlier answers)" in table
    page = run("summary", str(path), "--format", "html").stdout
    assert "Decision: Approved (earlier answers)" in page
    rows = list(csv.reader(io.StringIO(run("summary", str(path), "--format", "csv").stdout)))
    assert rows[0][-3:] == ["decision_state", "decision_outcome", "decision_earlier"]
    assert rows[1][-3:] == ["decided", "approved", "yes"]


def test_the_same_answers_laid_out_otherwise_keep_the_decision_current(
    tmp_path: Path, run: Run
) -> None:
    """The digest is of the answers, not of the file's bytes: a comment or a new time stamp
    does not make the decision out of date."""
    path = plan(tmp_path)
    assert run("decide", str(path), *FLAGS).exit_code == 0
    text = path.read_text(encoding="utf-8").replace("updated:", "# edited by hand\nupdated:")
    path.write_text(text, encoding="utf-8")
    assert json_report(run, path)["decision"]["applies_to_earlier_version"] is False


def test_a_new_decision_replaces_the_old_one_which_is_kept_in_the_history(
    tmp_path: Path, run: Run
) -> None:
    path = plan(tmp_path)
    assert run("decide", str(path), "--outcome", "sent_back", "--by-role", "Chef",
               "--date", "2027-01-10", "--reference", "D1").exit_code == 0  # fmt: skip
    result = run("decide", str(path), *FLAGS, "--reference", "D2")
    assert result.exit_code == 0
    assert "The earlier decision (Sent back on 2027-01-10 by Chef, ref. D1)" in result.stderr
    data = saved(path)
    assert data["decision"]["reference"] == "D2"
    assert [d["reference"] for d in data["history"]] == ["D1"]
    assert json_report(run, path)["decision"]["replaced_decisions"] == 1


def test_the_file_keeps_its_mode_and_nothing_else_changes(tmp_path: Path, run: Run) -> None:
    path = plan(tmp_path)
    before = saved(path)
    os.chmod(path, 0o640)
    assert run("decide", str(path), *FLAGS).exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    after = saved(path)
    assert after["answers"] == before["answers"] and after["unit"] == before["unit"]
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


# --- refusals and exit codes ------------------------------------------------------------------


def test_a_decision_on_an_incomplete_plan_is_refused_unless_allowed(
    tmp_path: Path, run: Run
) -> None:
    path = plan(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("complete: true", "complete: false"),
        encoding="utf-8",
    )
    before = path.read_bytes()
    result = run("decide", str(path), *FLAGS)
    assert result.exit_code == ExitCode.INPUT_INVALID
    assert "the plan is not complete" in result.stderr and "--allow-incomplete" in result.stderr
    assert path.read_bytes() == before
    result = run("decide", str(path), *FLAGS, "--allow-incomplete")
    assert result.exit_code == 0, result.stderr
    assert saved(path)["decision"]["allow_incomplete"] is True
    markdown = run("report", str(path), "--format", "markdown").stdout
    assert "taken on a plan that was not complete" in markdown


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--outcome", "approved", "--by-role", "X", "--date", "2027-02-30"), "not a date"),
        (("--outcome", "maybe", "--by-role", "X"), "maybe"),
        (("--outcome", "approved", "--by-role", "X", "--reference", "x" * 201), "too long"),
        (("--opened", "ftp://example.org/x"), "not a web address"),
        (("--closed", "31/12/2027"), "not a date"),
        (("--outcome", "approved"), "--by-role"),  # no terminal to ask in
        ((), "--outcome, --by-role"),
    ],
)
def test_bad_or_missing_options_are_usage_errors_and_leave_the_file(
    tmp_path: Path, run: Run, args: tuple[str, ...], says: str
) -> None:
    path = plan(tmp_path)
    before = path.read_bytes()
    result = run("decide", str(path), *args)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert says in result.stderr
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_a_plan_that_cannot_be_read_is_exit_3(tmp_path: Path, run: Run) -> None:
    result = run("decide", str(CORPUS / "duplicate-keys.yaml"), *FLAGS)
    assert result.exit_code == ExitCode.INPUT_INVALID
    assert "duplicate-keys.yaml:3:" in result.stderr


def test_a_failed_write_is_exit_4_and_the_plan_is_kept(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = plan(tmp_path)
    before = path.read_bytes()

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("somplan.writing.os.replace", full)
    result = run("decide", str(path), *FLAGS)
    assert result.exit_code == ExitCode.WRITE_FAILED
    assert "No space left" in result.stderr or "full" in result.stderr
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


# --- opened and closed ------------------------------------------------------------------------


def test_opened_and_closed_move_the_account_on(tmp_path: Path, run: Run) -> None:
    path = plan(tmp_path)
    assert run("decide", str(path), *FLAGS).exit_code == 0
    result = run("decide", str(path), "--opened", "https://www.instagram.com/skolan",
                 "--date", "2027-02-01")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "no decision that approves" not in result.stderr
    data = saved(path)
    assert data["opened"] == {"url": "https://www.instagram.com/skolan", "date": "2027-02-01"}
    shown = json_report(run, path)["decision"]
    assert shown["state"] == "opened" and shown["opened"]["url"].endswith("/skolan")
    assert run("decide", str(path), "--closed", "2028-06-30").exit_code == 0
    assert json_report(run, path)["decision"]["state"] == "closed"
    assert "account closed 2028-06-30" in run("report", str(path), "-f", "markdown").stdout


def test_opening_without_an_approval_says_so(tmp_path: Path, run: Run) -> None:
    path = plan(tmp_path)
    result = run("decide", str(path), "--opened", "https://example.org/a")
    assert result.exit_code == 0
    assert "no decision that approves an account" in result.stderr


# --- the account's state ----------------------------------------------------------------------


def test_the_account_state_follows_the_record(tmp_path: Path) -> None:
    content = load_content()
    record = answers.load(plan(tmp_path), content.flow)
    assert account_state(record) == "draft"
    record.proposal = Proposal()
    assert account_state(record) == "proposed"
    record.complete = False
    assert account_state(record) == "draft"
    record.complete = True
    record.decision = Decision.model_validate(
        {
            "outcome": "approved",
            "by": {"role": "Chef"},
            "date": "2027-01-01",
            "answers_digest": answers_digest(record),
        }
    )
    assert account_state(record) == "decided" and not applies_to_earlier(record)
    record.opened = Opened.model_validate({"url": "https://x.se/a", "date": "2027-02-01"})
    assert account_state(record) == "opened"
    assert account_state(record, latest_outcome="close") == "closing"
    record.closed = "2027-12-31"
    assert account_state(record, latest_outcome="close") == "closed"
    record.answers["hours_per_week"] = 99
    assert applies_to_earlier(record)


# --- the file format --------------------------------------------------------------------------


def test_a_format_1_plan_is_read_and_saved_as_format_2(tmp_path: Path) -> None:
    path = plan(tmp_path)
    assert "format: 1\n" in path.read_text(encoding="utf-8")
    content = load_content()
    record = answers.load(path, content.flow)
    assert record.format == 2 and record.decision is None and record.history == []
    answers.save(path, record)
    text = path.read_text(encoding="utf-8")
    assert "format: 2\n" in text
    for block in ("proposal:", "decision:", "history:", "opened:", "closed:"):
        assert block not in text  # nothing added that the unit did not give


def test_a_newer_format_is_still_refused(tmp_path: Path, run: Run) -> None:
    path = plan(tmp_path)
    text = path.read_text(encoding="utf-8").replace("format: 1\n", "format: 3\n")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("format: 3") + 1
    result = run("decide", str(path), *FLAGS)
    assert result.exit_code == ExitCode.INPUT_INVALID
    assert f"{path}:{line}:9: " in result.stderr and "newer somplan" in result.stderr


RECORD = """\
proposal:
  accounts:
  - platform: instagram
    name: '@skolan'
    responsible: {role: Lärare}
    substitute: {role: Rektor, name: Eva}
    start: 2027-02
    rhythm: Två inlägg i veckan
    hours_per_week: 3
  - platform: other
    other_channel: Skolappen
    reason: Föräldrarna finns där.
  first_followup: '2027-08-01'
decision:
  outcome: approved
  by: {role: Rektor}
  date: '2027-01-15'
  answers_digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
opened: {url: 'https://www.instagram.com/skolan', date: '2027-02-01'}
"""


def with_record(tmp_path: Path, record: str = RECORD) -> Path:
    path = plan(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + record, encoding="utf-8")
    return path


def test_a_hand_written_record_is_read(tmp_path: Path, run: Run) -> None:
    path = with_record(tmp_path)
    report = json_report(run, path)
    assert report["decision"]["state"] == "opened"
    # the digest is well formed but of no answers this file had: an earlier version
    assert report["decision"]["applies_to_earlier_version"] is True


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("outcome: approved", "outcome: maybe", "is not allowed"),
        ("date: '2027-01-15'", "date: '2027-02-30'", "'2027-02-30' is not a date"),
        ("date: '2027-01-15'", "date: 15 januari", "is not a date"),
        ("start: 2027-02", "start: 2027-13", "is not a month"),
        ("sha256:0000", "sha256:zz00", "matches no version of the answers"),
        ("'https://www.instagram.com/skolan'", "'javascript:alert(1)'", "not a valid web address"),
        ("rhythm: Två inlägg i veckan", "rhythm: " + "x" * 201, "too long"),
        ("hours_per_week: 3", "hours_per_week: 200", "at most 168"),
        ("platform: instagram", "platform: myspace", "not in the channel catalogue"),
        ("    other_channel: Skolappen\n", "", "needs its name in other_channel"),
        ("by: {role: Rektor}", "by: {name: Eva}", "role"),
    ],
)
def test_every_new_field_is_checked_with_its_position(
    tmp_path: Path, run: Run, old: str, new: str, says: str
) -> None:
    assert old in RECORD
    bad = RECORD.replace(old, new)
    path = with_record(tmp_path, bad)
    text = path.read_text(encoding="utf-8")
    result = run("report", str(path), "--format", "json")
    assert result.exit_code == ExitCode.INPUT_INVALID, result.stdout[:200]
    assert says in result.stderr, result.stderr
    line = next(
        (i + 1 for i, row in enumerate(text.splitlines()) if new and new.strip() in row),
        None,
    )
    where = result.stderr.split(": ", 1)[0]
    assert where.startswith(f"{path}:")
    if line is not None and old.split(":")[0] not in ("by",):
        assert where.split(":")[-2] == str(line), result.stderr
    assert "Traceback" not in result.output


# --- hostile text stays inert -----------------------------------------------------------------


def hostile_texts() -> list[str]:
    texts = []
    for name in ("ansi-escapes.yaml", "bidi-override.yaml"):
        data = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
        texts += [str(v) for v in data.values()]
    return texts


def test_hostile_text_in_the_decision_is_inert_in_every_format(tmp_path: Path, run: Run) -> None:
    texts = hostile_texts()
    assert any("\x1b" in t for t in texts) and any("\u202e" in t for t in texts)
    path = plan(tmp_path)
    result = run(
        "decide", str(path), "--outcome", "approved", "--by-role", texts[0],
        "--by-name", texts[1], "--reference", texts[2], "--note", texts[0],
        "--condition", texts[1],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert not has_unsafe(result.stderr)
    assert saved(path)["decision"]["by"]["role"] == texts[0]  # kept as given
    for fmt in ("rich", "markdown", "html", "json"):
        out = run("report", str(path), "--format", fmt).stdout
        assert not has_unsafe(out), fmt
        assert "<script" not in out
    html = run("report", str(path), "--format", "html").stdout
    assert "cleared" in html and '<a href="file:' not in html
    for fmt in ("rich", "markdown", "json", "csv"):
        out = run("summary", str(path), "--format", fmt).stdout
        assert not has_unsafe(out), fmt


# --- interactively, through the prompter seam --------------------------------------------------


class FakePrompter:
    """Answers the decision's questions from ``replies`` by message key."""

    def __init__(self, replies: dict[str, list[Any]]) -> None:
        self.replies = replies
        self.asked: list[tuple[str, dict[str, Any]]] = []

    def _next(self, key: str, params: dict[str, Any]) -> Any:
        self.asked.append((key, params))
        queue = self.replies.get(key)
        if not queue:
            raise AssertionError(f"not expected: {key}")
        return queue.pop(0)

    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        reply = self._next(key, {"default": default, **params})
        return default if reply is None else str(reply)

    def confirm(self, key: str, default: bool = True, **params: Any) -> bool:
        return bool(self._next(key, params))

    def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
        reply = self._next(key, {"options": options, **params})
        return options[[v for _, v in options].index(reply)][1]


def test_missing_fields_are_asked_through_the_prompter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = plan(tmp_path)
    prompter = FakePrompter(
        {
            "decide.ask-outcome": ["approved_with_conditions"],
            "decide.ask-by-role": ["", "Rektor"],  # empty is asked again
            "decide.ask-by-name": [""],
            "decide.ask-date": ["2027-02-30", None],  # not a date: asked again; then the default
            "decide.ask-reference": ["BUN 2027/3"],
            "decide.ask-keep-conditions": [False],
            "decide.ask-condition": ["Utse en ersättare", ""],
            "decide.ask-note": [""],
        }
    )
    code = run_decide(
        path, Given(), "en", None,
        make_prompter=lambda lang: prompter, is_terminal=lambda: True,
    )  # fmt: skip
    assert code == 0
    outcomes = dict(prompter.asked)["decide.ask-outcome"]["options"]
    assert [label for label, _ in outcomes][:2] == ["Approved", "Approved with conditions"]
    kept = dict(prompter.asked)["decide.ask-keep-conditions"]["conditions"]
    assert "Responsibility and rules: 45 of 100" in kept  # the verdict's conditions, offered
    decision = saved(path)["decision"]
    assert decision["outcome"] == "approved_with_conditions"
    assert decision["by"] == {"role": "Rektor"}
    assert decision["date"] == date.today().isoformat()
    assert decision["conditions"] == ["Utse en ersättare"]
    assert decision["reference"] == "BUN 2027/3" and "note" not in decision
    assert "The decision is saved in" in capsys.readouterr().err


def test_given_options_are_not_asked_again(tmp_path: Path) -> None:
    path = plan(tmp_path, "library_teens")
    prompter = FakePrompter({"decide.ask-by-role": ["Chef"], "decide.ask-by-name": ["Ann"]})
    given = Given(outcome="declined", day="2027-03-01", reference="R", note="N")
    code = run_decide(
        path, given, "sv", None, make_prompter=lambda lang: prompter, is_terminal=lambda: True
    )
    assert code == 0
    assert [key for key, _ in prompter.asked] == ["decide.ask-by-role", "decide.ask-by-name"]
    assert saved(path)["decision"]["by"] == {"role": "Chef", "name": "Ann"}


def test_ctrl_c_while_asked_leaves_the_plan_as_it_was(tmp_path: Path) -> None:
    path = plan(tmp_path)
    before = path.read_bytes()

    class Interrupting(FakePrompter):
        def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_decide(
            path, Given(), "sv", None,
            make_prompter=lambda lang: Interrupting({}), is_terminal=lambda: True,
        )  # fmt: skip
    assert path.read_bytes() == before


def test_plans_shows_the_decision(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(data))
    path = plan(data)
    plain = plan(data, "library_teens")
    assert run("decide", str(path), *FLAGS).exit_code == 0
    change_an_answer(path)
    listed = json.loads(run("plans", "--format", "json").stdout)["plans"]
    by_file = {Path(p["file"]).name: p for p in listed}
    assert by_file[path.name]["decision"]["applies_to_earlier_version"] is True
    assert by_file[plain.name]["decision"] is None
    table = run("plans", "--format", "markdown").stdout
    assert "Decision: Approved (earlier answers)" in table
