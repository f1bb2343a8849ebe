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
