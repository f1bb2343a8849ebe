"""A stand-in face for the CJK fonts a PDF names but does not embed, while ogi reads.

pdfium gives every font a FreeType face, and for a font the file does not embed (the
reports' ``STSong-Light``, ``SimSun``…) it asks the system for one. pdfium then measures
every glyph it places twice — the text object's bounds while parsing the page, the
character's box while building the text page — by loading the glyph's outline, and it
keeps no such measure for a two-byte character code. With a CFF-outlined CJK system font
(Noto CJK, as Linux distributions ship) that outline loading is most of pdfium's time on a
report (about 80 % of page plus text-page loading, measured with callgrind). On a machine
with no CJK font at all pdfium falls back to a Latin face without those glyphs: their boxes
are empty, and the text page leaves out any text object of one such character (the last
character of a wrapped cell, a paragraph's final "。").

The reader uses none of those outlines: character boxes come from the font's widths and
descent, as pdfminer computes them. So while ogi reads, a CJK request (Simplified and
Traditional Chinese, Japanese, Korean character sets: non-embedded CID fonts) is answered
with ``box_font()``: a TrueType font whose every character is one em-square glyph of four
points. Loading it costs little, every glyph has a box, and the reading no longer depends on
the fonts installed. Outside ``box_fonts()`` every request goes to the handler that was
installed before (pdfium's own by default), so rendering elsewhere in the process is left
as it was. Needs pypdfium2's ``PdfSysfontBase`` (5.x); without it nothing is changed.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The em square of the stand-in glyph, in font units (1000 per em): a CJK glyph's extent.
BOX = (0, -120, 1000, 880)
_CJK_CHARSETS = frozenset((128, 129, 134, 136))  # FXFONT_SHIFTJIS/HANGEUL/GB2312/CHINESEBIG5
_DEFAULT_CHARSET = 1
_state: dict[str, Any] = {"active": 0, "handler": None}


def box_font(box: tuple[int, int, int, int] = BOX) -> bytes:
    """A minimal TrueType font: two glyphs (``.notdef`` and one other), both the rectangle
    ``box``, one em wide; a format-13 cmap maps every Unicode character to the second."""
    tables = {
        b"cmap": _cmap(),
        b"glyf": _box_glyph(box) * 2,
        b"head": _head(box),
        b"hhea": _hhea(box),
        b"hmtx": struct.pack(">HhHh", 1000, box[0], 1000, box[0]),
        b"loca": struct.pack(">HHH", 0, len(_box_glyph(box)) // 2, len(_box_glyph(box))),
        b"maxp": struct.pack(">IH13H", 0x10000, 2, 4, 1, 0, 0, 2, *([0] * 8)),
    }
    return _sfnt(tables)


def _box_glyph(box: tuple[int, int, int, int]) -> bytes:
    """A simple glyph: one contour, four on-curve points (coordinates as deltas)."""
    x0, y0, x1, y1 = box
    header = struct.pack(">hhhhhHH", 1, x0, y0, x1, y1, 3, 0)
    flags = bytes((1, 1, 1, 1))
    xs = struct.pack(">hhhh", x0, 0, x1 - x0, 0)
    ys = struct.pack(">hhhh", y0, y1 - y0, 0, y0 - y1)
    glyph = header + flags + xs + ys
    return glyph + b"\0" * (len(glyph) % 2)


def _head(box: tuple[int, int, int, int]) -> bytes:
    x0, y0, x1, y1 = box
    return struct.pack(
        ">IIIIHHqqhhhhHHhhh", 0x10000, 0x10000, 0, 0x5F0F3CF5, 0, 1000, 0, 0,
        x0, y0, x1, y1, 0, 8, 2, 0, 0,
    )  # fmt: skip


def _hhea(box: tuple[int, int, int, int]) -> bytes:
    x0, y0, x1, y1 = box
    return struct.pack(
        ">IhhhHhhhhhh4hhH", 0x10000, y1, y0, 0, 1000, x0, 1000 - x1, x1, 1, 0, 0,
        0, 0, 0, 0, 0, 2,
    )  # fmt: skip


def _cmap() -> bytes:
    """One subtable (Windows, UCS-4), format 13: U+0000–U+10FFFF all to glyph 1."""
    subtable = struct.pack(">HHIIIIII", 13, 0, 28, 0, 1, 0, 0x10FFFF, 1)
    return struct.pack(">HHHHI", 0, 1, 3, 10, 12) + subtable


def _sfnt(tables: dict[bytes, bytes]) -> bytes:
    """The font file: offset table, table directory (sorted by tag), 4-byte aligned tables."""
    directory, body = b"", b""
    start = 12 + 16 * len(tables)
    for tag in sorted(tables):
        data = tables[tag]
        padded = data + b"\0" * (-len(data) % 4)
        checksum = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
        directory += struct.pack(">4sIII", tag, checksum, start + len(body), len(data))
        body += padded
    return struct.pack(">IHHHH", 0x10000, len(tables), 0, 0, 0) + directory + body


def _handler_class() -> Any:
    """The ``PdfSysfontBase`` subclass answering CJK requests with ``box_font()`` while
    ``box_fonts()`` is active (None when pypdfium2 has no ``PdfSysfontBase``)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]

    base = getattr(pdfium, "PdfSysfontBase", None)
    if base is None:
        return None

    class BoxFonts(base):  # type: ignore[misc,valid-type]
        """CJK character sets → the box font while ogi reads; the rest → ``default``."""

        def __init__(self, default: Any = None) -> None:
            super().__init__(default)
            self.data = box_font()
            self.buffer = ctypes.create_string_buffer(self.data, len(self.data))
            self.handle = ctypes.addressof(self.buffer)

        def MapFont(self, _: Any, weight: int, italic: int, charset: int, *rest: Any) -> Any:  # noqa: N802
            if _state["active"] and charset in _CJK_CHARSETS:
                return self.handle
            return self.default.MapFont(self.default, weight, italic, charset, *rest)

        def GetFontData(self, _: Any, font: Any, table: int, buffer: Any, size: int) -> int:  # noqa: N802
            if font != self.handle:
                return int(self.default.GetFontData(self.default, font, table, buffer, size))
            if table != 0:  # the whole file only (not a collection, no single tables)
                return 0
            if buffer and size >= len(self.data):
                ctypes.memmove(buffer, self.buffer, len(self.data))
            return len(self.data)

        def GetFaceName(self, _: Any, font: Any, buffer: Any, size: int) -> int:  # noqa: N802
            if font == self.handle:
                return 0  # pdfium keeps the PDF's own font name
            return int(self.default.GetFaceName(self.default, font, buffer, size))

        def GetFontCharset(self, _: Any, font: Any) -> int:  # noqa: N802
            if font == self.handle:
                return _DEFAULT_CHARSET
            return int(self.default.GetFontCharset(self.default, font))

        def DeleteFont(self, _: Any, font: Any) -> None:  # noqa: N802
            if font != self.handle:
                self.default.DeleteFont(self.default, font)

    return BoxFonts


def _install() -> None:
    """Installs the handler (once; again when another handler replaced it), wrapping the
    handler installed before it."""
    cls = _state.get("class", False)
    if cls is False:
        cls = _state["class"] = _handler_class()
    if cls is None:
        return
    current = cls.SINGLETON
    if current is not None and current is _state["handler"]:
        return
    handler = cls(current)
    handler.setup()
    _state["handler"] = handler


@contextmanager
def box_fonts() -> Iterator[None]:
    """Non-embedded CJK fonts get ``box_font()``'s face for documents opened (pages loaded)
    inside this block."""
    _install()
    _state["active"] += 1
    try:
        yield
    finally:
        _state["active"] -= 1
