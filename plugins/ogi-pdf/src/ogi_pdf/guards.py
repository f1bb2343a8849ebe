"""Cheap checks that refuse PDF bombs (``TOO_LARGE``) before a parser expands them.

* **Fan-out forms**: a form XObject that draws another one ten times, eight deep, is 10⁸
  draws from 2 KB; pdfium and pdfminer both expand it into memory. We count the draws per
  page from the file's structure (content streams of forms only, memoised) first.
* **Characters per page**: a page of a million characters costs pdfplumber gigabytes
  (one dict per character); pypdfium2 counts them in about a second.
* **Ruling segments per page**: pdfplumber's table finder is quadratic in the number of
  edges; a page with tens of thousands of segments is skipped for tables (text is kept).
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from typing import Any

from ogi.errors import ExtractionFailed

MAX_DRAWS_PER_PAGE = 50_000
MAX_CHARS_PER_PAGE = 100_000
MAX_EDGES_FOR_TABLES = 5_000
_DO = re.compile(rb"/([^\s/\[\]<>(){}%]+)\s+Do\b")


def check_form_fan_out(data: bytes, password: str | None) -> None:
    """Raise TOO_LARGE when a page would draw more than MAX_DRAWS_PER_PAGE XObjects.
    Files with no visible form (and no compressed object streams that could hide one) are
    not parsed at all. The verdict is remembered for the last few files, since the claims
    (which must look at pages) and the extraction all ask first."""
    if b"/Form" not in data and b"/ObjStm" not in data:
        return
    verdict = _fan_out_verdict(data, password)
    if verdict is not None:
        raise ExtractionFailed(verdict, code="TOO_LARGE")


@lru_cache(maxsize=4)
def _fan_out_verdict(data: bytes, password: str | None) -> str | None:
    try:
        _count_draws(data, password)
    except ExtractionFailed as exc:
        return exc.message
    return None


def _count_draws(data: bytes, password: str | None) -> None:
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        document = PDFDocument(PDFParser(io.BytesIO(data)), password=password or "")
        pages = PDFPage.create_pages(document)
        memo: dict[int, int] = {}
        for number, page in enumerate(pages, start=1):
            _check_page(page, number, memo)
    except ExtractionFailed:
        raise
    except Exception:  # damaged or encrypted: the real readers give the verdict
        return


def _check_page(page: Any, number: int, memo: dict[int, int]) -> None:
    """Only pages whose resources hold XObjects are read (most report pages have none)."""
    if not (_resolve(page.resources) or {}).get("XObject"):
        return
    draws = _draws(page.resources, page.contents, memo, set())
    if draws > MAX_DRAWS_PER_PAGE:
        raise ExtractionFailed(
            f"page {number} would draw {draws:,} nested form objects (an XObject bomb)",
            code="TOO_LARGE",
        )


def _resolve(obj: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def _draws(resources: Any, contents: Any, memo: dict[int, int], path: set[int]) -> int:
    """How many XObjects one content stream draws, forms expanded (cycles count once)."""
    xobjects = _resolve((_resolve(resources) or {}).get("XObject")) or {}
    total = 0
    for stream in contents or []:
        try:
            data = _resolve(stream).get_data()
        except Exception:
            continue
        for name in _DO.findall(data):
            total += 1 + _form_draws(xobjects.get(name.decode("latin-1")), memo, path)
            if total > MAX_DRAWS_PER_PAGE:
                return total
    return total


def _form_draws(ref: Any, memo: dict[int, int], path: set[int]) -> int:
    objid = getattr(ref, "objid", None)
    if objid is None or objid in path:
        return 0
    if objid not in memo:
        from pdfminer.psparser import LIT

        form = _resolve(ref)
        attrs = getattr(form, "attrs", None) or {}
        if attrs.get("Subtype") is LIT("Form"):
            memo[objid] = _draws(attrs.get("Resources"), [form], memo, path | {objid})
        else:
            memo[objid] = 0
    return memo[objid]


def check_page_chars(count: int, number: int) -> None:
    """Raise TOO_LARGE for a page with more than MAX_CHARS_PER_PAGE characters."""
    if count > MAX_CHARS_PER_PAGE:
        raise ExtractionFailed(
            f"page {number} holds {count:,} characters (more than {MAX_CHARS_PER_PAGE:,})",
            code="TOO_LARGE",
        )


def too_many_edges(page: Any) -> bool:
    """Whether the table finder would be too slow on this page (it is then skipped)."""
    objects = page.objects
    segments = (
        len(objects.get("line", ())) + len(objects.get("rect", ())) + len(objects.get("curve", ()))
    )
    return segments > MAX_EDGES_FOR_TABLES
