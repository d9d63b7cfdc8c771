"""A progress bar on stderr for long work, shown only where someone watches (a terminal)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def progress(total: int, label: str, shown_from: int) -> Iterator[Callable[[], None]]:
    """A function to call once per item done; a bar on stderr from ``shown_from`` items on when
    stderr is a terminal, nothing otherwise. The bar is removed when the work ends."""
    if total < shown_from or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task(label, total=total)
    with bar:
        yield lambda: bar.advance(task)
