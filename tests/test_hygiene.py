"""Metadata text hygiene and the HTML charset mismatch (issue: never a silent partial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, seed

import ogi

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
