"""The ``pdf`` extractor: WPS- and Word-exported report PDFs with ruled tables.

This module is what the registry imports (the ``ogi`` entry point): the claims and the
extractor's record only, so loading the plugins costs little. The reading itself
(:mod:`ogi_pdf.reader`: text lines, tables, the interpreter's vocabulary) is imported when
a PDF is read; a claim imports pypdfium2, and only for a PDF."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ogi import hookimpl
from ogi.records import Extractor, Match, Options, Source
from ogi_pdf import __version__, handover

if TYPE_CHECKING:
    from ogi.document import Document
    from ogi_pdf.reader import ScanReader

SUFFIXES = (".pdf",)
CLAIM_PROBE_PAGES = 200  # claim looks for scanned pages among the first pages only


def claim(source: Source) -> Match:
    """By content (%PDF in the first KB), else by suffix. A PDF with scanned pages (no text
    layer, images) is claimed only as strongly as a suffix: an OCR extractor, when
    installed, claims it by content and wins; without one this extractor still reads it
    (NEEDS_OCR for a scan, a warning per scanned page of a mixed file)."""
    if b"%PDF-" in source.head[:1024]:
        try:
            scanned = claim_scans(source)
        except Exception:  # claim never raises: extract gives the verdict
            return Match.CONTENT
        return Match.SUFFIX if scanned else Match.CONTENT
    return Match.SUFFIX if source.suffix in SUFFIXES else Match.NO


def claim_scans(source: Source) -> list[int]:
    """``scanned_pages`` as the claims ask it (no password, the first
    ``CLAIM_PROBE_PAGES`` pages). The pages the probe loads are handed to this Source's
    extraction (``ogi_pdf.handover``): a conversion loads each page once."""
    with handover.claiming(source):
        return scanned_pages(source.data, None, CLAIM_PROBE_PAGES)


def scanned_pages(data: bytes, password: str | None, limit: int | None = None) -> list[int]:
    """The 0-based indexes of the pages that have no text layer but show an image: scans.
    Looks at the first ``limit`` pages only when given. Raises what pypdfium2 raises. The
    answer is remembered for the last few files (as the fan-out verdict is): the PDF and OCR
    extractors both ask while claiming one input."""
    return list(_scanned_pages(data, password, limit))


@lru_cache(maxsize=4)
def _scanned_pages(data: bytes, password: str | None, limit: int | None) -> tuple[int, ...]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]

    from ogi_pdf.guards import check_form_fan_out
    from ogi_pdf.pdfium_fonts import box_fonts

    check_form_fan_out(data, password)  # looking at pages expands a fan-out bomb
    with box_fonts():
        pdf = pdfium.PdfDocument(data, password=password or None)
        keep = password is None and handover.wanted(data, len(pdf))
        loaded = handover.Loaded(pdf)
        try:
            verdicts = _scan_verdicts(loaded, limit, keep)
        except BaseException:
            loaded.close()
            raise
    if keep:
        handover.offer(loaded)  # the claimed Source's extraction reads these pages
    else:
        loaded.close()
    return verdicts


def _scan_verdicts(loaded: handover.Loaded, limit: int | None, keep: bool) -> tuple[int, ...]:
    """The scanned pages' indexes; the pages loaded stay in ``loaded`` when ``keep``."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped,unused-ignore]

    pdf, out = loaded.pdf, []
    for i in range(min(len(pdf), limit) if limit is not None else len(pdf)):
        page = pdf[i]
        # the text layer is looked at only on a page with an image (a text page is
        # never a scan, and its text page costs as much as loading it)
        if _has_image(page, pdfium_c.FPDF_PAGEOBJ_IMAGE):
            textpage = page.get_textpage()
            if not textpage.get_text_range().strip():
                out.append(i)
            textpage.close()
        if keep:
            loaded.pages[i] = page
        else:
            page.close()
    return tuple(out)


def _has_image(page: Any, image_type: int) -> bool:
    return next(iter(page.get_objects(filter=(image_type,), max_depth=3)), None) is not None


def extract(source: Source, options: Options, read_scan: ScanReader | None = None) -> Document:
    """Read a PDF (:func:`ogi_pdf.reader.extract`, imported now)."""
    from ogi_pdf.reader import extract as read

    return read(source, options, read_scan)


@hookimpl
def ogi_extractors() -> list[Extractor]:
    """The pdf extractor."""
    return [
        Extractor(
            name="pdf",
            version=__version__,
            suffixes=SUFFIXES,
            claim=claim,
            extract=extract,
            description="text PDFs with ruled tables (split tables stitched); scans → ocr, else NEEDS_OCR",
        )
    ]
