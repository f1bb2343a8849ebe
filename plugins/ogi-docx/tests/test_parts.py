"""The package read for the body (ogi_docx.parts) and the styles looked up from the bytes
of styles.xml (ogi_docx.styles), each against python-docx reading the same bytes."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import parse_xml
from docx.styles.styles import Styles
from lxml import etree
from ogi_docx.altchunk import keep_chunks_as_bytes
from ogi_docx.body import BodyReader
from ogi_docx.parts import Member, open_document_part
from ogi_docx.plugin import extract
from ogi_docx.styles import LazyStyles, scan

from ogi.records import Options, Source

ROOT = Path(__file__).resolve().parents[3]
DOCX_SAMPLES = sorted((ROOT / "samples" / "docx").glob("*.docx"))
SAMPLE = DOCX_SAMPLES[0]
W_STYLE_ID = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId"


def _styles_xml(path: Path = SAMPLE) -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read("word/styles.xml")


def _sub(pattern: bytes, replacement: bytes, count: int = 1) -> Callable[[bytes], bytes]:
    return lambda xml: re.sub(pattern, replacement, xml, count=count)


# styles.xml as Word writes it, changed in the ways the scan must read or hand over
STYLE_VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "as written": lambda xml: xml,
    "comment (parsed whole)": _sub(rb"<w:docDefaults>", b"<!-- x --><w:docDefaults>"),
    "entity in an id (parsed whole)": _sub(rb'w:styleId="Heading1"', b'w:styleId="Heading&#49;"'),
    "another prefix (parsed whole)": lambda xml: xml.replace(b"w:", b"ns0:").replace(
        b"xmlns:w=", b"xmlns:ns0="
    ),
    "UTF-16 (parsed whole)": lambda xml: xml.decode().replace("UTF-8", "UTF-16").encode("utf-16"),
    "unknown type": _sub(rb'w:type="table"', b'w:type="bogus"'),
    "heading is a character style": _sub(
        rb'w:type="paragraph" w:styleId="Heading1"', b'w:type="character" w:styleId="Heading1"'
    ),
    "the id twice": _sub(
        rb'(<w:style w:type="paragraph" w:styleId="Heading1">)',
        rb'<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="first"/></w:style>\1',
    ),
    "single quotes and spaces": _sub(rb'w:styleId="Heading1"', b"w:styleId = 'Heading1'"),
    "no default": _sub(rb' w:default="1"', b"", count=0),
    "default not on/off": _sub(rb'w:default="1"', b'w:default="yes"'),
    "name without a value": _sub(rb'(w:styleId="Heading1"><w:name) w:val="[^"]*"', rb"\1"),
    "style nested in a style (parsed whole)": _sub(
        rb'(<w:style w:type="paragraph" w:styleId="Heading1">)',
        rb'\1<w:style w:type="paragraph" w:styleId="Heading1"/>',
    ),
    "empty style element (parsed whole)": _sub(
        rb"(<w:style )", rb'<w:style w:type="paragraph" w:styleId="Heading1"/>\1'
    ),
}


def _outcome(look_up: Callable[[], Any]) -> Any:
    """A style look-up's result as comparable values (the element, name and class, or the
    exception's type and message)."""
    try:
        style = look_up()
        if style is None:
            return None
        return etree.tostring(style.element), style.name, type(style).__name__
    except Exception as exc:  # noqa: BLE001 (the errors are compared)
        return type(exc).__name__, str(exc)


def _ids(root: Any) -> set[str | None]:
    named = {el.get(W_STYLE_ID) for el in root.iter() if el.get(W_STYLE_ID) is not None}
    return named | {"Missing", "", None, 'a"b'}


@pytest.mark.parametrize("variant", list(STYLE_VARIANTS), ids=str)
def test_lazy_styles_answer_as_python_docx_styles(variant: str) -> None:
    xml = STYLE_VARIANTS[variant](_styles_xml())
    root = parse_xml(xml)
    whole, lazy = Styles(root), LazyStyles.of(xml)
    assert (not scan(xml).plain) == variant.endswith("(parsed whole)")
    for style_id in _ids(root):
        for style_type in WD_STYLE_TYPE:
            expected = _outcome(partial(whole.get_by_id, style_id, style_type))
            assert _outcome(partial(lazy.get_by_id, style_id, style_type)) == expected


@pytest.mark.parametrize("path", DOCX_SAMPLES, ids=lambda p: p.name)
def test_samples_never_parse_their_whole_styles_part(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: LazyStyles) -> Any:
        raise AssertionError("parsed the whole styles part")

    assert scan(_styles_xml(path)).finished
    monkeypatch.setattr(LazyStyles, "whole", refuse)
    assert extract(Source(path.read_bytes(), name=path.name), Options()).blocks


@pytest.mark.parametrize(
    "damage",
    [
        _sub(rb'(w:styleId="TableGrid"><w:name)', rb"\1 w:broken"),
        lambda xml: xml[: len(xml) // 2],
    ],
    ids=["a style not looked up", "cut after the styles looked up"],
)
def test_a_damaged_styles_part_can_still_be_read(damage: Callable[[bytes], bytes]) -> None:
    """A difference from python-docx, by design: it parses styles.xml whole."""
    data = _package(SAMPLE.read_bytes(), {"word/styles.xml": damage})
    with pytest.raises(etree.XMLSyntaxError):
        docx.Document(io.BytesIO(data))
    assert extract(Source(data, name="x.docx"), Options()).blocks


def _package(data: bytes, changes: dict[str, Callable[[bytes], bytes | None]]) -> bytes:
    """The package with some members changed (None drops a member)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            blob: bytes | None = src.read(info.filename)
            if info.filename in changes:
                blob = changes[info.filename](blob)  # type: ignore[arg-type]
            if blob is not None:
                dst.writestr(info, blob)
    return out.getvalue()


def _cut(xml: bytes) -> bytes:
    return xml[: len(xml) // 2]


# packages python-docx refuses or reads with defaults: the same verdicts and blocks
PACKAGE_VARIANTS: dict[str, dict[str, Callable[[bytes], bytes | None]]] = {
    "as written": {},
    "document.xml cut": {"word/document.xml": _cut},
    "header cut": {"word/header1.xml": _cut},
    "numbering cut": {"word/numbering.xml": _cut},
    "core properties cut": {"docProps/core.xml": _cut},
    "styles.xml missing": {"word/styles.xml": lambda xml: None},
    "footer missing": {"word/footer1.xml": lambda xml: None},
    "no content types": {"[Content_Types].xml": lambda xml: None},
    "no styles relationship": {
        "word/_rels/document.xml.rels": _sub(rb'<Relationship Id="rId3"[^>]*/>', b"")
    },
    "no numbering relationship": {
        "word/_rels/document.xml.rels": _sub(rb'<Relationship Id="rId2"[^>]*/>', b"")
    },
    "no core properties": {"_rels/.rels": _sub(rb'<Relationship Id="rId3"[^>]*/>', b"")},
    "macro-enabled type": {
        "[Content_Types].xml": _sub(
            rb"wordprocessingml\.document\.main\+xml", b"ms-word.document.macroEnabled.main+xml"
        )
    },
    "styles of an unknown type": {
        "[Content_Types].xml": _sub(rb"wordprocessingml\.styles\+xml", b"x-unknown+xml")
    },
    "a style id with a quote": {
        "word/document.xml": _sub(rb'w:val="Heading1"', b'w:val="a&quot;b"')
    },
}


def _read(open_part: Callable[[], tuple[Any, Any]]) -> Any:
    """The blocks and core properties read from a part, or the error's type and message
    (the stream's address left out)."""
    try:
        part, body = open_part()
        blocks = BodyReader(part, body).read()
        props = part.core_properties
        return blocks, props.title, props.created
    except Exception as exc:  # noqa: BLE001 (the errors are compared)
        return type(exc).__name__, re.sub(r"0x[0-9a-f]+", "0x", str(exc))


@pytest.mark.parametrize("variant", list(PACKAGE_VARIANTS), ids=str)
def test_open_document_part_reads_as_python_docx(variant: str) -> None:
    keep_chunks_as_bytes()
    data = _package(SAMPLE.read_bytes(), PACKAGE_VARIANTS[variant])

    def ours() -> tuple[Any, Any]:
        part = open_document_part(zipfile.ZipFile(io.BytesIO(data)))
        return part, part.body

    def python_docx() -> tuple[Any, Any]:
        document = docx.Document(io.BytesIO(data))
        return document.part, document.element.body

    assert _read(ours) == _read(python_docx)


def test_parts_the_body_does_not_need_are_never_inflated(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    opened: list[Any] = []
    inflate, stream = Member.read, Member.open

    def record_read(self: Member) -> bytes:
        read.append(self.name)
        return inflate(self)

    def record_open(self: Member) -> Any:
        opened.append((self.name, stream(self)))
        return opened[-1][1]

    monkeypatch.setattr(Member, "read", record_read)
    monkeypatch.setattr(Member, "open", record_open)
    extract(Source(SAMPLE.read_bytes(), name=SAMPLE.name), Options())
    assert "word/document.xml" in read
    assert not {"word/stylesWithEffects.xml", "word/theme/theme1.xml", "word/styles.xml"} & set(
        read
    )
    [(name, styles)] = opened
    assert name == "word/styles.xml" and 0 < styles.tell() < len(_styles_xml()) // 4


def _damaged(name: str) -> bytes:
    """The sample with a member whose stored bytes are altered (a CRC error on reading)."""
    data = bytearray(SAMPLE.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
        info = package.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size * 3 // 4] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize("name", ["word/stylesWithEffects.xml", "word/styles.xml"])
def test_a_damaged_member_never_read_does_not_fail_the_document(name: str) -> None:
    """By design, unlike python-docx, which inflates every member it can reach (the damage
    is in the second half of the member; the styles looked up are in its first tenth)."""
    data = _damaged(name)
    with pytest.raises(Exception) as refused:
        docx.Document(io.BytesIO(data))
    assert type(refused.value).__name__ in {"BadZipFile", "error"}
    assert extract(Source(data, name="x.docx"), Options()).blocks


def test_a_damaged_member_read_fails_as_in_python_docx() -> None:
    data = _damaged("word/document.xml")
    with pytest.raises(Exception) as expected:
        docx.Document(io.BytesIO(data))
    with pytest.raises(type(expected.value)) as ours:
        extract(Source(data, name="x.docx"), Options())
    assert str(ours.value) == str(expected.value)
