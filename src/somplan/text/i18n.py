"""Languages and the catalogue of interface messages (content texts live in the YAML files)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Literal

from somplan.text.safetext import inert

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")
DEFAULT_LANG: Lang = "sv"


@dataclass(frozen=True)
class Msg:
    """A message to be rendered later, in whatever language the user reads."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: Lang) -> str:
        return message(self.key, lang, **self.params)

    def get(self, lang: Lang) -> str:
        """The same as ``text``, so a message and a content text are read alike."""
        return self.text(lang)


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Count(int):
    """A number in a message that also picks its word: ``{count:fråga|frågor}`` gives the first
    form for 1 and the second otherwise (Swedish and English both have one singular form)."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, other = spec.split("|", 1)
            return one if self == 1 else other
        return int.__format__(self, spec)


class MissingMessage(KeyError):
    """A message key that the catalogue does not have (raised when SOMPLAN_STRICT_MESSAGES is set,
    as in the tests; otherwise the key itself is shown)."""


def message(key: str, lang: Lang, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in (made inert for the terminal)."""
    from somplan.text.messages import MESSAGES

    entry = MESSAGES.get(key)
    if entry is None:
        if os.environ.get("SOMPLAN_STRICT_MESSAGES"):
            raise MissingMessage(key)
        entry = (key, key)
    sv, en = entry
    template = en if lang == "en" else sv
    safe = _Params({k: _param(v, lang) for k, v in params.items()})
    return template.format_map(safe)


def _param(value: Any, lang: Lang) -> Any:
    if isinstance(value, Msg):
        return value.text(lang)
    if hasattr(value, "sv") and callable(getattr(value, "get", None)):  # a Localized text
        return inert(value.get(lang))
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Count(value)
    return value
