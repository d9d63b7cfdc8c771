"""Checks of somplan's HTML documents that need no browser: structure, accessibility basics and
self-containment. Shared by the report, channel overview and summary tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class Outline(HTMLParser):
    """What a check needs from a page: the tags in order, attributes, headings' levels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.text: list[str] = []
        self.in_style = False
        self.style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.style += data
        else:
            self.text.append(data)

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.tags if t == tag)


def outline(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    parser.close()
    return parser


def check_document(page: str, lang: str) -> Outline:
    """A self-contained, script-free, accessible page in ``lang``; returns its outline."""
    o = outline(page)
    html = [a for t, a in o.tags if t == "html"]
    assert html and html[0].get("lang") == lang
    assert o.count("h1") == 1, "one h1"
    assert o.headings[0] == 1
    for before, after in zip(o.headings, o.headings[1:], strict=False):
        assert after <= before + 1, f"heading level jumps from h{before} to h{after}"
    assert o.count("main") == 1 and o.count("header") >= 1 and o.count("footer") >= 1
    assert o.count("script") == 0 and o.count("iframe") == 0 and o.count("object") == 0
    assert o.count("link") == 0 and o.count("img") == 0, "nothing loaded from elsewhere"
    for tag, attrs in o.tags:
        assert "src" not in attrs, f"<{tag} src=…> loads something"
        assert not any(k.startswith("on") for k in attrs), f"<{tag}> has an event handler"
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://", "http://")), f"link to {href!r}"
    assert "url(" not in o.style and "@import" not in o.style
    metas = [
        a for t, a in o.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert metas and "default-src 'none'" in (metas[0].get("content") or "")
    assert o.count("table") == 0 or o.count("th") >= 2
    return o


def visible_text(page: str) -> str:
    return " ".join(" ".join(outline(page).text).split())
