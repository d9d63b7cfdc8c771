"""The CLI reference page in docs/ is generated from the app and must match it (no stale options)."""

from __future__ import annotations

from somplan.cli_reference import render

from .common import ROOT


def test_cli_reference_page_matches_the_app() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert page == render("en"), "regenerate: python -m somplan.cli_reference en > docs/cli.md"


def test_every_command_and_option_is_in_the_reference() -> None:
    page = render("en")
    for command in ("start", "report", "validate", "schema"):
        assert f"## `somplan {command}`" in page
    for option in ("--answers", "--questions", "--format", "--output", "--lang", "--version"):
        assert option in page
    assert "Example:" in page
