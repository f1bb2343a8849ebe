"""The pdf extractor: samples (split tables, wrapped headers), the real and broken PDF
corpus, scans, bounded memory, the contract."""

from __future__ import annotations

import gc
import io
import tracemalloc
from pathlib import Path

import pytest
from ogi_pdf.plugin import claim, extract

import ogi
from ogi.document import Table
from ogi.errors import ExtractionFailed, OgiError
from ogi.records import Match, Options, Source
from ogi.registry import Registry
from ogi.testing import ExtractorContract

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "corpus"
PDF_SAMPLES = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))


# extraction tests on documents that are not annual reports keep them anyway
ANY = Options(accept_any=True)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.mark.parametrize("sample", PDF_SAMPLES, ids=lambda p: p.name)
def test_pdf_sample_gives_the_same_tables_as_the_seed_text(
    sample: Path, registry: Registry
) -> None:
    pdf = ogi.convert(sample, registry=registry)
    text = ogi.convert(ROOT / "samples" / "text" / (sample.stem + ".txt"), registry=registry)
    assert pdf.source.format == "pdf" and pdf.source.pages and pdf.source.pages > 1
    assert pdf.tables == text.tables
    assert [s.number for s in pdf.sections] == [s.number for s in text.sections]
    assert pdf.meta.signature == text.meta.signature


@pytest.mark.parametrize("sample", PDF_SAMPLES, ids=lambda p: p.name)
def test_paragraphs_are_whole_across_page_breaks(sample: Path, registry: Registry) -> None:
    """A paragraph that runs on over a page break is one paragraph, as its seed prints it:
    the section texts have the seed's line breaks, no more (before, one per page break
    inside a paragraph, often in the middle of a word: 管理平\n台)."""
    pdf = ogi.convert(sample, registry=registry)
    text = ogi.convert(ROOT / "samples" / "text" / (sample.stem + ".txt"), registry=registry)

    def breaks(report: ogi.Report) -> list[int]:
        return [
            s.text.count("\n") + sum(b.text.count("\n") for b in s.subsections)
            for s in report.sections
        ]

    assert breaks(pdf) == breaks(text)


def test_table_split_across_pages_is_stitched_and_cells_keep_their_page(registry: Registry) -> None:
    report = ogi.convert(PDF_SAMPLES[2], registry=registry)
    assert "TABLE_SPLIT_ACROSS_PAGES" in [w.code for w in report.warnings]
    pages = {c.source["page"] for c in report.cells if c.key.startswith("applications.")}
    assert len(pages) == 2  # one stitched table, cells from both pages
    assert all("bbox" in c.source for c in report.cells)


def test_page_numbers_and_running_header_removed(registry: Registry) -> None:
    report = ogi.convert(PDF_SAMPLES[0], registry=registry)
    text = report.preamble + "\n".join(s.text for s in report.sections)
    assert "- 2 -" not in text and "政府信息公开工作年度报告\n" not in report.preamble
    assert report.preamble.startswith("2019年太仆寺旗政府信息公开工作年度报告,严格按照")
    assert "\n" not in report.preamble  # hard-wrapped lines joined back into one paragraph


def test_wrapped_header_cells_are_rejoined() -> None:
    document = extract(Source(PDF_SAMPLES[0].read_bytes(), "a.pdf"), Options())
    texts = {c.text for b in document.blocks if isinstance(b, Table) for c in b.cells}
    assert {"社会公益组织", "法律服务机构", "未经复议直接起诉"} <= texts


def test_real_pdfs_convert(registry: Registry) -> None:
    for path in sorted((CORPUS / "real" / "pdf").glob("*.pdf")):
        report = ogi.convert(path, registry=registry, options=ANY)
        everything = (
            report.preamble
            + "".join(s.text for s in report.sections)
            + "".join(str(c.raw) for c in report.cells)
        )
        document = extract(Source(path.read_bytes(), path.name), ANY)
        blocks_text = "".join(getattr(b, "text", "") for b in document.blocks) + "".join(
            c.text for b in document.blocks if isinstance(b, Table) for c in b.cells
        )
        assert any("\u4e00" <= ch <= "\u9fff" for ch in blocks_text), path.name
        assert report.source.format == "pdf" and everything is not None


def test_tables_found_on_a_real_chinese_table_page() -> None:
    path = CORPUS / "real/pdf/pymupdf_chinese-tables.pdf"
    document = extract(Source(path.read_bytes(), path.name), ANY)
    assert any(isinstance(b, Table) and b.n_cols >= 2 for b in document.blocks)


def test_gbk_named_fonts_fall_back_to_pdfium(registry: Registry) -> None:
    """pdfminer cannot decode them: the pdfplumber engine falls back to pypdfium2's text;
    the pdfium engine (the default) reads them directly."""
    plumber = Options(accept_any=True, extra={"pdf_engine": "pdfplumber"})
    path = CORPUS / "real/pdf/pdfjs_XiaoBiaoSong.pdf"
    report = ogi.convert(path, registry=registry, options=plumber)
    assert "MOJIBAKE_FALLBACK" in [w.code for w in report.warnings]
    assert "关于红军作战的原则" in report.preamble
    direct = ogi.convert(path, registry=registry, options=ANY)
    assert "MOJIBAKE_FALLBACK" not in [w.code for w in direct.warnings]
    assert "关于红军作战的原则" in direct.preamble


def test_broken_font_mapping_is_flagged(registry: Registry) -> None:
    report = ogi.convert(
        CORPUS / "real/pdf/pymupdf_has-bad-fonts.pdf", registry=registry, options=ANY
    )
    assert "SUSPECT_FONT_MAPPING" in [w.code for w in report.warnings]


def test_reverse_order_text_objects_are_read_in_geometric_order(registry: Registry) -> None:
    report = ogi.convert(CORPUS / "real/pdf/pymupdf_test_4699.pdf", registry=registry, options=ANY)
    assert "短期借款 878 727 1,923 4,449 5,045 4,588" in report.preamble


def test_overprinted_characters_are_deduplicated(registry: Registry) -> None:
    report = ogi.convert(
        CORPUS / "real/pdf/pdfplumber_issue-842-example.pdf", registry=registry, options=ANY
    )
    assert report.preamble.startswith("安徽安利合成革股份有限公司")


ENCRYPTED = {
    "pdfjs_issue6010_1.pdf",
    "pdfjs_issue6010_2.pdf",
    "pdfjs_saslprep-r6.pdf",
    "pdfjs_issue21579.pdf",
    "pdfjs_issue3371.pdf",
    "pdfjs_print_protection.pdf",
    "pypdf_r4-aes-user-password.pdf",
    "pypdf_r5-user-password.pdf",
    "pypdf_r6-user-password.pdf",
    "pdfminer_aes-256-r6.pdf",
    "pdfminer_rc4-40.pdf",
    "pdfplumber_password-example.pdf",
    "unstructured_password.pdf",
}
OPENED = {  # empty user password: open without asking, as a reader does
    "pypdf_r2-empty-password.pdf",
    "pypdf_r4-owner-password.pdf",
    "pypdf_r6-owner-password.pdf",
    "pypdf_r6-empty-password.pdf",
    "unstructured_copy-protected.pdf",
    "pypdf_unencrypted.pdf",
}


@pytest.mark.parametrize(
    "path", sorted((CORPUS / "broken" / "pdf").glob("*.pdf")), ids=lambda p: p.name
)
def test_broken_pdf_gives_a_report_or_a_clear_code(path: Path, registry: Registry) -> None:
    try:
        report = ogi.convert(path, registry=registry, options=ANY)
    except OgiError as exc:
        assert path.name not in OPENED, exc
        assert exc.code in {"ENCRYPTED", "CORRUPT", "EMPTY", "NEEDS_OCR"}
        if path.name in ENCRYPTED:
            assert exc.code == "ENCRYPTED"
    else:
        assert path.name not in ENCRYPTED
        assert report.preamble or report.sections or report.cells
        if path.name in OPENED:
            assert (
                "pdfencryptiontestpassword" in report.preamble or "LayoutParser" in report.preamble
            )


def test_password_option_opens_a_user_password_file() -> None:
    path = CORPUS / "broken/pdf/pypdf_r6-user-password.pdf"
    document = extract(Source(path.read_bytes(), path.name), Options(password="asdfzxcv"))
    assert any("pdfencryptiontestpassword" in getattr(b, "text", "") for b in document.blocks)


def _image_only_pdf() -> bytes:
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    image = pdfium.PdfImage.new(pdf)
    bitmap = pdfium.PdfBitmap.from_pil(Image.new("RGB", (200, 100), "white"))
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(200, 100).translate(100, 600))
    page.insert_obj(image)
    page.gen_content()
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_scan_needs_ocr_never_an_empty_success() -> None:
    registry = Registry.load(disable=["ocr"])  # as without the OCR plugin installed
    with pytest.raises(OgiError) as info:
        ogi.convert(_image_only_pdf(), filename="scan.pdf", registry=registry)
    assert info.value.code == "NEEDS_OCR" and "1 pages" in info.value.message
    assert "pip install -e plugins/ogi-ocr" in info.value.message
    assert claim(Source(_image_only_pdf(), "scan.pdf")) == Match.SUFFIX  # OCR may claim more


def minimal_pdf(pages: int) -> bytes:
    """A valid text PDF of ``pages`` pages (Helvetica, a few lines each)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for i in range(pages):
        lines = "".join(
            f"BT /F1 11 Tf 72 {760 - 16 * k} Td (Page {i + 1} line {k} of the annual report) Tj ET\n"
            for k in range(3)
        )
        stream = lines.encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % content_id
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        pages,
    )
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 = catalog) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _peak(data: bytes) -> int:
    gc.collect()  # start from the same heap each time: leftover cyclic garbage skews the peak
    tracemalloc.start()
    try:
        extract(Source(data, "big.pdf"), ANY)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_three_hundred_pages_in_bounded_memory() -> None:
    extract(Source(minimal_pdf(2), "warm.pdf"), ANY)  # imports and caches, not measured
    small, large = _peak(minimal_pdf(30)), _peak(minimal_pdf(300))
    # pages are processed one at a time and their caches released: what the 270 more
    # pages add is their Document lines (about 2 KB a page of three lines), not caches
    # (a pdfplumber or pdfium page kept alive costs hundreds of KB)
    assert (large - small) / 270 < 8192, (small, large)


def test_max_pages_limit() -> None:
    with pytest.raises(ExtractionFailed) as info:
        extract(Source(minimal_pdf(12), "x.pdf"), Options(max_pages=10))
    assert info.value.code == "TOO_LARGE"


@pytest.mark.parametrize(
    "data", [b"", b"\x00" * 10, b"<html></html>", b"PK\x03\x04", "文字".encode()]
)
def test_claim_never_raises_and_declines_foreign_content(data: bytes) -> None:
    assert claim(Source(data, name="x.bin")) == Match.NO


def test_claims_its_samples_by_content() -> None:
    for sample in PDF_SAMPLES:
        assert claim(Source(sample.read_bytes(), name="noext")) == Match.CONTENT


class TestPdfContract(ExtractorContract):
    """The core's conformance kit, run against this plugin."""

    extractor = "pdf"
    samples = ROOT / "samples" / "pdf"
    golden = ROOT / "tests" / "golden" / "pdf"
    root = ROOT
    foreign = tuple(sorted((ROOT / "samples" / "html").glob("*.html")))
    broken = tuple([b"%PDF-1.7\n garbage", b"%PDF-1.4\n" + b"\0" * 64])
    suffix = ".pdf"
