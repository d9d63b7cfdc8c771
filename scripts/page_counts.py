"""Page counts of the report of every example plan, as a PDF made by WeasyPrint and as the HTML
printed by headless Chromium: the main part (the decision paper and the unit's plan, before the
appendix) and the whole document.

    python scripts/page_counts.py                  # both engines, Swedish
    python scripts/page_counts.py --lang en        # in English
    python scripts/page_counts.py --engine weasyprint
    python scripts/page_counts.py --json           # for programs

The goal (issue 19): the main part fits 2 A4 pages and the whole at most 8, for every example.
The appendix is found by its heading ("Bilaga: underlag" / "Appendix: background") in the text
of each page (pdftotext); it starts on a page of its own, so the main part is the pages before
it. Needs WeasyPrint (the pdf extra) and poppler-utils (pdftotext); Chromium needs Selenium (the
test extra), chromium and chromedriver. Exit 1 when an example is over the limits.
"""

from __future__ import annotations

import argparse
import base64
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "answers"
#: The limits the counts are held to: pages before the appendix, and pages in all.
MAIN_MAX = 2
WHOLE_MAX = 8
ENGINES = ("weasyprint", "chromium")


def report_html(path: Path, lang: Any) -> str:
    """The HTML report of the plan at ``path``, as `somplan report -f html` makes it."""
    from somplan.assessment.plan import build_plan
    from somplan.assessment.result import with_file
    from somplan.assessment.scoring import assess
    from somplan.content import answers
    from somplan.content.loader import REPORT_KINDS, load_content
    from somplan.render.report import html

    content = load_content(None, required=REPORT_KINDS)
    record = answers.load(path, content.flow, [], content.catalogue)
    assessment = with_file(assess(content, record), path.name)
    plan = replace(build_plan(content, record, lang, assessment), file=path.name)
    return html.render(assessment, lang, plan, content.catalogue)


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page of ``pdf`` (pdftotext; pages end with a form feed)."""
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "doc.pdf"
        file.write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(file), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def counts(pages: list[str], marker: str) -> tuple[int, int]:
    """(pages before the appendix, pages in all); without the marker, the main part is all."""
    for number, page in enumerate(pages):
        if marker in " ".join(page.split()):
            return number, len(pages)
    return len(pages), len(pages)


def weasyprint_pdf(html: str) -> bytes:
    from somplan.render.pdf import html_to_pdf

    return html_to_pdf(html)


class Chromium:
    """Headless Chromium (through the screenshot script's driver) printing a page to A4 PDF."""

    def __init__(self) -> None:
        import importlib.util

        spec = importlib.util.spec_from_file_location(
            "make_html_screenshots", ROOT / "scripts" / "make_html_screenshots.py"
        )
        assert spec is not None and spec.loader is not None
        self.shots = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.shots)
        self.driver = self.shots.chromium_driver()
        self.folder = tempfile.TemporaryDirectory()

    def pdf(self, html: str) -> bytes:
        page = Path(self.folder.name) / "report.html"
        page.write_text(html, encoding="utf-8")
        self.shots.open_page(self.driver, page, 1280, 900)
        printed = self.driver.execute_cdp_cmd(
            "Page.printToPDF",
            {
                "paperWidth": 8.27,
                "paperHeight": 11.69,
                "printBackground": True,
                "preferCSSPageSize": True,
            },
        )
        return base64.b64decode(printed["data"])

    def close(self) -> None:
        self.driver.quit()
        self.folder.cleanup()


def measure(engines: list[str], lang: Any) -> list[dict[str, Any]]:
    from somplan.text.i18n import message

    marker = message("paper.appendix", lang)
    chromium = Chromium() if "chromium" in engines else None
    rows = []
    try:
        for path in sorted(EXAMPLES.glob("*.yaml")):
            html = report_html(path, lang)
            row: dict[str, Any] = {"example": path.stem}
            for engine in engines:
                pdf = weasyprint_pdf(html) if engine == "weasyprint" else chromium.pdf(html)  # type: ignore[union-attr]
                main, whole = counts(page_texts(pdf), marker)
                row[engine] = {"main": main, "whole": whole}
            rows.append(row)
    finally:
        if chromium is not None:
            chromium.close()
    return rows


def over(row: dict[str, Any], engines: list[str]) -> bool:
    return any(
        row[e]["main"] > MAIN_MAX or row[e]["whole"] > WHOLE_MAX for e in engines if e in row
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument("--engine", choices=ENGINES, action="append")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    engines = args.engine or list(ENGINES)
    rows = measure(engines, args.lang)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        head = f"{'example':32}" + "".join(f"{e + ' main/whole':>24}" for e in engines)
        print(head)
        for row in rows:
            cells = "".join(f"{row[e]['main']:>19} / {row[e]['whole']:<2}" for e in engines)
            flag = "  OVER" if over(row, engines) else ""
            print(f"{row['example']:32}{cells}{flag}")
        print(f"limits: main part <= {MAIN_MAX}, whole <= {WHOLE_MAX} A4 pages")
    return 1 if any(over(row, engines) for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
