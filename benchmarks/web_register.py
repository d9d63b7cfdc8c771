"""The communicators' pages over many plans: server time of ``/register``, ``/register.csv``,
``/register/public`` and ``/summary`` on a shared server whose users' folders hold copies of the
examples (and their follow-ups).

Run by hand (not a test):
``.venv/bin/python benchmarks/web_register.py [--plans 300] [--users 10] [--repeat 5]``.
The app runs in this process behind Starlette's test client (no network); the figure is the
server's own time per request (its Server-Timing header), median and best of ``--repeat``.
``SOMPLAN_NO_PARALLEL=1`` in the environment reads the files in this process only.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from somplan.content.loader import load_content  # noqa: E402
from somplan.web.app import create_app  # noqa: E402
from somplan.web.plans import user_folder  # noqa: E402
from somplan.web.settings import Settings  # noqa: E402

EXAMPLES = ROOT / "examples" / "answers"
FOLLOWUPS = ROOT / "examples" / "followup"
PAGES = ("/register", "/register.csv", "/register/public", "/summary")


def fill(base: Path, plans: int, users: int) -> int:
    """``plans`` copies of the examples shared out among ``users`` folders, each folder with the
    examples' follow-ups too; the number of files written."""
    sources = sorted(EXAMPLES.glob("*.yaml"))
    written = 0
    for n in range(plans):
        folder = user_folder(base, f"user{n % users}")
        folder.mkdir(parents=True, exist_ok=True)
        source = sources[n % len(sources)]
        shutil.copy(source, folder / f"{n:05d}-{source.name}")
        written += 1
    for u in range(min(users, plans)):
        folder = user_folder(base, f"user{u}")
        for source in FOLLOWUPS.glob("*.yaml"):
            shutil.copy(source, folder / f"followup-{source.name}")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=300)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from starlette.testclient import TestClient

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        files = fill(base, args.plans, args.users)
        settings = Settings(
            data_dir=base, user_header="X-Remote-User", communicators=("communicator",)
        )
        app = create_app(settings, load_content())
        print(f"{args.plans} plans, {files} files, {args.users} users' folders")
        with TestClient(app, headers={"X-Remote-User": "communicator"}) as client:
            for page in PAGES:
                times = []
                size = 0
                for _ in range(args.repeat + 1):  # the first loads the follow-up content
                    response = client.get(page)
                    assert response.status_code == 200, (page, response.text[:500])
                    timing = response.headers["server-timing"].split("dur=")[1]
                    times.append(float(timing))
                    size = len(response.content)
                warm = times[1:]
                print(
                    f"{page:18} median {statistics.median(warm):7.0f} ms  best {min(warm):7.0f} ms"
                    f"  first {times[0]:7.0f} ms  {size // 1024} KiB"
                )


if __name__ == "__main__":
    main()
