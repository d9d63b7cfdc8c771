"""A document as PDF/A-2a (ISO 19005-2, level a), made from the same HTML with WeasyPrint.

PDF/A is the format Swedish archives accept for keeping documents (arkivlagen). Level a is level b
(the look of every page kept) plus a tagged, accessible document: headings, lists and tables are
in the structure tree in reading order, the language is set and every character maps to Unicode,
so a screen reader reads the plan as the HTML reads (WeasyPrint 67 or later tags it; the page
numbers are marked as artifacts). WeasyPrint needs Pango from the system, so it is an extra
(``pip install 'somplan[pdf]'``); without it a one-line usage error (exit 2) says what to install. The
document is made without any request: every URL it would fetch is refused.
"""

from __future__ import annotations

from typing import Any, NoReturn

from somplan.errors import UsageError

#: The PDF/A part and conformance level written (XMP pdfaid:part and pdfaid:conformance).
VARIANT = "pdf/a-2a"


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"somplan documents load nothing: {url[:80]}")


def html_to_pdf(html: str) -> bytes:
    """``html`` (a self-contained somplan document) as PDF/A-2a bytes (tagged)."""
    try:
        from weasyprint import HTML  # type: ignore[import-untyped,unused-ignore]
    except (ImportError, OSError):  # OSError: WeasyPrint is there but Pango is not
        raise UsageError("pdf.missing") from None
    document = HTML(string=html, url_fetcher=_no_fetch, media_type="print")
    pdf = document.write_pdf(pdf_variant=VARIANT)
    assert isinstance(pdf, bytes)
    return pdf
