"""What `ogi convert` tells the user on stderr (never stdout): a progress line and the
run's summary."""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import click

from ogi.batch import MANIFEST, Entry, summary
from ogi.records import Writer
from ogi.status import Status


def progress_printer(wanted: bool | None, quiet: bool) -> Any:
    """A progress line on stderr: rewritten in place on a terminal, one line a second
    otherwise (--progress); never on stdout."""
    tty = sys.stderr.isatty()
    if quiet or not (tty if wanted is None else wanted):
        return None
    started, last = time.monotonic(), [0.0]

    def show(counts: dict[str, Any]) -> None:
        now = time.monotonic()
        done, total = counts["done"], counts["total"]
        if not tty and now - last[0] < 1.0 and done < total:
            return
        last[0] = now
        rate = done / max(1e-6, now - started)
        eta = (total - done) / rate if rate else 0
        line = (
            f"{done}/{total} done, {counts.get('failed', 0)} failed, "
            f"{rate:.1f} files/s, ETA {eta:.0f} s"
        )
        click.echo(f"\r{line} " if tty else f"ogi: progress: {line}", err=True, nl=not tty)

    return show


STATUS_ORDER = [s.value for s in Status]


def print_summary(
    entries: dict[str, Entry],
    outdir: str | None,
    writers: list[Writer],
    db: str | None,
    quiet: bool = False,
    verbose: bool = False,
) -> None:
    """Failures (one line each), then unless quiet: counts by status in a fixed order, by
    error code, failed checks by severity, and where the outputs are."""
    info = summary(entries)
    if sys.stderr.isatty() and not quiet:
        click.echo("", err=True)
    for entry in sorted(entries.values(), key=lambda e: e.path):
        if entry.status == Status.FAILED:
            click.echo(f"ogi: failed: {entry.path}: {entry.code}: {entry.message}", err=True)
        elif verbose:
            where = (
                f" -> {entry.output}" if entry.output else f" ({entry.code})" if entry.code else ""
            )
            click.echo(f"ogi: {entry.status}: {entry.path}{where}", err=True)
    if quiet:
        return
    counts = info["by_status"]
    parts = [f"{counts.get(s, 0)} {s}" for s in STATUS_ORDER if counts.get(s) or s == "ok"]
    click.echo(f"ogi: {info['inputs']} inputs: {', '.join(parts)}", err=True)
    if info["by_code"]:
        click.echo(
            "ogi: by code: " + ", ".join(f"{c} {n}" for c, n in info["by_code"].items()), err=True
        )
    for label, key in (("errors", "check_errors"), ("warnings", "check_warnings")):
        if info[key]:
            click.echo(
                f"ogi: {label}: " + ", ".join(f"{c} ×{n}" for c, n in info[key].items()), err=True
            )
    if outdir is not None:
        click.echo("ogi: outputs: " + ", ".join(_outputs(entries, outdir, writers, db)), err=True)


def _outputs(
    entries: dict[str, Entry], outdir: str, writers: list[Writer], db: str | None
) -> list[str]:
    """Where the run wrote: OUT/…/*.json, the manifest, each whole-run file, the database."""
    base = outdir.rstrip("/" + os.sep) or outdir
    n = sum(1 for e in entries.values() if e.has_report)
    names = [f"{base}/…/*.json ({n} reports)", f"{base}/{MANIFEST}"]
    names += [f"{base}/{w.file_name}" for w in writers if w.name != "json" and not w.per_report]
    if db:
        names.append(db)
    return names
