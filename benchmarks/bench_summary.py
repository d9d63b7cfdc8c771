"""`somplan summary` over many generated answers files: files per second, and peak memory.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_summary.py [--files 5000 10000] [--runs 3] [--against SRC]

The files are copies of the shipped examples with their unit renamed, in a temporary folder, with
one follow-up beside every tenth plan (so the follow-up columns have something to match). Each
size is timed ``--runs`` times, as a user starts it (``--format csv`` to a pipe); the median is
reported with the CPU time of the command and its workers (steadier than the wall time when
others share the machine) and the peak resident memory of the largest process (the command or one of its workers).

``--against SRC`` also times the somplan whose package is in ``SRC`` (a ``src`` folder, or a commit
of this repository, taken out with ``git archive`` for the run), interleaved run by run with this
one, so a busy moment on a shared machine hits both alike.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleaved import EXE, ROOT, interleaved, load_line, report, variants

FOLLOWUP = ROOT / "examples" / "followup"


def make_files(folder: Path, count: int) -> None:
    """``count`` plans in ``folder``, and a follow-up beside every tenth (not counted)."""
    examples = sorted((ROOT / "examples" / "answers").glob("*.yaml"))
    followups = sorted(FOLLOWUP.glob("*.yaml"))
    followup_text = followups[0].read_text(encoding="utf-8") if followups else None
    for i in range(count):
        text = examples[i % len(examples)].read_text(encoding="utf-8")
        plan = folder / f"unit-{i:05d}.yaml"
        plan.write_text(text.replace("unit: ", f"unit: Enhet {i} ", 1), encoding="utf-8")
        if followup_text is not None and i % 10 == 0:  # point its `follows` at this plan
            sha = hashlib.sha256(plan.read_bytes()).hexdigest()
            text = re.sub(r"(?m)^  path: .*$", f"  path: {plan.name}", followup_text, count=1)
            text = re.sub(r"(?m)^  sha256: .*$", f"  sha256: {sha}", text, count=1)
            (folder / f"unit-{i:05d}.followup.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, nargs="+", default=[1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--against", help="a src folder or a commit to compare with, interleaved run by run"
    )
    args = parser.parse_args()
    envs = variants(args.against)
    for count in args.files:
        with tempfile.TemporaryDirectory() as tmp:
            make_files(Path(tmp), count)
            cmd = [EXE, "summary", tmp, "--format", "csv"]
            for env in envs.values():  # warm the bytecode and content caches
                subprocess.run([*cmd[:2], "--help"], stdout=subprocess.DEVNULL, env=env)
            samples = interleaved(cmd, envs, args.runs)
        report(samples, count, "files")
    load_line()


if __name__ == "__main__":
    main()
