"""The ``xlsx`` and ``xls`` extractors: statistics tables published as spreadsheets. Every
sheet with content becomes a Heading (its name) and a grid Table, in workbook order; merged
cells become spans; numbers are read as printed (a float 13.0 is "13").

``.xlsx`` is read with openpyxl (it knows each cell's number format); ``.xls`` and WPS
Spreadsheets' ``.et`` (BIFF8 inside) with python-calamine, which reads them about ten times
faster than xlrd and returns merged ranges too (see benchmarks/office.py)."""

from __future__ import annotations

import io
from typing import Any

from ogi.document import Block, Document, Heading, Provenance
from ogi.errors import ExtractionFailed
from ogi.records import Match, Options, Source
from ogi_office.grid import Merge, printed, sheet_table
from ogi_office.ole import OleKind, is_ole, ole_kind, workbook_encrypted
from ogi_office.zipcheck import open_zip

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".et", ".ett")
XLS_SUFFIXES = (".xls", ".et", ".ett", ".xlt")


def claim_xlsx(source: Source) -> Match:
    """CONTENT for a zip holding xl/workbook.xml (WPS saves some .et files so); SUFFIX for a
    file named .xlsx, so a damaged workbook gets a verdict."""
    if "xl/workbook.xml" in source.zip_names:
        return Match.CONTENT
    return Match.SUFFIX if source.suffix in (".xlsx", ".xlsm") else Match.NO


def claim_xls(source: Source) -> Match:
    """CONTENT for an OLE file holding a Workbook/Book stream (any name); SUFFIX for another
    file named .xls/.et, so a damaged workbook gets a verdict (an HTML table or a zip saved
    as .xls is claimed by content by its own reader)."""
    if is_ole(source.data) and ole_kind(source.data) is OleKind.WORKBOOK:
        return Match.CONTENT
    return Match.SUFFIX if source.suffix in XLS_SUFFIXES else Match.NO


def _document(sheets: list[tuple[str, list[list[str]], list[Merge]]]) -> Document:
    """One Heading and one Table per sheet with content, in workbook order."""
    blocks: list[Block] = []
    tables = 0
    for name, texts, merges in sheets:
        table = sheet_table(texts, merges, name, tables)
        if table is None:
            continue
        tables += 1
        blocks.append(Heading(name, 2, Provenance(path=name)))
        blocks.append(table)
    if not blocks:
        raise ExtractionFailed("the workbook has no cell with content", code="EMPTY")
    return Document(blocks=blocks)


def extract_xlsx(source: Source, options: Options) -> Document:
    """Read every sheet of an .xlsx workbook with openpyxl."""
    open_zip(source.data, "workbook").close()
    import openpyxl  # type: ignore[import-untyped]

    try:
        book = openpyxl.load_workbook(io.BytesIO(source.data), data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged packages
        raise ExtractionFailed(f"cannot read the workbook: {type(exc).__name__}: {exc}") from exc
    return _document([_openpyxl_sheet(sheet) for sheet in book.worksheets])


def _openpyxl_sheet(sheet: Any) -> tuple[str, list[list[str]], list[Merge]]:
    texts = [
        [printed(c.value, c.number_format or "General") for c in row] for row in sheet.iter_rows()
    ]
    merges = [
        Merge(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
        for m in sheet.merged_cells.ranges
    ]
    return sheet.title, texts, merges


def extract_xls(source: Source, options: Options) -> Document:
    """Read every sheet of a BIFF workbook (.xls, .et) with python-calamine."""
    if not is_ole(source.data) or ole_kind(source.data) is not OleKind.WORKBOOK:
        raise ExtractionFailed("not an Excel binary workbook")
    if workbook_encrypted(source.data):
        raise ExtractionFailed("password-protected workbook", code="ENCRYPTED")
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(source.data))
        sheets = [_calamine_sheet(book, name) for name in book.sheet_names]
    except ExtractionFailed:
        raise
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise ExtractionFailed(f"cannot read the workbook: {type(exc).__name__}: {exc}") from exc
    return _document(sheets)


def _calamine_sheet(book: Any, name: str) -> tuple[str, list[list[str]], list[Merge]]:
    sheet = book.get_sheet_by_name(name)
    rows = sheet.to_python(skip_empty_area=False)
    texts = [[printed(v) for v in row] for row in rows]
    merges = [Merge(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ()]
    return name, texts, merges
