"""Spreadsheets: .xlsx (openpyxl), .xls and .et (calamine); the contract, spans, printed
numbers, the same tables as the seed text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from office_paths import GOLDEN, SAMPLES, SEED_DOCX, SEED_PDF, SEED_TEXT, text_twin
from ogi_office.grid import Merge, column_letters, printed, sheet_table
from ogi_office.ole import _biff_has_filepass
from ogi_office.sheet import claim_xls, claim_xlsx, extract_xls, extract_xlsx

import ogi
from ogi.document import Table
from ogi.errors import OgiError
from ogi.records import Match, Options, Source
from ogi.testing import ExtractorContract

SHEETS = sorted(
    [
        *(SAMPLES / "xlsx").glob("*.xlsx"),
        *(SAMPLES / "xls").glob("*.xls"),
        *(SAMPLES / "et").glob("*.et"),
    ]
)


class TestXlsxContract(ExtractorContract):
    extractor = "xlsx"
    samples = SAMPLES / "xlsx"
    golden = GOLDEN / "xlsx"
    foreign = (SEED_TEXT, SEED_PDF, SEED_DOCX)
    broken = (b"PK\x03\x04" + b"\0" * 64, b"PK\x05\x06" + b"\0" * 18)
    suffix = ".xlsx"


class TestXlsContract(ExtractorContract):
    extractor = "xls"
    samples = SAMPLES / "xls"
    golden = GOLDEN / "xls"
    foreign = (SEED_TEXT, SEED_PDF, SEED_DOCX, SAMPLES / "doc" / "000_9ba4c109e1ad8830.doc")
    broken = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, b"garbage")
    suffix = ".xls"


class TestEtContract(ExtractorContract):
    extractor = "xls"
    samples = SAMPLES / "et"
    golden = GOLDEN / "et"
    foreign = (SEED_TEXT,)
    suffix = ".et"


@pytest.mark.parametrize("sample", SHEETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_tables_as_the_seed_text(sample: Path) -> None:
    assert ogi.convert(sample).tables == ogi.convert(text_twin(sample)).tables


@pytest.mark.parametrize("sample", [SHEETS[0], *[s for s in SHEETS if s.suffix == ".xls"][:1]])
def test_merged_cells_become_spans_and_every_sheet_a_table(sample: Path) -> None:
    extract = extract_xlsx if sample.suffix == ".xlsx" else extract_xls
    document = extract(Source(sample.read_bytes(), sample.name), Options())
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [t.index for t in tables] == [0, 1, 2]
    corner = tables[1].cells[0]  # 表二's header note covers 3 rows × 3 columns
    assert (corner.rowspan, corner.colspan) == (3, 3)
    for table in tables:
        assert sum(c.rowspan * c.colspan for c in table.cells) == table.n_rows * table.n_cols


def test_xls_and_et_are_recognised_by_content_whatever_the_name() -> None:
    data = (SAMPLES / "et" / "000_9ba4c109e1ad8830.et").read_bytes()
    for name in ("x.et", "x.xls", "noext", "x.doc"):
        assert claim_xls(Source(data, name)) == Match.CONTENT
    xlsx = (SAMPLES / "xlsx" / "000_9ba4c109e1ad8830.xlsx").read_bytes()
    assert claim_xlsx(Source(xlsx, "saved-by-wps.et")) == Match.CONTENT
    assert ogi.convert(xlsx, filename="saved-by-wps.et").source.format == "xlsx"


@pytest.mark.parametrize(
    "value, fmt, text",
    [
        (13.0, "General", "13"),
        (13, "General", "13"),
        (26.55, "General", "26.55"),
        (0.1 + 0.2, "General", "0.3"),
        (12.0, "0.00", "12.00"),
        (1234.5, "#,##0.0", "1,234.5"),
        (0.125, "0.0%", "12.5%"),
        (None, "General", ""),
        ("  减13/增3 ", "General", "减13/增3"),
    ],
)
def test_numbers_as_printed(value: object, fmt: str, text: str) -> None:
    assert printed(value, fmt) == text


def test_huge_cell_is_too_large() -> None:
    with pytest.raises(OgiError) as info:
        printed("x" * 200_000)
    assert info.value.code == "TOO_LARGE"


def test_grid_trims_the_unused_margin_and_keeps_inner_blanks() -> None:
    texts = [["", "", ""], ["", "a", ""], ["", "", "b"]]
    table = sheet_table(texts, [Merge(1, 1, 1, 2)], "S", 0)
    assert table is not None and (table.n_rows, table.n_cols) == (2, 2)
    assert [(c.text, c.row, c.col, c.colspan, c.prov.path) for c in table.cells] == [
        ("a", 0, 0, 2, "S!B2"),
        ("", 1, 0, 1, "S!B3"),
        ("b", 1, 1, 1, "S!C3"),
    ]
    assert sheet_table([["", ""]], [], "S", 0) is None
    assert column_letters(0) == "A" and column_letters(27) == "AB"


def test_workbook_bomb_is_too_large() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(OgiError) as info:
        extract_xlsx(Source(buffer.getvalue(), "bomb.xlsx"), Options())
    assert info.value.code == "TOO_LARGE"


def test_filepass_record_means_encrypted() -> None:
    bof = (0x0809).to_bytes(2, "little") + (4).to_bytes(2, "little") + b"\0" * 4
    filepass = (0x002F).to_bytes(2, "little") + (2).to_bytes(2, "little") + b"\0\0"
    assert _biff_has_filepass(bof + filepass)
    assert not _biff_has_filepass(bof)
