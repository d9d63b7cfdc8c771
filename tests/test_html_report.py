"""`somplan report --format html`: one self-contained, accessible document; hostile text inert."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .common import ROOT, Run
from .html_checks import check_document, outline, visible_text

EXAMPLES = sorted((ROOT / "examples" / "answers").glob("*.yaml"))
HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))"
    ' <a href="javascript:alert(2)">klick</a> \u202eRTL\u202c \u2066ISO\u2069 \x1b[2J "quote" & amp'
)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_gives_a_sound_document(run: Run, path: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.html"
    result = run("report", str(path), "--format", "html", "-o", str(out), lang="sv")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    o = check_document(page, "sv")
    text = visible_text(page)
    assert "Utlåtande:" in text and "Verksamhetens plan" in text
    # Score bars carry their number as text next to them.
    assert o.count("table") >= 2
    assert " av 100" in text


def test_english_document_and_stdout(run: Run) -> None:
    result = run("report", str(EXAMPLES[0]), "--format", "html", lang="en")
    assert result.exit_code == 0, result.output
    check_document(result.stdout, "en")
    assert "The unit's plan" in visible_text(result.stdout)


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    data = yaml.safe_load((ROOT / "examples/answers/library_teens.yaml").read_text("utf-8"))
    data["unit"] = "Enhet " + HOSTILE[:200]
    data["answers"]["success_description"] = HOSTILE[:500]
    data["answers"]["permanent_page"] = "javascript:alert(3)"
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_hostile_answers_stay_text(run: Run, hostile_file: Path) -> None:
    result = run("report", str(hostile_file), "--format", "html", lang="en")
    assert result.exit_code == 0, result.output
    page = result.stdout
    check_document(page, "en")  # no script, no handler, no javascript: link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\u202e" not in page and "\x1b" not in page
    assert "\\u202eRTL" in page  # shown as a visible escape, not obeyed
    text = visible_text(page)
    assert "javascript:alert(3)" in text  # the answer is shown, as text only
    assert all(a.get("href") != "javascript:alert(3)" for _, a in outline(page).tags)


def test_a_huge_answer_is_kept_and_wraps(run: Run, tmp_path: Path) -> None:
    data = yaml.safe_load((ROOT / "examples/answers/library_teens.yaml").read_text("utf-8"))
    data["answers"]["success_description"] = "x" * 500  # the longest the flow accepts, no space
    path = tmp_path / "huge.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    page = run("report", str(path), "--format", "html", lang="en").stdout
    assert "x" * 500 in page
    assert "overflow-wrap: anywhere" in outline(page).style


# --- hostile text from every source, in every HTML document ----------------------------------------

HTML_OUTPUTS = [
    ["report", "{new}", "--format", "html"],
    ["summary", "{old}", "{new}", "--format", "html"],
    ["channels", "--format", "html"],
]
HTML_SOURCES = ["flow", "catalogue", "rules", "organisation", "answers", "plan"]


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, Path]]:
    from .test_injection_outputs import (
        _dump,
        _load,
        _poison_texts,
        hostile_answers,
        hostile_questions,
        payload,
    )

    made = {}
    for source in HTML_SOURCES:
        base = tmp_path_factory.mktemp(f"hostile-html-{source}")
        questions = hostile_questions(base / "questions", source)
        if source == "plan":
            path = questions / "plan.yaml"
            _dump(path, _poison_texts(_load(path), payload(source)))
        old, new = hostile_answers(base / "answers", source)
        made[source] = (questions, old, new)
    return made


@pytest.mark.parametrize("args", HTML_OUTPUTS, ids=lambda a: a[0])
@pytest.mark.parametrize("source", HTML_SOURCES)
def test_hostile_text_is_inert_in_every_html_document(  # type: ignore[no-untyped-def]
    run, hostile_html, source: str, args: list[str]
) -> None:
    from somplan.text.safetext import has_unsafe

    questions, old, new = hostile_html[source]
    argv = [a.format(old=old, new=new) for a in args] + ["--questions", str(questions)]
    result = run(*argv, lang="en")
    assert result.exit_code == 0, result.stderr[-500:]
    page = result.stdout
    check_document(page, "en")  # still no script, handler, src or javascript: link
    assert not has_unsafe(page), "raw control or bidi characters in the page"
    assert "<script>alert" not in page and "<img src=x" not in page
