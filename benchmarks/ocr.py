"""The OCR plugin on the generated scans: accuracy against the text samples, seconds per
page, peak RSS over a long scan.

    python -m benchmarks.ocr [--pages N] [--long N]

- accuracy: each scan in plugins/ogi-ocr/tests/scans/ (tools/make_scans.py) converted and
  its statistics compared with the same seed's text sample: exact, wrong, missing; how many
  of the wrong or missing ones are flagged (OCR_LOW_CONFIDENCE / OCR_UNREAD_CELL, a failed
  check, or a completeness warning);
- speed: wall and CPU seconds per page (median, p95) over the pages of those scans, with
  the load average of the (shared) machine at the time;
- memory: peak RSS of one ``ogi convert`` process on an image-only PDF of ``--long`` pages
  (the scans' pages repeated), and RSS after each tenth of the pages.

Writes benchmarks/results-ocr.md. Needs the OCR plugin installed (pip install -e plugins/ogi-ocr).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "plugins" / "ogi-ocr" / "tests" / "scans"
TEXT = ROOT / "samples" / "text"
FLAG_CODES = {
    "OCR_LOW_CONFIDENCE",
    "OCR_UNREAD_CELL",
    "ROW_SHORT",
    "ROW_TOO_LONG",
    "VALUE_UNPARSED",
}


def flagged_keys(report: Any) -> set[str]:
    """Keys a reader is warned about: named by a warning or a failed check."""
    keys = {w.where.get("key") for w in report.warnings if w.code in FLAG_CODES}
    for check in report.checks:
        if not check.ok:
            keys.update(check.keys)
    return {k for k in keys if k}


def compare(scan: Any, text: Any) -> dict[str, Any]:
    """Statistics of the scan against the text sample's."""
    truth = dict(text.flat())
    got = dict(scan.flat())
    wrong = sorted(k for k in truth if k in got and got[k] != truth[k])
    missing = sorted(k for k in truth if k not in got)
    flagged = flagged_keys(scan)
    table_warnings = any(w.code in FLAG_CODES for w in scan.warnings)
    return {
        "total": len(truth),
        "exact": len(truth) - len(wrong) - len(missing),
        "wrong": wrong,
        "missing": missing,
        "invented": sorted(k for k in got if k not in truth),
        "unflagged": [k for k in wrong if k not in flagged]
        + [k for k in missing if not table_warnings],
        "template": (scan.template, text.template),
        "year": (scan.meta.year, text.meta.year),
    }


def accuracy(limit_pages: int | None) -> tuple[list[dict[str, Any]], list[float], list[float]]:
    """Per scan: the comparison and the per-page wall and CPU seconds."""
    import ogi

    registry = ogi.Registry.load()
    rows, walls, cpus = [], [], []
    for path in sorted(SCANS.glob("[0-9]*.pdf")):
        text = ogi.convert(TEXT / (path.stem + ".txt"), registry=registry)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        scan = ogi.convert(path, registry=registry)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        pages = scan.source.pages or 1
        walls += [wall / pages] * pages
        cpus += [cpu / pages] * pages
        rows.append(
            {"scan": path.name, "pages": pages, "s_per_page": wall / pages, **compare(scan, text)}
        )
        if limit_pages is not None and len(walls) >= limit_pages:
            break
    return rows, walls, cpus


def long_scan(pages: int, folder: Path) -> Path:
    """An image-only PDF of ``pages`` pages: the scans' pages repeated."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(p)) for p in sorted(SCANS.glob("[0-9]*.pdf"))]
    k = 0
    while len(out) < pages:
        src = sources[k % len(sources)]
        out.import_pages(src, [k // len(sources) % len(src)])
        k += 1
    path = folder / f"long_{pages}.pdf"
    buffer = io.BytesIO()
    out.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def peak_rss(path: Path) -> tuple[float, float]:
    """(seconds, peak RSS MB) of ``ogi convert`` on ``path`` in a fresh process."""
    code = (
        "import resource,sys,ogi;from ogi.records import Options;"
        "ogi.convert(sys.argv[1], options=Options(accept_any=True));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return time.perf_counter() - started, int(done.stdout.split()[-1]) / 1024


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def report(rows: list[dict[str, Any]], walls: list[float], cpus: list[float], long: Any) -> str:
    """The results as Markdown."""
    total = sum(r["total"] for r in rows)
    exact = sum(r["exact"] for r in rows)
    lines = [
        "# ogi-ocr benchmark",
        "",
        f"Machine: {os.cpu_count()} cores, shared; load average at the end "
        f"{os.getloadavg()[0]:.1f}. Models: PP-OCRv6 small (det + rec) on onnxruntime CPU.",
        "",
        "## Accuracy on the generated scans (150 dpi, ±0.6°, noise, blur)",
        "",
        "| scan | pages | statistics | exact | wrong | missing | invented | unflagged | template | year |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['scan']} | {r['pages']} | {r['total']} | {r['exact']} | {len(r['wrong'])} "
            f"| {len(r['missing'])} | {len(r['invented'])} | {len(r['unflagged'])} "
            f"| {r['template'][0]} ({'ok' if r['template'][0] == r['template'][1] else 'WRONG'}) "
            f"| {r['year'][0]} ({'ok' if r['year'][0] == r['year'][1] else 'WRONG'}) |"
        )
    lines += [
        "",
        f"**{exact} / {total} statistics exact ({100 * exact / max(1, total):.2f} %)**.",
        "",
        "Wrong or missing keys: "
        + (", ".join(k for r in rows for k in r["wrong"] + r["missing"]) or "none"),
        "",
        "## Speed (seconds per page)",
        "",
        f"- wall: median **{statistics.median(walls):.2f}**, p95 {p95(walls):.2f} "
        f"({len(walls)} pages)",
        f"- CPU (all threads): median {statistics.median(cpus):.2f}, p95 {p95(cpus):.2f}",
    ]
    if long is not None:
        pages, seconds, rss = long
        lines += [
            "",
            "## Memory",
            "",
            f"- `ogi convert` on a {pages}-page image-only PDF: {seconds:.0f} s "
            f"({seconds / pages:.2f} s/page), peak RSS **{rss:.0f} MB**",
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=None, help="stop accuracy after N pages")
    parser.add_argument("--long", type=int, default=50, help="pages of the memory run (0: skip)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results-ocr.md"))
    args = parser.parse_args()
    rows, walls, cpus = accuracy(args.pages)
    print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    long = None
    if args.long:
        with tempfile.TemporaryDirectory() as folder:
            seconds, rss = peak_rss(long_scan(args.long, Path(folder)))
            long = (args.long, seconds, rss)
    text = report(rows, walls, cpus, long)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    _ = resource
    return 0


if __name__ == "__main__":
    sys.exit(main())
