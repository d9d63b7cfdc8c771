"""Every hostile file in ../shared/corpus/yaml through `somplan validate` and the YAML reader."""

from __future__ import annotations

import time
import tracemalloc
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from somplan.content.yamlsource import read_file

from .common import CORPUS, Run, corpus_yaml_files

# file -> (problem code, line) from `somplan validate`; None for files the YAML reader accepts
# (they then fail only because they are not a flow, catalogue or profile).
EXPECTED: dict[str, tuple[str, int | None] | None] = {
    "alias-bomb.yaml": ("too-many-values", None),
    "ansi-escapes.yaml": None,
    "bad-indentation.yaml": ("yaml-indentation", 4),
    "bidi-override.yaml": None,
    "bom.yaml": None,
    "crlf.yaml": None,
    "deep-nesting.yaml": ("too-deep", 1),
    "duplicate-keys.yaml": ("duplicate-key", 3),
    "empty.yaml": ("file-empty", None),
    "latin1.yaml": ("encoding-not-utf8", 1),
    "merge-keys.yaml": ("yaml-merge-key", 3),
    "multi-document.yaml": ("yaml-multi-document", 2),
    "non-string-keys.yaml": ("key-not-text", 1),
    "norway-scalars.yaml": None,
    "nul-byte.yaml": ("control-character", 1),
    "null-document.yaml": ("file-empty", None),
    "only-comment.yaml": ("file-empty", None),
    "python-name-tag.yaml": ("yaml-tag", 1),
    "python-tag.yaml": ("yaml-tag", 1),
    "swedish-nfc-nfd.yaml": None,
    "tab-indentation.yaml": ("yaml-tab", 3),
    "top-level-list.yaml": ("top-not-mapping", 1),
    "top-level-scalar.yaml": ("top-not-mapping", 1),
    "unclosed-quote.yaml": ("yaml-unclosed-quote", 4),
    "unknown-tag.yaml": ("yaml-tag", 1),
    "utf16.yaml": ("encoding-utf16", 1),
    "big-line.yaml": None,
    "big-file.yaml": ("file-too-large", None),
}

pytestmark = pytest.mark.skipif(
    not corpus_yaml_files(), reason="../shared/corpus is not beside this checkout"
)


def _validate_json(run: Run, path: Path) -> tuple[dict[str, Any], float, int]:
    import json

    tracemalloc.start()
    # CPU time, not wall time: the work a hostile file causes, whatever else the machine runs.
    started = time.process_time()
    result = run("validate", str(path), "--format", "json")
    elapsed = time.process_time() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return json.loads(result.stdout), elapsed, peak


def _check(run: Run, path: Path) -> None:
    payload, elapsed, peak = _validate_json(run, path)
    problems = payload["problems"]
    assert len(problems) == 1
    problem = problems[0]
    expected = EXPECTED[path.name]
    if expected is None:
        assert problem["code"] == "unknown-kind"  # the YAML was fine; it is just not content
        read_file(path)  # and the reader accepts it
    else:
        code, line = expected
        assert problem["code"] == code
        if line is not None:
            assert problem["line"] == line
    assert "\x1b" not in problem["message"] and "\x07" not in problem["message"]
    assert elapsed < 1.0, f"{path.name} took {elapsed:.2f} s of CPU"
    assert peak < 200 * 1024 * 1024


@pytest.mark.parametrize("path", corpus_yaml_files(), ids=lambda p: p.name)
def test_corpus_file_gets_one_clear_error(run: Run, path: Path) -> None:
    assert path.name in EXPECTED, f"new corpus file {path.name}: add its expectation"
    _check(run, path)


def test_generated_big_files(run: Run, big_corpus_files: list[Path]) -> None:
    assert {p.name for p in big_corpus_files} == {"big-line.yaml", "big-file.yaml"}
    for path in big_corpus_files:
        _check(run, path)


def test_text_output_is_one_paragraph_per_file_with_position(run: Run) -> None:
    result = run("validate", str(CORPUS / "yaml" / "duplicate-keys.yaml"))
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{CORPUS / 'yaml' / 'duplicate-keys.yaml'}:3:1: ")
    assert "'id'" in first and "line 1" in first


def test_swedish_text_is_preserved_byte_for_byte() -> None:
    path = CORPUS / "yaml" / "swedish-nfc-nfd.yaml"
    doc = read_file(path)
    raw = path.read_text(encoding="utf-8")
    for key in ("sv_nfc", "sv_nfd", "emoji"):
        assert f'"{doc.data[key]}"' in raw
    assert unicodedata.is_normalized("NFC", doc.data["sv_nfc"])
    assert not unicodedata.is_normalized("NFC", doc.data["sv_nfd"])


def test_norway_scalars_are_text_not_booleans() -> None:
    data = read_file(CORPUS / "yaml" / "norway-scalars.yaml").data
    assert [data[k] for k in "abcd"] == ["no", "off", "yes", "on"]
    assert data["i"] is None


def test_python_tags_are_never_executed(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    calls: list[str] = []

    def record(cmd: str) -> int:
        calls.append(cmd)
        return 0

    monkeypatch.setattr(os, "system", record)
    run("validate", str(CORPUS / "yaml" / "python-tag.yaml"))
    assert calls == []
