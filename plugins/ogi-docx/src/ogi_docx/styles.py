"""Paragraph styles looked up without parsing the whole styles part.

A Word ``styles.xml`` is typically 100–400 KB (every table style Word knows) and parsing it
cost more than the rest of python-docx's load, while a report's paragraphs name one to
three of its styles. :class:`LazyStyles` answers python-docx's ``Styles.get_by_id`` by
parsing only the ``w:style`` elements that carry the requested id (in document order,
under the part's own root element) and letting python-docx's element classes pick the
first; when that gives no style of the requested type — python-docx then answers with the
type's default style, which depends on every style — the whole part is parsed, as
python-docx does.

The elements are found by scanning the bytes, which is exact only for plainly written XML:
UTF-8, the main namespace bound once, to the ``w`` prefix, on the root; no comments, CDATA,
DOCTYPE or processing instructions; no entity references or line breaks in the style start
tags; ``w:style`` only as a child of the root. Anything else is parsed whole. One
difference remains by design: a styles part that is not well-formed outside the styles
looked up no longer fails the document.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import parse_xml
from docx.styles.style import StyleFactory
from docx.styles.styles import Styles

W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*\?>\s*")
_UTF8 = re.compile(rb"""encoding\s*=\s*["'](?:utf-8|UTF-8)["']""")
_ENCODING = re.compile(rb"encoding\s*=")
_ROOT = re.compile(rb"<w:styles(?:\s[^>]*)?>")
_BINDS_W = re.compile(rb"""\sxmlns:w\s*=\s*(["'])""" + re.escape(W_NS) + rb"\1")
# a style's start tag, its attributes (values without entity references or whitespace the
# parser would normalise) in group 1 and a "/" ending an empty element in group 2; both
# None when the tag is not that plain
_START_TAG = re.compile(
    rb"""<w:style(?=[\s/>])(?:((?:\s+[^\s=/>]+\s*=\s*(?:"[^"&\t\r\n]*"|'[^'&\t\r\n]*'))*)"""
    rb"""\s*(/?)>)?"""
)
_ATTRIBUTE = re.compile(rb"""([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CLOSE = re.compile(rb"</w:style\s*>")
_END = re.compile(rb"</w:styles\s*>\s*\Z")  # matched where the last "</w:styles" is


class StyleSpan(NamedTuple):
    """Where one ``w:style`` element's bytes are: its start, the end of its start tag and
    its end."""

    start: int
    tag_end: int
    end: int


class LazyStyles:
    """python-docx's ``Styles.get_by_id`` over a styles part's bytes (see the module)."""

    def __init__(self, xml: bytes) -> None:
        self.xml = xml
        self._index: tuple[bytes, list[StyleSpan]] | None = None
        self._whole: Styles | None = None
        self._scanned = False

    def get_by_id(self, style_id: str | None, style_type: WD_STYLE_TYPE) -> Any:
        """The style python-docx's ``Styles(element).get_by_id`` gives on the whole part."""
        index = self.index() if style_id else None
        if index is None or style_id is None:
            return self.whole().get_by_id(style_id, style_type)
        root, spans = index
        kept = [span for span in spans if _has_id(self.xml, span, style_id)]
        if kept:
            parts = b"".join(self.xml[span.start : span.end] for span in kept)
            style = parse_xml(root + parts + b"</w:styles>").get_by_id(style_id)
            if style is not None and style.type == style_type:
                return StyleFactory(style)
        return self.whole().get_by_id(style_id, style_type)

    def index(self) -> tuple[bytes, list[StyleSpan]] | None:
        """The scan of the part (:func:`scan`), made once."""
        if not self._scanned:
            self._index = scan(self.xml)
            self._scanned = True
        return self._index

    def whole(self) -> Styles:
        """python-docx's ``Styles`` of the whole part, parsed once."""
        if self._whole is None:
            self._whole = Styles(parse_xml(self.xml))
        return self._whole


def _has_id(xml: bytes, span: StyleSpan, style_id: str) -> bool:
    """Whether the style's ``w:styleId`` is ``style_id`` (its start tag is plain: see
    :func:`scan`)."""
    tag = xml[span.start : span.tag_end]
    if style_id.encode("utf-8") not in tag:
        return False
    for found in _ATTRIBUTE.finditer(tag):
        if found.group(1) == b"w:styleId":
            value = found.group(2) if found.group(2) is not None else found.group(3)
            return value == style_id.encode("utf-8")
    return False


def scan(xml: bytes) -> tuple[bytes, list[StyleSpan]] | None:
    """(the root's start tag, every ``w:style`` child in order) of a plainly written styles
    part; None when the bytes are anything else and must be parsed whole."""
    head = _plain_head(xml)
    if head is None:
        return None
    root = _ROOT.match(xml, head)
    if root is None or not _BINDS_W.search(root.group()):
        return None
    spans = _spans(xml, root.end())
    if spans is None:
        return None
    return root.group(), spans


def _plain_head(xml: bytes) -> int | None:
    """Where the root element starts, when the bytes hold nothing the scan cannot read."""
    declaration = _DECLARATION.match(xml)
    head = declaration.end() if declaration is not None else 0
    if declaration is not None:
        text = declaration.group()
        if _ENCODING.search(text) and not _UTF8.search(text):
            return None
    if not xml.startswith(b"<", head) or xml.count(W_NS) != 1:
        return None
    # "!" and "?" are rare in a styles part; "<" is everywhere, which makes searching for
    # "<!" or "<?" slow
    if _holds(xml, b"!", b"<!", head) or _holds(xml, b"?", b"<?", head):
        return None
    return head


def _holds(xml: bytes, char: bytes, pair: bytes, start: int) -> bool:
    """Whether ``pair`` (``<`` and ``char``) occurs after ``start``."""
    return xml.find(char, start) >= 0 and xml.find(pair, start) >= 0


def _spans(xml: bytes, position: int) -> list[StyleSpan] | None:
    """Every ``w:style`` element after ``position`` up to the root's end tag; None when
    one cannot be placed (nested, unclosed, empty, not a child of the root, a start tag
    that is not plain) or the part does not end with the root's end tag.

    One search finds the start tags; each element's end tag is looked for backwards from
    the next start tag (where it is when the styles follow each other, as Word writes
    them): two passes over the bytes in all."""
    tail = xml.rfind(b"</w:styles")
    if tail < position or not _END.match(xml, tail):
        return None
    tags = list(_START_TAG.finditer(xml, position, tail))
    limits = [tag.start() for tag in tags[1:]] + [tail]
    spans = []
    for tag, limit in zip(tags, limits, strict=True):
        start, tag_end = tag.span()
        if tag.group(2) != b"":  # empty, or not plain
            return None
        if start != position and not _balanced(xml, position, start):
            return None
        close = xml.rfind(b"</w:style", tag_end, limit)
        end = _CLOSE.match(xml, close) if close >= 0 else None
        if end is None:
            return None
        position = end.end()
        spans.append(StyleSpan(start, tag_end, position))
    return spans if _balanced(xml, position, tail) else None


def _balanced(xml: bytes, start: int, end: int) -> bool:
    """Whether the tags between two children of the root open as many elements as they
    close. Counted, not parsed: with no comment, CDATA or processing instruction every
    ``<`` starts a tag, and when there are as many ``>`` as ``<`` each tag holds exactly
    one ``>``, so ``</`` counts the end tags and ``/>`` the empty-element tags."""
    tags = xml.count(b"<", start, end)
    if tags == 0:
        return True
    if xml.count(b">", start, end) != tags:
        return False
    ends = xml.count(b"</", start, end)
    return tags - ends - xml.count(b"/>", start, end) == ends
