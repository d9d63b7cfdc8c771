"""``somplan diff PLAN FOLLOWUP``: what the plan promised beside what the follow-up found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.assessment.followup import FollowupVerdict
from somplan.assessment.result import resolve
from somplan.render.followup import (
    OUTCOME_STYLE,
    compared_rows,
)
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text, plain

if TYPE_CHECKING:
    from rich.console import Console


def plan_diff_json(v: FollowupVerdict, plan: str, followup: str, lang: Lang) -> str:
    """The "plan and today" comparison as JSON: the follow-up's outcome and one row per question
    the rules compare (ids, answers as stored, and their texts in ``lang``)."""
    return json_text(
        {
            "kind": "plan_followup_diff",
            "language": lang,
            "plan": plan,
            "followup": followup,
            "outcome": v.outcome,
            "compared": compared_rows(v, lang),
        }
    )


def _plan_diff_lines(v: FollowupVerdict, lang: Lang) -> list[str]:
    return [f"{message('followup.verdict', lang)}: {resolve(v.title, lang)}"]


def plan_diff_markdown(
    v: FollowupVerdict, title: str, notes: list[str], lang: Lang, command: str
) -> str:
    from somplan.render.words import md

    out = [f"# {md(title)}", ""]
    out += [f"> {md(note)}" for note in notes]
    if notes:
        out.append("")
    out += [md(line) for line in _plan_diff_lines(v, lang)] + [""]
    rows = compared_rows(v, lang)
    if rows:
        cols = [
            message(k, lang)
            for k in (
                "followup.col-question",
                "followup.col-plan",
                "followup.col-now",
                "followup.col-change",
            )
        ]
        out += ["| " + " | ".join(md(c) for c in cols) + " |", "|---|---|---|---|"]
        for r in rows:
            cells = [r["question_text"], r["plan_text"], r["answer_text"], r["change_text"]]
            out.append("| " + " | ".join(md(c) for c in cells) + " |")
    else:
        out.append(md(message("diff.followup-none", lang)))
    out += ["", md(message("diff.followup-more", lang, command=command))]
    return "\n".join(out) + "\n"


def print_plan_diff(
    v: FollowupVerdict, title: str, notes: list[str], lang: Lang, command: str, console: Console
) -> None:
    from rich.table import Table
    from rich.text import Text

    console.print(Text(inert(title), style="bold"))
    for note in notes:
        console.print(Text(inert(note), style="yellow"))
    for line in _plan_diff_lines(v, lang):
        console.print(Text(line, style=f"bold {OUTCOME_STYLE[v.outcome]}"))
    rows = compared_rows(v, lang)
    if rows:
        table = Table(show_edge=False, pad_edge=False)
        for key in (
            "followup.col-question",
            "followup.col-plan",
            "followup.col-now",
            "followup.col-change",
        ):
            table.add_column(message(key, lang))
        for r in rows:
            table.add_row(
                plain(r["question_text"]),
                plain(r["plan_text"]),
                plain(r["answer_text"]),
                Text(r["change_text"], style="red" if r["change"] == "worse" else ""),
            )
        console.print(table)
    else:
        console.print(Text(message("diff.followup-none", lang)))
    console.print()
    # One line, never folded: the command in it must run as printed, however long its paths.
    console.print(Text(inert(message("diff.followup-more", lang, command=command))), soft_wrap=True)
