"""The follow-up of a running account in every format (one module each), and what they share:
the header, the comparisons with the plan, the outcome's colours."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from somplan.assessment.decision import accounts_followed
from somplan.assessment.followup import Comparison, FollowupVerdict
from somplan.assessment.followup_due import Due
from somplan.content.answers import AnswersFile
from somplan.content.display import answer_text
from somplan.content.model import Catalogue, ClosingItem
from somplan.text.i18n import Lang, message
from somplan.text.safetext import inert, json_text, plain

#: The verdict box of the HTML document borrows the plan report's colours for its three outcomes.
OUTCOME_LEVEL = {"continue": "ready", "adjust": "ready_with_conditions", "close": "not_ready"}


OUTCOME_STYLE = {"continue": "green", "adjust": "yellow", "close": "red"}
ITEM_STYLE = {"resolved": "green", "open": "red", "unknown": "yellow"}


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
    #: The accounts followed (platform, name, address), from the plan's proposal and opening.
    accounts: tuple[AccountShown, ...] = ()

    @classmethod
    def of(
        cls,
        record: AnswersFile,
        plan_changed: bool,
        plan_path: str | None = None,
        accounts: tuple[AccountShown, ...] = (),
    ) -> Header:
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
            accounts=accounts,
        )


@dataclass(frozen=True)
class AccountShown:
    """An account the follow-up follows, as a reader sees it."""

    platform: str | None  # the channel id (``other``), None when the plan proposes none
    platform_name: str
    name: str | None
    url: str | None

    def text(self, lang: Lang) -> str:
        """What is known of it: "Instagram · @stadsbiblioteket · https://…"."""
        parts = [self.platform_name] + [p for p in (self.name, self.url) if p]
        return " · ".join(parts)


def accounts_shown(
    plan: AnswersFile, catalogue: Catalogue | None, lang: Lang
) -> tuple[AccountShown, ...]:
    """The plan's accounts with the platforms' names in ``lang``."""
    shown = []
    for a in accounts_followed(plan):
        if a.platform is None:
            name = message("followup.account-platform-unknown", lang)
        elif a.platform == "other":
            name = a.other_channel or message("followup.account-platform-unknown", lang)
        else:
            channel = catalogue.channel(a.platform) if catalogue else None
            name = channel.name.get(lang) if channel else a.platform
        shown.append(AccountShown(a.platform, inert(name), _inert(a.name), _inert(a.url)))
    return tuple(shown)


def _inert(text: str | None) -> str | None:
    return inert(text) if text else None


def item_rows(v: FollowupVerdict, lang: Lang) -> list[dict[str, Any]]:
    """The plan's blockers and conditions with their states, texts in ``lang``."""
    return [
        {
            "kind": i.kind,
            "kind_text": message(f"followup-items.kind-{i.kind}", lang),
            "id": i.id,
            "text": inert(i.text.get(lang)),
            "state": i.state,
            "state_text": message(f"followup-items.state-{i.state}", lang),
            "asked": i.asked,
        }
        for i in v.items
    ]


def items_note(v: FollowupVerdict, lang: Lang) -> str | None:
    """A line under the list when some states were not asked but worked out."""
    if any(not i.asked for i in v.items):
        return message("followup-items.derived", lang)
    return None


def due_text_of(due: Due | None, lang: Lang) -> str | None:
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
    for account in h.accounts:
        lines.append(message("followup.account", lang, account=account.text(lang)))
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


def _sources(item: ClosingItem) -> list[str]:
    return [plain(s.title) + (f" ({s.url})" if s.url else "") for s in item.sources]


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
    for account in h.accounts:
        rows.append((message("followup-doc.label-account", lang), account.text(lang)))
    rows.append((message("followup-doc.label-date", lang), (h.date or "-")[:10]))
    rows.append((message("followup-doc.label-flow", lang), h.flow))
    return rows


def render(v: FollowupVerdict, h: Header, fmt: str, lang: Lang, width: int, due: Due | None) -> str:
    """The follow-up report as text in ``fmt`` (rich without colours, for a file)."""
    from somplan.render.followup.html import render_html
    from somplan.render.followup.json import as_data
    from somplan.render.followup.markdown import render_markdown
    from somplan.render.followup.rich import rich_text

    if fmt == "html":
        return render_html(v, h, lang, due)
    if fmt == "json":
        return json_text(as_data(v, h, lang, due))
    if fmt == "markdown":
        return render_markdown(v, h, lang, due)
    return rich_text(v, h, lang, width, due)
