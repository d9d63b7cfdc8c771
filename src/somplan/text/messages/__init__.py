"""The message catalogue: every interface text in Swedish and English, keyed by name.

One module per area of the program; this package merges them into :data:`MESSAGES`. A key may be
defined in one module only (a test checks it). Content texts (questions, channels, rules) are in
``questions/``, not here.
"""

from __future__ import annotations

from somplan.text.messages import followup, interface, report

MODULES = (interface, report, followup)

MESSAGES: dict[str, tuple[str, str]] = {}
for _module in MODULES:
    MESSAGES.update(_module.MESSAGES)
