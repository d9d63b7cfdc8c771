"""Writes that fail while somplan runs, simulated so the tests also hold when run as root.

Root may write into a folder without write permission, so ``chmod`` cannot make a read-only place
here (tests/test_wizard.py skips its chmod test as root). Instead :class:`Deny` makes the calls that
create, write, rename or delete files in a folder (or a single "locked" file) fail with the errno
the operating system gives: EACCES for a folder without permission or a locked file, EROFS for a
read-only file system.

For each failure: a clear one-paragraph error, the previous answers (or output) file intact byte
for byte, no temporary file left behind, and in ``somplan start`` the answers in memory saved in a
fallback file (``recovered-*.yaml`` in the data folder) whose path is printed. The documented exit
code for "could not write" is 4 (src/somplan/exitcodes.py, docs/exit-codes.md).

Already covered elsewhere, not repeated: write_text_atomic failing in fsync (ENOSPC/EACCES/EROFS),
a missing folder and a folder path at the function level (tests/test_writing.py); a missing folder
for `start --answers` and for `report --output` (tests/test_wizard.py, tests/test_report.py).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from somplan.content import answers
from somplan.content.loader import load_content
from somplan.exitcodes import ExitCode

from .common import FIXTURES, ROOT, Run
from .fakes import WizardScript, start_command

CONTENT = FIXTURES / "content"
GOOD = ROOT / "examples" / "answers" / "library_teens.yaml"
FULL = ["dialogue", "Mål", 4, True, ["web"], 3]
REST = [4, True, ["web"], 3]  # after the seeded answers: hours, deputy, channels_today, confidence
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def _abs(path: Any) -> str:
    return os.path.abspath(os.fsdecode(os.fspath(path)))


@dataclass
class Deny:
    """Make writes fail like the OS would, whoever runs the tests (root included).

    ``folders``: nothing may be created, written, renamed into, or deleted inside them (a folder
    without write permission or on a read-only file system). ``locked``: these files may not be
    opened for writing or replaced (another program holds them). ``renames``: folders where only
    the final rename fails. Nothing is denied until ``active`` is set.
    """

    error: int = errno.EACCES
    folders: set[str] = field(default_factory=set)
    locked: set[str] = field(default_factory=set)
    renames: set[str] = field(default_factory=set)
    active: bool = False
    denied: list[str] = field(default_factory=list)

    def _inside(self, path: Any) -> bool:
        p = _abs(path)
        return any(p.startswith(folder + os.sep) for folder in self.folders)

    def _fail(self, what: str, path: Any) -> None:
        self.denied.append(f"{what} {path}")
        raise OSError(self.error, os.strerror(self.error), os.fsdecode(os.fspath(path)))

    def check_write(self, path: Any) -> None:
        if self.active and (self._inside(path) or _abs(path) in self.locked):
            self._fail("write", path)

    def check_rename(self, src: Any, dst: Any) -> None:
        if not self.active:
            return
        if self._inside(src) or self._inside(dst) or _abs(dst) in self.locked:
            self._fail("rename", dst)
        if os.path.dirname(_abs(dst)) in self.renames:
            self._fail("rename", dst)

    def check_create(self, path: Any) -> None:
        if self.active and self._inside(path):
            self._fail("create", path)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> Deny:
        real_open, real_replace, real_rename = os.open, os.replace, os.rename
        real_mkdir, real_unlink, real_file_open = os.mkdir, os.unlink, builtins.open

        def fake_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & _WRITE_FLAGS:
                self.check_write(path)
            return real_open(path, flags, *args, **kwargs)

        def fake_file_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | bytes | os.PathLike) and any(c in mode for c in "wax+"):
                self.check_write(file)
            return real_file_open(file, mode, *args, **kwargs)

        def fake_replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            self.check_rename(src, dst)
            real_replace(src, dst, *args, **kwargs)

        def fake_rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            self.check_rename(src, dst)
            real_rename(src, dst, *args, **kwargs)

        def fake_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
            self.check_create(path)
            real_mkdir(path, *args, **kwargs)

        def fake_unlink(path: Any, *args: Any, **kwargs: Any) -> None:
            self.check_create(path)
            real_unlink(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", fake_os_open)
        monkeypatch.setattr(builtins, "open", fake_file_open)
        monkeypatch.setattr(io, "open", fake_file_open)
        monkeypatch.setattr(os, "replace", fake_replace)
        monkeypatch.setattr(os, "rename", fake_rename)
        monkeypatch.setattr(os, "mkdir", fake_mkdir)
        monkeypatch.setattr(os, "unlink", fake_unlink)
        monkeypatch.setattr(os, "remove", fake_unlink)
        return self


# What each kind of failure denies, and the words the error must use.
KINDS: dict[str, tuple[int, str, str]] = {
    # kind: (errno, what is denied, reason in the English message)
    "folder-no-permission": (errno.EACCES, "folder", "permission denied"),
    "folder-read-only-fs": (errno.EROFS, "folder", "read-only"),
    "file-locked": (errno.EACCES, "locked", "permission denied"),
    "rename-refused": (errno.EACCES, "renames", "permission denied"),
}


def deny_for(kind: str, target: Path, monkeypatch: pytest.MonkeyPatch) -> Deny:
    error, what, _ = KINDS[kind]
    deny = Deny(error=error).install(monkeypatch)
    if what == "folder":
        deny.folders.add(_abs(target.parent))
    elif what == "locked":
        deny.locked.add(_abs(target))
    else:
        deny.renames.add(_abs(target.parent))
    return deny


def leftovers(folder: Path, keep: Path) -> list[str]:
    """Files in ``folder`` other than ``keep``: temporary files a failed write left behind."""
    return sorted(p.name for p in folder.iterdir() if p != keep)


# --- somplan start ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(folder))
    return folder


def start(script: WizardScript, answers_path: Path | None) -> int:
    return start_command(CONTENT, answers_path, "en", lambda _lang: script, lambda: True)


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """An unfinished answers file (goal and goal_detail answered) in its own folder."""
    folder = tmp_path / "plans"
    folder.mkdir()
    target = folder / "plan.yaml"
    assert start(WizardScript(["dialogue", "Mål", KeyboardInterrupt]), target) == 130
    return target


def at(action: Callable[[], None], reply: Any) -> Callable[..., Any]:
    """A scripted reply that first does ``action`` (e.g. makes the folder read-only)."""

    def reply_after(_question: Any, _current: Any, _progress: Any) -> Any:
        action()
        return reply

    return reply_after


def the_fallback(data_dir: Path, out: str) -> Path:
    found = sorted(data_dir.glob("recovered-*.yaml"))
    assert len(found) == 1, f"expected one recovered-*.yaml in {data_dir}, found {found}"
    assert str(found[0]) in out, "the fallback's path must be printed"
    return found[0]


def loaded_answers(path: Path) -> dict[str, Any]:
    return dict(answers.load(path, load_content(CONTENT).flow).answers)


def check_one_paragraph(err: str, target: Path, reason: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one paragraph, got:\n{err}"
    assert str(target) in lines[0] and reason in lines[0], lines[0]


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("when", ["from-the-start", "mid-run"])
def test_start_keeps_the_old_file_and_saves_the_answers_elsewhere(
    kind: str,
    when: str,
    seeded: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    deny = deny_for(kind, seeded, monkeypatch)
    before: dict[str, bytes] = {}

    def fail_from_now() -> None:
        before["bytes"] = seeded.read_bytes()
        deny.active = True

    if when == "from-the-start":
        fail_from_now()
        script = WizardScript(list(REST))
    else:  # the save after 'hours' works; the one after 'deputy' fails
        script = WizardScript([4, at(fail_from_now, True), ["web"], 3])
    start(script, seeded)
    out, err = capsys.readouterr()

    assert deny.denied, "the simulated failure was never hit"
    assert seeded.read_bytes() == before["bytes"]  # the previous file, byte for byte
    assert leftovers(seeded.parent, seeded) == []  # no temporary file left behind
    check_one_paragraph(err, seeded, KINDS[kind][2])
    fallback = the_fallback(data_dir, out + err)
    assert str(fallback) in err  # the error itself says where the answers went
    assert loaded_answers(fallback) == {
        "goal": "dialogue",
        "goal_detail": "Mål",
        "hours": 4,
        "deputy": True,
        "channels_today": ["web"],
        "confidence": 3,
    }


def test_start_that_could_not_write_the_chosen_file_exits_4(
    seeded: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answers are safe in the fallback, but the file the user named was not written: the
    documented code for that is 4, so a script can tell (docs/exit-codes.md)."""
    deny_for("folder-no-permission", seeded, monkeypatch).active = True
    assert start(WizardScript(list(REST)), seeded) == ExitCode.WRITE_FAILED
    assert list(data_dir.glob("recovered-*.yaml"))


def test_unwritable_folder_falls_back_and_says_where_as_root(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """tests/test_wizard.py::test_unwritable_folder_falls_back_and_says_where, which is skipped as
    root (chmod does not stop root), with the read-only folder simulated instead."""
    locked = tmp_path / "locked"
    locked.mkdir()
    deny = Deny(errno.EACCES, folders={_abs(locked)}, active=True).install(monkeypatch)
    start(WizardScript(list(FULL)), locked / "plan.yaml")
    out, err = capsys.readouterr()
    assert deny.denied and list(locked.iterdir()) == []
    check_one_paragraph(err, locked / "plan.yaml", "permission denied")
    fallback = the_fallback(data_dir, out + err)
    assert loaded_answers(fallback)["goal_detail"] == "Mål"


def test_answers_file_that_became_a_folder_mid_run(
    seeded: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()

    def make_it_a_folder() -> None:
        seeded.unlink()
        seeded.mkdir()

    start(WizardScript([4, at(make_it_a_folder, True), ["web"], 3]), seeded)
    out, err = capsys.readouterr()
    assert seeded.is_dir() and list(seeded.iterdir()) == []  # the folder is left alone
    check_one_paragraph(err, seeded, "folder")
    assert loaded_answers(the_fallback(data_dir, out + err))["deputy"] is True


def test_answers_option_naming_a_folder_is_refused_before_anything_is_written(
    run: Run, tmp_path: Path
) -> None:
    """Given as --answers, a folder is a usage error (exit 2): nothing is written, nothing asked."""
    folder = tmp_path / "plans"
    folder.mkdir()
    result = run("start", "--answers", str(folder), "--lang", "en")
    assert result.exit_code == ExitCode.USAGE
    assert str(folder) in result.stderr and "directory" in result.stderr
    assert "Traceback" not in result.output
    assert list(folder.iterdir()) == []


# --- the answers file replaced or deleted by another program during the run ------------------------

OTHER = (
    "# Edited by a colleague while the wizard was open\n"
    "kind: answers\nformat: 1\nflow: {id: fixture, version: 1}\nlanguage: en\n"
    "answers: {goal: everyone_does}\n"
)


def _replace_with_other(target: Path) -> None:
    """Replace ``target`` the way editors and sync clients do: a new file renamed over it."""
    new = target.with_name("incoming.tmp")
    new.write_text(OTHER, encoding="utf-8")
    os.replace(new, target)


@pytest.mark.parametrize("when", ["after-loading", "mid-run"])
def test_answers_file_replaced_during_the_run_is_not_overwritten(
    when: str,
    seeded: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Someone else's version of the file must not be silently overwritten with ours: it stays
    byte for byte, and our answers go to a fallback file that is named."""
    capsys.readouterr()
    if when == "after-loading":
        real_load = answers.load

        def load_then_replace(path: Path, *args: Any, **kwargs: Any) -> Any:
            record = real_load(path, *args, **kwargs)
            _replace_with_other(path)
            return record

        monkeypatch.setattr(answers, "load", load_then_replace)
        script = WizardScript(list(REST))
    else:
        script = WizardScript([4, at(lambda: _replace_with_other(seeded), True), ["web"], 3])
    code = start(script, seeded)
    out, err = capsys.readouterr()
    assert seeded.read_text(encoding="utf-8") == OTHER, "the replaced file was overwritten"
    assert "Traceback" not in err
    assert str(seeded) in err
    fallback = the_fallback(data_dir, out + err)
    assert loaded_answers(fallback)["deputy"] is True
    assert code == ExitCode.WRITE_FAILED


def test_answers_file_deleted_during_the_run_keeps_every_answer(
    seeded: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A deleted file may be written again where it was, or the answers may go to a fallback;
    either way every answer is saved in a file whose path is printed, with no traceback."""
    capsys.readouterr()
    code = start(WizardScript([4, at(seeded.unlink, True), ["web"], 3]), seeded)
    out, err = capsys.readouterr()
    assert code in (ExitCode.OK, ExitCode.WRITE_FAILED)
    assert "Traceback" not in out + err
    saved = seeded if seeded.exists() else the_fallback(data_dir, out + err)
    assert str(saved) in out + err
    assert loaded_answers(saved)["confidence"] == 3


# --- when the fallback cannot be written either ---------------------------------------------------


def printed_answers(err: str) -> dict[str, Any]:
    """With nowhere to write, the answers are printed as an answers file, to copy into one: the
    block from its header comment to the last line (the error about the fallback)."""
    lines = err.strip().splitlines()
    start_at = next(i for i, line in enumerate(lines) if line.startswith("# somplan"))
    document = yaml.safe_load("\n".join(lines[start_at:-1]))
    assert document["kind"] == "answers"
    return dict(document["answers"])


def test_chosen_folder_and_data_folder_both_read_only(
    seeded: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir.mkdir(exist_ok=True)
    capsys.readouterr()
    deny = Deny(errno.EROFS, folders={_abs(seeded.parent), _abs(data_dir)}).install(monkeypatch)
    before = seeded.read_bytes()
    deny.active = True
    code = start(WizardScript(list(REST)), seeded)
    _, err = capsys.readouterr()
    assert code == ExitCode.WRITE_FAILED
    assert seeded.read_bytes() == before
    assert list(data_dir.iterdir()) == [] and leftovers(seeded.parent, seeded) == []
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert str(seeded) in lines[0], f"the error must name the file the user chose:\n{err}"
    assert str(data_dir) in lines[-1]  # and, last, the fallback that failed too
    # The first save already fails, so nothing more is asked: what the user has is on screen.
    assert printed_answers(err) == loaded_answers(seeded)


@pytest.mark.parametrize("answers_given", [True, False], ids=["with-answers", "without-answers"])
def test_data_folder_that_cannot_be_created_is_a_write_error(
    answers_given: bool,
    seeded: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """$SOMPLAN_DATA_DIR under a read-only folder: a one-paragraph error and exit 4, never an
    unhandled PermissionError (which the CLI would turn into "internal error", exit 70)."""
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(readonly / "somplan" / "answers"))
    capsys.readouterr()
    deny = Deny(errno.EACCES, folders={_abs(readonly)}).install(monkeypatch)
    before = seeded.read_bytes()
    if answers_given:  # the chosen folder fails too, so the fallback folder is needed
        deny.folders.add(_abs(seeded.parent))
    deny.active = True
    code = start(
        WizardScript(list(FULL if not answers_given else REST)), seeded if answers_given else None
    )
    _, err = capsys.readouterr()
    assert code == ExitCode.WRITE_FAILED
    assert "Traceback" not in err and "permission denied" in err.splitlines()[0]
    if answers_given:  # the answers read from the file are printed, to copy
        assert printed_answers(err) == loaded_answers(seeded)
    else:  # the data folder is needed before the first question: one paragraph, nothing asked
        assert len(err.strip().splitlines()) == 1
    assert seeded.read_bytes() == before
    assert list(readonly.iterdir()) == []


# --- report --output and schema --output -----------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS))
def test_report_output_failure_keeps_the_old_output(
    run: Run, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.md"
    target.write_bytes(b"# the previous plan \xc3\xa5\n")
    deny = deny_for(kind, target, monkeypatch)
    deny.active = True
    result = run("report", str(GOOD), "--format", "markdown", "--output", str(target), lang="en")
    assert deny.denied
    assert result.exit_code == ExitCode.WRITE_FAILED
    assert result.stdout == ""
    check_one_paragraph(result.stderr, target, KINDS[kind][2])
    assert target.read_bytes() == b"# the previous plan \xc3\xa5\n"
    assert leftovers(folder, target) == []


@pytest.mark.parametrize("command", ["report", "schema"])
def test_output_that_is_a_folder(run: Run, command: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", encoding="utf-8")
    args = ["report", str(GOOD), "--format", "json"] if command == "report" else ["schema"]
    result = run(*args, "--output", str(folder), "--lang", "en")
    assert result.exit_code == ExitCode.WRITE_FAILED
    check_one_paragraph(result.stderr, folder, "folder")
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_schema_output_on_a_read_only_file_system(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "schema.json"
    target.parent.mkdir()
    target.write_text("{}\n", encoding="utf-8")
    deny = deny_for("folder-read-only-fs", target, monkeypatch)
    deny.active = True
    result = run("schema", "--output", str(target), "--lang", "en")
    assert result.exit_code == ExitCode.WRITE_FAILED
    check_one_paragraph(result.stderr, target, "read-only")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert leftovers(target.parent, target) == []


def test_the_simulation_really_denies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deny works as root: the same write that succeeds unpatched fails once it is active."""
    from somplan.writing import WriteError, write_text_atomic

    target = tmp_path / "a.yaml"
    deny = Deny(errno.EROFS, folders={_abs(tmp_path)}).install(monkeypatch)
    write_text_atomic(target, "first\n")
    deny.active = True
    with pytest.raises(WriteError) as info:
        write_text_atomic(target, "second\n")
    assert info.value.reason_key == "read-only"
    assert target.read_text(encoding="utf-8") == "first\n"
