"""Render the picture in the README: the start of a real `somplan report`, as an SVG.

    python scripts/make_readme_svg.py           # write docs/img/report-example.svg
    python scripts/make_readme_svg.py --check   # exit 1 if the committed picture is out of date

The report is made from one of the example answers files with the shipped questions, in Swedish,
by the same rich renderer as `somplan report`. Only its beginning is kept (the decision paper:
the header, the proposal, the verdict and the decision), so the picture stays readable; a last
line says what the full report goes on with. tests/test_readme_assets.py checks that running this
script gives exactly the committed file, so the picture cannot drift from the program.

The output does not depend on the terminal or the environment (NO_COLOR, COLUMNS, TERM): the
consoles are configured explicitly and the SVG gets a fixed id instead of one derived from a hash.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Final

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "answers" / "library_teens.yaml"
OUTPUT = ROOT / "docs" / "img" / "report-example.svg"
WIDTH = 100
LANG: Final = "sv"
TITLE = "somplan report examples/answers/library_teens.yaml"
UNIQUE_ID = "somplan-report"
#: The line that replaces the cut-off rest of the report.
MORE = (
    "… rapporten fortsätter med verksamhetens plan och bilagan med underlaget: hur redo ni är, "
    "kanalerna rangordnade, de främsta kanalerna i detalj, checklistan och nästa steg."
)


def _console() -> Console:
    """A recording console whose output is the same on every machine."""
    return Console(
        record=True,
        file=io.StringIO(),
        width=WIDTH,
        height=50,
        force_terminal=True,
        color_system="truecolor",
        no_color=False,
        legacy_windows=False,
        emoji=False,
        highlight=False,
        _environ={},
    )


def report_text() -> Text:
    """The whole report of the example, with its styles."""
    from dataclasses import replace

    from somplan.assessment.plan import build_plan
    from somplan.assessment.scoring import assess
    from somplan.content import answers
    from somplan.content.loader import REPORT_KINDS, load_content
    from somplan.render.report import rich as render_rich

    content = load_content(ROOT / "questions", required=REPORT_KINDS)
    record = answers.load(EXAMPLE, content.flow, [], content.catalogue)
    assessment = assess(content, record)
    plan = replace(build_plan(content, record, LANG, assessment), file=EXAMPLE.name)
    console = _console()
    render_rich.render(assessment, LANG, console, record.unit, plan)
    return Text.from_ansi(console.export_text(styles=True))


def excerpt(report: Text) -> Text:
    """The report up to (not including) the unit's plan."""
    from somplan.text.i18n import message

    cut_at = message("plan.title", LANG)
    lines = report.split("\n")
    kept: list[Text] = []
    for line in lines:
        if line.plain.strip() == cut_at:
            break
        kept.append(line)
    else:
        raise SystemExit(f"the heading {cut_at!r} was not found in the report")
    while kept and not kept[-1].plain.strip():
        kept.pop()
    return Text("\n").join(kept)


def render_svg() -> str:
    console = _console()
    # The report's lines are already laid out for WIDTH: print them as they are.
    console.print(excerpt(report_text()), soft_wrap=True)
    console.print()
    console.print(Text(MORE, style="dim italic"))
    return console.export_svg(title=TITLE, unique_id=UNIQUE_ID)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only compare with the committed picture"
    )
    args = parser.parse_args(argv)
    svg = render_svg()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else None
        if current != svg:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date; run {Path(__file__).name}")
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(svg, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
