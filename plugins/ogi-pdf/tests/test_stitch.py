"""Stitching a table split across pages (unit level, on grids as the page reader builds them)."""

from __future__ import annotations

from ogi_pdf.tables import continues, stitch

from ogi.document import CellSpec, Provenance, grid_from_rows

HEADER = ["项目", "自然人", "总计"]


def _table(rows: list[list[str]], page: int, top: float = 0):  # type: ignore[no-untyped-def]
    specs = []
    for r, row in enumerate(rows):
        specs.append(
            [
                CellSpec(
                    text,
                    prov=Provenance(
                        page=page,
                        bbox=(100.0 * c, top + 20 * r, 100.0 * c + 100, top + 20 * r + 20),
                    ),
                )
                for c, text in enumerate(row)
            ]
        )
    return grid_from_rows(specs)


def test_repeated_header_dropped_and_cut_label_rejoined() -> None:
    first = _table([HEADER, ["(三)不予公开", "0", "0"], ["(四)无", "", ""]], page=3)
    second = _table([HEADER, ["法提供", "2", "2"], ["(五)不予处理", "1", "1"]], page=4)
    assert continues(first, second)
    table, dropped = stitch(first, second)
    assert dropped == 1
    rows = [[c.text for c in row] for row in table.rows()]
    assert rows == [
        HEADER,
        ["(三)不予公开", "0", "0"],
        ["(四)无法提供", "2", "2"],
        ["(五)不予处理", "1", "1"],
    ]
    assert {c.prov.page for c in table.cells} == {3, 4}  # every cell keeps its own page


def test_different_columns_do_not_continue() -> None:
    first = _table([HEADER, ["a", "1", "1"]], page=1)
    other = _table([["x", "y"], ["1", "2"]], page=2)
    assert not continues(first, other)


def test_tolerances_come_from_one_settings_record() -> None:
    """Options.extra["pdf_settings"] reaches the reader: a table finder told that no ruling
    line is long enough finds no table, and the defaults are the record's."""
    from pathlib import Path

    from ogi_pdf.settings import DEFAULT, PdfSettings

    import ogi
    from ogi.records import Options

    assert (DEFAULT.ruling_tolerance, DEFAULT.margin, DEFAULT.overprint_tolerance) == (
        2.0,
        0.09,
        1.0,
    )
    sample = Path(__file__).resolve().parents[3] / "samples/pdf/001_81ecb54b46cc6fdb.pdf"
    ruled = ogi.convert(sample)
    no_lines = PdfSettings(table_settings={"snap_tolerance": 0.01, "edge_min_length": 10_000})
    unruled = ogi.convert(sample, options=Options(extra={"pdf_settings": no_lines}))
    assert any(c.source.get("col") is not None and c.source.get("page") for c in ruled.cells)
    assert ruled.to_json() != unruled.to_json()
