"""A cache of validated content, so `start`, `report`, `diff` and `summary` skip re-validating
question files that have not changed.

The key is a hash of somplan's version, the Python and pydantic versions and the exact bytes of
every content file; any change gives a new key, so a stale entry is never used. The entry is a
pickle in the user's own cache folder ($SOMPLAN_CACHE_DIR overrides, SOMPLAN_NO_CACHE=1 turns the
cache off). Anything unexpected while reading it means: validate the files as usual. `somplan
validate` never uses the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from somplan import __version__

if TYPE_CHECKING:
    from somplan.loader import Content


def enabled() -> bool:
    return os.environ.get("SOMPLAN_NO_CACHE", "") in ("", "0")


def folder() -> Path:
    override = os.environ.get("SOMPLAN_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("somplan", appauthor=False))


def key(files: list[Path], required: tuple[str, ...]) -> str | None:
    """The cache key of these files, or ``None`` if one cannot be read (then no cache)."""
    import pydantic

    digest = hashlib.sha256()
    digest.update(f"{__version__}|{sys.version}|{pydantic.VERSION}|{','.join(required)}".encode())
    try:
        for path in files:
            digest.update(path.name.encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def load(cache_key: str) -> Content | None:
    from somplan.loader import Content

    path = folder() / f"content-{cache_key}.pickle"
    try:
        with path.open("rb") as handle:
            content = pickle.load(handle)
    except Exception:  # missing, unreadable or from another version: validate as usual
        return None
    return content if isinstance(content, Content) else None


def store(cache_key: str, content: Content) -> None:
    from somplan.writing import WriteError, write_bytes_atomic

    with contextlib.suppress(OSError, WriteError, pickle.PicklingError):
        target = folder()
        target.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(
            target / f"content-{cache_key}.pickle",
            pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL),
        )
