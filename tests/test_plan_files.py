"""Reading many plan files: the shortcuts taken for speed give what the plain steps give."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from somplan.assessment.plan_files import resolved, resolver
from tests.common import ROOT, Run, followup_beside


def test_resolving_many_files_by_their_folders_is_resolving_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Follow-ups name their plan by path: a plan reached through a linked folder, a linked
    file, a relative path, a path with '..' or a missing file resolves as ``Path.resolve``
    resolves it."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "plan.yaml").write_text("x", encoding="utf-8")
    (real / "other.yaml").write_text("y", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    (real / "alias.yaml").symlink_to(real / "other.yaml")
    (real / "loop.yaml").symlink_to(real / "loop.yaml")
    monkeypatch.chdir(tmp_path)
    paths = [
        real / "plan.yaml",
        tmp_path / "linked" / "plan.yaml",
        tmp_path / "linked" / "alias.yaml",
        Path("linked/other.yaml"),
        Path("real/../linked/plan.yaml"),
        real / "missing.yaml",
        Path("missing-folder/plan.yaml"),
        real / "loop.yaml",
    ]
    where = resolver()
    found = [where(p) for p in paths]
    assert found == [resolved(p) for p in paths]
    assert found[1] == found[0] and found[2] == real / "other.yaml"
    assert os.path.samefile(str(found[3]), real / "other.yaml")
    assert found[7] is None  # a link to itself: no path, and no traceback


def test_a_followup_naming_a_link_to_itself_is_matched_by_digest_alone(
    tmp_path: Path, run: Run
) -> None:
    """Found by the test above: resolving a link that leads back to itself raised
    RuntimeError, so a follow-up naming such a file stopped summary and register."""
    import hashlib
    import re
    import shutil

    plan = tmp_path / "plan.yaml"
    shutil.copyfile(ROOT / "examples" / "answers" / "library_teens.yaml", plan)
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    text = (ROOT / "examples" / "followup" / "thriving.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  path: .*$", "  path: loop.yaml", text, count=1)
    digest = hashlib.sha256(plan.read_bytes()).hexdigest()
    text = re.sub(r"(?m)^  sha256: .*$", f"  sha256: {digest}", text, count=1)
    (tmp_path / "plan.followup.yaml").write_text(text, encoding="utf-8")
    for command in ("summary", "register"):
        result = run(command, str(tmp_path), "--format", "csv", "--today", "2027-06-01")
        assert "Traceback" not in result.output + result.stderr, command
        assert result.exit_code == 0 and "plan.yaml" in result.stdout, command
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["last_followup"] for r in rows} == {"2027-03-02"}  # one row an account


def test_summary_in_workers_fills_the_followup_columns_as_in_one_process(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary's workers fill a plan's follow-up columns as without a follow-up; the
    plans that follow-ups follow (one by path, one by digest only) are filled again in the
    parent: the same table, errors and exit code as in one process."""
    import shutil

    from somplan.assessment import summary_all

    examples = sorted((ROOT / "examples" / "answers").glob("*.yaml"))
    for example in examples:
        shutil.copyfile(example, tmp_path / example.name)
    followup_beside(tmp_path, "thriving.yaml", "library.followup.yaml", "library_teens.yaml")
    school = tmp_path / "school_parents.yaml"
    followup_beside(tmp_path, "quiet.yaml", "school.followup.yaml", "moved/away.yaml", school)
    (tmp_path / "broken.yaml").write_text("kind: answers\nflow: [\n", encoding="utf-8")

    def summary() -> tuple[int, str, str]:
        result = run("summary", str(tmp_path), "--format", "csv", "--today", "2027-06-01")
        return result.exit_code, result.stdout, result.stderr

    monkeypatch.setenv("SOMPLAN_NO_PARALLEL", "1")
    alone = summary()
    monkeypatch.delenv("SOMPLAN_NO_PARALLEL")
    monkeypatch.setattr(summary_all, "PARALLEL_FROM", 2)
    assert summary() == alone
    code, out, err = alone
    assert code == 1 and "broken.yaml" in err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(examples)
    followed = {Path(r["file"]).name for r in rows if r["last_followup"]}
    assert {
        "library_teens.yaml",
        "school_parents.yaml",
    } <= followed  # and culture_house_events, by thriving's own digest
