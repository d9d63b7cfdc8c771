"""The web app in a real browser (headless Chromium through Selenium, against a real uvicorn): a
whole interview by keyboard only, with back, reload mid-way, review and change, and the report;
axe-core on every page at phone and desktop width; the answers file the same as the terminal's.

Outside CI these tests skip with the reason when Chromium, chromedriver, Selenium, axe-core or
the web extra is missing; with CI=true a missing tool is a failure.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from somplan.content import answers
from somplan.interview.engine import Engine

from .fakes import ScriptedPrompter
from .test_browser import _axe, _axe_source
from .tools import require, tool
from .web_client import TOKEN, question_id, require_web, scripted, shipped_content

WIDTHS = (390, 1280)


@pytest.fixture(scope="module")
def shots() -> ModuleType:
    from .common import ROOT

    script = ROOT / "scripts" / "make_html_screenshots.py"
    spec = importlib.util.spec_from_file_location("make_html_screenshots", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
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


class Keyboard:
    """Only the keys a person presses: Tab to move, Space to tick or choose, arrows in a group of
    radio buttons, letters to type, Enter on a button or link."""

    def __init__(self, driver: Any, axe: str | None, shots: ModuleType) -> None:
        self.driver = driver
        self.axe = axe
        self.shots = shots
        self.checked: set[str] = set()

    def press(self, *keys: str) -> None:
        self.driver.switch_to.active_element.send_keys(*keys)

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
            violations = _axe(self.driver, self.axe)
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
        path = url.split("#")[0].split("?")[0].split("://", 1)[-1]
        return path.rstrip("/").rsplit("/", 1)[-1] if path.count("/") > 1 else "home"

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


def test_a_whole_interview_by_keyboard_only(  # type: ignore[no-untyped-def]
    driver, shots, server, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, folder = server
    keys = Keyboard(driver, _axe_source(), shots)
    if keys.axe is None:
        require(False, "axe-core (npm pack axe-core; .ci/run fetches it)")
    driver.get(f"{base}/?token={TOKEN}")
    assert driver.current_url == f"{base}/"
    keys.check_page()
    keys.tab_to("#unit")
    keys.press("Biblioteket i Kulturhuset")
    keys.press(Keys.ENTER)
    flow = shipped_content().flow
    # A wrong answer first: nothing chosen, the error shown at its field.
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    assert driver.find_elements(By.CSS_SELECTOR, "div.error-summary")
    assert driver.execute_script("return document.activeElement.id") == "error-summary"
    keys.check_page()

    steps = 0
    went_back = reloaded = False
    while (qid := question_id(driver.current_url)) is not None:
        steps += 1
        assert steps < 80
        keys.check_page()
        question = flow.question(qid)
        assert question is not None
        if steps == 3 and not went_back:
            went_back = True
            keys.tab_to("a.back")
            keys.press(Keys.ENTER)
            assert question_id(driver.current_url) != qid  # the question before, answer shown
            assert driver.find_elements(By.CSS_SELECTOR, 'input[name="answer"]:checked')
            continue
        if steps == 6 and not reloaded:
            reloaded = True
            driver.refresh()  # reload mid-way: the same question, nothing lost or doubled
            assert question_id(driver.current_url) == qid
        keys.answer(scripted(question))
    assert driver.current_url.endswith("/review#question")
    keys.check_page()

    # Review and change: an answer changed from the list comes back to the list.
    keys.tab_to('a[href$="/questions/hours_per_week?change=1#question"]')
    keys.press(Keys.ENTER)
    keys.check_page()
    keys.answer(2.5)
    assert driver.current_url.endswith("/review#question")
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    keys.check_page()  # the plan's page
    keys.tab_to('a[href$="/report"]')
    keys.press(Keys.ENTER)
    assert "Biblioteket i Kulturhuset" in driver.title
    keys.check_page()
    # Every kind of page had axe-core: home, a question of each kind, an error, review, the
    # plan, the report.
    kinds = {"multi", "single", "text", "number", "yesno", "scale"}
    assert {k.split("-")[1] for k in keys.checked if k.startswith("question-")} == kinds
    assert {"home", "review", "report"} <= keys.checked, keys.checked
    assert any(k.endswith("error") for k in keys.checked)
    logs = driver.get_log("browser")
    assert not [entry for entry in logs if "Content Security Policy" in entry["message"]], logs

    # The same answers file as the terminal's engine writes for the same answers.
    saved = yaml.safe_load(next(folder.glob("biblioteket*.yaml")).read_text(encoding="utf-8"))
    record = answers.new_answers(flow, "sv")
    terminal = tmp_path / "terminal.yaml"
    prompter = ScriptedPrompter([lambda q, current, progress: scripted(q)] * 80)
    Engine(flow, record, prompter, lambda r: answers.save(terminal, r)).run()
    assert saved["answers"] == yaml.safe_load(terminal.read_text(encoding="utf-8"))["answers"]
    assert saved["complete"] is True
