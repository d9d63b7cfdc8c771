"""A follow-up's verdict in every format the report has: rich (terminal), Markdown, JSON, and an
HTML document (also the source of the PDF/A).

Shown at the end of `somplan followup`, and again with `somplan followup PLAN --answers FILE
--report`. Texts from files go through :func:`somplan.assessment.result.plain` (terminal) and
:func:`somplan.render.markdown.md` (Markdown), as in the main report.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from somplan.assessment.followup import Comparison, FollowupVerdict, Reason
from somplan.assessment.followup_due import Due
from somplan.assessment.followup_summary import DueRow
from somplan.assessment.result import resolve
from somplan.content.answers import AnswersFile
from somplan.content.display import answer_text
from somplan.content.model import ClosingItem
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text, plain

if TYPE_CHECKING:
    from rich.console import Console

FORMATS = ("rich", "markdown", "json", "html", "pdf")
#: The verdict box of the HTML document borrows the plan report's colours for its three outcomes.
OUTCOME_LEVEL = {"continue": "ready", "adjust": "ready_with_conditions", "close": "not_ready"}
OUTCOME_STYLE = {"continue": "green", "adjust": "yellow", "close": "red"}


@dataclass(frozen=True)
class Header:
    """What the follow-up is of: the unit, the plan (path, hash), the date, the flow."""

    unit: str | None
    plan_path: str | None
    plan_sha256: str | None
    date: str | None
    flow: str
    complete: bool
    plan_changed: bool

    @classmethod
    def of(cls, record: AnswersFile, plan_changed: bool, plan_path: str | None = None) -> Header:
        """The header of ``record``; ``plan_path`` is the plan as the user named it (else the
        path the file stores, relative to the follow-up's folder)."""
        follows = record.follows
        return cls(
            unit=record.unit,
            plan_path=plan_path or (follows.path if follows else None),
            plan_sha256=follows.sha256 if follows else None,
            date=record.updated or record.created,
            flow=f"{record.flow.id} v{record.flow.version}",
            complete=record.complete,
            plan_changed=plan_changed,
        )


def _due_text(due: Due | None, lang: Lang) -> str | None:
    if due is None or due.status == "unknown":
        return None
    if due.status == "closed":
        return message("followup.next-due-closed", lang)
    return message("followup.next-due", lang, date=str(due.due), months=due.months or 0)


def _header_lines(h: Header, lang: Lang) -> list[str]:
    lines = []
    if h.unit:
        lines.append(message("followup.unit", lang, unit=h.unit))
    if h.plan_path:
        lines.append(
            message("followup.follows", lang, path=h.plan_path, sha=(h.plan_sha256 or "")[:12])
        )
    lines.append(message("followup.date", lang, date=(h.date or "-")[:10], flow=h.flow))
    return lines


def _warnings(h: Header, lang: Lang) -> list[str]:
    out = []
    if not h.complete:
        out.append(message("followup.incomplete", lang))
    if h.plan_changed:
        out.append(message("followup.plan-changed", lang))
    return out


def _change(c: Comparison, lang: Lang) -> str:
    return message(f"followup.change-{c.change}", lang)


# --- rich ------------------------------------------------------------------------------------------


def render_rich(v: FollowupVerdict, h: Header, lang: Lang, console: Any, due: Due | None) -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    def m(key: str, **params: object) -> str:
        return message(key, lang, **params)

    def heading(key: str) -> None:
        console.print()
        console.print(Text(m(key), style="bold underline"))

    style = OUTCOME_STYLE[v.outcome]
    console.print(Text(m("followup.title"), style="bold"))
    for line in _header_lines(h, lang):
        console.print(Text(line))
    for line in _warnings(h, lang):
        console.print(Text(line, style="yellow"))
    body = Text(resolve(v.summary, lang))
    console.print(
        Panel(
            body,
            title=Text(f"{m('followup.verdict')}: {resolve(v.title, lang)}", style=f"bold {style}"),
            border_style=style,
            title_align="left",
        )
    )
    problems = [r for r in v.reasons if r.outcome != "continue"]
    if problems:
        heading("followup.to-fix")
        for r in problems:
            _rich_reason(console, r, lang, OUTCOME_STYLE[r.outcome])
    works = v.reasons_for("continue")
    if works:
        heading("followup.works")
        for r in works:
            _rich_reason(console, r, lang, "green")
    if v.comparisons:
        heading("followup.compared")
        table = Table(show_edge=False, pad_edge=False)
        for key in (
            "followup.col-question",
            "followup.col-plan",
            "followup.col-now",
            "followup.col-change",
        ):
            table.add_column(m(key))
        for c in v.comparisons:
            table.add_row(
                plain(c.question.text.get(lang)),
                plain(answer_text(c.plan_question, c.plan_value, lang)),
                plain(answer_text(c.question, c.value, lang)),
                Text(_change(c, lang), style="red" if c.change == "worse" else ""),
            )
        console.print(table)
    if v.closing:
        heading("followup.closing")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=2, justify="right")
        grid.add_column()
        for n, item in enumerate(v.closing, start=1):
            grid.add_row(f"{n}.", Text(resolve(item.title, lang), style="bold"))
            grid.add_row("", Text(resolve(item.text, lang)))
            for source in _sources(item):
                grid.add_row("", Text(m("followup.source", source=source), style="dim"))
        console.print(grid)
    if v.steps:
        heading("followup.next-steps")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=1)
        grid.add_column()
        for step in v.steps:
            grid.add_row("•", Text(resolve(step, lang)))
        console.print(grid)
    due_text = _due_text(due, lang)
    if due_text:
        console.print()
        console.print(Text(due_text, style="bold"))


def _rich_reason(console: Any, r: Reason, lang: Lang, style: str) -> None:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1)
    grid.add_column()
    grid.add_row(Text("•", style=style), Text(resolve(r.text, lang)))
    if r.remedy is not None:
        remedy = message("followup.remedy", lang, remedy=resolve(r.remedy, lang))
        grid.add_row("", Text(remedy, style="dim"))
    console.print(grid)


def _sources(item: ClosingItem) -> list[str]:
    return [plain(s.title) + (f" ({s.url})" if s.url else "") for s in item.sources]


def rich_text(v: FollowupVerdict, h: Header, lang: Lang, width: int, due: Due | None) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    render_rich(v, h, lang, console, due)
    return buffer.getvalue()


# --- Markdown --------------------------------------------------------------------------------------


def render_markdown(v: FollowupVerdict, h: Header, lang: Lang, due: Due | None) -> str:
    from somplan.render.markdown import md

    def m(key: str, **params: object) -> str:
        return md(message(key, lang, **params))

    out = [f"# {m('followup.title')}", ""]
    out += [md(line) + "  " for line in _header_lines(h, lang)] + [""]
    out += [f"> {md(line)}" for line in _warnings(h, lang)]
    if _warnings(h, lang):
        out.append("")
    out += [
        f"## {m('followup.verdict')}: {md(resolve(v.title, lang))}",
        "",
        md(resolve(v.summary, lang)),
        "",
    ]
    problems = [r for r in v.reasons if r.outcome != "continue"]
    for key, reasons in (
        ("followup.to-fix", problems),
        ("followup.works", v.reasons_for("continue")),
    ):
        if not reasons:
            continue
        out += [f"## {m(key)}", ""]
        for r in reasons:
            out.append(f"- {md(resolve(r.text, lang))}")
            if r.remedy is not None:
                out.append(f"  {m('followup.remedy', remedy=resolve(r.remedy, lang))}")
        out.append("")
    if v.comparisons:
        cols = [
            m(k)
            for k in (
                "followup.col-question",
                "followup.col-plan",
                "followup.col-now",
                "followup.col-change",
            )
        ]
        out += [
            f"## {m('followup.compared')}",
            "",
            "| " + " | ".join(cols) + " |",
            "|---|---|---|---|",
        ]
        for c in v.comparisons:
            cells = [
                c.question.text.get(lang),
                answer_text(c.plan_question, c.plan_value, lang),
                answer_text(c.question, c.value, lang),
                _change(c, lang),
            ]
            out.append("| " + " | ".join(md(cell) for cell in cells) + " |")
        out.append("")
    if v.closing:
        out += [f"## {m('followup.closing')}", ""]
        for n, item in enumerate(v.closing, start=1):
            out.append(f"{n}. **{md(resolve(item.title, lang))}** {md(resolve(item.text, lang))}")
            for source in _sources(item):
                out.append(f"   {m('followup.source', source=source)}")
        out.append("")
    if v.steps:
        out += [f"## {m('followup.next-steps')}", ""]
        out += [f"- {md(resolve(step, lang))}" for step in v.steps] + [""]
    due_text = _due_text(due, lang)
    if due_text:
        out += [f"**{md(due_text)}**", ""]
    out += [f"## {m('followup.answers')}", ""]
    for question, value in v.answers:
        out.append(f"- {md(question.text.get(lang))} **{md(answer_text(question, value, lang))}**")
    return "\n".join(out).rstrip("\n") + "\n"


# --- JSON ------------------------------------------------------------------------------------------


def as_data(v: FollowupVerdict, h: Header, lang: Lang, due: Due | None) -> dict[str, Any]:
    def reason(r: Reason) -> dict[str, Any]:
        return {
            "id": r.id,
            "outcome": r.outcome,
            "text": resolve(r.text, lang),
            "remedy": resolve(r.remedy, lang) if r.remedy is not None else None,
        }

    return {
        "kind": "followup",
        "language": lang,
        "unit": inert(h.unit) if h.unit else None,
        "follows": {"path": inert(h.plan_path), "sha256": h.plan_sha256} if h.plan_path else None,
        "date": h.date,
        "flow": h.flow,
        "complete": h.complete,
        "plan_changed": h.plan_changed,
        "verdict": {
            "outcome": v.outcome,
            "title": resolve(v.title, lang),
            "summary": resolve(v.summary, lang),
            "reasons": [reason(r) for r in v.reasons],
        },
        "compared": [
            {
                "plan_question": c.plan_question.id,
                "plan_answer": c.plan_value,
                "question": c.question.id,
                "answer": c.value,
                "change": c.change,
            }
            for c in v.comparisons
        ],
        "closing": [
            {
                "id": item.id,
                "title": resolve(item.title, lang),
                "text": resolve(item.text, lang),
                "sources": _sources(item),
            }
            for item in v.closing
        ],
        "next_steps": [resolve(step, lang) for step in v.steps],
        "next_followup": None
        if due is None
        else {
            "status": due.status,
            "due": due.due.isoformat() if due.due else None,
            "days": due.days,
            "months": due.months,
            "basis": due.basis,
        },
        "answers": {q.id: value for q, value in v.answers},
    }


def compared_rows(v: FollowupVerdict, lang: Lang) -> list[dict[str, Any]]:
    """The "plan and today" table with its texts resolved in ``lang``: each row the question, what
    the plan said, what the follow-up says, and whether that is worse, the same or better."""
    return [
        {
            "plan_question": c.plan_question.id,
            "question": c.question.id,
            "question_text": c.question.text.get(lang),
            "plan_answer": c.plan_value,
            "plan_text": answer_text(c.plan_question, c.plan_value, lang),
            "answer": c.value,
            "answer_text": answer_text(c.question, c.value, lang),
            "change": c.change,
            "change_text": _change(c, lang),
        }
        for c in v.comparisons
    ]


def header_rows(h: Header, lang: Lang) -> list[tuple[str, str]]:
    """The document's header as (label, value): unit, plan, date, questions."""
    rows = []
    if h.unit:
        rows.append((message("followup-doc.label-unit", lang), h.unit))
    if h.plan_path:
        sha = (h.plan_sha256 or "")[:12]
        # A document for the archive: the plan's file name, not a folder on the author's computer
        # (the checksum identifies the plan).
        plan = PurePath(h.plan_path).name + (f" (sha256 {sha}…)" if sha else "")
        rows.append((message("followup-doc.label-plan", lang), plan))
    rows.append((message("followup-doc.label-date", lang), (h.date or "-")[:10]))
    rows.append((message("followup-doc.label-flow", lang), h.flow))
    return rows


def render_html(v: FollowupVerdict, h: Header, lang: Lang, due: Due | None) -> str:
    """The follow-up report as one self-contained HTML document in ``lang`` (the same texts as the
    JSON report, :func:`as_data`, laid out by ``followup.html.j2``)."""
    from somplan.render.html import helpers, render_template

    title = message("followup.title", lang)
    if h.unit:
        title += f" – {h.unit}"
    return render_template(
        "followup.html.j2",
        lang,
        title=" ".join(title.split()),
        d=as_data(v, h, lang, due),
        level=OUTCOME_LEVEL[v.outcome],
        header_rows=header_rows(h, lang),
        warnings=_warnings(h, lang),
        compared=compared_rows(v, lang),
        closing=v.closing,
        answers=[(q.text.get(lang), answer_text(q, value, lang)) for q, value in v.answers],
        due_text=_due_text(due, lang),
        **helpers(lang),
    )


def render(v: FollowupVerdict, h: Header, fmt: str, lang: Lang, width: int, due: Due | None) -> str:
    """The follow-up report as text in ``fmt`` (rich without colours, for a file)."""
    if fmt == "html":
        return render_html(v, h, lang, due)
    if fmt == "json":
        return json_text(as_data(v, h, lang, due))
    if fmt == "markdown":
        return render_markdown(v, h, lang, due)
    return rich_text(v, h, lang, width, due)


# --- the communications unit's overview (somplan summary --due) ------------------------------------

DUE_STYLE = {"overdue": "red", "due": "yellow", "ok": "", "closed": "dim", "unknown": "dim", "none": "dim"}


def _due_headers(lang: Lang) -> list[str]:
    return [
        message(f"followup.col-{c}", lang)
        for c in ("unit", "file", "due", "status", "last", "outcome")
    ]


def _due_cells(r: DueRow, lang: Lang) -> list[str]:
    status = message(f"followup.status-{r.status}", lang)
    if r.days is not None and r.status in ("due", "overdue"):
        status += " " + message(
            "followup.days-late" if r.days < 0 else "followup.days-left",
            lang,
            days=abs(r.days),
        )
    return [
        r.unit,
        Path(r.file).name,
        r.due or "–",
        status,
        r.last_followup or "–",
        message(f"followup.outcome-{r.last_outcome}", lang) if r.last_outcome else "–",
    ]


def due_table(
    rows: list[DueRow], failed: list[str], fmt: str, lang: Lang, output: Path | None = None
) -> str | None:
    """The due overview as text in ``fmt``; for rich, ``None`` when it was drawn on the
    terminal. With no row due, rich and Markdown say so in a sentence instead of an empty table."""
    from dataclasses import asdict

    if fmt == "json":
        return json_text({"rows": [asdict(r) for r in rows], "failed": failed})
    if fmt == "csv":
        import csv

        from somplan.render.summary import _csv_cell

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        fields = list(DueRow.__dataclass_fields__)
        writer.writerow(fields)
        for r in rows:
            writer.writerow([_csv_cell("" if v is None else str(v)) for v in asdict(r).values()])
        return buffer.getvalue()
    if fmt == "markdown":
        from somplan.render.markdown import md

        if not rows:
            return md(message("followup.nothing-due", lang)) + "\n"
        headers = _due_headers(lang)
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(md(c) for c in _due_cells(r, lang)) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    from somplan.render import drawn

    return drawn(lambda console: _draw_due(rows, lang, console), output)


def _draw_due(rows: list[DueRow], lang: Lang, console: Console) -> None:
    from rich.text import Text

    from somplan.render import tables

    if not rows:
        console.print(Text(message("followup.nothing-due", lang)))
        return
    console.print(Text(message("followup.due-title", lang, count=len(rows)), style="italic"))
    texts = [_due_cells(r, lang) for r in rows]
    headers = _due_headers(lang)
    kinds = ["words", "name", "words", "words", "words", "words"]
    fitted = tables.fit(console.width, headers, kinds, texts, drop=[1, 4])
    cells_of = []
    for r, row in zip(rows, texts, strict=True):
        cells = [Text(inert(c)) for c in row]
        cells[3].stylize(DUE_STYLE.get(r.status, ""))
        if r.last_outcome:
            cells[5].stylize(OUTCOME_STYLE[r.last_outcome])
        cells_of.append(cells)
    console.print(tables.table(fitted, headers, kinds, cells_of))
    if 1 not in fitted.keep:
        console.print(Text(message("followup.due-narrow", lang)))


# --- somplan diff PLAN FOLLOWUP: the plan and today, side by side -----------------------------------


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
    from somplan.render.markdown import md

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
    console.print(Text(inert(message("diff.followup-more", lang, command=command))))
