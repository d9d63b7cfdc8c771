"""`somplan serve`: the interview in a web browser (the web extra: Starlette and uvicorn)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from somplan.errors import UsageError
from somplan.exitcodes import ExitCode
from somplan.text.i18n import Lang, message
from somplan.writing import notify


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: a free port), so the address printed is the
    one served."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say they are
    # TCP; without it a page on a kept-alive connection waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(
            "web.port-taken", host=host, port=port, reason=exc.strerror or str(exc)
        ) from None
    sock.listen(128)
    return sock


def run_serve(
    questions: Path | None,
    lang: Lang,
    *,
    host: str | None = None,
    port: int | None = None,
    user_header: str | None = None,
    open_browser: bool = True,
    lang_given: bool = False,
    serve: Callable[[Any, socket.socket], None] | None = None,
) -> int:
    """The whole `somplan serve` command; returns the exit code when the server stops.
    ``serve`` runs the app on the socket (uvicorn; tests pass their own)."""
    from somplan.web import server

    if not server.installed():
        raise UsageError("web.needs-extra")
    from somplan.web.app import create_app
    from somplan.web.settings import load_settings

    settings = load_settings(
        {
            "host": host,
            "port": port,
            "user_header": user_header,
            "questions": questions,
            "lang": lang if lang_given else None,
        }
    )
    app = create_app(settings)
    sock = _listen(settings.host, settings.port)
    bound = sock.getsockname()[1]
    shown_host = f"[{settings.host}]" if ":" in settings.host else settings.host
    if settings.shared:
        url = f"http://{shown_host}:{bound}/"
        notify(message("web.listening-shared", lang, url=url, header=settings.user_header))
    else:
        url = f"http://{shown_host}:{bound}/?token={settings.token}"
        print(message("web.listening", lang, url=url), flush=True)
        if open_browser:
            import webbrowser

            webbrowser.open(url)
    try:
        (serve or server.run)(app, sock)
    finally:
        sock.close()
    return ExitCode.OK
