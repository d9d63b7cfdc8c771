"""Scoring by example: each blocker, each verdict level, the reasons; and the example units."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from somplan.assessment.result import Assessment
from somplan.assessment.scoring import score
from somplan.content import answers
from somplan.content.loader import REPORT_KINDS, Content, load_content

from .common import ROOT

EXAMPLES = ROOT / "examples" / "answers"


@cache
def content() -> Content:
    return load_content(None, required=REPORT_KINDS)


def assess(given: dict[str, Any]) -> Assessment:
    c = content()
    assert c.catalogue is not None and c.rules is not None
    return score(c.flow, c.catalogue, c.rules, c.organisation, given)


@cache
def example_answers(name: str) -> dict[str, Any]:
    return dict(answers.load(EXAMPLES / f"{name}.yaml", content().flow).answers)


def ready() -> dict[str, Any]:
    """A unit that is ready in every respect (the library's teen programme)."""
    return example_answers("library_teens")


def with_(**changes: Any) -> dict[str, Any]:
    return {**ready(), **changes}


def reason_texts(reasons: Any, lang: str = "en") -> list[str]:
    return [r.text.get(lang) for r in reasons]


# --- the examples ----------------------------------------------------------------------------------

# example file → expected verdict level, and the channel expected first in the ranking
EXPECTED = {
    "library_teens": ("ready", {"instagram", "tiktok", "snapchat"}),
    "culture_house_events": ("ready", {"instagram"}),
    "school_parents": ("ready_with_conditions", {"facebook"}),
    "planning_office_detailed_plan": ("ready_with_conditions", {"facebook"}),
    "elderly_care_relatives": ("not_ready", {"facebook"}),
    "crisis_information": ("not_ready", {"facebook"}),
    "youth_centre_everyone_does": ("not_ready", {"tiktok", "snapchat"}),
    "home_care_seniors": ("not_social_media", {"sms", "meetings", "print_posters"}),
}


def test_every_example_file_is_covered_and_every_level_occurs() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.yaml")} == set(EXPECTED)
    assert {level for level, _ in EXPECTED.values()} == {
        "ready",
        "ready_with_conditions",
        "not_ready",
        "not_social_media",
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_gives_its_expected_level_and_top_channel(name: str) -> None:
    level, top = EXPECTED[name]
    result = assess(example_answers(name))
    assert result.verdict.level == level, [f.id for f in result.verdict.reasons]
    assert result.channels[0].id in top, [(c.id, c.score) for c in result.channels[:4]]


def test_teen_programme_ranks_the_channels_teenagers_use_above_linkedin() -> None:
    result = assess(ready())
    ranked = [c.id for c in result.channels]
    for teen in ("instagram", "tiktok", "snapchat"):
        assert ranked.index(teen) < ranked.index("linkedin")
        assert ranked.index(teen) < ranked.index("facebook")


def test_a_professional_network_ranks_low_unless_the_audience_is_reached_at_work() -> None:
    relatives = assess(example_answers("elderly_care_relatives"))
    social = [c.id for c in relatives.channels if c.kind == "social"]
    assert social.index("linkedin") > 3, social  # relatives are not reached in their working role
    linkedin = next(c for c in relatives.channels if c.id == "linkedin")
    assert "group_not_professional" in [r.rule for r in linkedin.reasons]

    recruiting = assess(with_(audience_groups=["staff_recruits", "young_adults"]))
    teens = assess(ready())
    at_work, teenagers = (
        {c.id: c.base + sum(r.points for r in c.reasons) for c in a.channels}["linkedin"]
        for a in (recruiting, teens)
    )
    assert at_work - teenagers == 60  # +20 for recruits instead of −40


# --- blockers override totals -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "blocker"),
    [
        ({"monitoring": "nobody"}, "nobody_monitors"),
        ({"monitoring": "weekly_or_less"}, "nobody_monitors"),
        ({"has_deputy": False, "hours_per_week": 0}, "no_deputy_no_time"),
        ({"main_reason": "everyone_does"}, "only_everyone_does"),
        ({"goals": ["everyone_does"]}, "only_everyone_does"),
        ({"info_only_social": True}, "important_info_only_social"),
    ],
)
def test_each_blocker_makes_an_otherwise_ready_unit_not_ready(
    changes: dict[str, Any], blocker: str
) -> None:
    result = assess(with_(**changes))
    assert result.verdict.level == "not_ready"
    found = {f.id: f for f in result.verdict.reasons}
    assert blocker in found
    remedy = found[blocker].remedy
    assert remedy is not None and remedy.get("en")
    assert set(changes) & set(found[blocker].questions)


def test_a_blocker_overrides_high_totals() -> None:
    result = assess(with_(info_only_social=True))
    capacity = result.dimension("capacity")
    assert capacity is not None and capacity.score >= capacity.ready_at
    assert result.verdict.level == "not_ready"


def test_everyone_does_among_real_goals_is_not_a_blocker() -> None:
    result = assess(with_(goals=["events", "everyone_does"]))
    assert "only_everyone_does" not in {f.id for f in result.verdict.blockers}


def test_a_deputy_without_time_is_not_the_no_deputy_blocker() -> None:
    result = assess(with_(has_deputy=True, hours_per_week=0))
    assert "no_deputy_no_time" not in {f.id for f in result.verdict.blockers}


# --- the four levels ------------------------------------------------------------------------------


def test_ready_says_why() -> None:
    result = assess(ready())
    assert result.verdict.level == "ready"
    assert result.verdict.blockers == () and result.verdict.conditions == ()
    assert "No blocker applies" in reason_texts(result.verdict.reasons)[0]


def test_ready_with_conditions_lists_the_conditions_with_what_to_do() -> None:
    result = assess(with_(records_handling="unknown", comments="unsure"))
    assert result.verdict.level == "ready_with_conditions"
    ids = [f.id for f in result.verdict.reasons]
    assert "records_unknown" in ids and "comments_undecided" in ids
    assert all(f.remedy is not None for f in result.verdict.reasons)


def test_a_dimension_below_its_ready_level_becomes_a_condition() -> None:
    result = assess(with_(records_handling="unknown", personal_data="unknown"))
    responsibility = result.dimension("responsibility")
    assert responsibility is not None and responsibility.score < responsibility.ready_at
    texts = reason_texts(result.verdict.reasons)
    assert any(t.startswith("Responsibility and rules: ") for t in texts)


def test_audience_that_rarely_uses_social_media_gets_other_channels_first() -> None:
    result = assess(with_(audience_uses_social="few"))
    assert result.verdict.level == "not_social_media"
    assert "audience_not_on_social" in {f.id for f in result.verdict.reasons}
    kinds = [c.kind for c in result.channels]
    assert kinds == sorted(kinds, key=lambda k: k != "other")  # other channels ranked first


def test_only_young_children_redirects_unless_parents_are_the_audience() -> None:
    children = with_(audience_ages=["age_0_12"], audience_groups=["children"])
    assert assess(children).verdict.level == "not_social_media"
    parents = with_(audience_ages=["age_0_12"], audience_groups=["children", "parents"])
    assert "audience_only_young_children" not in {f.id for f in assess(parents).verdict.reasons}


def test_not_social_media_still_mentions_blockers_for_later() -> None:
    result = assess(example_answers("home_care_seniors") | {"info_only_social": True})
    assert result.verdict.level == "not_social_media"
    assert "important_info_only_social" in {f.id for f in result.verdict.blockers}


# --- reasons name the answers ----------------------------------------------------------------------


def test_channel_reasons_quote_the_answer_that_moved_them() -> None:
    result = assess(ready())
    tiktok = result.channel("tiktok")
    assert tiktok is not None
    by_rule = {r.rule: r for r in tiktok.reasons}
    teen = by_rule["ages_13_19"]
    assert (teen.points, teen.text.get("en")) == (15, "the audience is 13–19 years old")
    assert teen.text.get("sv") == "målgruppen är 13–19 år"
    assert teen.questions == ("audience_ages",)
    assert tiktok.score == min(100, tiktok.base + sum(r.points for r in tiktok.reasons))


def test_slow_replies_lower_dialogue_channels_and_say_so() -> None:
    fast = assess(ready())
    slow = assess(with_(response_time="within_two_days"))
    for channel in ("facebook", "x"):
        before, after = fast.channel(channel), slow.channel(channel)
        assert before is not None and after is not None
        assert after.score < before.score
        assert "you cannot promise a reply within a working day" in reason_texts(after.reasons)
    unaffected = slow.channel("youtube")
    assert unaffected is not None
    assert "you cannot promise a reply within a working day" not in reason_texts(unaffected.reasons)


def test_video_capacity_raises_video_channels() -> None:
    without = assess(with_(visual_capacity=["photos"]))
    with_video = assess(with_(visual_capacity=["photos", "short_video", "long_video"]))
    for channel in ("youtube", "tiktok"):
        a, b = without.channel(channel), with_video.channel(channel)
        assert a is not None and b is not None and b.score > a.score


def test_dimension_reasons_add_up_to_the_score() -> None:
    for dim in assess(ready()).dimensions:
        assert dim.score == max(0, min(dim.max, sum(r.points for r in dim.reasons)))
        assert all(r.questions for r in dim.reasons)


def test_answers_that_no_longer_apply_are_ignored() -> None:
    # off_hours is asked only when someone monitors; a stale answer must not count.
    result = assess(with_(monitoring="nobody", off_hours="covered"))
    capacity = result.dimension("capacity")
    assert capacity is not None
    assert "off_hours_covered" not in {r.rule for r in capacity.reasons}


# --- the plan around the verdict --------------------------------------------------------------------


def test_plan_always_links_to_a_permanent_page_and_quotes_it() -> None:
    result = assess(ready())
    first = result.complementary[0]
    assert first.channel is not None and first.channel.id == "municipal_website"
    assert (
        first.answer is not None and first.answer.value == "https://www.varberg.se/bibliotek/unga"
    )
    assert [e.text.get("en") for e in result.complementary if e.text is not None][
        1
    ] == "Never give important information only in social media."
    without_page = assess(with_(has_permanent_page=False))
    assert without_page.complementary[0].id == "permanent_page"
    assert without_page.complementary[0].answer is None


def test_plan_adds_the_best_other_channels() -> None:
    result = assess(example_answers("home_care_seniors"))
    others = [e.channel.id for e in result.complementary if e.text is None and e.channel]
    assert len(others) == 3
    assert "sms" in others


def test_checklist_depends_on_the_answers() -> None:
    open_comments = {i.id for i in assess(with_(comments="open")).checklist}
    closed = {i.id for i in assess(with_(comments="closed")).checklist}
    # the bulletin-board duty follows what others can still write (comments on a Facebook page
    # mostly cannot be closed), not only the intention to close comments (issue 22)
    assert "bulletin_boards" in open_comments and "bulletin_boards" in closed
    assert "comment_rules" in closed
    opinions = {i.id for i in assess(with_(goals=["ideas_opinions"])).checklist}
    information = {i.id for i in assess(with_(goals=["information"])).checklist}
    assert "formal_opinions" in opinions and "formal_opinions" not in information
    assert {"public_records", "archiving", "personal_data", "accessibility", "language"} <= closed
    for item in assess(ready()).checklist:
        assert item.sources


def test_next_steps_end_with_the_communications_unit() -> None:
    result = assess(ready())
    last = result.next_steps[-1].get("en")
    assert "communications unit" in last
    assert any("varberg.se/socialamedier" in s.get("en") for s in result.next_steps)


def test_existing_accounts_that_share_purpose_and_audience_are_suggested() -> None:
    c = content()
    assert c.catalogue is not None and c.rules is not None
    from somplan.content.model import Account, Localized, Source

    def account(name: str, purposes: list[str], audiences: list[str]) -> Account:
        return Account(
            platform="instagram",
            name=name,
            owner=Localized(sv="Biblioteken", en="The libraries"),
            url="https://example.org/" + name,
            purposes=purposes,
            audiences=audiences,
            source=Source(title="test"),
        )

    org = c.organisation.model_copy(
        update={
            "accounts": [
                account("unga", ["events"], ["teens"]),
                account("foretag", ["recruitment"], ["businesses"]),
                account("allmant", [], []),
            ]
        }
    )
    result = score(c.flow, c.catalogue, c.rules, org, ready())
    assert [a.name for a in result.existing_accounts] == ["unga", "allmant"]


def test_no_social_channel_fitting_well_enough_redirects_and_names_the_best() -> None:
    result = assess(
        with_(
            audience_ages=["age_80_plus"],
            audience_groups=["seniors"],
            audience_platforms=["unknown"],
            visual_capacity=["none"],
            goals=["information"],
            citizen_needs=["practical_info"],
        )
    )
    assert result.verdict.level == "not_social_media"
    (finding,) = result.verdict.reasons
    best = max((c for c in result.channels if c.kind == "social"), key=lambda c: c.score)
    assert finding.id == "low_social_fit"
    assert f"the best, {best.channel.name.get('en')}, scores {best.score} of 100" in (
        finding.text.get("en")
    )
    assert result.channels[0].kind == "other"


def test_blockers_come_before_a_low_social_fit() -> None:
    result = assess({"goals": ["events"]})  # an unfinished file: nobody to run an account yet
    assert result.verdict.level == "not_ready"
