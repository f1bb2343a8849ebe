"""The ``html`` extractor: report pages published on government portals."""

from __future__ import annotations

import re
from typing import Any, cast

from ogi import hookimpl
from ogi.document import Block, Document, DocumentMeta, Heading, Paragraph, Provenance
from ogi.errors import ExtractionFailed
from ogi.records import Extractor, Match, Options, Source
from ogi_html import __version__

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

    # plain elements: lxml.html's element classes are looked up in Python for every element
    # the walks touch, which costs more than the parse on a portal page
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text) or "<html/>", parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionFailed(f"cannot parse the page: {exc}") from exc
    return root


_CELL_TAG = re.compile(r"<t[dh][\s>/]", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
LOST_CELLS = 0.1  # lxml kept fewer than 90 % of the cells the markup opens: try again


def _cells(root: Any) -> int:
    return sum(1 for _ in root.iter("td", "th"))


def _parse_page(text: str) -> tuple[Any, str | None]:
    """lxml first (fast); when its error recovery visibly lost table cells (an unclosed
    comment, a giant attribute), the page is parsed again with BeautifulSoup's
    ``html.parser`` through ``lxml.html.soupparser`` and the tree that kept more cells
    wins. Returns the tree and, when the second parser won, why."""
    root = _parse(text)
    opened = len(_CELL_TAG.findall(text))
    kept = _cells(root)
    if opened == 0 or kept >= (1 - LOST_CELLS) * opened:
        return root, None
    if kept >= (1 - LOST_CELLS) * len(_CELL_TAG.findall(_COMMENT.sub("", text))):
        return root, None  # the missing cells were commented out: nothing was lost
    alt = _soup_parse(text)
    if alt is None or _cells(alt) <= kept:
        return root, None
    return alt, f"lxml kept {kept} of {opened} table cells; html.parser (bs4) kept {_cells(alt)}"


def _soup_parse(text: str) -> Any:
    """The page through BeautifulSoup's html.parser (imported only here: ~0.1 s), or None
    when it cannot build a tree either."""
    try:
        from lxml.html import soupparser

        return soupparser.fromstring(_XML_DECL.sub("", text), features="html.parser")
    except Exception:  # a second opinion that fails changes nothing
        return None


def extract(source: Source, options: Options) -> Document:
    """Decode, parse, find the body, keep the metadata block and title, read the body."""
    # imported here: the page walks need the interpreter's vocabulary (ogi.text), which a
    # registry that only lists extractors (the CLI's driver) does not load; the decoding
    # and the block reader are needed only to read a page too
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

    text, encoding, decided_by = decode_html(source.data)
    root, reparsed = _parse_page(text)
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
    hints["attachments"] = attachments(root, body, text)
    hints.pop("article_title", None)
    document = Document(
        blocks=blocks,
        encoding={"name": encoding, "decided_by": decided_by},
        meta=cast(DocumentMeta, hints),
    )
    if reparsed:
        document.warn("HTML_REPARSED", reparsed)
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
