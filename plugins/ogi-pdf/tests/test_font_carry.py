"""Glyph widths and descents carried from one page to the next (``FontMetrics``) give
exactly the characters a page read on its own gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from ogi_pdf.pdfium_chars import FontMetrics
from ogi_pdf.pdfium_fonts import box_fonts
from ogi_pdf.pdfium_page import read_loaded

ROOT = Path(__file__).resolve().parents[3]
PDFS = sorted((ROOT / "samples" / "pdf").glob("*.pdf")) + sorted(
    (ROOT / "tests" / "data" / "pdf").glob("*.pdf")
)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_carried_font_metrics_read_the_same_characters(path: Path) -> None:
    fonts = FontMetrics()
    carried_any = False
    with box_fonts():
        pdf = pdfium.PdfDocument(str(path))
        held: Any = None
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                try:
                    carried_any = carried_any or bool(fonts.widths)
                    carried = read_loaded(page, textpage, fonts)
                    alone = read_loaded(page, textpage)
                finally:
                    textpage.close()
                if held is not None:
                    held.close()
                held = page
                assert repr(carried.objects) == repr(alone.objects)
        finally:
            if held is not None:
                held.close()
            pdf.close()
    assert carried_any or len(pdf) == 1
