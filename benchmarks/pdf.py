"""The two PDF engines side by side (``python -m benchmarks.pdf`` alone, or from run.py).

Per file: ``ogi_pdf`` extraction with ``pdf_engine`` pdfium and pdfplumber, pdfplumber's
``extract_text`` + ``find_tables`` (the old floor), MarkItDown when installed, and Docling's
model-free native PDF pipeline when it can be loaded (``benchmarks/docling_native.py`` says
exactly what is timed). Per-page medians and per-document ratios, measured in one run on the
same files: each round times every engine on a file before the next file, and each figure
is the fastest of ``--repeats`` rounds per file.

Docling is not a dependency of this project. It is measured in-process when importable, or
through another interpreter given by ``--docling-python PATH`` (or the environment variable
``OGI_BENCH_DOCLING_PYTHON``), which then runs ``benchmarks/docling_native.py`` as a driver
that times only the conversion, warm. A venv for it, outside the project::

    python3.11 -m venv /work/docling-venv
    /work/docling-venv/bin/pip install torch==2.13.0   # the CPU build first
    echo torch==2.13.0 > /tmp/pin.txt && /work/docling-venv/bin/pip install docling -c /tmp/pin.txt
    python -m benchmarks.pdf --docling-python /work/docling-venv/bin/python

When Docling cannot be loaded, the output says so and why, and has no Docling rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ("pdfium", "pdfplumber")


def _wall_cpu(fn: Callable[..., Any], *args: Any) -> tuple[float, float]:
    """Wall and process CPU milliseconds of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


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
    return peers, notes


DOCLING_DRIVER = Path(__file__).with_name("docling_native.py")
DOCLING_ENV = "OGI_BENCH_DOCLING_PYTHON"


class _External:
    """``docling_native.py`` served by another interpreter: one JSON line per request."""

    def __init__(self, python: str) -> None:
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        self.process = subprocess.Popen(
            [python, str(DOCLING_DRIVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        self.hello = self._read()

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            return {"unavailable": f"the driver exited (code {self.process.wait()})"}
        answer: dict[str, Any] = json.loads(line)
        return answer

    def convert(self, config: str, path: Path) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"config": config, "path": str(path)}) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)


def _docling(
    python: str | None,
) -> tuple[dict[str, Callable[[Path], dict[str, Any]]], list[str], Callable[[], None]]:
    """Docling's native pipeline per configuration (each call answers the conversion's own
    wall and CPU milliseconds), the notes saying what is measured or why it is not, and a
    closer."""
    from benchmarks import docling_native

    where = f"under {python}" if python else "in-process"
    if python:
        try:
            driver = _External(python)
        except OSError as exc:
            return {}, [f"Docling not measured: could not start {python} ({exc})"], lambda: None
        if "loaded" not in driver.hello:
            driver.close()
            reason = driver.hello.get("unavailable", driver.hello)
            return {}, [f"Docling not measured: {python} could not load it: {reason}"], lambda: None
        info = driver.hello["loaded"]

        def external(config: str) -> Callable[[Path], dict[str, Any]]:
            def run(path: Path) -> dict[str, Any]:
                answer = driver.convert(config, path)
                if "ms" not in answer:
                    raise RuntimeError(f"Docling on {path.name}: {answer.get('error', answer)}")
                return answer

            return run

        timed = {docling_native.CONFIGS[c]: external(c) for c in docling_native.CONFIGS}
        closer = driver.close
    else:
        try:
            converts, info = docling_native.load()
        except ImportError as exc:
            return (
                {},
                [
                    f"Docling not measured: not importable here ({exc}); install it in a "
                    f"separate venv and pass --docling-python PATH (or set {DOCLING_ENV})"
                ],
                lambda: None,
            )

        def inproc(convert: Callable[[str], dict[str, Any]]) -> Callable[[Path], dict[str, Any]]:
            return lambda path: convert(str(path))

        timed = {docling_native.CONFIGS[c]: inproc(f) for c, f in converts.items()}
        closer = lambda: None  # noqa: E731
    notes = [
        f"Docling {info['docling']} (docling-parse {info['docling_parse']}, Python "
        f"{info['python']}) {where}: {info['pipeline']} — the model-free pipeline (no "
        "layout, OCR or table model, no weights); one text item per text line with its box, "
        "one picture item per embedded bitmap; no reading order, headings or tables. Timed: "
        "`DocumentConverter.convert(path)` alone, warm. 'text lines only': "
        "generate_page_images=False, generate_picture_images=False; 'its defaults': also "
        "renders each page at scale 1.0 and decodes the bitmaps."
    ]
    return timed, notes, closer


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def measure(paths: list[Path], repeats: int = 1, docling_python: str | None = None) -> list[str]:
    """Markdown lines: both engines per page and per document, ratios to the floors and
    peers. Each figure per file is the fastest of ``repeats`` rounds; within a round every
    engine reads a file before the next file is read. Docling runs in-process when
    importable, or under ``docling_python`` (default: the OGI_BENCH_DOCLING_PYTHON variable)."""
    peers, notes = _peers()
    docling, docling_notes, close_docling = _docling(
        docling_python or os.environ.get(DOCLING_ENV) or None
    )
    try:
        return _measure(paths, repeats, peers, docling, notes + docling_notes)
    finally:
        close_docling()


def _measure(
    paths: list[Path],
    repeats: int,
    peers: dict[str, Callable[[Path], Any]],
    docling: dict[str, Callable[[Path], dict[str, Any]]],
    notes: list[str],
) -> list[str]:
    def docling_times(name: str, path: Path) -> tuple[float, float]:
        answer = docling[name](path)
        return float(answer["ms"]), float(answer["cpu_ms"])

    timers: dict[str, Callable[[Path], tuple[float, float]]] = {
        **{e: (lambda p, e=e: _wall_cpu(_extract, p, e)) for e in ENGINES},
        "pdfplumber text+tables": lambda p: _wall_cpu(plumber_floor, p),
        **{name: (lambda p, peer=peer: _wall_cpu(peer, p)) for name, peer in peers.items()},
        **{name: (lambda p, name=name: docling_times(name, p)) for name in docling},
    }
    for path in paths[:1]:  # warm imports and caches, not measured
        for timer in timers.values():
            timer(path)
    fastest: dict[str, list[float]] = {name: [] for name in timers}  # wall ms per file
    fastest_cpu: dict[str, list[float]] = {name: [] for name in timers}  # process CPU ms
    for round_no in range(repeats):
        for i, path in enumerate(paths):
            for name, timer in timers.items():
                wall, cpu = timer(path)
                if round_no == 0:
                    fastest[name].append(wall)
                    fastest_cpu[name].append(cpu)
                else:
                    fastest[name][i] = min(fastest[name][i], wall)
                    fastest_cpu[name][i] = min(fastest_cpu[name][i], cpu)
    pages = [_pages(path) for path in paths]
    per_page = {k: [ms / n for ms, n in zip(v, pages)] for k, v in fastest.items()}
    med = {k: statistics.median(v) for k, v in fastest.items() if v}
    fast = med["pdfium"]
    lines = [
        f"## PDF engines ({len(paths)} files, {statistics.mean(pages):.1f} pages each)",
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
    for name in docling:
        lines.append(
            f"| {name} | {statistics.median(per_page[name]):.1f} ms | {med[name]:.1f} ms | "
            f"**{fast / med[name]:.2f}×** |"
        )
    lines.append("")
    for name in docling:
        ratios = [a / b for a, b in zip(fastest["pdfium"], fastest[name])]
        lines.append(
            f"- ogi-pdfium ÷ {name}, per document on the same files: median "
            f"**{statistics.median(ratios):.2f}×** (files {min(ratios):.2f}–{max(ratios):.2f}×); "
            f"per page (median) {statistics.median(per_page['pdfium']) / statistics.median(per_page[name]):.2f}×"
        )
        cpu_ratios = [a / b for a, b in zip(fastest_cpu["pdfium"], fastest_cpu[name])]
        lines.append(
            f"  - on process CPU time instead of wall time (fastest per file): ogi-pdfium "
            f"{statistics.median(fastest_cpu['pdfium']):.1f} ms, this "
            f"{statistics.median(fastest_cpu[name]):.1f} ms per document (median); ratio per "
            f"document median **{statistics.median(cpu_ratios):.2f}×** "
            f"(files {min(cpu_ratios):.2f}–{max(cpu_ratios):.2f}×)"
        )
    lines.append(
        f"- each figure per file is the fastest of {repeats} round(s); engines alternate "
        "file by file within a round"
    )
    lines += [f"- {n}" for n in notes]
    if docling:
        names = list(docling)
        lines += [
            "",
            "| file | pages | ogi, pdfium | "
            + " | ".join(f"{n} (pdfium ÷ it)" for n in names)
            + " |",
            "|---|---|---|" + "---|" * len(names),
        ]
        for i, path in enumerate(paths):
            cells = [
                f"{fastest[n][i]:.1f} ms ({fastest['pdfium'][i] / fastest[n][i]:.2f}×)"
                for n in names
            ]
            lines.append(
                f"| {path.name} | {pages[i]} | {fastest['pdfium'][i]:.1f} ms | "
                + " | ".join(cells)
                + " |"
            )
    return lines


def layout_files() -> list[Path]:
    """The multi-page layout renders: split tables, a sub-table title at a page end, a
    ruled page frame (tests/data/pdf)."""
    return sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))


def _files() -> list[Path]:
    return sorted((ROOT / "samples" / "pdf").glob("*.pdf")) + layout_files()


def main() -> None:
    """Measure on the samples and the multi-page layout renders (split tables)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="PDFs (default: the samples)")
    parser.add_argument("--repeats", type=int, default=3, help="rounds; fastest per file")
    parser.add_argument(
        "--docling-python",
        default=os.environ.get(DOCLING_ENV),
        help=f"an interpreter with Docling installed (default: ${DOCLING_ENV}); "
        "without it Docling is measured only when importable here",
    )
    args = parser.parse_args()
    paths = args.paths or _files()
    print("\n".join(measure(paths, args.repeats, args.docling_python)))


if __name__ == "__main__":
    main()
