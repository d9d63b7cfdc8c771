"""The register of accounts (``somplan register``) in every format, and the public list
(``--public``): platform, account name, link and unit only.

Every text from a plan file passes ``inert`` (terminal, CSV), ``md`` (Markdown), ``json_text``
(JSON) or the HTML environment's escaping, so hostile text stays text; CSV cells go through the
summary's formula guard.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from somplan.assessment.register import Account, PublicAccount, counts
from somplan.render import tables
from somplan.render.summary import _csv_cell, followup_status_text
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text

if TYPE_CHECKING:
    from rich.console import Console

#: The register's columns, in the order of CSV and of the terminal table's full width.
CSV_COLUMNS = (
    "unit",
    "platform",
    "platform_name",
    "account_name",
    "url",
    "responsible_role",
    "substitute_role",
    "state",
    "outcome",
    "decision_date",
    "reference",
    "earlier_version",
    "opened_date",
    "closed",
    "followup_due",
    "followup_status",
    "followup_days",
    "last_followup",
    "last_outcome",
    "file",
)
PUBLIC_COLUMNS = ("platform", "account_name", "url", "unit")

_STATE_STYLE = {
    "draft": "dim",
    "proposed": "",
    "decided": "cyan",
    "opened": "green",
    "followed_up": "green",
    "closing": "yellow",
    "closed": "dim",
}
_FOLLOWUP_STYLE = {"overdue": "bold red", "due": "yellow"}


# --- words shared by every format ---------------------------------------------------------------


def state_text(r: Account, lang: Lang) -> str:
    """The state in words, with the outcome once decided and a mark for an earlier version:
    "Beslutat: Godkänt (äldre svar)"."""
    text = message(f"register.state.{r.state}", lang)
    if r.outcome is not None and r.state == "decided":
        text += ": " + message(f"decision.outcome.{r.outcome}", lang)
    if r.earlier_version:
        text += f" ({message('decision.earlier-mark', lang)})"
    return text


def platform_text(r: Account, lang: Lang) -> str:
    return r.platform_name or message("register.no-platform", lang)


def account_text(r: Account, lang: Lang) -> str:
    """The platform and the account's name: "Instagram @biblioteket"."""
    name = f" {r.account_name}" if r.account_name else ""
    return platform_text(r, lang) + name


def roles_text(r: Account, lang: Lang, sep: str = "; ") -> str:
    parts = []
    if r.responsible_role:
        parts.append(message("register.responsible", lang, role=r.responsible_role))
    if r.substitute_role:
        parts.append(message("register.substitute", lang, role=r.substitute_role))
    return sep.join(parts) or "–"


def decision_text(r: Account) -> str:
    """Date and reference: "2027-01-15 KS 2027/12", or "–"."""
    return " ".join(x for x in (r.decision_date, r.reference) if x) or "–"


def next_text(r: Account, lang: Lang) -> str:
    if r.followup_status is None:
        return "–"
    status = followup_status_text(r.followup_status, r.followup_days, lang, long=True)
    return f"{r.followup_due} {status}" if r.followup_due else status


def last_text(r: Account, lang: Lang) -> str:
    if r.last_outcome is None:
        return "–"
    outcome = message(f"followup.outcome-{r.last_outcome}", lang)
    return f"{outcome} ({r.last_followup})" if r.last_followup else outcome


def _headers(lang: Lang) -> list[str]:
    keys = ("unit", "account", "roles", "state", "decision", "next", "last", "url", "file")
    return [message(f"register.col.{k}", lang) for k in keys]


def _cells(r: Account, lang: Lang, sep: str = "; ") -> list[str]:
    return [
        r.unit or "–",
        account_text(r, lang),
        roles_text(r, lang, sep),
        state_text(r, lang),
        decision_text(r),
        next_text(r, lang),
        last_text(r, lang),
        r.url or "–",
        Path(r.file).name,
    ]


def _public_headers(lang: Lang) -> list[str]:
    return [message(f"register.public-col.{k}", lang) for k in PUBLIC_COLUMNS]


def _public_cells(p: PublicAccount, lang: Lang) -> list[str]:
    return [p.platform_name, p.account_name or "–", p.url, p.unit or "–"]


# --- JSON, CSV, Markdown ------------------------------------------------------------------------


def as_json(rows: list[Account], failed: list[str]) -> str:
    return json_text({"accounts": [asdict(r) for r in rows], "failed": failed})


def public_json(items: list[PublicAccount]) -> str:
    return json_text(
        {
            "accounts": [
                {"platform": p.platform_name, "account_name": p.account_name, "url": p.url,
                 "unit": p.unit}
                for p in items
            ]
        }
    )  # fmt: skip


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_cell(c) for c in row])
    return out.getvalue()


def as_csv(rows: list[Account]) -> str:
    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value)

    return _csv(CSV_COLUMNS, [[cell(getattr(r, c)) for c in CSV_COLUMNS] for r in rows])


def public_csv(items: list[PublicAccount]) -> str:
    return _csv(
        PUBLIC_COLUMNS,
        [[p.platform_name, p.account_name or "", p.url, p.unit] for p in items],
    )


def _markdown_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    from somplan.render.words import md

    lines = ["| " + " | ".join(md(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(md(c.replace("\n", " ")) for c in row) + " |" for row in rows]
    return lines


def as_markdown(rows: list[Account], failed: list[str], lang: Lang) -> str:
    from somplan.render.words import md

    lines = [f"# {md(message('register.title', lang))}", ""]
    if not rows:
        lines.append(md(message("register.none", lang)))
    else:
        lines += _markdown_table(_headers(lang), [_cells(r, lang) for r in rows])
    if failed:
        lines += ["", md(message("summary.markdown-failed", lang, count=len(failed))), ""]
        lines += [f"- {md(error)}" for error in failed]
    return "\n".join(lines) + "\n"


def public_markdown(items: list[PublicAccount], lang: Lang) -> str:
    from somplan.render.words import md

    lines = [f"# {md(message('register.public-title', lang))}", ""]
    if not items:
        lines.append(md(message("register.public-none", lang)))
    else:
        lines += _markdown_table(_public_headers(lang), [_public_cells(p, lang) for p in items])
    return "\n".join(lines) + "\n"


# --- the terminal -------------------------------------------------------------------------------

#: The terminal table's columns: kinds for ``tables.fit``, and which to leave out first when the
#: width is too small (the file, the link, the latest follow-up, the decision, the roles); they
#: stay in Markdown, CSV and JSON.
_KINDS = ["words", "words", "words", "words", "words", "words", "words", "name", "name"]
_DROP = [8, 7, 6, 4, 2]


def draw(rows: list[Account], lang: Lang, console: Console) -> None:
    from rich.text import Text

    title = message("register.title-n", lang, count=len(rows))
    console.print(Text(title, style="bold"))
    if not rows:
        console.print(Text(message("register.none", lang)))
        return
    headers = _headers(lang)
    texts = [_cells(r, lang, "\n") for r in rows]  # the substitute under the responsible
    fitted = tables.fit(console.width, headers, _KINDS, texts, drop=list(_DROP))
    styled = []
    for r, row in zip(rows, texts, strict=True):
        cells = [Text(inert(c)) for c in row]
        cells[3].stylize(_STATE_STYLE.get(r.state, ""))
        cells[5].stylize(_FOLLOWUP_STYLE.get(r.followup_status or "", ""))
        styled.append(cells)
    console.print(tables.table(fitted, headers, _KINDS, styled))
    left_out = [headers[i] for i in _DROP if i not in fitted.keep]
    if left_out:
        console.print(Text(message("register.narrow", lang, columns=", ".join(left_out))))


def draw_public(items: list[PublicAccount], lang: Lang, console: Console) -> None:
    from rich.text import Text

    console.print(Text(message("register.public-title", lang), style="bold"))
    if not items:
        console.print(Text(message("register.public-none", lang)))
        return
    headers = _public_headers(lang)
    kinds = ["words", "words", "name", "words"]
    texts = [_public_cells(p, lang) for p in items]
    fitted = tables.fit(console.width, headers, kinds, texts, drop=[])
    rows = [[Text(inert(c)) for c in row] for row in texts]
    console.print(tables.table(fitted, headers, kinds, rows))


# --- HTML ---------------------------------------------------------------------------------------


def as_html(rows: list[Account], failed: list[str], lang: Lang) -> str:
    """The register as a document, with the number of accounts per state and per platform."""
    from somplan.render.html_page import helpers, render_template

    by_state, by_platform = counts(rows)
    return render_template(
        "register.html.j2",
        lang,
        title=message("register.title", lang),
        public=False,
        rows=rows,
        headers=_headers(lang),
        cells=lambda r: _cells(r, lang),
        overdue=lambda r: r.followup_status == "overdue",
        by_state=[(message(f"register.state.{s}", lang), n) for s, n in by_state],
        by_platform=[(p or message("register.no-platform", lang), n) for p, n in by_platform],
        total=max(1, len(rows)),
        failed=failed,
        wide=True,
        **helpers(lang),
    )


def public_html(items: list[PublicAccount], lang: Lang) -> str:
    """The public list as a document: a link per account (http(s) only)."""
    from somplan.render.html_page import helpers, render_template

    return render_template(
        "register.html.j2",
        lang,
        title=message("register.public-title", lang),
        public=True,
        items=items,
        headers=_public_headers(lang),
        wide=False,
        **helpers(lang),
    )


def render(
    rows: list[Account], failed: list[str], fmt: str, lang: Lang, output: Path | None
) -> str | None:
    """The register in ``fmt``; ``None`` when it was drawn on the terminal."""
    if fmt == "json":
        return as_json(rows, failed)
    if fmt == "csv":
        return as_csv(rows)
    if fmt == "markdown":
        return as_markdown(rows, failed, lang)
    if fmt == "html":
        return as_html(rows, failed, lang)
    from somplan.render import drawn

    return drawn(lambda console: draw(rows, lang, console), output)


def render_public(
    items: list[PublicAccount], fmt: str, lang: Lang, output: Path | None
) -> str | None:
    """The public list in ``fmt``; ``None`` when it was drawn on the terminal."""
    if fmt == "json":
        return public_json(items)
    if fmt == "csv":
        return public_csv(items)
    if fmt == "markdown":
        return public_markdown(items, lang)
    if fmt == "html":
        return public_html(items, lang)
    from somplan.render import drawn

    return drawn(lambda console: draw_public(items, lang, console), output)
