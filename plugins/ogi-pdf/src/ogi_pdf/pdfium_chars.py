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
        self.matrix = proto(c, "FPDFText_GetMatrix", i, vp, i, vp)
        self.font_size = proto(c, "FPDFText_GetFontSize", ctypes.c_double, vp, i)
        self.font = proto(c, "FPDFTextObj_GetFont", vp, vp)


@lru_cache(maxsize=1)
def _calls(c: Any) -> _Calls:
    return _Calls(c)


class _Run:
    """What the characters of one text object share (font, size, matrix, descent) and
    where the last of them was placed (for summing advances as pdfminer does)."""

    __slots__ = (
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
        "low_x",
        "low_y",
        "high_x",
        "high_y",
    )

    def __init__(self, font_key: int, size: float, matrix: Matrix, descent: float) -> None:
        self.font_key = font_key  # the font's address, 0 for none
        self.size = size
        self.a, self.b, self.c, self.d = matrix[:4]
        self.descent = descent * size
        self.upright = 0 < self.a * self.d and self.b * self.c <= 0
        self.base_e = self.base_f = self.pos = self.advance = 0.0
        self.widths: dict[int, float] = {}  # the font's, shared by its runs
        # the box's corners in text space through the matrix, less the placement:
        # (0, descent) and (0, descent + size); the advance is added per character
        self.low_x, self.low_y = self.c * self.descent, self.d * self.descent
        self.high_x = self.c * (self.descent + size)
        self.high_y = self.d * (self.descent + size)


class FontMetrics:
    """Glyph widths (per font, per character) and descents of the fonts a page's
    characters used, keyed by the font's address, for reading the next page.

    A font's address names it only while the font is alive: pdfium keeps a document's
    fonts while some loaded page's text objects hold them, and may free one (and reuse its
    address) once no loaded page does. So what a page's reader leaves here is valid only
    while that page stays loaded: the next page is read with the previous one still open,
    which is then closed (``plugin._extract_open_pdfium``)."""

    __slots__ = ("widths", "descents")

    def __init__(self) -> None:
        self.widths: dict[int, dict[int, float]] = {}
        self.descents: dict[int, float] = {}


class CharReader:
    """Reads a text page's characters; what a text object's characters share is read once
    per object, glyph widths once per font and character, descents once per font."""

    def __init__(
        self,
        c: Any,
        textpage: Any,
        geometry: Geometry,
        actual_text: bool = False,
        fonts: FontMetrics | None = None,
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
        self.matrix_address = ctypes.addressof(self.matrix)
        self.runs: dict[int, _Run] = {}
        # font → descent, font → code → width; started from the page before's fonts
        self.descents: dict[int, float] = dict(fonts.descents) if fonts else {}
        self.widths: dict[int, dict[int, float]] = dict(fonts.widths) if fonts else {}

    def read(self, order: dict[int, int]) -> list[Obj]:
        """The characters in drawing order (``order``: text object address → its place
        among the page's objects; pdfium's text page orders by position).

        One loop per character, placing and boxing it inline (``_boxed``'s arithmetic,
        operand for operand, with the run's constant terms computed once per run)."""
        calls, tp, runs = self.calls, self.handle, self.runs
        generated, text_object, origin = calls.generated, calls.text_object, calls.origin
        xv, yv, px, py = self.x, self.y, self.px, self.py
        g = self.geometry
        ga, gb, gc, gd, ge, gf = g.ctm
        left, height, top_offset = g.left, g.height, g.top_offset
        chars: list[Obj] = []
        places: list[int] = []  # each character's text object's place in drawing order
        in_order = True
        last_order, prev, prev_address, prev_x, prev_y, parts = -1, None, -1, 0.0, 0.0, ""
        run: _Run | None = None
        codes = page_codes(calls, tp, calls.count(tp), self.actual_text)
        for i, code in enumerate(codes):
            if (code == _SPACE or code == _CR or code == _LF) and generated(tp, i):
                prev_address = -1  # pdfium's word gap or line break: not drawn
                continue
            address = text_object(tp, i) or 0
            origin(tp, i, px, py)
            x, y = xv.value, yv.value
            if run is None or address != prev_address or not address:
                # else the same text object as the character before: the same run
                run = runs.get(address) or self._run(i, address)
            if address == prev_address:
                if prev is not None and x == prev_x and y == prev_y:
                    parts += chr(code)
                    self._ligature(prev, run, i, parts)
                    continue
                # chained: the raw float is close enough to tell a summed advance
                pos = run.pos + run.advance
                e, f = pos * run.a + run.base_e, pos * run.b + run.base_f
                if (
                    abs(e - (ga * x + gc * y + ge)) < CHAIN_TOLERANCE
                    and abs(f - (gb * x + gd * y + gf)) < CHAIN_TOLERANCE
                ):
                    run.pos = pos
                else:
                    e, f = self._place(run, x, y)
            else:
                e, f = self._place(run, x, y)
            width = run.widths.get(code)
            if width is None:
                width = self._width(run, _HYPHEN_WIDTH_OF.get(code, code), i)
            advance = run.advance = width * run.size
            x0, y0 = run.low_x + e, run.low_y + f
            x1, y1 = run.a * advance + run.high_x + e, run.b * advance + run.high_y + f
            if x1 < x0:
                x0, x1 = x1, x0
            if y1 < y0:
                y0, y1 = y1, y0
            char = {
                "object_type": "char",
                "text": "-" if code == _HYPHEN else chr(code),
                "x0": x0 + left,
                "x1": x1 + left,
                "top": height - y1 + top_offset,
                "bottom": height - y0 + top_offset,
                "upright": run.upright,
                "size": y1 - y0,
                "generated": False,
            }
            if address != prev_address:  # else the place is the one before
                place = order.get(address, last_order)
                if place < last_order:
                    in_order = False
                last_order = place
            chars.append(char)
            places.append(last_order)
            prev, prev_address, prev_x, prev_y, parts = char, address, x, y, chr(code)
        if in_order:
            return chars
        # stable: characters of one place keep pdfium's order
        ranked = sorted(range(len(chars)), key=places.__getitem__)
        return [chars[k] for k in ranked]

    def leave_fonts(self, fonts: FontMetrics) -> None:
        """Replace ``fonts`` with the metrics of the fonts this page's characters used
        (valid while this page stays loaded, see ``FontMetrics``)."""
        used = {run.font_key for run in self.runs.values() if run.font_key}
        fonts.widths = {key: self.widths[key] for key in used}
        fonts.descents = {key: self.descents[key] for key in used if key in self.descents}

    def _place(self, run: _Run, x: float, y: float) -> tuple[float, float]:
        """A character placed at pdfium's origin (x, y), as written in the file: the
        run's sums of advances restart there."""
        a, b, c, d, e, f = self.geometry.ctm
        x, y = _r(x), _r(y)
        e, f = a * x + c * y + e, b * x + d * y + f
        run.base_e, run.base_f, run.pos = e, f, 0.0
        return e, f

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
        calls, tp, m = self.calls, self.handle, self.matrix
        calls.matrix(tp, i, self.matrix_address)
        matrix = mult((_r(m.a), _r(m.b), _r(m.c), _r(m.d), 0.0, 0.0), self.geometry.ctm)
        size = _r(float(calls.font_size(tp, i)))
        font_key = (calls.font(address) or 0) if address else 0
        run = _Run(font_key, size, matrix, self._descent(font_key) if font_key else 0.0)
        run.widths = self.widths.setdefault(font_key, {})
        if address:
            self.runs[address] = run
        return run

    def _descent(self, key: int) -> float:
        """The font's descent per unit of font size: pdfminer takes a standard font's
        from its own metrics (the file's descriptor aside), any other font's from its
        descriptor, as pdfium does."""
        if key not in self.descents:
            font = ctypes.cast(key, self.c.FPDF_FONT)
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
        if run.font_key and self.calls.glyph_width(run.font_key, code, 1000.0, self.value_address):
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
