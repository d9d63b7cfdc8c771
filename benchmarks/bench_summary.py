"""`somplan summary` over many generated answers files: files per second.

Run by hand (not a test): ``.venv/bin/python benchmarks/bench_summary.py [--files 1000] [--runs 3]``.
The files are copies of the shipped examples with their unit renamed, in a temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    examples = sorted((ROOT / "examples" / "answers").glob("*.yaml"))
    exe = str(Path(sys.executable).parent / "somplan")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.files):
            text = examples[i % len(examples)].read_text(encoding="utf-8")
            (Path(tmp) / f"unit-{i:04d}.yaml").write_text(
                text.replace("unit: ", f"unit: Enhet {i} ", 1), encoding="utf-8"
            )
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            subprocess.run(
                [exe, "summary", tmp, "--format", "csv"], stdout=subprocess.DEVNULL, check=True
            )
            times.append(time.perf_counter() - started)
    med = statistics.median(times)
    print(
        f"somplan summary, {args.files} files: median {med:.2f} s over {args.runs} runs = {args.files / med:.0f} files/s"
    )


if __name__ == "__main__":
    main()
