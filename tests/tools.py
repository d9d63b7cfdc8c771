"""External tools some tests need (WeasyPrint, pdftotext, Chromium): a clear skip outside CI, and a
failure in CI (CI=true), where .ci/run installs them."""

from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(ok: bool, what: str) -> None:
    """Skip (or fail in CI) when ``what`` is not available."""
    if ok:
        return
    reason = f"{what} is not installed (.ci/run installs it; see docs/development.md)"
    if IN_CI:
        pytest.fail(f"CI=true: {reason}")
    pytest.skip(reason)


def weasyprint_ok() -> bool:
    try:
        import weasyprint  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def tool(name: str) -> str | None:
    return shutil.which(name)
