"""The timing both `bench_register.py` and `bench_summary.py` use: this somplan and, with
``--against``, another one (a ``src`` folder, or a commit of this repository taken out with
``git archive``), run by run in turn so that a busy moment on a shared machine hits both alike;
each run's wall time, CPU time (the workers included) and peak resident memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = str(Path(sys.executable).parent / "somplan")
#: One run: wall seconds, CPU seconds, peak RSS (KiB).
Sample = tuple[float, float, int]


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


def variants(against: str | None) -> dict[str, dict[str, str]]:
    """The environments to run: ``this`` somplan, and ``against`` when given."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    found = {"this": env}
    if against is not None:
        other = source_of(against, Path(tempfile.mkdtemp(prefix="somplan-against-")))
        found["against"] = dict(env, PYTHONPATH=str(other))
    return found


def timed(cmd: list[str], env: dict[str, str]) -> Sample:
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


def interleaved(
    cmd: list[str], envs: dict[str, dict[str, str]], runs: int
) -> dict[str, list[Sample]]:
    """``cmd`` run ``runs`` times in each environment, in turn."""
    samples: dict[str, list[Sample]] = {name: [] for name in envs}
    for _ in range(runs):
        for name, env in envs.items():
            samples[name].append(timed(cmd, env))
    return samples


def report(samples: dict[str, list[Sample]], count: int, what: str, detail: str = "") -> None:
    """One line per environment: the median wall and CPU time as ``what`` per second."""
    for name, runs in samples.items():
        med = statistics.median(t for t, _, _ in runs)
        cpu = statistics.median(c for _, c, _ in runs)
        peak = max(m for _, _, m in runs) / 1024
        print(
            f"{name:8} {count} {what}{detail}: median {med:.2f} s of {len(runs)} runs "
            f"= {count / med:.0f} {what}/s; CPU {cpu:.2f} s = {count / cpu:.0f} {what} per "
            f"CPU-second; peak RSS {peak:.0f} MB "
            f"(runs: {', '.join(f'{t:.2f}' for t, _, _ in runs)})",
            flush=True,
        )


def load_line() -> None:
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
