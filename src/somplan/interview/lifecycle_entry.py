"""What a follow-up asks besides its flow: the account's address when the plan's account was
approved but its opening never recorded, and whether each of the plan's blockers and conditions
is solved. Through the prompter seam only (no terminal code here); the caller saves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from somplan.assessment.plan_items import PlanItem
from somplan.content.account import ITEM_STATES, ItemCheck, ItemState
from somplan.content.answers import AnswersFile
from somplan.content.model import Question
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
    todo = open_items(items, record)
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
        record.plan_items = with_item(record, item, state, lang)
        save(record)
    return todo


def open_items(items: Sequence[PlanItem], record: AnswersFile) -> list[PlanItem]:
    """The items of ``items`` that ``record`` has no answer for yet, in order."""
    done = {(c.kind, c.id) for c in record.plan_items}
    return [i for i in items if (i.kind, i.id) not in done]


def item_state(record: AnswersFile, item: PlanItem) -> ItemState | None:
    """What ``record`` says of ``item`` (``None``: not asked yet)."""
    return next(
        (c.state for c in record.plan_items if (c.kind, c.id) == (item.kind, item.id)), None
    )


def with_item(record: AnswersFile, item: PlanItem, state: ItemState, lang: Lang) -> list[ItemCheck]:
    """``record.plan_items`` with ``state`` given to ``item``: a new answer goes last, a changed
    one keeps its place."""
    check = ItemCheck.model_validate(
        {"kind": item.kind, "id": item.id, "text": item.text.get(lang), "state": state}
    )
    checks = list(record.plan_items)
    for n, old in enumerate(checks):
        if (old.kind, old.id) == (item.kind, item.id):
            checks[n] = check
            return checks
    return [*checks, check]


def item_question(item: PlanItem, lang: Lang) -> Question:
    """The question "is this item solved now?" as a single choice of the item states, so that
    any front door can show and read it as it shows and reads the flow's questions."""
    kind = message(f"followup-items.kind-{item.kind}", lang)
    text = message("followup-items.ask", lang, kind=kind, text=item.text.get(lang))
    help_text = message("followup-items.intro-one", lang)
    return Question.model_validate(
        {
            "id": "plan_item",
            "kind": "single",
            "text": {"sv": text, "en": text},
            "help": {"sv": help_text, "en": help_text},
            "choices": [
                {"id": s, "label": {"sv": label, "en": label}}
                for s in ITEM_STATES
                for label in [message(f"followup-items.answer-{s}", lang)]
            ],
        }
    )
