"""Every hook of ogi. Plugins implement them with ``@ogi.hookimpl``.

Hooks *register typed records* (:mod:`ogi.records`); the core decides when to run them. The
entry-point group and the pluggy project name are both ``"ogi"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import click

    from ogi.records import Check, Extractor, Writer
    from ogi.report import Report

PROJECT = "ogi"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def ogi_extractors() -> Iterable[Extractor]:
    """Return the format extractors this plugin provides.

    Example::

        @ogi.hookimpl
        def ogi_extractors():
            yield Extractor(name="csv", version="1.0", suffixes=(".csv",),
                            claim=claim_csv, extract=extract_csv)
    """


@hookspec
def ogi_checks() -> Iterable[Check]:
    """Return consistency rules evaluated on every finished Report.

    Example::

        @ogi.hookimpl
        def ogi_checks():
            yield Check(id="X1", severity="warning", description="…", run=my_rule)
    """


@hookspec
def ogi_writers() -> Iterable[Writer]:
    """Return output formats (``ogi convert --to NAME``).

    Example::

        @ogi.hookimpl
        def ogi_writers():
            yield Writer(name="yaml", suffix=".yaml", description="…", per_report=True,
                         render=lambda reports: dump(reports[0]).encode())
    """


@hookspec
def ogi_postprocess(report: Report) -> Report | None:
    """Enrich a finished Report (after the checks). Return a new Report or None to keep it.

    Example::

        @ogi.hookimpl
        def ogi_postprocess(report):
            return report.model_copy(update={"warnings": report.warnings + [...]})
    """


@hookspec
def ogi_register_commands(cli: click.Group) -> Any:
    """Add commands to the ``ogi`` CLI group.

    Example::

        @ogi.hookimpl
        def ogi_register_commands(cli):
            @cli.command()
            def hello():
                click.echo("hi")
    """
