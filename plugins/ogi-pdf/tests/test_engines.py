"""The pdfium engine gives the Document the pdfplumber engine (the reference) gives: same
paragraphs (text, page, box to 0.1 pt), same tables (cell texts, positions, spans, pages,
boxes), same warnings — on the samples, the readable corpus PDFs and the layout fixtures.

Where they differ the reason is written down and the difference asserted to be exactly it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ogi_pdf.plugin import extract

from ogi.document import Document, Table
from ogi.errors import OgiError
from ogi.records import Options, Source

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "samples" / "pdf").glob("*.pdf"))
REAL = sorted((ROOT / "tests" / "corpus" / "real" / "pdf").glob("*.pdf"))
FIXTURES = sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf")) + [
    ROOT / "plugins" / "ogi-ocr" / "tests" / "scans" / "mixed_002_b6ff4eeabae1e240.pdf"
]
BROKEN = sorted((ROOT / "tests" / "corpus" / "broken" / "pdf").glob("*.pdf"))

#: pdfminer's UniGB-UCS2-H CMap has no entry for U+00B7 (middle dot): pdfminer drops the
#: character, pdfium reads and draws it ("3·15" in the seed text). The line it sits on is
#: then a character longer and may be joined to the next as a wrapped line.
MIDDLE_DOT = {"000_9ba4c109e1ad8830.pdf", "004_e81cd7a6a461fbf1.pdf", "framed.pdf"}
#: GBK-named fonts pdfminer cannot decode (it reads Latin-1 garbage and the reader falls
#: back to pypdfium2's text, MOJIBAKE_FALLBACK); the pdfium engine reads them directly.
MOJIBAKE = {"pdfjs_XiaoBiaoSong.pdf"}
#: pdfium keeps coordinates as single-precision floats: a ruling written at y=440.57998 is
#: the float of 440.58, so the cell boundary between rows 4 and 5 (the middle of that
#: ruling) is 401.45 and rounds to 401.4 where pdfminer's 401.45001 rounds to 401.5.
FLOAT_PRECISION = {"pdfplumber_issue-336-example.pdf": ((4, 5), 401.5, 401.4)}
#: pdfium's text page leaves out a text object whose glyphs are all zero-width (a broken
#: font's stray "子"), and its API gives no other way to a text object's characters.
ZERO_WIDTH_OBJECT = {"pymupdf_has-bad-fonts.pdf": ("子", 1, (196.5, 389.0, 205.5, 398.0))}
#: Form XObjects that draw themselves: pdfminer stops at the first repeat, pdfium draws the
#: nested (ever smaller) copies down to its own depth limit, as a viewer shows them: two
#: more lines of overlapping "Hello world"s, above the ones both read.
NESTED_FORMS = {"pdfminer_issue-1113-evil-xobjects.pdf": 2}


def _document(path: Path, engine: str) -> Document:
    options = Options(accept_any=True, extra={"pdf_engine": engine})
    return extract(Source(path.read_bytes(), path.name), options)


def _box(bbox: Any) -> tuple[float, ...]:
    return tuple(round(v, 1) for v in bbox or ())


def _tables(document: Document) -> list[Any]:
    return [
        [
            (c.text, c.row, c.col, c.rowspan, c.colspan, c.prov.page, _box(c.prov.bbox))
            for c in b.cells
        ]
        for b in document.blocks
        if isinstance(b, Table)
    ]


def _paragraphs(document: Document) -> list[Any]:
    return [
        (b.text, b.prov.page, _box(b.prov.bbox))
        for b in document.blocks
        if not isinstance(b, Table)
    ]


def _warnings(document: Document) -> list[Any]:
    return [(w["code"], w["message"], w["where"]) for w in document.warnings]


@pytest.mark.parametrize("path", SAMPLES + REAL + FIXTURES, ids=lambda p: p.name)
def test_pdfium_engine_gives_the_reference_document(path: Path) -> None:
    reference, fast = _document(path, "pdfplumber"), _document(path, "pdfium")
    if path.name in MOJIBAKE:
        codes = [w[0] for w in _warnings(reference)]
        assert "MOJIBAKE_FALLBACK" in codes
        assert "MOJIBAKE_FALLBACK" not in [w[0] for w in _warnings(fast)]
        return
    if path.name in FLOAT_PRECISION:
        rows, was, now = FLOAT_PRECISION[path.name]
        assert _tables(fast) != _tables(reference)
        assert _tables(fast) == _moved(_tables(reference), rows, was, now)
    else:
        assert _tables(fast) == _tables(reference)
    assert _warnings(fast) == _warnings(reference)
    if path.name in ZERO_WIDTH_OBJECT:
        missing = ZERO_WIDTH_OBJECT[path.name]
        assert missing in _paragraphs(reference)
        assert _paragraphs(fast) == [p for p in _paragraphs(reference) if p != missing]
        return
    if path.name in MIDDLE_DOT:
        text = "".join(p[0] for p in _paragraphs(fast))
        assert "·" in text
        assert text.replace("·", "") == "".join(p[0] for p in _paragraphs(reference))
        return
    assert _paragraphs(fast) == _paragraphs(reference)


def _moved(tables: list[Any], rows: tuple[int, int], was: float, now: float) -> list[Any]:
    """The tables with the boundary between ``rows`` moved from ``was`` to ``now``."""
    upper, lower = rows

    def cell(c: tuple[Any, ...]) -> tuple[Any, ...]:
        text, row, col, rowspan, colspan, page, (x0, top, x1, bottom) = c
        if row + rowspan - 1 == upper and bottom == was:
            bottom = now
        if row == lower and top == was:
            top = now
        return (text, row, col, rowspan, colspan, page, (x0, top, x1, bottom))

    return [[cell(c) for c in table] for table in tables]


def _verdict(path: Path, engine: str) -> str:
    try:
        _document(path, engine)
    except OgiError as exc:
        return str(getattr(exc, "code", type(exc).__name__))
    except Exception as exc:  # what the probe lets through is the same for both engines
        return type(exc).__name__
    return "read"


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_broken_pdfs_get_the_same_verdict(path: Path) -> None:
    """Damaged, encrypted and hostile files: the same error code, or both read."""
    assert _verdict(path, "pdfium") == _verdict(path, "pdfplumber")


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_broken_pdfs_that_read_give_the_same_document(path: Path) -> None:
    """Of the damaged files that can be read, the same Document from both engines."""
    if _verdict(path, "pdfplumber") != "read":
        pytest.skip("not read")
    reference, fast = _document(path, "pdfplumber"), _document(path, "pdfium")
    if path.name in NESTED_FORMS:
        extra = NESTED_FORMS[path.name]
        assert _paragraphs(fast)[extra:] == _paragraphs(reference)
        assert all("Hel" in p[0] for p in _paragraphs(fast)[:extra])
        return
    assert _tables(fast) == _tables(reference)
    assert _paragraphs(fast) == _paragraphs(reference)
    assert _warnings(fast) == _warnings(reference)


def test_the_pdfium_path_does_not_import_pdfminer() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ogi; from ogi.records import Options;"
        f"ogi.convert({str(SAMPLES[1])!r}, options=Options(extra={{'pdf_engine': 'pdfium'}}));"
        "print(sorted(m for m in sys.modules if m.startswith(('pdfminer', 'pdfplumber'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        _document(SAMPLES[0], "pdfminer")
