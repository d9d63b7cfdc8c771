"""The pre-commit hook of .pre-commit-hooks.yaml, tried the way another municipality's repository
would use it: ``pre-commit try-repo <this repository> somplan-validate --all-files``.

try-repo installs this repository (and its dependencies, from the package index) into a fresh
virtualenv, so each run takes some seconds and needs the network. It always builds that
environment in a throwaway store of its own (PRE_COMMIT_HOME is not used for it), which is why the
broken files are checked in one run rather than one run each. When this checkout has uncommitted
changes to tracked files, try-repo copies them into a temporary commit and tests those; untracked
files are left out.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .common import ROOT, SHIPPED

pytest.importorskip("pre_commit")

HOOK_ID = "somplan-validate"
GIT = shutil.which("git")


def _root_is_git_repository() -> bool:
    if GIT is None:
        return False
    result = subprocess.run(
        [GIT, "-C", str(ROOT), "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and Path(result.stdout.strip()).resolve() == ROOT.resolve()


pytestmark = [
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.skipif(
        not _root_is_git_repository(),
        reason=f"{ROOT} is not the root of a git repository (pre-commit try-repo needs one; "
        "a clone has it, an unpacked sdist does not)",
    ),
]


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without variables that would point git or pre-commit elsewhere (they are
    set when the tests themselves run inside a git hook) or skip the hook."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT")) and key != "SKIP"
    }
    env.update(extra)
    return env


def _git(repo: Path, *args: str) -> None:
    assert GIT is not None
    subprocess.run(
        [GIT, "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        env=_clean_env(),
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit home for the session, so nothing lands in the user's ~/.cache/pre-commit."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def content_repo(tmp_path: Path) -> Path:
    """A new git repository holding a committed copy of the shipped questions/ folder."""
    repo = tmp_path / "municipality"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.name", "somplan test")
    _git(repo, "config", "user.email", "test@example.invalid")
    shutil.copytree(SHIPPED, repo / "questions")
    _git(repo, "add", "questions")
    _git(repo, "commit", "-q", "-m", "The shipped questions")
    return repo


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            HOOK_ID,
            "--all-files",
            "--color",
            "never",
        ],
        cwd=repo,
        env=_clean_env(PRE_COMMIT_HOME=str(home), NO_COLOR="1"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _insert_after(path: Path, pattern: str, new_line: str) -> int:
    """Insert ``new_line`` after the first line matching ``pattern``; return its line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if re.fullmatch(pattern, line.rstrip("\n")))
    lines.insert(number + 1, new_line + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return number + 2  # 1-based number of the inserted line


def test_hook_passes_on_the_shipped_questions(content_repo: Path, pre_commit_home: Path) -> None:
    result = _try_repo(content_repo, pre_commit_home)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"somplan validate\.+Passed", output), output


def test_hook_fails_and_names_file_line_and_column(
    content_repo: Path, pre_commit_home: Path
) -> None:
    questions = content_repo / "questions"
    duplicate = _insert_after(questions / "flow.yaml", r"version: \d+", "version: 2")
    unknown = _insert_after(
        questions / "organisation.yaml", r"website: .*", "hemsida: https://example.invalid"
    )
    _git(content_repo, "commit", "-q", "-a", "-m", "Two mistakes")

    result = _try_repo(content_repo, pre_commit_home)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(r"somplan validate\.+Failed", output), output
    assert f"questions/flow.yaml:{duplicate}:1: " in output, output
    assert f"questions/organisation.yaml:{unknown}:1: " in output, output
    assert "'version'" in output and "'hemsida'" in output, output
