"""When the next follow-up is due, with a fixed clock: first after the plan, then after the latest
follow-up, from the answers' own intervals or the rules' defaults; due, overdue, closed."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from somplan.assessment.followup_due import add_months, next_followup
from somplan.content.answers import AnswersFile, FlowRef
from somplan.content.model import FollowupSettings

from .common import ROOT, Run

SETTINGS = FollowupSettings(
    first_after_months=3,
    then_every_months=6,
    after_adjust_months=3,
    due_soon_days=30,
    interval_question="next_followup_months",
    plan_interval_question="review_months",
)


def record(stamp: str | None, complete: bool = True, **answers: object) -> AnswersFile:
    return AnswersFile(
        flow=FlowRef(id="x", version=1),
        created=stamp,
        updated=stamp,
        complete=complete,
        answers=dict(answers),  # type: ignore[arg-type]
    )


PLAN = record("2027-01-31T10:00:00+00:00")


@pytest.mark.parametrize(
    ("today", "status", "days"),
    [
        (date(2027, 2, 15), "ok", 74),  # 13 days of February, 31 of March, 30 of April
        (date(2027, 4, 1), "due", 29),  # within the 30 days before
        (date(2027, 4, 30), "due", 0),
        (date(2027, 5, 1), "overdue", -1),
    ],
)
def test_the_first_followup_is_due_three_months_after_the_plan(
    today: date, status: str, days: int
) -> None:
    due = next_followup(PLAN, [], SETTINGS, today)
    assert due.due == date(2027, 4, 30)  # 31 January + 3 months: the last day of April
    assert (due.status, due.days, due.basis) == (status, days, "default_first")


def test_the_plan_own_interval_wins_over_the_default() -> None:
    plan = record("2027-01-10T10:00:00+00:00", review_months=2)
    due = next_followup(plan, [], SETTINGS, date(2027, 1, 10))
    assert (due.due, due.basis) == (date(2027, 3, 10), "plan_interval")


def test_after_a_followup_the_latest_one_counts() -> None:
    first = record("2027-04-20T09:00:00+00:00")
    second = record("2027-10-01T09:00:00+00:00")
    unfinished = record("2028-01-01T09:00:00+00:00", complete=False)
    due = next_followup(PLAN, [second, unfinished, first], SETTINGS, date(2027, 10, 2))
    assert (due.due, due.basis, due.last_followup) == (
        date(2028, 4, 1),
        "default_next",
        date(2027, 10, 1),
    )
    assert due.status == "ok"


def test_the_interval_the_followup_asked_for_and_after_adjust() -> None:
    asked = record("2027-04-20T09:00:00+00:00", next_followup_months=12)
    due = next_followup(PLAN, [asked], SETTINGS, date(2027, 5, 1), "adjust")
    assert (due.due, due.basis) == (date(2028, 4, 20), "followup_interval")
    silent = record("2027-04-20T09:00:00+00:00")
    due = next_followup(PLAN, [silent], SETTINGS, date(2027, 8, 1), "adjust")
    assert (due.due, due.basis, due.status) == (date(2027, 7, 20), "after_adjust", "overdue")


def test_a_closed_account_needs_no_followup() -> None:
    last = record("2027-04-20T09:00:00+00:00")
    due = next_followup(PLAN, [last], SETTINGS, date(2030, 1, 1), "close")
    assert (due.status, due.due) == ("closed", None)


def test_a_plan_without_a_date_cannot_be_placed() -> None:
    assert next_followup(record(None), [], SETTINGS, date(2027, 1, 1)).status == "unknown"


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2027, 11, 15), 3) == date(2028, 2, 15)
    assert add_months(date(2027, 5, 5), 24) == date(2029, 5, 5)


# --- somplan summary --due, with a fixed clock ------------------------------------------------------

EXAMPLES = ROOT / "examples"


def _folder(tmp_path: Path) -> Path:
    """Three plans dated 2027-01-15, two followed up (quiet: adjust; thriving: continue), one not;
    the follow-ups lie beside the plans and name them by a path relative to their folder. The
    plans were dated after the follow-ups were made, so the hashes differ: the path matches."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for plan, persona in (
        ("library_teens", "quiet"),
        ("culture_house_events", "thriving"),
        ("school_parents", None),
    ):
        text = (EXAMPLES / "answers" / f"{plan}.yaml").read_text(encoding="utf-8")
        text = text.replace(
            "complete: true", "created: '2027-01-15T09:00:00+00:00'\ncomplete: true"
        )
        (folder / f"{plan}.yaml").write_text(text, encoding="utf-8")
        if persona:
            follow = (EXAMPLES / "followup" / f"{persona}.yaml").read_text(encoding="utf-8")
            follow = follow.replace(f"../answers/{plan}.yaml", f"{plan}.yaml")
            (folder / f"{plan}.followup-1.yaml").write_text(follow, encoding="utf-8")
    return folder


def test_summary_due_lists_due_and_overdue_plans_with_the_latest_verdict(
    run: Run, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    result = run("summary", str(folder), "--due", "--today", "2027-06-20", "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = {Path(r["file"]).stem: r for r in json.loads(result.stdout)["rows"]}
    # quiet (adjust on 2027-03-10): due again three months later, ten days overdue
    assert rows["library_teens"]["status"] == "overdue"
    assert (rows["library_teens"]["due"], rows["library_teens"]["days"]) == ("2027-06-10", -10)
    assert rows["library_teens"]["last_outcome"] == "adjust"
    # no follow-up yet: three months after the plan
    assert (rows["school_parents"]["status"], rows["school_parents"]["due"]) == (
        "overdue",
        "2027-04-15",
    )
    assert rows["school_parents"]["followups"] == 0
    # thriving (continue on 2027-03-02, next in 6 months as asked): not due yet, not listed
    assert "culture_house_events" not in rows
    later = run("summary", str(folder), "--due", "--today", "2027-08-10", "-f", "json")
    due = {Path(r["file"]).stem: r["status"] for r in json.loads(later.stdout)["rows"]}
    assert due["culture_house_events"] == "due"  # within 30 days of 2027-09-02


def test_summary_due_in_markdown_and_a_bad_date(run: Run, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    md = run("summary", str(folder), "--due", "--today", "2027-06-20", "-f", "markdown")
    assert "| library\\_teens.yaml |" in md.stdout and "10 days late" in md.stdout
    bad = run("summary", str(folder), "--due", "--today", "20 juni")
    assert bad.exit_code == 2 and "'20 juni' is not a date" in bad.stderr


def test_the_plain_summary_passes_over_followups_beside_the_plans(run: Run, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = run("summary", str(folder), "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 1 + 3  # header and the three plans
    shutil.copy(EXAMPLES / "answers" / "library_teens.yaml", folder / "broken.yaml")
    (folder / "broken.yaml").write_text("kind: answers\n", encoding="utf-8")
    assert run("summary", str(folder), "-f", "csv").exit_code == 1  # a broken file still counts


def test_no_followup_is_due_where_no_account_is_expected() -> None:
    """An unfinished plan or one whose verdict opens no account was listed "overdue" (2026-12-04
    review); once a follow-up exists, the account does, and the schedule counts from it."""
    plan = record("2027-01-15T09:00:00+00:00", complete=False)
    none = next_followup(plan, [], SETTINGS, date(2027, 6, 1), account_expected=False)
    assert (none.status, none.due) == ("none", None)
    later = next_followup(
        plan,
        [record("2027-03-01T09:00:00+00:00")],
        SETTINGS,
        date(2027, 6, 1),
        account_expected=False,
    )
    assert later.status == "ok" and later.due == date(2027, 9, 1)  # six months after it


def test_summary_due_leaves_out_unfinished_and_not_ready_plans(run: Run, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    for name, change in (("empty", None), ("not_ready", "youth_centre_everyone_does")):
        source = EXAMPLES / "answers" / f"{change or 'school_parents'}.yaml"
        text = source.read_text(encoding="utf-8").replace(
            "complete: true", "created: '2027-01-15T09:00:00+00:00'\ncomplete: true"
        )
        if change is None:
            text = text.replace("complete: true", "complete: false").split("answers:")[0]
            text += "answers: {}\n"
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    result = run("summary", str(folder), "--due", "--today", "2027-06-20", "-f", "json")
    due = {Path(r["file"]).stem for r in json.loads(result.stdout)["rows"]}
    assert "school_parents" in due  # finished, ready with conditions: overdue
    assert not due & {"empty", "not_ready"}
    plain = run("summary", str(folder), "-f", "json", "--today", "2027-06-20")
    rows = {Path(r["file"]).stem: r for r in json.loads(plain.stdout)["rows"]}
    assert rows["empty"]["followup_status"] == rows["not_ready"]["followup_status"] == "none"


def test_summary_due_with_nothing_due_says_so_in_a_sentence(run: Run, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = run("summary", str(folder), "--due", "--today", "2027-01-16")
    assert result.exit_code == 0
    assert "No follow-up is overdue or due soon." in " ".join(result.stdout.split())
    assert "(0 plans)" not in result.stdout
