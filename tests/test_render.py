"""The three renderings of an assessment: rich in a terminal, Markdown and JSON (golden files, made
with the unit's plan as `somplan report` makes them), and hostile text from the content files kept
inert in all of them.

Regenerate the golden files after a deliberate change: ``SOMPLAN_UPDATE_GOLDEN=1 pytest
tests/test_render.py`` — then read the diff before committing it.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from rich.console import Console

from somplan.assessment.plan import UnitPlan, build_plan
from somplan.assessment.result import Assessment
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.answers import AnswersFile
from somplan.content.loader import REPORT_KINDS, Content, load_content
from somplan.render import FILE_WIDTH
from somplan.render.report import json as render_json
from somplan.render.report import markdown as render_markdown
from somplan.render.report import render
from somplan.render.report import rich as render_rich
from somplan.text.i18n import Lang

from .common import ROOT, SHIPPED, Run

EXAMPLES = ROOT / "examples" / "answers"
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("SOMPLAN_UPDATE_GOLDEN") == "1"


@cache
def content() -> Content:
    return load_content(None, required=REPORT_KINDS)


@cache
def record_of(name: str) -> AnswersFile:
    return answers.load(EXAMPLES / f"{name}.yaml", content().flow)


@cache
def example(name: str) -> tuple[Assessment, str | None]:
    record = record_of(name)
    return assess(content(), record), record.unit


def plan_of(name: str, lang: Lang) -> UnitPlan:
    """The unit's plan as `somplan report` builds it (from the same assessment)."""
    plan = build_plan(content(), record_of(name), lang, example(name)[0])
    return replace(plan, file=f"{name}.yaml")  # as `somplan report -f markdown` names it


def rich_text(a: Assessment, lang: Lang, unit: str | None = None, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    render_rich.render(a, lang, console, unit)
    return buffer.getvalue()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written; run again")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


GOLDEN_CASES = [(p.stem, "sv") for p in sorted(EXAMPLES.glob("*.yaml"))] + [
    ("culture_house_events", "en"),
    ("home_care_seniors", "en"),
]


def report_text(name: str, fmt: str, lang: Lang) -> str:
    """What `somplan report FILE --format FMT --output OUT` writes: the report with the plan."""
    a, unit = example(name)
    return render(a, fmt, lang, unit, FILE_WIDTH, plan_of(name, lang))


@pytest.mark.parametrize(("name", "lang"), GOLDEN_CASES)
def test_markdown_matches_the_golden_file(name: str, lang: Lang) -> None:
    check_golden(f"{name}.{lang}.md", report_text(name, "markdown", lang))


@pytest.mark.parametrize(("name", "lang"), GOLDEN_CASES)
def test_json_matches_the_golden_file(name: str, lang: Lang) -> None:
    check_golden(f"{name}.{lang}.json", report_text(name, "json", lang))


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_the_golden_files_are_what_the_report_command_writes(
    run: Run, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "report.out"
    path = EXAMPLES / "school_parents.yaml"
    result = run("report", str(path), "--format", fmt, "--output", str(out), lang="sv")
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"school_parents.sv.{'md' if fmt == 'markdown' else 'json'}"
    assert out.read_text(encoding="utf-8") == golden.read_text(encoding="utf-8")


# --- JSON for machines ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [p.stem for p in sorted(EXAMPLES.glob("*.yaml"))])
def test_json_has_the_documented_keys(name: str) -> None:
    a, unit = example(name)
    data = json.loads(render_json.render(a, "sv", unit))
    assert data["verdict"]["level"] in (
        "ready",
        "ready_with_conditions",
        "not_ready",
        "not_social_media",
    )
    assert data["verdict"]["reasons"] and all(r["text"] for r in data["verdict"]["reasons"])
    assert set(data["dimensions"]) == {
        "purpose",
        "audience",
        "capacity",
        "complementary",
        "responsibility",
    }
    for dim in data["dimensions"].values():
        assert {"score", "max", "reasons"} <= set(dim)
    first = data["channels"][0]
    assert {"id", "kind", "score", "reasons"} <= set(first)
    assert all(c["kind"] in ("social", "other") for c in data["channels"])
    assert all(0 <= c["score"] <= 100 for c in data["channels"])
    for key in ("complementary", "existing_accounts", "checklist", "next_steps"):
        assert isinstance(data[key], list)
    assert data["flow"] == {"id": "somplan_default", "version": 1}


def test_json_text_is_in_the_chosen_language() -> None:
    a, unit = example("library_teens")
    sv = json.loads(render_json.render(a, "sv", unit))
    en = json.loads(render_json.render(a, "en", unit))
    tiktok_sv = next(c for c in sv["channels"] if c["id"] == "tiktok")
    tiktok_en = next(c for c in en["channels"] if c["id"] == "tiktok")
    assert {"points": 15, "text": "målgruppen är 13–19 år"}.items() <= next(
        r for r in tiktok_sv["reasons"] if r["rule"] == "ages_13_19"
    ).items()
    assert "the audience is 13–19 years old" in [r["text"] for r in tiktok_en["reasons"]]
    assert sv["dimensions"]["capacity"]["name"] == "Förmåga och resurser"
    assert en["dimensions"]["capacity"]["name"] == "Capacity and resources"


# --- rich in the terminal -------------------------------------------------------------------------------


def test_rich_shows_the_verdict_first_then_channels_plan_and_checklist() -> None:
    a, unit = example("library_teens")
    out = rich_text(a, "sv", unit)
    order = [
        "Utlåtande: Redo",
        "Hur redo ni är",
        "Sociala kanaler, bäst först",
        "Andra kanaler, bäst först",
        "Kompletterande kanaler",
        "Checklista för offentlig verksamhet",
        "Nästa steg",
    ]
    lines = [line.strip() for line in out.splitlines()]
    assert "Utlåtande: Redo" in lines[1]  # the panel's top border, right under the title
    positions = [lines.index(h) for h in order[1:]]
    assert positions == sorted(positions)
    assert "Stadsbiblioteket, tonårsverksamheten" in out.splitlines()[0]


def test_rich_ranks_channels_with_bars_and_reasons() -> None:
    a, unit = example("library_teens")
    out = rich_text(a, "en", unit)
    social = out[out.index("Social channels, best first") : out.index("Other channels")]
    first = next(line for line in social.splitlines() if line.startswith(" 1. "))
    assert a.channels[0].channel.name.get("en") in first
    assert "████" in first and first.rstrip().endswith(str(a.channels[0].score))
    assert "+15 the audience is 13–19 years old" in social
    assert "starting value 30" in social


def test_rich_not_ready_lists_each_blocker_with_what_to_do() -> None:
    a, unit = example("youth_centre_everyone_does")
    out = rich_text(a, "en", unit, width=120)
    panel = out[: out.index("How ready you are")]
    assert "Not ready yet" in panel
    assert "The account is watched too seldom: at most once a week, or not at all." in panel
    assert "The main reason is that everyone else is on social media." in panel
    # The blockers, then the conditions that remain once they are solved (each with what to do).
    assert "Once the blockers are solved, these conditions remain too:" in panel
    assert "Children may appear in pictures without a routine for consent." in panel
    assert panel.count("What to do:") == len(a.verdict.reasons) + len(a.verdict.conditions)


def test_rich_not_social_media_lists_other_channels_first() -> None:
    a, unit = example("home_care_seniors")
    out = rich_text(a, "en", unit)
    assert out.index("Other channels, best first") < out.index("Social channels, best first")


def test_rich_fits_a_narrow_terminal() -> None:
    a, unit = example("planning_office_detailed_plan")
    out = rich_text(a, "sv", unit, width=60)
    assert (
        len(out.splitlines()) > 50 and (unit or "").split(",")[0] in out
    )  # the whole report, not nothing
    assert max(len(line) for line in out.splitlines()) <= 60


# --- hostile text from the content files ------------------------------------------------------------

HOSTILE = r"\e]0;pwned\a\e[2J[bold red]Fake[/] <b>*x*</b> [link=file:///etc/passwd]y[/link]"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Assessment, str]:
    folder = tmp_path_factory.mktemp("hostile") / "questions"
    shutil.copytree(SHIPPED, folder)
    path = folder / "channels.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "    name: {sv: Instagram, en: Instagram}",
        f'    name: {{sv: "{HOSTILE}", en: "{HOSTILE}"}}',
    )
    path.write_text(text, encoding="utf-8")
    hostile_content = load_content(folder, required=REPORT_KINDS)
    record = answers.load(EXAMPLES / "library_teens.yaml", hostile_content.flow)
    unit = "\x1b[31mRöd\x1b[0m \u202eenhet"
    return assess(hostile_content, record), unit


def test_rich_output_cannot_be_styled_or_controlled_by_content(
    hostile: tuple[Assessment, str],
) -> None:
    a, unit = hostile
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, color_system="truecolor", force_terminal=True)
    render_rich.render(a, "sv", console, unit)
    out = re.sub(r"\x1b\[[0-9;]*m", "", buffer.getvalue())  # rich's own colours
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[bold red]Fake[/]" in out
    assert "[link=file:///etc/passwd]y[/link]" in out
    assert "\\x1b]0;pwned\\x07" in out
    assert "\\u202eenhet" in out


def test_markdown_output_escapes_content(hostile: tuple[Assessment, str]) -> None:
    a, unit = hostile
    out = render_markdown.render(a, "sv", unit)
    assert "\x1b" not in out and "\u202e" not in out
    assert "<b>" not in out and r"\<b\>\*x\*\</b\>" in out
    assert r"\[bold red\]Fake\[/\]" in out


def test_json_output_is_inert(hostile: tuple[Assessment, str]) -> None:
    a, unit = hostile
    out = render_json.render(a, "sv", unit)
    assert "\x1b" not in out and "\u202e" not in out
    data = json.loads(out)
    instagram = next(c for c in data["channels"] if c["id"] == "instagram")
    assert instagram["name"].startswith("\\x1b]0;pwned\\x07")
    assert data["unit"] == "\\x1b[31mRöd\\x1b[0m \\u202eenhet"


# --- reach figures, when the catalogue has them ---------------------------------------------------


@pytest.fixture(scope="module")
def with_reach(tmp_path_factory: pytest.TempPathFactory) -> tuple[Assessment, str | None]:
    """The shipped content with one made-up figure (for the test only), to see how it is shown."""
    folder = tmp_path_factory.mktemp("reach") / "questions"
    shutil.copytree(SHIPPED, folder)
    path = folder / "channels.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "age_bands: []",
        "age_bands:\n  - {id: age_16_25, label: {sv: 16–25 år, en: 16–25 years}}",
    ).replace(
        "sources:\n  - id: varberg_guidance\n",
        "sources:\n  - {id: test_report, title: Testrapporten, year: 2099}\n  - id: varberg_guidance\n",
    )
    marker = "  - id: instagram\n"
    start = text.index(marker)
    at = text.index("    formats:\n", start)
    text = (
        text[:at] + "    reach:\n"
        "      - source: test_report\n"
        "        measure: {sv: använder varje vecka, en: use it every week}\n"
        "        figures: [{band: age_16_25, percent: 87.5}]\n" + text[at:]
    )
    path.write_text(text, encoding="utf-8")
    reach_content = load_content(folder, required=REPORT_KINDS)
    record = answers.load(EXAMPLES / "library_teens.yaml", reach_content.flow)
    return assess(reach_content, record), record.unit


def test_reach_figures_are_shown_with_source_and_year(
    with_reach: tuple[Assessment, str | None],
) -> None:
    a, unit = with_reach
    assert a.channels[0].id == "instagram"
    assert "använder varje vecka (Testrapporten, 2099): 16–25 år 87,5 %" in rich_text(
        a, "sv", unit, width=200
    )
    assert "use it every week (Testrapporten, 2099): 16–25 years 87.5%" in (
        render_markdown.render(a, "en", unit)
    )
    instagram = json.loads(render_json.render(a, "en", unit))["channels"][0]
    assert instagram["reach"] == [
        {
            "source": "Testrapporten",
            "year": 2099,
            "measure": "use it every week",
            "figures": [{"band": "16–25 years", "percent": 87.5}],
        }
    ]
