"""Duty and advice can be told apart in every format (issue 22): each checklist item of the plan
shows its kind, "lag" or "råd", next to its title in the terminal, Markdown, JSON, HTML and the PDF
that is offered for registration; and a source that was checked on a given day shows that day."""

from __future__ import annotations

import html as html_module
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from somplan.assessment.result import Assessment

from .common import ROOT
from .tools import require, tool, weasyprint_ok

PLAN = ROOT / "examples" / "answers" / "library_teens.yaml"
KIND = {"law": "lag", "advice": "råd"}


def _assessment() -> Assessment:
    from somplan.assessment.scoring import assess
    from somplan.content import answers
    from somplan.content.loader import load_content

    content = load_content(None)
    return assess(content, answers.load(PLAN, content.flow))


def _report(fmt: str, out: Path | None = None) -> str:
    command = [sys.executable, "-m", "somplan", "report", str(PLAN), "-f", fmt]
    if out is not None:
        command += ["-o", str(out)]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "SOMPLAN_NO_CACHE": "1"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _flat(text: str) -> str:
    """Text with line breaks and runs of space collapsed, so a wrapped title still matches."""
    return " ".join(text.split())


def _kinds_in_text(text: str, a: Assessment) -> None:
    flat = _flat(text.replace("**", ""))  # Markdown's bold around the title
    assert a.checklist, "the example has a checklist"
    for item in a.checklist:
        title = _flat(item.title.get("sv"))
        marked = f"{title} ({KIND[item.kind]})"
        assert marked in flat, f"{item.id}: no '{marked}'"


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
def test_text_formats_mark_law_and_advice(fmt: str) -> None:
    _kinds_in_text(_report(fmt), _assessment())


def test_json_carries_the_kind_and_the_day_a_source_was_checked() -> None:
    data = json.loads(_report("json"))
    items = data["checklist"]
    assert {i["kind"] for i in items} == {"law", "advice"}
    checked = [s for i in items for s in i["sources"] if s.get("checked")]
    assert checked and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["checked"]) for s in checked)


def test_html_marks_law_and_advice(tmp_path: Path) -> None:
    out = tmp_path / "plan.html"
    _report("html", out)
    page = out.read_text(encoding="utf-8")
    text = html_module.unescape(re.sub(r"<[^>]+>", "", page))
    _kinds_in_text(text, _assessment())
    assert 'class="kind-law"' in page and 'class="kind-advice"' in page
    assert "kontrollerad 2026-12-04" in text


def test_pdf_marks_law_and_advice(tmp_path: Path) -> None:
    require(weasyprint_ok(), "WeasyPrint (pip install '.[pdf]') with Pango")
    pdftotext = tool("pdftotext")
    require(pdftotext is not None, "pdftotext (poppler-utils)")
    assert pdftotext is not None
    out = tmp_path / "plan.pdf"
    _report("pdf", out)
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # hyphenation at a line end would split a word; the PDF keeps words whole
    _kinds_in_text(text, _assessment())
    assert "kontrollerad 2026-12-04" in _flat(text)


def test_the_legal_page_lists_every_item_with_its_kind() -> None:
    from somplan.content.loader import load_content

    rules = load_content(None).rules
    assert rules is not None
    page = (ROOT / "docs" / "legal.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(): line.split("|")[2].strip()
        for line in page.splitlines()
        if line.startswith("| ") and line.count("|") >= 5
    }
    for item in rules.checklist:
        title = item.title.get("sv")
        row = next((kind for name, kind in rows.items() if name.endswith(f"/ {title}")), None)
        assert row is not None, f"{item.id}: '{title}' is not on docs/legal.md"
        assert row.startswith(item.kind), f"{item.id}: the page says {row!r}, the file {item.kind}"
