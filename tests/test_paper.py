"""The report as a decision paper: page 1 holds the proposal, the verdict and the decision (filled
in, or a form to complete by hand), the unit's plan follows, then the reasoning as an appendix. In
the PDF the part before the appendix fits 2 A4 pages and the whole at most 8, for every example;
the terminal, Markdown and JSON reports follow the same order."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from somplan.render import paper
from somplan.text.i18n import Lang, message
from somplan.text.safetext import has_unsafe

from .common import ROOT, Run, load_script
from .html_checks import check_document
from .tools import require, tool, weasyprint_ok

EXAMPLES = ROOT / "examples" / "answers"
SCRIPT = ROOT / "scripts" / "page_counts.py"
CORPUS = ROOT.parent / "shared" / "corpus" / "yaml"


@pytest.fixture(scope="module")
def counting() -> ModuleType:
    return load_script("page_counts")


def _pdf_pages(run: Run, path: Path, out: Path, lang: str = "sv") -> list[str]:
    require(weasyprint_ok(), "WeasyPrint (pip install '.[pdf]') with Pango")
    require(tool("pdftotext") is not None, "pdftotext (poppler-utils)")
    result = run("report", str(path), "-f", "pdf", "-o", str(out), lang=lang)
    assert result.exit_code == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_every_example_fits_two_pages_before_the_appendix_and_eight_in_all(
    counting: ModuleType, example: str, lang: Lang
) -> None:
    require(weasyprint_ok(), "WeasyPrint (pip install '.[pdf]') with Pango")
    require(tool("pdftotext") is not None, "pdftotext (poppler-utils)")
    html = counting.report_html(EXAMPLES / f"{example}.yaml", lang)
    pages = counting.page_texts(counting.weasyprint_pdf(html))
    main, whole = counting.counts(pages, message("paper.appendix", lang))
    assert main < whole, "the appendix is found"
    assert main <= 2, f"{example}: {main} pages before the appendix"
    assert whole <= 8, f"{example}: {whole} pages in all"
    first = " ".join(pages[0].split())
    assert message("paper.decision", lang) in first, "the decision is on page 1"
    assert message("plan.title", lang) not in first, "the plan starts page 2"


def test_page_1_of_a_decided_plan_has_the_decision_its_reference_and_the_channel(
    run: Run, tmp_path: Path
) -> None:
    pages = _pdf_pages(run, EXAMPLES / "planning_office_detailed_plan.yaml", tmp_path / "p.pdf")
    first = pages[0]
    assert "Godkänt med villkor" in first
    assert "BN 2027/31" in first
    assert "Facebook" in first and "Södra hamnen – detaljplan" in first
    assert "Planarkitekt" in first and "Kommunikatör på samhällsbyggnad" in first
    assert "Ta fram en rutin för allmänna handlingar tillsammans med registrator." in first
    assert "Utlåtande: Redo, med villkor" in first
    assert "Verksamhetens plan" in pages[1]


def test_page_1_of_an_undecided_plan_is_a_form_to_fill_in(run: Run, tmp_path: Path) -> None:
    pages = _pdf_pages(run, EXAMPLES / "school_parents.yaml", tmp_path / "s.pdf", lang="en")
    first = pages[0]
    for label in ("Decision", "Date", "Name and role", "Reference number", "Signature"):
        assert label in first
    assert "Approved with conditions" in first and "Sent back" in first  # the boxes to tick
    assert "somplan decide school_parents.yaml" in first
    assert "Facebook" in first and "Deputy head teacher" not in first  # roles as written
    assert "Biträdande rektor" in first


def _report(run: Run, name: str, fmt: str, lang: str = "sv", path: Path | None = None) -> str:
    result = run("report", str(path or EXAMPLES / f"{name}.yaml"), "-f", fmt, lang=lang)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("fmt", ["rich", "markdown", "html"])
def test_every_format_has_the_papers_order(run: Run, fmt: str) -> None:
    text = _report(run, "library_teens", fmt)
    order = [
        "Förslag",
        "Utlåtande: Redo",
        "Godkänt",
        "KFN 2027/14",
        "Verksamhetens plan",
        "Bilaga: underlag",
        "Hur redo ni är",
        "Checklista",
    ]
    places = [text.find(word) for word in order]
    assert -1 not in places, dict(zip(order, places, strict=True))
    assert places == sorted(places), dict(zip(order, places, strict=True))


def test_the_html_paper_is_accessible_with_labels_not_pictures(run: Run) -> None:
    decided = _report(run, "planning_office_detailed_plan", "html")
    check_document(decided, "sv")
    section = decided[decided.index('<section id="decision"') : decided.index('<section id="plan"')]
    assert "<dt>Diarienummer</dt><dd>BN 2027/31</dd>" in section
    assert "<dt>Beslutat av</dt><dd>Planchef (Jonas Berg)</dd>" in section
    assert "<table" not in section  # no empty form beside a decision taken
    undecided = _report(run, "school_parents", "html")
    check_document(undecided, "sv")
    form = undecided[undecided.index('<table class="form">') :]
    form = form[: form.index("</table>")]
    for label in ("Datum", "Namn och roll", "Diarienummer", "Villkor", "Underskrift"):
        assert f'<th scope="row">{label}</th><td></td>' in form
    assert "<caption>" in form
    table = undecided[undecided.index('<table class="stack proposal">') :]
    assert '<th scope="col">Ersättare</th>' in table and '<th scope="row">Facebook</th>' in table


def test_without_a_proposal_page_1_says_how_to_add_it(run: Run) -> None:
    for fmt in ("rich", "markdown", "html"):
        text = " ".join(_report(run, "youth_centre_everyone_does", fmt).split())
        text = text.replace("\\", "")
        assert "Planen har inget förslag ännu" in text, fmt
        assert "somplan start --answers" in text and "förslagssteget" in text, fmt


def test_no_new_account_and_reasons_are_shown(run: Run) -> None:
    crisis = _report(run, "crisis_information", "markdown")
    assert "Verksamheten föreslår inget nytt konto just nu." in crisis
    assert "Kommunens befintliga konton når redan ut vid en kris" in crisis
    elderly = _report(run, "elderly_care_relatives", "html")
    assert "<dt>Motivering, Facebook</dt>" in elderly
    assert "Återremitterat" in elderly


def _changed(tmp_path: Path, name: str, **changes: object) -> Path:
    data = yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))
    data["answers"]["hours_per_week"] = 7
    data["decision"].update(changes)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_decision_on_earlier_answers_or_an_incomplete_plan_is_marked(
    run: Run, tmp_path: Path
) -> None:
    path = _changed(tmp_path, "library_teens", allow_incomplete=True)
    for fmt in ("rich", "markdown", "html"):
        text = " ".join(_report(run, "", fmt, lang="en", path=path).split())
        assert "the decision applies to an earlier version of the answers" in text, fmt
        assert "taken on a plan that was not complete" in text, fmt
    data = json.loads(_report(run, "", "json", path=path))
    assert data["decision"]["applies_to_earlier_version"] is True


def test_json_has_the_proposal_with_every_field(run: Run) -> None:
    data = json.loads(_report(run, "library_teens", "json"))
    instagram, tiktok = data["proposal"]["accounts"]
    assert instagram == {
        "platform": "instagram",
        "channel": "Instagram",
        "other_channel": None,
        "name": "@varbergsbibliotek_unga",
        "responsible": {"role": "Bibliotekarie för unga", "name": "Sara Lind"},
        "substitute": {"role": "Bibliotekarie", "name": "Omar Haddad"},
        "start": "2027-02",
        "rhythm": "Två inlägg i veckan, stories vid evenemang",
        "hours_per_week": 4,
        "reason": None,
    }
    assert tiktok["name"] is None and tiktok["responsible"] == {
        "role": "Bibliotekarie för unga",
        "name": None,
    }
    assert data["proposal"]["first_followup"] == "2027-08-02"
    assert data["decision"]["outcome"] == "approved"  # the keys that were there stay
    assert "proposal" not in json.loads(_report(run, "youth_centre_everyone_does", "json"))


def test_names_are_shown_only_when_given(run: Run) -> None:
    text = _report(run, "culture_house_events", "markdown")
    row = next(line for line in text.splitlines() if line.startswith("| Instagram"))
    assert re.fullmatch(
        r"\| Instagram \| @kulturhuset \| Kommunikatör på Kulturhuset \| Evenemangssamordnare \| "
        r"8 timmar \| .* \| 2027-03 \|",
        row,
    ), row


def test_hostile_text_in_the_proposal_stays_inert_on_page_1(run: Run, tmp_path: Path) -> None:
    corpus = yaml.safe_load((CORPUS / "ansi-escapes.yaml").read_text(encoding="utf-8"))
    escapes = next(str(v) for v in corpus.values() if "\x1b" in str(v))[:100]
    markup = "<script>alert(1)</script> | **fet** [länk](javascript:alert(1))"
    bidi = "Bibliotekarie \u202eredro\u202c"
    data = yaml.safe_load((EXAMPLES / "culture_house_events.yaml").read_text(encoding="utf-8"))
    data["proposal"]["accounts"][0].update(
        name=markup, rhythm=escapes, reason=markup, responsible={"role": bidi, "name": escapes}
    )
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for fmt in ("rich", "markdown", "html", "json"):
        out = _report(run, "", fmt, path=path)
        assert not has_unsafe(out), fmt  # escapes and bidi shown, not obeyed
    markdown = _report(run, "", "markdown", path=path)
    row = next(line for line in markdown.splitlines() if line.startswith("| Instagram"))
    assert row.count(" | ") == len(paper.COLUMNS) - 1, "a | in a cell does not add a column"
    html = _report(run, "", "html", path=path)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
