"""The ``pdf`` extractor's reading: WPS- and Word-exported report PDFs with ruled tables,
text lines and tables page by page (imported when a PDF is read; the claims are in
:mod:`ogi_pdf.plugin`)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from ogi.document import Block, Document, Paragraph, Provenance, Table
from ogi.errors import ExtractionFailed, NotAReport, OgiError
from ogi.records import Options, Source
from ogi.text import CJK, norm
from ogi_pdf import handover
from ogi_pdf.guards import check_form_fan_out, check_page_chars, too_many_edges
from ogi_pdf.plugin import _has_image
from ogi_pdf.settings import DEFAULT, PdfSettings, settings_of
from ogi_pdf.tables import cell_texts, continues, grid, is_false_table, stitch
from ogi_pdf.text import (
    TextLine,
    clean,
    drop_page_numbers,
    paragraphs,
    running_lines,
    wraps_into,
)

if TYPE_CHECKING:
    from ogi_pdf.pdfium_chars import FontMetrics

OCR_HINT = "install the OCR plugin to read it: pip install -e plugins/ogi-ocr"

# Reads one scanned page (0-based index) into page items: (top, Table | TextLine) in points;
# problems go to the Document as warnings.
ScanReader = Callable[[int, Document], list[tuple[float, Any]]]

#: Four or more of one character in a row.
_RUN = re.compile(r"(.)\1{3,}")


@cache
def _cjk() -> re.Pattern[str]:
    """The ideographs' class, compiled when first needed (a long PDF without the report
    words, the pdfplumber engine's mojibake test): a class that wide costs ≈ 2 ms to
    compile, which every PDF's cold start paid (docs/performance.md)."""
    return re.compile(f"[{CJK}]")


def _repeated_glyph(text: str) -> bool:
    """Whether ``text`` holds four or more of one ideograph in a row (what
    ``([{CJK}])\\1{3,}`` finds, without compiling the ideographs' class): every run of
    one character is found whole, then its character tested."""
    first, last = CJK[0], CJK[-1]  # CJK is one range: "first-last"
    return any(first <= m.group(1) <= last for m in _RUN.finditer(text))


def probe(data: bytes, password: str | None) -> tuple[int, list[str]]:
    """Page count and each page's text from pypdfium2 (fast): detects scans and serves as
    a second decoder. Raises ENCRYPTED or CORRUPT."""
    n_pages, texts, _ = probe_pages(data, password)
    return n_pages, texts


def probe_pages(data: bytes, password: str | None) -> tuple[int, list[str], set[int]]:
    """``probe`` and ``scanned_pages`` in one pass over the pages (each page is loaded
    once): page count, each page's text, the indexes of the scanned pages."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped,unused-ignore]

    pdf = open_pdfium(data, password)
    try:
        texts, scans = [], set()
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            check_page_chars(textpage.count_chars(), i + 1)
            texts.append(textpage.get_text_range())
            textpage.close()
            if not texts[-1].strip() and _has_image(page, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                scans.add(i)
            page.close()
        return len(pdf), texts, scans
    finally:
        pdf.close()


def open_pdfium(data: bytes, password: str | None) -> Any:
    """The ``pypdfium2.PdfDocument``; raises ENCRYPTED or CORRUPT when it cannot be opened."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]

    try:
        return pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractionFailed(
                "encrypted PDF: a password is needed to open it", code="ENCRYPTED"
            ) from exc
        raise ExtractionFailed(f"not a readable PDF: {exc}") from exc


def extract(source: Source, options: Options, read_scan: ScanReader | None = None) -> Document:
    """Probe, then read page by page: text lines and ruled tables in reading order.

    ``read_scan`` (given by an OCR extractor) reads the pages without a text layer; without
    it a fully scanned file is ``NEEDS_OCR`` and each scanned page of a mixed file a
    ``PAGE_NEEDS_OCR`` warning."""
    check_form_fan_out(source.data, options.password)
    settings = settings_of(options.extra)
    offered = handover.take(source)  # the pages the claim loaded, without a password
    if settings.engine == "pdfium":
        if offered is not None and options.password:
            offered.close()
            offered = None
        return _extract_pdfium(source.data, options, settings, read_scan, offered)
    if offered is not None:
        offered.close()
    n_pages, pdfium_texts, scans = probe_pages(source.data, options.password)
    _check_page_count(n_pages, options)
    _check_text(n_pages, pdfium_texts, scans, read_scan)
    if not options.accept_any and (reason := not_a_report_early(pdfium_texts)) is not None:
        raise NotAReport(reason)
    document = Document(pages=n_pages)
    _warn_scans(document, scans, read_scan)
    pages = _read_pages(source.data, options, pdfium_texts, document, scans, read_scan)
    document.blocks = assemble(pages, document)
    return document


def _check_page_count(n_pages: int, options: Options) -> None:
    if options.max_pages is not None and n_pages > options.max_pages:
        raise ExtractionFailed(
            f"{n_pages} pages exceed the limit of {options.max_pages}", code="TOO_LARGE"
        )


def _check_text(
    n_pages: int, texts: list[str], scans: set[int], read_scan: ScanReader | None
) -> None:
    """EMPTY (no text, no images) or NEEDS_OCR (only scans and no OCR to read them)."""
    if any(t.strip() for t in texts):
        return
    if scans and read_scan is None:
        raise ExtractionFailed(
            f"no text layer on any of its {n_pages} pages, only images (scanned): "
            f"OCR needed; {OCR_HINT}",
            code="NEEDS_OCR",
        )
    if not scans:
        raise ExtractionFailed(f"no text and no images on its {n_pages} pages", code="EMPTY")


def _warn_scans(document: Document, scans: set[int], read_scan: ScanReader | None) -> None:
    if read_scan is None:
        for i in sorted(scans):
            document.warn(
                "PAGE_NEEDS_OCR", f"page {i + 1} is a scan and was not read; {OCR_HINT}", page=i + 1
            )


def _extract_pdfium(
    data: bytes,
    options: Options,
    settings: PdfSettings,
    read_scan: ScanReader | None,
    offered: handover.Loaded | None = None,
) -> Document:
    """The pdfium engine in one pass: each page is loaded once (or taken as the claim
    loaded it, ``offered``), probed (characters, scan) and read into page items; the
    verdicts come where their evidence is complete (page count first, NOT_A_REPORT after
    the first pages, EMPTY/NEEDS_OCR after the last). Non-embedded CJK fonts get a
    stand-in face (``pdfium_fonts``)."""
    from ogi_pdf.pdfium_fonts import box_fonts

    with box_fonts():
        if offered is None:
            offered = handover.Loaded(open_pdfium(data, options.password))
        return _extract_open_pdfium(offered, options, settings, read_scan)


def _extract_open_pdfium(
    loaded: handover.Loaded, options: Options, settings: PdfSettings, read_scan: ScanReader | None
) -> Document:
    from ogi_pdf.pdfium_chars import FontMetrics

    fonts = FontMetrics()  # the last page's, for the next; valid while `held` is loaded
    held: Any = None
    try:
        n_pages = len(loaded.pdf)
        _check_page_count(n_pages, options)
        reading = Document(pages=n_pages)  # the pages' warnings, after the scans' below
        texts: list[str] = []
        scans: set[int] = set()
        pages: list[PageItems] = []
        for i in range(n_pages):
            page, text, scanned, loaded_page = _load_pdfium_page(loaded, i, fonts)
            if held is not None:  # read with the page before still loaded: now close it
                held.close()
            held = loaded_page
            texts.append(text)
            if scanned:
                scans.add(i)
            pages.append(_read_loaded(page, i, text, scanned, reading, settings, read_scan))
            if i + 1 == PROBE_PAGES and not options.accept_any and n_pages > PROBE_AFTER_PAGES:
                if (reason := not_a_report_early(texts + [""] * (n_pages - i - 1))) is not None:
                    raise NotAReport(reason)
    finally:
        if held is not None:
            held.close()
        loaded.close()
    _check_text(n_pages, texts, scans, read_scan)
    document = Document(pages=n_pages)
    _warn_scans(document, scans, read_scan)
    document.warnings.extend(reading.warnings)
    document.blocks = assemble(pages, document)
    return document


def _load_pdfium_page(
    loaded: handover.Loaded, index: int, fonts: FontMetrics
) -> tuple[Any, str, bool, Any]:
    """Page ``index`` read once: the PdfiumPage, its text (the characters' texts), whether
    it is a scan (no text, an image) and the loaded ``PdfPage``, left open for the caller
    to close: ``fonts`` (read from, then replaced by this page's fonts) stays valid only
    while it is loaded. On failure the page is closed and ``fonts`` emptied."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped,unused-ignore]

    from ogi_pdf.pdfium_page import read_loaded

    page = loaded.page(index)
    try:
        textpage = page.get_textpage()
        try:
            check_page_chars(textpage.count_chars(), index + 1)
            read = _guarded(lambda: read_loaded(page, textpage, fonts))
        finally:
            textpage.close()
        text = "".join([ch["text"] for ch in read.chars])
        scanned = not text.strip() and _has_image(page, pdfium_c.FPDF_PAGEOBJ_IMAGE)
        return read, text, scanned, page
    except BaseException:
        page.close()
        fonts.widths, fonts.descents = {}, {}
        raise


def _read_loaded(
    page: Any,
    index: int,
    text: str,
    scanned: bool,
    document: Document,
    settings: PdfSettings,
    read_scan: ScanReader | None,
) -> PageItems:
    if read_scan is not None and scanned:
        return _scanned_page(index, float(page.height), read_scan, document)
    return _guarded(
        lambda: _read_page(
            without_overprint(page, settings.overprint_tolerance),
            index + 1,
            text,
            document,
            settings,
        )
    )


_T = TypeVar("_T")


def _guarded(read: Callable[[], _T]) -> _T:
    """``read()``, its failures as ENCRYPTED (a password problem) or CORRUPT."""
    try:
        return read()
    except OgiError:
        raise
    except Exception as exc:
        if "password" in type(exc).__name__.lower() or "password" in repr(exc).lower():
            raise ExtractionFailed(
                "encrypted PDF: a password is needed to open it", code="ENCRYPTED"
            ) from exc
        raise ExtractionFailed(f"cannot read the PDF: {type(exc).__name__}: {exc}") from exc


#: A PDF longer than this is probed for report words before its tables are extracted.
PROBE_AFTER_PAGES = 4
PROBE_PAGES = 3
#: Words every annual disclosure report prints on its first pages.
_REPORT_WORDS = re.compile(r"信息公开|政务公开|依申请公开")


def not_a_report_early(page_texts: list[str]) -> str | None:
    """Why a long PDF is not an annual report, judged from its first pages' text (cheap,
    before any table extraction); None when it may be one or the text cannot tell (little
    text, or text that is neither readable Chinese nor plain ASCII — a broken font map)."""
    if len(page_texts) <= PROBE_AFTER_PAGES:
        return None
    head = norm("".join(page_texts[:PROBE_PAGES]))
    if _REPORT_WORDS.search(head):
        return None
    cjk = len(_cjk().findall(head))
    ascii_share = sum(1 for ch in head if ch.isascii()) / max(len(head), 1)
    if cjk >= 100 or (len(head) >= 300 and ascii_share >= 0.9):
        return (
            f"a {len(page_texts)}-page PDF whose first {PROBE_PAGES} pages never mention "
            "信息公开 or 政务公开: not an annual disclosure report"
        )
    return None


@contextmanager
def quiet_pdfminer() -> Iterator[None]:
    """Keep pdfminer's warnings about recoverable damage off stderr while a PDF is read —
    the verdict is ours to give — and give the logger its own level back afterwards, so
    the process's logging configuration is left as it was."""
    import logging

    logger = logging.getLogger("pdfminer")
    before = logger.level
    logger.setLevel(max(before, logging.ERROR))
    try:
        yield
    finally:
        logger.setLevel(before)


class PageItems:
    """One page's items in reading order: (top, Table | TextLine), in points."""

    def __init__(self, number: int, height: float) -> None:
        self.number = number
        self.height = height
        self.items: list[tuple[float, Block | TextLine]] = []


def _read_pages(
    data: bytes,
    options: Options,
    pdfium_texts: list[str],
    document: Document,
    scans: set[int] | frozenset[int] = frozenset(),
    read_scan: ScanReader | None = None,
) -> list[PageItems]:
    """The pdfplumber engine's pages (pypdfium2's texts as the second decoder)."""
    settings = settings_of(options.extra)
    pages: list[PageItems] = []

    def read_all() -> None:
        for i, page in _pdfplumber_pages(data, options.password):
            if read_scan is not None and i in scans:
                pages.append(_scanned_page(i, float(page.height), read_scan, document))
                continue
            pages.append(
                _read_page(
                    without_overprint(page, settings.overprint_tolerance),
                    i + 1,
                    pdfium_texts[i] if i < len(pdfium_texts) else "",
                    document,
                    settings,
                )
            )

    _guarded(read_all)
    return pages


def _pdfplumber_pages(data: bytes, password: str | None) -> Iterator[tuple[int, Any]]:
    """(index, pdfplumber page) one at a time; each page closed and dropped after use."""
    import pdfplumber

    with quiet_pdfminer(), pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
        all_pages: list[Any] = pdf.pages
        for i in range(len(all_pages)):
            page = all_pages[i]
            yield i, page
            page.close()
            all_pages[i] = None  # one page at a time: drop pdfplumber's Page and its caches


def _scanned_page(
    index: int, height: float, read_scan: ScanReader, document: Document
) -> PageItems:
    out = PageItems(index + 1, height)
    out.items = sorted(read_scan(index, document), key=lambda item: item[0])
    return out


def without_overprint(page: Any, tolerance: float = DEFAULT.overprint_tolerance) -> Any:
    """The page without characters drawn again on top of themselves (fake bold draws each
    glyph several times): same text within ``tolerance`` points. One pass with buckets
    per text and row — pdfplumber's ``dedupe_chars`` costs as much as parsing the page.
    Kept glyphs are bucketed by rows of ``tolerance`` height, so a glyph is compared with
    those of its text in three buckets only: its row and the two beside it."""
    kept: dict[str, dict[int, list[tuple[float, float]]]] = {}
    duplicates: set[int] = set()
    for ch in page.chars:
        text, x, y = ch["text"], ch["x0"], ch["top"]
        row = int(y // tolerance)
        rows = kept.get(text)
        if rows is None:  # the first of its text: nothing to be drawn over
            kept[text] = {row: [(x, y)]}
            continue
        here = rows.get(row)
        drawn = False
        for near in (rows.get(row - 1), here, rows.get(row + 1)):
            if near:
                for px, py in near:
                    if abs(px - x) <= tolerance and abs(py - y) <= tolerance:
                        drawn = True
                        break
                if drawn:
                    break
        if drawn:
            duplicates.add(id(ch))
        elif here is None:
            rows[row] = [(x, y)]
        else:
            here.append((x, y))
    if not duplicates:
        return page
    return page.filter(lambda obj: id(obj) not in duplicates)


def _read_page(
    page: Any,
    number: int,
    pdfium_text: str,
    document: Document,
    settings: PdfSettings = DEFAULT,
) -> PageItems:
    out = PageItems(number, float(page.height))
    page_text = "".join([ch["text"] for ch in page.chars])
    # the same text is never mojibake of itself (the pdfium engine's usual case)
    if page_text != pdfium_text and _mojibake(page_text, pdfium_text):
        document.warn(
            "MOJIBAKE_FALLBACK",
            "pdfminer could not decode the fonts; pypdfium2's text used",
            page=number,
        )
        for k, line in enumerate(pdfium_text.splitlines()):
            if line.strip():
                out.items.append(
                    (float(k), TextLine(clean(line), 0, 0, float(k), float(k), number))
                )
        return out
    if _repeated_glyph(page_text):
        document.warn(
            "SUSPECT_FONT_MAPPING",
            "runs of one repeated character: the font's Unicode mapping may be broken; "
            "text is kept as extracted",
            page=number,
        )
    boxes_in_tables: list[tuple[float, float, float, float]] = []
    skip_tables = too_many_edges(page)
    if skip_tables:
        document.warn(
            "TABLES_SKIPPED",
            "too many ruling segments on this page for the table finder; text kept",
            page=number,
        )
    if not skip_tables:
        page = without_text_backgrounds(page)
    found_tables = [] if skip_tables else page.find_tables(settings.table_settings or None)
    if any(_frames_page(t.bbox, page) for t in found_tables):
        # A ruled page frame joined the page's prose to its tables: read the tables again
        # without the frame's rulings, so prose and headings stay text.
        page = without_frame(page)
        found_tables = page.find_tables(settings.table_settings or None)
    for found in found_tables:
        boxes = [_box(b) for b in found.cells]
        table = grid(boxes, cell_texts(boxes, page.chars), number, 0)
        if is_false_table(table, float(page.width * page.height), boxes):
            continue
        boxes_in_tables.append(_box(found.bbox))
        out.items.append((float(found.bbox[1]), table))
    outside = page.filter(_outside(boxes_in_tables)) if boxes_in_tables else page
    for line in outside.extract_text_lines(return_chars=False):
        text = clean(line["text"])
        if text:
            tl = TextLine(
                text,
                float(line["x0"]),
                float(line["x1"]),
                float(line["top"]),
                float(line["bottom"]),
                number,
            )
            out.items.append((tl.top, tl))
    out.items.sort(key=lambda item: item[0])
    return out


#: A table (or a ruling) covering more than this share of the page is a page frame.
FRAME_SHARE = 0.5


def _frames_page(bbox: Any, page: Any) -> bool:
    x0, top, x1, bottom = _box(bbox)
    return (x1 - x0) * (bottom - top) > FRAME_SHARE * float(page.width * page.height)


def without_frame(page: Any) -> Any:
    """The page without the rulings of a page frame: rectangles, lines and curves that are
    taller than half the page (a real table's outer border is drawn cell by cell or row by
    row; a frame around the whole body is one long ruling)."""
    limit = FRAME_SHARE * float(page.height)

    def keep(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") not in ("rect", "line", "curve"):
            return True
        return float(obj.get("bottom", 0)) - float(obj.get("top", 0)) <= limit

    return page.filter(keep)


#: An 8-bit channel this light is white (``blank_fill``).
WHITE_FROM = 250


def blank_fill(obj: dict[str, Any]) -> bool:
    """A rectangle filled white and not stroked: it paints nothing on a white page. Word and
    WPS exports draw one behind each line of shaded or framed text; its sides are no ruling,
    and taken for one they make the page's prose a one-column table whose text is lost
    (a real report's whole page 2). The fill is pdfminer's ``non_stroking_color`` — a grey
    level, RGB or CMYK — or pdfium's RGB, both from 0 to 1."""
    if not obj.get("fill") or obj.get("stroke"):
        return False
    color = obj.get("non_stroking_color")
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not all(isinstance(v, (int, float)) for v in color):
        return False  # a pattern or an unknown space: not known to be white
    levels = [round(float(v) * 255) for v in color]
    if len(levels) == 4:  # CMYK: no ink
        return all(v <= 255 - WHITE_FROM for v in levels)
    return len(levels) in (1, 3) and all(v >= WHITE_FROM for v in levels)


#: How far (pt) a ruling may lie from a white rectangle's side to be its cell's border.
BORDER_GAP = 3.0


def without_text_backgrounds(page: Any) -> Any:
    """The page without the white rectangles drawn behind lines of text (``blank_fill``
    ones that no visible vertical ruling runs along). A table's white cell backgrounds
    stay: their cells' borders run beside them, and where a border is missing their
    sides still part the rows."""
    blanks = [r for r in page.objects.get("rect", ()) if blank_fill(r)]
    if not blanks:
        return page
    rulings = _vertical_rulings(page.objects, {id(r) for r in blanks})
    loose = {id(r) for r in blanks if not _bordered(r, rulings)}
    if not loose:
        return page
    return page.filter(lambda obj: id(obj) not in loose)


def _vertical_rulings(
    objects: dict[str, Any], blanks: set[int]
) -> dict[int, list[tuple[float, float, float]]]:
    """Visible vertical rulings (x, top, bottom) by whole point of x: lines, and the sides
    of rectangles that are not white fills (``blanks``: their ids; a thin rectangle is a
    line drawn as one)."""
    out: dict[int, list[tuple[float, float, float]]] = {}
    sides: list[tuple[float, float, float]] = []
    for line in objects.get("line", ()):
        if abs(line["x1"] - line["x0"]) <= 1:
            sides.append((line["x0"], line["top"], line["bottom"]))
    for rect in objects.get("rect", ()):
        if id(rect) not in blanks:
            sides.append((rect["x0"], rect["top"], rect["bottom"]))
            sides.append((rect["x1"], rect["top"], rect["bottom"]))
    for x, top, bottom in sides:
        out.setdefault(round(x), []).append((x, top, bottom))
    return out


def _bordered(rect: dict[str, Any], rulings: dict[int, list[tuple[float, float, float]]]) -> bool:
    """Whether a visible ruling runs along a vertical side of ``rect`` for at least half
    its height."""
    top, bottom = rect["top"], rect["bottom"]
    need = (bottom - top) / 2
    for side in (rect["x0"], rect["x1"]):
        for key in range(round(side - BORDER_GAP), round(side + BORDER_GAP) + 1):
            for x, r_top, r_bottom in rulings.get(key, ()):
                if abs(x - side) <= BORDER_GAP and min(bottom, r_bottom) - max(top, r_top) >= need:
                    return True
    return False


def _box(b: Any) -> tuple[float, float, float, float]:
    return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))


def _outside(boxes: list[tuple[float, float, float, float]]) -> Callable[[dict[str, Any]], bool]:
    """A test for objects whose centre lies in none of ``boxes`` grown by 1 pt on each
    side (objects without a position are outside every box)."""
    grown = [(b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1) for b in boxes]

    def outside(obj: dict[str, Any]) -> bool:
        if "x0" not in obj or "top" not in obj:
            return True
        x0, top = obj["x0"], obj["top"]
        cx, cy = (x0 + obj.get("x1", x0)) / 2, (top + obj.get("bottom", top)) / 2
        for left, upper, right, lower in grown:
            if left <= cx <= right and upper <= cy <= lower:
                return False
        return True

    return outside


def _mojibake(plumber: str, pdfium: str) -> bool:
    cjk_pdfium = len(_cjk().findall(pdfium))
    return cjk_pdfium >= 20 and len(_cjk().findall(plumber)) < 0.2 * cjk_pdfium


def assemble(pages: list[PageItems], document: Document) -> list[Block]:
    """Page items → blocks: margins cleaned, paragraphs joined, split tables stitched."""
    lines_by_page = [[it for _, it in p.items if isinstance(it, TextLine)] for p in pages]
    running = running_lines(lines_by_page, [p.height for p in pages])
    blocks: list[Block] = []
    tables = 0
    carry: tuple[TextLine, Margins] | None = None  # the last block's line, if a page's end
    for page in pages:
        kept_lines = [
            ln
            for ln in drop_page_numbers(lines_by_page[page.number - 1], page.height)
            if ln.text not in running
        ]
        margins = _margins(kept_lines)
        joined = _paragraph_lines(kept_lines, margins)
        joined_iter = {id(x): x for x in joined}
        kept = {id(x) for x in kept_lines}
        first = True
        last: TextLine | None = None  # the last line of the page's last block, if a paragraph
        for _, item in page.items:
            if isinstance(item, Table):
                previous = blocks[-1] if blocks else None
                if first and isinstance(previous, Table) and continues(previous, item):
                    blocks[-1], dropped = stitch(previous, item)
                    document.warn(
                        "TABLE_SPLIT_ACROSS_PAGES",
                        f"table continued on page {page.number}; {dropped} repeated header rows dropped",
                        page=page.number,
                    )
                else:
                    item.index = tables
                    tables += 1
                    blocks.append(item)
                first = False
            elif isinstance(item, TextLine) and id(item) in joined_iter:
                previous = blocks[-1] if blocks else None
                if (
                    first
                    and carry is not None
                    and isinstance(previous, Paragraph)
                    and _wraps_over_page(carry, item)
                ):
                    # the paragraph goes on from the page before: one block, where it began
                    blocks[-1] = Paragraph(previous.text + item.text, previous.prov)
                else:
                    blocks.append(
                        Paragraph(
                            item.text,
                            Provenance(
                                page=page.number, bbox=(item.x0, item.top, item.x1, item.bottom)
                            ),
                        )
                    )
                last = item
                first = False
            elif isinstance(item, TextLine) and id(item) in kept and last is not None:
                last = item  # a line joined into the paragraph above
            if not isinstance(item, TextLine):
                last = None
        carry = (last, margins) if last is not None and margins is not None else None
    return blocks


#: A page's text block: its right edge, left edge and character size (pt).
Margins = tuple[float, float, float]


def _margins(lines: list[TextLine]) -> Margins | None:
    """The right and left edges of a page's text and its smallest line height (at least
    6 pt): where a wrapped line ends and starts. None without a line of width."""
    real = [ln for ln in lines if ln.x1 > ln.x0]
    if not real:
        return None
    right = max(ln.x1 for ln in real)
    left = min(ln.x0 for ln in real)
    return right, left, max(6.0, min(ln.bottom - ln.top for ln in real))


def _wraps_over_page(carry: tuple[TextLine, Margins], line: TextLine) -> bool:
    """Whether a page's first line continues the paragraph the page before ended with:
    that paragraph's last line reaches its page's right margin, and this one wraps into it
    as a line on the same page would (no heading, no table row), starting at the text's
    left edge. The edges are the page before's: a last page holding only the signature,
    set to the right, has no body text to measure its own left edge by."""
    prev, (right, left, char) = carry
    return wraps_into(prev, line, right, left, char) and line.x0 >= left - 0.8 * char


def _paragraph_lines(lines: list[TextLine], margins: Margins | None) -> list[TextLine]:
    if not lines:
        return []
    if margins is None:
        return lines
    right, left, char = margins
    joined = paragraphs(lines, right, left, char)
    # keep identity with the page items: replace each joined head line's text in place
    heads = {(ln.top, ln.x0): ln for ln in joined}
    out = []
    for ln in lines:
        head = heads.get((ln.top, ln.x0))
        if head is not None:
            ln.text = head.text
            out.append(ln)
    return out
