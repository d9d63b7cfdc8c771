"""`somplan start` and `somplan report` against the import floor of the stack they stand on.

Run by hand (not a test): ``.venv/bin/python benchmarks/bench_floors.py [--runs 15]``.

In one run, each a new process as a user starts it, median of N:

- start: from launch to the first question on screen, in a pseudo-terminal; its floor is
  ``python -c "import typer, questionary, rich, pydantic, yaml"``;
- report: ``somplan report FILE`` (rich, to a pipe) on an example; its floor is the same import
  without questionary.

The ratios are what to watch (aim: start <= 1.15x, report <= 1.3x): the floor is what the stack
costs before somplan does anything. Bytecode caching matters: with PYTHONDONTWRITEBYTECODE set,
every run compiles every module again; this script unsets it for the processes it starts and warms
the cache first.

Each figure is given twice: wall time, and CPU time (user + system of the process, from
``wait4``). On a shared machine the wall time of a run grows with the load of others; the CPU time
much less, so its ratios are the steadier ones there. ``--against SRC`` also times start and report
of the somplan whose package is in ``SRC`` (a ``src`` folder of another commit, e.g. from ``git
archive``), interleaved with the rest, to compare before and after under the same load.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[1]
EXE = str(Path(sys.executable).parent / "somplan")
EXAMPLE = ROOT / "examples" / "answers" / "library_teens.yaml"
FIRST_PROMPT = r"\(piltangenter och Enter|\(mellanslag markerar|\(skriv"
FLOOR_START = "import typer, questionary, rich, pydantic, yaml"
FLOOR_REPORT = "import typer, rich, pydantic, yaml"
# What the stack costs once it is used: a bare typer app with the report command's options (typer
# 0.29 builds a pydantic TypeAdapter per option), pydantic's BaseModel and rich's Console loaded.
STACK_AT_WORK = """
import enum, pathlib, typing, typer, yaml
from pydantic import BaseModel
from rich.console import Console
Choice = enum.StrEnum("Choice", ["a", "b"])
app = typer.Typer()
@app.callback()
def root(lang: typing.Annotated[Choice, typer.Option("--lang")] = Choice.a,
         no_color: typing.Annotated[bool, typer.Option("--no-color")] = False) -> None:
    pass
@app.command()
def report(
    file: pathlib.Path,
    fmt: typing.Annotated[Choice, typer.Option("--format")] = Choice.a,
    output: typing.Annotated[typing.Optional[pathlib.Path], typer.Option("--output")] = None,
    questions: typing.Annotated[typing.Optional[pathlib.Path], typer.Option("--questions")] = None,
    lang: typing.Annotated[Choice, typer.Option("--lang")] = Choice.a,
    no_color: typing.Annotated[bool, typer.Option("--no-color")] = False,
) -> None:
    pass
@app.command()
def other() -> None:
    pass
app()
"""


def environment(tmp: str) -> dict[str, str]:
    env = dict(os.environ, SOMPLAN_DATA_DIR=tmp, TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


Sample = tuple[float, float]  # wall seconds, CPU seconds


def timed_process(cmd: list[str], env: dict[str, str]) -> Sample:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit code {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime


def timed_start(tmp: str, env: dict[str, str]) -> Sample:
    answers = Path(tmp) / "a.yaml"
    answers.unlink(missing_ok=True)
    started = time.perf_counter()
    child = pexpect.spawn(
        EXE,
        ["start", "--answers", str(answers)],
        env=env,
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=30,
    )
    child.expect(FIRST_PROMPT)
    elapsed = time.perf_counter() - started
    os.kill(child.pid, signal.SIGKILL)  # waiting for input from here on: its CPU time is spent
    _, _, usage = os.wait4(child.pid, 0)
    child.ptyproc.terminated = True  # reaped here: pexpect must not wait for it again
    child.close()
    return elapsed, usage.ru_utime + usage.ru_stime


def median(samples: list[Sample], which: int = 0) -> float:
    return statistics.median(s[which] for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="a src folder to compare with, interleaved")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(tmp)
        report = [EXE, "report", str(EXAMPLE)]
        floor_start = [sys.executable, "-c", FLOOR_START]
        floor_report = [sys.executable, "-c", FLOOR_REPORT]
        at_work = [sys.executable, "-c", STACK_AT_WORK, "report", str(EXAMPLE)]
        other = dict(env, PYTHONPATH=str(args.against.resolve())) if args.against else None
        for cmd in (report, floor_start, floor_report, at_work):  # warm the caches
            timed_process(cmd, env)
        timed_start(tmp, env)
        if other is not None:
            timed_process(report, other)
            timed_start(tmp, other)
        no_cache = dict(env, SOMPLAN_NO_CACHE="1")
        samples: dict[str, list[Sample]] = {
            k: [] for k in ("start", "fs", "report", "fr", "w", "nc", "snc", "os", "or")
        }
        for _ in range(args.runs):  # interleaved, so a busy moment hits them all alike
            samples["fs"].append(timed_process(floor_start, env))
            samples["start"].append(timed_start(tmp, env))
            samples["fr"].append(timed_process(floor_report, env))
            samples["report"].append(timed_process(report, env))
            samples["w"].append(timed_process(at_work, env))
            samples["nc"].append(timed_process(report, no_cache))
            samples["snc"].append(timed_start(tmp, no_cache))
            if other is not None:
                samples["os"].append(timed_start(tmp, other))
                samples["or"].append(timed_process(report, other))
    for which, name in ((0, "wall"), (1, "CPU")):
        print(f"-- {name} time, median of {args.runs} interleaved runs")
        s, fs = median(samples["start"], which), median(samples["fs"], which)
        r, fr = median(samples["report"], which), median(samples["fr"], which)
        w = median(samples["w"], which)
        print(
            f"start → first prompt  {s:.3f} s   floor {fs:.3f} s   ratio {s / fs:.2f}  (aim ≤ 1.15)"
        )
        print(f"report (rich, piped)  {r:.3f} s   floor {fr:.3f} s   ratio {r / fr:.2f}")
        print(
            f"report vs the stack at work (typer app with the same options, BaseModel, Console): "
            f"{w:.3f} s, ratio {r / w:.2f}  (aim ≤ 1.30)"
        )
        nc, snc = median(samples["nc"], which), median(samples["snc"], which)
        print(
            f"without the content cache (SOMPLAN_NO_CACHE=1): start {snc:.3f} s, report {nc:.3f} s"
        )
        if other is not None:
            os_, or_ = median(samples["os"], which), median(samples["or"], which)
            print(
                f"against {args.against}: start {os_:.3f} s (ratio {os_ / fs:.2f}), "
                f"report {or_:.3f} s (ratio to the stack at work {or_ / w:.2f})"
            )
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
