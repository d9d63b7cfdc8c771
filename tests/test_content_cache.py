"""The cache of validated content: used when nothing changed, never when anything did."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from somplan.content.loader import load_content
from somplan.content.problems import ProblemError

from .common import FIXTURES


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SOMPLAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("SOMPLAN_NO_CACHE", raising=False)
    return folder


def test_second_load_comes_from_the_cache_and_is_equal(cache: Path, content: Path) -> None:
    first = load_content(content)
    assert len(list(cache.glob("content-*.json"))) == 1
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
    for entry in cache.glob("content-*.json"):
        entry.write_bytes(b"not JSON")
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


def test_entries_are_json_data_not_pickles(cache: Path, content: Path) -> None:
    import json

    load_content(content)
    (entry,) = cache.glob("content-*")
    raw = entry.read_bytes()
    assert not raw.startswith(b"\x80")  # the pickle protocol's first byte
    data = json.loads(raw)
    assert data["content"]["dict"]["flow"]["model"] == "Flow"


def test_an_entry_naming_anything_but_a_content_model_is_refused(
    cache: Path, content: Path
) -> None:
    """Someone who can write the cache folder can at most be ignored: an entry that names a class
    outside the content models (here the loader's own Content) is not used."""
    import json

    first = load_content(content)
    (entry,) = cache.glob("content-*")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["content"]["dict"]["flow"]["model"] = "os.system"
    entry.write_text(json.dumps(data), encoding="utf-8")
    again = load_content(content)
    assert again.flow == first.flow  # validated from the files again
    assert (
        json.loads(entry.read_text(encoding="utf-8"))["content"]["dict"]["flow"]["model"] == "Flow"
    )


def test_the_cache_keeps_only_the_newest_entries(cache: Path, content: Path) -> None:
    from somplan.content.cache import KEEP

    flow = content / "flow.yaml"
    original = flow.read_text(encoding="utf-8")
    for i in range(KEEP + 3):
        flow.write_text(original.replace("Testflöde", f"Testflöde {i}"), encoding="utf-8")
        load_content(content)
    assert len(list(cache.glob("content-*"))) == KEEP


def test_a_cached_load_equals_a_validated_one(cache: Path) -> None:
    from .common import SHIPPED

    first = load_content(SHIPPED)
    second = load_content(SHIPPED)
    assert (second.flow, second.catalogue, second.rules, second.organisation) == (
        first.flow,
        first.catalogue,
        first.rules,
        first.organisation,
    )
