"""Reports printed in traditional characters (a mirror's 繁體 copy): read in simplified
characters, with a TEXT_TRADITIONAL warning; simplified reports untouched. The traditional
texts are the text samples converted by OpenCC (tools/make_traditional.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

import ogi
from ogi.document import Document, Paragraph, Provenance
from ogi.interpret import traditional
from ogi.interpret.t2s_table import IN_GB2312, TRADITIONAL

DATA = ROOT / "tests" / "data" / "traditional"


def _read(path: Path) -> ogi.Report:
    return ogi.convert(path.read_bytes(), filename=path.name)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name[:3])
def test_traditional_report_reads_as_its_simplified_original(path: Path) -> None:
    """Before: NOT_A_REPORT (no title, table or section matched the vocabulary)."""
    original = _read(ROOT / "samples" / "text" / path.name)
    report = _read(path)
    assert [(c.key, c.value, c.raw) for c in report.cells] == [
        (c.key, c.value, c.raw) for c in original.cells
    ]
    assert [s.title for s in report.sections] == [s.title for s in original.sections]
    assert (report.meta.title, report.meta.organization, report.meta.year) == (
        original.meta.title,
        original.meta.organization,
        original.meta.year,
    )
    (note,) = [w for w in report.warnings if w.code == "TEXT_TRADITIONAL"]
    assert "traditional characters" in note.message
    assert not [w for w in original.warnings if w.code == "TEXT_TRADITIONAL"]


def _document(*lines: str) -> Document:
    return Document(blocks=[Paragraph(line, Provenance(page=1)) for line in lines])


def test_simplified_report_quoting_traditional_words_is_left_as_printed() -> None:
    """A few traditional characters (a quoted name) are below the share that converts."""
    body = "我县认真落实政府信息公开条例，做好主动公开工作。" * 40
    document = _document("某县2022年政府信息公开工作年度报告", "引用台湾“開放政府報告”一文。", body)
    assert traditional.simplify_traditional(document) is document


def test_phrases_before_characters_as_opencc() -> None:
    """乾 alone is 干, but 乾縣 is a county (乾县); 覆 alone stays, 答覆 is 答复: OpenCC's
    phrase table decides before its character table."""
    document = _document("乾縣人民政府2022年政府信息公開工作年度報告", "答覆申請人，乾燥。" * 30)
    converted = traditional.simplify_traditional(document)
    assert [b.text for b in converted.blocks] == [
        "乾县人民政府2022年政府信息公开工作年度报告",
        "答复申请人，干燥。" * 30,
    ]


def test_characters_simplified_text_writes_are_no_evidence() -> None:
    """A simplified report full of 乾, 於, 後 (characters GB 2312 holds) is not converted."""
    assert set(IN_GB2312) <= set(TRADITIONAL)
    body = "乾县於2022年後开展政府信息公开工作。" * 30
    document = _document("乾县人民政府2022年政府信息公开工作年度报告", body)
    assert traditional.simplify_traditional(document) is document


def test_printed_numbers_survive_the_conversion() -> None:
    """Only characters of the table change: digits, punctuation and units stay as printed."""
    line = "行政事業性收費 | 190.457379萬元 | 減13/增3 |"
    document = _document(*(["政府信息公開工作年度報告 主動公開 處理 申請"] * 5), line)
    converted = traditional.simplify_traditional(document)
    assert converted.blocks[-1].text == "行政事业性收费 | 190.457379万元 | 减13/增3 |"
