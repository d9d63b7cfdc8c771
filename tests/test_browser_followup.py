"""The follow-up's HTML documents in headless Chromium: the follow-up report and the summary with its
follow-up columns, at desktop and phone width (no horizontal scroll, the first heading in the first
screen) and, where axe-core is available, without serious or critical violations. Skips like
tests/test_browser.py outside CI when a tool is missing."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .browser import axe_source, run_axe
from .common import ROOT, Run
from .test_browser import _layout
from .tools import require

PLAN = ROOT / "examples/answers/school_parents.yaml"
PERSONA = ROOT / "examples/followup/overloaded.yaml"
CLOSE = ROOT / "examples/followup/project_ended.yaml"
CLOSE_PLAN = ROOT / "examples/answers/planning_office_detailed_plan.yaml"


@pytest.fixture
def followup_pages(run: Run, tmp_path: Path) -> dict[str, Path]:
    made = {
        "followup": run("followup", str(PLAN), "-a", str(PERSONA), "--report", "-f", "html", lang="sv"),
        "followup-close": run("followup", str(CLOSE_PLAN), "-a", str(CLOSE), "--report", "-f", "html"),
        "summary-followups": run(
            "summary", str(ROOT / "examples/answers"), str(ROOT / "examples/followup"),
            "-f", "html", "--today", "2027-06-20", lang="sv",
        ),
    }  # fmt: skip
    pages = {}
    for name, result in made.items():
        assert result.exit_code == 0, result.stderr
        pages[name] = tmp_path / f"{name}.html"
        pages[name].write_text(result.stdout, encoding="utf-8")
    return pages


@pytest.mark.parametrize("name", ["followup", "followup-close", "summary-followups"])
@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_followup_documents_fit_desktop_and_phone(  # type: ignore[no-untyped-def]
    driver, shots: ModuleType, followup_pages: dict[str, Path], name: str, width: int, height: int
) -> None:
    found: dict[str, Any] = _layout(driver, shots, followup_pages[name], width, height)
    assert found["scrollWidth"] <= width, f"horizontal scroll at {width} px: {found}"
    assert found["headingTop"] >= 0 and found["headingBottom"] <= height, found
    if name.startswith("followup"):
        assert "Förslag" in found["headingText"] or "Recommendation" in found["headingText"]


@pytest.mark.parametrize("name", ["followup", "followup-close", "summary-followups"])
def test_followup_documents_pass_axe(  # type: ignore[no-untyped-def]
    driver, shots: ModuleType, followup_pages: dict[str, Path], name: str
) -> None:
    import json

    source = axe_source()
    require(source is not None, "axe-core (npm pack axe-core; .ci/run fetches it)")
    assert source is not None
    for width in (1280, 390):
        shots.open_page(driver, followup_pages[name], width, 900)
        bad = [v for v in run_axe(driver, source) if v["impact"] in ("serious", "critical")]
        assert not bad, json.dumps(bad, indent=2, ensure_ascii=False)
