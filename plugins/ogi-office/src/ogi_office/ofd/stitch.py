"""Tables split across pages: a table that opens a page and has the same columns at the same
positions as the table that closed the page before continues it. Header rows the new page
repeats are dropped; a row cut by the break (its label split as "（四）无" / "法提供", each part
holding text where the other is blank) is joined. Every cell keeps its own page."""

from __future__ import annotations

from ogi.document import Cell, Table

EDGE_TOL = 1.0  # millimetres


def column_edges(table: Table) -> list[float]:
    """The x positions of the table's column boundaries."""
    edges: list[float] = []
    for x in sorted(
        {v for c in table.cells if c.prov.bbox for v in (c.prov.bbox[0], c.prov.bbox[2])}
    ):
        if not edges or x - edges[-1] > EDGE_TOL:
            edges.append(x)
    return edges


def _edge_index(edges: list[float], x: float) -> int | None:
    for i, edge in enumerate(edges):
        if abs(edge - x) <= EDGE_TOL:
            return i
    return None


def remapped(previous: Table, table: Table) -> Table | None:
    """``table`` on ``previous``'s column grid, or None when it does not fit: the same outer
    edges and every column boundary one of ``previous``'s (a page may show fewer columns when
    a merged cell hides a boundary)."""
    a = column_edges(previous)
    if not a or not table.cells or any(c.prov.bbox is None for c in table.cells):
        return None
    cells = []
    for c in table.cells:
        assert c.prov.bbox is not None
        left, right = _edge_index(a, c.prov.bbox[0]), _edge_index(a, c.prov.bbox[2])
        if left is None or right is None or right <= left:
            return None
        cells.append(Cell(c.text, c.row, left, c.rowspan, right - left, c.prov))
    if min(c.col for c in cells) != 0 or max(c.col + c.colspan for c in cells) != len(a) - 1:
        return None
    return Table(cells, index=table.index, prov=table.prov)


def continues(previous: Table, table: Table) -> bool:
    """Whether ``table`` (opening a page) continues ``previous`` (closing the page before)."""
    return remapped(previous, table) is not None


def stitch(previous: Table, table: Table) -> tuple[Table, int]:
    """``previous`` with ``table``'s rows appended; returns it and the number of repeated
    header rows dropped."""
    table = remapped(previous, table) or table
    rows_prev, rows_new = previous.rows(), table.rows()
    dropped = 0
    while (
        dropped < min(len(rows_new), len(rows_prev))
        and _texts(rows_new[dropped]) == _texts(rows_prev[dropped])
        and any(c.text for c in rows_new[dropped])
    ):
        dropped += 1
    new_rows = rows_new[dropped:]
    offset = previous.n_rows - dropped
    if new_rows and rows_prev and _complementary(rows_prev[-1], new_rows[0]):
        _join(rows_prev[-1], new_rows[0])
        new_rows, offset = new_rows[1:], offset - 1
    cells = list(previous.cells)
    for row in new_rows:
        cells += [Cell(c.text, c.row + offset, c.col, c.rowspan, c.colspan, c.prov) for c in row]
    return Table(cells, index=previous.index, prov=previous.prov), dropped


def _texts(row: list[Cell]) -> list[tuple[int, int, str]]:
    return [(c.col, c.colspan, c.text) for c in row]


def _complementary(last: list[Cell], first: list[Cell]) -> bool:
    a = {c.col: c.text for c in last}
    b = {c.col: c.text for c in first}
    if set(a) != set(b) or not a:
        return False
    label = min(a)
    others = [col for col in a if col != label]
    return (
        bool(a[label] and b[label])
        and all(not (a[col] and b[col]) for col in others)
        and any(not a[col] for col in others)
    )


def _join(last: list[Cell], first: list[Cell]) -> None:
    by_col = {c.col: c for c in first}
    for cell in last:
        other = by_col.get(cell.col)
        if other is not None and other.text:
            cell.text += other.text
