"""ogi against the parsing floor and the general converters, measured in one run.

    python -m benchmarks.run [--quick]

Per format, end to end through ``ogi.convert`` on a generated corpus (benchmarks/corpus.py):
median and p95 ms per document and per page; the parsing floor on the same files in the
same run (pypdfium2 text per page; pdfplumber ``extract_text`` + ``find_tables``; lxml parse;
python-docx load) and ogi's ratio to it; MarkItDown (and Docling for HTML/DOCX) when
installed (``pip install -e ".[bench]"``); bulk throughput with 1 and 2 workers and worker
RSS over many documents; CLI cold start. Writes benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import ogi
from benchmarks import corpus
from benchmarks.batch import make_corpus, timed_run
from benchmarks.pdf import plumber_floor

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "pdf": ("pdfplumber text+tables", 1.5),
    "html": ("lxml parse", 3.0),
    "docx": ("python-docx load", 2.0),
}


def _timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - started) * 1000, result


def _pdf_pdfium(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        page.get_textpage().get_text_range()
    pdf.close()


def _html_lxml(path: Path) -> None:
    import lxml.html

    lxml.html.document_fromstring(path.read_bytes())


def _docx_load(path: Path) -> None:
    import docx

    docx.Document(io.BytesIO(path.read_bytes()))


FLOORS: dict[str, dict[str, Callable[[Path], None]]] = {
    "pdf": {"pypdfium2 text": _pdf_pdfium, "pdfplumber text+tables": plumber_floor},
    "html": {"lxml parse": _html_lxml},
    "docx": {"python-docx load": _docx_load},
    "text": {},
}


def _peers() -> dict[str, Callable[[Path], None]]:
    peers: dict[str, Callable[[Path], None]] = {}
    try:
        from markitdown import MarkItDown

        md = MarkItDown()
        peers["MarkItDown"] = lambda p: md.convert(str(p))
    except ImportError:
        pass
    try:
        from docling.document_converter import DocumentConverter

        dc = DocumentConverter()
        peers["Docling"] = lambda p: dc.convert(str(p)) if p.suffix in (".html", ".docx") else None
    except ImportError:
        pass
    return peers


def _stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def measure_formats(files: dict[str, list[Path]]) -> list[str]:
    registry = ogi.Registry.load()
    peers = _peers()
    lines = [
        "## Per format (ms; median / p95)",
        "",
        "| format | docs | pages/doc | ogi per doc | ogi per page | floor | floor per doc | ogi ÷ floor | target | peers (median per doc, ogi ÷ peer) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for fmt, paths in files.items():
        ogi_ms, pages = [], []
        floor_ms: dict[str, list[float]] = {name: [] for name in FLOORS[fmt]}
        peer_ms: dict[str, list[float]] = {name: [] for name in peers}
        for path in paths:
            elapsed, report = _timed(ogi.convert, path, registry=registry)
            ogi_ms.append(elapsed)
            pages.append(report.source.pages or 1)
            for name, floor in FLOORS[fmt].items():
                floor_ms[name].append(_timed(floor, path)[0])
            for name, peer in peers.items():
                if name == "Docling" and fmt not in ("html", "docx"):
                    continue
                peer_ms[name].append(_timed(peer, path)[0])
        med, p95 = _stats(ogi_ms)
        per_page = _stats([t / p for t, p in zip(ogi_ms, pages)])
        peer_text = (
            ", ".join(
                f"{name} {statistics.median(v):.1f} ({med / statistics.median(v):.2f}×)"
                for name, v in peer_ms.items()
                if v
            )
            or "not installed"
        )
        floors = floor_ms or {"—": []}
        for name, values in floors.items():
            fmed = statistics.median(values) if values else None
            ratio = f"{med / fmed:.2f}×" if fmed else "—"
            target = TARGETS.get(fmt)
            tgt = f"≤ {target[1]}×" if target and target[0] == name else ""
            lines.append(
                f"| {fmt} | {len(paths)} | {statistics.mean(pages):.1f} | {med:.1f} / {p95:.1f} | "
                f"{per_page[0]:.1f} / {per_page[1]:.1f} | {name} | {f'{fmed:.1f}' if fmed else '—'} | {ratio} | {tgt} | {peer_text} |"
            )
    return lines


def measure_bulk(files: int, long: int, base: Path) -> list[str]:
    make_corpus(base / "in", files)
    t1, _ = timed_run(base / "in", base / "o1", 1)
    t2, _ = timed_run(base / "in", base / "o2", 2)
    make_corpus(base / "long", long, formats=("html", "docx", "text"))
    tl, entries = timed_run(base / "long", base / "ol", 1, recycle=10**9)
    rss = [
        e.worker_rss_mb for e in sorted(entries.values(), key=lambda e: e.path) if e.worker_rss_mb
    ]
    early, late = statistics.median(rss[20:70]), statistics.median(rss[-50:])
    return [
        "## Bulk runs",
        "",
        f"- {files} files: `--jobs 1` {t1:.1f} s, `--jobs 2` {t2:.1f} s → **{t1 / t2:.2f}×** (target ≥ 1.6×)",
        f"- one worker, never recycled, {long} documents in {tl:.1f} s: RSS {early:.1f} → {late:.1f} MB, "
        f"growth **{late - early:+.1f} MB** (target < 50 MB), peak {max(rss):.1f} MB",
    ]


COLD_SAMPLES = {
    "text": "samples/text/000_9ba4c109e1ad8830.txt",
    "html": "samples/html/000_9ba4c109e1ad8830.html",
    "docx": "samples/docx/000_9ba4c109e1ad8830.docx",
    "pdf": "samples/pdf/000_9ba4c109e1ad8830.pdf",
}
COLD_TARGET = 0.4  # seconds for `ogi convert ONE -o x.json`, every format


def measure_cold_start() -> list[str]:
    from benchmarks.cold import compiled

    compiled(ROOT)  # start-up from bytecode, as after an installed ogi's first run
    ogi_bin = str(Path(sys.executable).with_name("ogi"))

    def run(args: list[str]) -> float:
        return statistics.median(
            _timed(subprocess.run, [ogi_bin, *args], capture_output=True, check=True)[0]
            for _ in range(5)
        )

    version = run(["--version"])
    lines = [
        "## CLI cold start (median of 5)",
        "",
        f"- `ogi --version`: **{version / 1000:.2f} s** (target < 0.3 s)",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp, "x.json"))
        for fmt, sample in COLD_SAMPLES.items():
            seconds = run(["convert", str(ROOT / sample), "-o", out]) / 1000
            lines.append(
                f"- `ogi convert` one {fmt} report ({Path(sample).name}): **{seconds:.2f} s** "
                f"(target ≤ {COLD_TARGET} s)"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--quick", action="store_true", help="smaller corpus (< 3 minutes on 2 cores)"
    )
    args = parser.parse_args()
    per_format, files, long = (25, 120, 500) if args.quick else (100, 240, 2000)
    started = time.perf_counter()
    lines = [f"# ogi benchmark ({'quick' if args.quick else 'full'})", ""]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        generated = corpus.build(base / "corpus", per_format)
        lines += measure_formats(generated) + [""]
        from benchmarks import pdf as pdf_engines

        lines += pdf_engines.measure(generated["pdf"] + pdf_engines.layout_files()) + [""]
        lines += measure_bulk(files, long, base) + [""]
    from benchmarks import interpret as interpretation

    lines += ["## Interpretation (text format, no parsing)", ""]
    stages = interpretation.measure_stages(interpretation.text_corpus(per_format), 5)
    lines += interpretation.report_lines(stages, per_format)
    lines += interpretation.measure_baseline(
        interpretation.text_corpus(5), interpretation.DEFAULT_BASELINE, 3, 10
    ) + [""]
    lines += measure_cold_start()
    lines += ["", f"Total benchmark time {time.perf_counter() - started:.0f} s on this machine."]
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "benchmarks" / "results.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
