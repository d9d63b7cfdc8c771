"""`somplan followup PLAN -a FILE --report --format html|pdf`: the follow-up as a document, held to
the same standards as the plan report (one h1, headings in order, nothing loaded, hostile text
inert, PDF/A)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .common import ROOT, Run
from .html_checks import check_document, outline, visible_text
from .tools import require, tool, weasyprint_ok

FOLLOWUPS = sorted((ROOT / "examples" / "followup").glob("*.yaml"))
HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
    ' <a href="javascript:alert(2)">klick</a> \u202eRTL\u202c \u2066ISO\u2069 \x1b[2J "quote" & amp'
)
OUTCOME_SV = {"continue": "Fortsätt", "adjust": "Justera", "close": "Avsluta"}


def _plan_of(followup: Path) -> Path:
    data = yaml.safe_load(followup.read_text(encoding="utf-8"))
    return (followup.parent / str(data["follows"]["path"])).resolve()


def _outcome(run: Run, followup: Path) -> str:
    import json

    result = run("followup", str(_plan_of(followup)), "-a", str(followup), "--report", "-f", "json")
    return str(json.loads(result.stdout)["verdict"]["outcome"])


@pytest.mark.parametrize("followup", FOLLOWUPS, ids=lambda p: p.stem)
def test_every_persona_gives_a_sound_document(run: Run, followup: Path, tmp_path: Path) -> None:
    out = tmp_path / "followup.html"
    plan = _plan_of(followup)
    result = run(
        "followup", str(plan), "-a", str(followup), "--report", "-f", "html", "-o", str(out),
        lang="sv",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    check_document(page, "sv")
    text = visible_text(page)
    assert f"Förslag: {OUTCOME_SV[_outcome(run, followup)]}" in text
    # the answers, and which plan it follows: by its file name, not a folder on this computer
    assert "Svaren" in text and plan.name in text and str(plan.parent) not in text
    if _outcome(run, followup) == "close":
        assert "Så avslutar ni kontot" in text and "Radera kontot" in text
    else:
        assert "Nästa uppföljning: senast" in text


def test_english_document_on_stdout_compares_with_the_plan(run: Run) -> None:
    persona = ROOT / "examples/followup/overloaded.yaml"
    result = run("followup", str(_plan_of(persona)), "-a", str(persona), "--report", "-f", "html")
    assert result.exit_code == 0, result.stderr
    o = check_document(result.stdout, "en")
    text = visible_text(result.stdout)
    assert "Recommendation: Adjust" in text
    assert "The plan and today" in text
    # the comparison is a table with a header per column and the question as a row header
    assert o.count("th") >= 4
    assert re.search(
        r"How quickly have questions and comments been answered\?\s+The same day", text
    )


@pytest.fixture
def hostile_pair(tmp_path: Path) -> tuple[Path, Path]:
    plan_data = yaml.safe_load(
        (ROOT / "examples/answers/school_parents.yaml").read_text(encoding="utf-8")
    )
    plan_data["unit"] = "Enhet " + HOSTILE[:200]
    plan_data["answers"]["success_description"] = HOSTILE[:500]
    plan = tmp_path / "plan.yaml"
    plan.write_text(yaml.safe_dump(plan_data, allow_unicode=True), encoding="utf-8")
    data = yaml.safe_load((ROOT / "examples/followup/overloaded.yaml").read_text(encoding="utf-8"))
    data["unit"] = "Enhet " + HOSTILE[:200]
    data["follows"]["path"] = "javascript:alert(3)"
    data["answers"]["notes"] = HOSTILE[:500]
    followup = tmp_path / "followup.yaml"
    followup.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return plan, followup


def test_hostile_text_stays_text(run: Run, hostile_pair: tuple[Path, Path]) -> None:
    plan, followup = hostile_pair
    result = run("followup", str(plan), "-a", str(followup), "--report", "-f", "html")
    assert result.exit_code == 0, result.output
    page = result.stdout
    check_document(page, "en")  # no script, no handler, no javascript: link, nothing loaded
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\u202e" not in page and "\x1b" not in page
    assert "\\u202eRTL" in page  # a visible escape, not obeyed
    assert all(not (a.get("href") or "").startswith("javascript") for _, a in outline(page).tags)


def test_pdf_needs_an_output_file(run: Run) -> None:
    persona = ROOT / "examples/followup/thriving.yaml"
    result = run("followup", str(_plan_of(persona)), "-a", str(persona), "--report", "-f", "pdf")
    assert result.exit_code == 2
    assert "-o FILE.pdf" in result.stderr and result.stdout == ""


def test_pdf_is_pdf_a_with_the_verdict_and_the_checklist(run: Run, tmp_path: Path) -> None:
    require(weasyprint_ok(), "WeasyPrint (pip install '.[pdf]') with Pango")
    persona = ROOT / "examples/followup/project_ended.yaml"
    out = tmp_path / "followup.pdf"
    result = run(
        "followup", str(_plan_of(persona)), "-a", str(persona), "--report", "-f", "pdf",
        "-o", str(out),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "written" in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    from .test_pdf import _streams

    xmp = b"\n".join(_streams(data))
    assert b'pdfaid:part="2"' in xmp and b'pdfaid:conformance="A"' in xmp
    pdftotext = tool("pdftotext")
    require(pdftotext is not None, "pdftotext (poppler-utils)")
    import subprocess

    assert pdftotext is not None
    text = subprocess.run(
        [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Recommendation: Close the account" in text
    assert "How to close the account" in text
    # a short document: sections run on, not one page each
    pages = text.count("\f")  # pdftotext ends every page with a form feed
    assert 1 <= pages <= 4, pages
