"""One page image → page items (ruled tables as grids, other text as lines), in page units.

Ruled tables are read cell by cell without the detector: the ink inside each cell (ruling
lines removed) is cut into text lines by its row profile and each line is recognised;
a cell without ink is blank, never a value. Text outside the tables is found by the
detector (once per page, tables painted out) and recognised line by line. Cells of numeric
columns take the digits-only decoding. Each cell carries page, bbox and confidence.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from ogi_pdf.tables import grid
from ogi_pdf.text import TextLine, clean

from ogi.document import Document, Table
from ogi_ocr.engine import CELL_FILL, LINE_FILL, Engine, Recognised
from ogi_ocr.grid import Box, GridTable, find_tables, ink
from ogi_ocr.raster import PageImage

LOW_CONFIDENCE = 0.9  # a cell or line read with a character less sure than this is flagged
MIN_INK = 8  # px: ink components smaller than this are noise (specks, dust)
CELL_INSET = 4  # px kept off each cell edge (the ruling line and its blur)
PAD = 4  # px of paper kept around a text line for the recogniser
NUMBER = re.compile(r"^[+\-]?\d[\d,]*(\.\d+)?$")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")

Item = tuple[float, Any]  # (top in page units, Table | TextLine)


@dataclass
class _Crop:
    """A text line to recognise and where its result goes."""

    pixels: np.ndarray
    box: Box
    owner: int  # index of the cell (or -1 for a text line outside tables)
    result: Recognised | None = None


@dataclass
class _CellRead:
    box: Box
    crops: list[_Crop] = field(default_factory=list)
    inked: bool = False


def read_page(
    page: PageImage, engine: Engine, document: Document, budget: float = 30.0
) -> list[Item]:
    """The items of one page image: tables first (they hold the statistics), then the
    text lines, while the page's ``budget`` lasts: CPU seconds of this process (all
    threads), so a loaded machine does not change what is read."""
    started = time.process_time()
    gray = page.pixels
    tables, lines = find_tables(gray)
    clean_ink = _denoise(np.where(lines > 0, 0, ink(gray)).astype(np.uint8))
    items: list[Item] = []
    for table in tables:
        items.append(_read_table(table, gray, clean_ink, engine, page, document))
    if time.process_time() - started > budget:
        document.warn(
            "OCR_BUDGET_EXCEEDED",
            f"page {page.number}: the {budget:.0f} CPU-second budget was spent on its tables; "
            "the text around them was not read",
            page=page.number,
        )
        return items
    items.extend(_read_lines(gray, tables, engine, page, document))
    return items


def _denoise(mask: np.ndarray) -> np.ndarray:
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = np.zeros(count, dtype=np.uint8)
    keep[1:] = (stats[1:, cv2.CC_STAT_AREA] >= MIN_INK).astype(np.uint8) * 255
    masked: np.ndarray = keep[labels]
    return masked


def _read_table(
    table: GridTable,
    gray: np.ndarray,
    mask: np.ndarray,
    engine: Engine,
    page: PageImage,
    document: Document,
) -> Item:
    cells = [_cell_crops(box, k, gray, mask) for k, box in enumerate(table.cells)]
    crops = [c for cell in cells for c in cell.crops]
    for crop, result in zip(crops, engine.recognise([c.pixels for c in crops], CELL_FILL)):
        crop.result = result
    u = page.unit
    boxes = [(b[0] * u, b[1] * u, b[2] * u, b[3] * u) for b in table.cells]
    free = [_text(cell, numeric=False)[0] for cell in cells]
    built = grid(boxes, free, page.number, 0)
    numeric_cols, numeric_rows = _numeric_lines(built, "col"), _numeric_lines(built, "row")
    by_box = {tuple(cell.prov.bbox or ()): k for k, cell in enumerate(built.cells)}
    for k, cell in enumerate(cells):
        target = built.cells[by_box[boxes[k]]]
        use_digits = target.colspan == 1 and (
            target.col in numeric_cols or target.row in numeric_rows
        )
        text, confidence = _text(cell, numeric=use_digits)
        target.text = text
        target.prov = replace(target.prov, confidence=confidence)
        if cell.inked and not text:
            document.warn(
                "OCR_UNREAD_CELL",
                f"page {page.number}: a cell holds ink but no text was recognised",
                page=page.number,
                bbox=[round(v, 1) for v in boxes[k]],
            )
    return (boxes[0][1] if boxes else 0.0, built)


def _cell_crops(box: Box, owner: int, gray: np.ndarray, mask: np.ndarray) -> _CellRead:
    """The text lines inside one cell, cut by the row profile of its ink."""
    x0, y0, x1, y1 = (
        box[0] + CELL_INSET,
        box[1] + CELL_INSET,
        box[2] - CELL_INSET,
        box[3] - CELL_INSET,
    )
    out = _CellRead(box)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return out
    inside = mask[y0:y1, x0:x1]
    rows = np.flatnonzero(inside.max(axis=1))
    if rows.size == 0:
        return out
    out.inked = True
    for top, bottom in _runs(rows, gap=2):
        if bottom - top < 4:
            continue
        cols = np.flatnonzero(inside[top : bottom + 1].max(axis=0))
        left, right = int(cols[0]), int(cols[-1])
        crop_box = (
            max(box[0] + 1, x0 + left - PAD),
            max(box[1] + 1, y0 + top - PAD),
            min(box[2] - 1, x0 + right + PAD + 1),
            min(box[3] - 1, y0 + bottom + PAD + 1),
        )
        pixels = gray[crop_box[1] : crop_box[3], crop_box[0] : crop_box[2]]
        out.crops.append(_Crop(pixels, crop_box, owner))
    return out


def _runs(index: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Consecutive runs of indexes (gaps up to ``gap`` bridged) as (first, last)."""
    out: list[tuple[int, int]] = []
    for i in index.tolist():
        if out and i - out[-1][1] <= gap + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _text(cell: _CellRead, numeric: bool) -> tuple[str, float | None]:
    """A cell's text (its lines joined without spaces) and its lowest confidence."""
    parts, confidences = [], []
    for crop in cell.crops:
        r = crop.result
        if r is None:
            continue
        digits = numeric and bool(r.digits) and not _CJK.search(r.text)
        text, conf = (r.digits, r.digits_confidence) if digits else (r.text, r.confidence)
        parts.append(text)
        confidences.append(conf)
    text = "".join(parts)
    text = text.replace(" ", "") if _CJK.search(text) else text.strip()
    if not cell.inked:
        return "", None
    return text, (min(confidences) if confidences else 0.0)


def _numeric_lines(table: Table, axis: str) -> set[int]:
    """Columns (``axis="col"``) or rows where most non-empty single cells read as plain
    numbers: their cells without Chinese take the digits-only decoding."""
    by_line: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.colspan == 1 and cell.text:
            by_line.setdefault(getattr(cell, axis), []).append(cell.text)
    return {
        line
        for line, texts in by_line.items()
        if sum(bool(NUMBER.match(t)) for t in texts) > len(texts) / 2
    }


def _read_lines(
    gray: np.ndarray, tables: list[GridTable], engine: Engine, page: PageImage, document: Document
) -> list[Item]:
    """Text outside the tables: detected once, recognised, grouped into lines."""
    outside = gray.copy()
    for table in tables:
        x0, y0, x1, y1 = table.box
        outside[max(0, y0 - 3) : y1 + 4, max(0, x0 - 3) : x1 + 4] = 255
    boxes = [_int_box(b, gray.shape) for b in engine.detect(outside)]
    boxes = [b for b in boxes if b[2] - b[0] >= 4 and b[3] - b[1] >= 6]
    results = engine.recognise([outside[b[1] : b[3], b[0] : b[2]] for b in boxes], LINE_FILL)
    read = [(b, r) for b, r in zip(boxes, results) if r.text]
    items: list[Item] = []
    u = page.unit
    for line in _group_lines(read):
        x0 = min(b[0] for b, _ in line)
        x1 = max(b[2] for b, _ in line)
        top = min(b[1] for b, _ in line)
        bottom = max(b[3] for b, _ in line)
        text = clean(_join_line(line))
        if not text:
            continue
        confidence = min(r.confidence for _, r in line)
        if confidence < LOW_CONFIDENCE and any(ch.isdigit() for ch in text):
            document.warn(
                "OCR_LOW_CONFIDENCE",
                f"page {page.number}: line {text!r} read with confidence {confidence:.2f}",
                page=page.number,
                bbox=[round(v * u, 1) for v in (x0, top, x1, bottom)],
            )
        items.append((top * u, TextLine(text, x0 * u, x1 * u, top * u, bottom * u, page.number)))
    return items


def _int_box(box: tuple[float, float, float, float], shape: tuple[int, ...]) -> Box:
    h, w = shape[:2]
    return (
        max(0, int(box[0])),
        max(0, int(box[1])),
        min(w, int(np.ceil(box[2]))),
        min(h, int(np.ceil(box[3]))),
    )


def _group_lines(read: list[tuple[Box, Recognised]]) -> list[list[tuple[Box, Recognised]]]:
    """Boxes on the same text line (vertical overlap over half the smaller height)."""
    lines: list[list[tuple[Box, Recognised]]] = []
    for box, result in sorted(read, key=lambda br: (br[0][1] + br[0][3]) / 2):
        if lines:
            last = lines[-1]
            top, bottom = min(b[1] for b, _ in last), max(b[3] for b, _ in last)
            overlap = min(bottom, box[3]) - max(top, box[1])
            if overlap > 0.5 * min(bottom - top, box[3] - box[1]):
                last.append((box, result))
                continue
        lines.append([(box, result)])
    return [sorted(line, key=lambda br: br[0][0]) for line in lines]


def _join_line(line: list[tuple[Box, Recognised]]) -> str:
    """Boxes of one line joined; a gap wider than a character becomes a space."""
    out = ""
    previous: Box | None = None
    for box, result in line:
        if previous is not None:
            height = box[3] - box[1]
            out += " " if box[0] - previous[2] > 0.8 * height else ""
        out += result.text
        previous = box
    return out
