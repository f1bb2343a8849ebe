"""The claim's loaded pages handed to the extraction, and a page's unicode values read in
one call: both give exactly what the plain way gives."""

from __future__ import annotations

import ctypes
import gc
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from ogi_pdf import handover, plugin
from ogi_pdf.pdfium_chars import _calls, page_codes
from ogi_pdf.pdfium_fonts import box_fonts
from test_pdf import pdf_file

from ogi.records import Options, Source

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))
LAYOUTS = sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))


def _fresh_claim(source: Source) -> None:
    plugin._scanned_pages.cache_clear()  # the probe runs (the verdict is memoised per bytes)
    plugin.claim(source)


@pytest.mark.parametrize("path", SAMPLES[:2] + LAYOUTS[:1], ids=lambda p: p.name)
def test_extraction_after_the_claim_reads_the_same(path: Path) -> None:
    alone = plugin.extract(Source(path.read_bytes(), path.name), Options(accept_any=True))
    source = Source(path.read_bytes(), path.name)
    _fresh_claim(source)
    assert id(source) in handover._offers
    shared = plugin.extract(source, Options(accept_any=True))
    assert id(source) not in handover._offers  # taken, and closed after reading
    assert repr(shared) == repr(alone)


def test_an_offer_goes_with_its_source() -> None:
    source = Source(SAMPLES[0].read_bytes(), SAMPLES[0].name)
    _fresh_claim(source)
    assert id(source) in handover._offers
    key = id(source)
    del source
    gc.collect()
    assert key not in handover._offers


def test_an_equal_source_takes_nothing() -> None:
    data = SAMPLES[0].read_bytes()
    claimed, other = Source(data, "a.pdf"), Source(data, "a.pdf")
    _fresh_claim(claimed)
    assert handover.take(other) is None
    loaded = handover.take(claimed)
    assert loaded is not None
    loaded.close()


def test_offers_are_bounded() -> None:
    sources = [Source(SAMPLES[i].read_bytes(), SAMPLES[i].name) for i in range(3)]
    for source in sources:
        _fresh_claim(source)
    assert len(handover._offers) <= handover.MAX_OFFERS
    for source in sources:
        loaded = handover.take(source)
        if loaded is not None:
            loaded.close()


def _hand_made_pdf(shown: bytes) -> bytes:
    """One page showing ``shown`` in Helvetica whose ToUnicode maps A → U+20000 (beyond
    the BMP), B → B, C → nothing (0), D → 0x02 (a control character)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"4 beginbfchar <41> <D840DC00> <42> <0042> <43> <0000> <44> <0002> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = b"BT /F1 12 Tf 10 100 Td (" + shown + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    return pdf_file(objects)


def _codes_both_ways(data: bytes) -> list[tuple[list[int], list[int]]]:
    calls, out = _calls(pdfium_c), []
    with box_fonts():
        pdf = pdfium.PdfDocument(data)
        for page in pdf:
            textpage = page.get_textpage()
            handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
            count = calls.count(handle)
            one_by_one = [calls.unicode(handle, i) for i in range(count)]
            out.append((page_codes(calls, handle, count, False), one_by_one))
            textpage.close()
            page.close()
        pdf.close()
    return out


@pytest.mark.parametrize("shown", [b"BABAB", b"BCBAB", b"BCBDBA", b"BDB"])
def test_page_codes_on_odd_characters(shown: bytes) -> None:
    for batched, one_by_one in _codes_both_ways(_hand_made_pdf(shown)):
        assert batched == one_by_one


@pytest.mark.parametrize("path", SAMPLES + LAYOUTS, ids=lambda p: p.name)
def test_page_codes_on_the_samples(path: Path) -> None:
    for batched, one_by_one in _codes_both_ways(path.read_bytes()):
        assert batched == one_by_one
