"""`somplan channels`: every channel of the catalogue with its facts, in four formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from somplan.content.loader import REPORT_KINDS, load_content
from somplan.content.model import Catalogue

from .common import SHIPPED, Run
from .html_checks import check_document, visible_text


def catalogue() -> Catalogue:
    cat = load_content(None, REPORT_KINDS).catalogue
    assert cat is not None
    return cat


@pytest.mark.parametrize("fmt", ["rich", "markdown", "json", "html"])
def test_every_channel_is_listed_with_its_facts(run: Run, fmt: str) -> None:
    result = run("channels", "--format", fmt, lang="en")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    for channel in catalogue().channels:
        assert channel.name.get("en") in text
        assert " ".join(channel.less_good_for[0].get("en").split()) in text
    if fmt != "json":
        for label in ("Good for", "Less good for", "Formats", "Workload", "Moderation"):
            assert label in text


@pytest.mark.parametrize("kind", ["social", "other"])
def test_kind_keeps_only_that_kind(run: Run, kind: str) -> None:
    data = json.loads(run("channels", "--kind", kind, "--format", "json", lang="en").stdout)
    expected = [c.id for c in catalogue().channels if c.kind == kind]
    assert [c["id"] for c in data["channels"]] == expected


def test_json_carries_sources_and_caveats(run: Run) -> None:
    data = json.loads(run("channels", "--format", "json", lang="sv").stdout)
    by_id = {c["id"]: c for c in data["channels"]}
    for channel in catalogue().channels:
        shown = by_id[channel.id]
        assert len(shown["sources"]) == len(channel.cited())  # every source a fact leans on
        if channel.kind == "social":
            assert shown["age_limit"]["text"]  # each platform states its age limit
        assert shown["basis_text"]
        assert len(shown["caveats"]) == len(channel.caveats)
        assert shown["workload"]["moderation"] == channel.workload.moderation


def test_html_overview_is_a_sound_document(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "kanaler.html"
    result = run("channels", "--format", "html", "-o", str(out), lang="sv")
    assert result.exit_code == 0, result.output
    assert str(out) in result.stderr
    page = out.read_text(encoding="utf-8")
    check_document(page, "sv")
    text = visible_text(page)
    assert "Sociala medier" in text and "Andra kanaler" in text
    assert all(c.name.get("sv") in text for c in catalogue().channels)


def test_hostile_catalogue_text_stays_text_in_html(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder)
    path = folder / "channels.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    evil = " <script>alert(1)</script><img src=x onerror=alert(1)> \u202eRTL"
    data["channels"][0]["description"]["en"] += evil
    data["channels"][0]["good_for"][0]["en"] += evil
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    page = run("channels", "--format", "html", "-q", str(folder), lang="en").stdout
    check_document(page, "en")
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2
    assert "\u202e" not in page
