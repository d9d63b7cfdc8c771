"""The message catalogue: every key used exists, in both languages, with the same placeholders;
no key is unused or defined twice; numbers pick the right word form."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from somplan.text import messages
from somplan.text.i18n import MissingMessage, message
from somplan.text.messages import MESSAGES

SRC = Path(__file__).resolve().parents[1] / "src" / "somplan"
KEY = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$")


def literals_and_patterns() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every string constant in the source, and every f-string that builds a key, as a pattern
    (``f"level.{level}.summary"`` becomes ``level\\.[a-z0-9_-]+\\.summary``)."""
    constants: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for path in SRC.rglob("*.py"):
        if "messages" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_fstrings = {
            id(part)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        for node in ast.walk(tree):
            if id(node) in inside_fstrings:
                continue
            if isinstance(node, ast.JoinedStr):
                parts = [
                    re.escape(str(v.value)) if isinstance(v, ast.Constant) else "[a-z0-9_-]+"
                    for v in node.values
                ]
                fixed = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
                if "." in fixed and re.match(r"^[a-z][a-z0-9._-]*$", fixed):
                    patterns.append(re.compile("".join(parts) + "$"))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
    for template in SRC.rglob("*.j2"):
        text = template.read_text(encoding="utf-8")
        # m("key", ...) names a key; m("start." ~ x ~ ".end") builds one, like an f-string.
        for call in re.findall(r"\bm\(((?:\"[^\"]*\"|'[^']*'|[^,)\"'])+)", text):
            pieces = [p.strip() for p in call.split("~")]
            parts = [re.escape(p[1:-1]) if p[:1] in "\"'" else "[a-z0-9_-]+" for p in pieces]
            if len(parts) == 1 and pieces[0][:1] in "\"'":
                constants.add(pieces[0][1:-1])
            else:
                patterns.append(re.compile("".join(parts) + "$"))
    return constants, patterns


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    sv, en = MESSAGES[key]
    assert sv.strip() and en.strip(), key
    assert fields(sv) == fields(en), key


def test_no_key_is_defined_in_two_modules() -> None:
    seen: dict[str, str] = {}
    for module in messages.MODULES:
        for key in module.MESSAGES:
            assert key not in seen, f"{key} is in {seen.get(key)} and {module.__name__}"
            seen[key] = module.__name__


def test_every_module_of_the_catalogue_is_listed() -> None:
    """A new area module that is not named in ``MODULES`` would silently be left out."""
    folder = Path(messages.__file__).parent
    files = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    assert files == {m.__name__.rsplit(".", 1)[1] for m in messages.MODULES}


def test_module_names_say_what_they_hold() -> None:
    """No area module is named after the round it was written in (``plan2``, ``followup2``)."""
    assert [m.__name__ for m in messages.MODULES if m.__name__[-1].isdigit()] == []


def test_every_key_written_in_the_code_exists() -> None:
    constants, _ = literals_and_patterns()
    namespaces = {key.split(".")[0] for key in MESSAGES}
    missing = sorted(
        c for c in constants if KEY.match(c) and c.split(".")[0] in namespaces and c not in MESSAGES
    )
    # File names and dotted module paths look like keys too; only catalogue namespaces count.
    missing = [
        m for m in missing if not re.search(r"\.(ya?ml|json|md|py|j2|html|css|svg|pdf|log|txt)$", m)
    ]
    assert missing == []


def test_no_key_is_unused() -> None:
    """A key is used when the code names it, or builds it in an f-string (``f"problem.{code}"``)."""
    constants, patterns = literals_and_patterns()
    unused = [
        key for key in MESSAGES if key not in constants and not any(p.match(key) for p in patterns)
    ]
    assert unused == []


def test_a_missing_key_raises_in_tests_and_shows_the_key_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(MissingMessage):
        message("no.such-key", "sv")
    monkeypatch.delenv("SOMPLAN_STRICT_MESSAGES")
    assert message("no.such-key", "en") == "no.such-key"


@pytest.mark.parametrize(
    ("count", "sv", "en"),
    [(1, "Sammanställning av 1 plan", "Summary of 1 plan"), (3, "av 3 planer", "of 3 plans")],
)
def test_numbers_pick_their_word_form(count: int, sv: str, en: str) -> None:
    assert sv in message("summary.title", "sv", count=count)
    assert en in message("summary.title", "en", count=count)
