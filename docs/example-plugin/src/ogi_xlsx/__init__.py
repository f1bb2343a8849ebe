"""ogi-xlsx: read report statistics published as Excel workbooks (.xlsx).

A complete third-party extractor plugin in one module: it turns a workbook into an ogi
Document — one Heading per sheet and one grid Table per sheet with merged cells kept as
spans — and the ogi core does the rest (template detection, typed tables, checks).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import ogi
from ogi.document import Cell, Document, Heading, Provenance, Table
from ogi.errors import ExtractionFailed
from ogi.records import Extractor, Match, Options, Source

__version__ = "0.1.0"
MAX_INFLATED = 200 * 1024 * 1024  # refuse workbooks that would inflate past this


def claim(source: Source) -> Match:
    """A zip holding xl/workbook.xml is a workbook, whatever its name."""
    if source.data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(source.data)) as z:
                if "xl/workbook.xml" in z.namelist():
                    return Match.CONTENT
        except (zipfile.BadZipFile, OSError, ValueError):
            pass
    return Match.SUFFIX if source.suffix == ".xlsx" else Match.NO


def _check_size(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            inflated = sum(info.file_size for info in z.infolist())
    except zipfile.BadZipFile as exc:
        raise ExtractionFailed(f"not a readable workbook: {exc}") from exc
    if inflated > MAX_INFLATED:
        raise ExtractionFailed(
            f"the workbook would inflate to {inflated:,} bytes", code="TOO_LARGE"
        )


MAX_CELL_CHARS = 100_000  # a statistics cell holding more is an attack, not a table


def _text(value: Any) -> str:
    """A cell value as printed: 12.0 → "12", 26.55 → "26.55", None → ""."""
    if value is None:
        return ""
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise ExtractionFailed(f"a cell holds {len(value):,} characters", code="TOO_LARGE")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet_table(sheet: Any, index: int) -> Table:
    spans = {}
    covered = set()
    for merged in sheet.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (
            merged.max_row - merged.min_row + 1,
            merged.max_col - merged.min_col + 1,
        )
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) != (merged.min_row, merged.min_col):
                    covered.add((row, col))
    cells = []
    for row in sheet.iter_rows():
        for cell in row:
            if (cell.row, cell.column) in covered:
                continue
            rowspan, colspan = spans.get((cell.row, cell.column), (1, 1))
            prov = Provenance(path=f"{sheet.title}!{cell.coordinate}")
            cells.append(
                Cell(_text(cell.value), cell.row - 1, cell.column - 1, rowspan, colspan, prov)
            )
    return Table(cells, index=index, prov=Provenance(path=sheet.title))


def extract(source: Source, options: Options) -> Document:
    """Each sheet: its name as a heading, its cells as one grid table."""
    _check_size(source.data)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(source.data), data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged packages
        raise ExtractionFailed(f"cannot read the workbook: {type(exc).__name__}: {exc}") from exc
    blocks: list[Any] = []
    for index, sheet in enumerate(workbook.worksheets):
        blocks.append(Heading(sheet.title, 2, Provenance(path=sheet.title)))
        blocks.append(_sheet_table(sheet, index))
    return Document(blocks=blocks)


@ogi.hookimpl
def ogi_extractors() -> list[Extractor]:
    """Register the xlsx extractor."""
    return [
        Extractor(
            "xlsx", __version__, (".xlsx",), claim, extract, "Excel workbooks (merged cells kept)"
        )
    ]
