"""Screenshots of the web app (`somplan serve`) for docs/web.md, taken with headless Chromium
against the real app served by uvicorn on this computer.

    python scripts/make_web_screenshots.py      # write docs/img/web-*.png

In Swedish, at 390 px (a phone) and 1280 px, from plans made for the purpose in a temporary
folder: a question with its error shown (a new plan, "Spara och fortsätt" with nothing chosen),
a plan's page (a copy of the library example, which has a proposal and a decision), the
proposal's channels, the decision form, a step of its follow-up, and the register as a
communicator sees it. Needs the web and test extras,
Chromium and chromedriver (Debian: chromium, chromium-driver).
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "docs" / "img"
EXAMPLE = ROOT / "examples" / "answers" / "library_teens.yaml"
sys.path.insert(0, str(ROOT / "src"))


def _shots() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_html_screenshots", ROOT / "scripts" / "make_html_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _take(driver: Any, shots: Any, name: str) -> None:
    for width in (390, 1280):
        shots.set_viewport(driver, width, 900)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(IMG / f"web-{name}-{width}.png"))
    print(f"wrote docs/img/web-{name}-390.png and web-{name}-1280.png")


def main() -> None:
    import uvicorn
    from selenium.webdriver.common.by import By

    from somplan.web.app import create_app
    from somplan.web.plans import plan_id
    from somplan.web.settings import Settings

    shots = _shots()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(EXAMPLE, Path(tmp) / EXAMPLE.name)
        plan = plan_id(Path(tmp) / EXAMPLE.name)
        app = create_app(Settings(data_dir=Path(tmp), token="screenshots"))
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        driver = shots.chromium_driver()
        try:
            driver.get(f"{base}/?token=screenshots")
            driver.find_element(By.ID, "unit").send_keys("Fritidsgården Norr")
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # nothing chosen
            _take(driver, shots, "question")
            driver.get(f"{base}/plans/{plan}")
            _take(driver, shots, "plan")
            driver.get(f"{base}/plans/{plan}/proposal/0")
            _take(driver, shots, "proposal")
            driver.get(f"{base}/plans/{plan}/decision")
            _take(driver, shots, "decision")
            driver.get(f"{base}/plans/{plan}/followups")
            driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            _take(driver, shots, "followup")
            driver.get(f"{base}/register")
            _take(driver, shots, "register")
        finally:
            driver.quit()
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()


if __name__ == "__main__":
    main()
