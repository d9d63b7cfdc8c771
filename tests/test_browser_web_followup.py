"""The follow-up in a real browser (headless Chromium through Selenium, against a real uvicorn):
a whole follow-up by keyboard only, from the plan's page through the account's address, the
plan's blockers and conditions, the questions (an error, back, a change from the review) to the
result and the report; axe-core on each kind of page at phone and desktop width.

Outside CI these tests skip with the reason when a tool is missing; with CI=true they fail.
"""

from __future__ import annotations

import re
import shutil
from typing import Any

from somplan.content import answers
from somplan.content.followup import load_followup
from somplan.content.model import Question
from somplan.web.plans import plan_id

from .browser import Keyboard, axe_source
from .common import ROOT
from .tools import require
from .web_client import TOKEN, scripted

FLOW = load_followup().flow


class FollowupKeyboard(Keyboard):
    """The keyboard person, on the follow-up's pages: an item is a choice of three, a question
    is one of the follow-up flow's."""

    def question(self) -> Question | None:
        found = re.search(
            r"/followups/[0-9a-f]{20}/questions/([a-z0-9_]+)", self.driver.current_url
        )
        return FLOW.question(found.group(1)) if found else None

    def kind(self, url: str) -> str:
        from selenium.webdriver.common.by import By

        error = "-error" if self.driver.find_elements(By.CSS_SELECTOR, "div.error-summary") else ""
        if "/items/" in url:
            return "item" + error
        question = self.question()
        if question is not None:
            return f"question-{question.kind}{error}"
        return super().kind(url) + error

    def choose(self, wanted: str) -> None:
        """Choose the radio button ``wanted``: Tab into the group, arrows to it, Enter sends."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        values = [
            o.get_attribute("value")
            for o in self.driver.find_elements(By.CSS_SELECTOR, 'input[name="answer"]')
        ]
        self.tab_to('input[name="answer"]:checked' if self._any_checked() else "#answer-0")
        if not self._any_checked():
            self.press(Keys.SPACE)
        now = self.driver.switch_to.active_element.get_attribute("value")
        for _ in range(abs(values.index(wanted) - values.index(now))):
            down = values.index(wanted) > values.index(now)
            self.press(Keys.ARROW_DOWN if down else Keys.ARROW_UP)
        self.send()

    def send(self) -> None:
        from selenium.webdriver.common.keys import Keys

        self.tab_to('button[type="submit"]')
        self.press(Keys.ENTER)

    def answer(self, value: Any) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        question = self.question()
        assert question is not None
        if question.kind == "multi":
            for choice in question.choice_ids():
                box = self.driver.find_element(By.CSS_SELECTOR, f'input[value="{choice}"]')
                if (choice in value) != box.is_selected():
                    self.tab_to(f'input[value="{choice}"]')
                    self.press(Keys.SPACE)
            self.send()
        elif question.kind in ("single", "yesno", "scale"):
            self.choose({True: "yes", False: "no"}.get(value, str(value)))
        else:
            self.tab_to("#answer-0")
            self.press(Keys.CONTROL, "a")
            self.press(Keys.DELETE)
            self.press(str(value))
            self.send()


def test_a_whole_followup_by_keyboard_only(driver, shots, web_server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, folder = web_server
    plan_path = folder / "planavdelningen.yaml"
    shutil.copy(ROOT / "examples" / "answers" / "planning_office_detailed_plan.yaml", plan_path)
    keys = FollowupKeyboard(driver, axe_source(), shots)
    if keys.axe is None:
        require(False, "axe-core (npm pack axe-core; .ci/run fetches it)")
    driver.get(f"{base}/?token={TOKEN}")
    plan = f"/plans/{plan_id(plan_path)}"
    keys.tab_to(f'a[href="{plan}"]')
    keys.press(Keys.ENTER)
    keys.tab_to(f'a[href="{plan}/followups"]')
    keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/followups")
    keys.check_page()
    keys.send()  # "Start a follow-up"

    # The plan's account was approved but has no address: it is asked first.
    assert driver.current_url.endswith("/followups/address#question")
    keys.check_page()
    keys.tab_to("#url")
    keys.press("inte en adress")
    keys.send()
    assert driver.execute_script("return document.activeElement.id") == "error-summary"
    assert driver.find_element(By.ID, "url").get_attribute("aria-invalid") == "true"
    keys.check_page()
    keys.tab_to("#url")
    keys.press(Keys.CONTROL, "a")
    keys.press(Keys.DELETE)
    keys.press("https://example.se/planavdelningen")
    keys.send()
    plan_record = answers.load(plan_path, load_followup().plan.flow)
    assert plan_record.opened is not None
    assert plan_record.opened.url == "https://example.se/planavdelningen"

    # The plan's six blockers and conditions, one per page; an error first, and back once.
    assert "/items/0#question" in driver.current_url
    keys.check_page()
    keys.send()  # nothing chosen
    assert driver.find_elements(By.CSS_SELECTOR, "div.error-summary")
    keys.check_page()
    states = ["resolved", "open", "unknown", "resolved", "resolved", "open"]
    keys.choose(states[0])
    keys.choose(states[1])
    keys.tab_to("a.back")
    keys.press(Keys.ENTER)
    assert "/items/1#question" in driver.current_url
    assert driver.find_element(By.CSS_SELECTOR, "input[value=open]").is_selected()
    keys.choose(states[1])
    for n in range(2, 6):
        assert f"/items/{n}#question" in driver.current_url
        keys.check_page()
        keys.choose(states[n])

    # The follow-up flow's questions.
    steps = 0
    while (question := keys.question()) is not None:
        steps += 1
        assert steps < 40
        keys.check_page()
        keys.answer(scripted(question))
    assert driver.current_url.endswith("/review#question")
    keys.check_page()
    assert "Vet inte" in driver.find_element(By.TAG_NAME, "main").text

    # Change one item from the review: back to the review.
    keys.tab_to('a[href$="/items/2?change=1#question"]')
    keys.press(Keys.ENTER)
    keys.check_page()
    keys.choose("resolved")
    assert driver.current_url.endswith("/review#question")
    keys.send()  # confirm
    assert driver.current_url.endswith("/result#question")
    keys.check_page()
    heading = driver.find_element(By.ID, "question").text
    assert heading.startswith("Förslag:")
    keys.tab_to('a[href$="/report"]')
    keys.press(Keys.ENTER)
    assert "Uppföljning av kontot" in driver.title
    keys.check_page()

    [path] = folder.glob("planavdelningen.followup-*.yaml")
    record = answers.load(path, FLOW)
    assert record.complete
    states[2] = "resolved"
    assert [c.state for c in record.plan_items] == states
    kinds = {"followups", "address", "address-error", "item", "item-error", "review", "result"}
    assert kinds <= keys.checked, keys.checked
    assert {"report"} <= keys.checked
    assert {k for k in keys.checked if k.startswith("question-")} >= {
        "question-single",
        "question-multi",
        "question-yesno",
        "question-text",
    }
    logs = driver.get_log("browser")
    assert not [entry for entry in logs if "Content Security Policy" in entry["message"]], logs
