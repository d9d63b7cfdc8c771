"""`somplan register` over many generated plans: plans per second, CPU time, and peak memory.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_register.py [--files 1000 5000 10000] [--runs 3] [--public]
        [--against COMMIT_OR_SRC]

The plans are those of ``bench_summary.make_files`` (copies of the shipped examples with their
unit renamed, a follow-up beside every tenth), each given an account record: every plan a
proposal of one or two accounts, every second one a decision, every fourth one an opened
address, every twentieth one closed. Each size is timed ``--runs`` times as a user starts it
(``--format csv`` to a pipe); the median wall time is reported with the CPU time of the command
and its workers (steadier than the wall time when others share the machine) and the peak resident
memory of its largest process: over several sizes it shows whether memory grows linearly.

``--against`` also times another somplan (a commit of this repository or a ``src`` folder, see
``bench_summary.source_of``), interleaved run by run with this one, and checks that both print
the same register.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_summary import EXE, make_files, source_of, timed

PLATFORMS = ("instagram", "facebook", "tiktok", "youtube", "linkedin")
DIGEST = "sha256:" + "0" * 64  # well formed; not these answers: "applies to an earlier version"


def record(i: int) -> str:
    """The account record of plan ``i`` as YAML text (answers format 2)."""
    first = PLATFORMS[i % len(PLATFORMS)]
    lines = ["proposal:", "  accounts:"]
    for n, platform in enumerate([first] if i % 3 else [first, PLATFORMS[(i + 1) % 5]]):
        lines += [
            f"  - platform: {platform}",
            f"    name: '@enhet{i}_{n}'",
            f"    responsible: {{role: Kommunikatör, name: Person {i}}}",
            "    substitute: {role: Enhetschef}",
        ]
    if i % 2 == 0:
        lines += [
            "decision:",
            "  outcome: approved",
            "  by: {role: Förvaltningschef}",
            "  date: '2027-01-15'",
            f"  reference: KS 2027/{i}",
            f"  answers_digest: '{DIGEST}'",
        ]
    if i % 4 == 0:
        lines += ["opened:", f"  url: https://www.{first}.com/enhet{i}", "  date: '2027-02-01'"]
    if i % 20 == 0:
        lines.append("closed: '2027-12-31'")
    return "\n".join(lines) + "\n"


def add_records(folder: Path, count: int) -> None:
    for i in range(count):
        plan = folder / f"unit-{i:05d}.yaml"
        text = plan.read_text(encoding="utf-8").replace("format: 1\n", "format: 2\n", 1)
        plan.write_text(text + record(i), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--public", action="store_true", help="time --public instead")
    parser.add_argument(
        "--against", help="a commit or a src folder to compare with, interleaved run by run"
    )
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    variants = {"this": env}
    if args.against is not None:
        other = source_of(args.against, Path(tempfile.mkdtemp(prefix="somplan-against-")))
        variants["against"] = dict(env, PYTHONPATH=str(other))
    for count in args.files:
        with tempfile.TemporaryDirectory() as tmp:
            make_files(Path(tmp), count)
            add_records(Path(tmp), count)
            cmd = [EXE, "register", tmp, "--format", "csv", "--today", "2027-06-01"]
            if args.public:
                cmd.append("--public")
            outputs = set()
            for venv in variants.values():  # warms the bytecode and content caches too
                check = subprocess.run(cmd, capture_output=True, text=True, env=venv)
                if check.returncode != 0:
                    raise SystemExit(f"exit {check.returncode}: {check.stderr[:2000]}")
                outputs.add(check.stdout)
            if len(outputs) != 1:
                raise SystemExit(f"{count} plans: the variants print different registers")
            rows = check.stdout.count("\n") - 1
            samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in variants}
            for _ in range(args.runs):
                for name, venv in variants.items():
                    samples[name].append(timed(cmd, venv))
        for name, runs in samples.items():
            med = statistics.median(t for t, _, _ in runs)
            cpu = statistics.median(c for _, c, _ in runs)
            peak = max(m for _, _, m in runs) / 1024
            print(
                f"{name:8} {count} plans ({rows} rows): median {med:.2f} s of {args.runs} runs "
                f"= {count / med:.0f} plans/s; CPU {cpu:.2f} s = {count / cpu:.0f} plans per "
                f"CPU-second; peak RSS {peak:.0f} MB "
                f"(runs: {', '.join(f'{t:.2f}' for t, _, _ in runs)})",
                flush=True,
            )
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
