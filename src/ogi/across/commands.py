"""The ``ogi compare`` and ``ogi series`` commands, and the ``--across`` part of
``ogi check`` (registered in :mod:`ogi.cli`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ogi.across import compare as C
from ogi.across import series as S
from ogi.across.load import DB_SEPARATOR, is_database, load_one, load_snapshots
from ogi.across.record import failure_line, store_in_database, summary_line, to_jsonl
from ogi.across.rules import cross_checks, used_by_rules
from ogi.bodies import load_aliases
from ogi.registry import Registry
from ogi.writers import atomic_write

_SUFFIX_FORMATS = {".md": "markdown", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
ALIASES_HELP = "File of 'old name = new name' lines for renamed bodies."


def _format(fmt: str | None, output: str | None, default: str) -> str:
    if fmt:
        return fmt
    return _SUFFIX_FORMATS.get(Path(output).suffix, default) if output else default


def _exists(param: str, *specs: str) -> None:
    """A missing path is a usage error (exit 2), as for ``ogi convert``; ``DB::PATH`` is
    checked for its database part."""
    for spec in specs:
        path = spec.partition(DB_SEPARATOR)[0]
        if not os.path.lexists(path):
            raise click.BadParameter(f"no such file or directory: {path}", param_hint=param)


def _aliases(path: str | None) -> dict[str, str]:
    return load_aliases(path) if path else {}


@click.command("compare")
@click.argument("a")
@click.argument("b")
@click.option("--format", "fmt", type=click.Choice(C.FORMATS), help="Default: from -o, else text.")
@click.option("-o", "--output", help="Write to this file instead of standard output.")
@click.option("--only-changed", is_flag=True, help="Leave out statistics that did not change.")
@click.pass_obj
def compare_command(
    registry: Registry, a: str, b: str, fmt: str | None, output: str | None, only_changed: bool
) -> None:
    """Compare two reports side by side (A: usually last year's, B: this year's).

    A and B are report JSON files, report inputs (converted first) or DB::PATH (a report in
    a bulk database). Exit status 1 when an error-level cross-year check fails."""
    _exists("A/B", a, b)
    fmt = _format(fmt, output, "text")
    if fmt not in C.FORMATS:
        raise click.BadParameter(f"{fmt} is not a compare format", param_hint="--format")
    result = C.compare(load_one(a, registry), load_one(b, registry), only_changed)
    text = C.RENDERERS[fmt](result).encode("utf-8")
    if output:
        atomic_write(Path(output), text)
    else:
        sys.stdout.buffer.write(text)
        sys.stdout.flush()
    if result.failed_errors():
        sys.exit(1)


@click.command("series")
@click.argument("source")
@click.argument("keys", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(S.FORMATS), help="Default: from -o, else csv.")
@click.option("-o", "--output", help="Write to this file instead of standard output.")
@click.option("--chart", help="Also draw a sparkline per key into this .png or .svg file.")
@click.option("--body", "bodies", multiple=True, help="Only this body (repeatable).")
@click.option("--aliases", type=click.Path(dir_okay=False), help=ALIASES_HELP)
@click.pass_obj
def series_command(
    registry: Registry,
    source: str,
    keys: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    chart: str | None,
    bodies: tuple[str, ...],
    aliases: str | None,
) -> None:
    """One row per body × year of the statistics KEY… from a bulk database or folder.

    Legacy figures (before 2019) stand in for the modern key that counts the same thing;
    the mapped_from column says where."""
    _exists("SOURCE", source)
    wanted = S.key_filter(keys)
    snaps = load_snapshots(source, registry, wanted.__contains__)
    rows, notes = S.build_series(snaps, list(keys), _aliases(aliases), bodies)
    for note in notes:
        click.echo(f"ogi: {note}", err=True)
    data = S.write_series(rows, list(keys), _format(fmt, output, "csv"), output)
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    if chart:
        why = S.draw_chart(rows, list(keys), chart)
        click.echo(
            f"ogi: chart skipped: {why}" if why else f"ogi: chart written to {chart}", err=True
        )


def check_across(registry: Registry, target: str, aliases: str | None, jsonl: bool) -> None:
    """``ogi check --across DIR_OR_DB``: print the failed cross-year checks (every result
    with --jsonl); a database also gets them in its ``checks`` table. Exit 1 on an
    error-level failure."""
    _exists("--across", target)
    results = cross_checks(load_snapshots(target, registry, used_by_rules), _aliases(aliases))
    if jsonl:
        sys.stdout.buffer.write(to_jsonl(results))
    else:
        for r in results:
            if r.ok is False:
                click.echo(failure_line(r))
    if is_database(target):
        store_in_database(target, results)
    click.echo(f"ogi: {summary_line(results)}", err=True)
    if any(r.ok is False and r.severity == "error" for r in results):
        sys.exit(1)
