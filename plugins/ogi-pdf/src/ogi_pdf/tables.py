"""Ruled tables from pdfplumber cell boxes → grids with row/col spans, false tables
rejected, and tables split across pages stitched back together."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ogi.document import Cell, Provenance, Table
from ogi_pdf.settings import DEFAULT

TOL = DEFAULT.ruling_tolerance  # points: boxes closer than this share a ruling line


def _axis(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def _index(axis: list[float], value: float) -> int:
    i = bisect_left(axis, value - TOL)
    return min(i, len(axis) - 1)


def cell_texts(
    boxes: list[tuple[float, float, float, float]], chars: list[dict[str, Any]]
) -> list[str]:
    """The text of each box: its characters in reading order, lines joined without spaces
    (a header "商业⏎企业" becomes 商业企业); stray spaces inside CJK removed. A character
    belongs to the first box (in the given order) that holds its centre."""
    buckets: list[list[dict[str, Any]]] = [[] for _ in boxes]
    rows = RowIndex(boxes)
    cuts, bands = rows.cuts, rows.bands
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        k = bisect_right(cuts, cy) - 1  # rows.at(cy), written out
        if k < 0:
            continue
        for i in bands[k]:
            x0, top, x1, bottom = boxes[i]
            if x0 <= cx <= x1 and top <= cy <= bottom:
                buckets[i].append(ch)
                break
    return [_join(b) for b in buckets]


class RowIndex:
    """The boxes that may hold a height ``y``, in their given order, by band: the page is
    cut at every box's top and bottom, and each band lists the boxes covering it and the
    band above (a ``y`` on a cut may lie on the bottom of a box above it). Boxes of no
    height are listed in every band."""

    def __init__(self, boxes: list[tuple[float, float, float, float]]) -> None:
        self.cuts = sorted({b[1] for b in boxes} | {b[3] for b in boxes})
        flat = [i for i, b in enumerate(boxes) if not b[1] < b[3]]
        covering: list[list[int]] = [[] for _ in self.cuts]
        band = {cut: k for k, cut in enumerate(self.cuts)}
        for i, (_, top, _, bottom) in enumerate(boxes):
            if top < bottom:
                for k in range(band[top], band[bottom]):
                    covering[k].append(i)
        self.bands = [
            sorted({*covering[k], *(covering[k - 1] if k else ()), *flat})
            for k in range(len(self.cuts))
        ]

    def at(self, y: float) -> list[int]:
        """The indexes of the boxes whose rows may hold ``y`` (a superset, in order)."""
        k = bisect_right(self.cuts, y) - 1
        return self.bands[k] if k >= 0 else []


def _join(chars: list[dict[str, Any]]) -> str:
    lines: list[list[dict[str, Any]]] = []
    for ch in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][0]["top"] - ch["top"]) <= 3:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    text = "".join(
        "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"])) for line in lines
    )
    return (
        text.replace(" ", "").strip()
        if any("\u4e00" <= t <= "\u9fff" for t in text)
        else text.strip()
    )


def grid(
    boxes: list[tuple[float, float, float, float]], texts: list[str], page: int, index: int
) -> Table:
    """Boxes → a grid: each box's span is the number of ruling-line intervals it covers."""
    xs = _axis([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _axis([b[1] for b in boxes] + [b[3] for b in boxes])
    cells = []
    for (x0, top, x1, bottom), text in zip(boxes, texts):
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        prov = Provenance(page=page, bbox=(x0, top, x1, bottom))
        cells.append(Cell(text, r0, c0, max(1, r1 - r0), max(1, c1 - c0), prov))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(cells, index=index, prov=Provenance(page=page))


def is_false_table(
    table: Table, page_area: float, boxes: list[tuple[float, float, float, float]]
) -> bool:
    """A page's text frame reported as a table: one column or one row, or one box covering
    most of the page."""
    if table.n_cols < 2 or table.n_rows < 2:
        return True
    return any((b[2] - b[0]) * (b[3] - b[1]) > 0.5 * page_area for b in boxes)


def column_edges(table: Table) -> list[float]:
    """The x positions of the table's column boundaries (for matching continuations)."""
    edges = set()
    for c in table.cells:
        if c.prov.bbox:
            edges.add(round(c.prov.bbox[0]))
            edges.add(round(c.prov.bbox[2]))
    return sorted(edges)


def continues(previous: Table, table: Table) -> bool:
    """Whether ``table`` (first block of a page) continues ``previous`` (last block of the
    page before): same columns at the same positions."""
    if previous.n_cols != table.n_cols:
        return False
    a, b = column_edges(previous), column_edges(table)
    return len(a) == len(b) and all(abs(x - y) <= 3 for x, y in zip(a, b))


def stitch(previous: Table, table: Table) -> tuple[Table, int]:
    """Append ``table``'s rows to ``previous``: header rows repeated on the new page are
    dropped, and a row cut by the page break (label split as "（四）无" / "法提供", each part
    holding text where the other is empty) is joined. Every cell keeps its own page.
    Returns the stitched table and the number of repeated header rows dropped."""
    rows_prev, rows_new = previous.rows(), table.rows()
    dropped = 0
    while (
        dropped < len(rows_new)
        and dropped < len(rows_prev)
        and _texts(rows_new[dropped]) == _texts(rows_prev[dropped])
    ):
        dropped += 1
    offset = previous.n_rows - dropped
    cells = list(previous.cells)
    new_rows = rows_new[dropped:]
    if new_rows and rows_prev and _complementary(rows_prev[-1], new_rows[0]):
        _join_rows(rows_prev[-1], new_rows[0])
        new_rows = new_rows[1:]
        offset -= 1
    for row in new_rows:
        for c in row:
            cells.append(Cell(c.text, c.row + offset, c.col, c.rowspan, c.colspan, c.prov))
    return Table(cells, index=previous.index, prov=previous.prov), dropped


def _texts(row: list[Cell]) -> list[tuple[int, str]]:
    return [(c.col, c.text) for c in row]


def _complementary(last: list[Cell], first: list[Cell]) -> bool:
    a = {c.col: c.text for c in last}
    b = {c.col: c.text for c in first}
    if set(a) != set(b) or not a:
        return False
    label_col = min(a)
    if not (a[label_col] and b[label_col]):
        return False
    others = [col for col in a if col != label_col]
    return all(not (a[col] and b[col]) for col in others) and any(not a[col] for col in others)


def _join_rows(last: list[Cell], first: list[Cell]) -> None:
    by_col = {c.col: c for c in first}
    for cell in last:
        other = by_col.get(cell.col)
        if other is not None and other.text:
            cell.text = cell.text + other.text
