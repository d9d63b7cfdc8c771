"""Every report format carries the same sections: what `somplan report` writes as rich text,
Markdown, JSON, HTML and PDF (read back with pdftotext) is compared section by section, including
the lines under a section a reader acts on: the conditions that remain after the blockers and the
points not gained under each readiness score."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.text.i18n import Lang, message

from .common import ROOT
from .tools import require, tool, weasyprint_ok

PERSONAS = ROOT / "tests" / "personas"

#: The sections of a report, in their order, by the message key of their heading.
SECTIONS = (
    "report.dimensions",
    "report.what-if-heading",
    "report.channels-social",
    "report.channels-other",
    "report.details",
    "report.plan",
    "report.accounts",
    "report.checklist",
    "report.next-steps",
)
#: Lines within a section: the headings of what else stands in the way, and "points not gained".
ALSO = ("report.conditions-also", "report.blockers-also")

#: The JSON's keys for the same sections (channels are one list: their kinds in rank order).
JSON_KEYS = {
    "dimensions": "report.dimensions",
    "what_if": "report.what-if-heading",
    "details": "report.details",
    "complementary": "report.plan",
    "existing_accounts": "report.accounts",
    "checklist": "report.checklist",
    "next_steps": "report.next-steps",
}


def _school_not_ready(tmp_path: Path) -> Path:
    """The school of the new-user review: public records and personal data "don't know", children
    in pictures without a consent routine, no communicator: not ready, with conditions beside."""
    data = yaml.safe_load((PERSONAS / "school_parents.yaml").read_text(encoding="utf-8"))
    data["answers"].update(
        records_handling="unknown",
        personal_data="unknown",
        consulted_communicator=False,
        existing_accounts="not_checked",
    )
    path = tmp_path / "skola.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _markers(text: str, lang: Lang) -> list[str]:
    """The section headings and the marker lines found in a plain text, in order, as message keys
    (the verdict as "verdict", points not gained as "missed")."""
    headings = {message(k, lang): k for k in (*SECTIONS, *ALSO)}
    verdict = message("report.verdict", lang) + ":"
    missed = message("report.missed", lang) + ":"
    found: list[str] = []
    for raw in text.splitlines():
        line = raw.strip(" │╭╮╰╯─#*-_\t")
        if line in headings:
            found.append(headings[line])
        elif line.startswith(verdict) and "verdict" not in found:
            found.append("verdict")
        elif line.startswith(missed):
            found.append("missed")
    return found


def _json_markers(data: dict[str, Any], lang: Lang) -> list[str]:
    found = ["verdict"]
    for item in data["verdict"]["also"]:
        found.append(next(k for k in ALSO if message(k, lang) == item["title"]))
    kinds = list(dict.fromkeys(c["kind"] for c in data["channels"]))
    for key in data:
        if key == "dimensions":
            found.append("report.dimensions")
            found += ["missed" for d in data["dimensions"].values() if d["missed"]]
        elif key == "what_if":
            found.append("report.what-if-heading")
            found += [f"report.channels-{kind}" for kind in kinds]
        elif key in JSON_KEYS:
            found.append(JSON_KEYS[key])
    return found


def _html_text(page: str) -> str:
    page = re.sub(r"<(style|head)\b.*?</\1>", "", page, flags=re.S)
    page = re.sub(r"</?(h\d|p|li|tr|section|ul|ol|div|dt|dd)\b[^>]*>", "\n", page)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def _reports(run: Any, path: Path, lang: Lang, tmp_path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fmt in ("rich", "markdown", "json", "html"):
        result = run("report", str(path), "--format", fmt, lang=lang)
        assert result.exit_code == 0, result.stderr
        if fmt == "json":
            out[fmt] = _json_markers(json.loads(result.stdout), lang)
        else:
            text = _html_text(result.stdout) if fmt == "html" else result.stdout
            out[fmt] = _markers(text, lang)
    if weasyprint_ok() and tool("pdftotext"):
        pdf = tmp_path / "plan.pdf"
        assert run("report", str(path), "--format", "pdf", "-o", str(pdf), lang=lang).exit_code == 0
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        out["pdf"] = _markers(text, lang)
    return out


@pytest.mark.parametrize(
    ("persona", "lang"),
    [("school_not_ready", "sv"), ("school_not_ready", "en"), ("day_centre_oldest", "sv")],
)
def test_every_report_format_carries_the_same_sections(
    run: Any, tmp_path: Path, persona: str, lang: Lang
) -> None:
    require(weasyprint_ok(), "WeasyPrint (the [pdf] extra)")
    require(tool("pdftotext") is not None, "pdftotext (poppler-utils)")
    path = (
        _school_not_ready(tmp_path)
        if persona == "school_not_ready"
        else PERSONAS / f"{persona}.yaml"
    )
    found = _reports(run, path, lang, tmp_path)
    rich = found["rich"]
    # The list compared is worth comparing: every section, and what a reader acts on.
    assert rich[0] == "verdict"
    assert set(SECTIONS) <= set(rich)
    assert "missed" in rich
    for fmt, markers in found.items():
        assert markers == rich, f"{fmt} differs from the terminal report:\n{markers}\n{rich}"


def test_a_not_ready_report_lists_the_conditions_too(run: Any, tmp_path: Path) -> None:
    """The review's school: the missing consent routine for children's pictures was in the JSON
    and, after fixing the blocker, in `diff` as "fulfilled", but in no report a person reads."""
    path = _school_not_ready(tmp_path)
    for fmt in ("rich", "markdown", "html"):
        text = run("report", str(path), "--format", fmt, lang="sv").stdout
        assert "Inte redo än" in text
        assert "Barn kan synas i bild utan en rutin för samtycke" in text, fmt
        assert "Ni har inte pratat med en kommunikatör" in text, fmt
        assert message("report.conditions-also", "sv") in html.unescape(text), fmt


def test_next_steps_name_the_answers_file(run: Any, tmp_path: Path) -> None:
    """The review saw "svara … igen med somplan start --answers FIL" with the file known."""
    path = _school_not_ready(tmp_path)
    text = run("report", str(path), lang="sv").stdout
    assert f"somplan start --answers {path}" in " ".join(text.split())
    assert "--answers FIL" not in text
    page = run("report", str(path), "--format", "html", lang="sv").stdout
    assert "--answers skola.yaml" in page and str(tmp_path) not in page  # no local folder
