"""Atomic file writes: a complete new file or the old one untouched, never a truncated file."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from somplan.errors import SomplanError
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang, message


class WriteError(SomplanError):
    """A file could not be written; ``reason`` says why in words a user understands."""

    exit_code = ExitCode.WRITE_FAILED

    def __init__(self, path: Path, reason_key: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason_key} {detail}")
        self.path = path
        self.reason_key = reason_key
        self.detail = detail

    def render(self, lang: Lang) -> str:
        reason = message(f"write.{self.reason_key}", lang, detail=self.detail)
        return message("write.failed", lang, path=str(self.path), reason=reason)

    def lines(self, lang: Lang) -> list[str]:
        return [self.render(lang)]


def _reason(exc: OSError) -> str:
    return {
        errno.ENOSPC: "disk-full",
        errno.EDQUOT: "disk-full",
        errno.EACCES: "no-permission",
        errno.EPERM: "no-permission",
        errno.EROFS: "read-only",
        errno.ENOENT: "no-folder",
        errno.ENOTDIR: "no-folder",
        errno.EISDIR: "is-folder",
    }.get(exc.errno or 0, "other")


def new_file_mode() -> int:
    """The mode a new file gets from ``open()``: 0666 less the process's umask."""
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return 0o666 & ~mask


def ensure_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing; raises ``WriteError``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(folder, _reason(exc), exc.strerror or str(exc)) from None


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder, fsync and rename."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    if path.is_dir():
        raise WriteError(path, "is-folder")
    if path.exists() and not path.is_file():
        # A device or a pipe (-o /dev/null, -o /dev/stdout, a FIFO): written to, never replaced
        # by a rename, which would put a regular file where the device was.
        try:
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise WriteError(path, _reason(exc), exc.strerror or str(exc)) from None
        return
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # mkstemp makes an owner-only file; the result gets the mode of the file it replaces,
            # or the usual mode of a new file (0666 less the umask), so colleagues can read it.
            os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else new_file_mode())
        os.replace(tmp_name, path)
        tmp_name = None
        with contextlib.suppress(OSError):  # make the rename itself durable where possible
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        raise WriteError(path, _reason(exc), exc.strerror or str(exc)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def notify(text: str) -> None:
    """A note for the user on stderr (never an error: those are raised, see ``errors.handled``),
    wrapped to the terminal when stderr is one."""
    import sys

    from somplan.text.layout import fill

    print(fill(text, sys.stderr), file=sys.stderr, flush=True)


def emit(
    data: str | bytes, output: Path | None, lang: Lang, written: str = "output.written"
) -> None:
    """What a command made: to ``output`` (atomically, then a line on stderr that says where),
    or to stdout when no file is named."""
    import sys

    if output is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
            sys.stdout.flush()
        return
    write_bytes_atomic(output, data if isinstance(data, bytes) else data.encode("utf-8"))
    notify(message(written, lang, path=str(output)))


def prune(where: Path, pattern: str, keep: int) -> None:
    """Remove all but the ``keep`` newest files matching ``pattern`` in ``where`` (best effort:
    a file that cannot be removed stays)."""
    with contextlib.suppress(OSError):
        entries = sorted(where.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            with contextlib.suppress(OSError):
                old.unlink()
