"""The claim's loaded pages handed to the extraction of the same input.

Claiming a PDF looks at its pages for scans, which loads each page (pypdfium2 parses its
content); extracting it loads each page again. Within one conversion the registry asks the
claims and then extracts the same :class:`~ogi.records.Source` object, so the claim's
probe, when it runs for a Source (``claiming``), offers its open document and loaded
pages to that Source's extraction (``take``), which reads them instead of loading them
again. What is decided does not change: the probe answers as before and the extraction
reads the same pages, only not loaded twice.

An offer never outlives its Source: it is closed when the Source is collected, when the
extraction takes it (each page is closed after reading, the document at the end), or when
newer offers push it out (at most ``MAX_OFFERS`` are held). Only documents of at most
``OFFER_PAGES`` pages are offered, so what waits between claim and extraction stays small.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ogi.records import Source

#: Documents with more pages are not kept between claim and extraction.
OFFER_PAGES = 64
#: Offers held at once (sources claimed and not yet extracted).
MAX_OFFERS = 2

_claimant: ContextVar[Source | None] = ContextVar("ogi_pdf_claimant", default=None)
_offers: dict[int, tuple[weakref.ref[Source], Loaded]] = {}


class Loaded:
    """An open ``pypdfium2.PdfDocument`` and the pages already loaded from it."""

    __slots__ = ("pdf", "pages")

    def __init__(self, pdf: Any, pages: dict[int, Any] | None = None) -> None:
        self.pdf = pdf
        self.pages: dict[int, Any] = pages if pages is not None else {}

    def page(self, index: int) -> Any:
        """Page ``index``: the one already loaded (given out once), else loaded now. The
        caller closes it."""
        page = self.pages.pop(index, None)
        return page if page is not None else self.pdf[index]

    def close(self) -> None:
        """Close the pages not given out, then the document (closing twice is harmless)."""
        for page in self.pages.values():
            page.close()
        self.pages.clear()
        self.pdf.close()


@contextmanager
def claiming(source: Source) -> Iterator[None]:
    """While a claim looks at ``source``: a probe of its bytes may ``offer`` what it loaded."""
    token = _claimant.set(source)
    try:
        yield
    finally:
        _claimant.reset(token)


def wanted(data: bytes, n_pages: int) -> bool:
    """Whether a probe of ``data`` (``n_pages`` pages) should keep its pages to ``offer``:
    a claim is looking at a Source holding these very bytes, and the document is small."""
    source = _claimant.get()
    return source is not None and source.data is data and n_pages <= OFFER_PAGES


def offer(loaded: Loaded) -> None:
    """Hand ``loaded`` to the extraction of the Source being claimed (``wanted`` said so)."""
    source = _claimant.get()
    if source is None:
        loaded.close()
        return
    key = id(source)
    _drop(key)
    while len(_offers) >= MAX_OFFERS:
        _drop(next(iter(_offers)))
    _offers[key] = (weakref.ref(source, _forget(key)), loaded)


def take(source: Source) -> Loaded | None:
    """What a claim of this very ``source`` offered (the caller closes it), or None."""
    entry = _offers.get(id(source))
    if entry is None or entry[0]() is not source:
        return None
    del _offers[id(source)]
    return entry[1]


def _forget(key: int) -> Any:
    """The callback closing the offer at ``key`` when its Source is collected."""

    def callback(ref: weakref.ref[Source]) -> None:
        entry = _offers.get(key)
        if entry is not None and entry[0] is ref:
            _drop(key)

    return callback


def _drop(key: int) -> None:
    entry = _offers.pop(key, None)
    if entry is not None:
        entry[1].close()
