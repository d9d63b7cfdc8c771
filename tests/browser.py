"""What the browser tests share: the screenshot script's Chromium (module fixtures ``shots`` and
``driver``), axe-core (``axe_source``, ``run_axe``), the web app served by a real uvicorn
(``web_server``) and ``Keyboard``, a person who only uses the keyboard.

Outside CI these skip with the reason when Chromium, chromedriver, Selenium, axe-core or the web
extra is missing; with CI=true (where .ci/run installs them) a missing tool is a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .common import ROOT, load_script
from .tools import require, tool
from .web_client import TOKEN, question_id, require_web, shipped_content

SCRIPT = ROOT / "scripts" / "make_html_screenshots.py"
WIDTHS = (390, 1280)


def axe_source() -> str | None:
    candidates = [os.environ.get("SOMPLAN_AXE_JS", ""), str(ROOT / ".ci/cache/axe-core/axe.min.js")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_text(encoding="utf-8")
    return None


def run_axe(driver: Any, source: str) -> list[dict[str, Any]]:
    """axe-core's violations on the page the driver shows."""
    driver.execute_script(source)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                 help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html)}))))
          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
        """
    )
    return list(result)


@pytest.fixture(scope="module")
def shots() -> ModuleType:
    return load_script("make_html_screenshots")


@pytest.fixture(scope="module")
def driver(shots: ModuleType) -> Iterator[Any]:
    require(importlib.util.find_spec("selenium") is not None, "Selenium (the test extra)")
    require(tool("chromium") is not None or tool("chromium-browser") is not None, "Chromium")
    require(tool("chromedriver") is not None, "chromedriver (Debian: chromium-driver)")
    browser = shots.chromium_driver()
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def web_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """uvicorn serving the app on a free port of this computer, in a thread."""
    require_web()
    import uvicorn

    from somplan.web.app import create_app
    from somplan.web.settings import Settings

    folder = tmp_path_factory.mktemp("web-plans")
    app = create_app(Settings(data_dir=folder, token=TOKEN), shipped_content())
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", folder
    finally:
        running.should_exit = True
        thread.join(timeout=10)
        sock.close()


class Keyboard:
    """Only the keys a person presses: Tab to move, Space to tick or choose, arrows in a group of
    radio buttons, letters to type, Enter on a button or link."""

    def __init__(self, driver: Any, axe: str | None, shots: ModuleType) -> None:
        self.driver = driver
        self.axe = axe
        self.shots = shots
        self.checked: set[str] = set()

    def press(self, *keys: str) -> None:
        """Press ``keys`` on the focused element. Enter that sends a form or follows a link to
        another page waits until that page has replaced this one, as a person waits for it:
        Selenium returns from the key press before the browser has navigated, and the next
        step would otherwise act on the page that is going away."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.ui import WebDriverWait

        focused = self.driver.switch_to.active_element
        leaves = Keys.ENTER in keys and self._enter_leaves_page(focused)
        old = self.driver.find_element(By.TAG_NAME, "html") if leaves else None
        focused.send_keys(*keys)
        if old is not None:
            wait = WebDriverWait(self.driver, 20)
            wait.until(expected_conditions.staleness_of(old))
            wait.until(lambda d: d.execute_script("return document.readyState") == "complete")

    def _enter_leaves_page(self, element: Any) -> bool:
        tag = element.tag_name.lower()
        if tag == "a":
            href = element.get_attribute("href") or ""
            return bool(href.split("#")[0] != self.driver.current_url.split("#")[0])
        if tag == "button":
            return (element.get_attribute("type") or "submit") == "submit"
        if tag == "input":
            typed = ("text", "url", "date", "number", "email", "search", "tel", "submit")
            in_form = self.driver.execute_script("return arguments[0].form !== null", element)
            return (element.get_attribute("type") or "text") in typed and bool(in_form)
        return False

    def tab_to(self, css: str) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        target = self.driver.find_element(By.CSS_SELECTOR, css)
        for _ in range(80):
            if self.driver.switch_to.active_element == target:
                return
            self.press(Keys.TAB)
        raise AssertionError(f"Tab never reached {css}")

    def check_page(self) -> None:
        """axe-core at both widths, once per kind of page (a question of each kind, each
        other page), and the focus on the page's heading when the address says so."""
        url = self.driver.current_url
        kind = self.kind(url)
        for target in ("question", "error-summary"):  # the heading, or the errors to correct
            if url.endswith("#" + target):
                focused = self.driver.execute_script("return document.activeElement.id")
                assert focused == target, url
        if self.axe is None or kind in self.checked:
            return
        self.checked.add(kind)
        for width in WIDTHS:
            self.shots.set_viewport(self.driver, width, 900)
            violations = run_axe(self.driver, self.axe)
            bad = [v for v in violations if v["impact"] in ("serious", "critical")]
            assert not bad, (url, width, json.dumps(bad, indent=2, ensure_ascii=False))
            wide = self.driver.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            assert wide <= 0, (url, width, "scrolls sideways")
        self.shots.set_viewport(self.driver, 1280, 900)

    def kind(self, url: str) -> str:
        qid = question_id(url)
        if qid is not None:
            question = shipped_content().flow.question(qid)
            assert question is not None
            from selenium.webdriver.common.by import By

            shown = self.driver.find_elements(By.CSS_SELECTOR, "div.error-summary")
            error = "error" if shown else ""
            return f"question-{question.kind}-{question.validation.required}{error}"
        path = url.split("#")[0].split("?")[0].split("://", 1)[-1].partition("/")[2]
        return path.rstrip("/").rsplit("/", 1)[-1] or "home"

    def answer(self, value: Any) -> None:
        """Give ``value`` to the question on the page, by keyboard, and send it."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        qid = question_id(self.driver.current_url)
        question = shipped_content().flow.question(qid or "")
        assert question is not None
        if question.kind == "multi":
            for choice in question.choice_ids():
                box = self.driver.find_element(By.CSS_SELECTOR, f'input[value="{choice}"]')
                if (choice in value) != box.is_selected():
                    self.tab_to(f'input[value="{choice}"]')
                    self.press(Keys.SPACE)
        elif question.kind in ("single", "yesno", "scale"):
            values = [
                o.get_attribute("value")
                for o in self.driver.find_elements(By.CSS_SELECTOR, 'input[name="answer"]')
            ]
            wanted = {True: "yes", False: "no"}.get(value, str(value))
            self.tab_to('input[name="answer"]:checked' if self._any_checked() else "#answer-0")
            if not self._any_checked():
                self.press(Keys.SPACE)
            now = self.driver.switch_to.active_element.get_attribute("value")
            for _ in range(abs(values.index(wanted) - values.index(now))):
                down = values.index(wanted) > values.index(now)
                self.press(Keys.ARROW_DOWN if down else Keys.ARROW_UP)
        else:
            self.tab_to("#answer-0")
            field = self.driver.switch_to.active_element
            field.send_keys(Keys.CONTROL, "a")
            field.send_keys(Keys.DELETE)
            typed = str(value).replace(".", ",") if question.kind == "number" else str(value)
            field.send_keys(typed)
        self.tab_to('button[type="submit"]')
        self.press(Keys.ENTER)

    def _any_checked(self) -> bool:
        from selenium.webdriver.common.by import By

        return bool(self.driver.find_elements(By.CSS_SELECTOR, 'input[name="answer"]:checked'))
