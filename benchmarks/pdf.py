"""The two PDF engines side by side (``python -m benchmarks.pdf`` alone, or from run.py).

Per file: ``ogi_pdf`` extraction with ``pdf_engine`` pdfium and pdfplumber, pdfplumber's
``extract_text`` + ``find_tables`` (the old floor), MarkItDown when installed (Docling is
reported as absent unless installed; it needs model downloads for PDF). Per-page medians
and per-document ratios, measured in one run on the same files.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ("pdfium", "pdfplumber")


def _ms(fn: Callable[..., Any], *args: Any) -> float:
    started = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - started) * 1000


def _extract(path: Path, engine: str) -> Any:
    from ogi_pdf.plugin import extract

    from ogi.records import Options, Source

    options = Options(accept_any=True, extra={"pdf_engine": engine})
    return extract(Source(path.read_bytes(), path.name), options)


def plumber_floor(path: Path) -> None:
    """pdfplumber's own reading of every page: text and tables (the floor ogi is held to)."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.find_tables()
            page.close()


def _peers() -> tuple[dict[str, Callable[[Path], Any]], list[str]]:
    peers: dict[str, Callable[[Path], Any]] = {}
    notes = []
    try:
        from markitdown import MarkItDown

        md = MarkItDown()
        peers["MarkItDown"] = lambda p: md.convert(str(p))
    except ImportError:
        notes.append("MarkItDown not installed (pip install markitdown): not measured")
    try:
        from docling.document_converter import DocumentConverter

        dc = DocumentConverter()
        peers["Docling"] = lambda p: dc.convert(str(p))
    except ImportError:
        notes.append("Docling not installed: not measured")
    return peers, notes


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def measure(paths: list[Path]) -> list[str]:
    """Markdown lines: both engines per page and per document, ratios to the floors."""
    peers, notes = _peers()
    for path in paths[:1]:  # warm imports and caches, not measured
        for engine in ENGINES:
            _extract(path, engine)
    per_page: dict[str, list[float]] = {e: [] for e in ENGINES}
    per_doc: dict[str, list[float]] = {e: [] for e in (*ENGINES, "pdfplumber text+tables", *peers)}
    for path in paths:
        pages = _pages(path)
        for engine in ENGINES:
            elapsed = _ms(_extract, path, engine)
            per_doc[engine].append(elapsed)
            per_page[engine].append(elapsed / pages)
        per_doc["pdfplumber text+tables"].append(_ms(plumber_floor, path))
        for name, peer in peers.items():
            per_doc[name].append(_ms(peer, path))
    med = {k: statistics.median(v) for k, v in per_doc.items() if v}
    fast = med["pdfium"]
    lines = [
        f"## PDF engines ({len(paths)} files, {statistics.mean(map(_pages, paths)):.1f} pages each)",
        "",
        "| engine | per page (median) | per doc (median) | pdfium ÷ this |",
        "|---|---|---|---|",
    ]
    for engine in ENGINES:
        lines.append(
            f"| ogi, {engine} | {statistics.median(per_page[engine]):.1f} ms | "
            f"{med[engine]:.1f} ms | {fast / med[engine]:.2f}× |"
        )
    for name in ("pdfplumber text+tables", *peers):
        lines.append(f"| {name} | | {med[name]:.1f} ms | **{fast / med[name]:.2f}×** |")
    lines += ["", *(f"- {n}" for n in notes)]
    return lines


def layout_files() -> list[Path]:
    """The multi-page layout renders: split tables, a sub-table title at a page end, a
    ruled page frame (tests/data/pdf)."""
    return sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))


def _files() -> list[Path]:
    return sorted((ROOT / "samples" / "pdf").glob("*.pdf")) + layout_files()


def main() -> None:
    """Measure on the samples and the multi-page layout renders (split tables)."""
    paths = [Path(a) for a in sys.argv[1:]] or _files()
    print("\n".join(measure(paths)))


if __name__ == "__main__":
    main()
