"""Unexpected internal errors: one line on screen, the traceback in a log file."""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from pathlib import Path

#: How many crash logs are kept; older ones are removed when a new one is written.
KEEP_LOGS = 5


#: Crash logs are named so that pruning can never touch another program's files.
PREFIX = "somplan-crash-"


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("somplan", appauthor=False))


def write_crash_log(exc: BaseException) -> Path | None:
    """Write the traceback of ``exc`` to a new log file; ``None`` if even that fails."""
    text = "".join(traceback.format_exception(exc))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    own = log_dir()
    for folder in (own, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{PREFIX}{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8")
        except OSError:
            continue
        if folder == own:  # only somplan's own folder is pruned, never the shared temp folder
            from somplan.writing import prune

            prune(folder, f"{PREFIX}*.log", KEEP_LOGS)
        return path
    return None


def debug_enabled() -> bool:
    return os.environ.get("SOMPLAN_DEBUG", "") not in ("", "0")
