"""Text hygiene — metadata control characters, UTF-16 surrogates in an extractor's text — and
the HTML charset mismatch (issue: never a silent partial)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SuffixPlugin, seed

import ogi
from ogi.batch import BatchOptions, run_batch
from ogi.document import Cell, Document, Figure, Heading, Paragraph, Provenance, Table, warning
from ogi.interpret.hygiene import repair_surrogates, without_surrogates
from ogi.records import Options, Source
from ogi.registry import Registry

TITLE = "永州市冷水滩区2022年政府信息公开工作年度报告"


def _with_title(title: str) -> ogi.Report:
    text = seed("001").read_text(encoding="utf-8").replace(TITLE, title, 1)
    return ogi.convert(text.encode("utf-8"), filename="t.txt")


@pytest.mark.parametrize("dirt", ["\x00", "\u202e", "\u2066", "\x07", "\u200f"])
def test_control_characters_leave_the_title_and_are_reported(dirt: str) -> None:
    report = _with_title(f"永州市冷水滩区{dirt}2022年政府信息公开工作年度报告")
    assert report.meta.title == TITLE
    assert report.meta.organization == "永州市冷水滩区人民政府"
    (warning,) = [w for w in report.warnings if w.code == "META_CONTROL_CHARS"]
    assert "meta.title" in warning.where["fields"]


def test_a_title_starting_with_replacement_characters_is_not_a_title() -> None:
    report = _with_title("\ufffd\ufffd2022年政府信息公开工作年度报告")
    assert report.meta.title is None
    assert any(w.code == "META_DECODING" and "meta.title" in w.message for w in report.warnings)


def test_clean_report_has_no_hygiene_warning() -> None:
    codes = {w.code for w in ogi.convert(seed("001")).warnings}
    assert not codes & {"META_CONTROL_CHARS", "META_DECODING"}


def test_utf8_page_declared_gbk_is_read_as_utf8_with_a_warning(tmp_path: Path) -> None:
    page = (ROOT / "samples/html/001_81ecb54b46cc6fdb.html").read_bytes()
    lying = page.replace(b"charset=utf-8", b"charset=gbk", 1)
    assert lying != page
    report = ogi.convert(lying, filename="lying.html")
    assert report.meta.title == TITLE
    assert report.source.encoding is not None
    assert (report.source.encoding.name, report.source.encoding.decided_by) == (
        "utf-8",
        "utf-8-not-meta",
    )
    assert any(w.code == "CHARSET_MISMATCH" for w in report.warnings)
    honest = ogi.convert(page, filename="honest.html")
    assert honest.get("applications.new_received.total") == report.get(
        "applications.new_received.total"
    )
    assert not any(w.code == "CHARSET_MISMATCH" for w in honest.warnings)


def test_an_honest_declaration_is_kept() -> None:
    path = ROOT / "samples/html/000_9ba4c109e1ad8830.html"
    report = ogi.convert(path)
    assert report.source.encoding is not None and report.source.encoding.decided_by == "meta"
    assert not any(w.code == "CHARSET_MISMATCH" for w in report.warnings)


def test_declared_charset_that_decodes_to_mojibake_loses_to_utf8() -> None:
    from ogi_html.decode import MISMATCH, decode_html

    body = "政府信息公开工作年度报告" * 3
    page = f'<html><head><meta charset="gbk"><title>{body}</title></head><body><p>{body}</p></body></html>'
    data = page.encode("utf-8")
    assert data.decode("gb18030")  # the declared charset decodes it without error: mojibake
    text, encoding, decided_by = decode_html(data)
    assert (encoding, decided_by) == ("utf-8", MISMATCH) and body in text
    gbk = page.encode("gb18030")
    assert decode_html(gbk)[1:] == ("gb18030", "meta")


ROWS = "".join(
    f"<tr><td>{label}</td><td>{n}</td></tr>"
    for label, n in [("行政许可", 12), ("行政处罚", 3), ("行政强制", 0)]
)


@pytest.mark.parametrize(
    "broken",
    [
        "<!-- an unclosed comment <p>x</p>",  # libxml2 swallows the rest of the page
        "<!--[if IE]><p>old browsers</p>",  # a conditional comment never closed
    ],
)
def test_a_table_lxml_loses_is_recovered_with_html_parser(broken: str) -> None:
    from ogi_html.plugin import _parse, _parse_page

    page = f"<html><body><p>前言</p>{broken}<table>{ROWS}</table></body></html>"
    assert sum(1 for _ in _parse(page).iter("td")) < 6  # lxml alone loses the table
    root, why = _parse_page(page)
    assert sum(1 for _ in root.iter("td")) == 6 and why and "html.parser" in why


def test_commented_out_tables_do_not_trigger_a_second_parse() -> None:
    from ogi_html.plugin import _parse_page

    page = f"<html><body><!-- <table>{ROWS}</table> --><table>{ROWS}</table></body></html>"
    root, why = _parse_page(page)
    assert why is None and sum(1 for _ in root.iter("td")) == 6


def test_samples_parse_the_same_with_both_parsers() -> None:
    """On well-formed pages the fallback never fires (measured on every HTML sample)."""
    from ogi_html.decode import decode_html
    from ogi_html.plugin import _parse_page

    for path in sorted((ROOT / "samples" / "html").glob("*.html")):
        _, why = _parse_page(decode_html(path.read_bytes())[0])
        assert why is None, path.name


# ---------------------------------------------------------------- UTF-16 surrogates

HALF = "\ud84e"  # the high half of a character beyond U+FFFF, alone
PAIR = "\ud842\udfb7"  # 𠮷 (U+20BB7) written as its two UTF-16 halves


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("报告" + PAIR + "局", "报告𠮷局"),
        ("报告" + HALF + "局", "报告\ufffd局"),
        ("\udfb7报告", "\ufffd报告"),  # a low half first pairs with nothing
        ("\udfb7\ud842", "\ufffd\ufffd"),  # the halves in the wrong order
        ("已是𠮷字", "已是𠮷字"),
    ],
)
def test_surrogates_are_joined_or_replaced(text: str, fixed: str) -> None:
    assert without_surrogates(text) == fixed


def test_a_document_without_surrogates_is_returned_as_it_is() -> None:
    document = Document([Heading("一、总体情况"), Paragraph("第 1 行\n第 2 行")])
    assert repair_surrogates(document) is document


def test_every_text_of_a_document_is_repaired_and_the_lone_halves_counted() -> None:
    table = Table([Cell("规章" + HALF, 0, 0), Cell(PAIR, 0, 1)], prov=Provenance(page=4))
    document = Document(
        [
            Paragraph("一、总体情况", Provenance(page=2)),
            Paragraph("某" + HALF + "局\n下一行", Provenance(page=3)),
            table,
            Figure("t.png", alt=HALF),
        ],
        meta={"title": "报告" + PAIR, "attachments": [{"name": HALF + ".pdf"}]},
        warnings=[warning("X", "message " + HALF)],
    )
    fixed = repair_surrogates(document)
    assert fixed.blocks[1].text == "某\ufffd局\n下一行"  # type: ignore[union-attr]
    assert [c.text for c in fixed.blocks[2].cells] == ["规章\ufffd", "𠮷"]  # type: ignore[union-attr]
    assert fixed.blocks[3].alt == "\ufffd"  # type: ignore[union-attr]
    assert fixed.meta["title"] == "报告𠮷"
    assert fixed.meta["attachments"] == [{"name": "\ufffd.pdf"}]
    (note,) = [w for w in fixed.warnings if w["code"] == "TEXT_UNPAIRED_SURROGATES"]
    assert "held 5 unpaired" in note["message"] and note["where"] == {"page": 3}
    assert fixed.warnings[0]["message"] == "message \ufffd"
    assert document.blocks[1].text.endswith("局\n下一行") and HALF in document.blocks[1].text


def test_a_pair_alone_is_joined_without_a_warning() -> None:
    fixed = repair_surrogates(Document([Paragraph("某" + PAIR + "局")]))
    assert fixed.blocks[0].text == "某𠮷局"  # type: ignore[union-attr]
    assert fixed.warnings == []


def _with_surrogates(source: Source, options: Options) -> Document:
    """The seed's text Document with half a character in its overview and a whole one,
    written as its two halves, in its title line (an extractor with a damaged font map)."""
    text = Registry.load(entry_points=False).extractors["text"]
    document = text.extract(Source(seed("001").read_bytes(), name="s.txt"), options)
    blocks = list(document.blocks)
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph) and block.text.startswith("2022年"):
            blocks[i] = Paragraph(block.text[:4] + HALF + block.text[4:], block.prov)
            break
    else:
        raise AssertionError("the seed's overview paragraph moved")
    return dataclasses.replace(document, blocks=blocks)


def test_a_report_from_surrogate_text_is_written_and_says_so(tmp_path: Path) -> None:
    """Before, the report could not be serialised ("surrogates not allowed"): the worker
    died and the input was CRASHED, with a traceback on the terminal."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.sur").write_bytes(b"x")
    shutil.copy(seed("000"), tmp_path / "in" / "b.txt")
    plugin = SuffixPlugin("sur", ".sur", _with_surrogates)
    entries = run_batch(
        [str(tmp_path / "in")], str(tmp_path / "out"), BatchOptions(plugins=(plugin,))
    )
    entry = entries[str(tmp_path / "in" / "a.sur")]
    assert entry.status == "ok" and entry.output is not None
    data = json.loads((tmp_path / "out" / entry.output).read_text(encoding="utf-8"))
    (note,) = [w for w in data["warnings"] if w["code"] == "TEXT_UNPAIRED_SURROGATES"]
    assert "held 1 unpaired" in note["message"]
    overview = next(s for s in data["sections"] if s["kind"] == "overview")
    assert "2022\ufffd年" in overview["text"]
    assert entries[str(tmp_path / "in" / "b.txt")].status == "ok"


class _Spoiler:
    """A postprocess hook that leaves half a character in one report's preamble: that
    report cannot be written."""

    @ogi.hookimpl
    def ogi_postprocess(self, report: ogi.Report) -> ogi.Report | None:
        if "001" not in (report.source.path or ""):
            return None
        return report.model_copy(update={"preamble": report.preamble + HALF})


def test_a_report_that_cannot_be_written_fails_that_input_only(tmp_path: Path) -> None:
    opts = BatchOptions(plugins=(_Spoiler(),))
    entries = run_batch([str(seed("000").parent)], str(tmp_path / "out"), opts)
    failed = [e for e in entries.values() if e.status == "failed"]
    assert [(Path(e.path).name[:3], e.code) for e in failed] == [("001", "INTERNAL")]
    assert "surrogates not allowed" in (failed[0].message or "")
    assert sum(e.status == "ok" for e in entries.values()) == 4
