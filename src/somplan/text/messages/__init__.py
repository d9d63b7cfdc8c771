"""The message catalogue: every interface text in Swedish and English, keyed by name.

One module per area of the program, each with a ``MESSAGES`` dict, named in ``MODULES`` (a
list, so that a stray file in this folder never becomes part of the catalogue and the imports stay
visible to tools); they are merged into ``MESSAGES``. A key may be defined in one module only (a test checks it).
Content texts (questions, channels, rules) are in ``questions/``, not here.
"""

from __future__ import annotations

from types import ModuleType

from somplan.text.messages import (
    advice,
    decision,
    followup,
    followup_outputs,
    interface,
    interview,
    lifecycle,
    paper,
    plan,
    profile,
    proposal,
    register,
    report,
    scoring,
    web,
    web_decision,
    web_followup,
    web_proposal,
    web_register,
)

MODULES: tuple[ModuleType, ...] = (
    advice,
    decision,
    followup,
    followup_outputs,
    interface,
    interview,
    lifecycle,
    paper,
    plan,
    proposal,
    profile,
    register,
    report,
    scoring,
    web,
    web_decision,
    web_followup,
    web_proposal,
    web_register,
)

MESSAGES: dict[str, tuple[str, str]] = {}
for _module in MODULES:
    MESSAGES.update(_module.MESSAGES)
