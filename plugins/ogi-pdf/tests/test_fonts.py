"""The stand-in face for non-embedded CJK fonts (``ogi_pdf.pdfium_fonts``): used only while
ogi reads, and the reading the same with no system font at all."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from ogi_pdf.pdfium_fonts import BOX, _state, box_fonts

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "samples" / "pdf" / "001_81ecb54b46cc6fdb.pdf"  # STSong-Light, not embedded


def _char_heights() -> set[float]:
    """The heights of page 3's character boxes (pdfium's, from the glyph boxes) per font
    size, to 0.01."""
    pdf = pdfium.PdfDocument(str(SAMPLE))
    try:
        textpage = pdf[2].get_textpage()
        heights = set()
        for i in range(textpage.count_chars()):
            if (
                pdfium_c.FPDFText_IsGenerated(textpage.raw, i)
                or textpage.get_text_range(i, 1).isspace()
            ):
                continue
            left, right, bottom, top = (ctypes.c_double() for _ in range(4))
            pdfium_c.FPDFText_GetCharBox(textpage.raw, i, left, right, bottom, top)
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
            heights.add(round((top.value - bottom.value) / size, 2))
        return heights
    finally:
        pdf.close()


def test_the_box_face_is_used_inside_the_block_only() -> None:
    with box_fonts():
        (height,) = _char_heights()  # every glyph the same em square
        assert abs(height - (BOX[3] - BOX[1]) / 1000) < 0.02
        handler = _state["handler"]
        assert _map(handler) == handler.handle
    assert _map(handler) != handler.handle  # the system's font (or none) outside


def _map(handler: Any) -> Any:
    face = ctypes.create_string_buffer(b"STSong-Light")
    return handler.MapFont(None, 400, 0, pdfium_c.FXFONT_GB2312_CHARSET, 0, face, None)


_NO_FONTS = """
import pypdfium2 as pdfium
from ogi_pdf.plugin import extract
from ogi.records import Options, Source

class NoSystemFonts(pdfium.PdfSysfontBase):
    def MapFont(self, *args):
        return None
    def GetFont(self, *args):
        return None

NoSystemFonts().setup()
data = open({path!r}, "rb").read()
document = extract(Source(data, "x.pdf"), Options(accept_any=True, extra={{"pdf_engine": "pdfium"}}))
print(repr(document))
"""


def test_the_reading_does_not_depend_on_the_installed_fonts() -> None:
    """A machine without CJK fonts (a bare container) reads the same Document: without the
    stand-in, pdfium's Latin fallback has no boxes for the glyphs and its text page left out
    one-character objects (a wrapped cell's last character)."""
    script = _NO_FONTS.format(path=str(SAMPLE))
    bare = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    here = subprocess.run(
        [sys.executable, "-c", script.replace("NoSystemFonts().setup()", "")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "商业企业" in here
    assert bare == here
