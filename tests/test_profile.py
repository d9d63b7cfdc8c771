"""`somplan profile`: the "about" text within each platform's own limit, and the comment rules
(issue 19, item 4).

Measured on every example and persona, every platform whose limit the catalogue sources, in
Swedish and English: the text in the field is never longer than the limit, never cut inside a word,
and together with the pinned post it names the unit, says that posts can become public records
and links to the privacy information. Hostile text in the unit's name and answers stays inert in
every format.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.assessment.profile import Profile, build_profile, counted, split_post
from somplan.assessment.scoring import assess
from somplan.content import answers
from somplan.content.loader import REPORT_KINDS, Content, load_content
from somplan.exitcodes import ExitCode
from somplan.render import profile as render_profile
from somplan.text.i18n import LANGS, Lang, message
from somplan.text.safetext import has_unsafe

from .common import CORPUS, ROOT, SHIPPED, Run, without_account_record

EXAMPLES = ROOT / "examples" / "answers"
PERSONAS = ROOT / "tests" / "personas"
PLANS = sorted(EXAMPLES.glob("*.yaml")) + sorted(
    p for p in PERSONAS.glob("*.yaml") if p.name != "expectations.yaml"
)
TEENS = EXAMPLES / "library_teens.yaml"
FORMATS = ("rich", "text", "markdown", "json", "html")


@cache
def content() -> Content:
    return load_content(None, required=REPORT_KINDS)


def profile_of(path: Path, lang: Lang, platforms: tuple[str, ...] = ()) -> Profile:
    c = content()
    assert c.catalogue is not None
    record = answers.load(path, c.flow, catalogue=c.catalogue)
    return build_profile(
        c.catalogue, c.organisation, c.flow, record, assess(c, record), lang, platforms
    )


def limited_platforms() -> list[str]:
    c = content()
    assert c.catalogue is not None
    return [ch.id for ch in c.catalogue.channels if ch.profile and ch.profile.limit is not None]


def _tokens(text: str) -> set[str]:
    return {t.strip(".,:;…") for t in text.split()}


def with_proposal(source: Path, target: Path, accounts: list[dict[str, Any]], **top: Any) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["format"] = 2
    data["proposal"] = {"accounts": accounts, **top}
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def with_answers(source: Path, target: Path, unit: str | None = None, **changed: Any) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    if unit is not None:
        data["unit"] = unit
    data["answers"].update(changed)
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


# --- the catalogue: a sourced limit per platform ------------------------------------------------


def test_every_social_platform_names_its_field_and_sources_its_limit_or_says_why_not() -> None:
    catalogue = content().catalogue
    assert catalogue is not None
    social = [c for c in catalogue.channels if c.kind == "social"]
    assert social and all(c.profile is not None for c in social)
    limited = [c for c in social if c.profile and c.profile.limit is not None]
    assert {c.id for c in limited} >= {"facebook", "instagram", "linkedin", "youtube", "x"}
    for channel in limited:
        assert channel.profile is not None and channel.profile.sources, channel.id
        for source_id in channel.profile.sources:
            source = catalogue.source(source_id)
            assert source is not None
            assert source.url and source.publisher and source.year, source_id
            assert source.checked == "2026-12-04", source_id
    for channel in social:
        assert channel.profile is not None
        if channel.profile.limit is None:  # no source found: the catalogue says so
            assert channel.profile.note is not None, channel.id


def _catalogue_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns("followup"))
    path = folder / "channels.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_validate_refuses_a_limit_without_a_source(tmp_path: Path, run: Run) -> None:
    folder = _catalogue_copy(tmp_path, "      sources: [instagram_bio_bi]\n", "")
    result = run("validate", str(folder), lang="en")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND
    assert "The limit of 'instagram' has no source" in " ".join(result.output.split())
    assert re.search(r"channels\.yaml:\d+:\d+", result.output)


def test_validate_refuses_a_limit_source_without_its_publisher(tmp_path: Path, run: Run) -> None:
    folder = _catalogue_copy(tmp_path, "    publisher: Business Insider Australia\n", "")
    result = run("validate", str(folder), lang="en")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND
    assert "'instagram_bio_bi'" in result.output and "publisher" in result.output


def test_validate_refuses_a_social_platform_without_a_profile_field(
    tmp_path: Path, run: Run
) -> None:
    folder = _catalogue_copy(
        tmp_path,
        '    profile:\n      field: {sv: "Kanalbeskrivning", en: "Channel description"}\n'
        "      limit: 1000\n      sources: [youtube_channels_api]\n",
        "",
    )
    result = run("validate", str(folder), lang="sv")
    assert result.exit_code == ExitCode.PROBLEMS_FOUND
    assert "'youtube' saknar 'profile:'" in " ".join(result.output.split())


# --- within the limit, for every plan, platform and language -------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_every_text_fits_its_platform_and_says_what_it_must(plan: Path, lang: Lang) -> None:
    platforms = tuple(limited_platforms())
    profile = profile_of(plan, lang, platforms)
    assert [t.platform for t in profile.texts] == list(platforms)
    records = message("profile.about.records", lang)
    privacy = content().organisation.privacy_page
    assert privacy is not None
    for t in profile.texts:
        assert t.limit is not None
        assert 0 < counted(t.about) <= t.limit, (t.platform, t.about)
        whole = " ".join([t.about, *t.pinned])
        assert profile.unit in whole, t.platform
        assert records in whole and privacy in whole, t.platform
        if t.full:
            assert t.pinned == () and records in t.about and privacy in t.about
        else:
            assert t.about.endswith(message("profile.about.more", lang)), t.about
        for part in t.pinned:
            assert t.post_limit is None or counted(part) <= t.post_limit
        # Never cut inside a word: every word of the field's text is a whole word of the
        # pinned text or of the short sentences (a shortened name ends in "…" after a word).
        allowed = _tokens(" ".join(t.pinned) or t.about) | _tokens(
            " ".join(
                message(k, lang, unit="", municipality="", contact="", url="")
                for k in (
                    "profile.about.more",
                    "profile.about.records-short",
                    "profile.about.privacy-short",
                    "profile.about.matters-short",
                    "profile.about.who-municipality",
                )
            )
        )
        allowed |= _tokens(content().organisation.matters.phone or "")  # type: ignore[union-attr]
        assert _tokens(t.about) <= allowed, (t.platform, _tokens(t.about) - allowed)


def test_a_long_field_takes_the_whole_text() -> None:
    profile = profile_of(TEENS, "sv", ("linkedin",))
    (t,) = profile.texts
    assert t.full and t.pinned == ()
    assert t.about.startswith("Stadsbiblioteket, tonårsverksamheten är en del av Varbergs kommun.")
    assert "https://www.varberg.se/bibliotek/unga" in t.about  # the unit's own page
    assert "svarar oftast samma dag" in t.about  # when questions are answered
    assert "0340-88 000" in t.about  # where matters go


def test_the_pinned_post_is_split_within_the_post_limit_between_sentences() -> None:
    profile = profile_of(TEENS, "en", ("x",))
    (t,) = profile.texts
    assert t.post_limit == 280 and len(t.pinned) > 1
    assert all(counted(p) <= 280 for p in t.pinned)
    assert all(p.endswith((".", ".html", "unga")) for p in t.pinned), t.pinned


def test_split_post_breaks_between_words_and_only_a_giant_word_inside() -> None:
    sentence = "word " * 30 + "x" * 50
    parts = split_post([sentence.strip(), "Short one."], 40)
    assert all(counted(p) <= 40 for p in parts)
    assert " ".join(parts).split() == [*(["word"] * 30), *(["x" * 40, "x" * 10]), "Short", "one."]


def test_counting_is_strict_for_emoji_and_wide_characters() -> None:
    assert counted("Målgrupp") == 8
    assert counted("📣") == 2 and counted("日本") == 4
    assert render_profile.number(2200, "en") == "2,200"
    assert render_profile.number(2200, "sv") == "2\u00a0200"


def test_a_name_too_long_for_the_field_is_shortened_between_words(tmp_path: Path) -> None:
    name = "Förvaltningen för kultur och fritid, avdelningen för ungdomsverksamhet, fritidsgården"
    plan = with_answers(TEENS, tmp_path / "long.yaml", unit=name)
    profile = profile_of(plan, "sv", ("tiktok",))
    (t,) = profile.texts
    assert counted(t.about) <= 80
    assert "…" in t.about and name not in t.about
    shortened = t.about.split("…")[0]
    assert name.startswith(shortened) and name[len(shortened)] in " ,"  # cut at a word's end
    assert name in t.pinned[0]


def test_a_single_huge_word_as_name_never_overflows(tmp_path: Path) -> None:
    plan = with_answers(TEENS, tmp_path / "word.yaml", unit="X" * 300)
    for platform in limited_platforms():
        (t,) = profile_of(plan, "en", (platform,)).texts
        assert t.limit is not None and counted(t.about) <= t.limit
        assert all(t.post_limit is None or counted(p) <= t.post_limit for p in t.pinned)


# --- which platforms --------------------------------------------------------------------------


def test_without_a_proposal_the_fitting_channels_and_a_line_saying_so(
    tmp_path: Path, run: Run
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(without_account_record(TEENS.read_text("utf-8")), "utf-8")
    result = run("profile", str(plan), "--format", "text", lang="en")
    assert result.exit_code == 0, result.output
    assert "The plan has no proposal yet" in result.stdout
    ranked = profile_of(plan, "en")
    assert ranked.basis == "ranking" and ranked.texts
    assert all(f"{t.platform_name}: {t.field}" in result.stdout for t in ranked.texts)


def test_the_proposed_platforms_with_their_account_names(tmp_path: Path, run: Run) -> None:
    plan = with_proposal(
        TEENS,
        tmp_path / "plan.yaml",
        [
            {"platform": "youtube", "name": "@biblioteket"},
            {"platform": "other", "other_channel": "Discord"},
        ],
    )
    result = run("profile", str(plan), "--format", "json", lang="en")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["basis"] == "proposal"
    assert [p["platform"] for p in data["platforms"]] == ["youtube"]
    assert data["platforms"][0]["account_name"] == "@biblioteket"
    assert any("Discord" in n and "outside the channel catalogue" in n for n in data["notes"])


def test_no_new_account_says_so_and_platform_still_works(tmp_path: Path, run: Run) -> None:
    plan = with_proposal(TEENS, tmp_path / "none.yaml", [])
    result = run("profile", str(plan), "--format", "text", lang="en")
    assert result.exit_code == 0
    assert "The proposal is to open no new account for now" in result.stdout
    chosen = run("profile", str(plan), "--platform", "Facebook", "-f", "text", lang="en")
    assert chosen.exit_code == 0 and "Facebook: The Page's description" in chosen.stdout


def test_an_unknown_platform_is_a_usage_error_naming_the_choices(run: Run) -> None:
    for wrong in ("myspace", "municipal_website"):  # not a platform; a channel without a profile
        result = run("profile", str(TEENS), "--platform", wrong, lang="en")
        assert result.exit_code == ExitCode.USAGE
        said = " ".join(result.stderr.split())
        assert f"'{wrong}' is not a platform in the channel catalogue" in said
        assert "instagram" in said and "Traceback" not in result.output


def test_plan_file_errors_are_sentences_with_exit_3(tmp_path: Path, run: Run) -> None:
    missing = run("profile", str(tmp_path / "nope.yaml"), lang="en")
    assert missing.exit_code == ExitCode.INPUT_INVALID and "Traceback" not in missing.output
    for name in ("ansi-escapes.yaml", "duplicate-keys.yaml", "latin1.yaml"):
        result = run("profile", str(CORPUS / "yaml" / name), lang="en")
        assert result.exit_code == ExitCode.INPUT_INVALID, (name, result.output)
        assert "Traceback" not in result.output and "\x1b]0;" not in result.output


def test_help_reads_well_in_both_languages(run: Run) -> None:
    en = " ".join(run("profile", "--help", lang="en").stdout.split())
    assert "Profile text and comment rules to paste" in en
    assert "--platform" in en and "PLANFILE" in en and "<rich|text|markdown|json|html>" in en
    assert "Exit code 2 for an unknown platform" in en
    sv = " ".join(run("profile", "--help", lang="sv").stdout.split())
    assert "Profiltext och kommentarsregler att klistra in" in sv and "--platform" in sv


# --- what the texts say, from the answers and the organisation -----------------------------------


def test_comment_rules_follow_the_answers(tmp_path: Path) -> None:
    closed = with_answers(
        TEENS,
        tmp_path / "c.yaml",
        comments="closed",
        monitoring="nobody",
        comment_policy="no_policy",
    )
    rules = profile_of(closed, "en").rules
    text = rules.text()
    assert message("profile.rules.intro.closed", "en") in text
    assert message("profile.rules.watch.nobody", "en") in text
    assert message("profile.rules.saved", "en") in text  # removed posts are saved
    assert message("profile.rules.never", "en") in text  # never for being critical
    assert message("profile.rules.pictures", "en") in text  # children appear in pictures
    assert message("profile.note.no_policy", "en") in profile_of(closed, "en").notes
    opened = profile_of(TEENS, "sv").rules.text()
    assert message("profile.rules.intro.open", "sv") in opened
    assert "varje vardag" in opened


def test_without_privacy_page_and_matters_the_text_says_less_and_a_note_says_what_to_add(
    tmp_path: Path, run: Run
) -> None:
    folder = tmp_path / "questions"
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns("followup"))
    org = folder / "organisation.yaml"
    data = yaml.safe_load(org.read_text(encoding="utf-8"))
    del data["privacy_page"], data["matters"]
    org.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("profile", str(TEENS), "-q", str(folder), "-p", "linkedin", "-f", "text")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "varberg.se/kommunpolitik" not in out
    assert "only through the municipality's usual contact channels" in out
    assert "add 'privacy_page:' to the organisation profile" in out
    assert "add 'matters:'" in out


def test_the_length_and_the_limit_are_shown_and_the_source(run: Run) -> None:
    result = run("profile", str(TEENS), "-p", "linkedin", "-p", "instagram", "-f", "text")
    out = result.stdout
    linkedin = profile_of(TEENS, "en", ("linkedin",)).texts[0]
    assert f"{linkedin.length} of 2,000 characters" in out
    assert re.search(r"\d+ of 150 characters", out)
    assert (
        "Source of the limit: How to edit your Instagram bio, Business Insider Australia 2019"
        in out
    )
    sv = run("profile", str(TEENS), "-p", "linkedin", "-f", "text", lang="sv").stdout
    assert f"{linkedin.length} av 2\u00a0000 tecken" in sv or "av 2\u00a0000 tecken" in sv


def test_the_rich_output_keeps_each_text_on_one_line(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    result = run("profile", str(TEENS), "-p", "instagram", lang="en")
    assert result.exit_code == 0
    (t,) = profile_of(TEENS, "en", ("instagram",)).texts
    lines = result.stdout.split("\n")
    assert t.about in lines and t.pinned[0] in lines  # copied as one paragraph each


def test_output_file_holds_the_text_format(tmp_path: Path, run: Run) -> None:
    target = tmp_path / "profil.md"
    result = run("profile", str(TEENS), "-p", "tiktok", "-o", str(target), lang="sv")
    assert result.exit_code == 0 and result.stdout == ""
    assert "```text" in target.read_text(encoding="utf-8")


# --- hostile text -----------------------------------------------------------------------------


def hostile_texts() -> list[str]:
    texts = []
    for name in ("ansi-escapes.yaml", "bidi-override.yaml", "swedish-nfc-nfd.yaml"):
        data = yaml.safe_load((CORPUS / "yaml" / name).read_text(encoding="utf-8"))
        texts += [str(v) for v in data.values()]
    return texts


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_stays_inert_in_every_format(tmp_path: Path, run: Run, fmt: str) -> None:
    texts = hostile_texts()
    evil = " ".join(texts) + " ``` </p><script>alert(1)</script> ```` [x](javascript:alert(1))"
    plan = with_proposal(
        with_answers(TEENS, tmp_path / "base.yaml", unit=evil[:300], permanent_page=evil[:300]),
        tmp_path / "hostile.yaml",
        [{"platform": "instagram", "name": texts[0][:120]}, {"platform": "x"}],
    )
    result = run("profile", str(plan), "--format", fmt, lang="en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert not has_unsafe(out.replace("\n", "").replace("\t", "")), fmt
    assert "\x1b" not in out and "\u202e" not in out
    if fmt == "html":
        assert "<script>" not in out and "&lt;script&gt;" in out
    if fmt == "json":
        data = json.loads(out)
        for p in data["platforms"]:
            assert counted(p["about"]) <= p["limit"]
    if fmt == "markdown":
        # Every text is inside a fence longer than any backtick run in it, so none breaks out.
        blocks = re.findall(r"^(`{3,})text\n(.*?)\n\1$", out, re.MULTILINE | re.DOTALL)
        assert len(blocks) >= 3 and any("```" in body for _, body in blocks)
        for fence, body in blocks:
            assert all(len(run_) < len(fence) for run_ in re.findall(r"`+", body))
    if fmt == "rich":
        assert "[bold red]markup[/]" in out  # shown literally, not applied


# --- the document, and the sections a report can include ------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_html_document_is_self_contained_and_accessible(run: Run, lang: Lang) -> None:
    from .html_checks import check_document, visible_text

    result = run("profile", str(TEENS), "--format", "html", lang=lang)
    assert result.exit_code == 0
    check_document(result.stdout, lang)
    (t,) = profile_of(TEENS, lang, ("tiktok",)).texts
    assert t.about in visible_text(result.stdout)


def test_the_sections_for_a_report_in_each_format() -> None:
    profile = profile_of(TEENS, "en", ("instagram",))
    fragment = str(render_profile.html_section(profile, "en", level=2))
    assert fragment.startswith('<section class="profile"') and "<h2 " in fragment
    assert "<h3 " in fragment and "<html" not in fragment
    lines = render_profile.markdown_section(profile, "en", level=2)
    assert lines[0] == "## Profile text and comment rules"
    assert any(line.startswith("### Instagram: Bio") for line in lines)
    data = render_profile.json_data(profile, "en")
    assert data["platforms"][0]["limit"] == 150 and data["comment_rules"]["removed"]
    from rich.console import Console

    console = Console(width=80, record=True, color_system=None)
    console.print(render_profile.renderable(profile, "en"))
    assert "Comment rules" in console.export_text()


def test_txt_names_the_text_format(run: Run) -> None:
    result = run("profile", str(TEENS), "-p", "tiktok", "--format", "txt", lang="en")
    assert result.exit_code == 0
    assert result.stdout.startswith("Profile text and comment rules\n")


def test_the_whole_text_says_whom_the_account_is_for_and_what_to_expect() -> None:
    (t,) = profile_of(EXAMPLES / "school_parents.yaml", "sv", ("linkedin",)).texts
    assert "Kontot är till för föräldrar och vårdnadshavare." in t.about
    assert (
        "Här får du praktisk information, nyheter från verksamheten och besked vid störningar."
        in (t.about)
    )
    (en,) = profile_of(PERSONAS / "business_office_en.yaml", "en", ("linkedin",)).texts
    assert "The account is for businesses, associations and organisations." in en.about
    # A thing with an "och" of its own comes first, so the list still ends "… och …".
    (teens,) = profile_of(EXAMPLES / "library_teens.yaml", "sv", ("instagram",)).texts
    assert (
        "Här får du tips och en inblick i vardagen, nyheter från verksamheten och evenemang."
        in " ".join(teens.pinned)
    )
