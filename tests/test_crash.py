"""An unexpected internal error: one line on screen, the traceback in a log file, exit 70."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BOOM = r"""
import sys
import somplan.commands.validate
def boom(paths):
    raise RuntimeError("simulated bug")
somplan.commands.validate.validate_paths = boom
sys.argv = ["somplan", "validate"]
from somplan.cli import main
main()
"""


def run_boom(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ, XDG_STATE_HOME=str(tmp_path / "state"), HOME=str(tmp_path), **env
    )
    environment.pop("SOMPLAN_DEBUG", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", BOOM], capture_output=True, text=True, timeout=60, env=environment
    )


def test_internal_error_is_one_line_and_a_log_file(tmp_path: Path) -> None:
    result = run_boom(tmp_path)
    assert result.returncode == 70
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    log = Path(lines[0].split("loggfilen ")[1].split(" ")[0])
    assert "RuntimeError: simulated bug" in log.read_text(encoding="utf-8")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = run_boom(tmp_path, SOMPLAN_DEBUG="1")
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "simulated bug" in result.stderr


def test_old_crash_logs_are_removed(tmp_path: Path) -> None:
    from somplan import crash

    folder = tmp_path / "logs"
    folder.mkdir()
    for i in range(crash.KEEP_LOGS + 4):
        old = folder / f"somplan-crash-2026010{i}-1.log"
        old.write_text("old", encoding="utf-8")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(crash, "log_dir", lambda: folder)
        path = crash.write_crash_log(RuntimeError("x"))
    logs = sorted(folder.glob("somplan-crash-*.log"))
    assert path in logs and len(logs) == crash.KEEP_LOGS
    assert folder / "somplan-crash-20260100-1.log" not in logs  # the oldest went first


def test_other_programs_crash_logs_are_never_removed(tmp_path: Path) -> None:
    """With somplan's own folder unwritable the log goes to the temporary folder, and nothing
    there is pruned: other programs' ``crash-*.log`` stay (review F17)."""
    import pytest

    from somplan import crash

    shared = tmp_path / "tmp"
    shared.mkdir()
    theirs = [shared / f"crash-2026010{i}-1.log" for i in range(crash.KEEP_LOGS + 3)]
    for other in theirs:
        other.write_text("another program's", encoding="utf-8")
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(crash, "log_dir", lambda: blocked / "logs")
        mp.setattr("tempfile.gettempdir", lambda: str(shared))
        path = crash.write_crash_log(RuntimeError("x"))
    assert path is not None and path.parent == shared and path.name.startswith("somplan-crash-")
    assert all(other.exists() for other in theirs)
