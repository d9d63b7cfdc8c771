"""What every page of the web app shares: the page in the user's language with its CSRF token,
the page that says what went wrong, the redirect after a post, and reading a posted form."""

from __future__ import annotations

import hmac
import importlib.util
import secrets
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from somplan import __version__
from somplan.render.html_page import TEMPLATES as DOCUMENT_TEMPLATES
from somplan.render.html_page import environment, helpers
from somplan.text.i18n import Lang, message
from somplan.web.settings import Settings

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STYLESHEETS = ("/static/somplan.css", "/static/web.css")
TOKEN_COOKIE = "somplan_token"
CSRF_COOKIE = "somplan_csrf"
LANG_COOKIE = "somplan_lang"
#: A posted form: its fields in order.
Fields = list[tuple[str, str]]


class TooLarge(Exception):
    """The request body is over the limit."""


@cache
def stylesheet(name: str) -> bytes:
    if name == "somplan.css":
        return (DOCUMENT_TEMPLATES / "somplan.css").read_bytes()
    # A bar's width as a class (the documents' bars say it in a style attribute otherwise).
    widths = "".join(f".w-{n} {{ width: {n}%; }}\n" for n in range(101))
    return (HERE / "static" / "web.css").read_bytes() + widths.encode()


@cache
def pdf_available() -> bool:
    return importlib.util.find_spec("weasyprint") is not None


def lang_of(request: Request, settings: Settings) -> Lang:
    """``?lang=`` when given, then the language chosen before (a cookie), then the default."""
    for value in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if value in ("sv", "en"):
            return value  # type: ignore[return-value]
    return settings.lang


def user_of(request: Request, settings: Settings) -> str:
    """The user the proxy names on a shared server ("" on a local one)."""
    if settings.user_header is None:
        return ""
    return request.headers.get(settings.user_header, "")


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def page(
    request: Request,
    settings: Settings,
    name: str,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    """The page ``name`` (a template of the web app) in the user's language, with a CSRF token
    for its forms; the language and the token are kept in cookies."""
    lang = lang_of(request, settings)
    csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    here = request.url.path
    if not here.startswith("/") or here.startswith("//"):
        here = "/"  # the language link stays on this site whatever address was asked for
    html = (
        environment(TEMPLATES)
        .get_template(name)
        .render(
            lang=lang,
            version=__version__,
            stylesheets=STYLESHEETS,
            csrf=csrf,
            other_lang="en" if lang == "sv" else "sv",
            here=here,
            shared=settings.shared,
            plans_folder=str(settings.plans_folder()),
            communicator=settings.may_see_register(user_of(request, settings)),
            **helpers(lang),
            **context,
        )
    )
    response = HTMLResponse(html, status_code=status)
    https = secure(request)
    if request.cookies.get(CSRF_COOKIE) != csrf:
        response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=https)
    if request.query_params.get("lang") in ("sv", "en"):
        response.set_cookie(LANG_COOKIE, lang, httponly=True, samesite="strict", secure=https)
    return response


def problem_page(
    request: Request, settings: Settings, status: int, key: str, **params: Any
) -> HTMLResponse:
    """A page that says what went wrong and what to do (``web.<key>-title`` and ``web.<key>``)."""
    lang = lang_of(request, settings)
    return page(
        request,
        settings,
        "problem.html.j2",
        status,
        title=message(f"web.{key}-title", lang),
        lines=[message(f"web.{key}", lang, **params)],
    )


def see(url: str) -> RedirectResponse:
    """The answer to a successful post: go and get the next page (303, so reload asks again
    for that page and never posts again), with the focus on its heading."""
    return RedirectResponse(url if "#" in url else url + "#question", status_code=303)


async def read_form(request: Request, settings: Settings) -> Fields:
    """The posted form's fields, reading at most ``max_body`` bytes (``TooLarge`` past it)."""
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > settings.max_body:
            raise TooLarge
    try:
        text = bytes(body).decode("utf-8")
        return parse_qsl(text, keep_blank_values=True, max_num_fields=500)
    except (UnicodeDecodeError, ValueError):
        return []


def field(fields: Fields, name: str) -> str:
    """The first value posted under ``name`` ("" when none was)."""
    return next((v for k, v in fields if k == name), "")


def sent_text(fields: Fields) -> str | None:
    """What a person sent in a form, one value a line (the form's own hidden fields left out),
    to show back when it could not be saved; None when nothing was."""
    own = {"csrf", "rev", "change"}
    lines = [v.strip() for k, v in fields if k not in own and v.strip()]
    return "\n".join(lines) or None


def csrf_ok(request: Request, fields: Fields) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = field(fields, "csrf")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), sent.encode())
