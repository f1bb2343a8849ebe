"""PDF layouts that trip table detection (fixtures in tests/data/pdf/, written by
tools/render_variants.py with reportlab): a ruled page frame whose sides are the tables'
outer rulings, section headings in one-column boxes, and a sub-table title that ends a page
while its header (first cell empty) and rows start the next."""

from __future__ import annotations

from pathlib import Path

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
