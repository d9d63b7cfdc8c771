"""The message catalogue: every interface text in Swedish and English, keyed by name.

One module per area of the program, each with a ``MESSAGES`` dict; this package finds them all
and merges them into :data:`MESSAGES`. A key may be defined in one module only (a test checks it).
Content texts (questions, channels, rules) are in ``questions/``, not here.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"{__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name)
)

MESSAGES: dict[str, tuple[str, str]] = {}
for _module in MODULES:
    MESSAGES.update(_module.MESSAGES)
