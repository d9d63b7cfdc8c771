"""Read one YAML file safely into plain Python data, remembering where every value stood.

PyYAML's ``safe_load`` throws positions away, keeps the last of two duplicate keys, turns ``no`` into
``False`` and can be made to expand an alias bomb or recurse until it crashes. This module composes the
node tree itself (the safe composer, never a constructor that could build objects) and converts it
with these rules:

* the file must be UTF-8 (a UTF-8 byte-order mark is accepted), at most ``MAX_BYTES`` long, without
  NUL or other non-printable characters;
* exactly one document whose top level is a mapping;
* scalars follow the YAML 1.2 core schema: only ``true``/``false`` are booleans, so ``no``, ``off``,
  ``yes`` and ``on`` stay text;
* only the standard tags (str, int, float, bool, null, seq, map) are allowed;
* mapping keys are plain text and unique; merge keys (``<<``) are refused;
* nesting deeper than ``MAX_DEPTH`` and alias expansion beyond ``MAX_NODES`` values are refused.

Every refusal is a ``somplan.content.problems.Problem`` with line and column (1-based).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from somplan.content.problems import Problem, ProblemError

MAX_BYTES = 1_048_576
MAX_DEPTH = 64
MAX_NODES = 20_000

Loc = tuple[str | int, ...]
_Mark = Any  # yaml.error.Mark or libyaml's mark: both have .line and .column

_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")}


_RESOLVERS: list[tuple[str, re.Pattern[str]]] = [
    ("bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    ("int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
    (
        "float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
    ),
    ("null", re.compile(r"^(?:~|null|Null|NULL|)$")),
    ("merge", re.compile(r"^<<$")),
]


_STR = f"{_TAG}str"
_MERGE = f"{_TAG}merge"
#: Every text a resolver above matches (but the empty one) starts with one of these; any other
#: plain scalar is text without trying them (most are: choice ids, names, sentences).
_MAYBE_NOT_TEXT = frozenset("tTfF0123456789+-.~nN<\n")


def _resolve(event: ScalarEvent) -> str:
    """The tag of a scalar under the YAML 1.2 core schema (no Norway problem)."""
    if event.tag not in (None, "!"):
        return str(event.tag)
    if not event.implicit[0]:  # quoted or block text
        return _STR
    value = event.value
    if value and value[0] not in _MAYBE_NOT_TEXT:
        return _STR
    for name, pattern in _RESOLVERS:
        if pattern.match(value):
            return f"{_TAG}{name}"
    return _STR


class _Limit(Exception):
    def __init__(self, mark: _Mark, code: str, limit: int) -> None:
        super().__init__(code)
        self.mark = mark
        self.code = code
        self.limit = limit


def _parser(text: str) -> Any:
    """Libyaml's fast C parser when PyYAML has it, else the pure-Python one. Both only parse."""
    try:
        from yaml._yaml import CParser  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        pass
    else:
        return CParser(text)

    class _PyParser(Reader, Scanner, Parser):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

    return _PyParser(text)


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass
class Document:
    """A YAML file as plain data, with the position of every value and every mapping key."""

    path: str
    data: dict[str, Any]
    values: dict[Loc, Position] = field(default_factory=dict)
    keys: dict[Loc, Position] = field(default_factory=dict)
    #: The text of a document read without positions (``parse_text(..., positions=False)``):
    #: ``values`` and ``keys`` stay empty until the first ``locate`` reads it again with them.
    unplaced: str | None = field(default=None, repr=False, compare=False)

    def locate(self, loc: Loc, *, key: bool = False) -> Position:
        """Where ``loc`` stands, or its nearest enclosing value that exists in the file."""
        if self.unplaced is not None:
            placed = parse_text(self.path, self.unplaced)
            self.values, self.keys, self.unplaced = placed.values, placed.keys, None
        if key and loc in self.keys:
            return self.keys[loc]
        probe = tuple(loc)
        while probe:
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), Position(1, 1))

    def problem(self, loc: Loc, code: str, *, key: bool = False, **params: Any) -> Problem:
        pos = self.locate(loc, key=key)
        return Problem(self.path, pos.line, pos.column, code, params)


#: Characters YAML counts as line breaks and editors show inside a line.
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")


def _pos(mark: _Mark, odd_text: str | None = None) -> Position:
    """The mark as the line and column an editor shows. ``odd_text`` is the text when it holds
    one of ``_ODD_BREAKS``: the parser's own line count is then too high, so the position is
    worked out from the character index instead."""
    if odd_text is not None:
        return _line_col(odd_text, mark.index)
    return Position(mark.line + 1, mark.column + 1)


def _odd(text: str) -> str | None:
    return text if any(c in text for c in _ODD_BREAKS) else None


def _line_col(text: str, index: int) -> Position:
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return Position(line, index - start + 1)


_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def decode(path: str, raw: bytes) -> str:
    """Bytes to text, or a problem saying how to save the file."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ProblemError(Problem(path, 1, 1, "encoding-utf16"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", errors="replace")
        pos = _line_col(before, len(before))
        raise ProblemError(
            Problem(
                path, pos.line, pos.column, "encoding-not-utf8", {"byte": f"0x{raw[exc.start]:02X}"}
            )
        ) from None
    bad = _NON_PRINTABLE.search(text)
    if bad:
        pos = _line_col(text, bad.start())
        raise ProblemError(
            Problem(
                path,
                pos.line,
                pos.column,
                "control-character",
                {"char": f"U+{ord(bad.group()):04X}"},
            )
        )
    return text


def read_file(path: Path | str) -> Document:
    """Read and parse ``path``; raise ``ProblemError`` with a positioned problem."""
    return parse_bytes(str(path), read_bytes(path))


def parse_bytes(path: str, raw: bytes, *, positions: bool = True) -> Document:
    """Parse the bytes of a file read with ``read_bytes`` (so a caller that also needs the
    bytes, say for their digest, reads the file once); ``positions`` as for ``parse_text``."""
    return parse_text(path, decode(path, raw), positions=positions)


def read_bytes(path: Path | str) -> bytes:
    """The bytes of ``path``, at most ``MAX_BYTES``; raise ``ProblemError`` when it cannot
    be read."""
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise ProblemError(Problem(name, None, None, "file-is-folder"))
        if size > MAX_BYTES:
            raise ProblemError(
                Problem(name, None, None, "file-too-large", {"size": size, "limit": MAX_BYTES})
            )
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ProblemError(Problem(name, None, None, "file-not-found")) from None
    except PermissionError:
        raise ProblemError(Problem(name, None, None, "file-no-permission")) from None
    except OSError as exc:
        raise ProblemError(
            Problem(name, None, None, "file-unreadable", {"reason": exc.strerror or str(exc)})
        ) from None
    if len(raw) > MAX_BYTES:  # grew between stat and read
        raise ProblemError(
            Problem(name, None, None, "file-too-large", {"size": len(raw), "limit": MAX_BYTES})
        )
    return raw


def parse_text(path: str, text: str, *, positions: bool = True) -> Document:
    """Parse YAML text that is already decoded.

    Without ``positions`` the values' and keys' positions are left out while the file is read
    (they cost about half the time of reading a file that has no problem): the same data, the
    same refusals; a refusal is made by reading the text again with positions, and the
    document's first ``locate`` reads it again too (see ``Document.unplaced``)."""
    if not positions:
        try:
            data = _Builder(Document(path, {}), None, positions=False).build(_parser(text))
        except (ProblemError, _Limit, yaml.YAMLError):
            return parse_text(path, text)  # the refusal, with its position
        return Document(path, data, unplaced=text)
    doc = Document(path, {})
    parser = _parser(text)
    odd = _odd(text)
    try:
        data = _Builder(doc, odd).build(parser)
    except _Limit as exc:
        pos = _pos(exc.mark, odd)
        raise ProblemError(
            Problem(path, pos.line, pos.column, exc.code, {"limit": exc.limit})
        ) from None
    except yaml.MarkedYAMLError as exc:
        raise ProblemError(_syntax_problem(path, text, exc)) from None
    except yaml.YAMLError as exc:  # pragma: no cover - parsers raise marked errors for text input
        raise ProblemError(Problem(path, None, None, "yaml-syntax", {"detail": str(exc)})) from None
    finally:
        parser.dispose()
    doc.data = data
    return doc


_INDENTATION_HINTS = (
    "<block end>",
    "did not find expected '-' indicator",
    "did not find expected key",
    "mapping values are not allowed",
)


def _char_at(text: str, pos: Position) -> str:
    lines = text.split("\n")
    if 0 < pos.line <= len(lines) and 0 < pos.column <= len(lines[pos.line - 1]):
        return lines[pos.line - 1][pos.column - 1]
    return ""


def _syntax_problem(path: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A parser error in words: tabs, unclosed quotes, indentation, depth, or the parser's own."""
    mark = exc.problem_mark or exc.context_mark
    pos = _pos(mark, _odd(text)) if mark else Position(1, 1)
    problem = exc.problem or ""
    context = exc.context or ""
    params: dict[str, Any] = {"detail": problem}
    if _char_at(text, pos) == "\t" or "'\\t'" in problem:
        code = "yaml-tab"
    elif "maximum nesting depth" in problem:
        code = "too-deep"
        params["limit"] = MAX_DEPTH
    elif "quoted scalar" in context and exc.context_mark is not None:
        code = "yaml-unclosed-quote"
        params["start"] = _pos(exc.context_mark, _odd(text)).line
    elif "expected a single document" in context:
        code = "yaml-multi-document"
    elif any(hint in problem for hint in _INDENTATION_HINTS):
        code = "yaml-indentation"
    elif "found undefined alias" in problem:
        code = "yaml-undefined-alias"
    else:
        code = "yaml-syntax"
    return Problem(path, pos.line, pos.column, code, params)


class _Frame:
    """A mapping or sequence being built, with what it needs to place its children."""

    __slots__ = ("anchor", "container", "count", "key", "loc", "mapping", "seen")

    def __init__(self, container: Any, loc: Loc, anchor: str | None) -> None:
        self.container = container
        self.mapping = isinstance(container, dict)
        self.loc = loc
        self.anchor = anchor
        self.key: str | None = None
        self.seen: dict[str, _Mark] = {}  # each key, where it stood
        self.count = 1


class _Builder:
    """Builds plain data from parser events with an explicit stack (no recursion).

    Depth and the number of values, counting every alias as the values it stands for, are
    limited, so neither deep nesting nor an alias bomb can exhaust the stack or the memory.
    Without ``positions`` no value's or key's position is kept (``parse_text``): the same data
    and the same refusals, for the files that need no position.
    """

    def __init__(
        self, doc: Document, odd_text: str | None = None, *, positions: bool = True
    ) -> None:
        self.doc = doc
        self.odd = odd_text  # the text, when it holds line breaks editors do not count
        self.positions = positions
        self.total = 0
        self.anchors: dict[str, tuple[Any, int]] = {}

    def _fail(self, mark: _Mark, code: str, **params: Any) -> ProblemError:
        pos = _pos(mark, self.odd)
        return ProblemError(Problem(self.doc.path, pos.line, pos.column, code, params))

    def build(self, parser: Any) -> dict[str, Any]:
        root: list[Any] = []
        stack: list[_Frame] = []
        documents = 0
        positions = self.positions
        values = self.doc.values
        check_event, get_event = parser.check_event, parser.get_event
        while check_event():
            event = get_event()
            kind = type(event)
            frame = stack[-1] if stack else None
            if kind is ScalarEvent:  # most events: handled first, as the branches below would
                value = event.value
                # Text for sure (what ``_resolve`` says of most scalars), without asking it.
                text = event.tag is None and (
                    not event.implicit[0] or (value and value[0] not in _MAYBE_NOT_TEXT)
                )
                if frame is not None and frame.mapping and frame.key is None:
                    if text and not positions and value not in frame.seen:
                        frame.seen[value] = event.start_mark
                        frame.key = value
                    else:
                        self._take_key(frame, event)
                    continue
                if positions:
                    values[self._child_loc(stack)] = _pos(event.start_mark, self.odd)
                self._count(1, event.start_mark)
                if not text:
                    value = self._scalar(event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
                if frame is not None and frame.mapping:
                    frame.count += 1
                    frame.container[frame.key] = value
                    frame.key = None
                else:
                    self._place(frame, root, value, 1)
                continue
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self._fail(event.start_mark, "yaml-multi-document")
                continue
            if isinstance(event, StreamStartEvent | StreamEndEvent | DocumentEndEvent):
                continue
            if isinstance(event, MappingEndEvent | SequenceEndEvent):
                done = stack.pop()
                if done.anchor is not None:
                    self.anchors[done.anchor] = (done.container, done.count)
                self._place(stack[-1] if stack else None, root, done.container, done.count)
                continue
            if frame is not None and frame.mapping and frame.key is None:
                self._take_key(frame, event)
                continue
            loc = self._child_loc(stack) if positions else ()
            if isinstance(event, AliasEvent):
                if event.anchor not in self.anchors:
                    raise self._fail(event.start_mark, "yaml-undefined-alias")
                value, count = self.anchors[event.anchor]
                if positions:
                    values[loc] = _pos(event.start_mark, self.odd)
                self._count(count, event.start_mark)
                self._place(frame, root, value, count)
            elif isinstance(event, MappingStartEvent | SequenceStartEvent):
                self._check_tag(event, "map" if isinstance(event, MappingStartEvent) else "seq")
                if len(stack) >= MAX_DEPTH:
                    raise _Limit(event.start_mark, "too-deep", MAX_DEPTH)
                if positions:
                    values[loc] = _pos(event.start_mark, self.odd)
                self._count(1, event.start_mark)
                container: Any = {} if isinstance(event, MappingStartEvent) else []
                stack.append(_Frame(container, loc, event.anchor))
        if not root or root[0] is None:
            raise ProblemError(Problem(self.doc.path, None, None, "file-empty"))
        if not isinstance(root[0], dict):
            pos = self.doc.values.get((), Position(1, 1))
            raise ProblemError(Problem(self.doc.path, pos.line, pos.column, "top-not-mapping"))
        return root[0]

    def _count(self, count: int, mark: _Mark) -> None:
        self.total += count
        if self.total > MAX_NODES:
            raise _Limit(mark, "too-many-values", MAX_NODES)

    def _check_tag(self, event: Any, expected: str) -> None:
        tag = event.tag
        if tag not in (None, "!", f"{_TAG}{expected}"):
            shown = "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
            raise self._fail(event.start_mark, "yaml-tag", tag=shown)

    def _scalar(self, event: ScalarEvent) -> Any:
        tag = _resolve(event)
        if tag == _STR:
            return event.value
        if tag not in _ALLOWED_TAGS:
            if tag == _MERGE:
                raise self._fail(event.start_mark, "yaml-merge-key")
            shown = "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
            raise self._fail(event.start_mark, "yaml-tag", tag=shown)
        try:
            return _scalar(tag, event.value)
        except ValueError:
            raise self._fail(event.start_mark, "yaml-bad-scalar", value=event.value) from None

    def _take_key(self, frame: _Frame, event: Any) -> None:
        if not isinstance(event, ScalarEvent):
            raise self._fail(event.start_mark, "key-not-text", key="…")
        tag = _resolve(event)
        if tag == _MERGE:
            raise self._fail(event.start_mark, "yaml-merge-key")
        if tag != _STR:
            raise self._fail(event.start_mark, "key-not-text", key=event.value)
        key = str(event.value)
        if key in frame.seen:
            first = _pos(frame.seen[key], self.odd).line
            raise self._fail(event.start_mark, "duplicate-key", key=key, first=first)
        frame.seen[key] = event.start_mark
        frame.key = key
        if self.positions:
            self.doc.keys[(*frame.loc, key)] = _pos(event.start_mark, self.odd)

    @staticmethod
    def _child_loc(stack: list[_Frame]) -> Loc:
        if not stack:
            return ()
        frame = stack[-1]
        if frame.mapping:
            assert frame.key is not None
            return (*frame.loc, frame.key)
        return (*frame.loc, len(frame.container))

    @staticmethod
    def _place(frame: _Frame | None, root: list[Any], value: Any, count: int) -> None:
        if frame is None:
            root.append(value)
            return
        frame.count += count
        if frame.mapping:
            assert frame.key is not None
            frame.container[frame.key] = value
            frame.key = None
        else:
            frame.container.append(value)


def _scalar(tag: str, value: str) -> Any:
    if tag == f"{_TAG}str":
        return value
    if tag == f"{_TAG}null":
        return None
    if tag == f"{_TAG}bool":
        return value.lower() == "true"
    if tag == f"{_TAG}int":
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value, 10)
    # float
    lowered = value.lower()
    if lowered.endswith(".inf"):
        return -math.inf if lowered.startswith("-") else math.inf
    if lowered == ".nan":
        return math.nan
    return float(value)


# -- writing -------------------------------------------------------------------------------------

# Characters YAML 1.1 readers (libyaml among them, and so this module) take as line breaks. Written
# raw inside a scalar they would come back as a space; in double quotes they are escaped.
_BREAKS = re.compile("[\x85\u2028\u2029]")


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.representer.SafeRepresenter, text: str) -> yaml.ScalarNode:
    style: str | None = None
    if _BREAKS.search(text):
        style = '"'
    elif any(pattern.match(text) for _, pattern in _RESOLVERS):
        # Text that YAML 1.2 would read as a number, boolean or null ("0E0", "1e3"): PyYAML
        # writes it plain, going by YAML 1.1, so quote it here to read it back as text.
        style = "'"
    return dumper.represent_scalar(f"{_TAG}str", text, style=style)


_Dumper.add_representer(str, _represent_str)


# libyaml's emitter (about six times quicker) writes the same bytes as PyYAML's for text made
# only of these characters: printable, in the Basic Multilingual Plane, no line break, tab or
# byte-order mark. Checked character by character over the whole class and with random texts
# (tests/test_yamlsource.py). Any other text (an emoji, a line break in a long text) is written
# by PyYAML's own emitter, which escapes and folds some of it differently.
_EMITS_ALIKE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\uffef]*")
_CDumper: type[Any] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _LibyamlDumper(yaml.CSafeDumper):
        pass

    _LibyamlDumper.add_representer(str, _represent_str)
    _CDumper = _LibyamlDumper


def _alike(data: Any) -> bool:
    """Whether both emitters write ``data`` the same: a mapping whose every text is in
    ``_EMITS_ALIKE`` and whose other values are numbers, booleans, null, lists and mappings."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not _EMITS_ALIKE.fullmatch(item):
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif item is not None and not isinstance(item, (bool, int, float)):
            return False
    return True


def dump(data: Any, *, quick: bool = True) -> str:
    """YAML text (block style, Unicode kept, keys in the given order) that this module reads
    back as ``data``. The same bytes with ``quick`` (libyaml's emitter where it writes them
    alike) as without."""
    dumper: type[Any] = _Dumper
    if quick and _CDumper is not None and isinstance(data, dict) and _alike(data):
        dumper = _CDumper
    return yaml.dump(
        data,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
        width=100,
    )
