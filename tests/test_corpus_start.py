"""Every hostile corpus file given to `somplan start --answers`: a clear error, exit 3, file untouched."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .common import FIXTURES, corpus_yaml_files
from .fakes import WizardScript, start_command

pytestmark = pytest.mark.skipif(
    not corpus_yaml_files(), reason="../shared/corpus is not beside this checkout"
)


def _start_with(
    path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(tmp_path / "data"))
    before = path.read_bytes()
    started = time.process_time()  # CPU time: the work the file causes, not a busy machine's
    code = start_command(
        FIXTURES / "content", path, "en", lambda _l: WizardScript([]), lambda: True
    )
    elapsed = time.process_time() - started
    err = capsys.readouterr().err
    assert code == 3, err
    assert path.read_bytes() == before  # never written to
    assert "Traceback" not in err and "\x1b" not in err
    assert err.startswith(str(path))
    assert elapsed < 1.0
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


@pytest.mark.parametrize("path", corpus_yaml_files(), ids=lambda p: p.name)
def test_corpus_file_as_answers(
    path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _start_with(path, capsys, monkeypatch, tmp_path)


def test_big_corpus_files_as_answers(
    big_corpus_files: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    for path in big_corpus_files:
        _start_with(path, capsys, monkeypatch, tmp_path)
