"""The command line in the user's language: typer's own words, usage errors, --format md, and the
summary's notes about folders."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .common import ROOT, Run

EXAMPLE = ROOT / "examples" / "answers" / "library_teens.yaml"


def test_help_is_swedish_throughout(run: Run) -> None:
    out = run("report", "--help", lang="sv").stdout
    assert out.startswith("Användning: somplan report [FLAGGOR] FILE")
    assert "Flaggor:" in out and "Argument:" in out
    assert (
        "Visa den här hjälpen och avsluta." in out
        and "Standard: rich, eller det format som filändelsen i -o anger" in " ".join(out.split())
    )
    for english in ("Usage", "Options", "Show this message", "[default:", "{FILE}"):
        assert english not in out
    root = run("--help", lang="sv").stdout
    assert "Kommandon:" in root and "Installera kompletteringen" in root


def test_help_in_english_keeps_typer_words(run: Run) -> None:
    out = run("report", "--help", lang="en").stdout
    assert out.startswith("Usage: somplan report [OPTIONS] FILE")
    assert "Show this message and exit." in out


def test_usage_errors_in_swedish_without_internal_prefixes(run: Run) -> None:
    bad = run("report", str(EXAMPLE), "--format", "docx", lang="sv")
    assert bad.exit_code == 2
    assert "Fel: Ogiltigt värde för '--format' / '-f': 'docx' är inget format" in bad.stderr
    assert "Skriv 'somplan report -h' för hjälp." in bad.stderr
    assert "Value error" not in bad.stderr and "Error:" not in bad.stderr
    missing = run("report", lang="sv")
    assert missing.exit_code == 2 and "Fel: Argumentet 'FILE' saknas." in missing.stderr
    unknown = run("reprt", lang="sv")
    assert "Kommandot 'reprt' finns inte. Menade du 'report'?" in unknown.stderr
    option = run("report", str(EXAMPLE), "--bogus", lang="sv")
    assert re.search(
        r"Fel: Flaggan '?--bogus'? finns inte\.", option.stderr
    )  # quoted from click 8.2
    english = run("report", str(EXAMPLE), "--format", "docx", lang="en")
    assert "Error: Invalid value for '--format' / '-f': 'docx' is not a format" in english.stderr
    assert "Value error" not in english.stderr


def test_format_md_means_markdown(run: Run) -> None:
    result = run("report", str(EXAMPLE), "--format", "md", lang="en")
    assert result.exit_code == 0 and result.stdout.startswith("# Social media plan")
    assert run("report", str(EXAMPLE), "-f", "MarkDown", lang="en").stdout == result.stdout


def test_summary_names_empty_and_missing_folders(run: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("summary", str(empty), lang="en")
    assert result.exit_code == 0
    assert f"The folder {empty} holds no answers files" in result.stderr
    missing = run("summary", str(tmp_path / "nowhere"), lang="en")
    assert missing.exit_code == 1
    assert "The folder" in missing.stderr and "does not exist" in missing.stderr
    assert "The file does not exist" not in missing.stderr


def test_summary_of_one_plan_says_one_plan(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "library.yaml")
    swedish = run("summary", str(folder), lang="sv").stdout
    assert "Sammanställning av 1 plan" in swedish and "1 planer" not in swedish
    english = run("summary", str(folder), lang="en").stdout
    assert "Summary of 1 plan" in english and "1 plans" not in english


@pytest.mark.parametrize(
    ("argv", "swedish"),
    [
        (("report",), "Argumentet 'FILE' saknas."),
        (("report", "x.yaml", "--nope"), "Flaggan '?--nope'? finns inte."),  # quoted from click 8.2
        (("rapport",), "Kommandot 'rapport' finns inte."),
        (("schema", "extra"), "Oväntade argument: extra"),
        (("report", "x.yaml", "--format"), "Flaggan '--format' behöver ett värde."),
        (
            ("summary", "--sort", "size"),
            "Ogiltigt värde för '--sort' / '-s': 'size' är inte något av",
        ),
        (("plans", "--no-color=yes"), "Flaggan '--no-color' tar inget värde."),
    ],
)
def test_each_usage_error_of_click_is_in_swedish(
    run: Run, argv: tuple[str, ...], swedish: str
) -> None:
    """Every pattern in cli_words.ERRORS_SV still matches the words of the installed click: a
    typer or click update that rewords one brings English back, and this fails."""
    result = run(*argv, lang="sv")
    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert re.search("Fel: " + swedish, said), said
