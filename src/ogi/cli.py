"""The ``ogi`` command line: thin commands over the Python API.

Errors reach the user at exactly one place (:class:`OgiGroup.invoke`): one line naming the
file and the reason, exit status 1, no traceback. Usage errors exit with 2.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ogi import __version__
from ogi.across.commands import check_across, compare_command, series_command
from ogi.batch import DEFAULT_MAX_PAGES, BatchOptions, run_batch, summary
from ogi.errors import InvalidReport, OgiError
from ogi.pipeline import convert_many, convert_source, error_record, load_source, run_checks
from ogi.records import Options, Source, Writer
from ogi.registry import Registry
from ogi.report import Report, report_json_schema
from ogi.writers import atomic_write, output_file


class OgiGroup(click.Group):
    """A click group that turns every error into one line and exit status 1, and offers the
    commands plugins add (``ogi_register_commands``) beside its own."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        return command if command is not None else _plugin_commands(ctx).get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(_plugin_commands(ctx)))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OgiError as exc:
            click.echo(f"ogi: error: {exc}", err=True)
            ctx.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors (exit 2) and normal exits are click's to report
        except Exception as exc:  # a bug in ogi still reaches the user as one line
            click.echo(f"ogi: error: {error_record(exc, None)}", err=True)
            ctx.exit(1)


CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(cls=OgiGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="ogi")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--disable-plugin", multiple=True, metavar="NAME", help="Block a plugin by name.")
@click.pass_context
def cli(ctx: click.Context, no_plugins: bool, disable_plugin: tuple[str, ...]) -> None:
    """Convert 政府信息公开工作年度报告 into typed, checked records."""
    registry_of(ctx)


def registry_of(ctx: click.Context) -> Registry:
    """The run's registry: the one given (``obj``), else loaded once from the group's own
    parsed options (``--no-plugins``, ``--disable-plugin``) — click parses them, once."""
    root = ctx.find_root()
    if root.obj is None:
        no_plugins = bool(root.params.get("no_plugins"))
        disable = root.params.get("disable_plugin") or ()
        root.obj = Registry.load(entry_points=False if no_plugins else None, disable=disable)
    registry: Registry = root.obj
    return registry


def _plugin_commands(ctx: click.Context) -> dict[str, click.Command]:
    """The commands the registry's plugins add, on a scratch group (the module-level group is
    never mutated)."""
    extra = click.Group(name="plugins")
    registry_of(ctx).register_commands(extra)
    return dict(extra.commands)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--to", "to", default="json", show_default=True, help="Writer: json, cells, cells-jsonl, …"
)
@click.option("-o", "--output", help="Output file (one input) or directory (a bulk run).")
@click.option("--using", help="Force an extractor by name (see `ogi formats`).")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    default=1,
    show_default=True,
    help="Worker processes.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=120.0,
    show_default=True,
    help="Seconds per file before its worker is killed.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(64),
    default=2048,
    show_default=True,
    help="MB per worker before it is killed.",
)
@click.option(
    "--max-pages",
    type=click.IntRange(1),
    default=DEFAULT_MAX_PAGES,
    show_default=True,
    help="Refuse documents with more pages (TOO_LARGE).",
)
@click.option(
    "--resume", is_flag=True, help="Skip inputs already done (same sha256 and extractor version)."
)
@click.option("--retry-failed", is_flag=True, help="Re-run only the inputs that failed before.")
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    help="Also write a SQLite database of reports, cells, checks, warnings.",
)
@click.option(
    "--password",
    envvar="OGI_PASSWORD",
    help="Password for encrypted PDF / Office files (or set OGI_PASSWORD).",
)
@click.option(
    "--across",
    is_flag=True,
    help="After a bulk run, check each body against its previous year (OUTDIR/across.jsonl, --db).",
)
@click.option("--aliases", type=click.Path(dir_okay=False), help="Renamed bodies for --across.")
@click.pass_obj
def convert(
    registry: Registry,
    paths: tuple[str, ...],
    to: str,
    output: str | None,
    using: str | None,
    jobs: int,
    timeout: float,
    max_memory: int,
    max_pages: int | None,
    resume: bool,
    retry_failed: bool,
    db: str | None,
    password: str | None,
    across: bool,
    aliases: str | None,
) -> None:
    """Convert report files or directory trees. `-` reads standard input.

    With -o OUTDIR and a directory or several inputs, this is a bulk run: isolated workers,
    OUTDIR/manifest.jsonl (one line per input), one JSON per report, OUTDIR/cells.csv, and
    with --db a SQLite database. Exit status: 0 when every input converted, 1 when any
    failed, 2 for usage errors."""
    require_paths(paths)
    writer = _writer(registry, to)
    options = Options(max_pages=max_pages, password=password)
    if across and (output is None or writer.name not in ("json", "cells")):
        raise click.UsageError("--across needs a bulk run: -o OUTDIR (with --to json or cells)")
    if paths == ("-",):
        source = Source(sys.stdin.buffer.read(), name="<stdin>")
        report = convert_source(source, registry, using=using, options=options)
        _emit(writer, [report], output)
        say_if_partial(report, "<stdin>")
        return
    single = len(paths) == 1 and not os.path.isdir(paths[0])
    if single and not _is_dir_target(output) and not (resume or retry_failed or db or across):
        report = convert_source(load_source(paths[0]), registry, using=using, options=options)
        _emit(writer, [report], output)
        say_if_partial(report, paths[0])
        return
    if output is None:
        if writer.per_report:
            raise click.UsageError(
                "several inputs need -o OUTDIR (or --to cells to print one table)"
            )
        _convert_tree(registry, writer, paths, output, using)
        return
    if writer.name not in ("json", "cells"):
        _convert_tree(registry, writer, paths, output, using)
        return
    batch = BatchOptions(
        jobs=jobs,
        timeout=timeout,
        max_memory_mb=max_memory,
        resume=resume,
        retry_failed=retry_failed,
        db=db,
        using=using,
        max_pages=max_pages,
        entry_points=registry.entry_points,
        disable=registry.disabled,
        plugins=registry.extra_plugins,
        progress=_progress_printer(),
    )
    entries = run_batch(list(paths), output, batch)
    _print_summary(entries)
    if across:
        _across_after_batch(output, db, aliases)
    if any(e.status == "failed" for e in entries.values()):
        sys.exit(1)


def _across_after_batch(output: str, db: str | None, aliases: str | None) -> None:
    from ogi.across.record import after_bulk_run, summary_line
    from ogi.bodies import load_aliases

    results = after_bulk_run(output, db, load_aliases(aliases) if aliases else None)
    click.echo(f"ogi: {summary_line(results)}", err=True)


def say_if_partial(report: Report, label: str) -> None:
    """On stderr: what a partial report lacks (one line per table, then the reasons)."""
    completeness = report.completeness
    if completeness.complete:
        return
    click.echo(f"ogi: partial: {label}: {', '.join(completeness.reasons)}", err=True)
    for name, table in completeness.tables.items():
        if table.missing or table.unparsed:
            click.echo(
                f"ogi:   {name}: {table.found}/{table.expected} cells found, "
                f"{len(table.missing)} missing, {len(table.unparsed)} unreadable",
                err=True,
            )


def require_paths(paths: Sequence[str]) -> None:
    """A path named on the command line that does not exist is a usage error (exit 2)."""
    for path in paths:
        if path != "-" and not os.path.lexists(path):
            raise click.BadParameter(f"no such file or directory: {path}", param_hint="PATHS")


def _progress_printer() -> Any:
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()

    def show(counts: dict[str, Any]) -> None:
        done, total = counts["done"], counts["total"]
        rate = done / max(1e-6, time.monotonic() - started)
        eta = (total - done) / rate if rate else 0
        click.echo(
            f"\r{done}/{total} done, {counts.get('failed', 0)} failed, {rate:.1f} files/s, ETA {eta:.0f} s ",
            err=True,
            nl=False,
        )

    return show


def _print_summary(entries: dict[str, Any]) -> None:
    info = summary(entries)
    if sys.stderr.isatty():
        click.echo("", err=True)
    for entry in entries.values():
        if entry.status == "failed":
            click.echo(f"ogi: failed: {entry.path}: {entry.code}: {entry.message}", err=True)
    by_status = ", ".join(f"{n} {s}" for s, n in info["by_status"].items())
    click.echo(f"ogi: {info['inputs']} inputs: {by_status}", err=True)
    if info["by_code"]:
        click.echo(
            "ogi: by code: " + ", ".join(f"{c} {n}" for c, n in info["by_code"].items()), err=True
        )
    if info["checks_failed"]:
        click.echo(
            "ogi: reports failing checks: "
            + ", ".join(f"{c} {n}" for c, n in info["checks_failed"].items()),
            err=True,
        )


def _writer(registry: Registry, name: str) -> Writer:
    try:
        return registry.writer(name)
    except OgiError as exc:
        raise click.BadParameter(exc.message, param_hint="--to") from None


def _is_dir_target(output: str | None) -> bool:
    return output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _emit(writer: Writer, reports: Sequence[Report], output: str | None) -> None:
    data = writer.render(reports)
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(Path(output), data)


def _convert_tree(
    registry: Registry, writer: Writer, paths: Sequence[str], output: str | None, using: str | None
) -> None:
    counts = {"ok": 0, "partial": 0, "failed": 0, "skipped": 0}
    collected: list[Report] = []
    used: set[str] = set()
    for result in convert_many(paths, using=using, registry=registry):
        counts[result.status] += 1
        if result.report is None:
            if result.status == "failed":
                click.echo(f"ogi: failed: {result.error}", err=True)
            continue
        if writer.per_report:
            target = output_file(Path(output or "."), result.path or "", paths, writer.suffix, used)
            atomic_write(target, writer.render([result.report]))
        else:
            collected.append(result.report)
    if not writer.per_report:
        _emit(writer, collected, _aggregate_target(output, writer))
    click.echo(
        f"ogi: {counts['ok']} converted, {counts['partial']} partial, "
        f"{counts['failed']} failed, {counts['skipped']} skipped",
        err=True,
    )
    if counts["failed"]:
        sys.exit(1)


def _aggregate_target(output: str | None, writer: Writer) -> str | None:
    """Where a whole-run writer goes: the -o file, OUTDIR/cells.<suffix>, or stdout."""
    if output is not None and _is_dir_target(output):
        return os.path.join(output, "cells" + writer.suffix)
    return output


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def formats(registry: Registry, as_json: bool) -> None:
    """List the input formats (extractors) and output formats (writers)."""
    if as_json:
        _echo_json(
            {
                "extractors": [
                    {
                        "name": e.name,
                        "suffixes": list(e.suffixes),
                        "plugin": e.plugin,
                        "version": e.version,
                        "description": e.description,
                    }
                    for e in sorted(registry.extractors.values(), key=lambda e: e.name)
                ],
                "writers": [
                    {
                        "name": w.name,
                        "suffix": w.suffix,
                        "per_report": w.per_report,
                        "plugin": w.plugin,
                        "description": w.description,
                    }
                    for w in sorted(registry.writers.values(), key=lambda w: w.name)
                ],
            }
        )
        return
    click.echo("input formats:")
    for ext in sorted(registry.extractors.values(), key=lambda e: e.name):
        suffixes = " ".join(ext.suffixes)
        click.echo(f"  {ext.name:<10} {suffixes:<28} {ext.plugin} {ext.version}  {ext.description}")
    click.echo("output formats (--to):")
    for w in sorted(registry.writers.values(), key=lambda w: w.name):
        click.echo(f"  {w.name:<12} {w.suffix:<7} {w.plugin}  {w.description}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def plugins(registry: Registry, as_json: bool) -> None:
    """List registered plugins with their distribution, version and hooks."""
    if as_json:
        _echo_json(
            [
                {
                    "name": info.name,
                    "builtin": info.builtin,
                    "distribution": info.distribution,
                    "version": info.version,
                    "hooks": list(info.hooks),
                }
                for info in registry.plugins()
            ]
        )
        return
    for info in registry.plugins():
        kind = "built-in" if info.builtin else "plugin"
        click.echo(
            f"{info.name}  [{kind}] {info.distribution} {info.version}  hooks: {', '.join(info.hooks)}"
        )


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the Report."""
    click.echo(json.dumps(report_json_schema(), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("report_json", type=click.Path(dir_okay=False, allow_dash=True), required=False)
@click.option(
    "--across",
    metavar="DIR_OR_DB",
    help="Instead: the cross-year checks (X1…X4) of every body in a folder or bulk database.",
)
@click.option("--aliases", type=click.Path(dir_okay=False), help="Renamed bodies for --across.")
@click.option("--jsonl", is_flag=True, help="With --across: every result as a JSON line.")
@click.pass_obj
def check(
    registry: Registry,
    report_json: str | None,
    across: str | None,
    aliases: str | None,
    jsonl: bool,
) -> None:
    """Re-run the checks on a saved report (`-` reads standard input) and print the
    failures. Exit status 1 when any error-level check fails."""
    if across:
        check_across(registry, across, aliases, jsonl)
        return
    if report_json is None:
        raise click.UsageError("give a REPORT_JSON, or --across DIR_OR_DB")
    require_paths([report_json])
    report = load_report(report_json)
    results = run_checks(report, registry)
    failures = [r for r in results if r.ok is False]
    for r in failures:
        click.echo(f"{r.id}\t{r.severity}\t{r.message}")
    click.echo(f"ogi: {len(results)} checks, {len(failures)} failed", err=True)
    if any(r.severity == "error" for r in failures):
        sys.exit(1)


# Built-in commands defined beside their code (docs/across.md), like the decorated ones above.
cli.add_command(compare_command)
cli.add_command(series_command)


def load_report(path: str) -> Report:
    """Read and validate a saved report JSON."""
    try:
        if path == "-":
            data = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        else:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        return Report.model_validate(data)
    except FileNotFoundError:
        raise InvalidReport("no such file", path=path) from None
    except (ValueError, OSError) as exc:
        first = str(exc).splitlines()[0:3]
        raise InvalidReport(f"not a valid ogi report: {' '.join(first)}", path=path) from None


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``ogi`` script. Click parses every option, the plugin flags too;
    the registry is loaded from them and offers plugin commands (:class:`OgiGroup`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    cli.main(args=args, prog_name="ogi")


def build_cli(registry: Registry) -> click.Group:
    """A fresh ``ogi`` group: the built-in commands plus those the registry's plugins add.
    The module-level group is never mutated, so two registries never share commands."""
    group = OgiGroup(
        name="ogi",
        commands=dict(cli.commands),
        params=list(cli.params),
        callback=cli.callback,
        help=cli.help,
        context_settings=cli.context_settings,
    )
    registry.register_commands(group)
    return group
