"""Real-world text dumps of the samples (tests/data/variants/, written by
tools/render_variants.py): crawler one-line dumps with portal chrome, the same with cells
run together, pdfplumber and ``pdftotext -layout`` text of the PDF samples, Markdown, and
pages whose tables were flattened to one line per row.

Each variant has its expected JSON (tests/golden/variants/), read against the seed text:
its tables are the seed's wherever the text still determines them, and every statistic it
no longer determines is flagged — asserted here from the seeds, not from the goldens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from regen_goldens import expected_path, variants
from variant_score import score, seed_of

import ogi

VARIANTS = variants()
KINDS = ("crawler", "fused", "pdfplumber", "pdftotext", "markdown", "flat")


def test_every_seed_has_every_variant() -> None:
    seeds = sorted(p.stem for p in Path("samples/text").glob("*.txt"))
    assert len(seeds) == 5
    names = {p.name for p in VARIANTS}
    assert names == {f"{s}.{k}.txt" for s in seeds for k in KINDS}


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: p.name)
def test_variant_matches_expected_json(variant: Path) -> None:
    expected = expected_path(variant).read_text(encoding="utf-8")
    assert ogi.convert(str(variant)).to_json() == expected


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: p.name)
def test_every_statistic_exact_or_flagged(variant: Path) -> None:
    """No statistic of the seed is wrong or silently missing in any variant."""
    result = score(variant)
    assert result.wrong == []


def test_exact_statistics_over_all_variants() -> None:
    """Acceptance: ≥ 99 % of the statistics the text determines are exact (the rest
    flagged); the overall share is recorded in the issue."""
    exact = flagged = total = 0
    for variant in VARIANTS:
        s = score(variant)
        exact, flagged, total = exact + s.exact, flagged + s.flagged, total + s.total
    assert exact / (total - flagged) >= 0.99
    assert exact / total >= 0.98


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: p.name)
def test_sections_of_the_seed_found(variant: Path) -> None:
    """Headings run into their text, Markdown ``##`` headings, PDF lines: every section of
    the seed (6 of 6 for 2019+ seeds, 14 and 5 for the legacy ones)."""
    got = [(s.number, s.title, s.kind) for s in ogi.convert(variant).sections]
    seed = [(s.number, s.title, s.kind) for s in ogi.convert(seed_of(variant)).sections]
    assert got == seed


@pytest.mark.parametrize("variant", [v for v in VARIANTS if ".markdown." in v.name])
def test_markdown_marks_never_in_text(variant: Path) -> None:
    r = ogi.convert(variant)
    assert "#" not in (r.meta.title or "") and "#" not in (r.meta.organization or "")
    assert all(not s.title.startswith("#") for s in r.sections)
    assert not any(c.raw and set(c.raw) <= set("-|: ") for c in r.cells)


@pytest.mark.parametrize("variant", [v for v in VARIANTS if ".crawler." in v.name])
def test_crawler_chrome_does_not_swallow_the_body(variant: Path) -> None:
    r, seed = ogi.convert(variant), ogi.convert(seed_of(variant))
    assert r.meta.title == seed.meta.title
    assert r.meta.year == seed.meta.year
    assert r.meta.period == seed.meta.period
    assert r.meta.contact.phone == seed.meta.contact.phone
    assert "当前位置" not in r.preamble and "微信" not in r.preamble


def test_fused_cells_recovered_only_when_determined() -> None:
    """Seed 001 fused: ``150000015`` (15 | 0 | 0 | 0 | 0 | 0 | 15) has one split whose total
    is the sum of the applicant columns — recovered and marked; ``行政规范性文件10010`` is
    10 | 0 | 10 or 100 | 1 | 0 — kept raw, flagged."""
    r = ogi.convert("tests/data/variants/001_81ecb54b46cc6fdb.fused.txt")
    cells = {c.key: c for c in r.cells}
    row = [cells[f"applications.new_received.{c}"] for c in ("natural_person", "total")]
    assert [c.value for c in row] == [15, 15]
    assert all(c.source.get("split_from") == "150000015" for c in row)
    norm = cells["active_disclosure.normative_documents.made"]
    assert norm.value is None and norm.raw == "10010"
    assert any(
        w.code == "CELLS_RUN_TOGETHER" and "normative_documents.made" in w.message
        for w in r.warnings
    )


@pytest.mark.parametrize("variant", [v for v in VARIANTS if ".fused." in v.name])
def test_no_fused_number_is_ever_a_value(variant: Path) -> None:
    """Every value read from a run of digits that held several cells is one piece of the
    split, never the run; and every run left unsplit has no value."""
    data = json.loads(ogi.convert(variant).to_json())
    for cell in data["cells"]:
        if cell["source"].get("kind") != "table" or cell["value"] is None:
            continue
        run = cell["source"].get("split_from")
        if run is not None:
            assert str(cell["value"]) != run and len(cell["raw"]) < len(run)
        else:
            assert " " not in (cell["raw"] or "")


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: p.name)
def test_no_variant_is_silently_incomplete(variant: Path) -> None:
    """A variant that does not give every statistic of its seed says it is partial."""
    result = score(variant)
    if result.flagged:
        assert ogi.convert(variant).completeness.complete is False
