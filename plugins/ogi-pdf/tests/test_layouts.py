"""PDF layouts that trip table detection (fixtures in tests/data/pdf/, written by
tools/render_variants.py with reportlab): a ruled page frame whose sides are the tables'
outer rulings, section headings in one-column boxes, a sub-table title that ends a page
while its header (first cell empty) and rows start the next, and white rectangles drawn
behind every line of text."""

from __future__ import annotations

from pathlib import Path

import pytest

import ogi

ROOT = Path(__file__).resolve().parents[3]
PDF = ROOT / "tests" / "data" / "pdf"
SEEDS = ROOT / "samples" / "text"


def test_body_in_a_ruled_frame_stays_prose() -> None:
    """Without care the frame joins every page's prose to its tables: one section, the
    headings inside table cells. All six sections and the seed's tables."""
    r = ogi.convert(PDF / "framed.pdf")
    seed = ogi.convert(SEEDS / "000_9ba4c109e1ad8830.txt")
    assert [s.title for s in r.sections] == [s.title for s in seed.sections]
    assert len(r.sections) == 6
    assert r.tables == seed.tables
    assert r.completeness.complete


def test_sub_table_title_at_page_end_is_stitched() -> None:
    """第二十条第(六)项 is the last row of page 2's table; its header, first cell empty, and
    its rows open page 3: the rows are read under the title (and table 3, whose first
    header row also ends a page, too)."""
    r = ogi.convert(PDF / "title_at_page_end.pdf")
    seed = ogi.convert(SEEDS / "001_81ecb54b46cc6fdb.txt")
    assert r.get("active_disclosure.punishment.decisions") == 1280
    assert r.get("active_disclosure.coercion.decisions") == 1808
    assert r.tables == seed.tables
    assert r.completeness.complete
    assert [w.code for w in r.warnings] == []


def test_text_on_white_backgrounds_stays_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """Word and WPS draw a white rectangle behind each line of shaded text; stacked, they
    touch the table below. Taken for rulings, they made the prose above each table a
    one-column part of it: sections 二 to 六 lost (one section read, as in a real 2023
    report's page 2). The cells' own white backgrounds inside their borders stay."""
    import ogi_pdf.reader as reader

    seed = ogi.convert(SEEDS / "001_81ecb54b46cc6fdb.txt")
    r = ogi.convert(PDF / "text_backgrounds.pdf")
    assert [s.title for s in r.sections] == [s.title for s in seed.sections]
    assert r.tables == seed.tables
    assert r.completeness.complete
    # the same file with the white backgrounds taken as rulings, as before
    monkeypatch.setattr(reader, "without_text_backgrounds", lambda page: page)
    assert len(ogi.convert(PDF / "text_backgrounds.pdf").sections) < 6


@pytest.mark.parametrize(
    ("paint", "blank"),
    [
        ({"non_stroking_color": (1.0, 1.0, 1.0)}, True),  # RGB white
        ({"non_stroking_color": 1.0}, True),  # grey level
        ({"non_stroking_color": (1,)}, True),
        ({"non_stroking_color": (0, 0, 0, 0)}, True),  # CMYK: no ink
        ({"non_stroking_color": (250 / 255, 1.0, 1.0)}, True),  # pdfium's 8-bit RGB
        ({"non_stroking_color": (0.776, 0.851, 0.945)}, False),  # a header's blue shading
        ({"non_stroking_color": 0.918}, False),  # light grey shows on white
        ({"non_stroking_color": (0, 0, 0, 0.1)}, False),
        ({"non_stroking_color": None}, False),  # a pattern: not known to be white
        ({"non_stroking_color": "P1"}, False),
        ({"non_stroking_color": (1.0, 1.0, 1.0), "stroke": True}, False),  # a drawn border
        ({"non_stroking_color": (1.0, 1.0, 1.0), "fill": False}, False),
    ],
)
def test_blank_fill(paint: dict[str, object], blank: bool) -> None:
    from ogi_pdf.reader import blank_fill

    rect = {"object_type": "rect", "fill": True, "stroke": False, **paint}
    assert blank_fill(rect) is blank


def test_white_cell_backgrounds_inside_borders_stay() -> None:
    """A white rectangle with a visible ruling along a side (its cell's border, within
    3 pt, over half its height) stays; one with none beside it goes."""
    from ogi_pdf.pdfium_page import PdfiumPage
    from ogi_pdf.reader import without_text_backgrounds

    white = {"object_type": "rect", "fill": True, "stroke": False, "non_stroking_color": 1.0}
    cell = {**white, "x0": 100.3, "x1": 199.7, "top": 200.3, "bottom": 219.7}
    line_bg = {**white, "x0": 72.0, "x1": 523.0, "top": 100.0, "bottom": 119.2}
    border = {"object_type": "line", "x0": 100.0, "x1": 100.0, "top": 190.0, "bottom": 260.0}
    page = PdfiumPage(595, 842, (0, 0, 595, 842), {"rect": [cell, line_bg], "line": [border]})
    kept = without_text_backgrounds(page).objects["rect"]
    assert kept == [cell]
    short = {**border, "top": 215.0}  # beside the cell for a quarter of its height only
    page = PdfiumPage(595, 842, (0, 0, 595, 842), {"rect": [cell], "line": [short]})
    assert without_text_backgrounds(page).objects["rect"] == []


def test_long_pdf_that_is_not_a_report_is_refused_before_table_extraction() -> None:
    """A 22-page company quarterly report (real, Chinese, financial tables) never mentions
    信息公开 on its first pages: refused from the quick text probe, not after reading every
    table (seconds per page)."""
    import time

    import pytest

    from ogi.errors import NotAReport

    path = ROOT / "tests" / "corpus" / "real" / "pdf" / "pdfplumber_issue-67-example.pdf"
    start = time.perf_counter()
    with pytest.raises(NotAReport, match="22-page"):
        ogi.convert(path)
    assert time.perf_counter() - start < 4.0


def test_the_probe_keeps_long_reports_and_unreadable_text() -> None:
    from ogi_pdf.reader import not_a_report_early

    report_pages = ["某县2022年政府信息公开工作年度报告 一、总体情况" + "文" * 200] + ["正文"] * 9
    assert not_a_report_early(report_pages) is None
    assert not_a_report_early(["ËÎÌå" * 200] * 10) is None  # broken font map: cannot tell
    assert not_a_report_early(["Datasheet of a steel grade. " * 20] * 10) is not None
    assert not_a_report_early(["短文"] * 3) is None  # short documents are judged after reading
