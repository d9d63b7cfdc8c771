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
"""

from __future__ import annotations

import argparse
import os
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


def timed_process(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - started


def timed_start(tmp: str, env: dict[str, str]) -> float:
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
    child.terminate(force=True)
    return elapsed


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(tmp)
        report = [EXE, "report", str(EXAMPLE)]
        floor_start = [sys.executable, "-c", FLOOR_START]
        floor_report = [sys.executable, "-c", FLOOR_REPORT]
        at_work = [sys.executable, "-c", STACK_AT_WORK, "report", str(EXAMPLE)]
        for cmd in (
            report,
            floor_start,
            floor_report,
            at_work,
        ):  # warm the bytecode and content caches
            timed_process(cmd, env)
        timed_start(tmp, env)
        no_cache = dict(env, SOMPLAN_NO_CACHE="1")
        samples: dict[str, list[float]] = {
            k: [] for k in ("start", "fs", "report", "fr", "w", "nc", "snc")
        }
        for _ in range(args.runs):  # interleaved, so a busy moment hits all four alike
            samples["fs"].append(timed_process(floor_start, env))
            samples["start"].append(timed_start(tmp, env))
            samples["fr"].append(timed_process(floor_report, env))
            samples["report"].append(timed_process(report, env))
            samples["w"].append(timed_process(at_work, env))
            samples["nc"].append(timed_process(report, no_cache))
            samples["snc"].append(timed_start(tmp, no_cache))
    s, fs = median(samples["start"]), median(samples["fs"])
    r, fr = median(samples["report"]), median(samples["fr"])
    print(f"start → first prompt  {s:.3f} s   floor {fs:.3f} s   ratio {s / fs:.2f}  (aim ≤ 1.15)")
    print(f"report (rich, piped)  {r:.3f} s   floor {fr:.3f} s   ratio {r / fr:.2f}  (aim ≤ 1.30)")
    w = median(samples["w"])
    print(
        f"report vs the stack at work (typer app with the same options, BaseModel, Console): "
        f"{w:.3f} s, ratio {r / w:.2f}"
    )
    nc, snc = median(samples["nc"]), median(samples["snc"])
    print(f"without the content cache (SOMPLAN_NO_CACHE=1): start {snc:.3f} s, report {nc:.3f} s")
    print(f"median of {args.runs} runs each, interleaved")


if __name__ == "__main__":
    main()
