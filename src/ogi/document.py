"""The format-neutral Document that every extractor produces.

An extractor knows formats, not reports: it turns bytes into an ordered list of blocks —
:class:`Heading`, :class:`Paragraph` and :class:`Table` — each carrying where it was read
(:class:`Provenance`). The interpreter (:mod:`ogi.interpret`) turns any Document into a
Report, so every format maps into the same structure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypedDict, Union

from ogi.errors import ExtractionFailed


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


MAX_GRID_AREA = 200_000  # grid positions one table may cover (rows × columns, spans included)


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
    column not covered by a rowspan from above. Spans are clamped to at least 1, and a
    rowspan to the rows that follow (as HTML does). A table whose cells would cover more
    than MAX_GRID_AREA grid positions (a span bomb: 11 KB of ``rowspan=1000
    colspan=1000``) is refused with ``TOO_LARGE`` before anything is allocated."""
    cells: list[Cell] = []
    covered: set[tuple[int, int]] = set()
    area = 0
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            while (r, c) in covered:
                c += 1
            rowspan = min(max(1, spec.rowspan), len(rows) - r)
            colspan = max(1, spec.colspan)
            area += rowspan * colspan
            if area > MAX_GRID_AREA:
                raise ExtractionFailed(
                    f"table {index} would span more than {MAX_GRID_AREA:,} grid cells",
                    code="TOO_LARGE",
                )
            cells.append(Cell(spec.text, r, c, rowspan, colspan, spec.prov))
            if rowspan > 1:  # only rows below look a position up again
                covered.update(
                    (r + dr, c + dc) for dr in range(1, rowspan) for dc in range(colspan)
                )
            c += colspan
    return Table(cells, index=index, prov=prov or Provenance())


Block = Union[Heading, Paragraph, Table, Figure]


def warning(
    code: str, message: str, where: dict[str, Any] | None = None, keys: Iterable[str] = ()
) -> dict[str, Any]:
    """The one way a warning is built, by extractors and the interpreter alike: a stable
    ``code`` (listed in docs/warnings.md), a message, where it was seen and the statistics
    it concerns. It becomes a ``WarningRecord`` of the Report."""
    return {"code": code, "message": message, "where": dict(where or {}), "keys": list(keys)}


class AttachmentHint(TypedDict, total=False):
    """An attachment the document links to (an HTML page's 附件 links)."""

    name: str
    href: str | None
    size: str | None


class DocumentMeta(TypedDict, total=False):
    """What an extractor may tell the core about a document besides its blocks — the part
    of the plugin contract the core reads (``docs/hooks.md``); every key is optional and
    is a *hint*: metadata printed in the body wins over it.

    - ``title``: the title the format carries (a page's ``ArticleTitle`` meta or window
      title, a Word file's core-properties title);
    - ``published`` / ``written``: dates (any printed form, or ISO);
    - ``index_no``, ``issuer``, ``doc_no``, ``topic``: the portal's metadata block fields;
    - ``attachments``: the attachments the document links to.

    The conformance kit (``ogi.testing.ExtractorContract``) checks that an extractor sets
    no other key and that every value has the type above.
    """

    title: str
    published: str
    written: str
    index_no: str
    issuer: str
    doc_no: str
    topic: str
    attachments: list[AttachmentHint]


#: The keys of :class:`DocumentMeta` and the type each value must have.
DOCUMENT_META_TYPES: dict[str, type] = {
    "title": str,
    "published": str,
    "written": str,
    "index_no": str,
    "issuer": str,
    "doc_no": str,
    "topic": str,
    "attachments": list,
}


def meta_problems(meta: dict[str, Any]) -> list[str]:
    """What in an extractor's ``Document.meta`` breaks the contract (empty when none)."""
    problems = []
    for key, value in meta.items():
        expected = DOCUMENT_META_TYPES.get(key)
        if expected is None:
            problems.append(f"unknown key {key!r} (known: {', '.join(DOCUMENT_META_TYPES)})")
        elif value is not None and not isinstance(value, expected):
            problems.append(f"{key!r} is a {type(value).__name__}, not a {expected.__name__}")
    for item in meta.get("attachments") or []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            problems.append(f"attachment {item!r} has no name")
    return problems


@dataclass
class Document:
    """What an extractor returns: blocks in reading order plus what the format knows."""

    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    encoding: dict[str, str] | None = None
    meta: DocumentMeta = field(default_factory=lambda: DocumentMeta())
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def warn(self, code: str, message: str, **where: Any) -> None:
        """Record an extraction problem that did not stop the conversion."""
        self.warnings.append(warning(code, message, where))
