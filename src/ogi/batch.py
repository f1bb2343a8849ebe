"""The bulk runner: many files, isolated workers, streaming outputs, nothing lost.

Every bulk conversion goes through :class:`Run`. Inputs become tasks; an engine runs them
(the local pool of killable workers by default, or any ``concurrent.futures.Executor`` —
dask, ray — with the budget enforced on the worker side) and hands back typed outcomes as
they complete. The driver, here, keeps everything that must survive a kill, in an order
that makes SIGKILL at any moment harmless:

1. the sinks take the report (its JSON written as the worker produced it, temp file +
   rename — by the worker itself in the local pool, before it answers; whole-run files
   staged per input; the SQLite database in one transaction),
2. one line in the journal (``OUTDIR/.ogi-journal.jsonl``, fsync'd).

``--resume`` skips what the journal says is done (and backfills a sink that is new or was
lost); at the end the manifest and the whole-run files are streamed out in path order, so a
resumed run ends with exactly the outputs of an uninterrupted one. SIGTERM and SIGINT stop
the workers and leave the journal consistent (:func:`ogi.runner.signals.interruptible`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
from collections import Counter
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence

from ogi.records import DEFAULT_MAX_PAGES, Options
from ogi.registry import Registry
from ogi.runner.engines import Engine, ExecutorEngine, local_engine
from ogi.runner.inputs import expand_inputs, find_parts
from ogi.runner.journal import JOURNAL, Entry, Journal
from ogi.runner.sinks import (
    Converted,
    Sink,
    Staging,
    StoreSink,
    WorkerMade,
    sink_for,
    worker_made,
)
from ogi.runner.tasks import (
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_TIMEOUT,
    Limits,
    Outcome,
    Task,
    WorkerSettings,
    failure,
)
from ogi.status import has_report
from ogi.writers import OutputError, atomic_stream, output_error, output_file

__all__ = ["BatchOptions", "Entry", "JOURNAL", "MANIFEST", "Run", "run_batch", "summary"]
MANIFEST = "manifest.jsonl"
CELLS = "cells.csv"
DEFAULT_WRITERS = ("json", "cells")
_ = DEFAULT_MAX_PAGES  # re-exported for the CLI


@dataclass
class BatchOptions:
    """How a bulk run behaves (the CLI's options)."""

    jobs: int = 1
    timeout: float = DEFAULT_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    recycle_after: int = 200
    resume: bool = False
    retry_failed: bool = False
    db: str | None = None
    using: str | None = None
    max_pages: int | None = DEFAULT_MAX_PAGES
    entry_points: bool | None = None
    disable: tuple[str, ...] = ()
    plugins: tuple[object, ...] = ()  # in-process plugin objects (pickled to spawned workers)
    progress: Callable[[dict[str, Any]], None] | None = None
    writers: tuple[str, ...] = DEFAULT_WRITERS
    executor: Executor | None = None
    max_in_flight: int | None = None
    start_method: str | None = None
    password: str | None = None

    def settings(self) -> WorkerSettings:
        """What each worker needs (picklable)."""
        limits = Limits(self.timeout, self.max_memory_mb, self.max_pages)
        return WorkerSettings(
            self.using,
            self.entry_points,
            self.disable,
            self.plugins,
            limits,
            start_method=self.start_method,
            extractor_options=Options(password=self.password),
        )

    def engine(
        self, settings: WorkerSettings | None = None, registry: Registry | None = None
    ) -> Engine:
        """The local pool, or the executor with a bound on tasks in flight; ``settings``
        default to :meth:`settings`, ``registry`` (loaded as they say) is shared with forked
        local workers."""
        settings = settings or self.settings()
        if self.executor is None:
            return local_engine(settings, self.jobs, self.recycle_after, registry)
        bound = self.max_in_flight or max(8, 4 * self.jobs)
        return ExecutorEngine(self.executor, settings, bound)


def _sha256(path: str) -> str | None:
    if not os.path.isfile(path):  # never open a FIFO or device here: it could block
        return None
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def _make_outdir(outdir: Path) -> None:
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, outdir) from None
    if not os.access(outdir, os.W_OK):
        raise OutputError("cannot write: the folder is not writable", path=str(outdir))


class Run:
    """One bulk run over some inputs into one output directory."""

    def __init__(self, inputs: Sequence[str], outdir: str, opts: BatchOptions) -> None:
        self.roots = [os.fspath(p) for p in inputs]
        self.outdir = Path(outdir)
        self.opts = opts
        _make_outdir(self.outdir)
        self.registry = Registry.load(
            entry_points=opts.entry_points, disable=opts.disable, plugins=opts.plugins
        )
        self.writers = [self.registry.writer(n) for n in dict.fromkeys(("json", *opts.writers))]
        self.versions = {e.name: e.version for e in self.registry.extractors.values()}
        self.journal = Journal(self.outdir)
        self.entries: dict[str, Entry] = {}
        self.outputs: dict[str, str] = {}
        self.shas: dict[str, str | None] = {}
        self.total = 0
        self._by_status: Counter[str] | None = None  # kept up to date once progress asks

    # -- planning
    def plan(self) -> list[Task]:
        """The tasks to run now; the rest is recorded as skipped or carried over from the
        journal."""
        again = self.opts.resume or self.opts.retry_failed
        previous = self.journal.load() if again else {}
        if not again:
            self.journal.reset()
        suffixes = {s for e in self.registry.extractors.values() for s in e.suffixes}
        todo: list[str] = []
        found = list(expand_inputs(self.roots, suffixes, exclude=[self.outdir]))
        self._name_outputs([p for p, wanted in found if wanted or self.opts.using])
        for path, wanted in found:
            if not wanted and self.opts.using is None:
                self.entries[path] = Entry(
                    path, None, "skipped", "UNSUPPORTED_FORMAT", "no extractor handles this suffix"
                )
                continue
            sha = self.shas[path] = _sha256(path)
            old = previous.get(path)
            if old is not None and old.sha256 == sha and self._still_valid(old):
                self.entries[path] = old
            else:
                todo.append(path)
        tasks = self._group_pages(todo)
        self.total = len(self.entries) + sum(len(t.paths) for t in tasks)
        return tasks

    def _name_outputs(self, paths: list[str]) -> None:
        """Each input's JSON name, fixed in path order (so it never depends on which
        worker finished first, or on a resume)."""
        used: set[str] = set()
        for path in sorted(paths):
            target = output_file(self.outdir, path, self.roots, ".json", used)
            self.outputs[path] = os.path.relpath(target, self.outdir)

    def _group_pages(self, todo: list[str]) -> list[Task]:
        """Attachments beside a page that links to them travel with the page's task."""
        pending = set(todo)
        groups = find_parts(sorted(pending | set(self.entries)))
        groups = {page: parts for page, parts in groups.items() if page in pending}
        attached = {a for parts in groups.values() for a in parts}
        for a in attached:
            self.entries.pop(a, None)
            self.shas.setdefault(a, _sha256(a))
        return [Task(p, tuple(groups.get(p, ()))) for p in todo if p not in attached]

    def _still_valid(self, old: Entry) -> bool:
        if old.status == "failed":
            return not self.opts.retry_failed and old.code != "OUTPUT_ERROR"
        if old.extractor and self.versions.get(old.extractor) != old.extractor_version:
            return False
        if old.status in ("skipped", "assembled"):
            return old.code == "ASSEMBLED"
        return old.has_report and old.output is not None and (self.outdir / old.output).exists()

    # -- the loop
    def execute(self) -> dict[str, Entry]:
        """Convert everything planned, then write the manifest and the whole-run files."""
        tasks = self.plan()
        staging = Staging(self.outdir)
        sinks = self._sinks(staging)
        try:
            self._backfill(sinks)
            made = worker_made(sinks)
            if made.json_files and self.opts.executor is None:  # workers on this machine
                tasks = [self._with_outputs(t) for t in tasks]
            with contextlib.closing(self._engine(made).run(tasks)) as results:
                for _task, outcomes in results:  # an exception here closes the engine
                    for outcome in outcomes:
                        self._take(outcome, sinks, staging)
            self._finish(sinks)
        finally:
            self.journal.close()
            staging.close()
        return self.entries

    def _engine(self, made: WorkerMade) -> Engine:
        """The engine, its workers making each report's bytes for the sinks that take them
        (so the driver writes what it receives, parsing no report)."""
        settings = replace(self.opts.settings(), render=made.render, fragments=made.fragments)
        return self.opts.engine(settings, self.registry)

    def _with_outputs(self, task: Task) -> Task:
        """The task with the JSON file of each of its inputs, for its worker to write."""
        outputs = [self.outputs.get(p) for p in task.paths]
        return replace(
            task, outputs=tuple(None if o is None else str(self.outdir / o) for o in outputs)
        )

    def _sinks(self, staging: Staging) -> list[Sink]:
        sinks = [sink_for(w, self.outdir, staging) for w in self.writers]
        if self.opts.db:
            sinks.append(StoreSink(self.opts.db, "db"))
        return sinks

    def _backfill(self, sinks: list[Sink]) -> None:
        """A resumed run: give each sink the carried-over reports it lacks (a database asked
        for now, a staging file lost)."""
        for entry in self.entries.values():
            if not (entry.has_report and entry.output):
                continue
            lacking = [s for s in sinks if not s.has(entry.path, entry.output)]
            if lacking:
                text = (self.outdir / entry.output).read_text(encoding="utf-8")
                item = Converted(entry.path, entry.output, text)
                for sink in lacking:
                    sink.put(item)

    def _take(self, outcome: Outcome, sinks: list[Sink], staging: Staging) -> None:
        """Record one file's outcome: sinks first, then the journal."""
        sha = self.shas.get(outcome.path)
        output = None
        if has_report(outcome.status) and _delivered(outcome):
            output = self.outputs[outcome.path]
            try:
                item = self._converted(outcome, output)
                for sink in sinks:
                    _put(sink, item)
            except OutputError as exc:
                if not exc.per_file:
                    raise  # a full disk, a read-only folder: the run stops, --resume goes on
                outcome, output = failure(outcome.path, exc.code, exc.message), None
        if not has_report(outcome.status):
            staging.forget(outcome.path)
            for sink in sinks:
                sink.forget(outcome.path)
        self._record(Entry.from_outcome(outcome, sha, output))

    def _converted(self, outcome: Outcome, output: str) -> Converted:
        """What the sinks get from an outcome; the error of a JSON file the worker could not
        write is raised here, as the JSON sink (the first) would raise its own."""
        if outcome.write_error is not None:
            raise outcome.write_error
        written = self.outdir / output if outcome.written else None
        fragments, rendered = outcome.fragments, outcome.rendered
        return Converted(outcome.path, output, outcome.report_json, fragments, rendered, written)

    def _record(self, entry: Entry) -> None:
        self.journal.append(entry)
        old = self.entries.get(entry.path)
        self.entries[entry.path] = entry
        if self._by_status is not None:
            _tally(self._by_status, old, entry)
        if self.opts.progress:
            self.opts.progress(self.counts())

    def counts(self) -> dict[str, Any]:
        """Progress: inputs done, in total, and by status (counted once, then kept up to
        date as inputs are recorded: a progress line per input costs no walk over them)."""
        if self._by_status is None:
            self._by_status = Counter(str(e.status) for e in self.entries.values())
        return {"done": len(self.entries), "total": self.total, **self._by_status}

    def _finish(self, sinks: list[Sink]) -> None:
        entries = [self.entries[p] for p in sorted(self.entries)]
        with atomic_stream(self.outdir / MANIFEST) as out:
            for entry in entries:
                out.write((json.dumps(entry.as_dict(), ensure_ascii=False) + "\n").encode())
        for sink in sinks:
            sink.close(entries)


def _tally(by_status: Counter[str], old: Entry | None, new: Entry) -> None:
    """Count ``new`` in place of ``old`` (a status counted nowhere has no key)."""
    if old is not None:
        by_status[str(old.status)] -= 1
        if not by_status[str(old.status)]:
            del by_status[str(old.status)]
    by_status[str(new.status)] += 1


def _delivered(outcome: Outcome) -> bool:
    """Whether the worker delivered the report: its JSON sent, its file written, or the
    error of writing that file."""
    return outcome.report_json is not None or outcome.written or outcome.write_error is not None


def _put(sink: Sink, item: Converted) -> None:
    """Feed one sink; a writer that fails on this report fails this input only."""
    try:
        sink.put(item)
    except OutputError:
        raise
    except Exception as exc:  # a third-party writer's bug must not stop the run
        err = OutputError(f"writer {sink.name!r} failed: {type(exc).__name__}: {exc}")
        err.errno = errno.EINVAL
        raise err from None


def summary(entries: dict[str, Entry]) -> dict[str, Any]:
    """Counts by status and by error code, and how many reports failed which checks (by
    severity)."""
    values = list(entries.values())
    errors = Counter(c for e in values for c in e.check_errors)
    warnings = Counter(c for e in values for c in e.checks_failed if c not in e.check_errors)
    return {
        "inputs": len(values),
        "by_status": dict(sorted(Counter(str(e.status) for e in values).items())),
        "by_code": dict(sorted(Counter(e.code for e in values if e.code).items())),
        "checks_failed": dict(sorted(Counter(c for e in values for c in e.checks_failed).items())),
        "check_errors": dict(sorted(errors.items())),
        "check_warnings": dict(sorted(warnings.items())),
    }


def run_batch(inputs: Sequence[str], outdir: str, opts: BatchOptions) -> dict[str, Entry]:
    """Convert ``inputs`` (files or directory trees) into ``outdir``; returns the manifest
    entries, one per input."""
    return Run(inputs, outdir, opts).execute()
