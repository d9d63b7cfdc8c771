"""Nothing somplan ships may put words in the municipality's guidance's mouth (issue 22).

The guidance is one page, Varbergs kommun "Vad är ditt syfte och mål?"
(../shared/knowledge/varberg-guidance.txt). Every sentence in the shipped content, the messages and
the documentation that claims the guidance ("riktlinjen", "kommunens vägledning", "the guidance",
…) must name a point the page has, and none may claim for it what the page does not say (follow-up
intervals, closing accounts). A sentence that says what the guidance does *not* say (a disclaimer)
is allowed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from .common import ROOT

GUIDANCE_FILE = ROOT.parent / "shared" / "knowledge" / "varberg-guidance.txt"

#: The page's points, each with word stems that name it (Swedish as on the page, then English).
#: The Swedish stems are checked against the page itself when it is at hand.
POINTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "not because everyone does": (("alla andra", "man borde"), ("everyone", "ought")),
    "purpose and goals": (("syfte", "mål"), ("purpose", "goal")),
    "reach the audience": (("målgrupp",), ("audience",)),
    "knowledge, time, resources": (
        ("kunskap", "tid", "resurser"),
        ("knowledge", "time", "capacity"),
    ),
    "be active, dialogue": (("aktiv", "dialog"), ("active", "dialogue")),
    "monitor continuously": (("bevakning", "kontinuerligt"), ("watch", "monitor")),
    "answer quickly": (("besvaras", "snabbt"), ("answer", "repl", "quick")),
    "new users need time": (("ovan", "extra tid"), ("new to", "learn")),
    "complementary channels": (("kanal", "komplettera"), ("channel", "complement")),
    "little room, brief focus": (("utrymme", "kort"), ("room for text", "brief")),
    "permanent pages": (("permanent", "varberg.se"), ("permanent",)),
    "important information": (("viktig information",), ("important information",)),
    "citizens' needs": (("medborgarnas behov",), ("citizens", "needs")),
    "try new things": (("testa nytt",), ("try",)),
    "list of channels": (("lista",), ("list",)),
    "communicator": (
        ("kommunikatör", "kommunikationsenhet"),
        ("communicator", "communications unit"),
    ),
    "existing accounts": (("befintliga konton",), ("existing account",)),
}

#: What the page does not say, and so may not be claimed for it.
NOT_ON_THE_PAGE = re.compile(
    r"\b(avsluta|uppfölj|följ(a|er)? upp|efter några månader|månad|"
    r"close (it|the account|an account|accounts)|closing (the|an) account|follow[- ]?up|month)",
    re.IGNORECASE,
)

#: A sentence that attributes something to the municipality's guidance. E-delegationen's
#: "riktlinjer" and the municipality's other rules (for AI, information security) are not it.
CLAIM = re.compile(
    r"(?<![-/])(?<!E-delegationens )\briktlinje(n|r|rna)?\b(?! för (AI|informationssäkerhet|myndighet))|"
    r"kommunens vägledning|\bvägledningen\b|Vad är ditt syfte och mål|"
    r"\bthe guidance\b|municipality's (own )?guidance|\bguidance'?s?\b (says|point|page)",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"\b(säger|står) (inget|inte)|\binget om\b|inte en punkt|says nothing|does not say|"
    r"nothing about|not a point",
    re.IGNORECASE,
)

SHIPPED = [
    *sorted((ROOT / "questions").rglob("*.yaml")),
    *sorted((ROOT / "src" / "somplan" / "text" / "messages").glob("*.py")),
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "README.md",
]


def _split(text: str) -> list[str]:
    text = " ".join(text.split())
    return [s for s in re.split(r"(?<=[.!?])\s+|\s\|\s", text) if s.strip()]


def _comments(source: str) -> list[str]:
    """Comment blocks (runs of comment lines, and comments after code), each as one text."""
    blocks: list[str] = []
    run: list[str] = []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            run.append(stripped.lstrip("#"))
            continue
        if run:
            blocks.append(" ".join(run))
            run = []
        if " # " in line:
            blocks.append(line.split(" # ", 1)[1])
    if run:
        blocks.append(" ".join(run))
    return blocks


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _sentences(path: Path) -> list[str]:
    """What a reader (or an author) reads in the file, as sentences: YAML values and comments,
    the string literals of a messages module, the paragraphs and table cells of a page."""
    source = path.read_text(encoding="utf-8")
    if path.suffix == ".yaml":
        texts = _strings(yaml.safe_load(source)) + _comments(source)
    elif path.suffix == ".py":
        tree = ast.parse(source)
        texts = [
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]
        texts += _comments(source)
    else:
        texts = re.split(r"\n\s*\n", source)
    return [sentence for text in texts for sentence in _split(text)]


def _names_a_point(sentence: str) -> bool:
    low = sentence.lower()
    return any(stem in low for sv, en in POINTS.values() for stem in (*sv, *en))


def claims() -> list[tuple[str, str]]:
    found = []
    for path in SHIPPED:
        for sentence in _sentences(path):
            if CLAIM.search(sentence):
                found.append((str(path.relative_to(ROOT)), sentence))
    return found


def test_the_scan_finds_the_claims_it_is_meant_to_check() -> None:
    found = claims()
    assert len(found) >= 5
    assert any("replies_too_slow" in s or "besvaras snabbt" in s for _, s in found)


@pytest.mark.parametrize(("where", "sentence"), claims(), ids=lambda v: v[:40])
def test_every_claim_about_the_guidance_names_a_point_it_has(where: str, sentence: str) -> None:
    if DISCLAIMER.search(sentence):
        return  # says what the guidance does not say
    assert _names_a_point(sentence), f"{where}: names no point of the guidance: {sentence!r}"
    wrong = NOT_ON_THE_PAGE.search(sentence)
    assert wrong is None, (
        f"{where}: the guidance says nothing about {wrong.group(0)!r}: {sentence!r}"
    )


def test_the_points_are_on_the_page() -> None:
    if not GUIDANCE_FILE.exists():
        pytest.skip("the guidance page is kept outside the repository (../shared/knowledge)")
    page = GUIDANCE_FILE.read_text(encoding="utf-8").lower()
    for point, (sv, _en) in POINTS.items():
        assert any(stem in page for stem in sv), f"{point}: none of {sv} is on the page"


def test_the_old_misattribution_is_caught() -> None:
    old = "Riktlinjen säger: når kontot inte sitt mål, avsluta det."
    assert CLAIM.search(old) and not DISCLAIMER.search(old)
    assert NOT_ON_THE_PAGE.search(old)
