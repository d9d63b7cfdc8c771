"""The HTML documents in a real browser (headless Chromium through Selenium): laid out at desktop
and phone widths, the verdict in the first screen, no serious or critical axe-core violations,
printed to PDF and read back, and a hostile answers file that runs nothing and loads nothing.

Outside CI these tests skip with the reason when Chromium, chromedriver, Selenium or axe-core is
missing; with CI=true (where .ci/run installs them) a missing tool is a failure.
"""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .browser import axe_source, run_axe
from .common import ROOT
from .tools import require, tool

EXAMPLES = ROOT / "examples" / "answers"
PAYLOAD = (
    '<script>window.pwned=1;alert(1)</script><img src=x onerror="window.pwned=2">'
    '<img src="https://evil.example/pixel.png"><style>@import url(https://evil.example/x.css)</style>'
    '<a href="javascript:window.pwned=3">klick</a> \u202eRTL\u202c'
    '<svg onload="window.pwned=4"></svg><iframe src="https://evil.example/"></iframe>'
)


def register_html(public: bool) -> str:
    """The register (or the public list) of a few accounts in every state, in Swedish."""
    from somplan.assessment.register import REGISTER_STATES, Account
    from somplan.assessment.register import public as public_list
    from somplan.render import register

    platforms = ("Instagram", "Facebook", "TikTok", "YouTube", "LinkedIn")
    rows = [
        Account(
            file=f"planer/enhet-{i}.yaml",
            unit=f"Förvaltningens verksamhet nummer {i}",
            platform=platforms[i % 5].lower(),
            platform_name=platforms[i % 5],
            account_name=f"@kommunen_verksamhet_{i}",
            url=f"https://www.example.com/konto{i}",
            responsible_role="Kommunikatör",
            substitute_role="Enhetschef",
            state=state,
            outcome="approved",
            decision_date="2027-01-15",
            reference=f"KS 2027/{i}",
            earlier_version=i == 2,
            opened_date="2027-02-01",
            closed=None,
            followup_due="2027-08-01",
            followup_status="overdue" if i == 3 else "ok",
            followup_days=-3 if i == 3 else 40,
            last_followup=None,
            last_outcome=None,
        )
        for i, state in enumerate(REGISTER_STATES)
    ]
    if public:
        return register.public_html(public_list(rows), "sv")
    return register.as_html(rows, [], "sv")


@pytest.fixture(scope="module")
def pages(shots: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, text in (
        ("report", shots.report_html()),
        ("report-not-ready", shots.report_html("youth_centre_everyone_does", "en")),
        ("report-undecided", shots.report_html("school_parents")),
        ("report-conditions", shots.report_html("planning_office_detailed_plan", "en")),
        ("summary", shots.summary_html()),
        ("register", register_html(public=False)),
        ("register-public", register_html(public=True)),
    ):
        out[name] = folder / f"{name}.html"
        out[name].write_text(text, encoding="utf-8")
    return out


PAGES = [
    "report",
    "report-not-ready",
    "report-undecided",
    "report-conditions",
    "summary",
    "register",
    "register-public",
]


def _layout(driver: Any, shots: ModuleType, page: Path, width: int, height: int) -> dict[str, Any]:
    shot = shots.screenshot(driver, page, width, height)
    assert shot.startswith(b"\x89PNG"), "a screenshot"
    return dict(
        driver.execute_script(
            """
            const h = document.getElementById('proposal-h') || document.querySelector('h2');
            const r = h.getBoundingClientRect();
            return {scrollWidth: document.documentElement.scrollWidth,
                    innerWidth: window.innerWidth, innerHeight: window.innerHeight,
                    headingTop: r.top, headingBottom: r.bottom,
                    headingText: h.textContent};
            """
        )
    )


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_laid_out_at_desktop_and_phone_width(  # type: ignore[no-untyped-def]
    driver, shots, pages, tmp_path: Path, name: str, width: int, height: int
) -> None:
    found = _layout(driver, shots, pages[name], width, height)
    assert found["innerWidth"] == width
    assert found["scrollWidth"] <= width, f"horizontal scroll at {width} px: {found}"
    # The decision paper's first section (the report) or the first section (the summary) is in
    # the first screen.
    assert found["headingTop"] >= 0 and found["headingBottom"] <= height, found
    if name.startswith("report"):
        assert found["headingText"] in ("Förslag", "Proposal")


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_serious_or_critical_violation(  # type: ignore[no-untyped-def]
    driver, shots, pages, name: str, width: int
) -> None:
    source = axe_source()
    require(source is not None, "axe-core (npm pack axe-core; .ci/run fetches it)")
    assert source is not None
    shots.open_page(driver, pages[name], width, 900)
    violations = run_axe(driver, source)
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=2, ensure_ascii=False)


def test_printed_to_pdf_the_text_reads_back(driver, shots, pages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    require(tool("pdftotext") is not None, "pdftotext (poppler-utils)")
    shots.open_page(driver, pages["report"], 1280, 900)  # a desktop, whatever the test before set
    printed = driver.execute_cdp_cmd(
        "Page.printToPDF",
        {
            "paperWidth": 8.27,
            "paperHeight": 11.69,
            "printBackground": True,
            "preferCSSPageSize": True,
        },
    )
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(base64.b64decode(printed["data"]))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Utlåtande: Redo" in flat
    assert "Verksamhetens plan" in flat and "Tid för kontot: 6 timmar i veckan." in flat
    assert "Checklista" in flat
    pages = [" ".join(page.split()) for page in text.split("\f") if page.strip()]
    # Page 1 is the decision paper, the plan page 2, then the appendix: at most 8 pages.
    assert "Förslag" in pages[0] and "KFN 2027/14" in pages[0] and "Instagram" in pages[0]
    assert "Verksamhetens plan" in pages[1]
    assert "Bilaga: underlag" in pages[2]
    assert len(pages) <= 8


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of an answers file full of markup, made by the command line; the page's own
    Content-Security-Policy is removed so the test shows the escaping alone keeps it inert."""
    from typer.testing import CliRunner

    from somplan.cli import build_app

    folder = tmp_path_factory.mktemp("hostile")
    data = yaml.safe_load((EXAMPLES / "library_teens.yaml").read_text(encoding="utf-8"))
    data["unit"] = PAYLOAD[:290]
    data["answers"]["success_description"] = PAYLOAD[:500]
    data["answers"]["permanent_page"] = "javascript:window.pwned=5"
    answers = folder / "hostile.yaml"
    answers.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = folder / "hostile.html"
    result = CliRunner().invoke(
        build_app("en"), ["report", str(answers), "-f", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    start = page.index('<meta http-equiv="Content-Security-Policy"')
    page = page[:start] + page[page.index(">", start) + 1 :]
    out.write_text(page, encoding="utf-8")
    return out


def test_hostile_answers_run_nothing_and_load_nothing(driver, shots, hostile_page: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import NoAlertPresentException

    driver.get_log("browser")  # empty the logs of earlier pages
    driver.get_log("performance")
    driver.get(hostile_page.as_uri())
    shots.wait_until_shown(driver, hostile_page.as_uri())  # whatever it could run has run
    found = driver.execute_script(
        """
        return {pwned: window.pwned === undefined ? null : window.pwned,
                scripts: document.scripts.length,
                imgs: document.images.length,
                iframes: document.querySelectorAll('iframe, svg[onload]').length,
                jsLinks: [...document.links].filter(a => a.protocol === 'javascript:').length,
                text: document.body.innerText};
        """
    )
    assert found["pwned"] is None
    assert found["scripts"] == 0 and found["imgs"] == 0 and found["iframes"] == 0
    assert found["jsLinks"] == 0
    assert "<script>window.pwned=1;alert(1)</script>" in found["text"]  # shown as text
    assert "\\u202eRTL" in found["text"]
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    requests = []
    for entry in driver.get_log("performance"):
        event = json.loads(entry["message"])["message"]
        if event["method"] == "Network.requestWillBeSent":
            requests.append(event["params"]["request"]["url"])
    assert requests and all(url.startswith("file://") for url in requests), requests
