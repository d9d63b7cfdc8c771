"""A document as PDF/A-2b (ISO 19005-2, level b), made from the same HTML with WeasyPrint.

PDF/A is the format Swedish archives accept for keeping documents (arkivlagen); level b keeps the
look of every page. WeasyPrint needs Pango from the system, so it is an extra
(``pip install 'somplan[pdf]'``); without it a one-line usage error (exit 2) says what to install. The
document is made without any request: every URL it would fetch is refused.
"""

from __future__ import annotations

from typing import Any, NoReturn

from somplan.errors import UsageError

#: The PDF/A part and conformance level written (XMP pdfaid:part and pdfaid:conformance).
VARIANT = "pdf/a-2b"

def _no_fetch(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"somplan documents load nothing: {url[:80]}")


def html_to_pdf(html: str) -> bytes:
    """``html`` (a self-contained somplan document) as PDF/A-2b bytes."""
    try:
        from weasyprint import HTML  # type: ignore[import-untyped,unused-ignore]
    except (ImportError, OSError):  # OSError: WeasyPrint is there but Pango is not
        raise UsageError("pdf.missing") from None
    document = HTML(string=html, url_fetcher=_no_fetch, media_type="print")
    pdf = document.write_pdf(pdf_variant=VARIANT)
    assert isinstance(pdf, bytes)
    return pdf
