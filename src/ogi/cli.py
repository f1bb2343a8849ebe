"""The ``ogi`` command line: thin commands over the Python API.

Errors reach the user at exactly one place (:class:`OgiGroup.invoke`): one line naming the
file and the reason, exit status 1, no traceback. Usage errors exit with 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

import click

from ogi import __version__
from ogi.cli_convert import convert as convert_command
from ogi.cli_convert import require_paths
from ogi.errors import InvalidReport, OgiError
from ogi.registry import Registry

if TYPE_CHECKING:
    from ogi.report import Report

# Built-in commands defined beside their code (docs/across.md), imported when one is named
# or listed: `ogi convert` never loads them.
LAZY_COMMANDS = {
    "compare": ("ogi.across.commands", "compare_command"),
    "series": ("ogi.across.commands", "series_command"),
}


class OgiGroup(click.Group):
    """A click group that turns every error into one line and exit status 1, and offers the
    commands plugins add (``ogi_register_commands``) beside its own."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name) or _lazy_command(cmd_name)
        return command if command is not None else _plugin_commands(ctx).get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        builtin = set(super().list_commands(ctx)) | set(LAZY_COMMANDS)
        return sorted(builtin | set(_plugin_commands(ctx)))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OgiError as exc:
            click.echo(f"ogi: error: {exc}", err=True)
            ctx.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors (exit 2) and normal exits are click's to report
        except Exception as exc:  # a bug in ogi still reaches the user as one line
            from ogi.pipeline import error_record

            click.echo(f"ogi: error: {error_record(exc, None)}", err=True)
            ctx.exit(1)


def _lazy_command(name: str) -> click.Command | None:
    """A built-in command of :data:`LAZY_COMMANDS`, imported now."""
    if name not in LAZY_COMMANDS:
        return None
    module, attribute = LAZY_COMMANDS[name]
    command: click.Command = getattr(import_module(module), attribute)
    return command


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


cli.add_command(convert_command)


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
    from ogi.report import report_json_schema

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
        from ogi.across.commands import check_across

        check_across(registry, across, aliases, jsonl)
        return
    if report_json is None:
        raise click.UsageError("give a REPORT_JSON, or --across DIR_OR_DB")
    require_paths([report_json])
    from ogi.pipeline import run_checks

    report = load_report(report_json)
    results = run_checks(report, registry)
    failures = [r for r in results if r.ok is False]
    for r in failures:
        click.echo(f"{r.id}\t{r.severity}\t{r.message}")
    click.echo(f"ogi: {len(results)} checks, {len(failures)} failed", err=True)
    if any(r.severity == "error" for r in failures):
        sys.exit(1)


def load_report(path: str) -> Report:
    """Read and validate a saved report JSON."""
    from ogi.report import Report

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


def main(argv: Sequence[str] | None = None, registry: Registry | None = None) -> None:
    """Entry point of the ``ogi`` script. Click parses every option, the plugin flags too;
    the registry is loaded from them (unless given, loaded as they say) and offers plugin
    commands (:class:`OgiGroup`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    cli.main(args=args, prog_name="ogi", obj=registry)


def build_cli(registry: Registry) -> click.Group:
    """A fresh ``ogi`` group: the built-in commands plus those the registry's plugins add.
    The module-level group is never mutated, so two registries never share commands."""
    group = OgiGroup(
        name="ogi",
        commands=dict(cli.commands),  # the lazy built-in ones are found by OgiGroup
        params=list(cli.params),
        callback=cli.callback,
        help=cli.help,
        context_settings=cli.context_settings,
    )
    registry.register_commands(group)
    return group
