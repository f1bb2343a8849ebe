"""The format-neutral Document that every extractor produces.

An extractor knows formats, not reports: it turns bytes into an ordered list of blocks —
:class:`Heading`, :class:`Paragraph` and :class:`Table` — each carrying where it was read
(:class:`Provenance`). The interpreter (:mod:`ogi.interpret`) turns any Document into a
Report, so every format maps into the same structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union


@dataclass(frozen=True)
class Provenance:
    """Where a block or cell was read. Every field is optional; fill what the format has."""

    part: int = 0
    page: int | None = None
    line: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    path: str | None = None
    confidence: float | None = None  # 0–1, for text read by OCR (None: read, not recognised)

    def as_dict(self) -> dict[str, Any]:
        """The non-empty fields, for a cell's ``source`` in the Report."""
        out: dict[str, Any] = {"part": self.part}
        if self.page is not None:
            out["page"] = self.page
        if self.line is not None:
            out["line"] = self.line
        if self.bbox is not None:
            out["bbox"] = [round(v, 2) for v in self.bbox]
        if self.path is not None:
            out["path"] = self.path
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass
class Heading:
    """A heading as the format marked it (a style, an ``<h2>``, an outline level)."""

    text: str
    level: int = 1
    prov: Provenance = field(default_factory=Provenance)


@dataclass
class Paragraph:
    """A run of body text. Text dumps give one paragraph per line."""

    text: str
    prov: Provenance = field(default_factory=Provenance)


@dataclass
class Cell:
    """One table cell at its origin position; spans say how far it covers."""

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    prov: Provenance = field(default_factory=Provenance)


@dataclass
class Table:
    """A grid table: origin cells only (covered positions are implied by spans)."""

    cells: list[Cell]
    index: int = 0
    prov: Provenance = field(default_factory=Provenance)

    @property
    def n_rows(self) -> int:
        """Number of grid rows."""
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        """Number of grid columns."""
        return max((c.col + c.colspan for c in self.cells), default=0)

    def rows(self) -> list[list[Cell]]:
        """Origin cells grouped by row, in column order."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for cell in self.cells:
            out[cell.row].append(cell)
        for row in out:
            row.sort(key=lambda c: c.col)
        return out


@dataclass
class Figure:
    """An image in the body (a table published as a picture is one of these)."""

    src: str
    alt: str = ""
    prov: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class CellSpec:
    """A cell as a format lists it in its row: text, spans and where it was read."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    prov: Provenance = field(default_factory=Provenance)


def grid_from_rows(
    rows: list[list[CellSpec]], index: int = 0, prov: Provenance | None = None
) -> Table:
    """Place row-listed cells on a grid the way HTML and Word do: each cell takes the next
    column not covered by a rowspan from above. Spans are clamped to at least 1."""
    cells: list[Cell] = []
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            while (r, c) in covered:
                c += 1
            rowspan, colspan = max(1, spec.rowspan), max(1, spec.colspan)
            cells.append(Cell(spec.text, r, c, rowspan, colspan, spec.prov))
            covered.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
    return Table(cells, index=index, prov=prov or Provenance())


Block = Union[Heading, Paragraph, Table, Figure]


@dataclass
class Document:
    """What an extractor returns: blocks in reading order plus what the format knows."""

    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    encoding: dict[str, str] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def warn(self, code: str, message: str, **where: Any) -> None:
        """Record an extraction problem that did not stop the conversion."""
        self.warnings.append({"code": code, "message": message, "where": where})
