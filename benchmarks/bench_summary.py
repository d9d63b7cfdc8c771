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
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = str(Path(sys.executable).parent / "somplan")
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


def source_of(against: str, into: Path) -> Path:
    """The ``src`` folder to time against: ``against`` itself when it is a folder, else the
    commit ``against`` of this repository taken out into ``into``."""
    if Path(against).is_dir():
        return Path(against).resolve()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", against, "src", "questions"],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, the workers included) and the peak RSS (KiB)
    of the process or any child it waited for."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit code {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, nargs="+", default=[1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--against", help="a src folder or a commit to compare with, interleaved run by run"
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
            cmd = [EXE, "summary", tmp, "--format", "csv"]
            samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in variants}
            for venv in variants.values():  # warm the bytecode and content caches
                subprocess.run([*cmd[:2], "--help"], stdout=subprocess.DEVNULL, env=venv)
            for _ in range(args.runs):
                for name, venv in variants.items():
                    samples[name].append(timed(cmd, venv))
        for name, runs in samples.items():
            med = statistics.median(t for t, _, _ in runs)
            cpu = statistics.median(c for _, c, _ in runs)
            peak = max(m for _, _, m in runs) / 1024
            print(
                f"{name:8} {count} files: median {med:.2f} s of {args.runs} runs "
                f"= {count / med:.0f} files/s; CPU {cpu:.2f} s = {count / cpu:.0f} files per "
                f"CPU-second; peak RSS {peak:.0f} MB "
                f"(runs: {', '.join(f'{t:.2f}' for t, _, _ in runs)})"
            )
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
