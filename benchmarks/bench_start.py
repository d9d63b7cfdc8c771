"""Time from launching `somplan start` to the first question on screen, in a pseudo-terminal.

Run by hand (not a test): ``.venv/bin/python benchmarks/bench_start.py [--runs 10]``.
Prints the median, min and max over the runs. Needs pexpect (the test extra).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

EXE = str(Path(sys.executable).parent / "somplan")
FIRST_PROMPT = r"\(piltangenter och Enter|\(mellanslag markerar|\(skriv"


def once(extra: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, SOMPLAN_DATA_DIR=tmp, TERM="xterm-256color")
        started = time.perf_counter()
        child = pexpect.spawn(
            EXE,
            ["start", "--answers", f"{tmp}/a.yaml", *extra],
            env=env,
            dimensions=(40, 120),
            encoding="utf-8",
            timeout=30,
        )
        child.expect(FIRST_PROMPT)
        elapsed = time.perf_counter() - started
        child.terminate(force=True)
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--questions", help="content folder (default: the shipped questions)")
    args = parser.parse_args()
    extra = ["--questions", args.questions] if args.questions else []
    times = [once(extra) for _ in range(args.runs)]
    print(
        f"somplan start → first prompt: median {statistics.median(times):.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs)"
    )


if __name__ == "__main__":
    main()
