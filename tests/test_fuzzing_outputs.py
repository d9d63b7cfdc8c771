"""Random answers, with hostile text in every free-text field, through scoring and every output.

Reports (rich, Markdown, JSON), the summary (rich, Markdown, CSV, JSON) and the diff (rich,
Markdown, JSON) must never raise, and nothing from a file may reach the terminal as a control
sequence: no escape, bell, C1 control or bidi override, and no rich markup interpreted.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from somplan.assessment.scoring import assess
from somplan.assessment.summary import summarise
from somplan.commands.diff import run_diff
from somplan.content import answers
from somplan.content.answer_rules import answer_error
from somplan.content.model import Question
from somplan.render import summary
from somplan.render.report import json as render_json
from somplan.render.report import markdown as render_markdown
from somplan.render.report import rich as render_rich
from somplan.text.safetext import has_unsafe

from .test_scoring_properties import content, valid_answer

LEVELS = {"ready", "ready_with_conditions", "not_ready", "not_social_media"}
HOSTILE = [
    "[bold]B[/bold]",
    "[link=https://evil.example]click[/link]",
    "\x1b]0;pwned\x07",
    "\x1b]8;;https://evil.example\x1b\\x\x1b]8;;\x1b\\",
    "\x1b[2J\x1b[H",
    "\x9b31m",
    "a\u202eevil",
    "\u2066x\u2069",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    '=HYPERLINK("https://evil.example")',
    "# heading\n- item",
    "| a | b |",
]
hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=40))
# Colour and style sequences are rich's own; anything else that starts with ESC came from a file.
SGR = re.compile(r"\x1b\[[0-9;]*m")
# In Markdown, an unescaped tag or link target from a file would be live HTML or a live link.
RAW_HTML_OR_LINK = re.compile(r"(?<!\\)<script|(?<!\\)\]\(javascript:")


def _valid_for(question: Question, value: Any) -> bool:
    return answer_error(question, value) is None


@st.composite
def hostile_answers(draw: st.DrawFn) -> dict[str, Any]:
    """Valid answers, each question answered or not, free text drawn from hostile strings."""
    given_answers: dict[str, Any] = {}
    for q in content().flow.questions():
        if not draw(st.booleans()):
            continue
        strategy = valid_answer(q)
        if q.kind == "text":
            strategy = hostile_text | strategy
        value = draw(strategy.filter(functools.partial(_valid_for, q)))
        given_answers[q.id] = value
    return given_answers


def assert_terminal_safe(text: str) -> None:
    rest = SGR.sub("", text)
    assert not has_unsafe(rest), repr(rest[max(0, rest.find("\x1b") - 40) :][:120])
    assert "\x1b]8;" not in text  # no hyperlink made from a file's [link=…]


def write_answers(folder: Path, name: str, unit: str, given_answers: dict[str, Any]) -> Path:
    record = answers.new_answers(content().flow, "sv")
    record.unit = unit
    record.answers = given_answers
    path = folder / name
    answers.save(path, record)
    return path


@given(hostile_answers(), hostile_text, st.sampled_from(["sv", "en"]), st.integers(40, 160))
def test_reports_are_inert_whatever_the_answers(
    given_answers: dict[str, Any], unit: str, lang: str, width: int
) -> None:
    c = content()
    record = answers.new_answers(c.flow, "sv")
    record.answers = given_answers
    assessment = assess(c, record)

    terminal = io.StringIO()
    console = Console(file=terminal, width=width, force_terminal=True, color_system="truecolor")
    render_rich.render(assessment, lang, console, unit)  # type: ignore[arg-type]
    assert_terminal_safe(terminal.getvalue())
    if unit == "[bold]B[/bold]":
        assert "[bold]B[/bold]" in SGR.sub("", terminal.getvalue())  # shown, not applied

    markdown = render_markdown.render(assessment, lang, unit)  # type: ignore[arg-type]
    assert not has_unsafe(markdown)
    assert not RAW_HTML_OR_LINK.search(markdown)

    text = render_json.render(assessment, lang, unit)  # type: ignore[arg-type]
    assert not has_unsafe(text)
    assert json.loads(text)["verdict"]["level"] == assessment.verdict.level


@given(st.lists(st.tuples(hostile_text, hostile_answers()), min_size=1, max_size=3))
def test_summary_outputs_are_inert(units: list[tuple[str, dict[str, Any]]]) -> None:
    c = content()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (unit, given_answers) in enumerate(units):
            write_answers(folder, f"unit-{i}.yaml", unit, given_answers)
        rows = [summarise(c, p, "sv") for p in sorted(folder.glob("*.yaml"))]

    table = list(csv.reader(io.StringIO(summary.as_csv(rows))))
    assert len(table) == len(units) + 1
    for row in table[1:]:
        for cell in row:
            assert not has_unsafe(cell)
            assert cell[:1] not in ("=", "+", "-", "@")  # no spreadsheet formula
    text = summary.as_json(rows, [])
    assert not has_unsafe(text)  # escaped in the JSON text, exact in the data
    data = json.loads(text)
    assert [r["unit"] for r in data["rows"]] == [unit for unit, _ in units]
    markdown = summary.as_markdown(rows, "en")
    assert not has_unsafe(markdown)
    assert markdown.count("\n") == len(units) + 2  # one line per unit: no cell breaks the table

    from rich.console import Console

    terminal = io.StringIO()
    from somplan.render.summary.rich import print_rich

    print_rich(rows, "sv", None, Console(file=terminal, width=80, color_system=None))
    assert_terminal_safe(terminal.getvalue())


@given(hostile_answers(), hostile_answers(), st.sampled_from(["rich", "markdown", "json"]))
def test_diff_outputs_are_inert(
    old_answers: dict[str, Any], new_answers: dict[str, Any], fmt: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old = write_answers(Path(tmp), "old.yaml", "Enhet", old_answers)
        new = write_answers(Path(tmp), "new.yaml", "Enhet", new_answers)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run_diff(old, new, fmt, "sv", None)
    assert code == 0, err.getvalue()
    text = out.getvalue()
    if fmt == "json":
        data = json.loads(text)
        assert data["verdict"]["new"] in LEVELS
        assert not has_unsafe(text)
    else:
        assert_terminal_safe(text)
    if fmt == "markdown":
        assert not RAW_HTML_OR_LINK.search(text)
