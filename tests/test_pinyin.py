"""Mirror pages that print pinyin in parentheses after characters (主动(dòng)公开): read as
the page without them, with a TEXT_PINYIN warning; other parentheses and pages untouched.
The annotated files are samples annotated by pypinyin (tools/make_pinyin.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

import ogi
from ogi.document import Cell, Document, Paragraph, Provenance, Table
from ogi.interpret import pinyin

DATA = ROOT / "tests" / "data" / "pinyin"
#: each annotated file and the file it was made from
ORIGINALS = {
    "001_pinyin.txt": ROOT / "samples" / "text" / "001_81ecb54b46cc6fdb.txt",
    "003_pinyin.txt": ROOT / "samples" / "text" / "003_fc839379ecaf0f5e.txt",
    "000_t_pinyin.txt": ROOT / "tests" / "data" / "traditional" / "000_9ba4c109e1ad8830.txt",
    "002_pinyin.html": ROOT / "samples" / "html" / "002_b6ff4eeabae1e240.html",
}


def _read(path: Path) -> ogi.Report:
    return ogi.convert(path.read_bytes(), filename=path.name)


@pytest.mark.parametrize("name", sorted(ORIGINALS))
def test_annotated_page_reads_as_its_original(name: str) -> None:
    """Before: 003 was NOT_A_REPORT, 001 lost 134 of 186 cells and its title."""
    report, original = _read(DATA / name), _read(ORIGINALS[name])
    assert [(c.key, c.value, c.raw) for c in report.cells] == [
        (c.key, c.value, c.raw) for c in original.cells
    ]
    assert report.meta == original.meta
    assert [(s.title, s.text) for s in report.sections] == [
        (s.title, s.text) for s in original.sections
    ]
    (note,) = [w for w in report.warnings if w.code == "TEXT_PINYIN"]
    assert "pinyin in parentheses" in note.message
    assert [w.code for w in report.warnings if w.code != "TEXT_PINYIN"] == [
        w.code for w in original.warnings
    ]


def _document(*lines: str) -> Document:
    return Document(blocks=[Paragraph(line, Provenance(page=1)) for line in lines])


def test_stripped_from_paragraphs_cells_and_metadata() -> None:
    table = Table(cells=[Cell("自(zì)然(rán)人", 0, 0), Cell("12", 0, 1)])
    document = Document(
        blocks=[Paragraph("主动(dòng)公开政府(fǔ)信息的(de)情况（qíng kuàng）"), table],
        meta={"title": "某县2022年政府信(xìn)息公开工作年度报告"},
    )
    out = pinyin.strip_pinyin(document)
    paragraph, table_out = out.blocks
    assert isinstance(paragraph, Paragraph) and isinstance(table_out, Table)
    # 的(de) is bare (neutral tone): taken out on a page that prints toned syllables; two
    # syllables in one pair of parentheses are not an annotation of one character
    assert paragraph.text == "主动公开政府信息的情况（qíng kuàng）"
    assert [c.text for c in table_out.cells] == ["自然人", "12"]
    assert out.meta["title"] == "某县2022年政府信息公开工作年度报告"
    (note,) = out.warnings
    assert note["code"] == "TEXT_PINYIN" and "after 6 characters" in note["message"]


def test_other_parentheses_are_kept() -> None:
    """On an annotated page, a note, an abbreviation, a figure or a word that is not one
    syllable stays as printed; so does a bare syllable after a character not read in the
    neutral tone (公顷(ha) is a unit)."""
    kept = "规章(部门)、报告(PDF)、附件(2)、(beta)版、文号(a1)、方案(draft)、1200公顷(ha)、证书(ca)"
    out = pinyin.strip_pinyin(_document("主(zhǔ)动(dòng)公(gōng)开", kept))
    assert [b.text for b in out.blocks if isinstance(b, Paragraph)] == ["主动公开", kept]


@pytest.mark.parametrize(
    "text",
    [
        "我县政府信息的(de)公开情况，详见附表(biao)。",  # bare syllables only: no tone mark
        "引用《汉语拼音(pīn)方案》，释义(yì)。",  # two toned annotations: a quotation
        "Zhōngguó (zhōng) 公开",  # a toned word not after a character
    ],
)
def test_page_without_enough_toned_annotations_is_untouched(text: str) -> None:
    document = _document("某县2022年政府信息公开工作年度报告", text)
    assert pinyin.strip_pinyin(document) is document


@pytest.mark.parametrize(
    ("syllable", "expected"),
    [("dòng", True), ("zhuàng", True), ("lǜ", True), ("er", True), ("a", True)]
    + [("pdf", False), ("draft", False), ("beta", False), ("pinyin", False), ("x", False)],
)
def test_syllable_shape(syllable: str, expected: bool) -> None:
    assert pinyin.is_pinyin(syllable) is expected
