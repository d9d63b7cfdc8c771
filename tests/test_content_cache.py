"""The cache of validated content: used when nothing changed, never when anything did."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from somplan.loader import load_content
from somplan.problems import ProblemError

from .conftest import FIXTURES


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SOMPLAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("SOMPLAN_NO_CACHE", raising=False)
    return folder


def test_second_load_comes_from_the_cache_and_is_equal(cache: Path, content: Path) -> None:
    first = load_content(content)
    assert len(list(cache.glob("content-*.pickle"))) == 1
    second = load_content(content)
    assert second.flow == first.flow and second.organisation == first.organisation
    assert second.folder == content


def test_a_changed_file_is_validated_again(cache: Path, content: Path) -> None:
    load_content(content)
    flow = content / "flow.yaml"
    flow.write_text(
        flow.read_text(encoding="utf-8").replace("Testflöde", "Nytt namn"), encoding="utf-8"
    )
    assert load_content(content).flow.title.sv == "Nytt namn"
    flow.write_text(
        flow.read_text(encoding="utf-8").replace("version: 1", "version: 0"), encoding="utf-8"
    )
    with pytest.raises(ProblemError):
        load_content(content)  # a broken file is never hidden by an old cache entry


def test_a_corrupt_cache_entry_is_ignored(cache: Path, content: Path) -> None:
    load_content(content)
    for entry in cache.glob("content-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert load_content(content).flow.id == "fixture"


def test_the_cache_can_be_turned_off(
    cache: Path, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOMPLAN_NO_CACHE", "1")
    load_content(content)
    assert not cache.exists()


def test_an_unwritable_cache_folder_does_not_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SOMPLAN_CACHE_DIR", str(blocker / "cache"))
    assert load_content(FIXTURES / "content").flow.id == "fixture"


def test_another_folder_with_the_same_files_reports_its_own_path(
    cache: Path, content: Path, tmp_path: Path
) -> None:
    load_content(content)
    other = tmp_path / "other"
    shutil.copytree(content, other)
    assert load_content(other).files["flow"] == other / "flow.yaml"
