"""The unit's proposal in a real browser (headless Chromium against the real app), by keyboard
only: the ranked channels, a reason, back once with the answer shown, the account's name;
axe-core at 390 and 1280 px on the channels page, a text page, the date page with and without
its error, and the plan's page with the verdict line; the proposal saved in the plan. Skips like tests/browser.py outside CI when a tool is missing."""

from __future__ import annotations

from pathlib import Path

import yaml

from .browser import Keyboard, axe_source
from .tools import require
from .web_client import TOKEN, put_plan, shipped_content


def proposal_steps(path: Path) -> int:
    """How many pages the proposal saved in ``path`` has now."""
    from somplan.assessment.scoring import assess
    from somplan.content import answers
    from somplan.interview.proposal import ProposalWalk

    content = shipped_content()
    record = answers.load(path, content.flow)
    assert content.proposal is not None
    assessment = assess(content, record, what_if=False)
    return len(ProposalWalk(content.proposal, assessment, "sv", record.proposal).steps())


def test_a_proposal_by_keyboard(driver, shots, web_server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from somplan.web.plans import plan_id

    base, folder = web_server
    path, address = put_plan(Path(folder))
    plan = base + address
    keys = Keyboard(driver, axe_source(), shots)
    if keys.axe is None:
        require(False, "axe-core (npm pack axe-core; .ci/run fetches it)")
    driver.get(f"{base}/?token={TOKEN}")
    driver.get(plan)
    keys.tab_to('a[href$="/proposal"]')
    keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/proposal/0#question")
    keys.check_page()
    keys.tab_to('input[value="instagram"]')
    keys.press(Keys.SPACE)
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/proposal/1#question")
    keys.check_page()  # a text question (the reason, or the account's name)
    keys.tab_to("a.back")
    keys.press(Keys.ENTER)
    assert driver.find_element(By.CSS_SELECTOR, 'input[value="instagram"]').is_selected()
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    for typed in ("Föräldrarna finns där", "@skolan_foraldrar"):
        keys.tab_to("#answer-0")
        keys.press(typed)
        keys.tab_to('button[type="submit"]')
        keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/proposal/3#question")
    assert {"0", "1"} <= keys.checked
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))["proposal"]["accounts"][0]
    assert saved["platform"] == "instagram"
    assert "@skolan_foraldrar" in (saved.get("name"), saved.get("reason"))
    # The first follow-up's date (jumped to by its address): suggested, a wrong one refused at
    # its field, a good one leads back to the question left open on the way.
    last = proposal_steps(path) - 1
    driver.get(f"{plan}/proposal/{last}#question")
    keys.check_page()
    field = driver.find_element(By.CSS_SELECTOR, "#answer-0")
    assert field.get_attribute("value")  # the date the follow-up rules suggest
    keys.tab_to("#answer-0")
    keys.press(Keys.CONTROL, "a")
    keys.press("i höst")
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    assert driver.execute_script("return document.activeElement.id") == "error-summary"
    keys.checked.discard(str(last))
    keys.check_page()  # the error, at its field and in the summary
    keys.tab_to("#answer-0")
    keys.press(Keys.CONTROL, "a")
    keys.press("2027-09-01")
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/proposal/3#question")  # the role, skipped on the way
    # The plan's page: the verdict in one line, and the proposal to go on with.
    driver.get(plan)
    assert driver.find_element(By.CSS_SELECTOR, "p.verdict-line").text.startswith("Bedömning")
    assert driver.find_element(By.CSS_SELECTOR, 'a[href$="/proposal"]').text == (
        "Fortsätt med förslaget"
    )
    keys.check_page()
    assert {str(last), plan_id(path)} <= keys.checked  # axe ran on both
    logs = driver.get_log("browser")
    assert not [entry for entry in logs if "Content Security Policy" in entry["message"]], logs
