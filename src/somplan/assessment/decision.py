"""The decision on a plan, and where the plan's account stands: pure functions of one plan file.

A decision is bound to the answers it was taken on by a digest (SHA-256 of the answers and the
proposal, in a canonical JSON form). When either changes afterwards, the digest no longer matches
and every output says that the decision applies to an earlier version of the answers. The account
moves draft → proposed → decided → opened → closing → closed, worked out from the file (and the
outcome of its latest follow-up) each time, never stored.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from somplan.errors import SomplanError
from somplan.exitcodes import ExitCode

if TYPE_CHECKING:
    from somplan.content.account import Basis, Decision, Proposal
    from somplan.content.answers import AnswersFile
    from somplan.text.i18n import Lang

State = Literal["draft", "proposed", "decided", "opened", "closing", "closed"]
STATES: tuple[State, ...] = ("draft", "proposed", "decided", "opened", "closing", "closed")


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(exclude_none=True)
    return value


def answers_digest(record: AnswersFile) -> str:
    """``sha256:`` and the hex digest of the answers and the proposal: the same for the same
    answers however the file is laid out (key order, quoting, comments, time stamps)."""
    return digest_of(record.answers, record.proposal)


def digest_of(answers: Mapping[str, Any], proposal: Proposal | None) -> str:
    """``answers_digest`` of these answers and this proposal."""
    data = {"answers": dict(answers), "proposal": _plain(proposal)}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def basis_of(record: AnswersFile) -> Basis:
    """A copy of what a decision taken now is taken on: the answers and the proposal."""
    from somplan.content.account import Basis

    proposal = record.proposal.model_copy(deep=True) if record.proposal else None
    return Basis.model_construct(answers=copy.deepcopy(dict(record.answers)), proposal=proposal)


class NoDecisionBasis(SomplanError):
    """`somplan diff --since-decision` on a plan without a decision, or whose decision has no
    usable copy of its answers (exit 3)."""

    exit_code = ExitCode.INPUT_INVALID

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def lines(self, lang: Lang) -> list[str]:
        from somplan.text.i18n import message

        return [message(self.key, lang, **self.params)]


def decided_basis(record: AnswersFile, path: str) -> Basis:
    """The copy of the answers the plan's decision was taken on, checked against the decision's
    digest; ``NoDecisionBasis`` says why there is none (``path`` as the user named the file)."""
    decision = record.decision
    if decision is None:
        raise NoDecisionBasis("since-decision.no-decision", path=path)
    basis = decision.basis
    if basis is None:
        raise NoDecisionBasis("since-decision.no-copy", path=path, date=decision.date)
    if digest_of(basis.answers, basis.proposal) != decision.answers_digest:
        raise NoDecisionBasis("since-decision.copy-differs", path=path, date=decision.date)
    return basis


def applies_to_earlier(record: AnswersFile, decision: Decision | None = None) -> bool:
    """The decision (the file's own by default) was taken on answers that have changed since."""
    decision = decision or record.decision
    return decision is not None and decision.answers_digest != answers_digest(record)


def has_account_record(record: AnswersFile) -> bool:
    """The plan has gone beyond its answers: a proposal, a decision (now or earlier), an opened
    or closed account."""
    return bool(
        record.proposal or record.decision or record.history or record.opened or record.closed
    )


def account_state(record: AnswersFile, latest_outcome: str | None = None) -> State:
    """Where the plan's account stands; ``latest_outcome`` is its latest follow-up's verdict
    (continue/adjust/close), when known."""
    if record.closed:
        return "closed"
    if latest_outcome == "close" and (record.opened or record.decision):
        return "closing"
    if record.opened:
        return "opened"
    if record.decision:
        return "decided"
    if record.proposal is not None and record.complete:
        return "proposed"
    return "draft"


@dataclass(frozen=True)
class DecisionStatus:
    """What every output shows of a plan's decision and account."""

    state: State
    outcome: str | None = None
    date: str | None = None
    reference: str | None = None
    by_role: str | None = None
    by_name: str | None = None
    conditions: tuple[str, ...] = ()
    note: str | None = None
    #: The answers (or the proposal) changed after the decision.
    earlier_version: bool = False
    allow_incomplete: bool = False
    replaced: int = 0  # decisions kept in the history
    opened_url: str | None = None
    opened_date: str | None = None
    closed: str | None = None


def decision_status(record: AnswersFile, latest_outcome: str | None = None) -> DecisionStatus:
    decision = record.decision
    opened = record.opened
    common: dict[str, Any] = {
        "state": account_state(record, latest_outcome),
        "replaced": len(record.history),
        "opened_url": opened.url if opened else None,
        "opened_date": opened.date if opened else None,
        "closed": record.closed,
    }
    if decision is None:
        return DecisionStatus(**common)
    return DecisionStatus(
        **common,
        outcome=decision.outcome,
        date=decision.date,
        reference=decision.reference,
        by_role=decision.by.role,
        by_name=decision.by.name,
        conditions=tuple(decision.conditions),
        note=decision.note,
        earlier_version=applies_to_earlier(record, decision),
        allow_incomplete=decision.allow_incomplete,
    )


def status_data(status: DecisionStatus) -> dict[str, Any]:
    """The status as plain data (the JSON outputs' ``decision`` object)."""
    return {
        "state": status.state,
        "outcome": status.outcome,
        "date": status.date,
        "reference": status.reference,
        "by": {"role": status.by_role, "name": status.by_name} if status.by_role else None,
        "conditions": list(status.conditions),
        "note": status.note,
        "applies_to_earlier_version": status.earlier_version,
        "allow_incomplete": status.allow_incomplete,
        "replaced_decisions": status.replaced,
        "opened": (
            {"url": status.opened_url, "date": status.opened_date} if status.opened_url else None
        ),
        "closed": status.closed,
    }


@dataclass(frozen=True)
class Followed:
    """An account a follow-up follows: its platform (a channel id, ``other`` with its own name,
    or ``None`` when the plan proposes none), its name there and its address once opened."""

    platform: str | None
    other_channel: str | None = None
    name: str | None = None
    url: str | None = None


def accounts_followed(record: AnswersFile) -> tuple[Followed, ...]:
    """The accounts of the plan: each proposed one, the opened address with the one whose
    platform its host names (else the first); an opened address without a proposal alone."""
    url = record.opened.url if record.opened else None
    proposed = list(record.proposal.accounts) if record.proposal else []
    if not proposed:
        return (Followed(None, url=url),) if url else ()
    mine = 0
    if url:
        try:
            host = (urlsplit(url).hostname or "").replace("-", "")
        except ValueError:
            host = ""
        mine = next((i for i, a in enumerate(proposed) if a.platform.lower() in host), 0)
    return tuple(
        Followed(a.platform, a.other_channel, a.name, url if i == mine else None)
        for i, a in enumerate(proposed)
    )
