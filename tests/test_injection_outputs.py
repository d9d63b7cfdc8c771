"""Hostile text from every kind of YAML file, through every output of `report`, `summary` and `diff`.

Each source file in turn — the flow (questions, choice labels, section titles), the catalogue
(channel names, descriptions), the rules (reasons, blockers, checklist, dimension names), the
organisation profile (names, contact, accounts) and the answers files (unit, free-text answers) —
has every text extended with rich markup, ANSI CSI/OSC sequences (clear screen, window title, an
OSC 8 hyperlink), other C0/C1 controls and bidi overrides, HTML and a Markdown link. Run through the
CLI in-process, every output must show that text inert:

* rich (terminal): no raw ESC/BEL/C1/bidi besides rich's own colour codes, no OSC 8 link, the
  markup shown literally, the controls as visible ``\\x1b``-style escapes;
* Markdown: no raw control or bidi character, no raw HTML tag and no Markdown link (the text is
  escaped as :func:`somplan.render_markdown.md` does, e.g. ``\\<script\\>`` and ``\\[x\\](…``), and
  no line break that starts a heading or list item;
* JSON: valid, with no raw control or bidi character in the text (escaped JSON is fine);
* CSV: no raw control or bidi character in any cell.

What tests/test_render.py (a hostile channel *name* and unit, rendered in-process) and
tests/test_fuzzing_outputs.py (hostile *answers*, in-process) already cover is not the focus here:
this file adds the flow, rules and organisation files, catalogue text in `summary` and `diff`, the
Markdown summary, URL fields, file names, and the whole path through the command line.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.exitcodes import ExitCode
from somplan.text.safetext import has_unsafe

from .common import ROOT, SHIPPED, Run

EXAMPLES = ROOT / "examples" / "answers"
OLD = EXAMPLES / "library_teens.yaml"  # ready; has free-text answers
NEW = EXAMPLES / "youth_centre_everyone_does.yaml"  # not ready: blockers; most answers differ

SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own colours and styles
RAW_HTML = re.compile(r"(?<!\\)<(?!https?://[^\s<>]*>)[A-Za-z/!?]")  # a tag, not an autolink
MD_LINK = re.compile(r"(?<!\\)\]\(")  # [text](target) with the bracket unescaped
INJECTED_BLOCK = re.compile(r"^\s*(#+ Injected|[-*+] injected)", re.MULTILINE)


def payload(tag: str) -> str:
    """The hostile text, marked with ``tag`` so each output shows where it came from."""
    return (
        f" [bold]B-{tag}[/bold] [link=https://evil.example]click-{tag}[/link]"
        f" \x1b[2J\x1b[H\x1b]0;pwned-{tag}\x07 \x1b]8;;https://evil.example\x1b\\x\x1b]8;;\x1b\\"
        " \x9b31m \x85 \x7f \x00 \x08 \r \x0b \x0c \x1b[6n"
        " \u202eRTL \u2066ISO\u2069 \u200f \u061c"
        " <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
    )


# Where somplan shows text from each source (elsewhere the output must still be inert).
SHOWN: dict[str, set[str]] = {
    "flow": {"diff-rich", "diff-markdown"},
    "catalogue": {
        "report-rich",
        "report-markdown",
        "report-json",
        "summary-rich",
        "summary-markdown",
        "summary-csv",
        "summary-json",
        "diff-rich",
        "diff-markdown",
    },
    "rules": {
        "report-rich",
        "report-markdown",
        "report-json",
        "summary-csv",
        "summary-json",
        "diff-rich",
        "diff-markdown",
    },
    "organisation": {"report-rich", "report-markdown", "report-json"},
    "answers": {
        "report-rich",
        "report-markdown",
        "report-json",
        "summary-rich",
        "summary-markdown",
        "summary-csv",
        "summary-json",
        "diff-rich",
        "diff-markdown",
        "diff-json",
    },
}
SOURCES = list(SHOWN)
OUTPUTS = [
    "report-rich",
    "report-markdown",
    "report-json",
    "summary-rich",
    "summary-markdown",
    "summary-csv",
    "summary-json",
    "diff-rich",
    "diff-markdown",
    "diff-json",
]
FILES = {"flow": "flow.yaml", "catalogue": "channels.yaml", "rules": "scoring.yaml"}


# --- making hostile content -----------------------------------------------------------------------


def _poison_texts(node: Any, evil: str) -> Any:
    """Every localized text ({sv, en}) and every source title extended with ``evil``."""
    if isinstance(node, dict):
        if node and set(node) <= {"sv", "en"} and all(isinstance(v, str) for v in node.values()):
            return {k: v + evil for k, v in node.items()}
        out = {k: _poison_texts(v, evil) for k, v in node.items()}
        if isinstance(out.get("title"), str) and "kind" not in out:
            out["title"] += evil  # a source's title (not an id, kind or URL)
        return out
    if isinstance(node, list):
        return [_poison_texts(v, evil) for v in node]
    return node


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> None:
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100_000), encoding="utf-8"
    )


def _account(name: str, owner: str, url: str) -> dict[str, Any]:
    return {
        "platform": "instagram",
        "name": name,
        "owner": {"sv": owner, "en": owner},
        "url": url,
        "source": {"title": "Testkälla"},
    }


def hostile_questions(folder: Path, source: str) -> Path:
    """A copy of the shipped questions/ with the texts of ``source`` made hostile."""
    shutil.copytree(SHIPPED, folder)
    evil = payload(source)
    if source in FILES:
        path = folder / FILES[source]
        _dump(path, _poison_texts(_load(path), evil))
    elif source == "organisation":
        path = folder / "organisation.yaml"
        data = _poison_texts(_load(path), evil)
        data["communications"]["email"] = "kommunikation@example.org" + evil
        data["communications"]["phone"] = "0340-00 00 00" + evil
        data["accounts"] = [_account("Konto" + evil, "Ägare" + evil, "https://example.org/a")]
        _dump(path, data)
    return folder


def hostile_answers(folder: Path, source: str) -> tuple[Path, Path]:
    """Copies of the two example answers files; for "answers", with hostile unit and free text."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for example in (OLD, NEW):
        data = _load(example)
        if source == "answers":
            evil = payload(source)
            data["unit"] = "Enhet" + evil + "\n# Injected heading\n- injected item"
            for qid in ("success_description", "permanent_page"):  # at most 500 and 300 long
                if qid in data["answers"]:
                    data["answers"][qid] = f"x{evil}\n# Injected heading"
        path = folder / example.name
        _dump(path, data)
        paths.append(path)
    return paths[0], paths[1]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, Path]]:
    """source -> (questions folder, old answers file, new answers file)."""
    made = {}
    for source in SOURCES:
        base = tmp_path_factory.mktemp(f"hostile-{source}")
        questions = hostile_questions(base / "questions", source)
        old, new = hostile_answers(base / "answers", source)
        made[source] = (questions, old, new)
    return made


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """rich writes as to a wide colour terminal, so styles and links would really be emitted."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "3000")
    monkeypatch.delenv("NO_COLOR", raising=False)


def command(output: str, questions: Path, old: Path, new: Path) -> list[str]:
    name, fmt = output.split("-")
    files = {"report": [str(old if "markdown" in output else new)], "summary": [str(old), str(new)]}
    paths = files.get(name, [str(old), str(new)])
    return [name, *paths, "--format", fmt, "--questions", str(questions)]


# --- the checks --------------------------------------------------------------------------------------


def _near_unsafe(text: str) -> str:
    at = next((i for i, ch in enumerate(text) if has_unsafe(ch)), 0)
    return text[max(0, at - 50) : at + 50]


def check_terminal(raw: str, tag: str | None) -> None:
    assert "\x1b]8;" not in raw, "a hyperlink (OSC 8) reached the terminal"
    rest = SGR.sub("", raw)
    assert not has_unsafe(rest), f"raw control/bidi characters near: {_near_unsafe(rest)!r}"
    if tag is not None:  # shown, and shown literally: neither applied nor dropped
        assert f"[bold]B-{tag}[/bold]" in rest
        assert f"[link=https://evil.example]click-{tag}[/link]" in rest
        assert f"\\x1b]0;pwned-{tag}\\x07" in rest and "\\u202eRTL" in rest


FENCE = re.compile(r"^ {0,3}(`{3,})[^`]*$")


def outside_code_fences(text: str) -> str:
    """The Markdown outside fenced code blocks, as CommonMark reads them: a block opened by n
    backticks ends only at a line of at least n backticks and nothing else. Text inside one is
    shown literally (the profile texts are fenced so they copy exactly), so a tag there is not
    HTML; a fence that text from a file could close early would show up as text outside."""
    out: list[str] = []
    fence = 0
    for line in text.splitlines():
        if fence:
            closing = line.strip()
            if len(closing) >= fence and set(closing) == {"`"}:
                fence = 0
            continue
        if match := FENCE.match(line):
            fence = len(match.group(1))
            continue
        out.append(line)
    return "\n".join(out)


def check_markdown(full: str, tag: str | None) -> None:
    assert not has_unsafe(full), f"raw control/bidi characters near: {_near_unsafe(full)!r}"
    if tag is not None:
        assert f"pwned-{tag}" in full and f"B-{tag}" in full
    text = outside_code_fences(full)
    html = RAW_HTML.search(text)
    assert html is None, f"raw HTML in Markdown: {text[html.start() - 30 : html.start() + 40]!r}"
    link = MD_LINK.search(text)
    assert link is None, f"a Markdown link: {text[link.start() - 30 : link.start() + 40]!r}"
    block = INJECTED_BLOCK.search(text)
    assert block is None, f"text from a file started a Markdown block: {block.group()!r}"


def check_json(text: str, tag: str | None) -> None:
    assert not has_unsafe(text), "raw control/bidi characters in the JSON text"
    data = json.loads(text)
    assert data
    if tag is not None:
        assert f"pwned-{tag}" in text and f"[bold]B-{tag}[/bold]" in text


def check_csv(text: str, tag: str | None) -> None:
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3  # header and one row per file: no cell broke the table
    for row in rows:
        for cell in row:
            assert not has_unsafe(cell), f"raw control/bidi characters in CSV cell {cell[:60]!r}"
    if tag is not None:
        assert f"pwned-{tag}" in text


CHECKS = {"rich": check_terminal, "markdown": check_markdown, "json": check_json, "csv": check_csv}


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("source", SOURCES)
def test_hostile_text_is_inert_in_every_output(
    run: Run, hostile: dict[str, tuple[Path, Path, Path]], source: str, output: str
) -> None:
    questions, old, new = hostile[source]
    result = run(*command(output, questions, old, new), lang="en")
    assert result.exit_code == ExitCode.OK, result.stderr[-500:]
    assert "Traceback" not in result.output
    tag = source if output in SHOWN[source] else None
    CHECKS[output.split("-")[1]](result.stdout, tag)
    assert not has_unsafe(SGR.sub("", result.stderr))


def test_markdown_escapes_text_as_md_does(
    run: Run, hostile: dict[str, tuple[Path, Path, Path]]
) -> None:
    """The Markdown report keeps the text readable: each special character escaped, not removed."""
    questions, old, _ = hostile["catalogue"]
    out = run("report", str(old), "-f", "markdown", "-q", str(questions), lang="en").stdout
    assert r"\[bold\]B-catalogue\[/bold\]" in out
    assert r"\<script\>alert(1)\</script\>" in out
    assert r"\[x\](javascript:alert(1))" in out
    assert r"\\x1b\[2J" in out and r"\\u202eRTL" in out


# --- URL fields: accepted by the model (https?://\S+), so they must be inert when shown -----------

URL = "https://evil.example/\x1b]0;pwned-url\x07\x1b[2J\u202e<script>alert(1)</script>[x](javascript:alert(1))"


@pytest.fixture(scope="module")
def hostile_urls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-urls") / "questions"
    shutil.copytree(SHIPPED, folder)
    org = _load(folder / "organisation.yaml")
    org["website"] = URL
    org["accounts_page"] = URL
    org["communications"]["url"] = URL
    org["accounts"] = [_account("Konto", "Ägare", URL)]
    for source in org.get("sources", []):
        source["url"] = URL
    _dump(folder / "organisation.yaml", org)
    rules = _load(folder / "scoring.yaml")
    for item in rules["checklist"]:
        for source in item.get("sources", []):
            source["url"] = URL
    _dump(folder / "scoring.yaml", rules)
    return folder


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize("fmt", ["rich", "markdown", "json"])
def test_hostile_urls_are_inert_or_rejected(run: Run, hostile_urls: Path, fmt: str) -> None:
    result = run("report", str(OLD), "--format", fmt, "--questions", str(hostile_urls), lang="en")
    assert "Traceback" not in result.output
    if result.exit_code == ExitCode.INPUT_INVALID:  # refusing such a URL when loading is fine
        assert len(result.stderr.strip().splitlines()) >= 1
        assert not has_unsafe(result.stderr)
        return
    assert result.exit_code == ExitCode.OK, result.stderr
    CHECKS[fmt](result.stdout, None)
    assert "pwned-url" in result.stdout  # the URL is shown (escaped), not dropped


# --- file names: not YAML text, but shown in the same outputs -----------------------------------------

EVIL_NAME = "evil-\x1b]0;pwned-name\x07-\u202e[bold]x[red]<script>.yaml"  # no "/" in a name


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize(
    "output", ["summary-rich", "summary-markdown", "summary-csv", "diff-rich", "diff-markdown"]
)
def test_hostile_file_names_are_inert(run: Run, tmp_path: Path, output: str) -> None:
    old = tmp_path / EVIL_NAME
    new = tmp_path / ("2-" + EVIL_NAME)
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    name, fmt = output.split("-")
    result = run(name, str(old), str(new), "--format", fmt, lang="en")
    assert result.exit_code == ExitCode.OK, result.stderr
    CHECKS[fmt](result.stdout, None)
    assert "pwned-name" in result.stdout
