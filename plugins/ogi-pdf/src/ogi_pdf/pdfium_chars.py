"""A page's characters read through pypdfium2's raw API, boxed the way pdfminer boxes them.

The advance comes from the font's widths (``FPDFFont_GetGlyphWidth``), the box is one font
size tall and starts at the font's descent below the baseline. Where pdfium and pdfminer
read the same glyphs differently the difference is undone here:

* pdfminer places each character of a string at the previous one's position plus its
  advance, in doubles; pdfium keeps each origin as a float. Characters that follow on
  without kerning or spacing are placed by the same sum, so word gaps compare alike.
* pdfium writes a ligature glyph (U+FB01 "ﬁ") out as its letters at one origin; they are
  read back as the one ligature character pdfminer reports, as wide as the glyph.
* pdfium reports a line-ending hyphen as U+0002; it is a "-" as wide as the font's hyphen.
* pdfium adds "generated" spaces where it sees a word gap, and line breaks; pdfminer
  reports only what the content stream draws, so they are left out (the word gap itself
  still splits words in the text-line grouping, as in pdfplumber).

The characters' unicode values come from one ``FPDFText_GetText`` call for the page when
that text lines up with pdfium's character list (``page_codes``), else from one
``FPDFText_GetUnicode`` call per character.
"""

from __future__ import annotations

import ctypes
import re
from functools import lru_cache
from operator import itemgetter
from typing import Any

from ogi_pdf.pdfium_page import STANDARD_DESCENTS, Geometry, Matrix, Obj, _r, mult, proto

_HYPHEN = 0x02  # pdfium's code for a hyphen that ends a line
_SPACE, _CR, _LF = 0x20, 0x0D, 0x0A
#: Gap (points) under which pdfium's origin and the summed advance are one position.
CHAIN_TOLERANCE = 2e-4
#: A ligature's letters (as pdfium writes them out) → the ligature character.
LIGATURES = {
    "ff": "\ufb00",
    "fi": "\ufb01",
    "fl": "\ufb02",
    "ffi": "\ufb03",
    "ffl": "\ufb04",
    "st": "\ufb06",
}


class _Calls:
    """The per-character pdfium calls as ctypes prototypes taking plain integer handles
    (no argument conversion from pypdfium2's pointer types per call)."""

    def __init__(self, c: Any) -> None:
        vp, i = ctypes.c_void_p, ctypes.c_int
        self.unicode = proto(c, "FPDFText_GetUnicode", ctypes.c_uint, vp, i)
        self.generated = proto(c, "FPDFText_IsGenerated", i, vp, i)
        self.text_object = proto(c, "FPDFText_GetTextObject", vp, vp, i)
        self.origin = proto(c, "FPDFText_GetCharOrigin", i, vp, i, vp, vp)
        self.count = proto(c, "FPDFText_CountChars", i, vp)
        self.text = proto(c, "FPDFText_GetText", i, vp, i, i, vp)
        self.glyph_width = proto(
            c, "FPDFFont_GetGlyphWidth", i, vp, ctypes.c_uint, ctypes.c_float, vp
        )


@lru_cache(maxsize=1)
def _calls(c: Any) -> _Calls:
    return _Calls(c)


class _Run:
    """What the characters of one text object share (font, size, matrix, descent) and
    where the last of them was placed (for summing advances as pdfminer does)."""

    __slots__ = (
        "font",
        "font_key",
        "size",
        "a",
        "b",
        "c",
        "d",
        "descent",
        "upright",
        "base_e",
        "base_f",
        "pos",
        "advance",
        "widths",
    )

    def __init__(self, font: Any, size: float, matrix: Matrix, descent: float) -> None:
        self.font = font
        self.font_key = int(ctypes.cast(font, ctypes.c_void_p).value or 0) if font else 0
        self.size = size
        self.a, self.b, self.c, self.d = matrix[:4]
        self.descent = descent * size
        self.upright = 0 < self.a * self.d and self.b * self.c <= 0
        self.base_e = self.base_f = self.pos = self.advance = 0.0
        self.widths: dict[int, float] = {}  # the font's, shared by its runs


class CharReader:
    """Reads a text page's characters; what a text object's characters share is read once
    per object, glyph widths once per font and character, descents once per font."""

    def __init__(
        self, c: Any, textpage: Any, geometry: Geometry, actual_text: bool = False
    ) -> None:
        self.c = c
        self.actual_text = actual_text
        self.calls = _calls(c)
        self.textpage = textpage
        self.handle = ctypes.cast(textpage, ctypes.c_void_p).value or 0
        self.geometry = geometry
        self.x = ctypes.c_double()
        self.y = ctypes.c_double()
        self.px = ctypes.addressof(self.x)
        self.py = ctypes.addressof(self.y)
        self.value = ctypes.c_float()
        self.value_address = ctypes.addressof(self.value)
        self.rect = c.FS_RECTF()
        self.matrix = c.FS_MATRIX()
        self.runs: dict[int, _Run] = {}
        self.descents: dict[int, float] = {}
        self.widths: dict[int, dict[int, float]] = {}  # font → code → width

    def read(self, order: dict[int, int]) -> list[Obj]:
        """The characters in drawing order (``order``: text object address → its place
        among the page's objects; pdfium's text page orders by position)."""
        calls, tp, runs = self.calls, self.handle, self.runs
        text_object, origin, x, y, px, py = (
            calls.text_object,
            calls.origin,
            self.x,
            self.y,
            self.px,
            self.py,
        )
        keyed: list[tuple[int, int, Obj]] = []
        last_order, prev, prev_address, prev_raw, parts = -1, None, -1, (0.0, 0.0), ""
        codes = page_codes(calls, tp, calls.count(tp), self.actual_text)
        for i, code in enumerate(codes):
            if code in (_SPACE, _CR, _LF) and calls.generated(tp, i):
                prev_address = -1  # pdfium's word gap or line break: not drawn
                continue
            address = text_object(tp, i) or 0
            origin(tp, i, px, py)
            raw = (x.value, y.value)
            run = runs.get(address) or self._run(i, address)
            if prev is not None and address == prev_address and raw == prev_raw:
                parts += chr(code)
                self._ligature(prev, run, i, parts)
                continue
            char = self._char(run, code, i, raw, chained=address == prev_address)
            last_order = order.get(address, last_order)
            keyed.append((last_order, i, char))
            prev, prev_address, prev_raw, parts = char, address, raw, chr(code)
        keyed.sort(key=itemgetter(0, 1))
        return [char for _, _, char in keyed]

    def _char(self, run: _Run, code: int, i: int, raw: tuple[float, float], chained: bool) -> Obj:
        a, b, c, d, e, f = self.geometry.ctm
        x, y = raw
        if chained:  # the raw float is close enough to tell a summed advance
            pos = run.pos + run.advance
            pe, pf = pos * run.a + run.base_e, pos * run.b + run.base_f
            ce, cf = a * x + c * y + e, b * x + d * y + f
            chained = abs(pe - ce) < CHAIN_TOLERANCE and abs(pf - cf) < CHAIN_TOLERANCE
        if chained:
            e, f = pe, pf
            run.pos = pos
        else:
            x, y = _r(x), _r(y)
            e, f = a * x + c * y + e, b * x + d * y + f
            run.base_e, run.base_f, run.pos = e, f, 0.0
        width = run.widths.get(code)
        if width is None:
            width = self._width(run, _HYPHEN_WIDTH_OF.get(code, code), i)
        run.advance = width * run.size
        return _boxed(run, e, f, run.advance, "-" if code == _HYPHEN else chr(code), self.geometry)

    def _ligature(self, char: Obj, run: _Run, i: int, parts: str) -> None:
        """Letters pdfium wrote out of one ligature glyph: one character, glyph-wide."""
        char["text"] = LIGATURES.get(parts, parts)
        self.c.FPDFText_GetLooseCharBox(self.textpage, i, self.rect)
        scale = (run.a * run.a + run.b * run.b) ** 0.5 or 1.0
        run.advance = float(self.rect.right - self.rect.left) / scale
        e, f = run.pos * run.a + run.base_e, run.pos * run.b + run.base_f
        char.update(_boxed(run, e, f, run.advance, char["text"], self.geometry))

    def _run(self, i: int, address: int) -> _Run:
        run = self.runs.get(address) if address else None
        if run is not None:
            return run
        c, tp = self.c, self.textpage
        c.FPDFText_GetMatrix(tp, i, self.matrix)
        m = self.matrix
        matrix = mult((_r(m.a), _r(m.b), _r(m.c), _r(m.d), 0.0, 0.0), self.geometry.ctm)
        size = _r(float(c.FPDFText_GetFontSize(tp, i)))
        font = c.FPDFTextObj_GetFont(c.FPDFText_GetTextObject(tp, i)) if address else None
        run = _Run(font, size, matrix, self._descent(font) if font else 0.0)
        run.widths = self.widths.setdefault(run.font_key, {})
        if address:
            self.runs[address] = run
        return run

    def _descent(self, font: Any) -> float:
        """The font's descent per unit of font size: pdfminer takes a standard font's
        from its own metrics (the file's descriptor aside), any other font's from its
        descriptor, as pdfium does."""
        key = int(ctypes.cast(font, ctypes.c_void_p).value or 0)
        if key not in self.descents:
            standard = None if self.c.FPDFFont_GetIsEmbedded(font) else _base_name(self.c, font)
            if standard in STANDARD_DESCENTS:
                self.descents[key] = STANDARD_DESCENTS[standard] * 0.001
            elif self.c.FPDFFont_GetDescent(font, 1000.0, self.value):
                self.descents[key] = _r(float(self.value.value)) * 0.001
            else:
                self.descents[key] = 0.0
        return self.descents[key]

    def _width(self, run: _Run, code: int, i: int) -> float:
        """The glyph's advance per unit of font size (the font's widths / 1000)."""
        if run.font and self.calls.glyph_width(run.font_key, code, 1000.0, self.value_address):
            width = _r(float(self.value.value)) * 0.001
            run.widths[code] = width
            return width
        # pdfium's own box, not a font metric: not shared
        self.c.FPDFText_GetLooseCharBox(self.textpage, i, self.rect)
        return float(self.rect.right - self.rect.left) / (run.size or 1.0)


#: pdfium's text buffer holds U+FFFE where a character's own value is 0 (no unicode) or a
#: line-ending hyphen's 0x02.
_PLACEHOLDER = 0xFFFE
_SURROGATE = re.compile("[\ud800-\udfff]")


def page_codes(calls: _Calls, textpage: int, count: int, actual_text: bool) -> list[int]:
    """Each of the ``count`` characters' unicode values, as ``FPDFText_GetUnicode`` gives
    them. pdfium builds the page's text (``FPDFText_GetText``) alongside its character
    list, one UTF-16 unit per character, except: control characters it leaves out of the
    text (then the text is shorter), U+FFFE written for a character whose value is 0 or
    a line-ending hyphen's 0x02 (asked again one by one), and characters standing in for
    marked content's ``/ActualText``, whose text no longer lines up (``actual_text``: the
    page has such marks). Values beyond the BMP are already surrogate pairs in its
    character list; any surrogate in the text, or any length but ``count``, and every
    character is asked one by one."""
    if count <= 0:
        return []
    if not actual_text:
        buffer = (ctypes.c_ushort * (2 * count + 2))()
        if calls.text(textpage, 0, count, ctypes.addressof(buffer)) == count + 1:
            text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le", "surrogatepass")
            # a surrogate pair decodes to one character (then the text is shorter), a
            # lone surrogate stays one
            if len(text) == count and not _SURROGATE.search(text):
                codes = list(map(ord, text))
                if "\ufffe" in text:
                    for i, code in enumerate(codes):
                        if code == _PLACEHOLDER:
                            codes[i] = calls.unicode(textpage, i)
                return codes
    return [calls.unicode(textpage, i) for i in range(count)]


#: Codes whose width is looked up as another character's.
_HYPHEN_WIDTH_OF = {_HYPHEN: 0x2D}


def _boxed(run: _Run, e: float, f: float, advance: float, text: str, g: Geometry) -> Obj:
    """pdfminer's box: (0, descent) to (advance, descent + size) in text space, through
    the character's matrix placed at (e, f); then pdfplumber's top-left coordinates."""
    descent, size = run.descent, run.size
    a, b, cc, d = run.a, run.b, run.c, run.d
    x0, y0 = cc * descent + e, d * descent + f
    x1, y1 = a * advance + cc * (descent + size) + e, b * advance + d * (descent + size) + f
    if x1 < x0:
        x0, x1 = x1, x0
    if y1 < y0:
        y0, y1 = y1, y0
    return {
        "object_type": "char",
        "text": text,
        "x0": x0 + g.left,
        "x1": x1 + g.left,
        "top": g.height - y1 + g.top_offset,
        "bottom": g.height - y0 + g.top_offset,
        "upright": run.upright,
        "size": y1 - y0,
        "generated": False,
    }


def _base_name(c: Any, font: Any) -> str:
    size = c.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", "replace")
