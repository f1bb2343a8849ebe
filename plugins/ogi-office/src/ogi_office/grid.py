"""A sheet of printed cell texts plus its merged ranges → an ogi grid Table (origin cells
only, spans from the merges, provenance ``Sheet!B3``)."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

from ogi.document import Cell, Provenance, Table
from ogi.errors import ExtractionFailed

MAX_CELL_CHARS = 100_000  # a statistics cell holding more is an attack, not a table
MAX_CELLS = 2_000_000


@dataclass(frozen=True)
class Merge:
    """A merged range, 0-based and inclusive."""

    top: int
    left: int
    bottom: int
    right: int


def column_letters(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def printed(value: object, number_format: str = "General") -> str:
    """A cell value as a spreadsheet prints it: 13.0 → "13", 26.55 → "26.55", a fixed
    format such as ``0.00`` keeps its decimals, a date its ISO form, None → ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number(value, number_format)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        raise ExtractionFailed(f"a cell holds {len(text):,} characters", code="TOO_LARGE")
    return text.strip()


def _number(value: float, number_format: str) -> str:
    if not math.isfinite(value):
        return str(value)
    fmt = number_format.split(";")[0]
    if "%" in fmt:
        return _fixed(value * 100, _decimals(fmt), "," in fmt) + "%"
    if fmt.lower() != "general" and "0" in fmt:
        return _fixed(value, _decimals(fmt), "," in fmt)
    if value.is_integer():
        return str(int(value))
    return f"{value:.15g}"


def _decimals(fmt: str) -> int:
    if "." not in fmt:
        return 0
    return sum(1 for ch in fmt.split(".", 1)[1] if ch in "0#")


def _fixed(value: float, decimals: int, thousands: bool) -> str:
    return f"{value:,.{decimals}f}" if thousands else f"{value:.{decimals}f}"


def sheet_table(
    texts: list[list[str]], merges: list[Merge], sheet: str, index: int
) -> Table | None:
    """The table of one sheet (None when every cell is blank). Rows and columns outside the
    used range are trimmed; blank cells inside it stay (as empty cells)."""
    if sum(len(row) for row in texts) > MAX_CELLS:
        raise ExtractionFailed(f"sheet {sheet!r} has too many cells", code="TOO_LARGE")
    spans = {(m.top, m.left): (m.bottom - m.top + 1, m.right - m.left + 1) for m in merges}
    covered = {
        (r, c)
        for m in merges
        for r in range(m.top, m.bottom + 1)
        for c in range(m.left, m.right + 1)
        if (r, c) != (m.top, m.left)
    }
    used = [(r, c) for r, row in enumerate(texts) for c, text in enumerate(row) if text]
    if not used:
        return None
    corners = used + [(m.top, m.left) for m in merges] + [(m.bottom, m.right) for m in merges]
    top, left = min(r for r, _ in corners), min(c for _, c in corners)
    bottom, right = max(r for r, _ in corners), max(c for _, c in corners)
    cells: list[Cell] = []
    for r in range(top, bottom + 1):
        row = texts[r] if r < len(texts) else []
        for c in range(left, right + 1):
            if (r, c) in covered:
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            text = row[c] if c < len(row) else ""
            prov = Provenance(path=f"{sheet}!{column_letters(c)}{r + 1}")
            cells.append(Cell(text, r - top, c - left, rowspan, colspan, prov))
    return Table(cells, index=index, prov=Provenance(path=sheet))
