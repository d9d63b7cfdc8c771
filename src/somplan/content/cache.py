"""A cache of validated content, so `start`, `report`, `diff` and `summary` skip re-validating
question files that have not changed.

The key is a hash of somplan's version, the Python and pydantic versions and the exact bytes of
every content file; any change gives a new key, so a stale entry is never used. An entry is plain
JSON data: the validated models written out field by field, each object tagged with the name of
its model class, and rebuilt with ``model_construct`` (no second validation). Reading an entry can
only make instances of the content models with data in them; it never runs code, so a cache folder
that someone else can write is no way in. Entries live in the user's own cache folder
($SOMPLAN_CACHE_DIR overrides, SOMPLAN_NO_CACHE=1 turns the cache off); only the newest
``KEEP`` are kept. Anything unexpected while reading an entry means: validate the files as
usual. `somplan validate` never uses the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from somplan import __version__
from somplan.content import model

#: How many entries the cache folder keeps (one per version of the content files in use).
KEEP = 5
FORMAT = 1
_MODELS: dict[str, type[BaseModel]] = {
    name: obj
    for name, obj in vars(model).items()
    if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == model.__name__
}


class _NotCacheable(Exception):
    pass


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
    digest.update(
        f"{FORMAT}|{__version__}|{sys.version}|{pydantic.VERSION}|{','.join(required)}".encode()
    )
    try:
        for path in files:
            digest.update(path.name.encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _entry(cache_key: str) -> Path:
    return folder() / f"content-{cache_key}.json"


def to_data(value: Any) -> Any:
    """``value`` as JSON data that ``from_data`` turns back into an equal value."""
    if isinstance(value, BaseModel):
        name = type(value).__name__
        if _MODELS.get(name) is not type(value):
            raise _NotCacheable(name)
        fields = {f: to_data(getattr(value, f)) for f in type(value).model_fields}
        return {"model": name, "fields": fields}
    if isinstance(value, tuple):
        return {"tuple": [to_data(v) for v in value]}
    if isinstance(value, list):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise _NotCacheable("dict key")
        return {"dict": {k: to_data(v) for k, v in value.items()}}
    if value is None or type(value) in (str, int, float, bool):
        return value
    raise _NotCacheable(type(value).__name__)


def from_data(data: Any) -> Any:
    """The value written by ``to_data``; raises ``ValueError`` on anything else."""
    if isinstance(data, list):
        return [from_data(v) for v in data]
    if isinstance(data, dict):
        if set(data) == {"model", "fields"}:
            cls = _MODELS.get(data["model"])
            if cls is None or not isinstance(data["fields"], dict):
                raise ValueError("unknown model")
            unknown = set(data["fields"]) - set(cls.model_fields)
            if unknown:
                raise ValueError("unknown field")
            return cls.model_construct(**{k: from_data(v) for k, v in data["fields"].items()})
        if set(data) == {"tuple"} and isinstance(data["tuple"], list):
            return tuple(from_data(v) for v in data["tuple"])
        if set(data) == {"dict"} and isinstance(data["dict"], dict):
            return {k: from_data(v) for k, v in data["dict"].items()}
        raise ValueError("unknown object")
    if data is None or type(data) in (str, int, float, bool):
        return data
    raise ValueError("unknown value")


def load(cache_key: str) -> dict[str, Any] | None:
    """The models stored under ``cache_key`` by kind (and their file names under ``files``), or
    ``None`` when there is no usable entry."""
    try:
        data = json.loads(_entry(cache_key).read_text(encoding="utf-8"))
        if data.get("key") != cache_key:
            return None
        entry = from_data(data["content"])
    except (OSError, ValueError, KeyError, TypeError):  # missing, damaged or from another version
        return None
    return entry if isinstance(entry, dict) else None


def store(cache_key: str, entry: dict[str, Any]) -> None:
    """Keep ``entry`` (models by kind, and plain values) under ``cache_key``; prune old entries."""
    from somplan.writing import WriteError, prune, write_text_atomic

    try:
        text = json.dumps({"key": cache_key, "content": to_data(entry)}, ensure_ascii=False)
    except (_NotCacheable, ValueError):
        return
    with contextlib.suppress(OSError, WriteError):
        target = folder()
        target.mkdir(parents=True, exist_ok=True)
        write_text_atomic(_entry(cache_key), text)
        prune(target, "content-*", KEEP)
