"""Shared fixtures: the hostile-input corpus, the fixture content folder, and a CLI runner."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from somplan.cli import build_app

from .browser import driver, shots, web_server  # noqa: F401 (fixtures of the browser tests)
from .common import CORPUS, FIXTURES, RunResult
from .web_client import folder, person  # noqa: F401 (fixtures of the web pages' tests)

# Property and fuzz tests: quick by default so the whole suite stays within a few minutes on two
# cores; ``pytest --hypothesis-profile=long`` runs many more examples for a deeper search.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("quick", max_examples=40, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile("quick")

# Tests never touch the user's own cache of validated content.
os.environ["SOMPLAN_CACHE_DIR"] = tempfile.mkdtemp(prefix="somplan-test-cache-")
# A message key missing from the catalogue fails the test that shows it, instead of showing the key.
os.environ["SOMPLAN_STRICT_MESSAGES"] = "1"


@pytest.fixture(scope="session")
def big_corpus_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The two large corpus files, made by the corpus's own generator into a temporary folder."""
    script = CORPUS / "yaml" / "make_big.py"
    if not script.is_file():
        pytest.skip("../shared/corpus is not beside this checkout")
    made = tmp_path_factory.mktemp("bigcorpus")
    code = compile(script.read_text(encoding="utf-8"), str(script), "exec")
    exec(code, {"__file__": str(made / "make_big.py"), "__name__": "make_big"})
    return sorted(made.glob("big-*.yaml"))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the small fixture content folder."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "content", target)
    return target


@pytest.fixture
def run() -> Callable[..., RunResult]:
    """Run the CLI in-process: ``run("validate", "x.yaml", lang="en")``."""

    def _run(*args: str, lang: str = "en", input: str | None = None) -> RunResult:
        app = build_app(lang)  # type: ignore[arg-type]
        # The language chosen as a user would: --lang before the command (an answers file's own
        # language is used only when no --lang is given).
        argv = ["--lang", lang, *args] if args else []
        result = CliRunner().invoke(app, argv, input=input, catch_exceptions=False)
        return RunResult(result.exit_code, result.stdout, result.stderr)

    return _run
