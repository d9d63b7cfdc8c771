"""What the tests share besides fixtures: where things are, and what the ``run`` fixture returns.

Test modules import these from here; pytest's ``conftest.py`` holds only the fixtures.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SHIPPED = ROOT / "questions"


def load_script(name: str) -> ModuleType:
    """``scripts/NAME.py`` as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_yaml_files() -> list[Path]:
    folder = CORPUS / "yaml"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


Run = Callable[..., "RunResult"]


class RunResult:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


#: The blocks of a plan file beyond its answers (answers format 2).
ACCOUNT_BLOCKS = ("proposal", "decision", "history", "opened", "closed")


def without_account_record(text: str) -> str:
    """An example plan's text as it was before its proposal and decision: the top-level account
    blocks cut off, as a format 1 file (the examples carry proposals and decisions; tests that
    write their own start from the answers alone)."""
    out = []
    skipping = False
    for line in text.splitlines(keepends=True):
        if line[:1].isalpha():
            skipping = line.split(":", 1)[0] in ACCOUNT_BLOCKS
        if not skipping:
            out.append(line)
    return "".join(out).replace("format: 2\n", "format: 1\n", 1)


def followup_beside(
    folder: Path, example: str, name: str, follows: str, digest_of: Path | None = None
) -> Path:
    """``examples/followup/EXAMPLE`` written into ``folder`` as ``NAME``, following the plan at
    ``follows`` (relative to the folder); with ``digest_of``, that file's SHA-256 in place of its
    own, so a plan that moved is found by its digest only."""
    import hashlib
    import re

    text = (ROOT / "examples" / "followup" / example).read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  path: .*$", f"  path: {follows}", text, count=1)
    if digest_of is not None:
        digest = hashlib.sha256(digest_of.read_bytes()).hexdigest()
        text = re.sub(r"(?m)^  sha256: .*$", f"  sha256: {digest}", text, count=1)
    target = folder / name
    target.write_text(text, encoding="utf-8")
    return target
