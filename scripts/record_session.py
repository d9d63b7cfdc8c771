"""Record an example run of `somplan start` for the documentation (docs/session.md).

    python scripts/record_session.py            # write docs/session.md
    python scripts/record_session.py --check    # exit 1 if docs/session.md is out of date
    python scripts/record_session.py --stdout   # print the page instead

The installed `somplan` runs in a real pseudo-terminal (pexpect) and answers the shipped question
flow the way a plausible unit would. What the terminal finally shows is reconstructed with a
terminal emulator (pyte), so the many redraws of the prompts disappear and only what a person
would see on screen remains: the questions, the answers and the report. Needs the test extra and
pyte: ``pip install '.[test]' pyte``.

The unit's answers are given by question id (``ANSWERS`` below); the script finds each question
on screen by its Swedish text, so it follows the flow even when questions are added or reordered.
A question it has no answer for stops it with an error that names the question.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "session.md"
#: The width of the transcript, and of the report (rich reads $COLUMNS).
COLUMNS = 100
#: The pseudo-terminal is much wider, so the prompts are never wrapped by the terminal in the
#: middle of a word; the script wraps their long lines at spaces instead (see _wrap).
PTY_COLUMNS, LINES = 1000, 40
ANSWERS_NAME = "anhorigstodet.yaml"
#: How the temporary folder of the run is shown in the transcript.
SHOWN_FOLDER = "~/planer"

#: The unit: the municipality's support for relatives of older people, who want to reach the
#: relatives (mostly 50–79) with news about meetings and courses. Keys are question ids; values
#: are choice ids, lists of choice ids, True/False, numbers or text.
ANSWERS: dict[str, Any] = {
    "goals": ["information", "events"],
    "main_reason": "audience_asked",
    "success_measure": "measurable_goal",
    "success_description": "Fler anhöriga på träffarna och kurserna under nästa år.",
    "duration": "ongoing",
    "audience_groups": ["relatives"],
    "audience_ages": ["age_50_64", "age_65_79"],
    "audience_uses_social": "yes_sometimes",
    "audience_platforms": ["facebook"],
    "citizen_needs": ["practical_info", "news"],
    "audience_languages": "swedish_only",
    "knowledge": 3,
    "hours_per_week": "2,5",
    "monitoring": "weekdays_daily",
    "off_hours": "not_covered",
    "response_time": "within_two_days",
    "has_deputy": True,
    "platform_experience": "some",
    "visual_capacity": ["photos"],
    "current_channels": ["website", "print_posters", "meetings"],
    "existing_accounts": "not_checked",
    "has_permanent_page": True,
    "permanent_page": "Anhörigstöd på kommunens webbplats",
    "info_only_social": False,
    "consulted_communicator": False,
    "comments": "open",
    "comment_policy": "will_write",
    "records_handling": "will_create",
    "personal_data": "routine_exists",
}

HINTS = {
    "(piltangenter och Enter": "select",
    "(mellanslag markerar": "checkbox",
    "(skriv ett tal": "number",
    "(skriv och tryck Enter": "text",
}
PROGRESS = re.compile(r"^Fråga (\d+) ·")
REVIEW = "Stämmer svaren?"
DOWN, SPACE, ENTER, CLEAR = "\x1b[B", " ", "\r", "\x15"
#: Output is taken as complete when the program has printed nothing for this long (seconds).
QUIET = 0.4
#: How long to wait for the next question before giving up (seconds).
PROMPT_TIMEOUT = 30.0

INTRO = """\
# Ett exempel på en körning

Så här ser det ut när någon i en verksamhet går igenom frågorna med `somplan start`. Exemplet är
anhörigstödet i en kommun, som vill nå anhöriga till äldre med nyheter om träffar och kurser.
Allt nedan är inspelat från programmet i en riktig terminal, {columns} tecken bred; färgerna är
borttagna.

Några saker att lägga märke till:

- varje fråga visar var du är (*Del 2 av 5*, frågans nummer och hur många som är kvar) och en kort
  förklaring till varför den ställs;
- svaret står efter frågan när du har svarat, och allt sparas direkt i svarsfilen;
- frågor som inte är relevanta hoppas över (här till exempel frågan om barn på bild);
- till sist visas alla svar för granskning och sedan bedömningen, med skälen bakom varje siffra.

Hur du använder tangenterna och var svaren sparas står i [Guiden för verksamheter](wizard.md).

Sidan skapas av `scripts/record_session.py`; kör skriptet igen när frågorna eller rapporten har
ändrats.

```text
{transcript}
```
"""


def _questions() -> list[Any]:
    from somplan.content.loader import load_content

    content = load_content(ROOT / "questions")
    return [q for section in content.flow.sections for q in section.questions]


def _keys(question: Any, value: Any) -> str:
    """The keystrokes that give ``value`` to ``question`` (the pointer starts on the first
    choice: a new answers file has no previous answers to preselect)."""
    kind = question.kind
    if kind in ("number", "text"):
        return CLEAR + str(value) + ENTER
    if kind == "yesno":
        return (DOWN if value is False else "") + ENTER
    if kind == "scale":
        steps: int = int(value) - question.scale.min
        return DOWN * steps + ENTER
    ids = [choice.id for choice in question.choices]
    if kind == "single":
        return DOWN * ids.index(value) + ENTER
    keys, at = "", 0
    for index in sorted(ids.index(v) for v in value):
        keys += DOWN * (index - at) + SPACE
        at = index
    return keys + ENTER


def _wrap(line: str) -> list[str]:
    """A line longer than COLUMNS wrapped at spaces. The continuation lines of an answered
    question ("? …") and of a row of the review ("… → …") are indented two more than the first, so
    the question and its answer read as one item."""
    if len(line) <= COLUMNS:
        return [line]
    body = line.lstrip(" ")
    indent = " " * (len(line) - len(body))
    more = "  " if body.startswith("? ") or " → " in body else ""
    return textwrap.wrap(
        body,
        width=COLUMNS,
        initial_indent=indent,
        subsequent_indent=indent + more,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _compact(text: Any) -> str:
    """``text`` without any white space: a line wrapped by the terminal may split a word."""
    return "".join(str(text).split())


def _which(questions: list[Any], shown: str) -> Any:
    """The question whose Swedish text is in ``shown`` (the longest, if several are)."""
    found = [q for q in questions if _compact(q.text.get("sv")) in shown]
    if not found:
        raise SystemExit(f"no known question on screen:\n{shown[-500:]}")
    return max(found, key=lambda q: len(q.text.get("sv")))


class Terminal:
    """The program in a pseudo-terminal, and what its screen shows (a pyte terminal emulator)."""

    def __init__(self, exe: str, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        import pexpect
        import pyte

        self.screen = pyte.HistoryScreen(PTY_COLUMNS, LINES, history=100_000, ratio=0.5)
        self.stream = pyte.Stream(self.screen)
        self.child = pexpect.spawn(
            exe, args, cwd=str(cwd), env=env, dimensions=(LINES, PTY_COLUMNS), encoding="utf-8"
        )
        self.ended = False

    def settle(self, timeout: float = 30.0) -> None:
        """Read until the program has been quiet for QUIET seconds (or has ended)."""
        import pexpect

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=QUIET))
            except pexpect.TIMEOUT:
                return
            except pexpect.EOF:
                self.ended = True
                return
        raise SystemExit("somplan start kept printing for too long")

    def _line(self, line: Any) -> str:
        return "".join(line[x].data for x in range(PTY_COLUMNS)).rstrip()

    def visible(self) -> list[str]:
        return [self._line(self.screen.buffer[y]) for y in range(LINES)]

    def transcript(self) -> list[str]:
        """Every line the session showed: the ones scrolled off the top, then the screen."""
        lines = [self._line(line) for line in self.screen.history.top] + self.visible()
        while lines and not lines[-1]:
            lines.pop()
        return lines

    def prompt(self) -> tuple[int | None, str]:
        """The number of the question being asked (None for the review) and the text of the
        screen from its progress line on, without white space (see _compact)."""
        lines = self.visible()
        starts = [i for i, line in enumerate(lines) if PROGRESS.match(line)]
        review = [i for i, line in enumerate(lines) if line.startswith("? " + REVIEW)]
        if review and (not starts or review[-1] > starts[-1]):
            return None, _compact("".join(lines[review[-1] :]))
        if not starts:
            return 0, ""
        match = PROGRESS.match(lines[starts[-1]])
        assert match is not None
        return int(match.group(1)), _compact("".join(lines[starts[-1] :]))


UNIT_QUESTION = "Vilken verksamhet gäller planen?"
UNIT = "Anhörigstödet, äldreomsorgen"


def run_session() -> str:
    """Run `somplan start` once with ANSWERS and return the cleaned transcript."""
    exe = shutil.which("somplan", path=str(Path(sys.executable).parent)) or shutil.which("somplan")
    if exe is None:
        raise SystemExit("somplan is not installed in this environment")
    questions = _questions()
    with tempfile.TemporaryDirectory(prefix="somplan-session-") as tmp:
        folder = Path(tmp)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("SOMPLAN_") and key not in ("NO_COLOR", "COLUMNS", "LINES")
        }
        env.update(
            COLUMNS=str(COLUMNS),
            SOMPLAN_DATA_DIR=str(folder / "data"),
            SOMPLAN_CACHE_DIR=str(folder / "cache"),
            TERM="xterm-256color",
            PROMPT_TOOLKIT_NO_CPR="1",
        )
        term = Terminal(exe, ["start", "--answers", ANSWERS_NAME], folder, env)
        asked: list[str] = []
        last = 0
        waiting_since = time.monotonic()
        unit_given = False
        while not term.ended:
            term.settle()
            if not unit_given and _compact(UNIT_QUESTION) in _compact("".join(term.visible())):
                term.child.send(UNIT + ENTER)  # the unit's name, asked before the first question
                unit_given = True
                continue
            number, shown = term.prompt()
            hint = next((h for h in HINTS if _compact(h) in shown), None)
            if hint is None or (number is not None and number <= last):
                # The next prompt is not drawn yet.
                if time.monotonic() - waiting_since > PROMPT_TIMEOUT:
                    screen = "\n".join(term.visible()).strip()
                    raise SystemExit(f"no new question appeared; the screen shows:\n{screen}")
                continue
            waiting_since = time.monotonic()
            if number is None:  # the review: "Bekräfta svaren" is the first choice
                term.child.send(ENTER)
                break
            question = _which(questions, shown)
            if question.id not in ANSWERS:
                raise SystemExit(f"ANSWERS has no answer for the question {question.id!r}")
            asked.append(question.id)
            last = number
            term.child.send(_keys(question, ANSWERS[question.id]))
        while not term.ended:
            term.settle()
        term.child.close()
        if term.child.exitstatus != 0:
            raise SystemExit(f"somplan start ended with exit code {term.child.exitstatus}")
        unused = sorted(set(ANSWERS) - set(asked))
        if unused:
            raise SystemExit(f"questions not asked, though ANSWERS has them: {unused}")
        lines = term.transcript()
        # The run's temporary folder differs every time: show a stable, readable one instead.
        for shown_folder in sorted({str(folder.resolve()), str(folder)}, key=len, reverse=True):
            lines = [line.replace(shown_folder, SHOWN_FOLDER) for line in lines]
    return "\n".join(wrapped for line in lines for wrapped in _wrap(line))


def page() -> str:
    return INTRO.format(columns=COLUMNS, transcript=run_session())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="only compare with docs/session.md")
    group.add_argument("--stdout", action="store_true", help="print the page, write nothing")
    args = parser.parse_args(argv)
    text = page()
    if args.stdout:
        sys.stdout.write(text)
        return 0
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else None
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date; run {Path(__file__).name}")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
