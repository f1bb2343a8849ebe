"""The ``ocr`` extractor: scanned PDFs (page by page), image files, tables as pictures.

How it meets the PDF extractor: ``ogi_pdf`` claims a PDF with scanned pages (no text layer,
an image) only as strongly as a suffix; this extractor claims it by content and so wins when
installed. It then runs the PDF extractor itself (:func:`ogi_pdf.plugin.extract`) with a
reader for the scanned pages: text pages are read from their text layer as always, scanned
pages by OCR, and both go through the same page assembly (paragraphs, running headers,
tables split across pages stitched). Without this plugin the PDF extractor answers
``NEEDS_OCR`` (all pages scanned) or warns ``PAGE_NEEDS_OCR`` per scanned page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ogi_pdf import plugin as pdf_plugin

from ogi import hookimpl
from ogi.document import Document, warning
from ogi.errors import ExtractionFailed
from ogi.records import Extractor, Match, Options, Source
from ogi_ocr import __version__
from ogi_ocr.raster import IMAGE_SUFFIXES, is_image

if TYPE_CHECKING:  # numpy, the OCR engine, the PDF reader, the Report: when a file is read
    from ogi_pdf.reader import PageItems

    from ogi.report import Report, WarningRecord
    from ogi_ocr.engine import Engine
    from ogi_ocr.page import Item
    from ogi_ocr.raster import PageImage

SUFFIXES = IMAGE_SUFFIXES
MAX_OCR_PAGES = 300  # pages OCR'd in one file at most (Options.extra["ocr_max_pages"])
PAGE_BUDGET = 30.0  # seconds per page (Options.extra["ocr_page_seconds"])


def claim(source: Source) -> Match:
    """Images by content (else by suffix); PDFs by content when a page is a scan."""
    head = source.head
    if is_image(head):
        return Match.CONTENT
    if b"%PDF-" in head[:1024]:
        try:
            scanned = pdf_plugin.claim_scans(source)
        except Exception:  # never raise from claim: the PDF extractor gives the verdict
            return Match.NO
        return Match.CONTENT if scanned else Match.NO
    return Match.SUFFIX if source.suffix in SUFFIXES else Match.NO


def extract(source: Source, options: Options) -> Document:
    """OCR the scanned pages of a PDF (text pages as text) or every frame of an image."""
    from ogi_pdf.reader import assemble

    from ogi_ocr.engine import engine, use_gpu
    from ogi_ocr.raster import image_pages

    ocr = engine(use_gpu(bool(options.extra.get("ocr_cpu", False))))
    budget = float(options.extra.get("ocr_page_seconds", PAGE_BUDGET))
    limit = int(options.extra.get("ocr_max_pages", MAX_OCR_PAGES))
    if b"%PDF-" in source.head[:1024]:
        return _extract_pdf(source, options, ocr, budget, limit)
    if not is_image(source.head):
        raise ExtractionFailed("not an image this extractor reads (PNG, JPEG, TIFF, BMP, GIF)")
    document = Document()
    pages: list[PageItems] = []
    for image in image_pages(source.data, limit):
        pages.append(_page_items(image, ocr, document, budget))
    document.pages = len(pages)
    document.blocks = assemble(pages, document)
    return document


def _extract_pdf(
    source: Source, options: Options, ocr: Engine, budget: float, limit: int
) -> Document:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from ogi_ocr.page import read_page
    from ogi_ocr.raster import render_pdf_page, straighten

    try:
        pdf = pdfium.PdfDocument(source.data, password=options.password or None)
    except pdfium.PdfiumError:
        return pdf_plugin.extract(source, options)  # its verdict: ENCRYPTED, CORRUPT…
    try:
        n_scans = len(pdf_plugin.scanned_pages(source.data, options.password))
        if n_scans > limit:
            raise ExtractionFailed(
                f"{n_scans} scanned pages exceed the OCR limit of {limit}", code="TOO_LARGE"
            )

        def read_scan(index: int, document: Document) -> list[Item]:
            page = straighten(render_pdf_page(pdf, index))
            return read_page(page, ocr, document, budget)

        return pdf_plugin.extract(source, options, read_scan=read_scan)
    finally:
        pdf.close()


def _page_items(image: PageImage, ocr: Engine, document: Document, budget: float) -> PageItems:
    from ogi_pdf.reader import PageItems

    from ogi_ocr.page import read_page
    from ogi_ocr.raster import straighten

    page = straighten(image)
    out = PageItems(page.number, page.pixels.shape[0] * page.unit)
    out.items = sorted(read_page(page, ocr, document, budget), key=lambda item: item[0])
    return out


def low_confidence_warnings(report: Report, threshold: float | None = None) -> list[WarningRecord]:
    """``OCR_LOW_CONFIDENCE`` for every statistic whose cell was read by OCR with a character
    less sure than ``threshold`` (default :data:`ogi_ocr.page.LOW_CONFIDENCE`), or not read
    at all (ink, no text), naming its key."""
    if all(cell.source.get("confidence") is None for cell in report.cells):
        return []  # nothing read by OCR (and numpy, under ogi_ocr.page, stays unloaded)
    from ogi.report import WarningRecord
    from ogi_ocr.page import LOW_CONFIDENCE

    threshold = LOW_CONFIDENCE if threshold is None else threshold
    out = []
    named = {w.where.get("key") for w in report.warnings if w.code == "OCR_LOW_CONFIDENCE"}
    for cell in report.cells:
        confidence = cell.source.get("confidence")
        if confidence is None or confidence >= threshold or cell.key in named:
            continue
        where: dict[str, Any] = {
            k: cell.source[k] for k in ("part", "page", "bbox") if k in cell.source
        }
        out.append(
            WarningRecord(
                **warning(
                    "OCR_LOW_CONFIDENCE",
                    f"{cell.key}: read {cell.raw!r} with confidence {confidence:.2f}; "
                    "check it against the image",
                    {"key": cell.key, **where, "confidence": confidence},
                    [cell.key],
                )
            )
        )
    return out


@hookimpl
def ogi_extractors() -> Iterable[Extractor]:
    """The ocr extractor."""
    return [
        Extractor(
            name="ocr",
            version=__version__,
            suffixes=SUFFIXES,
            claim=claim,
            extract=extract,
            description="scanned PDFs (page by page) and images (PNG, JPEG, TIFF, BMP, GIF) by OCR",
        )
    ]


@hookimpl
def ogi_postprocess(report: Report) -> Report | None:
    """Complete a page whose tables are pictures lying beside it (OCR of the pictures),
    then name the uncertain OCR cells by their keys (the extractor does not know keys)."""
    from ogi_ocr.pictures import complete_with_pictures

    completed = complete_with_pictures(report)
    current = completed or report
    flagged = low_confidence_warnings(current)
    if not flagged:
        return completed
    return current.model_copy(update={"warnings": [*current.warnings, *flagged]})
