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
#: Not yet reproduced: pdfium folds spaces drawn in the content stream into its own
#: generated spaces and drops some (one "4.0 公顷" loses its space; one stray glyph of a
#: broken font is not reported by pdfium).
SPACES = {"pdfplumber_issue-336-example.pdf", "pymupdf_has-bad-fonts.pdf"}


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
    if path.name in SPACES:
        pytest.xfail("pdfium folds content-stream spaces (see SPACES)")
    if path.name in MOJIBAKE:
        codes = [w[0] for w in _warnings(reference)]
        assert "MOJIBAKE_FALLBACK" in codes
        assert "MOJIBAKE_FALLBACK" not in [w[0] for w in _warnings(fast)]
        return
    assert _tables(fast) == _tables(reference)
    assert _warnings(fast) == _warnings(reference)
    if path.name in MIDDLE_DOT:
        text = "".join(p[0] for p in _paragraphs(fast))
        assert "·" in text
        assert text.replace("·", "") == "".join(p[0] for p in _paragraphs(reference))
        return
    assert _paragraphs(fast) == _paragraphs(reference)


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
