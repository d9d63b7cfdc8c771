"""What a follow-up asks besides its flow: the account's address when the plan's account was
approved but its opening never recorded, and whether each of the plan's blockers and conditions
is solved. Through the prompter seam only (no terminal code here); the caller saves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from somplan.assessment.plan_items import PlanItem
from somplan.content.account import ITEM_STATES, ItemCheck, ItemState
from somplan.content.answers import AnswersFile
from somplan.errors import UsageError
from somplan.interview.decision_entry import record_opened
from somplan.text.i18n import Lang, message

#: The longest address taken (as the plan file's ``opened.url``).
URL_MAX = 2000


class LifecyclePrompter(Protocol):
    def notice(self, key: str, **params: Any) -> None:
        """Show a short message from the message catalogue."""

    def text(
        self, key: str, max_length: int, default: str = "", allow_back: bool = False, **params: Any
    ) -> str | None:
        """A one-line text (may be empty)."""

    def choose(self, key: str, options: list[tuple[str, Any]], **params: Any) -> Any:
        """One of ``options`` (label, value)."""


def needs_address(plan: AnswersFile) -> bool:
    """The plan's account was approved but no address is recorded (and it is not closed)."""
    decision = plan.decision
    approved = decision is not None and decision.outcome.startswith("approved")
    return approved and plan.opened is None and plan.closed is None


def ask_address(plan: AnswersFile, prompter: LifecyclePrompter, day: str) -> bool:
    """Ask for the account's address and put it in ``plan.opened`` (opened ``day``); an address
    that is not http(s) is asked again. ``False`` when the user leaves it empty."""
    while True:
        url = (prompter.text("followup-opened.ask", URL_MAX) or "").strip()
        if not url:
            return False
        try:
            record_opened(plan, url, day)
        except UsageError:
            prompter.notice("followup-opened.bad-url", value=url)
            continue
        return True


def ask_items(
    items: Sequence[PlanItem],
    record: AnswersFile,
    prompter: LifecyclePrompter,
    lang: Lang,
    save: Callable[[AnswersFile], None],
) -> list[PlanItem]:
    """The items of ``items`` that ``record`` has no answer for yet, each asked in turn: whether
    it is solved now; every answer goes into ``record.plan_items`` and is saved as it is given
    (an interrupted follow-up resumes at the next item). Returns the items asked."""
    done = {(c.kind, c.id) for c in record.plan_items}
    todo = [i for i in items if (i.kind, i.id) not in done]
    if not todo:
        return []
    prompter.notice("followup-items.intro", count=len(items))
    options = [(message(f"followup-items.answer-{s}", lang), s) for s in ITEM_STATES]
    for item in todo:
        state: ItemState = prompter.choose(
            "followup-items.ask",
            options,
            kind=message(f"followup-items.kind-{item.kind}", lang),
            text=item.text.get(lang),
        )
        record.plan_items = [
            *record.plan_items,
            ItemCheck.model_validate(
                {"kind": item.kind, "id": item.id, "text": item.text.get(lang), "state": state}
            ),
        ]
        save(record)
    return todo
