"""In front of every request: the token (local) or the user's header (shared), the body limit
by its declared length, and the security headers on every response."""

from __future__ import annotations

import hmac
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from somplan.web.pages import TOKEN_COOKIE, problem_page, secure
from somplan.web.settings import Settings

#: Every response: nothing inline, nothing from elsewhere, no framing.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class Guard:
    """In front of the app: the token (local) or the user's header (shared), the body limit by
    its declared length, and the security headers on every response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()

        async def with_headers(message_: Message) -> None:
            if message_["type"] == "http.response.start":
                headers = list(message_.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    headers.append((name.encode(), value.encode()))
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                # The server's own time for the request (benchmarks/web_load.py reads it).
                spent = (time.perf_counter() - started) * 1000
                headers.append((b"server-timing", f"app;dur={spent:.2f}".encode()))
                message_["headers"] = headers
            await send(message_)

        request = Request(scope)
        refusal = self.refusal(request)
        if refusal is not None:
            await refusal(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)

    def refusal(self, request: Request) -> Response | None:
        settings = self.settings
        if settings.shared:
            assert settings.user_header is not None
            if not request.headers.get(settings.user_header, "").strip():
                return problem_page(request, settings, 403, "no-user")
        else:
            token = settings.token.encode()
            given = request.query_params.get("token")
            if given is not None and hmac.compare_digest(given.encode(), token):
                # The address with the token: remember it in a cookie, and drop it from the
                # address (so it is not left in the history or shown over a shoulder).
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                response = RedirectResponse(target, status_code=303)
                response.set_cookie(
                    TOKEN_COOKIE,
                    settings.token,
                    httponly=True,
                    samesite="strict",
                    secure=secure(request),
                )
                return response
            cookie = request.cookies.get(TOKEN_COOKIE, "")
            if not hmac.compare_digest(cookie.encode(), token):
                return problem_page(request, settings, 403, "no-token")
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > settings.max_body:
            return problem_page(
                request, settings, 413, "too-large", limit=settings.max_body // 1024
            )
        return None
