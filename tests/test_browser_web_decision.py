"""The manager's decision written down in a real browser (headless Chromium against the real
app), by keyboard only: an error shown at its field and corrected, the decision saved and shown
on the plan's page, the account's address recorded; axe-core on each new page at 390 and
1280 px. Skips like tests/browser.py outside CI when a tool is missing."""

from __future__ import annotations

from pathlib import Path

import yaml

from .browser import Keyboard, axe_source
from .tools import require
from .web_client import TOKEN, put_plan


def test_a_decision_and_the_accounts_address_by_keyboard(  # type: ignore[no-untyped-def]
    driver, shots, web_server
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, folder = web_server
    path, address = put_plan(Path(folder))
    plan = base + address
    keys = Keyboard(driver, axe_source(), shots)
    if keys.axe is None:
        require(False, "axe-core (npm pack axe-core; .ci/run fetches it)")
    driver.get(f"{base}/?token={TOKEN}")
    driver.get(plan)
    keys.tab_to('a[href$="/decision"]')
    keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/decision")
    keys.check_page()
    # Saved with no role: the error is shown at the field, focus on the summary.
    keys.tab_to("#outcome")
    keys.press(Keys.SPACE)  # the first outcome: approved
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    assert driver.current_url.endswith("/decision#error-summary")
    keys.check_page()
    assert driver.find_element(By.ID, "by_role-error").is_displayed()
    assert driver.find_element(By.ID, "outcome").is_selected()  # kept
    keys.tab_to("#by_role")
    keys.press("Rektor")
    keys.tab_to("#reference")
    keys.press("BUN 2027/12")
    keys.tab_to('button[type="submit"]')
    keys.press(Keys.ENTER)
    assert driver.current_url == f"{plan}#decision"
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "Godkänt" in body and "av Rektor, dnr BUN 2027/12" in body
    keys.tab_to('a[href$="/account"]')
    keys.press(Keys.ENTER)
    keys.check_page()
    keys.tab_to("#url")
    keys.press("https://www.instagram.com/skolan_foraldrar")
    keys.tab_to('form[action$="/opened#error-summary"] button[type="submit"]')
    keys.press(Keys.ENTER)
    assert (
        "https://www.instagram.com/skolan_foraldrar"
        in driver.find_element(By.TAG_NAME, "body").text
    )
    assert {"decision", "account"} <= keys.checked
    # Closed (the note on what the follow-ups said shown first), then the closing removed.
    driver.get(f"{plan}/account")
    assert "Obs: ingen färdig uppföljning" in driver.find_element(By.CSS_SELECTOR, "p.notice").text
    keys.tab_to('form[action$="/closed#error-summary"] button[type="submit"]')
    keys.press(Keys.ENTER)
    assert "closed" in yaml.safe_load(path.read_text(encoding="utf-8"))
    driver.get(f"{plan}/account")
    keys.checked.discard("account")
    keys.check_page()  # axe again: with the form that removes the closing
    keys.tab_to('form[action$="/reopened"] button[type="submit"]')
    keys.press(Keys.ENTER)
    assert "closed" not in yaml.safe_load(path.read_text(encoding="utf-8"))
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["decision"]["by"]["role"] == "Rektor"
    assert saved["opened"]["url"] == "https://www.instagram.com/skolan_foraldrar"
    logs = driver.get_log("browser")
    assert not [entry for entry in logs if "Content Security Policy" in entry["message"]], logs
