"""Per-command time and memory bounds: every hostile corpus file through `report`, `diff` (as OLD
and as NEW) and `summary`, each run under 1 s of CPU time and under 200 MB peak memory.

Measured in-process (a subprocess per case would cost ~0.5 s of start-up each), like
tests/test_corpus.py measures `validate`. Time is the CPU time the process spends
(``time.process_time``: user and system, every thread), not the wall time: the bound is there to
catch work that grows out of hand with a hostile file (a quadratic loop, a billion laughs), and
CPU time counts exactly that work, while wall time also counts the time other programs on a busy
machine hold the CPU, which made the bound fail under load with nothing wrong. Memory is the
growth of the process's peak resident size during the run (Linux: ``VmHWM`` in /proc/self/status,
reset before each run through /proc/self/clear_refs). Unlike a ``tracemalloc`` peak it also counts
what libyaml and pydantic-core allocate outside Python's allocator, and it does not slow the run
down 2-3 times (which would make the 1 s bound meaningless and this file three times as slow).
Where the peak cannot be reset the ``tracemalloc`` peak is used, as in tests/test_corpus.py.

A module fixture runs one good report first, so the cases measure the work on the file, not the
first import of rich/pydantic or the first validation of the shipped content.

A run that goes far past the limit is stopped by a CPU-time timer (SIGPROF) and fails at once, so
a regression costs ~1.5 s per case instead of minutes; a wall-clock timer (SIGALRM) far above it
stops a run that hangs without using the CPU.

The corpus README says every ``yaml/`` file applies to answers files too; now that the answers
format exists, the last cases put the corpus's 1 MB scalar (big-line.yaml) where an answers file
accepts unbounded text, the ``unit``, so the file is *accepted* and goes through the renderers.
"""

from __future__ import annotations

import signal
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import somplan.commands.diff
import somplan.commands.report
import somplan.commands.summary
from somplan.content.yamlsource import MAX_BYTES
from somplan.exitcodes import ExitCode

from .common import CORPUS, ROOT, Run, RunResult, corpus_yaml_files

GOOD = ROOT / "examples" / "answers" / "library_teens.yaml"
CPU_LIMIT = 1.0  # seconds of CPU time
MEMORY_LIMIT = 200 * 1024 * 1024  # bytes
ALARM = 1.5  # seconds of CPU time: stop a runaway case here instead of waiting for it
HANG = 60.0  # seconds of wall time: stop a case that waits for something that never comes
BIG = ["big-line.yaml", "big-file.yaml"]  # made by the corpus's make_big.py (big_corpus_files)


def corpus_files() -> list[Path]:
    """Every hostile file under ../shared/corpus: yaml/ and, once it holds files, answers/."""
    answers = CORPUS / "answers"
    extra = sorted(answers.glob("*.yaml")) if answers.is_dir() else []
    return corpus_yaml_files() + extra


# command name -> the arguments for a hostile file (the good example on the other side of a diff)
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "report": lambda p: ["report", str(p)],
    "diff-old": lambda p: ["diff", str(p), str(GOOD)],
    "diff-new": lambda p: ["diff", str(GOOD), str(p)],
    "summary": lambda p: ["summary", str(p)],
}
EXPECTED_EXIT = {
    "report": ExitCode.INPUT_INVALID,
    "diff-old": ExitCode.INPUT_INVALID,
    "diff-new": ExitCode.INPUT_INVALID,
    "summary": ExitCode.PROBLEMS_FOUND,
}

pytestmark = pytest.mark.skipif(
    not corpus_yaml_files(), reason="../shared/corpus is not beside this checkout"
)


class TooSlow(BaseException):
    """Raised by the timer; a BaseException so no ``except Exception`` in somplan swallows it."""


class Hangs(BaseException):
    """Raised by the wall-clock timer: the case waited, without using the CPU, far too long."""


@contextmanager
def _alarm(cpu_seconds: float, wall_seconds: float) -> Iterator[None]:
    def too_slow(_signum: int, _frame: object) -> None:
        raise TooSlow

    def hangs(_signum: int, _frame: object) -> None:
        raise Hangs

    if not hasattr(signal, "setitimer"):  # no interval timers (Windows): measure only
        yield
        return
    previous = signal.signal(signal.SIGPROF, too_slow), signal.signal(signal.SIGALRM, hangs)
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)  # counts the process's user + system time
    signal.setitimer(signal.ITIMER_REAL, wall_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous[0])
        signal.signal(signal.SIGALRM, previous[1])


def _status_bytes(key: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)


def _reset_peak_rss() -> bool:
    """Reset the process's peak resident size (VmHWM) to its current size; False if impossible."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
        return _status_bytes("VmHWM") <= _status_bytes("VmRSS") + 4 * 2**20
    except (OSError, KeyError, ValueError):
        return False


def measured(run: Run, args: list[str]) -> tuple[RunResult, float, int]:
    """Run the CLI in-process; return (result, CPU seconds, peak bytes). Fails past ALARM."""
    by_rss = _reset_peak_rss()
    before = _status_bytes("VmRSS") if by_rss else 0
    if not by_rss:
        tracemalloc.start()
    command = " ".join(a if len(a) < 80 else "…" for a in args)
    started = time.process_time()
    try:
        with _alarm(ALARM, HANG):
            result = run(*args)
    except TooSlow:
        pytest.fail(
            f"`somplan {command}` was stopped after {ALARM} s of CPU time (limit {CPU_LIMIT} s)"
        )
    except Hangs:
        pytest.fail(f"`somplan {command}` was stopped after waiting {HANG} s")
    finally:
        elapsed = time.process_time() - started
        if by_rss:
            peak = _status_bytes("VmHWM") - before
        else:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    return result, elapsed, peak


def check_bounds(run: Run, args: list[str], expected_exit: int | None = None) -> RunResult:
    result, elapsed, peak = measured(run, args)
    assert "Traceback" not in result.output
    if expected_exit is not None:
        assert result.exit_code == expected_exit, result.output[-500:]
    assert elapsed < CPU_LIMIT, f"{args[0]} took {elapsed:.2f} s of CPU (limit {CPU_LIMIT} s)"
    assert peak < MEMORY_LIMIT, f"{args[0]} peaked at {peak / 2**20:.0f} MB (limit 200 MB)"
    return result


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """One good report first: imports done, the shipped content validated and cached."""
    from typer.testing import CliRunner

    from somplan.cli import build_app

    result = CliRunner().invoke(build_app("en"), ["report", str(GOOD), "--format", "json"])
    assert result.exit_code == 0, result.output


# --- every corpus file, every command ------------------------------------------------------------


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_file_within_bounds(run: Run, path: Path, command: str) -> None:
    check_bounds(run, COMMANDS[command](path), EXPECTED_EXIT[command])


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("name", BIG)
def test_generated_big_file_within_bounds(
    run: Run, big_corpus_files: list[Path], name: str, command: str
) -> None:
    path = {p.name: p for p in big_corpus_files}[name]
    check_bounds(run, COMMANDS[command](path), EXPECTED_EXIT[command])


def test_the_measurement_catches_a_slow_command(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """The time bound can fail: a report that computes for 5 s of CPU is stopped and reported."""
    real = somplan.commands.report.run_report

    def slow(*args: Any, **kwargs: Any) -> int:
        until = time.process_time() + 5
        while time.process_time() < until:
            pass
        return real(*args, **kwargs)

    monkeypatch.setattr(somplan.commands.report, "run_report", slow)
    with pytest.raises(pytest.fail.Exception, match="stopped after"):
        measured(run, ["report", str(GOOD)])


def test_the_measurement_catches_a_hanging_command(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report that waits for ever without using the CPU is stopped by the wall-clock timer."""
    import threading

    def hanging(*args: Any, **kwargs: Any) -> int:
        threading.Event().wait()  # nothing ever sets it
        return 0

    monkeypatch.setattr(somplan.commands.report, "run_report", hanging)
    monkeypatch.setattr(sys.modules[__name__], "HANG", 0.5)
    with pytest.raises(pytest.fail.Exception, match="stopped after waiting"):
        measured(run, ["report", str(GOOD)])


def test_the_measurement_catches_a_greedy_command(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memory bound can fail: a report that touches 250 MB is over the limit."""
    real = somplan.commands.report.run_report

    def greedy(*args: Any, **kwargs: Any) -> int:
        hog = b"x" * (250 * 2**20)
        try:
            return real(*args, **kwargs)
        finally:
            del hog

    monkeypatch.setattr(somplan.commands.report, "run_report", greedy)
    with pytest.raises(AssertionError, match="peaked at"):
        check_bounds(run, ["report", str(GOOD), "--format", "json"], ExitCode.OK)


# --- the corpus's 1 MB scalar inside an answers file that is otherwise valid ----------------------

RENDERINGS: dict[str, Callable[[Path], list[str]]] = {
    "report-rich": lambda p: ["report", str(p)],
    "report-markdown": lambda p: ["report", str(p), "--format", "markdown"],
    "report-json": lambda p: ["report", str(p), "--format", "json"],
    "diff-rich": lambda p: ["diff", str(GOOD), str(p)],
    "diff-markdown": lambda p: ["diff", str(p), str(GOOD), "--format", "markdown"],
    "summary-rich": lambda p: ["summary", str(p)],
    "summary-markdown": lambda p: ["summary", str(p), "--format", "markdown"],
    "summary-csv": lambda p: ["summary", str(p), "--format", "csv"],
    "summary-json": lambda p: ["summary", str(p), "--format", "json"],
}


def _with_unit(folder: Path, name: str, unit: str) -> Path:
    text = GOOD.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("unit: "))
    path = folder / name
    path.write_text(text.replace(line, f"unit: '{unit}'"), encoding="utf-8")
    assert path.stat().st_size <= MAX_BYTES  # within the size cap: the file is read
    return path


@pytest.fixture(scope="module")
def big_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("big-answers")
    big_line = "x" * 1_000_000  # the scalar of the corpus's big-line.yaml (see make_big.py)
    padded = GOOD.read_text(encoding="utf-8")
    padded += "# padding\n" * ((MAX_BYTES - len(padded.encode("utf-8")) - 100) // 10)
    (folder / "padded.yaml").write_text(padded, encoding="utf-8")
    return {
        "unit-1mb-scalar": _with_unit(folder, "big-unit.yaml", big_line),
        "unit-1mb-words": _with_unit(folder, "big-words.yaml", "ab " * 333_000),
        "padded-to-the-cap": folder / "padded.yaml",
    }


@pytest.mark.parametrize("rendering", list(RENDERINGS))
@pytest.mark.parametrize(
    ("case", "code"),
    [
        # A unit name of a megabyte is refused at once (its length is capped), not wrapped for
        # seconds; a file padded with comments up to the size cap is read and reported.
        ("unit-1mb-scalar", ExitCode.INPUT_INVALID),
        ("unit-1mb-words", ExitCode.INPUT_INVALID),
        ("padded-to-the-cap", ExitCode.OK),
    ],
)
def test_big_answers_files_within_bounds(
    run: Run, big_answers: dict[str, Path], case: str, code: int, rendering: str
) -> None:
    if code == ExitCode.INPUT_INVALID and rendering.startswith("summary"):
        code = ExitCode.PROBLEMS_FOUND  # summary names the file and exits 1
    check_bounds(run, RENDERINGS[rendering](big_answers[case]), code)
