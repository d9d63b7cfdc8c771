"""Unexpected internal errors: one line on screen, the traceback in a log file."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
import traceback
from pathlib import Path

#: How many crash logs are kept; older ones are removed when a new one is written.
KEEP_LOGS = 5


def log_dir() -> Path:
    try:
        from platformdirs import user_log_dir

        return Path(user_log_dir("somplan", appauthor=False))
    except Exception:  # pragma: no cover - platformdirs missing or unusable
        return Path(tempfile.gettempdir())


def write_crash_log(exc: BaseException) -> Path | None:
    """Write the traceback of ``exc`` to a new log file; ``None`` if even that fails."""
    text = "".join(traceback.format_exception(exc))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8")
            _prune(folder, path)
            return path
        except OSError:
            continue
    return None


def _prune(folder: Path, newest: Path) -> None:
    """Keep only the :data:`KEEP_LOGS` newest crash logs in ``folder``."""
    try:
        logs = sorted(folder.glob("crash-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in [p for p in logs if p != newest][KEEP_LOGS - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()


def debug_enabled() -> bool:
    return os.environ.get("SOMPLAN_DEBUG", "") not in ("", "0")
