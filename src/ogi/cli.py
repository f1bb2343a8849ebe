"""The ``ogi`` command line: thin commands over the Python API.

Errors reach the user at exactly one place (:class:`OgiGroup.invoke`): one line naming the
file and the reason, exit status 1, no traceback. Usage errors exit with 2.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ogi import __version__
from ogi.errors import InvalidReport, OgiError
from ogi.pipeline import Result, convert_many, convert_source, run_checks
from ogi.records import Source, Writer
from ogi.registry import Registry
from ogi.report import Report, report_json_schema


class OgiGroup(click.Group):
    """A click group that turns every OgiError into one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OgiError as exc:
            click.echo(f"ogi: error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=OgiGroup)
@click.version_option(__version__, prog_name="ogi")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--disable-plugin", multiple=True, metavar="NAME", help="Block a plugin by name.")
@click.pass_context
def cli(ctx: click.Context, no_plugins: bool, disable_plugin: tuple[str, ...]) -> None:
    """Convert 政府信息公开工作年度报告 into typed, checked records."""
    if ctx.obj is None:
        ctx.obj = Registry.load(entry_points=False if no_plugins else None, disable=disable_plugin)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--to", "to", default="json", show_default=True, help="Writer: json, cells, cells-jsonl, …"
)
@click.option("-o", "--output", help="Output file (one input) or directory.")
@click.option("--using", help="Force an extractor by name (see `ogi formats`).")
@click.pass_obj
def convert(
    registry: Registry, paths: tuple[str, ...], to: str, output: str | None, using: str | None
) -> None:
    """Convert report files or directory trees. `-` reads standard input."""
    writer = _writer(registry, to)
    if paths == ("-",):
        source = Source(sys.stdin.buffer.read(), name="<stdin>")
        _emit(writer, [convert_source(source, registry, using=using)], output)
        return
    single = len(paths) == 1 and not os.path.isdir(paths[0])
    if single and not _is_dir_target(output):
        results = list(convert_many(paths, using=using, registry=registry))
        report = _report_or_raise(results[0])
        _emit(writer, [report], output)
        return
    if output is None and writer.per_report:
        raise click.UsageError("several inputs need -o OUTDIR (or --to cells to print one table)")
    _convert_tree(registry, writer, paths, output, using)


def _writer(registry: Registry, name: str) -> Writer:
    try:
        return registry.writer(name)
    except OgiError as exc:
        raise click.BadParameter(exc.message, param_hint="--to") from None


def _is_dir_target(output: str | None) -> bool:
    return output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _report_or_raise(result: Result) -> Report:
    if result.report is not None:
        return result.report
    err = result.error
    exc = OgiError(err.message if err else "no report", path=result.path)
    if err is not None:
        exc.code, exc.plugin = err.code, err.plugin
    raise exc


def _emit(writer: Writer, reports: Sequence[Report], output: str | None) -> None:
    data = writer.render(reports)
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(Path(output), data)


def atomic_write(path: Path, data: bytes) -> None:
    """Write by temporary file + rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _convert_tree(
    registry: Registry, writer: Writer, paths: Sequence[str], output: str | None, using: str | None
) -> None:
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    collected: list[Report] = []
    used: set[Path] = set()
    for result in convert_many(paths, using=using, registry=registry):
        counts[result.status] += 1
        if result.report is None:
            if result.status == "failed":
                click.echo(f"ogi: failed: {result.error}", err=True)
            continue
        if writer.per_report:
            target = _output_path(
                Path(output or "."), paths, result.path or "", writer.suffix, used
            )
            atomic_write(target, writer.render([result.report]))
        else:
            collected.append(result.report)
    if not writer.per_report:
        _emit(writer, collected, _aggregate_target(output, writer))
    click.echo(
        f"ogi: {counts['ok']} converted, {counts['failed']} failed, {counts['skipped']} skipped",
        err=True,
    )
    if counts["failed"]:
        sys.exit(1)


def _aggregate_target(output: str | None, writer: Writer) -> str | None:
    """Where a whole-run writer goes: the -o file, OUTDIR/cells.<suffix>, or stdout."""
    if output is not None and _is_dir_target(output):
        return os.path.join(output, "cells" + writer.suffix)
    return output


def _output_path(
    outdir: Path, roots: Sequence[str], path: str, suffix: str, used: set[Path]
) -> Path:
    """OUTDIR/<path relative to its input root> with the writer's suffix; never outside
    OUTDIR, and never the same file for two inputs."""
    rel = Path(os.path.basename(path))
    for root in roots:
        if os.path.isdir(root) and os.path.commonpath(
            [os.path.abspath(root), os.path.abspath(path)]
        ) == os.path.abspath(root):
            rel = Path(os.path.relpath(path, root))
            break
    parts = [p for p in rel.parts if p not in ("..", ".", "")]
    rel = Path(*parts) if parts else Path("report")
    target = outdir / rel.with_suffix(suffix)
    if target in used:
        target = outdir / rel.with_name(rel.name + suffix)
    used.add(target)
    return target


@cli.command()
@click.pass_obj
def formats(registry: Registry) -> None:
    """List the input formats (extractors) and output formats (writers)."""
    click.echo("input formats:")
    for ext in sorted(registry.extractors.values(), key=lambda e: e.name):
        suffixes = " ".join(ext.suffixes)
        click.echo(f"  {ext.name:<10} {suffixes:<28} {ext.plugin} {ext.version}  {ext.description}")
    click.echo("output formats (--to):")
    for w in sorted(registry.writers.values(), key=lambda w: w.name):
        click.echo(f"  {w.name:<12} {w.suffix:<7} {w.plugin}  {w.description}")


@cli.command()
@click.pass_obj
def plugins(registry: Registry) -> None:
    """List registered plugins with their distribution, version and hooks."""
    for info in registry.plugins():
        kind = "built-in" if info.builtin else "plugin"
        click.echo(
            f"{info.name}  [{kind}] {info.distribution} {info.version}  hooks: {', '.join(info.hooks)}"
        )


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the Report."""
    click.echo(json.dumps(report_json_schema(), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("report_json", type=click.Path(dir_okay=False))
@click.pass_obj
def check(registry: Registry, report_json: str) -> None:
    """Re-run the checks on a saved report and print the failures.

    Exit status 1 when any error-level check fails."""
    report = load_report(report_json)
    results = run_checks(report, registry)
    failures = [r for r in results if not r.ok]
    for r in failures:
        click.echo(f"{r.id}\t{r.severity}\t{r.message}")
    click.echo(f"ogi: {len(results)} checks, {len(failures)} failed", err=True)
    if any(r.severity == "error" for r in failures):
        sys.exit(1)


def load_report(path: str) -> Report:
    """Read and validate a saved report JSON."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        return Report.model_validate(data)
    except FileNotFoundError:
        raise InvalidReport("no such file", path=path) from None
    except (ValueError, OSError) as exc:
        first = str(exc).splitlines()[0:3]
        raise InvalidReport(f"not a valid ogi report: {' '.join(first)}", path=path) from None


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``ogi`` script: lets plugins add commands, then runs the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        registry = Registry.load(
            entry_points=False if "--no-plugins" in args else None,
            disable=_disabled(args),
        )
    except OgiError as exc:
        click.echo(f"ogi: error: {exc}", err=True)
        sys.exit(1)
    registry.register_commands(cli)
    cli.main(args=args, prog_name="ogi", obj=registry)


def _disabled(args: list[str]) -> list[str]:
    names = []
    for i, arg in enumerate(args):
        if arg == "--disable-plugin" and i + 1 < len(args):
            names.append(args[i + 1])
        elif arg.startswith("--disable-plugin="):
            names.append(arg.split("=", 1)[1])
    return names
