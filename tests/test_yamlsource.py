"""The safe YAML reader: positions, YAML 1.2 scalars, and every refusal with its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from somplan.content.problems import ProblemError
from somplan.content.yamlsource import MAX_DEPTH, decode, dump, parse_text, read_file
from tests.common import ROOT, corpus_yaml_files


def refusal(text: str) -> tuple[str, int | None, int | None]:
    with pytest.raises(ProblemError) as info:
        parse_text("f.yaml", text)
    p = info.value.problems[0]
    return p.code, p.line, p.column


def test_positions_of_values_and_keys_are_one_based() -> None:
    doc = parse_text("f.yaml", "a: 1\nlist:\n  - x\n  - {k: v}\n")
    assert doc.data == {"a": 1, "list": ["x", {"k": "v"}]}
    assert (doc.values[("a",)].line, doc.values[("a",)].column) == (1, 4)
    assert (doc.values[("list", 1, "k")].line, doc.values[("list", 1, "k")].column) == (4, 9)
    assert (doc.keys[("list",)].line, doc.keys[("list",)].column) == (2, 1)


def test_locate_falls_back_to_the_nearest_enclosing_value() -> None:
    doc = parse_text("f.yaml", "outer:\n  inner: 1\n")
    pos = doc.locate(("outer", "missing", "deeper"))
    assert (pos.line, pos.column) == (2, 3)


def test_norway_scalars_stay_text_and_numbers_follow_yaml_1_2() -> None:
    doc = parse_text(
        "f.yaml", "a: no\nb: off\nc: yes\nd: on\ne: 010\nf: 1e3\ng: 0x1F\nh: true\ni: ~\n"
    )
    assert doc.data == {
        "a": "no",
        "b": "off",
        "c": "yes",
        "d": "on",
        "e": 10,
        "f": 1000.0,
        "g": 31,
        "h": True,
        "i": None,
    }


def test_quoted_values_are_always_text() -> None:
    assert parse_text("f.yaml", "a: '1'\nb: \"true\"\n").data == {"a": "1", "b": "true"}


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("id: a\nversion: 1\nid: b\n", "duplicate-key", 3, 1),
        ("a: 1\nb:\n  x: 1\n  x: 2\n", "duplicate-key", 4, 3),
        ("id: !!python/object/apply:os.system ['echo']\n", "yaml-tag", 1, 5),
        ("id: !custom thing\n", "yaml-tag", 1, 5),
        ("b: &b {k: v}\nq:\n  <<: *b\n", "yaml-merge-key", 3, 3),
        ("1: one\n", "key-not-text", 1, 1),
        ("? [a, b]\n: list key\n", "key-not-text", 1, 3),
        ("a: 1\n---\nb: 2\n", "yaml-multi-document", 2, 1),
        ("- a\n- b\n", "top-not-mapping", 1, 1),
        ("just text\n", "top-not-mapping", 1, 1),
        ("id: flow\nsections:\n\t- id: a\n", "yaml-tab", 3, 1),
        ('id: flow\ntitle: "unclosed\nsections: []\n', "yaml-unclosed-quote", 4, 1),
        ("a: *nothing\n", "yaml-undefined-alias", 1, 4),
        ("a: !!int abc\n", "yaml-bad-scalar", 1, 4),
    ],
)
def test_refusals_name_the_place(text: str, code: str, line: int, column: int) -> None:
    assert refusal(text) == (code, line, column)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "null\n", "~\n"])
def test_empty_documents_are_refused(text: str) -> None:
    assert refusal(text)[0] == "file-empty"


def test_nesting_beyond_the_limit_is_refused() -> None:
    deep = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    assert refusal(deep)[0] == "too-deep"
    ok = "a: " + "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2) + "\n"
    parse_text("f.yaml", ok)


def test_alias_expansion_is_limited() -> None:
    lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    for prev, name in zip("abcdef", "bcdefg", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    code, line, _ = refusal("\n".join(lines) + "\n")
    assert code == "too-many-values"
    assert line is not None and line > 1


def test_a_few_aliases_are_fine() -> None:
    doc = parse_text("f.yaml", "a: &x {k: v}\nb: *x\n")
    assert doc.data == {"a": {"k": "v"}, "b": {"k": "v"}}


def test_encodings(tmp_path: Path) -> None:
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbfid: flow\n")
    assert read_file(bom).data == {"id": "flow"}
    crlf = tmp_path / "crlf.yaml"
    crlf.write_bytes(b"id: flow\r\nversion: 1\r\n")
    assert read_file(crlf).data == {"id": "flow", "version": 1}
    latin = tmp_path / "latin1.yaml"
    latin.write_bytes("id: ok\ntitle: Väst\n".encode("latin-1"))
    with pytest.raises(ProblemError) as info:
        read_file(latin)
    assert (
        info.value.problems[0].code,
        info.value.problems[0].line,
        info.value.problems[0].column,
    ) == ("encoding-not-utf8", 2, 9)
    utf16 = tmp_path / "utf16.yaml"
    utf16.write_bytes("id: flow\n".encode("utf-16"))
    with pytest.raises(ProblemError) as info:
        read_file(utf16)
    assert info.value.problems[0].code == "encoding-utf16"


def test_control_characters_are_refused_with_position(tmp_path: Path) -> None:
    f = tmp_path / "nul.yaml"
    f.write_bytes(b"id: ok\nname: fl\x00ow\n")
    with pytest.raises(ProblemError) as info:
        read_file(f)
    p = info.value.problems[0]
    assert (p.code, p.line, p.column) == ("control-character", 2, 9)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProblemError) as info:
        read_file(tmp_path / "nope.yaml")
    assert info.value.problems[0].code == "file-not-found"
    with pytest.raises(ProblemError) as info:
        read_file(tmp_path)
    assert info.value.problems[0].code == "file-is-folder"


@pytest.mark.parametrize("brk", ["\x85", "\u2028", "\u2029"])
def test_positions_count_lines_as_an_editor_does(brk: str) -> None:
    """YAML counts NEL, LINE and PARAGRAPH SEPARATOR as line breaks, editors show them inside a
    line: a position must be the editor's (found by hypothesis: line 7 in a 4-line file)."""
    text = f'a: "x{brk}y"\nb: 1\nc: [\n'
    with pytest.raises(ProblemError) as caught:
        parse_text("f.yaml", text)
    problem = caught.value.problems[0]
    assert problem.line is not None and problem.line <= 4
    doc = parse_text("g.yaml", f'a: "x{brk}y"\nb: 1\n')
    assert doc.locate(("b",)).line == 2


def outcome(text: str, *, positions: bool) -> object:
    """The data read (as its repr), or the refusal as (code, line, column, parameters)."""
    try:
        return repr(parse_text("f.yaml", text, positions=positions).data)  # NaN too
    except ProblemError as exc:
        return [(p.code, p.line, p.column, p.params) for p in exc.problems]


@pytest.mark.parametrize(
    "path", [*corpus_yaml_files(), *sorted((ROOT / "examples").rglob("*.yaml"))], ids=str
)
def test_reading_without_positions_gives_the_same_data_and_the_same_refusals(path: Path) -> None:
    """The hostile corpus and every example: what the reader without positions (many plans at
    once) makes of a file is what the positioned reader makes of it, refusals with their
    line and column."""
    try:
        text = decode(str(path), path.read_bytes())
    except ProblemError:
        return  # not UTF-8: refused before either reader sees it
    assert outcome(text, positions=False) == outcome(text, positions=True)


def test_a_document_read_without_positions_finds_them_when_a_problem_is_located() -> None:
    text = "a: 1\nlist:\n  - x\n  - {k: v}\n"
    fast, placed = parse_text("f.yaml", text, positions=False), parse_text("f.yaml", text)
    assert fast.data == placed.data
    for loc in [("a",), ("list", 1, "k"), ("list", 1, "missing"), ("nowhere",)]:
        assert fast.locate(loc) == placed.locate(loc)
    assert fast.problem(("list",), "x", key=True) == placed.problem(("list",), "x", key=True)
    assert fast.problem(("list",), "x", key=True).line == 2


# --- writing: libyaml's emitter where it writes the same bytes --------------------------------


def _answers_like(texts: list[str]) -> dict[str, object]:
    return {
        "kind": "answers",
        "unit": texts[0] if texts else None,
        "answers": {f"q{i}": t for i, t in enumerate(texts)},
        "list": texts[:5],
        "numbers": [1, 2.5, True, None],
    }


@given(st.lists(st.text(max_size=300), max_size=8))
def test_the_quick_writer_never_changes_a_files_bytes(texts: list[str]) -> None:
    """Any text at all (emoji, line breaks, control characters): the file is the same whichever
    emitter writes it, so plans stay byte-stable and the browser's save is quick."""
    data = _answers_like(texts)
    assert dump(data) == dump(data, quick=False)
    assert parse_text("x.yaml", dump(data)).data == data


def test_every_character_libyaml_writes_is_written_alike() -> None:
    """Each character of the class handed to libyaml, eight to a text: at its start, between
    spaces in a line long enough to be folded, and at its end."""
    from somplan.content.yamlsource import _EMITS_ALIKE

    chars = [chr(c) for c in range(0x20, 0x10000) if _EMITS_ALIKE.fullmatch(chr(c))]
    assert len(chars) > 60_000
    groups = [chars[i : i + 8] for i in range(0, len(chars), 8)]
    texts = [g[0] + " " + " ".join(g) + " ord" * 20 + " " + g[-1] for g in groups]
    for start in range(0, len(texts), 1000):
        data = _answers_like(texts[start : start + 1000])
        assert dump(data) == dump(data, quick=False), start
