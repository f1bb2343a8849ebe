"""Word altChunks: HTML chunks read through ogi-html in body order, nested .docx chunks read
recursively, other kinds named in a warning instead of vanishing."""

from __future__ import annotations

import builtins
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from ogi_docx.plugin import extract

import ogi
from ogi.document import Paragraph, Table
from ogi.records import Options, Source
from ogi.testing import ExtractorContract

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "samples" / "altchunk").glob("*.docx"))
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


class TestAltChunkContract(ExtractorContract):
    """The Word extractor on documents whose tables are HTML altChunks."""

    extractor = "docx"
    samples = ROOT / "samples" / "altchunk"
    golden = ROOT / "tests" / "golden" / "altchunk"
    foreign = (ROOT / "samples" / "text" / "000_9ba4c109e1ad8830.txt",)
    suffix = ".docx"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_altchunk_tables_equal_the_seed_texts(sample: Path) -> None:
    report = ogi.convert(sample)
    assert report.tables == ogi.convert(ROOT / "samples" / "text" / (sample.stem + ".txt")).tables
    assert report.warnings == []


def _with_chunks(*chunks: tuple[str, bytes, str]) -> bytes:
    """A .docx: a paragraph, then each (content type, bytes, part name) chunk, then a paragraph."""
    document = docx.Document()
    document.add_paragraph("before")
    last = document.add_paragraph("after")
    for content_type, blob, name in chunks:
        part = Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package)
        rid = document.part.relate_to(part, REL)
        last._p.addprevious(parse_xml(f'<w:altChunk xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"/>'))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


HTML = "<html><body><p>中间</p><table><tr><td colspan='2'>甲</td></tr><tr><td>1</td><td>2</td></tr></table></body></html>"


def _texts(data: bytes) -> tuple[list[str], Any]:
    document = extract(Source(data, "x.docx"), Options())
    texts = [
        b.text if isinstance(b, Paragraph) else f"table{b.index}"
        for b in document.blocks
        if isinstance(b, (Paragraph, Table))
    ]
    return texts, document


def test_html_chunk_is_read_in_body_order_with_spans() -> None:
    texts, document = _texts(_with_chunks(("text/html", HTML.encode(), "chunk1.htm")))
    assert texts == ["before", "中间", "table0", "after"]
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert (table.cells[0].text, table.cells[0].colspan) == ("甲", 2)
    assert table.cells[0].prov.path.startswith("altChunk[0]/")


def test_nested_docx_chunk_is_read_recursively() -> None:
    inner = _with_chunks(("text/html", HTML.encode(), "chunk1.htm"))
    texts, document = _texts(_with_chunks((DOCX_TYPE, inner, "chunk.docx")))
    assert texts == ["before", "before", "中间", "table0", "after", "after"]
    assert document.warnings == []


def test_rtf_chunk_is_named_in_a_warning() -> None:
    texts, document = _texts(_with_chunks(("application/rtf", b"{\\rtf1 x}", "chunk.rtf")))
    assert texts == ["before", "after"]
    (warning,) = document.warnings
    assert warning["code"] == "ALTCHUNK_UNREAD" and "RTF" in warning["message"]


def test_html_chunk_without_the_html_plugin_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_html(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("ogi_html"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_html)
    texts, document = _texts(_with_chunks(("text/html", HTML.encode(), "chunk1.htm")))
    assert texts == ["before", "after"]
    assert "ogi-html" in document.warnings[0]["message"]
