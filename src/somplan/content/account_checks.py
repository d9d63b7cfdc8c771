"""The account's record checked against the channel catalogue: a proposed platform is a channel
the catalogue knows, or "other" with the channel's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from somplan.content.account import OTHER

if TYPE_CHECKING:
    from somplan.content.account import Proposal
    from somplan.content.model import Catalogue
    from somplan.content.problems import Problem
    from somplan.content.yamlsource import Document


def account_problems(
    doc: Document, proposal: Proposal | None, catalogue: Catalogue
) -> list[Problem]:
    """Problems of a plan's ``proposal`` against ``catalogue``, with their positions."""
    if proposal is None:
        return []
    problems = []
    known = [c.id for c in catalogue.channels]
    for i, account in enumerate(proposal.accounts):
        where = ("proposal", "accounts", i, "platform")
        if account.platform == OTHER:
            if not account.other_channel:
                problems.append(doc.problem(where, "proposal-other-unnamed"))
        elif account.platform not in known:
            problems.append(
                doc.problem(
                    where,
                    "proposal-unknown-platform",
                    value=account.platform,
                    known=", ".join([*known, OTHER]),
                )
            )
    return problems
