"""The summary over many plans: CSV, JSON and Markdown here, the terminal table in ``rich``, the
HTML overview with charts in ``html``."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path

from somplan.assessment.summary import Row
from somplan.render.decision_text import with_mark
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

#: Overdue follow-ups stand out; the rest are quiet.
_FOLLOWUP_STYLE = {
    "overdue": "bold red",
    "due": "yellow",
    "closed": "dim",
    "unknown": "dim",
    "none": "dim",
}


def _level_text(level: str, lang: Lang) -> str:
    return message(f"summary.level.{level}", lang)


def _csv_cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading =, +, - or @ is quoted with ')."""
    text = inert(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


COLUMNS = ("file", "unit", "level", "top_channels", "blockers", "provisional", "updated")


#: After the follow-up columns, so that spreadsheets built on the earlier columns keep working.
LAST_COLUMNS = ("conditions", "decision_state", "decision_outcome", "decision_earlier")


FOLLOWUP_COLUMNS = (
    "followup_due",
    "followup_status",
    "followup_days",
    "last_followup",
    "last_outcome",
)


def _followup_known(rows: list[Row]) -> bool:
    return any(r.followup_status is not None for r in rows)


def as_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*COLUMNS, *FOLLOWUP_COLUMNS, *LAST_COLUMNS])
    for r in rows:
        cells = [
            r.file,
            r.unit,
            r.level,
            "; ".join(r.top_channels),
            "; ".join(r.blockers),
            "yes" if r.provisional else "no",
            r.updated,
            r.followup_due or "",
            r.followup_status or "",
        ]
        days = "" if r.followup_days is None else str(r.followup_days)  # a number, kept as one
        later = [r.last_followup or "", r.last_outcome or ""]
        later += ["; ".join(r.conditions), r.decision_state or "", r.decision_outcome or ""]
        later.append("yes" if r.decision_earlier else "no" if r.decision_state else "")
        writer.writerow([*(_csv_cell(c) for c in cells), days, *(_csv_cell(c) for c in later)])
    return out.getvalue()


def as_json(rows: list[Row], failed: list[str]) -> str:
    return json_text({"rows": [asdict(r) for r in rows], "failed": failed})


def _headers(lang: Lang) -> list[str]:
    return [
        message(f"summary.col.{c}", lang)
        for c in ("unit", "file", "level", "top", "blockers", "provisional", "updated")
    ] + [message("summary.followup-column", lang)]


def followup_status_text(status: str | None, days: int | None, lang: Lang, long: bool) -> str:
    """A plan's follow-up status in words ("overdue"), with the days when ``long``."""
    if status is None:
        return ""
    text = message(f"followup.status-{status}", lang)
    if long and days is not None and status in ("due", "overdue"):
        key = "followup.days-late" if days < 0 else "followup.days-left"
        text += " " + message(key, lang, days=abs(days))
    return text


def next_followup_text(r: Row, lang: Lang, long: bool = False) -> str:
    """When the plan's next follow-up is due and how that stands: "2027-06-02 overdue"."""
    if r.followup_status is None:
        return ""
    status = followup_status_text(r.followup_status, r.followup_days, lang, long)
    return f"{r.followup_due} {status}" if r.followup_due else status


def latest_followup_text(r: Row, lang: Lang) -> str:
    """The latest follow-up's recommendation and date ("adjust (2027-03-02)"), or "–"."""
    if r.last_outcome is None:
        return "–"
    outcome = message(f"followup.outcome-{r.last_outcome}", lang)
    return f"{outcome} ({r.last_followup})" if r.last_followup else outcome


def _followup_cell(r: Row, lang: Lang) -> str:
    """The follow-up column of the terminal table: when, and what the latest one said."""
    if r.followup_status is None:
        return ""
    text = next_followup_text(r, lang)
    if r.last_outcome is not None:
        outcome = message(f"followup.outcome-{r.last_outcome}", lang)
        text += "; " + message("summary.followup-latest", lang, outcome=outcome)
    return text


def _file_name(file: str, base: Path | None) -> str:
    """The file as the user named it: relative to the one folder given, else as given."""
    if base is None:
        return file
    try:
        return str(Path(file).relative_to(base))
    except ValueError:
        return file


def _cells(r: Row, lang: Lang, base: Path | None = None) -> list[str]:
    """A row for people: the unit first, the file's name, the number of blockers (their texts
    are in JSON/CSV)."""
    return [
        r.unit,
        _file_name(r.file, base),
        with_mark(
            _level_text(r.level, lang),
            r.decision_state,
            r.decision_outcome,
            r.decision_earlier,
            lang,
        ),
        ", ".join(r.top_channels),
        str(len(r.blockers)) if r.blockers else "–",
        message("answer.yes" if r.provisional else "answer.no", lang),
        r.updated[:10],
        _followup_cell(r, lang),
    ]


def as_markdown(rows: list[Row], lang: Lang, base: Path | None = None) -> str:
    from somplan.render.words import md

    def cell(text: str) -> str:
        return md(text.replace("\n", " "))

    headers = _headers(lang)[:7]
    if _followup_known(rows):
        headers += [message("followup.col-due", lang), message("followup.col-outcome", lang)]

    def cells(r: Row) -> list[str]:
        out = _cells(r, lang, base)[:7]
        if _followup_known(rows):
            out += [next_followup_text(r, lang, long=True) or "–", latest_followup_text(r, lang)]
        return out

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in cells(r)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def failed_markdown(errors: list[str], lang: Lang) -> str:
    """The files that could not be read, after the table, each with the line that says why."""
    from somplan.render.words import md

    lines = ["", md(message("summary.markdown-failed", lang, count=len(errors))), ""]
    lines += [f"- {md(error)}" for error in errors]
    return "\n".join(lines) + "\n"
