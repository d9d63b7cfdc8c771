"""Load on the web app: simulated users walking whole interviews at once against a real uvicorn.

Run by hand (not a test):
``.venv/bin/python benchmarks/web_load.py [--users 50] [--workers 1] [--think 0]``.
Starts the installed ``somplan serve`` on a free port of this computer (shared mode: each user
its own folder, by the header the proxy would set), then each user opens the list of plans,
starts a plan, answers every question (reading each page's form as a browser would), confirms
the review and opens the report. Reports the client's p50/p95 per request, the server's own
time per step (its Server-Timing header) and any error. Traffic goes to 127.0.0.1 only, and the
run is bounded: each user walks one interview, with a time limit per request.

``--think 0`` is a flood (every user sends its next request the moment the last one is answered);
``--think 0.5`` has each user pause 0.25–0.75 s before each request, still far quicker than a
person reads a question. docs/deploy.md has the figures of both.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from somplan.content.loader import load_content  # noqa: E402
from somplan.content.model import Question  # noqa: E402

FLOW = load_content().flow


def scripted(question: Question, user: int) -> list[tuple[str, str]]:
    """One valid answer per question, varied a little between users."""
    if question.kind == "multi":
        plain = [c.id for c in question.choices if not c.exclusive]
        return [("answer", c) for c in plain[user % 3 : user % 3 + 2]]
    if question.kind == "single":
        return [("answer", question.choices[user % len(question.choices)].id)]
    if question.kind == "yesno":
        return [("answer", "yes" if user % 2 else "no")]
    if question.kind == "scale":
        assert question.scale is not None
        return [("answer", str(question.scale.min + user % 3))]
    if question.kind == "number":
        return [("answer", f"{user % 20},5")]
    return [("answer", f"Användare {user}: svar på {question.id}")]


def hidden(html: str) -> list[tuple[str, str]]:
    return [
        (k, unescape(v))
        for k, v in re.findall(r'<input type="hidden" name="([a-z]+)" value="([^"]*)"', html)
    ]


class Timings:
    def __init__(self) -> None:
        self.client: dict[str, list[float]] = defaultdict(list)
        self.server: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []

    def note(self, step: str, started: float, response: httpx.Response) -> None:
        self.client[step].append((time.perf_counter() - started) * 1000)
        found = re.search(r"app;dur=([0-9.]+)", response.headers.get("server-timing", ""))
        if found:
            self.server[step].append(float(found.group(1)))


async def user(base: str, number: int, timings: Timings, think: float) -> None:
    headers = {"X-Remote-User": f"user-{number}@kommun.example"}
    # Plain http to this computer: no certificates to load (loading them for each of 50 clients
    # costs the load generator more than the server's steps, and would be counted as latency).
    async with httpx.AsyncClient(
        base_url=base, headers=headers, timeout=30, verify=False
    ) as client:

        async def request(step: str, method: str, url: str, **kw: Any) -> httpx.Response:
            if think:
                await asyncio.sleep(think * (0.5 + (number * 7919 % 100) / 100))
            started = time.perf_counter()
            response = await client.request(method, url.split("#")[0], **kw)
            timings.note(step, started, response)
            if response.status_code >= 400:
                timings.errors.append(f"{step} {url}: {response.status_code}")
                raise RuntimeError(step)
            return response

        home = await request("GET list", "GET", "/")
        made = await request(
            "POST new plan",
            "POST",
            "/plans",
            data=dict(hidden(home.text)) | {"unit": f"Enhet {number}"},
        )
        url = made.headers["location"]
        while "/questions/" in url:
            page = await request("GET question", "GET", url)
            qid = url.split("/questions/")[1].split("#")[0].split("?")[0]
            question = FLOW.question(qid)
            assert question is not None
            fields = hidden(page.text) + scripted(question, number)
            sent = await request(
                "POST answer",
                "POST",
                url,
                content=urlencode(fields),
                headers={"content-type": "application/x-www-form-urlencoded"},
            )
            url = sent.headers["location"]
        review = await request("GET review", "GET", url)
        done = await request("POST confirm", "POST", url, data=dict(hidden(review.text)))
        await request("GET plan", "GET", done.headers["location"])
        await request("GET report", "GET", done.headers["location"].split("#")[0] + "/report")


def start_server(folder: Path, workers: int) -> tuple[subprocess.Popen[str], str]:
    env = {
        **os.environ,
        "SOMPLAN_DATA_DIR": str(folder),
        "SOMPLAN_WEB_USER_HEADER": "X-Remote-User",
    }
    if workers > 1:
        # Several processes, as docs/deploy.md runs them: uvicorn's own workers on one port.
        port = 8765
        cmd = [
            str(Path(sys.executable).parent / "uvicorn"),
            "--factory",
            "somplan.web.app:from_environment",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
        server = subprocess.Popen(cmd, env=env, text=True, stderr=subprocess.PIPE)
        return server, f"http://127.0.0.1:{port}"
    cmd = [str(Path(sys.executable).parent / "somplan"), "serve", "--no-browser"]
    server = subprocess.Popen(cmd, env=env, text=True, stderr=subprocess.PIPE)
    assert server.stderr is not None
    line = server.stderr.readline()
    found = re.search(r"http://[0-9.:]+", line)
    if found is None:
        server.terminate()
        sys.exit(f"the server did not start: {line}")
    return server, found.group(0)


async def wait_until_up(base: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(100):
            try:
                await client.get(base + "/", headers={"X-Remote-User": "probe"})
                return
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    sys.exit("the server did not answer")


def server_cpu(pid: int) -> float | None:
    """CPU seconds used so far by the server and its worker processes (Linux's /proc; None
    elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    found = False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        own, parent = int(stat.parent.name), int(fields[1])
        if own == pid or parent == pid:
            found = True
            total += (int(fields[11]) + int(fields[12])) / tick
    return total if found else None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--think", type=float, default=0.0, help="seconds a user pauses before each request"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server, base = start_server(Path(tmp), args.workers)
        try:
            await wait_until_up(base)
            timings = Timings()
            cpu_before = server_cpu(server.pid)
            started = time.perf_counter()
            results = await asyncio.gather(
                *(user(base, n, timings, args.think) for n in range(args.users)),
                return_exceptions=True,
            )
            wall = time.perf_counter() - started
            cpu_after = server_cpu(server.pid)
            mine = resource.getrusage(resource.RUSAGE_SELF)
            client_cpu = mine.ru_utime + mine.ru_stime
        finally:
            server.terminate()
            server.wait(timeout=10)
    failed = [r for r in results if isinstance(r, BaseException)]
    every = [t for values in timings.client.values() for t in values]
    print(
        f"{args.users} users, {args.workers} worker(s), think {args.think} s, "
        f"{len(every)} requests in {wall:.1f} s; the load generator itself used {client_cpu:.1f} s "
        f"of CPU ({client_cpu / wall:.0%} of one core)"
    )
    if cpu_before is not None and cpu_after is not None and every:
        used = cpu_after - cpu_before
        print(
            f"the server used {used:.1f} s of CPU ({used / wall:.0%} of one core), "
            f"{used / len(every) * 1000:.1f} ms a request"
        )
    print(
        f"{'step':<14} {'n':>5} {'client p50':>11} {'p95':>8} {'server p50':>11} {'p95':>8}  (ms)"
    )
    for step, values in timings.client.items():
        server_times = timings.server.get(step) or [0.0]
        print(
            f"{step:<14} {len(values):>5} {statistics.median(values):>11.1f} "
            f"{percentile(values, 0.95):>8.1f} {statistics.median(server_times):>11.1f} "
            f"{percentile(server_times, 0.95):>8.1f}"
        )
    print(
        f"{'all':<14} {len(every):>5} {statistics.median(every):>11.1f} "
        f"{percentile(every, 0.95):>8.1f}"
    )
    print(f"errors: {len(timings.errors) + len(failed)}")
    for error in timings.errors[:10]:
        print("  " + error)
    if failed and not timings.errors:
        print("  " + repr(failed[0]))


if __name__ == "__main__":
    asyncio.run(main())
