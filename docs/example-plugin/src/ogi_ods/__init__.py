"""ogi-ods: read report statistics published as OpenDocument spreadsheets (.ods).

A complete third-party extractor plugin in one module: it turns a spreadsheet into an ogi
Document — one Heading per sheet and one grid Table per sheet with merged cells kept as
spans — and the ogi core does the rest (template detection, typed tables, checks).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import ogi
from ogi.document import Block, Cell, Document, Heading, Provenance, Table
from ogi.errors import ExtractionFailed
from ogi.records import Extractor, Match, Options, Source

__version__ = "0.1.0"
MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_INFLATED = 200 * 1024 * 1024  # refuse spreadsheets that would inflate past this
MAX_REPEAT = 1024  # "repeated" blank rows/columns past this are padding, not table
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def claim(source: Source) -> Match:
    """An OpenDocument zip whose first member says it is a spreadsheet, whatever its name."""
    if source.data.startswith(b"PK\x03\x04") and MIMETYPE in source.head[:200]:
        return Match.CONTENT
    return Match.SUFFIX if source.suffix == ".ods" else Match.NO


def _content(data: bytes) -> bytes:
    """content.xml, after checking what the package would inflate to."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            inflated = sum(info.file_size for info in z.infolist())
            if inflated > MAX_INFLATED:
                raise ExtractionFailed(
                    f"the spreadsheet would inflate to {inflated:,} bytes", code="TOO_LARGE"
                )
            return z.read("content.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ExtractionFailed(f"not a readable spreadsheet: {exc}") from exc


def _text(cell: Any) -> str:
    """What the cell prints: its paragraphs (numbers are printed there too)."""
    return "\n".join("".join(p.itertext()) for p in cell.iter(TEXT + "p")).strip()


def _repeat(el: Any, attr: str) -> int:
    return min(int(el.get(TABLE + attr, "1")), MAX_REPEAT)


def _sheet_table(sheet: Any, index: int) -> Table:
    """Cells at their grid positions; covered and blank cells are skipped, spans kept."""
    cells, name, r = [], sheet.get(TABLE + "name", ""), 0
    for row in sheet.iter(TABLE + "table-row"):
        repeat = _repeat(row, "number-rows-repeated")
        if not "".join(row.itertext()).strip() and not _has_spans(row):
            r += repeat  # blank rows (LibreOffice pads sheets with a million of them)
            continue
        for _ in range(repeat):
            c = 0
            for cell in row:
                text, spans = _text(cell), _spans(cell)
                if cell.tag == TABLE + "table-cell" and (text or spans != (1, 1)):
                    for _ in range(_repeat(cell, "number-columns-repeated")):
                        prov = Provenance(path=f"{name}!R{r + 1}C{c + 1}")
                        cells.append(Cell(text, r, c, *spans, prov))
                        c += 1
                else:
                    c += _repeat(cell, "number-columns-repeated")
            r += 1
    return Table(cells, index=index, prov=Provenance(path=name))


def _has_spans(row: Any) -> bool:
    return any(_spans(cell) != (1, 1) for cell in row)


def _spans(cell: Any) -> tuple[int, int]:
    return (
        int(cell.get(TABLE + "number-rows-spanned", "1")),
        int(cell.get(TABLE + "number-columns-spanned", "1")),
    )


def extract(source: Source, options: Options) -> Document:
    """Each sheet: its name as a heading, its cells as one grid table."""
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(_content(source.data), parser)
    except etree.XMLSyntaxError as exc:
        raise ExtractionFailed(f"content.xml is not well-formed: {exc}") from exc
    blocks: list[Block] = []
    for index, sheet in enumerate(root.iter(TABLE + "table")):
        name = sheet.get(TABLE + "name", "")
        blocks.append(Heading(name, 2, Provenance(path=name)))
        blocks.append(_sheet_table(sheet, index))
    return Document(blocks=blocks)


@ogi.hookimpl
def ogi_extractors() -> list[Extractor]:
    """Register the ods extractor."""
    return [
        Extractor(
            "ods",
            __version__,
            (".ods",),
            claim,
            extract,
            "OpenDocument spreadsheets (merged cells kept)",
        )
    ]
