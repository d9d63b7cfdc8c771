"""`somplan serve`: the one-line refusal without the web extra, the address it prints, the
browser it opens (or not), and the installed program serving a real request."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from somplan.exitcodes import ExitCode

from .common import ROOT, Run
from .web_client import require_web


@pytest.mark.parametrize("missing", ["starlette", "uvicorn"])
def test_without_the_web_extra_one_line_and_exit_2(
    run: Run, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # as if not installed: import fails
    result = run("serve", "--no-browser", lang="sv")
    assert result.exit_code == ExitCode.USAGE
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "pip install 'somplan[web]'" in lines[0]
    assert "Traceback" not in result.output


def test_serve_prints_the_address_with_its_token_and_opens_the_browser(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    require_web()
    import webbrowser

    from somplan.web import server

    served: list[tuple[Any, Any, int]] = []
    opened: list[str] = []
    monkeypatch.setattr(
        server, "run", lambda app, sock: served.append((app, sock.getsockname(), sock.proto))
    )
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url))
    monkeypatch.setenv("SOMPLAN_DATA_DIR", str(tmp_path))
    result = run("serve", lang="en")
    assert result.exit_code == ExitCode.OK
    app, (host, port), proto = served[0]
    assert host == "127.0.0.1" and port > 0  # a free port on this computer only
    # A TCP socket by name, so that asyncio turns Nagle off: no 40 ms wait per kept-alive page.
    assert proto == socket.IPPROTO_TCP
    token = app.settings.token
    url = f"http://127.0.0.1:{port}/?token={token}"
    assert url in result.stdout and opened == [url]
    assert len(token) >= 32

    opened.clear()
    assert run("serve", "--no-browser", lang="en").exit_code == ExitCode.OK
    assert opened == []


def test_serve_refuses_a_bad_setting_with_exit_2(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    require_web()
    monkeypatch.setenv("SOMPLAN_WEB_MAX_BODY", "tiny")
    result = run("serve", "--no-browser", lang="en")
    assert result.exit_code == ExitCode.USAGE
    assert "SOMPLAN_WEB_MAX_BODY" in result.stderr and "Traceback" not in result.output


def test_the_installed_program_serves_the_interview(tmp_path: Path) -> None:
    require_web()
    import httpx

    program = Path(sys.executable).parent / "somplan"
    env = {**os.environ, "SOMPLAN_DATA_DIR": str(tmp_path), "SOMPLAN_LANG": "en"}
    server = subprocess.Popen(
        [str(program), "serve", "--no-browser", "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        url = next(word for word in line.split() if word.startswith("http://"))
        base = url.split("/?")[0]
        with httpx.Client(follow_redirects=True, timeout=10) as client:
            for _ in range(50):
                try:
                    page = client.get(url)
                    break
                except httpx.ConnectError:
                    time.sleep(0.1)
            assert page.status_code == 200 and "Your plans" in page.text
            assert str(page.url) == base + "/"  # the token left the address
            assert client.get(base + "/").status_code == 200  # the cookie lets in
            assert httpx.get(base + "/").status_code == 403  # without it, nobody
            assert "server" not in page.headers
    finally:
        server.terminate()
        server.wait(timeout=10)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _keep_saving(
    person: Any,
    url: str,
    question: Any,
    choices: list[str],
    sent: list[Any],
    stop: threading.Event,
) -> None:
    """Answer the question at ``url`` again and again, a different pair of choices each time,
    until told to stop or the server is gone."""
    import httpx

    from .web_client import form_value

    n = 0
    while not stop.is_set():
        value = [choices[n % 3], choices[(n + 1) % 3]]
        n += 1
        try:
            page = person.client.get(url.split("#")[0])
            sent.append(value)
            person.submit(page, form_value(question, value))
        except (httpx.TransportError, AssertionError):
            return


def test_killing_the_server_mid_save_loses_nothing(tmp_path: Path) -> None:
    """The server killed (SIGKILL) while answers are being saved, three times over: each time
    the plan file reads back whole, holding one of the answers sent, and the restarted server
    lists the one plan and goes on from it."""
    require_web()
    import httpx

    from somplan.content import answers

    from .web_client import Person, plan_of, question_id, shipped_content

    flow = shipped_content().flow
    program = Path(sys.executable).parent / "somplan"
    port = _free_port()
    env = {**os.environ, "SOMPLAN_DATA_DIR": str(tmp_path), "SOMPLAN_WEB_USER_HEADER": "X-User"}
    headers = {"X-User": "eva@kommun.example"}
    first_url: str | None = None
    sent: list[Any] = []
    rng = random.Random(7)
    for _round in range(3):
        server = subprocess.Popen(
            [str(program), "serve", "--no-browser", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        try:
            client = httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=5)
            for _ in range(100):
                try:
                    home = client.get("/")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            assert home.status_code == 200
            person = Person(client)
            if first_url is None:
                first_url = person.new_plan("Simhallen")
            else:  # the plan is there, once, and its question opens with what was saved
                assert home.text.count(f"/plans/{plan_of(first_url)}") == 1
                person.get(first_url)
            qid = question_id(first_url)
            question = flow.question(qid or "")
            assert question is not None and question.kind == "multi"
            choices = [c.id for c in question.choices if not c.exclusive]
            stop = threading.Event()
            args = (person, first_url, question, choices, sent, stop)
            saver = threading.Thread(target=_keep_saving, args=args)
            saver.start()
            time.sleep(rng.uniform(0.3, 0.8))
            server.send_signal(signal.SIGKILL)
            saver.join(timeout=10)
            stop.set()
            client.close()
        finally:
            server.kill()
            server.wait(timeout=10)
        (plan,) = (tmp_path / "users").glob("*/*.yaml")
        saved = answers.load(plan, flow).answers.get(question.id)
        assert isinstance(saved, list) and set(saved) in [set(v) for v in sent], saved
    assert len(sent) > 10  # saves were under way each time
