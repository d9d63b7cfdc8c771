"""Advice a communicator can trust: no placeholder text in any report, every channel fact rests on
a source or says it is somplan's judgement, every platform states its age limit, and the legal
checklist says "ska" only where a statute lays down the duty."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from somplan.content.loader import REPORT_KINDS, check_folder, load_content
from somplan.content.model import Catalogue, Rules
from somplan.render.report import json as render_json
from somplan.render.report import markdown as render_markdown
from somplan.text.i18n import Lang

from .common import SHIPPED
from .test_catalogue import edit, position, shipped  # noqa: F401  (shipped is a fixture)
from .test_render import EXAMPLES, example, rich_text

#: Wording that marks text as unfinished. None of it may reach a reader.
PLACEHOLDER = re.compile(
    r"not yet included|saknas ännu|ännu här|placeholder|platshållare|\bTODO\b|\bTBD\b|"
    r"\bFIXME\b|lorem ipsum|\bXXX\b|kommer senare|coming soon",
    re.IGNORECASE,
)
EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
LANGS: tuple[Lang, ...] = ("sv", "en")


def catalogue() -> Catalogue:
    content = load_content(SHIPPED, required=REPORT_KINDS)
    assert content.catalogue is not None
    return content.catalogue


def rules() -> Rules:
    content = load_content(SHIPPED, required=REPORT_KINDS)
    assert content.rules is not None
    return content.rules


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
@pytest.mark.parametrize("lang", LANGS)
def test_no_report_contains_placeholder_wording(name: str, lang: Lang) -> None:
    a, unit = example(name)
    outputs = {
        "rich": rich_text(a, lang, unit, width=200),
        "markdown": render_markdown.render(a, lang, unit),
        "json": render_json.render(a, lang, unit),
    }
    for kind, text in outputs.items():
        found = PLACEHOLDER.search(text)
        assert found is None, f"{name} {lang} {kind}: {found.group(0) if found else ''}"


def test_the_placeholder_check_would_catch_the_old_reach_note() -> None:
    old = (
        "Confirmed reach figures by age are not yet included here; see the Swedish Internet "
        "Foundation's report Svenskarna och internet."
    )
    assert PLACEHOLDER.search(old)
    assert PLACEHOLDER.search("Bekräftade siffror om räckvidd per ålder saknas ännu här.")


def test_every_channel_fact_has_a_source_or_is_marked_as_judgement() -> None:
    cat = catalogue()
    known = {s.id for s in cat.sources}
    for channel in cat.channels:
        assert channel.basis in ("sourced", "judgement"), channel.id
        if channel.basis == "sourced":
            assert channel.sources, channel.id
        # The guidance page has no channel facts: a channel may cite it only for a single fact
        # that the page itself states, never for the channel as a whole.
        assert "varberg_guidance" not in channel.sources, channel.id
        for _, _, fact in channel.facts():
            assert set(fact.sources) <= known, (channel.id, fact.sv)
        for source_id in channel.cited():
            source = cat.source(source_id)
            assert source is not None and source.title, (channel.id, source_id)


def test_every_sourced_fact_names_a_source_with_a_year_or_a_statute() -> None:
    statute = re.compile(r"\(\d{4}:\d+\)|C-\d+/\d+")
    cat = catalogue()
    for channel in cat.channels:
        for source_id in channel.cited():
            source = cat.source(source_id)
            assert source is not None
            checkable = source.year is not None or source.url or statute.search(source.title)
            # the municipality's own page is named by its site (its address is in the title)
            assert checkable or ".se" in source.title, source_id


def test_every_platform_states_its_age_limit_with_a_source() -> None:
    cat = catalogue()
    expected = {"linkedin": 16, "mastodon": None}
    social = [c for c in cat.channels if c.kind == "social"]
    assert len(social) >= 10
    for channel in social:
        limit = channel.age_limit
        assert limit is not None, channel.id
        assert limit.basis == "judgement" or limit.sources, channel.id
        assert limit.years == expected.get(channel.id, 13), channel.id
    mastodon = cat.channel("mastodon")
    assert mastodon is not None and mastodon.age_limit is not None
    assert mastodon.age_limit.note is not None
    assert "server" in mastodon.age_limit.note.sv


def test_age_limit_and_basis_are_shown_in_every_format() -> None:
    a, unit = example("library_teens")
    top = a.channels[0]
    assert top.channel.age_limit is not None and top.channel.age_limit.years == 13
    assert "Åldersgräns" in rich_text(a, "sv", unit, width=200)
    assert "somplans egen bedömning" in rich_text(a, "sv", unit, width=200)
    markdown = render_markdown.render(a, "en", unit)
    assert "- Age limit: 13 years (" in markdown
    assert "- Basis: The description and everything on this card without a named source" in markdown
    data = json.loads(render_json.render(a, "en", unit))["channels"][0]
    assert data["basis"] == "judgement"
    assert data["age_limit"]["years"] == 13
    assert data["age_limit"]["sources"] and data["age_limit"]["sources"][0]["url"]
    assert all(s["title"] for s in data["sources"])


#: A statute or an EU act as the catalogue names them: "(2009:400)", "(EU) 2016/679", "2024/900".
STATUTE = re.compile(r"\(\d{4}:\d+\)|\(EU\) \d{4}/\d+|\b\d{4}/\d{3,4}\b|Regeringsformen|Språklagen")
DUTY = re.compile(r"\b(ska|skall|måste)\b", re.IGNORECASE)
DUTY_EN = re.compile(r"\bmust\b|\bshall\b", re.IGNORECASE)


def test_checklist_says_ska_only_where_a_statute_is_cited() -> None:
    items = rules().checklist
    assert {i.kind for i in items} == {"law", "advice"}
    for item in items:
        if item.kind == "law":
            assert any(STATUTE.search(s.title) for s in item.sources), item.id
        else:
            assert not DUTY.search(item.title.sv + " " + item.text.sv), item.id
            assert item.text.en is not None
            assert not DUTY_EN.search(item.text.en), item.id


def test_checklist_covers_the_advice_a_communicator_expects() -> None:
    ids = {i.id for i in rules().checklist}
    expected = {"account_security", "crisis", "election_neutrality", "ai_content"}
    expected |= {"people_in_pictures", "threats_to_staff", "paid_promotion", "copyright"}
    expected |= {"impersonation", "accessibility", "comment_rules"}
    assert expected <= ids
    steps = {s.id for s in rules().next_steps}
    assert {"approval", "name_and_profile", "close_account", "learning_time"} <= steps


def test_registration_item_follows_the_statute() -> None:
    item = next(i for i in rules().checklist if i.id == "registration")
    # OSL 5 kap. 1 §'s exact threshold could not be read at a primary source (issue 22): the item
    # does not quote it ("uppenbart ringa betydelse" was a guess) and sends the reader to the
    # registrar; a record is one that has come in or been drawn up ("upprättats"), not one being
    # written
    assert "uppenbart" not in item.text.sv
    assert "upprättats" in item.text.sv and "skrivs" not in item.text.sv
    assert "hållas ordnade" in item.text.sv and "fråga registrator" in item.text.sv
    assert "gallras enligt nämndens beslut" in item.text.sv
    assert "eget beslut" not in item.text.sv


def test_validate_rejects_advice_that_states_a_duty(shipped: Path) -> None:  # noqa: F811
    text = edit(
        shipped,
        "scoring.yaml",
        "Publicera regler för kommentarer och använd",
        "Ni ska publicera regler för kommentarer och använda",
    )
    found = [p for p in check_folder(shipped).problems if p.code == "advice-states-duty"]
    assert len(found) == 1
    assert found[0].params["word"] == "ska"
    line, _ = position(text, "Ni ska publicera")
    assert found[0].line is not None and found[0].line <= line


def test_validate_wants_an_age_limit_for_every_platform(shipped: Path) -> None:  # noqa: F811
    text = edit(
        shipped, "channels.yaml", "    age_limit: {years: 16, sources: [linkedin_agreement]}\n", ""
    )
    found = [p for p in check_folder(shipped).problems if p.code == "age-limit-missing"]
    assert [p.params["id"] for p in found] == ["linkedin"]
    line, column = position(text, "id: linkedin\n    kind: social")
    assert (found[0].line, found[0].column) == (line, column)


def test_validate_wants_a_source_for_a_sourced_basis(shipped: Path) -> None:  # noqa: F811
    edit(
        shipped,
        "channels.yaml",
        "    name: {sv: LinkedIn, en: LinkedIn}\n",
        "    name: {sv: LinkedIn, en: LinkedIn}\n    basis: sourced\n",
    )
    found = [p for p in check_folder(shipped).problems if p.code == "basis-without-source"]
    assert [p.params["id"] for p in found] == ["linkedin"]
