"""The html extractor: samples, the broken corpus, hostile pages, and the extractor
contract (until the core's conformance kit exists)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ogi_html.plugin import claim

import ogi
from ogi.errors import OgiError
from ogi.records import Match, Options, Source
from ogi.registry import Registry
from ogi.testing import ExtractorContract

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT / "tests"
HTML_SAMPLES = sorted((ROOT / "samples" / "html").glob("*.html"))


# extraction tests on documents that are not annual reports keep them anyway
ANY = Options(accept_any=True)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def _text_twin(sample: Path) -> Path:
    return ROOT / "samples" / "text" / (sample.stem + ".txt")


@pytest.mark.parametrize("sample", HTML_SAMPLES, ids=lambda p: p.name)
def test_html_sample_gives_the_same_tables_as_the_seed_text(
    sample: Path, registry: Registry
) -> None:
    page = ogi.convert(sample, registry=registry)
    text = ogi.convert(_text_twin(sample), registry=registry)
    assert page.source.format == "html"
    assert page.tables == text.tables
    assert [s.number for s in page.sections] == [s.number for s in text.sections]
    assert page.template == text.template


def test_samples_cover_gbk_grid_and_flattened_layouts() -> None:
    heads = {p.name[:3]: p.read_bytes()[:400] for p in HTML_SAMPLES}
    assert b"charset=gb2312" in heads["003"]
    assert b"rowspan=" in (ROOT / "samples/html").joinpath(HTML_SAMPLES[0].name).read_bytes()
    assert (
        b"<table"
        not in HTML_SAMPLES[2]
        .read_bytes()
        .split(b"<h1>")[-1]
        .split(b"</footer>")[0]
        .split(b'class="article_content"')[1]
    )


def test_gbk_page_metadata_and_attachment(registry: Registry) -> None:
    report = ogi.convert(HTML_SAMPLES[3], registry=registry)
    assert report.source.encoding is not None
    assert (report.source.encoding.name, report.source.encoding.decided_by) == ("gb18030", "meta")
    assert report.meta.index_no == "115323260151757350-/2021-10284933"
    assert report.meta.published == "2019-01-17"
    assert report.meta.attachments[0].href is not None and report.meta.attachments[0].href.endswith(
        ".doc"
    )
    assert report.get("legacy.applications.received") == 48


def test_metadata_block_outside_body(registry: Registry) -> None:
    report = ogi.convert(HTML_SAMPLES[1], registry=registry)
    assert report.meta.index_no == "4311030021/2023-05993"
    assert report.meta.issuer == "冷水滩区"
    assert report.meta.signature.date == "2023-01-18"
    text = "".join(s.text for s in report.sections)
    assert "扫一扫" not in text and "栏目1" not in text


def test_cp1252_page_without_charset(registry: Registry) -> None:
    path = SHARED / "corpus/broken/html/unstructured_fake-html-cp1252.html"
    report = ogi.convert(path, registry=registry, options=ANY)
    assert report.source.encoding is not None and report.source.encoding.name == "cp1252"
    assert "très chaud" in report.preamble and "köstlich" in report.preamble


def test_utf16_page_with_bom(registry: Registry) -> None:
    path = SHARED / "corpus/broken/html/unstructured_example-steelJIS-datasheet-utf-16.html"
    report = ogi.convert(path, registry=registry, options=ANY)
    assert report.source.encoding is not None and report.source.encoding.decided_by == "bom"
    assert "SNB22" in report.preamble


def test_truncated_page_still_gives_what_it_has(registry: Registry) -> None:
    data = HTML_SAMPLES[0].read_bytes()
    cut = data[: len(data) // 2]
    report = ogi.convert(cut, filename="cut.html", registry=registry)
    assert report.meta.title == "太仆寺旗2019年政府信息公开工作年度报告"
    assert report.get("active_disclosure.licensing.decisions") == 3358


def test_twenty_megabyte_page(registry: Registry) -> None:
    filler = "<p>" + "政务公开" * 50 + "</p>\n"
    body = HTML_SAMPLES[0].read_text(encoding="utf-8")
    big = body.replace("</body>", filler * (20_000_000 // len(filler.encode())) + "</body>")
    assert len(big.encode()) > 20_000_000
    report = ogi.convert(big.encode(), filename="big.html", registry=registry)
    assert report.get("review_litigation.review.total") == 1


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_deeply_nested_divs(depth: int, registry: Registry) -> None:
    page = (
        "<html><body>"
        + "<div>" * depth
        + "<p>一、总体情况</p><p>正文</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    try:
        report = ogi.convert(page.encode(), filename="deep.html", registry=registry)
    except OgiError as exc:  # a clear error is acceptable, a crash is not
        assert exc.code in {"CORRUPT", "EMPTY", "TOO_LARGE"}
    else:
        assert report.source.format == "html"


def test_page_without_body_text_is_a_clear_error(registry: Registry) -> None:
    with pytest.raises(OgiError) as info:
        ogi.convert(
            b"<html><head><title></title></head><body><script>x()</script></body></html>",
            filename="e.html",
            registry=registry,
        )
    assert info.value.code == "EMPTY"


def test_table_published_as_image_is_reported_missing(registry: Registry) -> None:
    page = """<html><body><div class="TRS_Editor">
    <p>某局2022年政府信息公开工作年度报告</p><p>一、总体情况</p><p>概述。</p>
    <p>二、主动公开政府信息情况</p><p><img src="/pic/table1.png"></p>
    <p>三、收到和处理政府信息公开申请情况</p><p><img src="/pic/table2.png"></p>
    <p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="/pic/table3.png"></p>
    <p>五、存在的主要问题及改进情况</p><p>无。</p></div></body></html>"""
    report = ogi.convert(page.encode(), filename="img.html", registry=registry)
    warnings = [w for w in report.warnings if w.code == "TABLE_AS_IMAGE"]
    assert [w.where["src"] for w in warnings] == [
        "/pic/table1.png",
        "/pic/table2.png",
        "/pic/table3.png",
    ]
    assert report.tables == {}


def test_javascript_attachment_links_are_not_invented(registry: Registry) -> None:
    page = '<html><body><div id="zoom"><p>一、总体情况</p><p>正文。</p><a href="javascript:void(0)">附件.pdf</a></div></body></html>'
    assert (
        ogi.convert(
            page.encode(), filename="js.html", registry=registry, options=ANY
        ).meta.attachments
        == []
    )


# ---------------------------------------------------------------- the extractor contract


@pytest.mark.parametrize("data", [b"", b"\x00" * 10, b"%PDF-1.7\n", b"PK\x03\x04", "随便".encode()])
def test_claim_never_raises_and_declines_foreign_content(data: bytes) -> None:
    assert claim(Source(data, name="x.bin")) == Match.NO


def test_claims_its_samples_by_content() -> None:
    for sample in HTML_SAMPLES:
        assert claim(Source(sample.read_bytes(), name="noext")) == Match.CONTENT


class TestHtmlContract(ExtractorContract):
    """The core's conformance kit, run against this plugin."""

    extractor = "html"
    samples = ROOT / "samples" / "html"
    golden = ROOT / "tests" / "golden" / "html"
    root = ROOT
    foreign = tuple(sorted((ROOT / "samples" / "docx").glob("*.docx")))
    broken = tuple([b"\xff\xfe\x00\xd8\x41\x00"])
    suffix = ".html"
