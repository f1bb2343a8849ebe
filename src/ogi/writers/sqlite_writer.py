"""The ``sqlite`` writer: one database of every report (``OUTDIR/reports.sqlite`` in a
bulk run; the same as ``--db``). See :mod:`ogi.store` for the tables."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ogi.hookspecs import hookimpl
from ogi.records import Writer

if TYPE_CHECKING:
    from ogi.report import Report


def render(reports: Sequence[Report]) -> bytes:
    """The bytes of a database holding ``reports`` (for a single file: ``-o x.sqlite``)."""
    from ogi.store import Store

    with tempfile.TemporaryDirectory(prefix="ogi-") as folder:
        path = os.path.join(folder, "reports.sqlite")
        store = Store(path)
        for report in reports:
            store.put(report.source.path or report.source.sha256, report.to_dict())
        store.db.execute("PRAGMA journal_mode=DELETE")
        store.db.close()
        with open(path, "rb") as handle:
            return handle.read()


def _sink(path: str) -> object:
    from ogi.runner.sinks import StoreSink

    return StoreSink(path)


@hookimpl
def ogi_writers() -> list[Writer]:
    """The sqlite writer."""
    return [
        Writer(
            "sqlite",
            ".sqlite",
            "a SQLite database of reports, cells, checks and inputs",
            False,
            render,
            filename="reports.sqlite",
            sink=_sink,
        )
    ]
