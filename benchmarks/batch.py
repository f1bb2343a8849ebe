"""Bulk-run scaling and worker memory, measured in one process run.

    python -m benchmarks.batch [--files 240] [--rounds 3] [--long 2000] [--scaling-only]

1. ``--jobs 1`` vs ``--jobs 2`` over the same corpus of N files (copies of the HTML, Word and
   PDF samples), after one unmeasured warm-up run, alternated over ``--rounds`` rounds (1-2,
   2-1, 1-2, …: a machine whose speed drifts during the run favours neither). Each run is
   measured on the wall clock *and* in CPU time: the driver's user+sys
   (``getrusage(RUSAGE_SELF)``), the workers' (``RUSAGE_CHILDREN``: every worker is reaped
   before the run returns) and the whole machine's (``/proc/stat``), so a run's capacity
   (cores × wall) splits into driver + workers + other processes + idle. Reported: each
   round's wall ratio, their median and the ratio of the median walls; the CPU-bound ratio
   (the ``--jobs 1`` worker's CPU over half the ``--jobs 2`` run's driver + workers CPU: what
   two fully used cores would give, insensitive to other processes); the driver's CPU per
   file; the cores' time the ``--jobs 2`` runs left idle or lost to other processes. Each
   run first waits (``--settle``, 20 s at most) for a second in which other processes use
   less than a quarter of a core.
2. One worker, never recycled, over ``--long`` documents: the worker's RSS after each file
   (from the manifest), early vs late — growth must stay flat.
3. The driver over ``--driver`` reports fed to every streaming writer (JSON, cells CSV and
   JSONL, SQLite): its RSS after 10 % of the run vs at the end — flat in the number of
   reports (bound: +50 MB). ``--driver-only`` runs just this part.
Results are printed and written to benchmarks/results-batch.md (the driver part alone to
benchmarks/results-driver.md; ``--scaling-only`` writes nothing unless ``--write``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ogi.batch import BatchOptions, Entry, run_batch

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


def timed_run(
    inputs: Path, out: Path, jobs: int, recycle: int = 200
) -> tuple[float, dict[str, Entry]]:
    """Wall seconds and the entries of one run."""
    run = measured_run(inputs, out, jobs, recycle)
    return run.wall, run.entries


def timed_run_cpu(
    inputs: Path, out: Path, jobs: int, recycle: int = 200
) -> tuple[float, float, dict[str, Entry]]:
    """Wall seconds, the driver's own CPU seconds (workers excluded) and the entries."""
    run = measured_run(inputs, out, jobs, recycle)
    return run.wall, run.driver_cpu, run.entries


def _own_cpu(who: int) -> float:
    """User + system CPU seconds of this process (``RUSAGE_SELF``) or of its reaped children
    (``RUSAGE_CHILDREN``)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _machine() -> tuple[float, float]:
    """Busy and idle CPU seconds of the whole machine so far, all cores (``/proc/stat``;
    steal counts as busy: another guest had the core). (0, 0) where there is none."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(x) for x in handle.readline().split()[1:9]]
    except (OSError, ValueError):
        return 0.0, 0.0
    user, nice, system, idle, iowait, irq, softirq, steal = fields
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq + steal) / tick, (idle + iowait) / tick


@dataclass
class Measured:
    """One bulk run on the wall clock and in CPU time (seconds)."""

    jobs: int
    wall: float
    driver_cpu: float  # this process: planning, dispatch, sinks, journal, manifest
    workers_cpu: float  # every worker of the run (reaped when the run ends)
    machine_busy: float  # every process on the machine, during the run
    machine_idle: float
    entries: dict[str, Entry]

    @property
    def ours(self) -> float:
        """Driver + workers CPU seconds."""
        return self.driver_cpu + self.workers_cpu

    @property
    def others(self) -> float:
        """CPU seconds other processes took during the run (never below 0: /proc/stat
        counts in ticks)."""
        return max(0.0, self.machine_busy - self.ours)


def measured_run(inputs: Path, out: Path, jobs: int, recycle: int = 200) -> Measured:
    """Run ``ogi convert inputs -o out --jobs jobs`` in this process, measured."""
    busy, idle = _machine()
    driver, workers = _own_cpu(resource.RUSAGE_SELF), _own_cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    entries = run_batch([str(inputs)], str(out), BatchOptions(jobs=jobs, recycle_after=recycle))
    wall = time.perf_counter() - started
    busy2, idle2 = _machine()
    return Measured(
        jobs,
        wall,
        _own_cpu(resource.RUSAGE_SELF) - driver,
        _own_cpu(resource.RUSAGE_CHILDREN) - workers,
        busy2 - busy,
        idle2 - idle,
        entries,
    )


def settle(most: float, cores: float = 0.25) -> float:
    """Wait (at most ``most`` seconds) for a second in which other processes used less than
    ``cores`` of a core; the seconds waited."""
    started = time.perf_counter()
    while time.perf_counter() - started < most:
        busy = _machine()[0]
        time.sleep(1.0)
        if _machine()[0] - busy < cores:
            break
    return time.perf_counter() - started


def scaling(base: Path, rounds: int, most: float = 0.0) -> list[dict[int, Measured]]:
    """One unmeasured warm-up run, then ``--jobs 1`` and ``--jobs 2`` over ``base/in``
    alternated (1-2, then 2-1, …), each run after waiting up to ``most`` seconds for a
    quiet second (:func:`settle`): each round's two runs, by jobs."""
    measured_run(base / "in", base / "warm", 2)
    shutil.rmtree(base / "warm", ignore_errors=True)
    found: list[dict[int, Measured]] = []
    for r in range(rounds):
        pair: dict[int, Measured] = {}
        for jobs in (1, 2) if r % 2 == 0 else (2, 1):
            settle(most)
            out = base / f"o{jobs}-{r}"
            pair[jobs] = measured_run(base / "in", out, jobs)
            shutil.rmtree(out, ignore_errors=True)
        found.append(pair)
    return found


def cpu_bound_ratio(pair: dict[int, Measured]) -> float:
    """The speed-up two fully used cores would give: the ``--jobs 1`` run's worker CPU (its
    critical path: the driver has the other core) over half the ``--jobs 2`` run's driver +
    workers CPU. Other processes change it only as far as they slow our CPU time itself."""
    return pair[1].workers_cpu / (pair[2].ours / 2)


QUIET = 0.10  # share of the cores' time other processes may take in a run called quiet


def _quiet(run: Measured) -> bool:
    """Whether other processes took under :data:`QUIET` of the machine's cores × wall."""
    return run.others < QUIET * (os.cpu_count() or 2) * run.wall


def round_rows(rounds: list[dict[int, Measured]], files: int) -> list[str]:
    """A table: per round, wall and CPU of both runs, the two ratios, what others took."""
    ms = 1000 / files
    rows = [
        "| round | order | wall j1 / j2 (s) | wall ratio | CPU ms/file j1 driver + worker "
        "| j2 driver + workers | CPU-bound ratio | others' CPU j1 / j2 (s) | idle j1 / j2 (s) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r, pair in enumerate(rounds):
        one, two = pair[1], pair[2]
        rows.append(
            f"| {r + 1} | {'1-2' if r % 2 == 0 else '2-1'} | {one.wall:.2f} / {two.wall:.2f} "
            f"| {one.wall / two.wall:.2f} | {one.driver_cpu * ms:.2f} + {one.workers_cpu * ms:.1f} "
            f"| {two.driver_cpu * ms:.2f} + {two.workers_cpu * ms:.1f} "
            f"| {cpu_bound_ratio(pair):.2f} | {one.others:.2f} / {two.others:.2f} "
            f"| {one.machine_idle:.2f} / {two.machine_idle:.2f} |"
        )
    return rows


def scaling_lines(rounds: list[dict[int, Measured]], files: int) -> list[str]:
    """The scaling part of the report: the summary lines, then the per-round table."""
    med = statistics.median
    walls = {j: med(p[j].wall for p in rounds) for j in (1, 2)}
    ratios = [p[1].wall / p[2].wall for p in rounds]
    cpu_ratios = [cpu_bound_ratio(p) for p in rounds]
    ms = 1000 / files
    d1, d2 = (med(p[j].driver_cpu for p in rounds) * ms for j in (1, 2))
    w1, w2 = (med(p[j].workers_cpu for p in rounds) * ms for j in (1, 2))
    two = [p[2] for p in rounds]
    capacity = med(2 * m.wall for m in two)
    unused = med(2 * m.wall - m.workers_cpu for m in two)
    still = med(p[1].wall - p[1].workers_cpu for p in rounds)
    quiet = [r for r, p in enumerate(rounds) if all(_quiet(p[j]) for j in (1, 2))]
    calm = (
        f"{med(ratios[r] for r in quiet):.2f}× (rounds {', '.join(str(r + 1) for r in quiet)})"
        if quiet
        else "none"
    )
    ok1 = sum(e.status == "ok" for e in rounds[0][1].entries.values())
    return [
        f"- corpus: {files} files (HTML, DOCX, PDF, text samples), {ok1} converted; one warm-up "
        f"run, then {len(rounds)} rounds alternating `--jobs 1` and `--jobs 2`",
        f"- wall: `--jobs 1` {walls[1]:.2f} s ({files / walls[1]:.1f} files/s), `--jobs 2` "
        f"{walls[2]:.2f} s ({files / walls[2]:.1f} files/s), medians",
        f"- speed-up on the wall clock: **{med(ratios):.2f}×** median of the rounds' ratios "
        f"({', '.join(f'{x:.2f}' for x in ratios)}), {walls[1] / walls[2]:.2f}× the ratio of "
        "the median walls (target ≥ 1.9×)",
        f"- CPU-bound speed-up (`--jobs 1` worker CPU ÷ half the `--jobs 2` driver + workers "
        f"CPU: two fully used cores): **{med(cpu_ratios):.2f}×** "
        f"({', '.join(f'{x:.2f}' for x in cpu_ratios)})",
        f"- rounds in which other processes took under {QUIET:.0%} of the cores' time in both "
        f"runs (the wall ratio means something only there): {calm}",
        f"- CPU per file (user + sys, medians): driver {d1:.2f} ms with `--jobs 1`, "
        f"{d2:.2f} ms with `--jobs 2`; workers {w1:.1f} ms with `--jobs 1`, {w2:.1f} ms with "
        "`--jobs 2`",
        f"- `--jobs 2` runs: 2 cores × wall = {capacity:.2f} s, of which the workers did not "
        f"use {unused:.2f} s ({1000 * unused / files:.2f} ms per file: start-up, the end of the "
        "run, waiting for the driver, the driver and other processes on their cores); per "
        "round below: the CPU others took and what stayed idle; `--jobs 1` runs: the worker "
        f"did not run for {still:.2f} s of the wall ({1000 * still / files:.2f} ms per file)",
        "",
        *round_rows(rounds, files),
    ]


DRIVER_GROWTH_MB = 50


def driver_memory(reports: int) -> tuple[list[str], float]:
    """The driver's RSS growth (MB) over ``reports`` text reports fed to every writer."""
    import psutil

    me = psutil.Process()
    samples: list[tuple[int, float]] = []

    def sample(counts: dict[str, Any]) -> None:
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
    parser.add_argument("--scaling-only", action="store_true", help="part 1 alone")
    parser.add_argument(
        "--settle", type=float, default=20.0, help="seconds to wait at most for a quiet machine"
    )
    parser.add_argument("--write", action="store_true", help="write the --scaling-only report")
    args = parser.parse_args()
    if args.driver_only:
        found, growth = driver_memory(args.driver)
        text = "\n".join(["# Driver memory", "", *found]) + "\n"
        print(text)
        (ROOT / "benchmarks" / "results-driver.md").write_text(text, encoding="utf-8")
        raise SystemExit(0 if growth < DRIVER_GROWTH_MB else 1)
    lines = ["# Bulk-run benchmark", "", f"- {stamp()}"]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        make_corpus(base / "in", args.files)
        rounds = scaling(base, max(1, args.rounds), args.settle)
        lines += scaling_lines(rounds, args.files) + ["", f"- at the end: {stamp(loop=False)}"]
        if args.scaling_only:
            finish(lines, args.write)
            return
        lines.append("")
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
    finish(lines, True)


def stamp(loop: bool = True) -> str:
    """When and how busy: the hour, the load averages, the 3-million-addition loop."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    text = f"{time.strftime('%Y-%m-%d %H:%M')}, load average {load}"
    if not loop:
        return text
    started = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    return f"{text}, 3-million-addition loop {1000 * (time.perf_counter() - started):.0f} ms"


def finish(lines: list[str], write: bool) -> None:
    """Print the report; write it to benchmarks/results-batch.md when asked."""
    text = "\n".join(lines) + "\n"
    print(text)
    if write:
        (ROOT / "benchmarks" / "results-batch.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
