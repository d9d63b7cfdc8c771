"""`somplan report --format pdf`: a tagged PDF/A-2a file with the report's text, or a one-line message."""

from __future__ import annotations

import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import yaml

from somplan.exitcodes import ExitCode

from .common import ROOT, Run
from .tools import require, tool, weasyprint_ok

GOAL = "Fewer phone calls about opening hours, halved by June 2027"


def _streams(data: bytes) -> list[bytes]:
    """Every stream of a PDF, inflated where it is compressed."""
    out = []
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        raw = data[match.end() : end]
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require(weasyprint_ok(), "WeasyPrint (pip install '.[pdf]') with Pango")
    folder = tmp_path_factory.mktemp("pdf")
    data = yaml.safe_load((ROOT / "examples/answers/library_teens.yaml").read_text("utf-8"))
    data["answers"]["success_description"] = GOAL
    answers = folder / "plan.yaml"
    answers.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = folder / "plan.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "somplan",
            "--lang",
            "en",
            "report",
            str(answers),
            "-f",
            "pdf",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_pdf_is_identified_as_pdf_a_2a(pdf: Path) -> None:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    streams = b"\n".join(_streams(data))
    xmp = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", streams, re.DOTALL)
    assert xmp is not None, "no XMP metadata"
    assert re.search(rb'pdfaid:part="2"', xmp.group()) and re.search(
        rb'pdfaid:conformance="A"', xmp.group()
    )
    assert b"GTS_PDFA1" in streams, "no PDF/A output intent"
    assert b"/FontFile" in streams, "fonts are embedded"
    assert b"/JavaScript" not in streams and b"/JS " not in streams


def test_pdf_is_tagged_for_screen_readers(pdf: Path) -> None:
    """Level a: a structure tree with the document's headings, lists and tables, the language
    set, and the page furniture (page numbers) kept out of it."""
    data = pdf.read_bytes()
    everything = data + b"\n".join(_streams(data))
    assert b"/StructTreeRoot" in everything and re.search(rb"/Marked\s+true", everything)
    assert re.search(rb"/Lang\s*\(en\)", everything), "the document's language"
    for role in (b"/H1", b"/H2", b"/LI", b"/Table", b"/TH"):
        assert role in everything, role
    assert b"/Artifact" in everything
    require(tool("pdfinfo") is not None, "pdfinfo (poppler-utils)")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)


def test_pdf_text_reads_back(pdf: Path) -> None:
    require(tool("pdftotext") is not None, "pdftotext (poppler-utils)")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Verdict: Ready" in flat
    assert GOAL in flat
    assert "The unit's plan" in flat and "Stadsbiblioteket" in flat
    assert re.search(r"\b1 ?/ ?\d+\b", flat), "page numbers"


def test_pdf_needs_an_output_file(run: Run) -> None:
    result = run(
        "report", str(ROOT / "examples/answers/library_teens.yaml"), "-f", "pdf", lang="en"
    )
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.strip() == "PDF is written to a file: give -o FILE.pdf."


def test_without_the_extra_one_line_and_exit_2(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    out = tmp_path / "plan.pdf"
    result = run(
        "report",
        str(ROOT / "examples/answers/library_teens.yaml"),
        "-f",
        "pdf",
        "-o",
        str(out),
        lang="sv",
    )
    assert result.exit_code == ExitCode.USAGE
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'somplan[pdf]'" in lines[0]
    assert not out.exists()
