"""`somplan register`: one row per proposed or existing account, derived from the plan files and
their follow-ups; the public list without a person or a role; every format, hostile text inert."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.text.safetext import has_unsafe
from tests.common import (
    ACCOUNT_BLOCKS,
    CORPUS,
    ROOT,
    Run,
    followup_beside,
    without_account_record,
)

EXAMPLES = ROOT / "examples" / "answers"
FOLLOWUPS = ROOT / "examples" / "followup"
PERSONAS = ROOT / "tests" / "personas"
FORMATS = ("rich", "markdown", "json", "csv", "html")


def account(platform: str, n: str = "", **extra: Any) -> dict[str, Any]:
    """A proposed account with a responsible and a substitute, both named."""
    return {
        "platform": platform,
        "responsible": {"role": f"Ansvarsroll{n}", "name": f"Anna Ansvarsson{n}"},
        "substitute": {"role": f"Ersättarroll{n}", "name": f"Bo Ersättarsson{n}"},
        **extra,
    }


def with_proposal(source: Path, target: Path, accounts: list[dict[str, Any]], **top: Any) -> Path:
    """``source`` copied to ``target`` with a proposal of ``accounts`` (answers format 2)."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["format"] = 2
    for block in ACCOUNT_BLOCKS:  # the example's own proposal and decision
        data.pop(block, None)
    data["proposal"] = {"accounts": accounts, **top}
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def decide(run: Run, path: Path, *args: str) -> None:
    result = run(
        "decide", str(path), "--by-role", "Beslutsroll", "--by-name", "Dora Beslutsdotter",
        "--date", "2027-01-15", "--allow-incomplete", *args,
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def opened(run: Run, path: Path, url: str) -> None:
    result = run("decide", str(path), "--opened", url, "--date", "2027-02-01")
    assert result.exit_code == 0, result.output


@pytest.fixture
def folder(tmp_path: Path, run: Run) -> Path:
    """Four plans: two accounts proposed, approved, one of them opened (library); declined
    (school); no proposal (culture house); opened and closed (crisis)."""
    plans = tmp_path / "plans"
    plans.mkdir()
    library = with_proposal(
        EXAMPLES / "library_teens.yaml",
        plans / "library.yaml",
        [account("instagram", "1", name="@biblioteket_ung"), account("tiktok", "2")],
    )
    decide(run, library, "--outcome", "approved", "--reference", "KN 2027/4")
    opened(run, library, "https://www.instagram.com/biblioteket_ung")
    school = with_proposal(
        EXAMPLES / "school_parents.yaml", plans / "school.yaml", [account("facebook", "3")]
    )
    decide(run, school, "--outcome", "declined", "--reference", "BUN 2027/9")
    culture = (EXAMPLES / "culture_house_events.yaml").read_text(encoding="utf-8")
    (plans / "culture.yaml").write_text(without_account_record(culture), encoding="utf-8")
    crisis = with_proposal(
        EXAMPLES / "crisis_information.yaml",
        plans / "crisis.yaml",
        [account("facebook", "4", name="Krisinfo Kommunen")],
    )
    decide(run, crisis, "--outcome", "approved")
    opened(run, crisis, "https://www.facebook.com/krisinfo.kommunen")
    result = run("decide", str(crisis), "--closed", "2027-06-30")
    assert result.exit_code == 0, result.output
    return plans


def register_json(run: Run, *args: str) -> list[dict[str, Any]]:
    result = run("register", *args, "--format", "json", "--today", "2027-03-01")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["accounts"]
    assert isinstance(rows, list)
    return rows


def test_one_row_per_proposed_account_with_its_state(folder: Path, run: Run) -> None:
    rows = register_json(run, str(folder))
    by = {(Path(r["file"]).stem, r["platform"]): r for r in rows}
    assert sorted(by) == [
        ("crisis", "facebook"),
        ("culture", ""),
        ("library", "instagram"),
        ("library", "tiktok"),
        ("school", "facebook"),
    ]
    instagram = by["library", "instagram"]
    assert instagram["state"] == "opened"
    assert instagram["url"] == "https://www.instagram.com/biblioteket_ung"
    assert instagram["account_name"] == "@biblioteket_ung"
    assert instagram["responsible_role"] == "Ansvarsroll1"
    assert instagram["substitute_role"] == "Ersättarroll1"
    assert instagram["decision_date"] == "2027-01-15"
    assert instagram["reference"] == "KN 2027/4"
    assert instagram["earlier_version"] is False
    # The plan's one address belongs to the Instagram row; TikTok is decided, not yet opened.
    assert by["library", "tiktok"]["state"] == "decided"
    assert by["library", "tiktok"]["url"] is None
    assert by["school", "facebook"]["state"] == "decided"
    assert by["school", "facebook"]["outcome"] == "declined"
    assert by["school", "facebook"]["followup_status"] is None  # declined: nothing to follow
    assert by["culture", ""]["state"] == "draft"
    assert by["crisis", "facebook"]["state"] == "closed"
    assert by["crisis", "facebook"]["followup_status"] is None  # closed: nothing to follow


def test_no_personal_name_ever_in_the_register(folder: Path, run: Run) -> None:
    for fmt in FORMATS:
        out = run("register", str(folder), "--format", fmt, "--today", "2027-03-01").stdout
        assert "Ansvarsroll1" in out or fmt == "rich", fmt  # roles are shown (rich may drop them)
        assert "Ansvarsson" not in out and "Ersättarsson" not in out, fmt
        assert "Beslutsdotter" not in out, fmt


def test_state_filter_and_earlier_version_flag(folder: Path, run: Run) -> None:
    library = folder / "library.yaml"
    text = library.read_text(encoding="utf-8")
    library.write_text(text.replace("@biblioteket_ung", "@biblioteket_unga", 1), encoding="utf-8")
    rows = register_json(run, str(folder), "--state", "decided", "--state", "closed")
    assert sorted(r["state"] for r in rows) == ["closed", "decided", "decided"]
    tiktok = next(r for r in rows if r["platform"] == "tiktok")
    assert tiktok["earlier_version"] is True  # the proposal changed after the decision
    markdown = run("register", str(folder), "--format", "markdown", "--lang", "sv").stdout
    assert "Godkänt (äldre svar)" in markdown


def test_public_list_has_only_open_accounts_and_no_people(folder: Path, run: Run) -> None:
    result = run("register", str(folder), "--public", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == {
        "accounts": [
            {
                "platform": "Instagram",
                "account_name": "@biblioteket_ung",
                "url": "https://www.instagram.com/biblioteket_ung",
                "unit": "Stadsbiblioteket, tonårsverksamheten",
            }
        ]
    }
    html = run("register", str(folder), "--public", "--format", "html").stdout
    assert '<a href="https://www.instagram.com/biblioteket_ung"' in html
    assert "krisinfo" not in html  # closed
    assert "TikTok" not in html  # decided, not opened


def named_plans(tmp_path: Path, run: Run) -> tuple[Path, list[str], list[str]]:
    """Every example and persona as an opened account whose responsible and substitute have a
    name and a role of their own: the folder, those names and roles, and the addresses."""
    folder = tmp_path / "all"
    folder.mkdir()
    secrets: list[str] = []
    urls: list[str] = []
    sources = sorted(EXAMPLES.glob("*.yaml")) + sorted(PERSONAS.glob("*.yaml"))
    sources = [s for s in sources if "kind: answers" in s.read_text(encoding="utf-8")]
    for n, source in enumerate(sources):
        tag = f"{n:02d}"
        plan = with_proposal(
            source, folder / f"{source.parent.name}-{source.name}", [account("instagram", tag)]
        )
        decide(run, plan, "--outcome", "approved")
        url = f"https://www.instagram.com/konto{tag}"
        opened(run, plan, url)
        secrets += [f"Ansvarsroll{tag}", f"Anna Ansvarsson{tag}"]
        secrets += [f"Ersättarroll{tag}", f"Bo Ersättarsson{tag}"]
        urls.append(url)
    return folder, secrets, urls


def test_public_list_never_shows_a_name_or_a_role_from_any_plan(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    folder, secrets, urls = named_plans(tmp_path, run)
    assert len(urls) >= 20
    full = run("register", str(folder), "--format", "csv").stdout
    assert all(s in full for s in secrets if "roll" in s)  # the roles are in the plans …
    for fmt in FORMATS:
        result = run("register", str(folder), "--public", "--format", fmt)
        assert result.exit_code == 0, result.output
        out = result.stdout
        assert all(url in out for url in urls), fmt  # … every account is listed …
        for secret in [*secrets, "Beslutsroll", "Dora Beslutsdotter", "KN 2027"]:
            assert secret not in out, (fmt, secret)  # … and no name or role with it
        for word in ("Ansvarig", "Ersättare", "Responsible", "Substitute", "sha256"):
            assert word not in out, (fmt, word)


def hostile_texts() -> list[str]:
    texts = []
    for name in ("ansi-escapes.yaml", "bidi-override.yaml"):
        data = yaml.safe_load((CORPUS / "yaml" / name).read_text(encoding="utf-8"))
        texts += [str(v) for v in data.values()]
    return texts


def test_hostile_text_stays_inert_in_every_format(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # every column shown
    texts = hostile_texts()
    assert any("\x1b" in t for t in texts) and any("\u202e" in t for t in texts)
    plan = with_proposal(
        EXAMPLES / "library_teens.yaml",
        tmp_path / "hostile.yaml",
        [
            {
                "platform": "instagram",
                "name": texts[0][:120],
                "responsible": {"role": texts[1][:120]},
                "substitute": {"role": texts[2][:120]},
            },
            {"platform": "other", "other_channel": '=HYPERLINK("http://x")', "name": texts[2]},
        ],
    )
    decide(run, plan, "--outcome", "approved", "--reference", texts[0])
    opened(run, plan, "https://www.instagram.com/x")
    for public in ((), ("--public",)):
        for fmt in FORMATS:
            result = run("register", str(tmp_path), *public, "--format", fmt)
            assert result.exit_code == 0, result.output
            out = result.stdout
            assert not has_unsafe(out), (public, fmt)
            assert "<script" not in out and '<a href="file:' not in out, (public, fmt)
            if fmt == "rich" and not public:
                assert "[link=file:///etc/passwd]" in out  # shown as typed, not as markup
            if fmt == "json":
                names = [a.get("account_name") for a in json.loads(out)["accounts"]]
                assert texts[0][:120] in names  # kept exactly, escaped only in the text
    rows = list(csv.reader(io.StringIO(run("register", str(tmp_path), "--format", "csv").stdout)))
    cells = [c for row in rows for c in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert not any(c[:1] in ("=", "+", "-", "@") for c in cells)


def test_rich_fits_80_columns_without_breaking_a_word(
    folder: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = run("register", str(folder), "--lang", "sv", "--today", "2027-03-01").stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    for word in ("Stadsbiblioteket,", "@biblioteket_ung", "Instagram", "Avslaget", "Utkast"):
        assert re.search(rf"(^|\s){re.escape(word)}(\s|$)", out, re.M), word
    assert "Utelämnat för att få plats" in out  # the file and address columns are left out
    monkeypatch.setenv("COLUMNS", "220")
    wide = run("register", str(folder), "--lang", "sv", "--today", "2027-03-01").stdout
    assert "Utelämnat" not in wide and "library.yaml" in wide
    assert "https://www.instagram.com/" in wide  # the address, broken only after "/"
    assert re.search(r"\sbiblioteket_ung(\s|$)", wide, re.M)


def test_html_counts_accounts_per_state_and_platform(folder: Path, run: Run) -> None:
    html = run("register", str(folder), "--format", "html", "--lang", "en").stdout
    assert "Accounts per state" in html and "Accounts per platform" in html
    counts = html[html.index('id="counts"') :]
    facebook = re.search(r"<span>Facebook</span>.*?score-text\">(\d+)<", counts)
    decided = re.search(r"<span>Decided</span>.*?score-text\">(\d+)<", counts)
    assert facebook is not None and facebook.group(1) == "2"
    assert decided is not None and decided.group(1) == "2"
    assert "Content-Security-Policy" in html


def test_followed_up_account_and_due(folder: Path, run: Run) -> None:
    # A follow-up of the library plan, naming it by path.
    text = (FOLLOWUPS / "thriving.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  path: .*$", "  path: library.yaml", text, count=1)
    (folder / "library.followup.yaml").write_text(text, encoding="utf-8")
    rows = register_json(run, str(folder))
    instagram = next(r for r in rows if r["platform"] == "instagram")
    assert instagram["state"] == "followed_up"
    assert instagram["last_outcome"] is not None
    assert instagram["followup_due"] is not None
    due = register_json(run, str(folder), "--due")
    assert all(r["followup_status"] in ("due", "overdue") for r in due)


def test_first_followup_of_the_proposal_sets_the_due_date(tmp_path: Path, run: Run) -> None:
    plan = with_proposal(
        EXAMPLES / "library_teens.yaml",
        tmp_path / "p.yaml",
        [account("instagram")],
        first_followup="2027-02-10",
    )
    decide(run, plan, "--outcome", "approved")
    opened(run, plan, "https://www.instagram.com/x")
    (row,) = register_json(run, str(tmp_path), "--due")
    assert row["followup_due"] == "2027-02-10" and row["followup_status"] == "overdue"
    assert row["followup_days"] == -19


def test_unreadable_file_is_named_and_the_others_listed(folder: Path, run: Run) -> None:
    (folder / "broken.yaml").write_text("kind: answers\nformat: [\n", encoding="utf-8")
    result = run("register", str(folder), "--format", "json")
    assert result.exit_code == 1
    assert "broken.yaml" in result.stderr and "Traceback" not in result.output
    assert len(json.loads(result.stdout)["accounts"]) == 5


def test_no_path_lists_the_data_folder(
    folder: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(folder))
    rows = register_json(run)
    assert len(rows) == 5


def test_output_file_takes_its_format_from_the_ending(folder: Path, run: Run) -> None:
    target = folder.parent / "konton.csv"
    result = run("register", str(folder), "--public", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").splitlines()[0] == "platform,account_name,url,unit"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_html_documents_are_self_contained_and_accessible(
    folder: Path, run: Run, lang: str
) -> None:
    from tests.html_checks import check_document

    for public in ((), ("--public",)):
        page = run("register", str(folder), *public, "--format", "html", lang=lang).stdout
        outline = check_document(page, lang)
        assert outline.count("table") == 1, public


def test_worker_processes_give_the_same_register(
    folder: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somplan.assessment import summary_all

    text = (FOLLOWUPS / "thriving.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  path: .*$", "  path: library.yaml", text, count=1)
    (folder / "library.followup.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("SOMPLAN_NO_PARALLEL", "1")
    alone = register_json(run, str(folder))
    monkeypatch.delenv("SOMPLAN_NO_PARALLEL")
    monkeypatch.setattr(summary_all, "PARALLEL_FROM", 2)
    assert summary_all._workers(5) >= 2 or len(os.sched_getaffinity(0)) < 2
    assert register_json(run, str(folder)) == alone
    assert any(r["state"] == "followed_up" for r in alone)


def test_workers_remake_the_plans_followed_up_and_keep_the_order_and_the_errors(
    folder: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plans read in worker processes; the plans that follow-ups follow (one named by its path,
    one by its digest only) made again in workers too; a file that cannot be read: the same
    CSV, the same lines on stderr and the same exit code as in one process."""

    from somplan.assessment import summary_all

    followup_beside(folder, "thriving.yaml", "library.followup.yaml", "library.yaml")
    culture = folder / "culture.yaml"
    followup_beside(folder, "quiet.yaml", "culture.followup.yaml", "moved/away.yaml", culture)
    (folder / "broken.yaml").write_text("kind: answers\nflow: [\n", encoding="utf-8")

    def register() -> tuple[int, str, str]:
        result = run("register", str(folder), "--format", "csv", "--today", "2027-03-01")
        return result.exit_code, result.stdout, result.stderr

    monkeypatch.setenv("SOMPLAN_NO_PARALLEL", "1")
    alone = register()
    monkeypatch.delenv("SOMPLAN_NO_PARALLEL")
    monkeypatch.setattr(summary_all, "PARALLEL_FROM", 2)
    workers: list[int] = []
    count_workers = summary_all._workers

    def recording(n: int) -> int:
        workers.append(count_workers(n))
        return workers[-1]

    monkeypatch.setattr(summary_all, "_workers", recording)
    assert register() == alone
    # Both steps (reading, and the two plans followed up) had workers, where there are CPUs.
    assert len(workers) == 2 and all((n > 0) == (len(os.sched_getaffinity(0)) > 1) for n in workers)
    code, out, err = alone
    assert code == 1 and "broken.yaml" in err
    rows = list(csv.DictReader(io.StringIO(out)))
    followed = {Path(r["file"]).name for r in rows if r["last_followup"]}
    assert followed == {"library.yaml", "culture.yaml"}


def test_an_output_file_that_cannot_be_written_is_exit_4(folder: Path, run: Run) -> None:
    target = folder / "no-such-folder" / "konton.csv"
    result = run("register", str(folder), "--public", "-o", str(target))
    assert result.exit_code == 4
    assert "konton.csv" in result.stderr and "Traceback" not in result.output
