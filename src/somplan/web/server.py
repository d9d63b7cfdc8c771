"""Running the app: whether the web extra is there, and uvicorn on a socket already listening
(so that the address printed is the one served). Starlette and uvicorn are imported only here
and in the app, never below."""

from __future__ import annotations

import socket
from typing import Any


def installed() -> bool:
    """Whether the web extra (Starlette and uvicorn) can be imported."""
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        return False
    return True


def run(app: Any, sock: socket.socket) -> None:
    """Serve ``app`` on ``sock`` until Ctrl-C (or SIGTERM)."""
    import uvicorn

    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", proxy_headers=True, server_header=False
    )
    uvicorn.Server(config).run(sockets=[sock])
