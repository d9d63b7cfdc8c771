"""Atomic saves: a complete new file or the old one byte for byte, whatever goes wrong."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from somplan.writing import WriteError, write_text_atomic


def test_replaces_the_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    write_text_atomic(target, "first\n")
    write_text_atomic(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


@pytest.mark.parametrize(
    ("err", "reason"),
    [(errno.ENOSPC, "disk-full"), (errno.EACCES, "no-permission"), (errno.EROFS, "read-only")],
)
def test_failures_keep_the_old_file_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int, reason: str
) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"old content \xc3\xa5\n")

    def failing_fsync(fd: int) -> None:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(WriteError) as info:
        write_text_atomic(target, "new content that never lands\n")
    assert info.value.reason_key == reason
    assert target.read_bytes() == b"old content \xc3\xa5\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]  # the temporary file is gone


def test_missing_folder_and_folder_path(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as info:
        write_text_atomic(tmp_path / "missing" / "a.yaml", "x")
    assert info.value.reason_key == "no-folder"
    assert "does not exist" in info.value.render("en")
    with pytest.raises(WriteError) as info:
        write_text_atomic(tmp_path, "x")
    assert info.value.reason_key == "is-folder"


SAVER = r"""
import sys
from pathlib import Path
from somplan.writing import write_text_atomic
target = Path(sys.argv[1])
for i in range(1, 201):  # a loop of 200 saves, killed somewhere in the middle
    # Each version is complete and self-checking: a header line with its length.
    body = f"version {i}\n" + ("answer: " + "x" * (i % 5000) + "\n") * 20
    write_text_atomic(target, f"{len(body)}\n{body}")
    print(i, flush=True)  # saved: the test kills it after the first few
"""


def test_kill_9_during_saves_never_leaves_a_truncated_file(tmp_path: Path) -> None:
    target = tmp_path / "answers.yaml"
    script = tmp_path / "saver.py"
    script.write_text(SAVER, encoding="utf-8")
    for attempt in range(40):
        proc = subprocess.Popen([sys.executable, str(script), str(target)], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        # Killed after 1 to 9 saves, while it goes on saving (its output waits in the pipe).
        for line in proc.stdout:
            if int(line) == 1 + attempt % 9:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        text = target.read_text(encoding="utf-8")
        header, _, body = text.partition("\n")
        assert header.isdigit() and len(body) == int(header), f"truncated after kill #{attempt}"
    assert target.exists()


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600)])
def test_files_the_program_creates_get_the_usual_mode(
    tmp_path: Path, umask: int, expected: int
) -> None:
    """`somplan schema -o`, `report -o` and a new answers file: 0666 less the umask, as `>` in a
    shell would make them, so a colleague on a shared folder can read a report (not mkstemp's
    owner-only 0600). Run in a child process: the umask belongs to the whole process."""
    example = Path(__file__).resolve().parents[1] / "examples" / "answers" / "library_teens.yaml"
    exe = str(Path(sys.executable).parent / "somplan")
    script = (
        "import os, subprocess, sys\n"
        f"os.umask({umask})\n"
        f"subprocess.run([{exe!r}, 'schema', '-o', 'schema.json'], check=True)\n"
        f"subprocess.run([{exe!r}, 'report', {str(example)!r}, '-f', 'markdown', '-o', 'r.md'],"
        " check=True)\n"
        "from somplan.writing import write_text_atomic\n"
        "from pathlib import Path\n"
        "write_text_atomic(Path('answers.yaml'), 'kind: answers\\n')\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=True, capture_output=True)
    for name in ("schema.json", "r.md", "answers.yaml"):
        assert (tmp_path / name).stat().st_mode & 0o777 == expected, name


def test_a_replaced_file_keeps_its_own_mode(tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_text(encoding="utf-8") == "new"


def test_a_pipe_or_device_as_output_is_written_to_and_stays_what_it_was(tmp_path: Path) -> None:
    """`-o /dev/null` or a named pipe: the text goes into it, and the device or pipe is still
    there afterwards (a rename would have put a regular file in its place; as root, that once
    replaced this machine's /dev/null)."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    write_text_atomic(fifo, "rapport\n")
    reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the pipe was replaced by a file"
    assert received == [b"rapport\n"]
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left
