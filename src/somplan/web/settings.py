"""The web app's settings: command-line options over environment variables over a settings
file over the defaults (docs/deploy.md lists them).

========================  ==============================  =======================================
setting                   environment variable            meaning
========================  ==============================  =======================================
``host``                  ``SOMPLAN_WEB_HOST``            address to listen on (127.0.0.1)
``port``                  ``SOMPLAN_WEB_PORT``            port (0: a free one)
``user_header``           ``SOMPLAN_WEB_USER_HEADER``     header the proxy sets with the user's name:
                                                          shared mode, each user's plans apart
``data_dir``              ``SOMPLAN_DATA_DIR``            where plans are kept
``max_body``              ``SOMPLAN_WEB_MAX_BODY``        largest request body in bytes (65536)
``lang``                  ``SOMPLAN_LANG``                language of the pages until one is chosen
``questions``             ``SOMPLAN_WEB_QUESTIONS``       content folder (the shipped one)
``communicators``         ``SOMPLAN_WEB_COMMUNICATORS``   shared mode: the users who see the
                                                          register and summary of every plan
                                                          (comma-separated in the environment)
========================  ==============================  =======================================

The settings file (``SOMPLAN_WEB_SETTINGS``, TOML) holds the same names, e.g.
``user_header = "X-Remote-User"``, ``communicators = ["anna.berg", "bo.ek"]``.
"""

from __future__ import annotations

import os
import re
import secrets
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from somplan.errors import UsageError
from somplan.text.i18n import Lang

#: The largest request body taken: a page of answers is a few kilobytes.
MAX_BODY = 64 * 1024
_HEADER = re.compile(r"^[A-Za-z0-9-]{1,64}$")
#: A communicator's user name as the proxy sends it: printable, no commas (the list's separator
#: in the environment), at most 200 characters.
_USER = re.compile(r"^[^\x00-\x1f\x7f,]{1,200}$")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 0
    user_header: str | None = None
    data_dir: Path | None = None  # None: where `somplan start` saves
    max_body: int = MAX_BODY
    lang: Lang = "sv"
    questions: Path | None = None
    #: Shared mode: the user names (as the proxy's header gives them) that see the register and
    #: the summary of every user's plans.
    communicators: tuple[str, ...] = ()
    #: The secret in the address of a local server; every request needs it (then its cookie).
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @property
    def shared(self) -> bool:
        """Shared mode: the proxy in front says who the user is; there is no token."""
        return self.user_header is not None

    def may_see_register(self, user: str) -> bool:
        """Whether ``user`` sees the register and the summary: always on a local server (one
        person's own plans), only a communicator on a shared one."""
        return not self.shared or user.strip() in self.communicators

    def plans_folder(self) -> Path:
        if self.data_dir is not None:
            return self.data_dir
        from somplan.interview.wizard import data_dir

        return data_dir()


_ENV = {
    "host": "SOMPLAN_WEB_HOST",
    "port": "SOMPLAN_WEB_PORT",
    "user_header": "SOMPLAN_WEB_USER_HEADER",
    "data_dir": "SOMPLAN_DATA_DIR",
    "max_body": "SOMPLAN_WEB_MAX_BODY",
    "lang": "SOMPLAN_LANG",
    "questions": "SOMPLAN_WEB_QUESTIONS",
    "communicators": "SOMPLAN_WEB_COMMUNICATORS",
}


def _names(raw: Any) -> tuple[str, ...]:
    """The communicators: a TOML list of names, or one text with the names separated by commas
    (the environment); each name stripped, none empty."""
    if isinstance(raw, str):
        parts = raw.split(",")
    elif isinstance(raw, list) and all(isinstance(name, str) for name in raw):
        parts = raw
    else:
        raise ValueError
    names = tuple(name.strip() for name in parts)
    if not all(_USER.match(name) and name == name.strip() for name in names):
        raise ValueError
    return names


def _value(name: str, raw: Any, where: str) -> Any:
    """One setting's value, checked; a wrong one is a usage error that names where it came from."""
    try:
        if name in ("port", "max_body"):
            number = int(raw)
            if (name == "port" and not 0 <= number <= 65535) or (
                name == "max_body" and number < 1024
            ):
                raise ValueError
            return number
        if name == "communicators":
            return _names(raw)
        text = str(raw).strip()
        if name in ("data_dir", "questions"):
            return Path(text).expanduser() if text else None
        if name == "user_header":
            if not text:
                return None
            if not _HEADER.match(text):
                raise ValueError
            return text
        if name == "lang":
            if text not in ("sv", "en"):
                raise ValueError
            return text
        if not text:
            raise ValueError
        return text
    except (TypeError, ValueError):
        raise UsageError("web.bad-setting", name=name, value=str(raw), where=where) from None


def load_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The settings: ``overrides`` (options given on the command line, None for not given) over
    the environment over the settings file over the defaults."""
    values: dict[str, Any] = {}
    file = os.environ.get("SOMPLAN_WEB_SETTINGS", "").strip()
    if file:
        try:
            data = tomllib.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsageError("web.bad-settings-file", path=file, reason=str(exc)) from None
        for name, raw in data.items():
            if name not in _ENV:
                raise UsageError("web.unknown-setting", name=name, path=file)
            values[name] = _value(name, raw, file)
    for name, variable in _ENV.items():
        raw = os.environ.get(variable)
        if raw is not None and raw.strip():
            values[name] = _value(name, raw, variable)
    for name, raw in (overrides or {}).items():
        if raw is not None:
            values[name] = _value(name, raw, "--" + name.replace("_", "-"))
    return replace(Settings(), **values)
