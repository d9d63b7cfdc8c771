"""Random YAML and random damage to the shipped files through the reader and the loader.

Whatever the bytes, the result is a valid model or problems that point inside the file (line and
column within its text); never another exception. Run deeper with ``--hypothesis-profile=long``.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from somplan.content import answers
from somplan.content.loader import check_folder, load_content
from somplan.content.model import Flow
from somplan.content.problems import Problem, ProblemError
from somplan.content.yamlsource import dump as yaml_text
from somplan.content.yamlsource import parse_text, read_file

from .common import ROOT, SHIPPED

EXAMPLES = sorted((ROOT / "examples" / "answers").glob("*.yaml"))
CONTENT_FILES = sorted(p.name for p in SHIPPED.glob("*.yaml"))
HOSTILE = [
    "[bold]x[/bold]",
    "[link=https://evil.example]click[/link]",
    "\x1b]0;title\x07",
    "\x1b[2J",
    "\u202e",
    "\x00",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "<<: *a",
    "? ",
    "- ",
    ": ",
    "{",
    "]",
    '"',
    "'",
    "\t",
    "#",
    "%YAML 1.1\n---\n",
    "---\n",
    "...\n",
    "\ufeff",
    "\ud7ff",
    "kind: answers\n",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=20),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


@cache
def shipped_flow() -> Flow:
    return load_content(None).flow


def assert_inside(problems: list[Problem], texts: dict[str, str]) -> None:
    """Each problem names a file and, when it has a position, one inside that file's text."""
    assert problems
    for problem in problems:
        assert problem.text("en") and problem.text("sv")  # a message exists in both languages
        if problem.line is None:
            continue
        text = texts.get(problem.file)
        assert text is not None, problem
        lines = text.split("\n")
        assert 1 <= problem.line <= len(lines) + 1, problem
        assert problem.column is not None and problem.column >= 1, problem


def parse_or_problem(text: str) -> Any:
    try:
        return parse_text("fuzz.yaml", text).data
    except ProblemError as exc:
        assert_inside(exc.problems, {"fuzz.yaml": text})
        return exc


@given(documents)
@example({"unit": "a\x85b\u2028c\u2029d"})  # YAML 1.1 line breaks: once read back as spaces
@example({"answer": "0E0", "other": "1e3", "more": ".5"})  # numbers in YAML 1.2, not in 1.1
def test_written_documents_read_back_as_written_or_as_a_positioned_problem(value: Any) -> None:
    text = yaml_text(value)  # how the tool writes YAML (answers files)
    result = parse_or_problem(text)
    if not isinstance(result, ProblemError):
        assert result == value


@given(st.text(max_size=300))
def test_any_text_reads_or_gives_a_positioned_problem(text: str) -> None:
    parse_or_problem(text)


def read_or_refusal(text: str, *, positions: bool) -> Any:
    try:
        return repr(parse_text("fuzz.yaml", text, positions=positions).data)  # NaN too
    except ProblemError as exc:
        return [(p.code, p.line, p.column, p.params) for p in exc.problems]


@given(st.one_of(st.text(max_size=300), documents.map(yaml_text)))
@example("a: .nan\nb: [*x]\n")
@example("a: &x 1\nb: *x\nc: {d: 1, d: 2}\n")
def test_reading_without_positions_reads_and_refuses_alike(text: str) -> None:
    """The reader for many files (no positions kept) accepts and refuses exactly what the
    positioned reader does, with the same data and the same problem."""
    assert read_or_refusal(text, positions=False) == read_or_refusal(text, positions=True)


def mutate(text: str, data: st.DataObject) -> str:
    """A few random edits of the kinds people and tools make to YAML by mistake."""
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        i = data.draw(st.integers(0, max(0, len(lines) - 1)), label="line")
        edit = data.draw(
            st.sampled_from(["delete", "duplicate", "swap", "indent", "dedent", "insert", "chars"])
        )
        if edit == "delete" and len(lines) > 1:
            del lines[i]
        elif edit == "duplicate":
            lines.insert(i, lines[i])
        elif edit == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif edit == "indent":
            lines[i] = "  " + lines[i]
        elif edit == "dedent":
            lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
        elif edit == "insert":
            at = data.draw(st.integers(0, len(lines[i])), label="column")
            piece = data.draw(st.sampled_from(HOSTILE) | st.text(max_size=8), label="piece")
            lines[i] = lines[i][:at] + piece + lines[i][at:]
        else:
            chars = list(lines[i])
            if chars:
                at = data.draw(st.integers(0, len(chars) - 1), label="column")
                chars[at] = data.draw(st.characters(), label="char")
            lines[i] = "".join(chars)
    return "\n".join(lines)


def damage_bytes(raw: bytes, data: st.DataObject) -> bytes:
    """Truncation or flipped bytes: what a full disk or a bad copy leaves behind."""
    if data.draw(st.booleans(), label="truncate"):
        return raw[: data.draw(st.integers(0, len(raw)), label="cut")]
    out = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 5), label="flips")):
        at = data.draw(st.integers(0, len(out) - 1), label="at")
        out[at] = data.draw(st.integers(0, 255), label="byte")
    return bytes(out)


@pytest.mark.parametrize("name", CONTENT_FILES)
@given(data=st.data())
def test_damaged_shipped_content_gives_valid_models_or_positioned_problems(
    name: str, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "questions"
        shutil.copytree(SHIPPED, folder)
        target = folder / name
        if data.draw(st.booleans(), label="as text"):
            target.write_text(mutate(target.read_text(encoding="utf-8"), data), encoding="utf-8")
        else:
            target.write_bytes(damage_bytes(target.read_bytes(), data))
        texts = {
            str(p): p.read_bytes().decode("utf-8", errors="replace") for p in folder.glob("*.yaml")
        }
        result = check_folder(folder)
        if result.problems:
            assert_inside(result.problems, texts)
        else:
            assert {"flow", "organisation", "catalogue", "rules"} <= set(result.models)


@pytest.mark.parametrize("kind", ["flow", "organisation", "catalogue", "rules", "answers"])
@given(value=documents)
def test_random_documents_of_each_kind_are_refused_cleanly(kind: str, value: Any) -> None:
    """A document that claims to be each kind of file but holds anything at all."""
    if isinstance(value, dict):
        value = {"kind": kind, **value}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "file.yaml"
        path.write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        try:
            if kind == "answers":
                answers.load(path, shipped_flow())
            else:
                folder = Path(tmp) / "content"
                folder.mkdir()
                shutil.copy(path, folder / f"{kind}.yaml")
                result = check_folder(folder)
                assert_inside(result.problems, {str(folder / f"{kind}.yaml"): text})
        except ProblemError as exc:
            assert_inside(exc.problems, {str(path): text})


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
@given(data=st.data())
def test_damaged_answers_files_load_or_give_positioned_problems(
    example: Path, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / example.name
        if data.draw(st.booleans(), label="as text"):
            path.write_text(mutate(example.read_text(encoding="utf-8"), data), encoding="utf-8")
        else:
            path.write_bytes(damage_bytes(example.read_bytes(), data))
        text = path.read_bytes().decode("utf-8", errors="replace")
        try:
            record = answers.load(path, shipped_flow())
        except ProblemError as exc:
            assert_inside(exc.problems, {str(path): text})
        else:
            assert record.flow.id == shipped_flow().id
            assert read_file(path).data is not None
