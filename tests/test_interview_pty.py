"""The interview as a new user meets it, in a real pseudo-terminal (pexpect): the language a plan
was started in, resuming and choosing a plan, the review, and what the screen looks like at 60
and 80 columns (read back through a terminal emulator, pyte)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pexpect
import pytest

from somplan.content import answers
from somplan.content.loader import load_content
from somplan.content.yamlsource import read_file

from .common import FIXTURES, ROOT, without_account_record

EXE = str(Path(sys.executable).parent / "somplan")
CONTENT = FIXTURES / "content"
DOWN = "\x1b[B"
UP = "\x1b[A"
CTRL_U = "\x15"


def env(tmp_path: Path, columns: int | None = None) -> dict[str, str]:
    out = dict(
        os.environ,
        SOMPLAN_DATA_DIR=str(tmp_path / "data"),
        TERM="xterm-256color",
        PROMPT_TOOLKIT_NO_CPR="1",  # the pty never answers cursor-position requests
    )
    out.pop("NO_COLOR", None)
    out.pop("SOMPLAN_LANG", None)
    out.pop("COLUMNS", None)
    if columns is not None:
        out["COLUMNS"] = str(columns)
    return out


def spawn(tmp_path: Path, *args: str, columns: int = 120) -> pexpect.spawn[str]:
    return pexpect.spawn(
        EXE,
        list(args),
        env=env(tmp_path),
        dimensions=(50, columns),
        encoding="utf-8",
        timeout=20,
    )


def finish(child: pexpect.spawn[str]) -> int:
    child.expect(pexpect.EOF)
    child.close()
    if child.exitstatus is not None:
        return int(child.exitstatus)
    return -int(child.signalstatus or 0)


def unfinished(data: Path, name: str, unit: str, answered: dict[str, object], mtime: int) -> Path:
    """An unfinished plan in the data folder, as an earlier session would have left it."""
    flow = load_content(CONTENT).flow
    record = answers.new_answers(flow, "en")
    record.unit = unit
    record.answers = dict(answered)  # type: ignore[arg-type]
    data.mkdir(parents=True, exist_ok=True)
    path = data / name
    answers.save(path, record)
    os.utime(path, (mtime, mtime))
    return path


# -- language and resume ---------------------------------------------------------------------------
def test_resume_after_ctrl_c_continues_in_english_without_lang(tmp_path: Path) -> None:
    plan = tmp_path / "my plan.yaml"  # a space: the printed command must quote it
    child = spawn(tmp_path, "--lang", "en", "start", "--answers", str(plan), "-q", str(CONTENT))
    child.expect(r"Which unit is the plan for\?")
    child.send("Library\r")
    child.expect(r"What do you want to achieve\?")
    child.send("\r")
    child.expect("Describe the goal")
    child.sendcontrol("c")
    child.expect(r"Continue with:\s+somplan start --answers '([^']+)'")
    assert isinstance(child.match, re.Match) and child.match.group(1) == str(plan)
    assert finish(child) == 130
    assert read_file(plan).data["language"] == "en"
    # The command exactly as printed (no --lang): the plan goes on in English, where it stopped.
    child = spawn(tmp_path, "start", "--answers", str(plan), "-q", str(CONTENT))
    child.expect(r"Welcome back! You continue at question 2 \(Purpose\)")
    child.expect("Describe the goal")
    child.sendcontrol("c")
    assert finish(child) == 130


def test_report_of_an_english_file_is_english_unless_lang_says_otherwise(tmp_path: Path) -> None:
    english = tmp_path / "plan.yaml"
    text = (ROOT / "examples" / "answers" / "library_teens.yaml").read_text(encoding="utf-8")
    english.write_text(text.replace("language: sv", "language: en"), encoding="utf-8")

    def report(*args: str) -> str:
        result = subprocess.run(
            [EXE, *args], capture_output=True, text=True, env=env(tmp_path), timeout=60
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert report("report", str(english)).startswith("Social media plan")
    assert report("report", str(english), "--lang", "sv").startswith("Plan för sociala medier")
    assert report("--lang", "sv", "report", str(english)).startswith("Plan för sociala medier")


def test_ctrl_c_at_the_resume_question_changes_nothing(tmp_path: Path) -> None:
    plan = unfinished(
        tmp_path / "data", "simhallen.yaml", "Simhallen", {"goal": "dialogue"}, 1_800_000_000
    )
    before = plan.read_bytes()
    child = spawn(tmp_path, "--lang", "en", "start", "-q", str(CONTENT))
    # The unit, a local date and time (not an ISO stamp in UTC), and "1 answer", not "1 answers".
    child.expect(
        r"You have an unfinished plan for Simhallen, last changed \d{4}-\d\d-\d\d \d\d:\d\d "
        r"\(1 answer\)"
    )
    child.sendcontrol("c")
    child.expect("Interrupted. Nothing was changed.")
    seen = str(child.before) + str(child.after)
    assert finish(child) == 130
    assert "saved in -" not in seen and "--answers -" not in seen
    assert plan.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["simhallen.yaml"]


def test_choosing_among_two_unfinished_plans_newest_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    older = unfinished(data, "a.yaml", "Alpha", {"goal": "dialogue"}, 1_800_000_000)
    unfinished(data, "b.yaml", "Beta", {"goal": "dialogue", "goal_detail": "x"}, 1_800_000_100)
    child = spawn(tmp_path, "--lang", "en", "start", "-q", str(CONTENT))
    child.expect("You have 2 unfinished plans")
    child.expect(r"Beta · .* · 2 answers")  # newest first
    child.expect(r"Alpha · .* · 1 answer")
    child.expect("Start a new plan")
    child.send(DOWN + "\r")  # the older one
    child.expect(r"Welcome back! You continue at question 2 \(Purpose\)\. Answers are saved in")
    child.expect("a.yaml")
    child.expect("Describe the goal")
    child.send("Goal for Alpha\r")
    child.expect(r"Hours per week\?")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert read_file(older).data["answers"]["goal_detail"] == "Goal for Alpha"


def test_a_new_plan_is_named_after_the_unit_and_never_overwrites(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for _ in range(2):
        child = spawn(tmp_path, "--lang", "en", "start", "-q", str(CONTENT))
        index = child.expect([r"Which unit is the plan for\?", "unfinished plan"])
        if index == 1:  # the first run's plan is offered: start a new one instead
            child.send(DOWN + "\r")
            child.expect(r"Which unit is the plan for\?")
        child.send("Förskolan Äppelträdet\r")
        child.expect(r"What do you want to achieve\?")
        child.send("\r")
        child.expect("Describe the goal")
        child.sendcontrol("c")
        assert finish(child) == 130
    names = sorted((p.name for p in data.iterdir()), key=len)
    assert len(names) == 2
    assert re.fullmatch(r"forskolan-appeltradet-\d{4}-\d\d-\d\d\.yaml", names[0])
    assert re.fullmatch(r"forskolan-appeltradet-\d{4}-\d\d-\d\d-2\.yaml", names[1])


# -- review ------------------------------------------------------------------------------------
def complete_plan(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.yaml"
    flow = load_content(CONTENT).flow
    record = answers.new_answers(flow, "en")
    record.unit = "Library"
    record.answers = {
        "goal": "dialogue",
        "goal_detail": "More visitors",
        "hours": 4,
        "deputy": True,
        "channels_today": ["web"],
        "confidence": 3,
    }
    record.complete = True
    answers.save(plan, record)
    return plan


def test_back_while_changing_an_answer_returns_to_the_review(tmp_path: Path) -> None:
    plan = complete_plan(tmp_path)
    child = spawn(tmp_path, "start", "--answers", str(plan), "-q", str(CONTENT))
    child.expect("The plan in .* is complete")  # said so, and straight to the review
    child.expect(r"Are the answers right\?")
    # Confirm, rename, goal, goal_detail, hours: four steps down.
    child.send(DOWN * 4 + "\r")
    child.expect("Changing an answer; then you are back at the list")
    child.expect(r"Hours per week\?")
    child.sendcontrol("b")
    # Back to the list, not on through the flow or to the question before.
    assert child.expect([r"Are the answers right\?", "Changing an answer"]) == 0
    child.send(UP * 4 + "\r")  # the cursor is back on the row just left: up to "confirm"
    child.expect("Done!")
    assert finish(child) == 0
    assert read_file(plan).data["answers"]["hours"] == 4


def test_renaming_the_unit_in_the_review_and_pasted_newlines(tmp_path: Path) -> None:
    plan = complete_plan(tmp_path)
    child = spawn(tmp_path, "start", "--answers", str(plan), "-q", str(CONTENT))
    child.expect(r"Are the answers right\?")
    child.expect(r"Unit → .*Library")  # the unit's row, right under "confirm"
    child.send(DOWN + "\r")
    child.expect("The unit's name")
    # A bracketed paste with a line break and a tab: one line, spaces.
    child.send(CTRL_U + "\x1b[200~Simhallen\n\tNorra\x1b[201~\r")
    child.expect(r"Are the answers right\?")
    child.send(UP + "\r")  # the cursor stays on the unit's row: one up to "confirm"
    child.expect("Done!")
    assert finish(child) == 0
    assert read_file(plan).data["unit"] == "Simhallen Norra"


# -- layout --------------------------------------------------------------------------------------
pyte = pytest.importorskip("pyte")


class Screen:
    """What a terminal of ``columns`` × ``rows`` shows now, from everything the child wrote."""

    def __init__(self, child: pexpect.spawn[str], columns: int, rows: int) -> None:
        self.log: list[str] = []
        self.columns, self.rows = columns, rows
        outer = self

        class Tee:
            def write(self, text: str) -> None:
                outer.log.append(text)

            def flush(self) -> None:
                pass

        child.logfile_read = Tee()

    def lines(self, history: bool = False) -> list[str]:
        screen = (
            pyte.HistoryScreen(self.columns, self.rows, history=2000)
            if history
            else pyte.Screen(self.columns, self.rows)
        )
        pyte.Stream(screen).feed("".join(self.log))
        shown = [line.rstrip() for line in screen.display]
        if not history:
            return shown
        scrolled = [
            "".join(line[x].data for x in range(self.columns)).rstrip()
            for line in screen.history.top
        ]
        return scrolled + shown

    def wait(
        self, child: pexpect.spawn[str], shown: Callable[[list[str]], bool], history: bool = False
    ) -> list[str]:
        """Read what ``child`` draws until ``shown`` holds for the lines on the screen (with the
        scrollback when ``history``), and return them. A prompt is drawn in more than one write,
        so the text an ``expect`` matched may come before the rest of the screen. Everything
        read is consumed, as by an ``expect``. After the child's timeout with ``shown`` still
        false the lines are returned as they are, for the test's assertions to say what is
        missing."""
        anything = re.compile(r".+", re.DOTALL)
        deadline = time.monotonic() + float(child.timeout or 20)
        while True:
            lines = self.lines(history)
            if shown(lines):
                if child.buffer:  # read (so on the screen) but not yet consumed
                    child.expect(anything)
                return lines
            try:
                child.expect(anything, timeout=max(0.0, deadline - time.monotonic()))
            except pexpect.TIMEOUT:
                return lines


def review_drawn(lines: list[str]) -> bool:
    """The review's list is on the screen down to its last row: the confirm row at the top and,
    as the answers are more than the rows, the scroll bar's "v" at the bottom."""
    return any("Confirm the answers and show the result" in line for line in lines) and any(
        line.endswith(" v") for line in lines
    )


def flat(lines: list[str]) -> str:
    """The lines as one string of words: text wrapped on the screen reads as it was written."""
    return " ".join(" ".join(lines).split())


def words(text: str) -> set[str]:
    return set(text.split())


@pytest.mark.parametrize("columns", [60, 80])
def test_wizard_layout_keeps_words_whole(tmp_path: Path, columns: int) -> None:
    flow = load_content(None).flow
    first = flow.questions()[0]
    expected = [
        first.text.get("en"),
        first.help.get("en"),
        *(c.label.get("en") for c in first.choices),
        "Which unit is the plan for? The name is shown in the report",
    ]

    def cut(lines: list[str]) -> list[str]:
        shown = words("\n".join(lines))
        return [w for text in expected for w in text.split() if w not in shown]

    child = spawn(tmp_path, "--lang", "en", "start", columns=columns)
    screen = Screen(child, columns, 400)
    child.expect(r"Which unit is the plan for\?")
    child.expect(r"\(type and press Enter\)")
    child.send("Sporthallen Valhalla\r")
    child.expect(r"\(space selects")
    # The screen once the list is drawn (Ctrl-C erases the prompt).
    lines = screen.wait(child, lambda lines: not cut(lines))
    child.sendcontrol("c")
    assert finish(child) == 130
    missing = cut(lines)
    assert not missing, f"words cut or missing at {columns} columns: {missing}\n" + "\n".join(lines)
    assert all(len(line) <= columns for line in lines)


@pytest.mark.parametrize("columns", [60, 80])
def test_report_piped_fits_and_has_no_trailing_spaces(tmp_path: Path, columns: int) -> None:
    example = ROOT / "examples" / "answers" / "library_teens.yaml"
    result = subprocess.run(
        [EXE, "--lang", "en", "report", str(example)],
        capture_output=True,
        text=True,
        env=env(tmp_path, columns),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    assert [line for line in lines if len(line) > columns] == []
    # Every ranked channel keeps its bar and score on its own line ("… ░░░  40").
    bars = [line for line in lines if "░" in line or "█" in line]
    assert len(bars) >= 15 and all(re.search(r"[█░]\s+\d+(/100)?$", line) for line in bars)
    # No "title: law: text" run of colons in the checklist; continuation lines are indented.
    checklist = lines[lines.index("Checklist for a public body") + 1 :]
    assert not any(line.startswith("☐ ") and line.count(":") > 1 for line in checklist)


@pytest.mark.parametrize("columns", [60, 80])
def test_summary_piped_keeps_names_whole(tmp_path: Path, columns: int) -> None:
    folder = ROOT / "examples" / "answers"
    result = subprocess.run(
        [EXE, "--lang", "en", "summary", str(folder)],
        capture_output=True,
        text=True,
        env=env(tmp_path, columns),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    lines = out.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    assert [line for line in lines if len(line) > columns] == []
    assert "…" not in out
    assert "Summary of 8 plans" in out
    shown = words(out)
    units = [read_file(p).data.get("unit", "") for p in sorted(folder.glob("*.yaml"))]
    cut = [w for unit in units for w in unit.split() if w not in shown]
    assert not cut, out


# -- the review on a normal screen, and going back --------------------------------------------------
def test_the_review_fits_a_normal_terminal_and_echoes_the_choice_whole(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    # The example's answers alone (the example carries a proposal and a decision of its own).
    example = (ROOT / "examples" / "answers" / "library_teens.yaml").read_text("utf-8")
    plan.write_text(without_account_record(example), "utf-8")
    flow = load_content(None).flow
    data = read_file(plan).data["answers"]
    asked = [q for q in flow.questions() if q.id in data]
    child = pexpect.spawn(
        EXE,
        ["--lang", "en", "start", "--answers", str(plan)],
        env=env(tmp_path),
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=20,
    )
    screen = Screen(child, 80, 24)
    child.expect(r"Are the answers right\?")
    lines = screen.wait(child, review_drawn)
    text = "\n".join(lines)
    # The question, the confirm row, the unit and the first answers: all on one screen, each
    # row "question → answer" within the width.
    assert "? Are the answers right?" in text, text
    assert any(line.startswith(" » ✔ Confirm the answers and show the result") for line in lines)
    assert any(line.startswith("   Unit → Stadsbiblioteket") for line in lines), text
    for question in asked[:5]:
        start = " ".join(question.text.get("en").split()[:4])
        row = next((line for line in lines if line.startswith("   " + start)), None)
        assert row is not None and " → " in row, f"{start!r} not on the screen:\n{text}"
    assert all(len(line) <= 80 for line in lines)
    # More answers than rows: a scroll bar says so ("v" at the bottom of the list).
    assert any(line.endswith(" v") for line in lines), text
    # A row cut short in the list is echoed whole once chosen (Confirm, Unit, the section title
    # is skipped, then the third question).
    third = asked[2].text.get("en")
    assert third not in text  # shortened in the list
    child.send(DOWN * 4 + "\r")
    child.expect("Changing an answer")
    help_text = " ".join(asked[2].help.get("en").split())
    echoed = flat(screen.wait(child, lambda lines: help_text in flat(lines)))
    assert f"Change: {third}" in echoed
    assert help_text in echoed
    # Back (Ctrl-B) leaves no trace of the question that was not answered: neither its prompt
    # nor its progress and help lines, on the screen or in the scrollback.
    child.sendcontrol("b")
    child.expect(r"Are the answers right\?")
    screen.wait(child, review_drawn)  # drawn again, so what went before is erased by now
    transcript = screen.lines(history=True)
    everything = " ".join(" ".join(transcript).split())
    assert "Changing an answer" not in everything
    # The list left earlier was erased whole: it never outgrew the screen into the scrollback.
    assert sum("Confirm the answers and show the result" in line for line in transcript) == 1
    assert help_text not in everything
    assert f"Change: {third}" in everything  # what was chosen stays
    child.send(UP * 4 + "\r")  # back from the third question to "confirm"
    child.expect("write your proposal now")  # the shipped content offers the proposal: not now
    child.send(DOWN + "\r")
    child.expect("Done!")
    assert finish(child) == 0


def test_going_back_erases_the_abandoned_question_header(tmp_path: Path) -> None:
    flow = load_content(CONTENT).flow
    detail = flow.question("goal_detail")
    assert detail is not None
    child = pexpect.spawn(
        EXE,
        ["--lang", "en", "start", "--answers", str(tmp_path / "p.yaml"), "-q", str(CONTENT)],
        env=env(tmp_path),
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=20,
    )
    screen = Screen(child, 80, 24)
    child.expect(r"Which unit is the plan for\?")
    child.send("Library\r")
    child.expect(r"What do you want to achieve\?")
    child.send("\r")
    child.expect("Describe the goal")
    help_text = " ".join(detail.help.get("en").split())
    assert help_text in flat(screen.wait(child, lambda lines: help_text in flat(lines)))
    child.sendcontrol("b")
    child.expect(r"What do you want to achieve\?")

    def asked_again(lines: list[str]) -> bool:  # its progress line and its prompt, twice now
        prompts = sum(line.startswith("? What do you want to achieve?") for line in lines)
        return sum("Question 1" in line for line in lines) == 2 and prompts == 2

    shown = screen.wait(child, asked_again, history=True)
    joined = " ".join(" ".join(shown).split())
    assert help_text not in joined and "Describe the goal" not in joined
    assert sum("Question 2" in line for line in shown) == 0  # the abandoned progress line
    # the goal as answered (it stays in the transcript), and asked again below it
    assert sum("Question 1" in line for line in shown) == 2
    # Ctrl-C there: the question asked again goes too; the transcript ends with the answer.
    child.sendcontrol("c")
    assert finish(child) == 130
    shown = [line for line in screen.lines(history=True) if line]
    assert sum("Question 1" in line for line in shown) == 1
    interrupted = next(i for i, line in enumerate(shown) if line.startswith("Interrupted."))
    assert shown[interrupted - 1].startswith("? What do you want to achieve?")


def test_a_prefilled_name_is_typed_on_a_line_of_its_own_when_narrow(tmp_path: Path) -> None:
    plan = complete_plan(tmp_path)
    record = read_file(plan).data
    unit = "Stadsbiblioteket, tonårsverksamheten"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(f"unit: {record['unit']}", f"unit: {unit}"),
        encoding="utf-8",
    )
    child = spawn(tmp_path, "start", "--answers", str(plan), "-q", str(CONTENT), columns=60)
    screen = Screen(child, 60, 50)
    child.expect(r"Are the answers right\?")
    child.send(DOWN + "\r")
    child.expect("The unit's name")
    lines = screen.wait(child, lambda lines: f"  {unit}" in lines)
    # the name under the question, whole, not broken at the terminal's edge
    assert f"  {unit}" in lines, "\n".join(lines)
    child.send("\r")
    child.expect(r"Are the answers right\?")
    child.send(UP + "\r")  # from the unit's row up to "confirm"
    child.expect("Done!")
    assert finish(child) == 0
