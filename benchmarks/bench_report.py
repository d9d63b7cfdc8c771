"""Wall time of `somplan report FILE`: the median of N runs, each a new process as a user starts it.

Run by hand (not a test): ``.venv/bin/python benchmarks/bench_report.py [--runs 10]``.
Measures the installed command for each format, and the report core alone (the same work without
the command-line layer), with the shipped content and one example answers file. Two floors frame the
figures: an empty Python, and a bare typer application with one path argument and two choice
options (typer builds its option parsers with pydantic, so any typer command pays for importing it).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "answers" / "library_teens.yaml"
TYPER_FLOOR = """
import enum, pathlib, typing, typer
Choice = enum.StrEnum("Choice", ["a", "b"])
app = typer.Typer()
@app.command()
def report(
    file: pathlib.Path,
    fmt: typing.Annotated[Choice, typer.Option("--format")] = Choice.a,
    lang: typing.Annotated[Choice, typer.Option("--lang")] = Choice.a,
) -> None:
    pass
@app.command()
def other() -> None:
    pass
app()
"""
CORE = (
    "import sys; from pathlib import Path; from somplan.commands.report import run_report; "
    "sys.exit(run_report(Path(sys.argv[1]), sys.argv[2], 'sv', None, None))"
)


def median_seconds(cmd: list[str], runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times)


def has_report_command(exe: Path) -> bool:
    if not exe.exists():
        return False
    result = subprocess.run([str(exe), "report", "--help"], capture_output=True, check=False)
    return result.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("file", nargs="?", type=Path, default=EXAMPLE)
    args = parser.parse_args()
    exe = Path(sys.executable).parent / "somplan"
    commands: dict[str, list[str]] = {
        "python -c 'pass' (start-up floor)": [sys.executable, "-c", "pass"],
        "bare typer app (typer floor)": [
            sys.executable,
            "-c",
            TYPER_FLOOR,
            "report",
            "x",
            "--format",
            "b",
        ],
    }
    for fmt in ("json", "markdown", "rich"):
        commands[f"report core, {fmt}"] = [sys.executable, "-c", CORE, str(args.file), fmt]
    if has_report_command(exe):
        for fmt in ("json", "markdown", "rich"):
            commands[f"somplan report --format {fmt}"] = [
                str(exe),
                "report",
                str(args.file),
                "--format",
                fmt,
            ]
    else:
        print("(the installed somplan has no report command yet: measuring the core only)")
    print(f"median of {args.runs} runs, seconds (min–max)")
    for name, cmd in commands.items():
        med, low, high = median_seconds(cmd, args.runs)
        print(f"{name:40s} {med:6.3f}  ({low:.3f}–{high:.3f})")


if __name__ == "__main__":
    main()
