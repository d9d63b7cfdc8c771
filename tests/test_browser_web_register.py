"""The communicators' pages in a real browser (headless Chromium through Selenium, against a real
uvicorn): from the home page to the register, the public list and the summary by keyboard only;
axe-core on each at phone and desktop width, and no Content-Security-Policy error in the log.

Outside CI these tests skip with the reason when Chromium, chromedriver, Selenium, axe-core or
the web extra is missing; with CI=true a missing tool is a failure.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .browser import Keyboard, axe_source
from .test_register import EXAMPLES, FOLLOWUPS
from .tools import require
from .web_client import TOKEN


def test_register_public_list_and_summary_by_keyboard(  # type: ignore[no-untyped-def]
    driver, shots, web_server
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, folder = web_server
    for source in [*EXAMPLES.glob("*.yaml"), *FOLLOWUPS.glob("*.yaml")]:
        shutil.copy(source, Path(folder) / f"{source.parent.name}-{source.name}")
    keys = Keyboard(driver, axe_source(), shots)
    if keys.axe is None:
        require(False, "axe-core (npm pack axe-core; .ci/run fetches it)")
    driver.get(f"{base}/?token={TOKEN}")
    assert driver.current_url == f"{base}/"
    keys.check_page()
    for address, kind, seen in (
        ("/register", "register", "Stadsbiblioteket, tonårsverksamheten"),
        ("/register/public", "public", "Kommunens konton"),
        ("/summary", "summary", "Kulturhuset"),
    ):
        driver.get(f"{base}/")
        keys.tab_to(f'a[href="{address}"]')
        keys.press(Keys.ENTER)
        assert driver.current_url == f"{base}{address}"
        assert seen in driver.find_element(By.TAG_NAME, "body").text
        # The charts' bars have their width from the linked stylesheet (not inline style).
        if kind != "public":
            widths = driver.execute_script(
                "return [...document.querySelectorAll('.chart .fill')]"
                ".map(e => e.getBoundingClientRect().width)"
            )
            assert widths and max(widths) > 20, widths
        keys.check_page()
        assert kind in keys.checked
    logs = driver.get_log("browser")
    assert not [entry for entry in logs if "Content Security Policy" in entry["message"]], logs
