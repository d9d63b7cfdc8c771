"""The screenshots of the HTML report and summary in docs/img/ show today's HTML: the script that
takes them records the SHA-256 of each page, and the same pages made now must have that hash
(pixels differ between Chromium builds, so the pages are compared, not the images)."""

from __future__ import annotations

from types import ModuleType

import pytest

from .common import ROOT, load_script

SCRIPT = ROOT / "scripts" / "make_html_screenshots.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    if not SCRIPT.is_file():
        pytest.skip("scripts/ is not part of this copy (an sdist)")
    return load_script("make_html_screenshots")


def test_screenshots_show_todays_html(script: ModuleType) -> None:
    stale = script.stale()
    assert not stale, (
        f"out of date in docs/img: {', '.join(stale)}; run `python scripts/make_html_screenshots.py`"
        " (needs Chromium and chromedriver) and commit the pictures and html-screenshots.json"
    )


def test_screenshots_are_pngs_of_their_width(script: ModuleType) -> None:
    for page, width, _ in script.SHOTS:
        data = script.picture(page, width).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == width  # IHDR width


def test_docs_show_the_screenshots() -> None:
    docs = (ROOT / "docs" / "documents.md").read_text(encoding="utf-8")
    for name in ("report-html-1280.png", "report-html-390.png", "summary-html-1280.png"):
        assert f"(img/{name})" in docs
