"""The docx extractor: samples, the real and broken Office corpus, bombs, the contract."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from ogi_docx.plugin import claim, extract

import ogi
from ogi.document import Table
from ogi.errors import OgiError
from ogi.records import Match, Options, Source
from ogi.registry import Registry
from ogi.testing import ExtractorContract

ROOT = Path(__file__).resolve().parents[3]
OFFICE = ROOT / "tests" / "corpus" / "broken" / "office"
REAL = ROOT / "tests" / "corpus" / "real"
DOCX_SAMPLES = sorted((ROOT / "samples" / "docx").glob("*.docx"))


# extraction tests on documents that are not annual reports keep them anyway
ANY = Options(accept_any=True)


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every installed plugin but ogi-office's (which reads .doc): this plugin's own verdicts."""
    return Registry.load(disable=["office"])


@pytest.mark.parametrize("sample", DOCX_SAMPLES, ids=lambda p: p.name)
def test_docx_sample_gives_the_same_tables_as_the_seed_text(
    sample: Path, registry: Registry
) -> None:
    word = ogi.convert(sample, registry=registry)
    text = ogi.convert(ROOT / "samples" / "text" / (sample.stem + ".txt"), registry=registry)
    assert word.source.format == "docx"
    assert word.tables == text.tables
    assert [s.number for s in word.sections] == [s.number for s in text.sections]


def test_auto_numbered_headings_come_from_numbering_xml(registry: Registry) -> None:
    sample = DOCX_SAMPLES[1]
    xml = zipfile.ZipFile(sample).read("word/document.xml").decode("utf-8")
    assert "总体情况" in xml and "一、总体情况" not in xml  # the numeral is not in the text
    report = ogi.convert(sample, registry=registry)
    assert [s.number for s in report.sections] == ["一", "二", "三", "四", "五", "六"]
    assert report.sections[0].title == "总体情况"


def test_headers_and_footers_stay_out_of_the_body(registry: Registry) -> None:
    report = ogi.convert(DOCX_SAMPLES[0], registry=registry)
    everything = report.preamble + "".join(s.text for s in report.sections)
    assert "页眉" not in everything and "- 1 -" not in everything


def test_real_chinese_docx(registry: Registry) -> None:
    report = ogi.convert(REAL / "docx/poi_stress009.docx", registry=registry, options=ANY)
    assert "微型固态硬盘" in report.preamble


def test_merged_cells_of_stress019_keep_their_spans() -> None:
    path = REAL / "docx/poi_stress019.docx"
    document = extract(Source(path.read_bytes(), path.name), Options())
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 5
    for table in tables:  # origin cells tile the grid exactly: no overlap, no gap
        assert sum(c.rowspan * c.colspan for c in table.cells) == table.n_rows * table.n_cols
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert sum(1 for t in tables for c in t.cells if c.colspan > 1) == xml.count("<w:gridSpan ")
    assert sum(1 for t in tables for c in t.cells if c.rowspan > 1) == xml.count(
        '<w:vMerge w:val="restart"/>'
    )
    first = tables[0].cells[0]
    assert (first.text, first.rowspan, first.colspan) == ("評価ポイント", 1, 2)


@pytest.mark.parametrize(
    "name, code",
    [
        ("docling_Strict.docx", "UNSUPPORTED_FORMAT"),
        ("poi_PasswordProtected.doc", "ENCRYPTED"),
        ("poi_bug53475-password-is-pass.docx", "ENCRYPTED"),
        ("poi_protected_agile.docx", "ENCRYPTED"),
        ("poi_password_tika_binaryrc4.doc", "ENCRYPTED"),
        ("poi_empty.doc", "UNSUPPORTED_FORMAT"),
        ("poi_truncated62886.docx", "CORRUPT"),
    ],
)
def test_broken_office_verdicts(name: str, code: str, registry: Registry) -> None:
    with pytest.raises(OgiError) as info:
        ogi.convert(OFFICE / name, registry=registry)
    assert info.value.code == code and name in str(info.value)


def test_legacy_doc_says_how_to_convert(registry: Registry) -> None:
    with pytest.raises(OgiError) as info:
        ogi.convert(REAL / "doc/poi_61490.doc", registry=registry)
    assert info.value.code == "UNSUPPORTED_FORMAT" and "libreoffice" in info.value.message


def test_docx_named_doc_is_read_by_content(registry: Registry) -> None:
    report = ogi.convert(OFFICE / "unstructured_eng_spa_mult.doc", registry=registry, options=ANY)
    assert report.source.format == "docx" and "All human beings" in report.preamble


def test_external_entity_is_never_resolved(registry: Registry) -> None:
    report = ogi.convert(OFFICE / "poi_ExternalEntityInText.docx", registry=registry, options=ANY)
    assert report.preamble.startswith("Here should not be the POI web site")
    assert "Apache" not in report.preamble


def _bomb(size: int) -> bytes:
    sample = DOCX_SAMPLES[0].read_bytes()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(sample)) as src,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("word/media/bomb.bin", b"\0" * size)
    return buffer.getvalue()


def test_decompression_bomb_is_too_large(registry: Registry) -> None:
    data = _bomb(64 * 1024 * 1024)
    assert len(data) < 1_000_000
    with pytest.raises(OgiError) as info:
        ogi.convert(data, filename="bomb.docx", registry=registry)
    assert info.value.code == "TOO_LARGE"


@pytest.mark.parametrize(
    "data", [b"", b"\x00" * 10, b"%PDF-1.7\n", b"<html></html>", b"PK\x03\x04garbage"]
)
def test_claim_never_raises_and_declines_foreign_content(data: bytes) -> None:
    assert claim(Source(data, name="x.bin")) == Match.NO


def test_claims_its_samples_by_content() -> None:
    for sample in DOCX_SAMPLES:
        assert claim(Source(sample.read_bytes(), name="noext")) == Match.CONTENT


class TestDocxContract(ExtractorContract):
    """The core's conformance kit, run against this plugin."""

    extractor = "docx"
    samples = ROOT / "samples" / "docx"
    golden = ROOT / "tests" / "golden" / "docx"
    root = ROOT
    foreign = tuple(sorted((ROOT / "samples" / "pdf").glob("*.pdf")))
    broken = tuple(
        [b"PK\x03\x04" + b"\0" * 100, (OFFICE / "poi_protected_agile.docx").read_bytes()]
    )
    suffix = ".docx"


@pytest.mark.parametrize(
    "path",
    DOCX_SAMPLES
    + sorted((ROOT / "samples" / "altchunk").glob("*.docx"))
    + sorted((ROOT / "samples" / "legacy").glob("*.docx"))
    + sorted(REAL.glob("docx/*.docx")),
    ids=lambda p: p.name,
)
def test_plain_parts_read_as_python_docx_document(path: Path) -> None:
    """The body is read from document.xml parsed with plain lxml elements and the styles
    from the bytes of styles.xml (ogi_docx.parts); python-docx's own Document gives the
    same blocks and the same core-properties hints."""
    import docx
    from ogi_docx.altchunk import keep_chunks_as_bytes
    from ogi_docx.body import BodyReader
    from ogi_docx.parts import open_document_part
    from ogi_docx.plugin import _core_properties

    keep_chunks_as_bytes()
    data = path.read_bytes()
    part = open_document_part(zipfile.ZipFile(io.BytesIO(data)))
    document = docx.Document(io.BytesIO(data))
    reference = BodyReader(document.part, document.element.body)
    assert BodyReader(part, part.body).read() == reference.read()
    assert _core_properties(part) == _core_properties(document.part)


def test_paragraph_style_without_a_value_fails_as_python_docx_does() -> None:
    import docx
    from docx.oxml.exceptions import InvalidXmlError
    from docx.oxml.ns import qn
    from ogi_docx.body import BodyReader

    document = docx.Document()
    paragraph = document.add_paragraph("一、总体情况", style="Heading 1")
    paragraph._p.pPr.find(qn("w:pStyle")).attrib.pop(qn("w:val"))
    with pytest.raises(InvalidXmlError) as expected:
        _ = paragraph.style
    with pytest.raises(InvalidXmlError) as ours:
        BodyReader(document.part, document.element.body).read()
    assert str(ours.value) == str(expected.value)
