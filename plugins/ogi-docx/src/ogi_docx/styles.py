"""Paragraph styles looked up without parsing — or even inflating — the whole styles part.

A Word ``styles.xml`` is typically 100–400 KB (every table style Word knows); parsing it
cost more than the rest of python-docx's load, and inflating it a tenth of that load,
while a report's paragraphs name one to three of its styles, which Word writes near the
start. :class:`LazyStyles` answers python-docx's ``Styles.get_by_id`` from the first
``w:style`` element carrying the requested id: the part is inflated chunk by chunk and
scanned only as far as that element, which is then parsed alone (under the part's own
root element) and checked by python-docx's element classes. When it is not of the
requested type, or there is none — python-docx then answers with the type's default
style, which depends on every style — the whole part is parsed, as python-docx does.

The elements are found by scanning the bytes, which is exact only for plainly written XML:
UTF-8, the main namespace bound once, to the ``w`` prefix, on the root; no comments, CDATA,
DOCTYPE or processing instructions; no entity references or whitespace the parser would
normalise in the style start tags; ``w:style`` only as a child of the root. Where the
scanned bytes are anything else, the whole part is parsed. By design, a styles part that is
damaged after (or outside) the styles looked up no longer fails the document.
"""

from __future__ import annotations

import io
import re
from typing import Any, BinaryIO, NamedTuple

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import parse_xml
from docx.styles.style import StyleFactory
from docx.styles.styles import Styles

W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIRST_CHUNK = 32 * 1024  # then doubled: Word's paragraph styles come first
_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*\?>\s*")
_UTF8 = re.compile(rb"""encoding\s*=\s*["'](?:utf-8|UTF-8)["']""")
_ENCODING = re.compile(rb"encoding\s*=")
_ROOT = re.compile(rb"<w:styles(?:\s[^>]*)?>")
_BINDS_W = re.compile(rb"""\sxmlns:w\s*=\s*(["'])""" + re.escape(W_NS) + rb"\1")
# a style's start tag: its attributes (values without entity references or whitespace the
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


class StyleScan:
    """The ``w:style`` children of a styles part, found in its bytes as they are inflated:
    :meth:`feed` the bytes read so far, :attr:`spans` grows. :attr:`plain` turns False for
    bytes the scan cannot read exactly (see the module); :attr:`finished` is set once the
    root's end tag has been reached."""

    def __init__(self) -> None:
        self.root: bytes | None = None
        self.spans: list[StyleSpan] = []
        self.plain = True
        self.finished = False
        self._root_end = 0
        self._position = 0  # where the next child of the root may start
        self._checked = 0  # bytes looked at for what the scan cannot read

    def feed(self, xml: bytes, complete: bool) -> None:
        """Scan on through ``xml`` (all bytes read so far; ``complete`` when that is the
        whole part)."""
        if not self.plain or self.finished:
            return
        if self.root is None and not self._open(xml):
            return
        self.plain = self._readable(xml) and self._children(xml, complete)

    def _open(self, xml: bytes) -> bool:
        """Read the declaration and the root's start tag (in the first chunk)."""
        head = _plain_head(xml)
        root = _ROOT.match(xml, head) if head is not None else None
        if root is None or not _BINDS_W.search(root.group()):
            self.plain = False
            return False
        self.root = root.group()
        self._root_end = self._position = self._checked = root.end()
        return True

    def _readable(self, xml: bytes) -> bool:
        """No comment, CDATA, DOCTYPE, processing instruction or other binding of the main
        namespace in the bytes read since the last call."""
        start = max(self._checked - len(W_NS), self._root_end)
        self._checked = len(xml)
        if _holds(xml, b"!", b"<!", start) or _holds(xml, b"?", b"<?", start):
            return False
        return xml.find(W_NS, start) < 0

    def _children(self, xml: bytes, complete: bool) -> bool:
        """Scan the style elements that are whole in ``xml``; False when one cannot be
        placed (nested, unclosed, empty, not a child of the root, a start tag that is not
        plain) or the part does not end with the root's end tag."""
        if complete:
            limit = xml.rfind(b"</w:styles")
            if limit < self._position or not _END.match(xml, limit):
                return False
        else:
            limit = xml.rfind(b"</w:style>")
            if limit < self._position:
                return True
            limit += len(b"</w:style>")
        if not self._elements(xml, limit):
            return False
        if complete:
            self.finished = True
            return _balanced(xml, self._position, limit)
        return True

    def _elements(self, xml: bytes, limit: int) -> bool:
        """The style elements between the scan's position and ``limit``, each end tag
        looked for backwards from the next start tag (where it is when styles follow each
        other, as Word writes them)."""
        tags = list(_START_TAG.finditer(xml, self._position, limit))
        befores = [tag.start() for tag in tags[1:]] + [limit] if tags else []
        for tag, before in zip(tags, befores, strict=True):
            start, tag_end = tag.span()
            if tag.group(2) != b"":  # empty, or not plain
                return False
            if start != self._position and not _balanced(xml, self._position, start):
                return False
            close = xml.rfind(b"</w:style", tag_end, before)
            end = _CLOSE.match(xml, close) if close >= 0 else None
            if end is None:
                return False
            self._position = end.end()
            self.spans.append(StyleSpan(start, tag_end, self._position))
        return True


class LazyStyles:
    """python-docx's ``Styles.get_by_id`` over a styles part read from ``stream`` as far
    as the look-ups need (see the module)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.xml = b""  # the bytes read so far
        self.scan = StyleScan()
        self._chunk = FIRST_CHUNK
        self._complete = False
        self._whole: Styles | None = None

    @classmethod
    def of(cls, xml: bytes) -> LazyStyles:
        """Look-ups over bytes already read."""
        return cls(io.BytesIO(xml))

    def get_by_id(self, style_id: str | None, style_type: WD_STYLE_TYPE) -> Any:
        """The style python-docx's ``Styles(element).get_by_id`` gives on the whole part."""
        span = self.first(style_id) if style_id else None
        if span is not None and self.scan.root is not None:
            element = parse_xml(self.scan.root + self.xml[span.start : span.end] + b"</w:styles>")
            style = element.get_by_id(style_id)
            if style is not None and style.type == style_type:
                return StyleFactory(style)
        return self.whole().get_by_id(style_id, style_type)

    def first(self, style_id: str) -> StyleSpan | None:
        """The first ``w:style`` child whose ``w:styleId`` is ``style_id``, reading on as
        far as it takes; None when there is none or the bytes are not plain."""
        looked = 0
        while self.scan.plain:
            spans = self.scan.spans
            for span in spans[looked:]:
                if _has_id(self.xml, span, style_id):
                    return span
            looked = len(spans)
            if self.scan.finished:
                return None
            self._read_on()
        return None

    def whole(self) -> Styles:
        """python-docx's ``Styles`` of the whole part, parsed once."""
        if self._whole is None:
            self._whole = Styles(parse_xml(self.read_all()))
        return self._whole

    def read_all(self) -> bytes:
        """The whole part."""
        if not self._complete:
            self.xml += self.stream.read()
            self._complete = True
        return self.xml

    def _read_on(self) -> None:
        """Read the next chunk (twice the last) and scan it."""
        chunk = self.stream.read(self._chunk)
        self._chunk *= 2
        if chunk:
            self.xml += chunk
        else:
            self._complete = True
        self.scan.feed(self.xml, self._complete)


def scan(xml: bytes) -> StyleScan:
    """The scan of a whole styles part (for checks: :attr:`StyleScan.plain`)."""
    result = StyleScan()
    result.feed(xml, complete=True)
    return result


def _has_id(xml: bytes, span: StyleSpan, style_id: str) -> bool:
    """Whether the style's ``w:styleId`` is ``style_id`` (its start tag is plain)."""
    tag = xml[span.start : span.tag_end]
    wanted = style_id.encode("utf-8")
    if wanted not in tag:
        return False
    for found in _ATTRIBUTE.finditer(tag):
        if found.group(1) == b"w:styleId":
            value = found.group(2) if found.group(2) is not None else found.group(3)
            return value == wanted
    return False


def _plain_head(xml: bytes) -> int | None:
    """Where the root element starts, when the declaration (if any) says UTF-8."""
    declaration = _DECLARATION.match(xml)
    if declaration is None:
        return 0 if xml.startswith(b"<") and not xml.startswith(b"<?") else None
    text = declaration.group()
    if _ENCODING.search(text) and not _UTF8.search(text):
        return None
    return declaration.end()


def _holds(xml: bytes, char: bytes, pair: bytes, start: int) -> bool:
    """Whether ``pair`` (``<`` and ``char``) occurs after ``start``: ``char`` is rare in a
    styles part, ``<`` everywhere, which makes searching for the pair first slow."""
    return xml.find(char, start) >= 0 and xml.find(pair, start) >= 0


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
