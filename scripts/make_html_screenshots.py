"""Screenshots of the HTML report and summary for the docs, taken with headless Chromium.

    python scripts/make_html_screenshots.py           # write docs/img/*-html-*.png
    python scripts/make_html_screenshots.py --check   # exit 1 if a screenshot is out of date

The pages are made from the example answers files with the shipped questions, in Swedish, by the
same code as `somplan report --format html` and `somplan summary --format html`. Pixels differ
between Chromium versions and fonts, so the check does not compare images: beside the pictures,
docs/img/html-screenshots.json keeps the SHA-256 of the HTML each one shows, and
tests/test_readme_assets.py checks that today's HTML still has that hash. Needs Selenium
(the test extra), Chromium and chromedriver (Debian: chromium, chromium-driver).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "answers"
IMG = ROOT / "docs" / "img"
HASHES = IMG / "html-screenshots.json"
LANG: Final = "sv"
#: (page, width, height of the first screen) for every picture.
SHOTS: Final = (
    ("report", 1280, 900),
    ("report", 390, 844),
    ("summary", 1280, 900),
)


def report_html(name: str = "library_teens", lang: Any = LANG) -> str:
    from somplan.assessment.plan import build_plan
    from somplan.assessment.scoring import assess
    from somplan.content import answers
    from somplan.content.loader import REPORT_KINDS, load_content
    from somplan.render.report import html

    content = load_content(None, required=REPORT_KINDS)
    record = answers.load(EXAMPLES / f"{name}.yaml", content.flow)
    assessment = assess(content, record)
    # As `somplan report -f html` names the plan's file in the page's commands.
    plan = replace(build_plan(content, record, lang, assessment), file=f"{name}.yaml")
    return html.render(assessment, lang, plan, content.catalogue)


def summary_html(lang: Any = LANG) -> str:
    from somplan.assessment.overview import overview, unit_result
    from somplan.content.loader import REPORT_KINDS, load_content
    from somplan.render.summary import html as render_summary

    content = load_content(None, required=REPORT_KINDS)
    results = [
        replace(unit_result(content, path, lang), file=str(path.relative_to(ROOT)))
        for path in sorted(EXAMPLES.glob("*.yaml"))
    ]
    return render_summary.render(overview(results, []), lang)


PAGES = {"report": report_html, "summary": summary_html}


def digest(page: str) -> str:
    return hashlib.sha256(page.encode("utf-8")).hexdigest()


def picture(page: str, width: int) -> Path:
    return IMG / f"{page}-html-{width}.png"


def chromium_driver(width: int = 1280, height: int = 900) -> Any:
    """Headless Chromium through chromedriver, with the browser's console and network logs on."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=sv-SE",
        f"--window-size={width},{height}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def set_viewport(driver: Any, width: int, height: int) -> None:
    """Make the page's viewport exactly ``width`` × ``height`` CSS pixels (as a phone would)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


#: True once the page at ``arguments[0]`` is the document shown, loaded (with its fonts) and has
#: ``arguments[1]`` (a CSS selector) in it.
_READY = """
const [url, selector] = arguments;
return location.href === url && document.readyState === 'complete'
    && document.fonts.status === 'loaded' && document.querySelector(selector) !== null;
"""
#: Calls back after the next two animation frames: the layout the page has now has been painted.
_PAINTED = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
"""


def wait_until_shown(driver: Any, url: str, selector: str = "main", timeout: float = 60) -> None:
    """Wait until ``url`` is the document shown, loaded, its fonts ready, ``selector`` in it and
    painted. ``driver.get`` returns at the load event, but under load Chromium can still be
    committing the navigation or loading fonts then; a screenshot, a print or a measurement taken
    too early fails or sees the wrong page."""
    from selenium.webdriver.support.wait import WebDriverWait

    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script(_READY, url, selector),
        f"{url} not shown with {selector!r} in it after {timeout} s",
    )
    driver.set_script_timeout(timeout)
    driver.execute_async_script(_PAINTED)


def open_page(driver: Any, file: Path, width: int, height: int, selector: str = "main") -> None:
    """Show ``file`` in a viewport of ``width`` × ``height`` and wait until it is drawn. The
    viewport (desktop or phone) is changed on a blank page, so no document is laid out again
    under the test's feet, and the page then loads as it would on that device."""
    driver.get("about:blank")
    set_viewport(driver, width, height)
    driver.get(file.as_uri())
    wait_until_shown(driver, file.as_uri(), selector)


def screenshot(driver: Any, file: Path, width: int, height: int) -> bytes:
    """A PNG of the first screen of ``file`` at ``width`` × ``height``."""
    open_page(driver, file, width, height)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    return base64.b64decode(shot["data"])


def make() -> None:
    hashes: dict[str, str] = {}
    driver = chromium_driver()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for page, width, height in SHOTS:
                text = PAGES[page]()
                file = Path(tmp) / f"{page}.html"
                file.write_text(text, encoding="utf-8")
                target = picture(page, width)
                target.write_bytes(screenshot(driver, file, width, height))
                hashes[target.name] = digest(text)
                print(f"wrote {target.relative_to(ROOT)}")
    finally:
        driver.quit()
    HASHES.write_text(json.dumps(hashes, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def stale() -> list[str]:
    """The pictures whose HTML has changed since they were taken."""
    recorded = json.loads(HASHES.read_text(encoding="utf-8")) if HASHES.is_file() else {}
    out = []
    for page, width, _ in SHOTS:
        name = picture(page, width).name
        if recorded.get(name) != digest(PAGES[page]()) or not picture(page, width).is_file():
            out.append(name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    if args.check:
        old = stale()
        for name in old:
            print(f"docs/img/{name} is out of date: run python scripts/make_html_screenshots.py")
        return 1 if old else 0
    make()
    return 0


if __name__ == "__main__":
    sys.exit(main())
