"""Time per document of the office readers (plugins/ogi-office and the docx altChunk path),
end to end through ``ogi.convert`` on the shipped samples, with the cost of LibreOffice shown
apart from the Word reading that follows it, and the spreadsheet libraries side by side
(python-calamine vs xlrd for .xls, openpyxl for .xlsx) — the measurement behind the choice.

    python -m benchmarks.office [--repeat 3]      # writes benchmarks/results-office.md

Short to run: about a minute on two cores, most of it LibreOffice (one conversion per .doc
sample and repeat; .wps samples are the same bytes and are timed once each).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from pathlib import Path
from typing import Any, Callable

import ogi

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
READERS = ["xlsx", "xls", "et", "ofd", "altchunk", "doc", "wps"]


def _ms(fn: Callable[[], Any], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _uncached(fn: Callable[..., Any], *args: Any) -> Any:
    """Call with LibreOffice's per-process result cache emptied (the .wps samples hold the
    .doc samples' bytes, and every repeat must pay for the conversion)."""
    from ogi_office import soffice

    soffice._cache.clear()
    return fn(*args)


def _files(fmt: str) -> list[Path]:
    return sorted(p for p in (SAMPLES / fmt).iterdir() if p.is_file())


def end_to_end(repeat: int) -> list[str]:
    """ogi.convert per document, per reader."""
    rows = ["| reader | samples | median ms/doc | max ms/doc |", "|---|---:|---:|---:|"]
    for fmt in READERS:
        files = _files(fmt)
        n = 1 if fmt in ("doc", "wps") else repeat
        per_doc = [_ms(lambda p=p: _uncached(ogi.convert, p), n) for p in files]  # type: ignore[misc]
        rows.append(
            f"| {fmt} | {len(files)} | {statistics.median(per_doc):.0f} | {max(per_doc):.0f} |"
        )
    return rows


def libreoffice_split(repeat: int) -> list[str]:
    """.doc: LibreOffice's conversion alone vs reading the .docx it wrote."""
    from ogi_docx.plugin import extract as extract_docx
    from ogi_office import soffice

    from ogi.records import Options, Source

    rows = [
        "| .doc sample | LibreOffice ms | docx read ms | share LibreOffice |",
        "|---|---:|---:|---:|",
    ]
    for path in _files("doc"):
        data = path.read_bytes()
        times, docx_bytes = [], b""
        for _ in range(repeat):
            started = time.perf_counter()
            docx_bytes = _uncached(soffice.convert, data, ".doc", "docx:MS Word 2007 XML")
            times.append((time.perf_counter() - started) * 1000)
        lo = statistics.median(times)
        read = _ms(lambda b=docx_bytes: extract_docx(Source(b, "x.docx"), Options()), 5)  # type: ignore[misc]
        rows.append(f"| {path.name} | {lo:.0f} | {read:.1f} | {lo / (lo + read):.0%} |")
    return rows


def spreadsheet_libraries(repeat: int) -> list[str]:
    """Load + read every cell and merged range with each library."""
    rows = ["| file | python-calamine ms | xlrd ms | openpyxl ms |", "|---|---:|---:|---:|"]
    for path in _files("xls") + _files("xlsx"):
        data = path.read_bytes()
        cal = _ms(lambda d=data: _calamine(d), repeat)  # type: ignore[misc]
        if path.suffix == ".xls":
            other = _xlrd_ms(data, repeat)
            rows.append(f"| {path.name} | {cal:.1f} | {other} | – |")
        else:
            opx = _ms(lambda d=data: _openpyxl(d), repeat)  # type: ignore[misc]
            rows.append(f"| {path.name} | {cal:.1f} | – | {opx:.1f} |")
    return rows


def _calamine(data: bytes) -> None:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        sheet.to_python(skip_empty_area=False)
        sheet.merged_cell_ranges  # noqa: B018 (read for the timing)


def _xlrd_ms(data: bytes, repeat: int) -> str:
    try:
        import xlrd  # type: ignore[import-untyped]
    except ImportError:
        return "(xlrd not installed)"

    def load() -> None:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
        for sheet in book.sheets():
            [sheet.row_values(r) for r in range(sheet.nrows)]
            sheet.merged_cells  # noqa: B018

    return f"{_ms(load, repeat):.1f}"


def _openpyxl(data: bytes) -> None:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    for sheet in book.worksheets:
        list(sheet.iter_rows(values_only=True))
        sheet.merged_cells.ranges  # noqa: B018


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results-office.md")
    args = parser.parse_args()
    ogi.convert(_files("xlsx")[0])  # warm imports so the first reader is not charged for them
    sections = [
        "# Office readers: time per document\n",
        f"`python -m benchmarks.office --repeat {args.repeat}`; medians; the samples of each format; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores when measured.\n",
        "## End to end (`ogi.convert`: read, interpret, check)\n",
        *end_to_end(args.repeat),
        "\n## .doc: LibreOffice conversion vs the Word reader\n",
        *libreoffice_split(1),
        "\n## Spreadsheet libraries (load and read every cell and merge)\n",
        *spreadsheet_libraries(args.repeat),
    ]
    text = "\n".join(sections) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
