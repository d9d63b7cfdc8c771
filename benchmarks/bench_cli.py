"""Wall time of somplan commands: the median of N runs of the installed program.

Run by hand (not a test): ``.venv/bin/python benchmarks/bench_cli.py [--runs 10]``.
Each command is started as a new process, as a user would start it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def somplan() -> str:
    exe = Path(sys.executable).parent / "somplan"
    found = str(exe) if exe.exists() else shutil.which("somplan")
    if not found:
        sys.exit("somplan is not installed in this environment (see README)")
    return found


def median_seconds(cmd: list[str], runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    exe = somplan()
    commands = {
        "somplan --help": [exe, "--help"],
        "somplan validate (shipped content)": [exe, "validate"],
        "somplan validate questions/": [exe, "validate", str(ROOT / "questions")],
    }
    print(f"median of {args.runs} runs, seconds (min–max)")
    for name, cmd in commands.items():
        med, low, high = median_seconds(cmd, args.runs)
        print(f"{name:45s} {med:6.3f}  ({low:.3f}–{high:.3f})")


if __name__ == "__main__":
    main()
