"""The channel catalogue and the scoring rules: loaded and checked like the flow, with positions,
including the references between files (rules → flow and catalogue, accounts → catalogue)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from somplan.content.loader import REPORT_KINDS, check_folder, load_content, load_file
from somplan.content.model import Catalogue, Rules
from somplan.content.problems import Problem, ProblemError

from .common import SHIPPED, Run


def position(text: str, needle: str) -> tuple[int, int]:
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    target = tmp_path / "questions"
    shutil.copytree(SHIPPED, target)
    return target


def edit(folder: Path, name: str, old: str, new: str) -> str:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def problems_in(folder: Path) -> list[Problem]:
    return check_folder(folder).problems


def test_shipped_catalogue_and_rules_load_with_the_flow() -> None:
    content = load_content(SHIPPED, required=REPORT_KINDS)
    assert content.catalogue is not None and content.rules is not None
    kinds = {c.kind for c in content.catalogue.channels}
    assert kinds == {"social", "other"}
    social = [c.id for c in content.catalogue.channels if c.kind == "social"]
    assert len(social) >= 10
    for name in ("facebook", "instagram", "linkedin", "youtube", "tiktok", "snapchat", "x"):
        assert name in social
    for other in (
        "municipal_website",
        "newsletter",
        "sms",
        "local_press",
        "print_posters",
        "meetings",
        "digital_signage",
        "e_services",
    ):
        channel = content.catalogue.channel(other)
        assert channel is not None and channel.kind == "other"
    assert [d.id for d in content.rules.dimensions] == [
        "purpose",
        "audience",
        "capacity",
        "complementary",
        "responsibility",
    ]


def test_every_channel_text_is_in_swedish_and_english() -> None:
    catalogue = load_file(SHIPPED / "channels.yaml")
    assert isinstance(catalogue, Catalogue)
    for channel in catalogue.channels:
        for text in (channel.name, channel.description, *channel.good_for, *channel.formats):
            assert text.sv and text.en, channel.id


def test_every_checklist_item_names_its_source() -> None:
    rules = load_file(SHIPPED / "scoring.yaml")
    assert isinstance(rules, Rules)
    ids = {item.id for item in rules.checklist}
    assert {"public_records", "registration", "archiving", "bulletin_boards"} <= ids
    assert {"personal_data", "accessibility", "language"} <= ids
    for item in rules.checklist:
        assert item.sources and all(s.title for s in item.sources)


def test_report_needs_catalogue_and_rules_but_the_wizard_does_not(shipped: Path) -> None:
    (shipped / "scoring.yaml").unlink()
    assert load_content(shipped).rules is None
    with pytest.raises(ProblemError) as info:
        load_content(shipped, required=REPORT_KINDS)
    assert [p.code for p in info.value.problems] == ["missing-kind"]
    assert "rules" in info.value.problems[0].render("en")


# (file, old text, new text, expected code, the text at the expected position)
CASES = [
    (
        "scoring.yaml",
        "channels: [{channels: [tiktok], points: 20}]",
        "channels: [{channels: [tiktk], points: 20}]",
        "unknown-reference",
        "tiktk",
    ),
    (
        "scoring.yaml",
        "      - {traits: [reaches_teens], points: 15}",
        "      - {traits: [reaches_teen], points: 15}",
        "unknown-reference",
        "reaches_teen]",
    ),
    (
        "scoring.yaml",
        "when: {question: audience_ages, includes: age_13_19}",
        "when: {question: audience_age, includes: age_13_19}",
        "when-unknown-question",
        "audience_age,",
    ),
    (
        "scoring.yaml",
        "when: {question: audience_ages, includes: age_13_19}",
        "when: {question: audience_ages, includes: age_13_18}",
        "when-unknown-choice",
        "age_13_18",
    ),
    (
        "scoring.yaml",
        "when: {question: monitoring, in: [nobody, weekly_or_less]}",
        "when: {question: monitoring, includes: [nobody]}",
        "when-wrong-test",
        "includes: [nobody]",
    ),
    (
        "scoring.yaml",
        "    dimensions: {purpose: 25}",
        "    dimensions: {purpos: 25}",
        "unknown-reference",
        "purpos:",
    ),
    (
        "scoring.yaml",
        "      - {traits: [reaches_teens], points: 15}",
        "      - {points: 15}",
        "effect-no-target",
        "{points: 15}",
    ),
    (
        "scoring.yaml",
        "  - id: reason_need\n",
        "  - id: concrete_goal\n",
        "duplicate-entry",
        "concrete_goal\n    when: {question: main_reason",
    ),
    (
        "scoring.yaml",
        "    max: 100\n    ready_at: 50\n",
        "    max: 100\n    ready_at: 150\n",
        "bounds-order",
        "150",
    ),
    (
        "scoring.yaml",
        "    channel: municipal_website\n",
        "    channel: website\n",
        "unknown-reference",
        "website\n",
    ),
    (
        "scoring.yaml",
        "    answer: permanent_page\n",
        "    answer: permanent_pag\n",
        "unknown-reference",
        "permanent_pag\n",
    ),
    (
        "channels.yaml",
        "    traits: [professional, reaches_adults]",
        "    traits: [profesional, reaches_adults]",
        "unknown-reference",
        "profesional",
    ),
    (
        "channels.yaml",
        "    age_limit: {years: 16, sources: [linkedin_agreement]}",
        "    age_limit: {years: 16, sources: [linkedin_agrement]}",
        "unknown-reference",
        "linkedin_agrement]",
    ),
    (
        "channels.yaml",
        "    kind: social\n    name: {sv: Instagram, en: Instagram}",
        "    kind: sociala\n    name: {sv: Instagram, en: Instagram}",
        "one-of",
        "sociala\n    name",
    ),
    (
        "channels.yaml",
        "    name: {sv: LinkedIn, en: LinkedIn}",
        "    name: {sv: LinkedIn}",
        "missing-language",
        "{sv: LinkedIn}",
    ),
    (
        "scoring.yaml",
        "    - {question: records_handling, answer: unknown}",
        "    - {question: records_handling, answer: maybe}",
        "assumption-invalid",
        "maybe}",
    ),
    (
        "scoring.yaml",
        "    - records_handling\n",
        "    - records_handlin\n",
        "unknown-reference",
        "records_handlin\n",
    ),
    (
        "scoring.yaml",
        "      - {moderation: [high], points: -15}",
        "      - {points: -15}",
        "effect-no-target",
        "{points: -15}",
    ),
    (
        "flow.yaml",
        "          - id: clear_need\n",
        "          - id: clear_need\n            exclusive: true  # on a single question\n",
        "exclusive-not-multi",
        "exclusive: true  #",
    ),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "code", "needle"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_error_is_reported_at_the_offending_node(
    shipped: Path, name: str, old: str, new: str, code: str, needle: str
) -> None:
    text = edit(shipped, name, old, new)
    found = [p for p in problems_in(shipped) if p.code == code]
    assert found, [p.render("en") for p in problems_in(shipped)]
    assert found[0].file == str(shipped / name)
    assert (found[0].line, found[0].column) == position(text, needle), found[0].render("en")


def test_unknown_channel_suggests_the_close_id(shipped: Path) -> None:
    edit(
        shipped,
        "scoring.yaml",
        "channels: [{channels: [tiktok], points: 20}]",
        "channels: [{channels: [tiktk], points: 20}]",
    )
    problem = next(p for p in problems_in(shipped) if p.code == "unknown-reference")
    assert "'tiktk' is not a channel in the channel catalogue. Did you mean 'tiktok'?" in (
        problem.render("en")
    )
    assert "Menade du 'tiktok'?" in problem.render("sv")


def test_account_platform_must_be_a_catalogue_channel(shipped: Path) -> None:
    text = edit(
        shipped,
        "organisation.yaml",
        "accounts: []",
        "accounts:\n"
        "  - platform: facebok\n"
        "    name: Biblioteken i Varberg\n"
        "    owner: {sv: Biblioteken}\n"
        "    url: https://example.org/bibliotek\n"
        "    purposes: [events]\n"
        "    audiences: [teenagers]\n"
        "    source: {title: Kommunens kontolista}",
    )
    problems = {p.code: p for p in problems_in(shipped)}
    refs = [p for p in problems_in(shipped) if p.code == "unknown-reference"]
    assert len(refs) == 2, [p.render("en") for p in problems.values()]
    assert (refs[0].line, refs[0].column) == position(text, "facebok")
    assert "Did you mean 'facebook'?" in refs[0].render("en")
    assert (refs[1].line, refs[1].column) == position(text, "teenagers")


def test_reach_figures_need_a_source_with_a_year(shipped: Path) -> None:
    edit(
        shipped,
        "channels.yaml",
        "age_bands: []",
        "age_bands:\n  - {id: age_16_29, label: {sv: 16–29 år, en: 16–29 years}}",
    )
    text = edit(
        shipped,
        "channels.yaml",
        "    traits: [professional, reaches_adults]",
        "    reach:\n"
        "      - source: varberg_guidance\n"
        "        measure: {sv: använder, en: use}\n"
        "        figures: [{band: age_16_29, percent: 40}, {band: age_16_30, percent: 140}]\n"
        "    traits: [professional, reaches_adults]",
    )
    schema = problems_in(shipped)
    assert [p.code for p in schema] == ["too-large"]  # 140 %: the schema stops the checks
    assert (schema[0].line, schema[0].column) == position(text, "140")
    text = edit(shipped, "channels.yaml", "percent: 140", "percent: 14")
    found = {p.code: p for p in problems_in(shipped)}
    assert set(found) == {"reach-needs-year", "unknown-reference"}
    assert (found["reach-needs-year"].line, found["reach-needs-year"].column) == position(
        text, "varberg_guidance\n        measure"
    )
    assert (found["unknown-reference"].line, found["unknown-reference"].column) == position(
        text, "age_16_30"
    )


def test_validate_reports_a_broken_rule_with_exit_1(run: Run, shipped: Path) -> None:
    text = edit(
        shipped,
        "scoring.yaml",
        "when: {question: has_deputy, equals: true}",
        "when: {question: has_deputy, equals: yes}",
    )
    result = run("validate", str(shipped))
    line, column = position(text, "yes}")
    assert result.exit_code == 1
    assert f"{shipped / 'scoring.yaml'}:{line}:{column}:" in result.stdout
