"""DOCX: ogi's Word extraction and the whole conversion against python-docx's
``Document()`` load of the same bytes, in the same process.

    python -m benchmarks.docx_bench [--docs N] [--repeat R]

The documents are the benchmark corpus's (benchmarks/corpus.py: the samples with varied
numbers and lengths) plus the samples themselves. Reported as ratios (ogi / python-docx
load), paired per document (fastest of R runs each), median over the documents.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]


def documents(count: int, folder: Path) -> list[Path]:
    """``count`` corpus documents written under ``folder``, then the samples."""
    from benchmarks import corpus

    rng = random.Random(1)
    samples = sorted((ROOT / "samples" / "docx").glob("*.docx"))
    made = []
    for i in range(count):
        target = folder / f"{i:04d}_{samples[i % len(samples)].name}"
        corpus._vary_docx(samples[i % len(samples)], target, rng)
        made.append(target)
    return made + samples


def fastest(fn: Callable[[], Any], repeat: int) -> float:
    """The fastest of ``repeat`` calls, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def measure(paths: list[Path], repeat: int) -> list[tuple[str, float, float, float]]:
    """(name, python-docx load ms, ogi extract ÷ load, ogi.convert ÷ load) per document."""
    import ogi

    registry = ogi.Registry.load()
    return [measure_one(path.name, path.read_bytes(), repeat, registry) for path in paths]


def measure_one(
    name: str, data: bytes, repeat: int, registry: Any
) -> tuple[str, float, float, float]:
    """One document: python-docx load ms, then ogi's extract and convert as ratios to it."""
    import docx
    from ogi_docx.plugin import extract

    import ogi
    from ogi.records import Options, Source

    load = fastest(lambda: docx.Document(io.BytesIO(data)), repeat)
    only = fastest(lambda: extract(Source(data, name=name), Options()), repeat)
    whole = fastest(lambda: ogi.convert(data, filename=name, registry=registry), repeat)
    return name, load, only / load, whole / load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=20, help="corpus documents (plus the samples)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(documents(args.docs, Path(tmp)), args.repeat)
    for name, load, only, whole in rows:
        print(f"{name[:34]:34}  load {load:5.1f} ms  extract {only:4.2f}x  convert {whole:4.2f}x")
    print(
        f"median over {len(rows)} documents: python-docx load "
        f"{statistics.median(r[1] for r in rows):.1f} ms; ogi extract "
        f"{statistics.median(r[2] for r in rows):.2f}x, ogi.convert "
        f"{statistics.median(r[3] for r in rows):.2f}x the load"
    )


if __name__ == "__main__":
    main()
