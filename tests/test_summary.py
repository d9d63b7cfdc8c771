"""`somplan summary`: many answers files in one table; broken files named, the others kept."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from .common import CORPUS, ROOT, Run

EXAMPLES = ROOT / "examples" / "answers"


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(EXAMPLES, folder)
    (folder / "broken.yaml").write_text(
        "kind: answers\nflow: {id: somplan_default, version: 1}\nanswers:\n  hours_per_week: 99\n",
        encoding="utf-8",
    )
    if (CORPUS / "yaml" / "duplicate-keys.yaml").exists():
        shutil.copy(CORPUS / "yaml" / "duplicate-keys.yaml", folder / "dup.yaml")
    return folder


def test_json_lists_good_files_and_names_broken_ones(run: Run, mixed: Path) -> None:
    result = run("summary", str(mixed), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert len(data["rows"]) == len(list(EXAMPLES.glob("*.yaml")))
    assert str(mixed / "broken.yaml") in data["failed"]
    assert f"{mixed / 'broken.yaml'}:4:19:" in result.stderr  # one positioned line per broken file
    levels = {Path(r["file"]).stem: r["level"] for r in data["rows"]}
    assert levels["library_teens"] == "ready" and levels["home_care_seniors"] == "not_social_media"


def test_csv_parses_back(run: Run, mixed: Path) -> None:
    result = run("summary", str(mixed), "--format", "csv", "--sort", "level")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(list(EXAMPLES.glob("*.yaml")))
    assert rows[0]["level"] == "not_ready" and rows[-1]["level"] == "ready"
    assert all(len(r["top_channels"].split("; ")) == 2 for r in rows)


def test_all_good_files_exit_0_and_swedish_table(run: Run) -> None:
    result = run("summary", str(EXAMPLES), lang="sv")
    assert result.exit_code == 0
    assert "Sammanställning av 8 planer" in result.stdout or "Sammanställning" in result.stdout


def test_markdown_table(run: Run) -> None:
    result = run("summary", str(EXAMPLES / "library_teens.yaml"), "--format", "markdown", lang="en")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| Unit | File | Verdict")  # the unit first (issue 21)
    assert "library\\_teens.yaml" in lines[2] and "Ready" in lines[2]  # _ escaped in Markdown


def test_many_files_shared_among_workers_give_the_same_table_in_order(
    run: Run, mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somplan.assessment import summary_all

    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(summary_all.PARALLEL_FROM + 40):
        text = examples[i % len(examples)].read_text(encoding="utf-8")
        (mixed / f"unit-{i:04d}.yaml").write_text(
            text.replace("unit: ", f"unit: Enhet {i} ", 1), encoding="utf-8"
        )
    workers: list[int] = []
    count_workers = summary_all._workers

    def recording(n: int) -> int:
        workers.append(count_workers(n))
        return workers[-1]

    monkeypatch.setattr(summary_all, "_workers", recording)
    parallel = run("summary", str(mixed), "--format", "csv")
    monkeypatch.setenv("SOMPLAN_NO_PARALLEL", "1")
    serial = run("summary", str(mixed), "--format", "csv")

    # The first run really used workers (where there is more than one CPU to share the work).
    assert (workers[0] > 0) == (len(os.sched_getaffinity(0)) > 1) and workers[1] == 0
    assert parallel.exit_code == serial.exit_code == 1
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr  # broken files named in the same order, once each
    assert parallel.stdout.count("\n") == len(examples) + summary_all.PARALLEL_FROM + 40 + 1


def _default_ctrl_c() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_a_long_summary_stops_workers_with_one_line(tmp_path: Path) -> None:
    """Ctrl-C in a terminal while the workers are busy: exit 130 and one line, no traceback from
    the parent or a worker. The sign that they are busy is the progress bar (drawn on a terminal
    from summary.PROGRESS_FROM files on) showing the first files done; the bar is transient, so
    the screen keeps only what else was written."""
    import sys

    import pexpect

    pyte = pytest.importorskip("pyte")
    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(6000):
        shutil.copy(examples[i % len(examples)], tmp_path / f"unit-{i:04d}.yaml")
    exe = Path(sys.executable).parent / "somplan"
    env = dict(os.environ, TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    # The CSV would go to the terminal too (if the summary ever finished first): not on screen.
    command = 'exec "$0" summary "$1" --format csv --lang en >/dev/null'
    # Ctrl-C as in a terminal started fresh: a test run started in the background of a script
    # (`pytest &`) ignores SIGINT, and somplan would inherit that and never see it.
    child = pexpect.spawn(
        "/bin/sh", ["-c", command, str(exe), str(tmp_path)], env=env, dimensions=(24, 80),
        encoding="utf-8", timeout=60, echo=False,
        preexec_fn=_default_ctrl_c,
    )  # fmt: skip
    log = io.StringIO()
    child.logfile_read = log
    child.expect(r"Reading answers files.*?\b[1-9]\d*%")  # 1 % done: the workers are busy
    child.sendintr()  # as a terminal does: SIGINT to the whole foreground process group
    child.expect(pexpect.EOF)
    child.close()
    raw = log.getvalue()
    assert child.exitstatus == 130, raw[-500:]
    assert "Traceback" not in raw
    screen = pyte.Screen(80, 24)
    pyte.Stream(screen).feed(raw)
    assert [line.strip() for line in screen.display if line.strip()] == ["Interrupted."], raw[-500:]


def test_json_and_csv_carry_each_plans_conditions(run: Run) -> None:
    """The communications unit sees what a 'ready with conditions' plan still has to do."""
    data = json.loads(run("summary", str(EXAMPLES), "--format", "json").stdout)
    by_unit = {r["unit"]: r for r in data["rows"]}
    school = by_unit["Skolan, årskurs 4–6"]
    assert school["level"] == "ready_with_conditions" and school["conditions"]
    assert by_unit["Kulturhuset"]["conditions"] == []  # ready: nothing left to do
    table = list(csv.DictReader(io.StringIO(run("summary", str(EXAMPLES), "-f", "csv").stdout)))
    row = next(r for r in table if r["unit"] == "Skolan, årskurs 4–6")
    assert row["conditions"] == "; ".join(school["conditions"])  # joined as blockers are
