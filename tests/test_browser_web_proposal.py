"""The unit's proposal in a real browser (headless Chromium against the real app), by keyboard
only: the ranked channels, a reason, back once with the answer shown, the account's name;
axe-core on the channels page and a text page at 390 and 1280 px; the proposal saved in the
plan. Skips like tests/browser.py outside CI when a tool is missing."""

from __future__ import annotations

from pathlib import Path

import yaml

from .browser import Keyboard, axe_source
from .common import ROOT, without_account_record
from .tools import require
from .web_client import TOKEN


def test_a_proposal_by_keyboard(driver, shots, web_server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from somplan.web.plans import plan_id

    base, folder = web_server
    path = Path(folder) / "proposal-school.yaml"
    text = (ROOT / "examples" / "answers" / "school_parents.yaml").read_text(encoding="utf-8")
    path.write_text(without_account_record(text), encoding="utf-8")
    plan = f"{base}/plans/{plan_id(path)}"
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
    logs = driver.get_log("browser")
    assert not [entry for entry in logs if "Content Security Policy" in entry["message"]], logs
