"""Bulk-run scaling and worker memory, measured in one process run.

    python -m benchmarks.batch [--files 240] [--rounds 3] [--long 2000]

1. ``--jobs 1`` vs ``--jobs 2`` over the same corpus of N files (copies of the HTML, Word and
   PDF samples), alternated over ``--rounds`` rounds (1-2, 2-1, 1-2, …: a machine whose
   speed drifts during the run favours neither), wall time of each and the ratio of the
   medians, with each round's ratio beside it.
2. One worker, never recycled, over ``--long`` documents: the worker's RSS after each file
   (from the manifest), early vs late — growth must stay flat.
3. The driver over ``--driver`` reports fed to every streaming writer (JSON, cells CSV and
   JSONL, SQLite): its RSS after 10 % of the run vs at the end — flat in the number of
   reports (bound: +50 MB). ``--driver-only`` runs just this part.
Results are printed and written to benchmarks/results-batch.md (the driver part alone to
benchmarks/results-driver.md).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ogi.batch import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("html", "docx", "pdf", "text")


def make_corpus(target: Path, files: int, formats: tuple[str, ...] = FORMATS) -> int:
    """Copies of the samples (inputs only) until ``files`` inputs exist."""
    samples = [p for f in formats for p in sorted((ROOT / "samples" / f).glob("*"))]
    for i in range(files):
        src = samples[i % len(samples)]
        dst = target / f"d{i // 100:03d}" / f"{i:05d}_{src.name}"
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, dst)
    return files


def timed_run(inputs: Path, out: Path, jobs: int, recycle: int = 200) -> tuple[float, dict]:
    seconds, _driver_cpu, entries = timed_run_cpu(inputs, out, jobs, recycle)
    return seconds, entries


def timed_run_cpu(
    inputs: Path, out: Path, jobs: int, recycle: int = 200
) -> tuple[float, float, dict]:
    """Wall seconds, the driver's own CPU seconds (workers excluded) and the entries."""
    started, cpu = time.perf_counter(), time.process_time()
    entries = run_batch([str(inputs)], str(out), BatchOptions(jobs=jobs, recycle_after=recycle))
    return time.perf_counter() - started, time.process_time() - cpu, entries


def scaling(base: Path, rounds: int) -> dict[int, list[tuple[float, float, dict]]]:
    """``--jobs 1`` and ``--jobs 2`` over ``base/in``, alternated (1-2, then 2-1, …): each
    run's wall seconds, driver CPU seconds and entries, by jobs."""
    runs: dict[int, list[tuple[float, float, dict]]] = {1: [], 2: []}
    for r in range(rounds):
        for jobs in (1, 2) if r % 2 == 0 else (2, 1):
            out = base / f"o{jobs}-{r}"
            runs[jobs].append(timed_run_cpu(base / "in", out, jobs))
            shutil.rmtree(out, ignore_errors=True)
    return runs


DRIVER_GROWTH_MB = 50


def driver_memory(reports: int) -> tuple[list[str], float]:
    """The driver's RSS growth (MB) over ``reports`` text reports fed to every writer."""
    import psutil

    me = psutil.Process()
    samples: list[tuple[int, float]] = []

    def sample(counts: dict) -> None:
        if counts["done"] % 50 == 0:
            samples.append((counts["done"], me.memory_info().rss / 1_048_576))

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        make_corpus(base / "in", reports, formats=("text",))
        opts = BatchOptions(
            jobs=2,
            progress=sample,
            writers=("json", "cells", "cells-jsonl", "sqlite"),
            db=str(base / "db.sqlite"),
        )
        started = time.perf_counter()
        entries = run_batch([str(base / "in")], str(base / "out"), opts)
        seconds = time.perf_counter() - started
        end_rss = me.memory_info().rss / 1_048_576
    ok = sum(e.status == "ok" for e in entries.values())
    early = next(mb for done, mb in samples if done >= reports // 10)
    growth = end_rss - early
    return [
        f"- driver over {reports} reports ({ok} ok, {seconds:.1f} s, writers json, cells, "
        f"cells-jsonl, sqlite, --db): RSS {early:.1f} MB after {reports // 10} → {end_rss:.1f} MB "
        f"at the end, growth **{growth:+.1f} MB** (bound +{DRIVER_GROWTH_MB} MB)",
    ], growth


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=240)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--long", type=int, default=2000)
    parser.add_argument("--driver", type=int, default=2000)
    parser.add_argument("--driver-only", action="store_true")
    args = parser.parse_args()
    if args.driver_only:
        found, growth = driver_memory(args.driver)
        text = "\n".join(["# Driver memory", "", *found]) + "\n"
        print(text)
        (ROOT / "benchmarks" / "results-driver.md").write_text(text, encoding="utf-8")
        raise SystemExit(0 if growth < DRIVER_GROWTH_MB else 1)
    lines = ["# Bulk-run benchmark", ""]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        make_corpus(base / "in", args.files)
        runs = scaling(base, max(1, args.rounds))
        t1, t2 = (statistics.median(r[0] for r in runs[j]) for j in (1, 2))
        cpu1, cpu2 = (statistics.median(r[1] for r in runs[j]) for j in (1, 2))
        ok1 = sum(e.status == "ok" for e in runs[1][0][2].values())
        rounds = ", ".join(f"{a[0] / b[0]:.2f}" for a, b in zip(runs[1], runs[2]))
        lines += [
            f"- corpus: {args.files} files (HTML, DOCX, PDF, text samples), {ok1} converted",
            f"- `--jobs 1`: {t1:.2f} s ({args.files / t1:.1f} files/s), median of {len(runs[1])}",
            f"- `--jobs 2`: {t2:.2f} s ({args.files / t2:.1f} files/s), median of {len(runs[2])}",
            f"- speed-up jobs 2 / jobs 1: **{t1 / t2:.2f}×** (target ≥ 1.9×); per round: {rounds}",
            f"- the driver's own CPU (journal, sinks, manifest, cells.csv; workers excluded): "
            f"{1000 * cpu1 / args.files:.1f} ms per file with `--jobs 1`, "
            f"{1000 * cpu2 / args.files:.1f} ms with `--jobs 2`",
        ]
        make_corpus(base / "long", args.long, formats=("html", "docx", "text"))
        tl, el = timed_run(base / "long", base / "ol", 1, recycle=10**9)
        rss = [
            e.worker_rss_mb for e in sorted(el.values(), key=lambda e: e.path) if e.worker_rss_mb
        ]
        early, late = statistics.median(rss[50:150]), statistics.median(rss[-100:])
        lines += [
            f"- one worker, never recycled, {args.long} documents in {tl:.1f} s: RSS median "
            f"{early:.1f} MB (files 50–150) → {late:.1f} MB (last 100), growth **{late - early:+.1f} MB** "
            f"(target < 50 MB); peak {max(rss):.1f} MB",
        ]
    lines += driver_memory(args.driver)[0]
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "benchmarks" / "results-batch.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
