"""Tests of the example plugin: the core's conformance kit, plus what this format adds."""

from __future__ import annotations

from pathlib import Path

import pytest
from ogi_ods import extract

import ogi
from ogi.document import Table
from ogi.records import Options, Source
from ogi.testing import ExtractorContract

HERE = Path(__file__).parent
SAMPLE = HERE / "samples" / "000_seed_tables.ods"
SEED_TEXT = HERE.parents[2] / "samples" / "text" / "000_9ba4c109e1ad8830.txt"


class TestOdsContract(ExtractorContract):
    extractor = "ods"
    samples = HERE / "samples"
    root = HERE
    foreign = (SEED_TEXT,)
    broken = (b"PK\x03\x04" + b"\0" * 64, b"PK\x05\x06" + b"\0" * 18)
    suffix = ".ods"


def test_merged_cells_become_spans() -> None:
    document = extract(Source(SAMPLE.read_bytes(), SAMPLE.name), Options())
    table = next(b for b in document.blocks if isinstance(b, Table) and b.index == 1)
    corner = table.cells[0]
    assert (corner.rowspan, corner.colspan) == (3, 3)
    assert sum(c.rowspan * c.colspan for c in table.cells) == table.n_rows * table.n_cols


def test_same_tables_as_the_seed_text() -> None:
    if not SEED_TEXT.exists():
        pytest.skip("the seed text lives in the ogi repository")
    assert ogi.convert(SAMPLE).tables == ogi.convert(SEED_TEXT).tables
