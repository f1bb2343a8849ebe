"""Streaming sinks: every output of a bulk run is fed one report at a time.

The driver calls ``put`` for each converted input (and ``forget`` when an input now fails),
then ``close`` once with every manifest entry. Whole-run files (cells.csv, cells.jsonl, a
third-party writer's file) are staged per input in a small SQLite file and streamed out in
path order at the end: memory stays flat in the number of reports, a resumed run writes
exactly the file an uninterrupted one would, and nothing re-reads the report JSON files
(except to backfill a sink that is new or lost on ``--resume``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, overload

from ogi.records import Writer
from ogi.writers import atomic_stream, atomic_write, output_error

if TYPE_CHECKING:
    from ogi.report import Report
    from ogi.runner.journal import Entry

STAGING = ".ogi-staging.sqlite"


@dataclass
class Converted:
    """One converted input as the sinks see it: its canonical JSON (written as is) and the
    Report, parsed on first use. The JSON is the text the worker sent, or, when the worker
    wrote the file itself (``written``), read back from it if a sink asks for it."""

    path: str
    output: str
    sent: str | None
    fragments: dict[str, bytes] = field(default_factory=dict)  # made by the worker, by writer
    rendered: dict[str, bytes] = field(default_factory=dict)  # made by the worker, by writer
    written: Path | None = None  # the JSON file the worker wrote (then nothing was sent)

    @cached_property
    def json(self) -> str:
        """The report's canonical JSON text."""
        if self.sent is not None:
            return self.sent
        assert self.written is not None, "a converted input comes with its JSON or its file"
        return self.written.read_text(encoding="utf-8")

    @cached_property
    def report(self) -> Report:
        """The Report (parsed once, shared by every sink)."""
        from ogi.report import Report

        return Report.model_validate_json(self.json)

    @cached_property
    def data(self) -> dict[str, Any]:
        """The report as plain JSON data."""
        return dict(json.loads(self.json))


class Sink(Protocol):
    """Where converted reports go."""

    name: str

    def has(self, path: str, output: str) -> bool:
        """Whether this sink already holds the input (a resumed run backfills the rest)."""
        ...

    def put(self, item: Converted) -> None:
        """Take one report."""
        ...

    def forget(self, path: str) -> None:
        """Drop what the sink holds for an input."""
        ...

    def close(self, entries: Sequence[Entry]) -> None:
        """Finish, given every manifest entry in path order."""
        ...


class Staging:
    """Per-input bytes of whole-run files, keyed by (sink, path)."""

    def __init__(self, outdir: Path) -> None:
        try:
            self.db = sqlite3.connect(outdir / STAGING)
            self.db.execute("PRAGMA journal_mode=WAL")
            # no fsync: what a crash loses here, a resumed run backfills from the JSON files
            self.db.execute("PRAGMA synchronous=OFF")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS parts (sink TEXT, path TEXT, data BLOB, "
                "PRIMARY KEY (sink, path))"
            )
        except sqlite3.Error as exc:
            raise output_error(OSError(str(exc)), outdir / STAGING) from None

    def has(self, sink: str, path: str) -> bool:
        """Whether the sink's bytes for the input are staged."""
        q = "SELECT 1 FROM parts WHERE sink = ? AND path = ?"
        return self.db.execute(q, (sink, path)).fetchone() is not None

    def put(self, sink: str, path: str, data: bytes) -> None:
        """Stage (replace) the bytes of one input."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO parts VALUES (?,?,?)", (sink, path, data))

    def forget(self, path: str) -> None:
        """Drop an input from every sink."""
        with self.db:
            self.db.execute("DELETE FROM parts WHERE path = ?", (path,))

    def get(self, sink: str, path: str) -> bytes:
        """The staged bytes of one input."""
        q = "SELECT data FROM parts WHERE sink = ? AND path = ?"
        row = self.db.execute(q, (sink, path)).fetchone()
        return bytes(row[0]) if row else b""

    def stream(self, sink: str, wanted: set[str]) -> Iterator[bytes]:
        """The sink's staged bytes of ``wanted`` inputs, in path order, one at a time."""
        q = "SELECT path, data FROM parts WHERE sink = ? ORDER BY path"
        for path, data in self.db.execute(q, (sink,)):
            if path in wanted:
                yield bytes(data)

    def close(self) -> None:
        """Close the staging database."""
        self.db.close()


def _report_paths(entries: Sequence[Entry]) -> set[str]:
    return {e.path for e in entries if e.has_report}


class JsonSink:
    """One JSON per report: the worker's JSON text, written as it is — by the worker itself
    when the engine lets it (a local pool: see :func:`worker_made`)."""

    name = "json"
    made_by_worker: str | None = "file"  # what the worker makes for this sink (worker_made)

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir

    def has(self, path: str, output: str) -> bool:
        """The file exists."""
        return (self.outdir / output).exists()

    def put(self, item: Converted) -> None:
        """Write OUTDIR/<output> (unless the worker did)."""
        if item.written is None:
            atomic_write(self.outdir / item.output, item.json.encode("utf-8"))

    def forget(self, path: str) -> None:
        """Files of earlier runs stay; the manifest says what is current."""

    def close(self, entries: Sequence[Entry]) -> None:
        """Nothing to finish."""


class PerReportSink(JsonSink):
    """A third-party per-report writer: beside each JSON, the same name with its suffix."""

    made_by_worker = "render"

    def __init__(self, outdir: Path, writer: Writer) -> None:
        super().__init__(outdir)
        self.writer, self.name = writer, writer.name

    def _target(self, output: str) -> Path:
        return (self.outdir / output).with_suffix(self.writer.suffix)

    def has(self, path: str, output: str) -> bool:
        """The file exists."""
        return self._target(output).exists()

    def put(self, item: Converted) -> None:
        """Write this report's file (rendered by the worker, else here)."""
        data = item.rendered.get(self.name)
        if data is None:
            data = self.writer.render([item.report])
        atomic_write(self._target(item.output), data)


class FragmentSink:
    """A whole-run writer with ``fragment``: header + staged fragments + footer. The worker
    makes each report's fragment; the driver stages the bytes (it parses a report only when
    a fragment did not come with it: a resumed run's backfill, a failed writer)."""

    made_by_worker: str | None = "fragment"

    def __init__(self, outdir: Path, writer: Writer, staging: Staging) -> None:
        self.outdir, self.writer, self.staging, self.name = outdir, writer, staging, writer.name

    def has(self, path: str, output: str) -> bool:
        """The fragment is staged."""
        return self.staging.has(self.name, path)

    def put(self, item: Converted) -> None:
        """Stage this report's fragment."""
        assert self.writer.fragment is not None
        data = item.fragments.get(self.name)
        if data is None:
            data = self.writer.fragment(item.report)
        self.staging.put(self.name, item.path, data)

    def forget(self, path: str) -> None:
        """Staging forgets per path for every sink at once."""

    def close(self, entries: Sequence[Entry]) -> None:
        """Stream the file out in path order."""
        fragments = self.staging.stream(self.name, _report_paths(entries))
        with atomic_stream(self.outdir / self.writer.file_name) as out:
            if self.writer.assemble is not None:
                self.writer.assemble(fragments, out)
                return
            out.write(self.writer.header)
            for chunk in fragments:
                out.write(chunk)
            out.write(self.writer.footer)


class LazyReports(Sequence["Report"]):
    """Reports read one at a time from the staging file (for writers with only ``render``)."""

    def __init__(self, staging: Staging, sink: str, paths: list[str]) -> None:
        self.staging, self.sink, self.paths = staging, sink, paths

    def __len__(self) -> int:
        return len(self.paths)

    @overload
    def __getitem__(self, index: int) -> Report: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Report]: ...
    def __getitem__(self, index: int | slice) -> Report | Sequence[Report]:
        from ogi.report import Report

        if isinstance(index, slice):
            return LazyReports(self.staging, self.sink, self.paths[index])
        return Report.model_validate_json(self.staging.get(self.sink, self.paths[index]))


class RenderSink(FragmentSink):
    """A whole-run writer with only ``render``: reports are staged as JSON and handed to
    ``render`` as a lazy sequence at the end."""

    made_by_worker = None

    def put(self, item: Converted) -> None:
        """Stage the report's JSON."""
        self.staging.put(self.name, item.path, item.json.encode("utf-8"))

    def close(self, entries: Sequence[Entry]) -> None:
        """Render once, over every report in path order."""
        paths = sorted(_report_paths(entries))
        data = self.writer.render(LazyReports(self.staging, self.name, paths))
        atomic_write(self.outdir / self.writer.file_name, data)


class StoreSink:
    """The SQLite database: reports, cells, checks, warnings and every input."""

    def __init__(self, db_path: str, name: str = "sqlite") -> None:
        from ogi.store import Store

        self.name = name
        try:
            self.store = Store(db_path)
        except sqlite3.Error as exc:
            raise output_error(OSError(str(exc)), db_path) from None

    def has(self, path: str, output: str) -> bool:
        """The report is in the database."""
        return self.store.has(path)

    def put(self, item: Converted) -> None:
        """Store the report."""
        self.store.put(item.path, item.data)

    def forget(self, path: str) -> None:
        """Remove it."""
        self.store.forget(path)

    def close(self, entries: Sequence[Entry]) -> None:
        """Write the inputs table, checkpoint and close."""
        self.store.put_inputs(e.as_dict() for e in entries)
        self.store.close()


class WorkerMade(NamedTuple):
    """What the workers make for a run's sinks, where the Report is at hand."""

    render: tuple[str, ...]  # writers whose file of one report the worker renders
    fragments: tuple[str, ...]  # whole-run writers whose per-report fragment it makes
    json_files: bool  # the JSON file of each report, which it can write itself


def worker_made(sinks: Sequence[Sink]) -> WorkerMade:
    """What the workers make for these sinks: the writer names for
    :class:`ogi.runner.tasks.WorkerSettings`, and whether a JSON sink would take the files
    the workers write (:attr:`ogi.runner.tasks.Task.outputs`)."""
    wanted = [(getattr(s, "made_by_worker", None), s.name) for s in sinks]
    render = tuple(name for kind, name in wanted if kind == "render")
    fragments = tuple(name for kind, name in wanted if kind == "fragment")
    return WorkerMade(render, fragments, ("file", "json") in wanted)


def sink_for(writer: Writer, outdir: Path, staging: Staging) -> Sink:
    """The sink that feeds a registered writer in a bulk run."""
    if writer.sink is not None:
        sink: Sink = writer.sink(str(outdir / writer.file_name))
        return sink
    if writer.name == "json":
        return JsonSink(outdir)
    if writer.per_report:
        return PerReportSink(outdir, writer)
    if writer.fragment is not None:
        return FragmentSink(outdir, writer, staging)
    return RenderSink(outdir, writer, staging)
