"""The web app in a real browser (headless Chromium through Selenium, against a real uvicorn): a
whole interview by keyboard only, with back, reload mid-way, review and change, and the report;
axe-core on every page at phone and desktop width; the answers file the same as the terminal's.

Outside CI these tests skip with the reason when Chromium, chromedriver, Selenium, axe-core or
the web extra is missing; with CI=true a missing tool is a failure.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from somplan.content import answers
from somplan.interview.engine import Engine

from .browser import Keyboard, axe_source
from .fakes import ScriptedPrompter
from .tools import require
from .web_client import TOKEN, question_id, scripted, shipped_content


def test_a_whole_interview_by_keyboard_only(  # type: ignore[no-untyped-def]
    driver, shots, web_server, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, folder = web_server
    keys = Keyboard(driver, axe_source(), shots)
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
