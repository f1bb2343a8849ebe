"""The bulk runner: many files, isolated worker processes, nothing lost.

Each input is converted in a worker process; a worker that runs past its timeout or memory
cap is killed, the input recorded (``TIMEOUT`` / ``TOO_LARGE``) and the worker replaced;
workers are recycled after a number of files so memory stays flat. Outputs are written by
the parent only, in an order that makes a SIGKILL at any moment harmless:

1. the report JSON (temp file + rename), 2. its rows in the SQLite database (one
transaction, delete-then-insert by path), 3. one line in the journal
(``OUTDIR/.ogi-journal.jsonl``).

``--resume`` skips what the journal says is done; ``manifest.jsonl`` and ``cells.csv`` are
rebuilt from the journal and the JSON files at the end of every run, so a resumed run ends
with exactly the outputs of an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Callable, Sequence

from ogi.pipeline import convert, error_record, expand
from ogi.records import Options
from ogi.registry import Registry
from ogi.writers import atomic_write, output_file

JOURNAL = ".ogi-journal.jsonl"
DEFAULT_MAX_PAGES = 2000
MANIFEST = "manifest.jsonl"
CELLS = "cells.csv"


@dataclass
class BatchOptions:
    """How a bulk run behaves (the CLI's options)."""

    jobs: int = 1
    timeout: float = 120.0
    max_memory_mb: int | None = 2048
    recycle_after: int = 200
    resume: bool = False
    retry_failed: bool = False
    db: str | None = None
    using: str | None = None
    max_pages: int | None = DEFAULT_MAX_PAGES
    entry_points: bool | None = None
    disable: tuple[str, ...] = ()
    plugins: tuple[object, ...] = ()  # in-process plugin objects (inherited by forked workers)
    progress: Callable[[dict[str, Any]], None] | None = None


@dataclass
class Entry:
    """One input's line in the manifest."""

    path: str
    sha256: str | None
    status: str
    code: str | None = None
    message: str | None = None
    extractor: str | None = None
    extractor_version: str | None = None
    seconds: float = 0.0
    output: str | None = None
    checks_failed: list[str] = field(default_factory=list)
    worker_rss_mb: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """The manifest line."""
        return dict(self.__dict__)


# ---------------------------------------------------------------- worker side


def _worker_main(conn: Connection, opts: BatchOptions) -> None:
    registry = Registry.load(
        entry_points=opts.entry_points, disable=opts.disable, plugins=opts.plugins
    )
    options = Options(max_pages=opts.max_pages)
    while True:
        task = conn.recv()
        if task is None:
            return
        path, parts = task
        conn.send(_convert_task(path, parts, registry, options, opts.using))


def _convert_one(
    path: str, registry: Registry, options: Options, using: str | None
) -> tuple[Any, ...]:
    started = time.perf_counter()
    try:
        report = convert(path, using=using, registry=registry, options=options)
        return (path, "ok", report, time.perf_counter() - started)
    except Exception as exc:  # one bad file costs one record, never the worker
        err = error_record(exc, path)
        return (path, "failed", (err.code, err.message, err.plugin), time.perf_counter() - started)


def _convert_task(
    path: str, parts: list[str], registry: Registry, options: Options, using: str | None
) -> list[tuple[Any, ...]]:
    """A page with its attachment parts (assembled into one report), or a single file."""
    from ogi.assemble import assemble
    from ogi.pipeline import run_checks

    results = [_convert_one(p, registry, options, using) for p in [path, *parts]]
    page, attached = results[0], results[1:]
    if page[1] == "ok" and parts:
        good = [r[2] for r in attached if r[1] == "ok"]
        report = assemble(page[2], good)
        report = report.model_copy(update={"checks": run_checks(report, registry)})
        seconds = sum(r[3] for r in results)
        out = [(path, "ok", report.to_json(), seconds)]
        out += [
            (p, "assembled", path, 0.0) if r[1] == "ok" else (p, *r[1:])
            for p, r in zip(parts, attached)
        ]
        return out
    return [
        (p, status, payload.to_json() if status == "ok" else payload, sec)
        for p, status, payload, sec in results
    ]


class _Worker:
    def __init__(self, opts: BatchOptions) -> None:
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, opts), daemon=True)
        self.process.start()
        child.close()
        self.task: str | None = None
        self.started = 0.0
        self.done = 0

    def assign(self, path: str, parts: list[str]) -> None:
        self.task, self.started = path, time.monotonic()
        self.conn.send((path, parts))

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.process.pid}/statm") as handle:
                pages = int(handle.read().split()[1])
            return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576
        except (OSError, ValueError, IndexError):
            return 0.0

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
        self.conn.close()


# ---------------------------------------------------------------- parent side


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


class Run:
    """One bulk run over some inputs into one output directory."""

    def __init__(self, inputs: Sequence[str], outdir: str, opts: BatchOptions) -> None:
        from ogi.store import Store

        self.inputs = list(inputs)
        self.outdir = Path(outdir)
        self.opts = opts
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.registry = Registry.load(
            entry_points=opts.entry_points, disable=opts.disable, plugins=opts.plugins
        )
        self.versions = {e.name: e.version for e in self.registry.extractors.values()}
        self.store = Store(opts.db) if opts.db else None
        self.entries: dict[str, Entry] = {}
        self.used_outputs: set[str] = set()
        self.groups: dict[str, list[str]] = {}
        self.shas: dict[str, str | None] = {}

    # -- journal
    def _journal_path(self) -> Path:
        return self.outdir / JOURNAL

    def _load_journal(self) -> dict[str, Entry]:
        done: dict[str, Entry] = {}
        path = self._journal_path()
        if not path.exists():
            return done
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut by a kill: that input simply runs again
                done[data["path"]] = Entry(**data)
        return done

    def _record(self, entry: Entry) -> None:
        self.entries[entry.path] = entry
        with open(self._journal_path(), "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry.as_dict(), ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        if self.opts.progress:
            self.opts.progress(self._counts())

    def _counts(self) -> dict[str, Any]:
        counts = Counter(e.status for e in self.entries.values())
        return {"done": len(self.entries), "total": len(self.inputs), **counts}

    # -- planning
    def plan(self) -> list[tuple[str, str | None]]:
        """Inputs to convert now, as (path, sha256); the rest is recorded as skipped or
        carried over from the journal."""
        previous = self._load_journal() if (self.opts.resume or self.opts.retry_failed) else {}
        if not (self.opts.resume or self.opts.retry_failed) and self._journal_path().exists():
            self._journal_path().unlink()
        suffixes = {s for e in self.registry.extractors.values() for s in e.suffixes}
        todo = []
        for path, wanted in expand(self.inputs, suffixes):
            if not wanted and self.opts.using is None:
                self.entries[path] = Entry(
                    path, None, "skipped", "UNSUPPORTED_FORMAT", "no extractor handles this suffix"
                )
                continue
            sha = _sha256(path)
            old = previous.get(path)
            if old is not None and old.sha256 == sha and self._still_valid(old):
                self.entries[path] = old
                continue
            todo.append((path, sha))
            self.shas[path] = sha
        todo = self._group_pages(todo)
        self.inputs = list(self.entries) + [p for p, _ in todo]
        self.inputs += [a for p, _ in todo for a in self.groups.get(p, [])]
        return todo

    def _group_pages(self, todo: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        """Attachments beside a page that links to them travel with the page's task."""
        from ogi.assemble import find_parts

        pending = {p for p, _ in todo}
        groups = find_parts(sorted(pending | set(self.entries)))
        self.groups = {page: parts for page, parts in groups.items() if page in pending}
        attached = {a for parts in self.groups.values() for a in parts}
        for a in attached:
            self.entries.pop(a, None)
            self.shas.setdefault(a, _sha256(a))
        return [(p, sha) for p, sha in todo if p not in attached]

    def _still_valid(self, old: Entry) -> bool:
        if old.status == "failed" and self.opts.retry_failed:
            return False
        if old.extractor and self.versions.get(old.extractor) != old.extractor_version:
            return False
        if old.status == "skipped":
            return old.code == "ASSEMBLED"
        return old.status in ("ok", "failed")

    # -- outputs
    def _output_path(self, path: str) -> str:
        return str(output_file(self.outdir, path, self.inputs_roots, ".json", self.used_outputs))

    def _ok(
        self, path: str, sha: str | None, report_json: str, seconds: float, rss: float | None = None
    ) -> None:
        data = json.loads(report_json)
        target = self._output_path(path)
        atomic_write(Path(target), report_json.encode("utf-8"))
        if self.store is not None:
            self.store.put(path, data)
        failed = sorted({c["id"].split(".")[0] for c in data["checks"] if c["ok"] is False})
        extractor = data["source"]["extractor"]
        self._record(
            Entry(
                path,
                sha,
                "ok",
                None,
                None,
                extractor["name"],
                extractor["version"],
                round(seconds, 3),
                os.path.relpath(target, self.outdir),
                failed,
                rss,
            )
        )

    def _failed(
        self,
        path: str,
        sha: str | None,
        code: str,
        message: str,
        seconds: float,
        rss: float | None = None,
    ) -> None:
        if self.store is not None:
            self.store.forget(path)
        entry = Entry(
            path, sha, "failed", code, message, seconds=round(seconds, 3), worker_rss_mb=rss
        )
        self._record(entry)

    # -- the loop
    def execute(self) -> dict[str, Entry]:
        """Convert everything planned, then write the manifest, cells.csv and the summary."""
        self.inputs_roots = [os.fspath(p) for p in self.inputs]
        todo = self.plan()
        for entry in self.entries.values():
            if entry.output:
                self.used_outputs.add(str(self.outdir / entry.output))
        if todo:
            self._loop(deque(todo))
        self._finish()
        return self.entries

    def _loop(self, pending: deque[tuple[str, str | None]]) -> None:
        opts = self.opts
        workers = [_Worker(opts) for _ in range(max(1, min(opts.jobs, len(pending))))]
        shas = self.shas
        try:
            while pending or any(w.task for w in workers):
                for w in workers:
                    if w.task is None and pending:
                        path, _sha = pending.popleft()
                        w.assign(path, self.groups.get(path, []))
                busy = [w for w in workers if w.task]
                ready = wait([w.conn for w in busy], timeout=0.1)
                for w in busy:
                    if w.conn in ready:
                        workers[workers.index(w)] = self._collect(w, shas)
                    else:
                        workers[workers.index(w)] = self._police(w, shas)
        finally:
            for w in workers:
                w.stop()

    def _collect(self, w: _Worker, shas: dict[str, str | None]) -> _Worker:
        path = w.task or ""
        try:
            results = w.conn.recv()
        except (EOFError, OSError):
            w.kill()
            message = "the worker process died while converting this file"
            for p in [path, *self.groups.get(path, [])]:
                self._failed(p, shas.get(p), "CRASHED", message, time.monotonic() - w.started)
            return _Worker(self.opts)
        w.task, w.done = None, w.done + 1
        rss = round(w.rss_mb(), 1)
        for p, status, payload, seconds in results:
            if status == "ok":
                self._ok(p, shas.get(p), payload, seconds, rss)
            elif status == "assembled":
                entry = Entry(
                    p,
                    shas.get(p),
                    "skipped",
                    "ASSEMBLED",
                    f"an attachment of {payload}, converted with it",
                )
                self._record(entry)
            else:
                code, message, _plugin = payload
                self._failed(p, shas.get(p), code, message, seconds, rss)
        if w.done >= self.opts.recycle_after:
            w.stop()
            return _Worker(self.opts)
        return w

    def _police(self, w: _Worker, shas: dict[str, str | None]) -> _Worker:
        elapsed = time.monotonic() - w.started
        cap = self.opts.max_memory_mb
        if elapsed > self.opts.timeout:
            code, message = (
                "TIMEOUT",
                f"still running after {self.opts.timeout:g} s; the worker was killed",
            )
        elif cap and w.rss_mb() > cap:
            code, message = "TOO_LARGE", f"the worker used more than {cap} MB; it was killed"
        else:
            return w
        w.kill()
        path = w.task or ""
        for p in [path, *self.groups.get(path, [])]:
            self._failed(p, shas.get(p), code, message, elapsed)
        return _Worker(self.opts)

    def _finish(self) -> None:
        from ogi.report import Report
        from ogi.writers.cells import render_csv

        order = sorted(self.entries)
        manifest = "".join(
            json.dumps(self.entries[p].as_dict(), ensure_ascii=False) + "\n" for p in order
        )
        atomic_write(self.outdir / MANIFEST, manifest.encode("utf-8"))
        reports = []
        for p in order:
            entry = self.entries[p]
            if entry.status == "ok" and entry.output:
                text = (self.outdir / entry.output).read_text(encoding="utf-8")
                reports.append(Report.model_validate_json(text))
        atomic_write(self.outdir / CELLS, render_csv(reports))
        if self.store is not None:
            self.store.close()


def summary(entries: dict[str, Entry]) -> dict[str, Any]:
    """Counts by status and by error code, and how many reports failed which checks."""
    values = list(entries.values())
    return {
        "inputs": len(values),
        "by_status": dict(sorted(Counter(e.status for e in values).items())),
        "by_code": dict(sorted(Counter(e.code for e in values if e.code).items())),
        "checks_failed": dict(sorted(Counter(c for e in values for c in e.checks_failed).items())),
    }


def run_batch(inputs: Sequence[str], outdir: str, opts: BatchOptions) -> dict[str, Entry]:
    """Convert ``inputs`` (files or directory trees) into ``outdir``; returns the manifest
    entries, one per input."""
    return Run(inputs, outdir, opts).execute()
