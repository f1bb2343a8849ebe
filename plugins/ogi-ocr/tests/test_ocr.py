"""The ocr extractor: the generated scans (tools/make_scans.py) against the text samples,
the mixed PDF, image files, blank cells, the seam with the PDF extractor, the contract."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from ogi_ocr import engine as engine_module
from ogi_ocr.engine import Engine, Recognised
from ogi_ocr.grid import find_tables
from ogi_ocr.plugin import claim, extract, low_confidence_warnings
from ogi_ocr.raster import PageImage, straighten

import ogi
from ogi.document import Table
from ogi.errors import ExtractionFailed, OgiError
from ogi.records import Match, Options, Source
from ogi.registry import Registry
from ogi.testing import ExtractorContract

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SCANS = HERE / "scans"
TEXT = ROOT / "samples" / "text"
SCANNED_PDFS = sorted(SCANS.glob("[0-9]*.pdf"))
PNG = SCANS / "002_b6ff4eeabae1e240.page2.png"
JPG = SCANS / "002_b6ff4eeabae1e240.page2-jpeg.jpg"
MIXED = SCANS / "mixed_002_b6ff4eeabae1e240.pdf"
FLAGS = {"OCR_LOW_CONFIDENCE", "OCR_UNREAD_CELL", "ROW_SHORT", "ROW_TOO_LONG", "VALUE_UNPARSED"}


# OCR is the slow part: within this module each distinct crop is recognised and each
# distinct page detected once (the same scan is converted by several tests). The cache keys
# are the pixels themselves, so a changed input is always recognised afresh. (Kept here,
# not in a conftest.py: a second module named conftest would shadow tests/conftest.py.)


def _key(array: np.ndarray) -> bytes:
    return hashlib.blake2b(repr(array.shape).encode() + array.tobytes(), digest_size=16).digest()


@pytest.fixture(scope="module", autouse=True)
def ocr_cache() -> Iterator[dict[bytes, Any]]:
    """Memoise ``Engine.detect`` and ``Engine.recognise`` for this module."""
    cache: dict[bytes, Any] = {}
    detect, recognise = Engine.detect, Engine.recognise

    def cached_detect(self: Engine, image: np.ndarray) -> list[tuple[float, float, float, float]]:
        key = b"d" + _key(image)
        if key not in cache:
            cache[key] = detect(self, image)
        return cache[key]

    def cached_recognise(
        self: Engine, crops: list[np.ndarray], fill: float = 1.0
    ) -> list[Recognised]:
        keys = [b"r%.2f" % fill + _key(c) for c in crops]
        todo = [i for i, k in enumerate(keys) if k not in cache]
        for i, result in zip(todo, recognise(self, [crops[i] for i in todo], fill)):
            cache[keys[i]] = result
        return [cache[k] for k in keys]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "detect", cached_detect)
        patch.setattr(Engine, "recognise", cached_recognise)
        yield cache


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="module")
def scans(registry: Registry) -> dict[str, tuple[ogi.Report, ogi.Report]]:
    """Each scanned PDF's report with its text sample's report."""
    return {
        p.stem: (ogi.convert(p, registry=registry), ogi.convert(TEXT / (p.stem + ".txt")))
        for p in SCANNED_PDFS
    }


def _flagged(report: ogi.Report) -> set[str]:
    keys = {w.where.get("key") for w in report.warnings if w.code in FLAGS}
    keys |= {k for c in report.checks if not c.ok for k in c.keys}
    return {k for k in keys if k}


@pytest.mark.slow
def test_scans_read_99_percent_of_statistics_exactly(scans: dict) -> None:
    total = exact = 0
    for scan, text in scans.values():
        truth, got = dict(text.flat()), dict(scan.flat())
        total += len(truth)
        exact += sum(1 for k, v in truth.items() if k in got and got[k] == v)
    assert exact / total >= 0.99, f"{exact}/{total}"


@pytest.mark.slow
def test_scans_template_and_year_right(scans: dict) -> None:
    for stem, (scan, text) in scans.items():
        assert scan.source.format == "ocr", stem
        assert (scan.template, scan.meta.year) == (text.template, text.meta.year), stem
        assert scan.template_by_table == text.template_by_table, stem


@pytest.mark.slow
def test_every_wrong_or_unread_statistic_is_flagged_and_none_invented(scans: dict) -> None:
    for stem, (scan, text) in scans.items():
        truth, got = dict(text.flat()), dict(scan.flat())
        assert set(got) <= set(truth), f"{stem}: invented {sorted(set(got) - set(truth))}"
        wrong = {k for k, v in truth.items() if k in got and got[k] != v}
        assert wrong <= _flagged(scan), f"{stem}: unflagged {sorted(wrong - _flagged(scan))}"
        if set(truth) - set(got):
            assert any(w.code in FLAGS for w in scan.warnings), f"{stem}: missing, unflagged"


@pytest.mark.slow
def test_every_ocr_cell_has_page_bbox_and_confidence(scans: dict) -> None:
    scan, _ = scans["002_b6ff4eeabae1e240"]
    table_cells = [c for c in scan.cells if c.source.get("kind") == "table"]
    assert table_cells
    for cell in table_cells:
        assert {"page", "bbox"} <= set(cell.source), cell.key
        assert cell.raw is None or 0 <= cell.source["confidence"] <= 1, cell.key


@pytest.mark.slow
def test_mixed_pdf_reads_text_pages_and_the_scanned_page(registry: Registry) -> None:
    report = ogi.convert(MIXED, registry=registry)
    text = ogi.convert(TEXT / "002_b6ff4eeabae1e240.txt")
    assert report.source.format == "ocr" and report.source.pages == 3
    assert report.tables == text.tables
    by_page: dict[int, set[bool]] = {}
    for cell in report.cells:
        by_page.setdefault(cell.source["page"], set()).add("confidence" in cell.source)
    assert by_page[2] == {True} and by_page[3] == {False}  # OCR'd page 2, text page 3
    assert "TABLE_SPLIT_ACROSS_PAGES" in [w.code for w in report.warnings]


@pytest.mark.slow
@pytest.mark.parametrize("image", [PNG, JPG], ids=lambda p: p.suffix)
def test_page_image_gives_its_statistics(image: Path, registry: Registry) -> None:
    report = ogi.convert(image, registry=registry)
    text = ogi.convert(TEXT / "002_b6ff4eeabae1e240.txt")
    assert report.source.format == "ocr" and report.template == text.template
    got = dict(report.flat())  # the page's two tables: table 1 and the top of table 2
    assert len(got) >= 90
    assert all(text.get(k) == v for k, v in got.items() if k not in _flagged(report))


def test_scan_without_the_plugin_needs_ocr_with_the_install_hint() -> None:
    registry = Registry.load(disable=["ocr"])
    with pytest.raises(OgiError) as info:
        ogi.convert(SCANNED_PDFS[2], registry=registry)
    assert info.value.code == "NEEDS_OCR" and "plugins/ogi-ocr" in info.value.message
    mixed = ogi.convert(MIXED, registry=registry)
    assert mixed.source.format == "pdf"
    assert [w.where for w in mixed.warnings if w.code == "PAGE_NEEDS_OCR"] == [{"page": 2}]


def test_claims() -> None:
    png = PNG.read_bytes()
    assert claim(Source(png, "x.bin")) == Match.CONTENT
    assert claim(Source(b"junk", "x.tiff")) == Match.SUFFIX
    assert claim(Source(MIXED.read_bytes(), "m.pdf")) == Match.CONTENT
    assert claim(Source((ROOT / "samples/pdf/002_b6ff4eeabae1e240.pdf").read_bytes())) == Match.NO
    assert claim(Source(b"%PDF-1.7 broken", "b.pdf")) == Match.NO


def test_page_limit_refuses_before_any_ocr() -> None:
    data = SCANNED_PDFS[2].read_bytes()
    with pytest.raises(ExtractionFailed) as info:
        extract(Source(data, "s.pdf"), Options(extra={"ocr_max_pages": 2}))
    assert info.value.code == "TOO_LARGE"


def _ruled_grid(rows: int, cols: int, span_first_row: bool) -> np.ndarray:
    """A white page with an empty ruled table (the first row one spanning cell)."""
    import cv2

    page = np.full((600, 800), 245, np.uint8)
    xs, ys = [100 + 150 * c for c in range(cols + 1)], [100 + 40 * r for r in range(rows + 1)]
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 2)
    for x in xs:
        top = ys[1] if span_first_row and x not in (xs[0], xs[-1]) else ys[0]
        cv2.line(page, (x, top), (x, ys[-1]), 0, 2)
    return page


def test_grid_spans_from_missing_walls() -> None:
    tables, _ = find_tables(_ruled_grid(4, 3, span_first_row=True))
    assert len(tables) == 1 and len(tables[0].cells) == 1 + 3 * 3
    first = min(tables[0].cells)
    assert first[2] - first[0] > 400  # the first row is one cell over three columns


def test_blank_cells_stay_blank_never_a_value() -> None:
    import cv2

    page = _ruled_grid(3, 3, span_first_row=False)
    ok, png = cv2.imencode(".png", page)
    document = extract(Source(png.tobytes(), "blank.png"), Options())
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert all(c.text == "" and c.prov.confidence is None for c in tables[0].cells)


def test_small_rotation_is_straightened() -> None:
    import cv2

    page = _ruled_grid(6, 4, span_first_row=False)
    matrix = cv2.getRotationMatrix2D((400, 300), 0.5, 1.0)
    tilted = cv2.warpAffine(page, matrix, (800, 600), borderValue=(245,))
    assert straighten(PageImage(tilted, 1, 1.0)).skew == pytest.approx(-0.5, abs=0.1)


def test_low_confidence_cells_are_named_by_key() -> None:
    report = ogi.convert(TEXT / "002_b6ff4eeabae1e240.txt")
    cell = report.cells[3].model_copy(
        update={"source": {**report.cells[3].source, "page": 2, "confidence": 0.42}}
    )
    flagged = low_confidence_warnings(report.model_copy(update={"cells": [cell]}))
    assert [w.where["key"] for w in flagged] == [cell.key]
    assert flagged[0].code == "OCR_LOW_CONFIDENCE" and "0.42" in flagged[0].message


def test_gpu_provider_chosen_when_present_unless_forced_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import onnxruntime

    monkeypatch.setattr(
        onnxruntime,
        "get_available_providers",
        lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"],
    )
    monkeypatch.delenv(engine_module.CPU_ENV, raising=False)
    assert engine_module.use_gpu() is True
    assert engine_module.use_gpu(force_cpu=True) is False
    monkeypatch.setenv(engine_module.CPU_ENV, "1")
    assert engine_module.use_gpu() is False


@pytest.mark.slow
def test_models_ship_with_the_wheel_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR tried to open a network connection")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    fresh = engine_module.Engine(gpu=False)  # loads the models from the installed wheel
    crop = _ruled_grid(1, 1, False)[95:145, 95:260]
    assert len(fresh.recognise([crop])) == 1


class TestOcrContract(ExtractorContract):
    extractor = "ocr"
    samples = SCANS
    golden = ROOT / "tests" / "golden" / "scans"
    root = ROOT
    foreign = (
        TEXT / "000_9ba4c109e1ad8830.txt",
        ROOT / "samples" / "pdf" / "000_9ba4c109e1ad8830.pdf",
        ROOT / "samples" / "docx" / "000_9ba4c109e1ad8830.docx",
    )
    broken = (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, b"GIF89a" + b"\xff" * 32)
    suffix = ".png"


def test_page_budget_reads_tables_first_then_stops() -> None:
    import cv2

    ok, png = cv2.imencode(".png", _ruled_grid(3, 3, span_first_row=False))
    document = extract(Source(png.tobytes(), "b.png"), Options(extra={"ocr_page_seconds": -1}))
    assert [w["code"] for w in document.warnings] == ["OCR_BUDGET_EXCEEDED"]
    assert [type(b).__name__ for b in document.blocks] == ["Table"]


@pytest.mark.slow
def test_page_whose_tables_are_pictures_beside_it_is_completed(registry: Registry) -> None:
    page = HERE / "pictures" / "002_b6ff4eeabae1e240.html"
    report = ogi.convert(page, registry=registry)
    text = ogi.convert(TEXT / "002_b6ff4eeabae1e240.txt")
    assert "TABLE_AS_IMAGE" not in [w.code for w in report.warnings]
    assert [p.format for p in report.source.parts] == ["html", "ocr", "ocr", "ocr"]
    assert report.template == text.template and report.template_by_table == text.template_by_table
    truth, got = dict(text.flat()), dict(report.flat())
    wrong = {k for k, v in truth.items() if got.get(k, "missing") != v}
    assert len(wrong) <= 0.01 * len(truth) and wrong <= _flagged(report), sorted(wrong)
    without = ogi.convert(page, registry=Registry.load(disable=["ocr"]))
    assert [w.code for w in without.warnings].count("TABLE_AS_IMAGE") == 3
