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
``interleaved.source_of``), interleaved run by run with this one, and checks that both print
the same register.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_summary import make_files
from interleaved import EXE, interleaved, load_line, report, variants

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


def without_record(text: str) -> str:
    """An example plan's text without its own account record (the examples carry one)."""
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line[:1].isalpha():
            skipping = line.split(":", 1)[0] in (
                "proposal",
                "decision",
                "history",
                "opened",
                "closed",
            )
        if not skipping:
            kept.append(line)
    return "".join(kept)


def add_records(folder: Path, count: int) -> None:
    """Each plan given the account record of ``record`` in place of the example's own."""
    for i in range(count):
        plan = folder / f"unit-{i:05d}.yaml"
        text = without_record(plan.read_text(encoding="utf-8"))
        text = text.replace("format: 1\n", "format: 2\n", 1)
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
    envs = variants(args.against)
    for count in args.files:
        with tempfile.TemporaryDirectory() as tmp:
            make_files(Path(tmp), count)
            add_records(Path(tmp), count)
            cmd = [EXE, "register", tmp, "--format", "csv", "--today", "2027-06-01"]
            if args.public:
                cmd.append("--public")
            outputs = set()
            for env in envs.values():  # warms the bytecode and content caches too
                check = subprocess.run(cmd, capture_output=True, text=True, env=env)
                if check.returncode != 0:
                    raise SystemExit(f"exit {check.returncode}: {check.stderr[:2000]}")
                outputs.add(check.stdout)
            if len(outputs) != 1:
                raise SystemExit(f"{count} plans: the variants print different registers")
            rows = check.stdout.count("\n") - 1
            samples = interleaved(cmd, envs, args.runs)
        report(samples, count, "plans", f" ({rows} rows)")
    load_line()


if __name__ == "__main__":
    main()
