"""The one exception family that a user sees: each error knows its exit code and its words.

Commands raise a ``SomplanError`` and never print it themselves; the command line maps it once
(``somplan.cli.build_app``): its lines go to stderr in the user's language and the program
exits with ``SomplanError.exit_code`` (see ``docs/exit-codes.md``). Anything else that escapes
is a bug: one line and a crash log (exit 70).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from somplan.exitcodes import ExitCode

if TYPE_CHECKING:
    from somplan.text.i18n import Lang


class SomplanError(Exception):
    """Base of every error a user is meant to read."""

    exit_code: ClassVar[ExitCode] = ExitCode.INTERNAL_ERROR

    def lines(self, lang: Lang) -> list[str]:
        """What to print, one paragraph a line, already safe for a terminal."""
        raise NotImplementedError


class UsageError(SomplanError):
    """The command was given something it cannot use (an unknown format, a missing folder...)."""

    exit_code = ExitCode.USAGE

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def lines(self, lang: Lang) -> list[str]:
        from somplan.text.i18n import message

        return [message(self.key, lang, **self.params)]


def handled(call: Callable[[], int], lang: Lang) -> int:
    """Run ``call`` (a command); a ``SomplanError`` becomes its lines on stderr and its exit
    code. The command line runs every command through this, and only through this."""
    try:
        return call()
    except SomplanError as exc:
        for line in exc.lines(lang):
            print(line, file=sys.stderr, flush=True)
        return exc.exit_code
