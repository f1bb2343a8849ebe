"""The ``html`` extractor: report pages published on government portals."""

from __future__ import annotations

import re
from typing import Any

from ogi import hookimpl
from ogi.document import Block, Document, Heading, Paragraph, Provenance
from ogi.errors import ExtractionFailed
from ogi.records import Extractor, Match, Options, Source
from ogi_html import __version__
from ogi_html.blocks import to_blocks
from ogi_html.decode import MISMATCH, declared_charset, decode_html
from ogi_html.page import (
    attachments,
    drop_chrome,
    find_body,
    meta_hints,
    metadata_lines,
    page_title,
)

SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
_SNIFF = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def claim(source: Source) -> Match:
    """Content (``<!doctype html``, ``<html``, XHTML — also in UTF-16) or the suffix."""
    head = source.head
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return Match.NO
    if _SNIFF.match(head.lstrip(b"\xef\xbb\xbf")):
        return Match.CONTENT
    return Match.SUFFIX if source.suffix in SUFFIXES else Match.NO


def _parse(text: str) -> Any:
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text) or "<html/>", parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionFailed(f"cannot parse the page: {exc}") from exc
    return root


def extract(source: Source, options: Options) -> Document:
    """Decode, parse, find the body, keep the metadata block and title, read the body."""
    text, encoding, decided_by = decode_html(source.data)
    root = _parse(text)
    hints = meta_hints(root)
    drop_chrome(root)
    body = find_body(root)
    blocks: list[Block] = [
        Paragraph(line, Provenance(path="metadata")) for line in metadata_lines(root, body)
    ]
    title = page_title(root, hints)
    body_blocks = to_blocks(body)
    if title and not any(getattr(b, "text", None) == title for b in body_blocks[:5]):
        blocks.append(Heading(title, 1, Provenance(path="title")))
    blocks.extend(body_blocks)
    hints["attachments"] = attachments(root, body)
    hints.pop("article_title", None)
    document = Document(
        blocks=blocks, encoding={"name": encoding, "decided_by": decided_by}, meta=hints
    )
    if decided_by == MISMATCH:
        document.warn(
            "CHARSET_MISMATCH",
            f"the page declares {declared_charset(source.data)} but is UTF-8; read as UTF-8",
        )
    return document


@hookimpl
def ogi_extractors() -> list[Extractor]:
    """The html extractor."""
    return [
        Extractor(
            name="html",
            version=__version__,
            suffixes=SUFFIXES,
            claim=claim,
            extract=extract,
            description="report pages (TRS and other CMS portals), any charset",
        )
    ]
