"""What travels between the driver and a worker: typed, picklable records.

A worker converts a :class:`Task` (one file, or a page with its attachment files) and
answers with one :class:`Outcome` per file. A Report crosses the process boundary once, as
its canonical JSON, which the driver writes as it is — or not at all: a task that names its
``outputs`` (a local bulk run) has the worker write each report's JSON file itself, and the
answer says only that it did (or the :class:`~ogi.writers.OutputError` it met)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ogi.records import DEFAULT_MAX_PAGES, Options, Writer
from ogi.registry import Registry
from ogi.status import Status, report_status

if TYPE_CHECKING:
    from ogi.report import Report
    from ogi.writers import OutputError

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY_MB = 1024


@dataclass(frozen=True)
class Task:
    """One unit of work: ``path`` and the attachment files converted with it; ``outputs``
    (one per file of :attr:`paths`, or none) are the JSON files the worker writes itself."""

    path: str
    parts: tuple[str, ...] = ()
    data: bytes | None = None  # the input itself when it has no path (standard input)
    outputs: tuple[str | None, ...] = ()  # per file: where the worker writes its JSON

    def output(self, path: str) -> str | None:
        """Where the worker writes ``path``'s JSON (None: it sends the JSON instead)."""
        for p, target in zip(self.paths, self.outputs):
            if p == path:
                return target
        return None

    @property
    def paths(self) -> tuple[str, ...]:
        """Every file of the task, the page first."""
        return (self.path, *self.parts)


@dataclass(frozen=True)
class Limits:
    """The per-document budget: wall time, worker memory and pages (None: no limit)."""

    timeout: float | None = DEFAULT_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    max_pages: int | None = DEFAULT_MAX_PAGES


@dataclass(frozen=True)
class WorkerSettings:
    """How a worker builds its registry and options (picklable: sent to spawned workers and
    to remote executors)."""

    using: str | None = None
    entry_points: bool | None = None
    disable: tuple[str, ...] = ()
    plugins: tuple[object, ...] = ()
    limits: Limits = Limits()
    start_method: str | None = None
    extractor_options: Options | None = None
    render: tuple[str, ...] = ()  # writers whose file of one report the worker renders
    fragments: tuple[str, ...] = ()  # whole-run writers whose per-report fragment it makes

    @classmethod
    def like(
        cls,
        registry: Registry,
        using: str | None,
        limits: Limits,
        options: Options | None,
    ) -> WorkerSettings:
        """Settings for workers that load their plugins as ``registry`` did."""
        return cls(
            using,
            registry.entry_points,
            registry.disabled,
            registry.extra_plugins,
            limits,
            extractor_options=options,
        )

    def loads_like(self, registry: Registry) -> bool:
        """Whether ``registry`` was loaded as these settings load one."""
        return (
            self.entry_points == registry.entry_points
            and set(self.disable) == set(registry.disabled)
            and self.plugins == registry.extra_plugins
        )

    def registry(self) -> Registry:
        """A fresh registry as the driver's."""
        return Registry.load(
            entry_points=self.entry_points, disable=self.disable, plugins=self.plugins
        )

    def options(self) -> Options:
        """The extractor options, with the page limit of ``limits``."""
        base = self.extractor_options or Options()
        return dataclasses.replace(base, max_pages=self.limits.max_pages)


@dataclass
class Outcome:
    """The verdict for one file of a task.

    ``status`` is ok/partial (``report_json`` set), failed (``code``/``message``) or skipped
    with code ``ASSEMBLED`` (an attachment converted into ``path``'s page, named in
    ``message``)."""

    path: str
    status: Status
    report_json: str | None = None
    code: str | None = None
    message: str | None = None
    plugin: str | None = None
    seconds: float = 0.0
    extractor: str | None = None
    extractor_version: str | None = None
    checks_failed: list[str] = field(default_factory=list)
    check_errors: list[str] = field(default_factory=list)
    rss_mb: float | None = None
    rendered: dict[str, bytes] = field(default_factory=dict)  # writer name → its bytes
    fragments: dict[str, bytes] = field(default_factory=dict)  # writer name → its fragment
    written: bool = False  # the worker wrote the JSON file the task named (no report_json)
    write_error: OutputError | None = None  # why it could not (the driver handles it)


def failure(path: str, code: str, message: str, seconds: float = 0.0) -> Outcome:
    """A failed outcome decided by the driver or the police (TIMEOUT, CRASHED, …)."""
    return Outcome(path, Status.FAILED, code=code, message=message, seconds=round(seconds, 3))


def _from_report(
    path: str,
    report: object,
    seconds: float,
    registry: Registry | None = None,
    settings: WorkerSettings | None = None,
    target: str | None = None,
) -> Outcome:
    from ogi.report import Report

    assert isinstance(report, Report)
    try:
        return _finish(path, report, seconds, registry, settings, target)
    except Exception as exc:  # a report that cannot be written costs one record, never the worker
        reason = f"the report could not be written: {type(exc).__name__}: {exc}"
        return failure(path, "INTERNAL", reason, seconds)


def _finish(
    path: str,
    report: Report,
    seconds: float,
    registry: Registry | None,
    settings: WorkerSettings | None,
    target: str | None,
) -> Outcome:
    """The outcome of a converted report: its JSON (or its file), the writers' bytes."""
    outcome = _report_outcome(path, report, seconds, text=target is None)
    if registry is not None and settings is not None:
        outcome.rendered = _made(registry, settings.render, lambda w: w.render([report]))
        outcome.fragments = _made(
            registry, settings.fragments, lambda w: w.fragment(report) if w.fragment else None
        )
    if target is not None:
        _write_json(outcome, report, target)
    return outcome


def _write_json(outcome: Outcome, report: Report, target: str) -> None:
    """Write the report's JSON at ``target`` (temp file + rename), in the worker: the driver
    then neither receives nor writes it. An :class:`OutputError` goes back in the outcome;
    the driver treats it as one of its own writes failing (that input, or the run)."""
    from ogi.writers import OutputError, atomic_write

    try:
        atomic_write(Path(target), report.to_json_bytes())
        outcome.written = True
    except OutputError as exc:
        outcome.write_error = exc


def _made(
    registry: Registry, names: tuple[str, ...], make: Callable[[Writer], bytes | None]
) -> dict[str, bytes]:
    """Each named writer's bytes for one report, made in the worker where the Report is at
    hand (the driver then writes them without parsing the report again). A writer that is
    unknown or fails is left out: the driver makes those bytes itself, and a failure is
    raised and reported there, naming the file, as before."""
    out: dict[str, bytes] = {}
    for name in names:
        writer = registry.writers.get(name)
        if writer is None:
            continue
        try:
            data = make(writer)
        except Exception:  # the driver's fallback raises it again
            continue
        if data is not None:
            out[name] = data
    return out


def _report_outcome(path: str, report: Report, seconds: float, text: bool = True) -> Outcome:
    """The outcome of a converted report: its JSON (unless not ``text``), status and failed
    checks."""
    failed = sorted({c.id.split(".")[0] for c in report.checks if c.ok is False})
    errors = sorted(
        {c.id.split(".")[0] for c in report.checks if c.ok is False and c.severity == "error"}
    )
    info = report.source.extractor
    return Outcome(
        path,
        report_status(report),
        report.to_json() if text else None,
        seconds=round(seconds, 3),
        extractor=info.name,
        extractor_version=info.version,
        checks_failed=failed,
        check_errors=errors,
    )


def _convert_file(
    path: str, registry: Registry, options: Options, using: str | None, data: bytes | None = None
) -> object:
    from ogi.pipeline import convert, error_record

    try:
        if data is not None:
            return convert(data, filename=path, using=using, registry=registry, options=options)
        return convert(path, using=using, registry=registry, options=options)
    except Exception as exc:  # one bad file costs one record, never the worker
        return error_record(exc, path)


def convert_task(task: Task, registry: Registry, settings: WorkerSettings) -> list[Outcome]:
    """Convert a task: a single file, or a page assembled with its attachments."""
    from ogi.assemble import assemble
    from ogi.pipeline import run_checks
    from ogi.report import Report

    options = settings.options()
    results, times = [], []
    for p in task.paths:
        started = time.perf_counter()
        data = task.data if p == task.path else None
        results.append(_convert_file(p, registry, options, settings.using, data))
        times.append(time.perf_counter() - started)
    page = results[0]
    if isinstance(page, Report) and task.parts:
        good = [r for r in results[1:] if isinstance(r, Report)]
        page = assemble(page, good)
        page = page.model_copy(update={"checks": run_checks(page, registry)})
        target = task.output(task.path)
        out = [_from_report(task.path, page, sum(times), registry, settings, target)]
        for p, r, sec in zip(task.parts, results[1:], times[1:]):
            if isinstance(r, Report):
                note = f"an attachment of {task.path}, converted with it"
                out.append(Outcome(p, Status.ASSEMBLED, code="ASSEMBLED", message=note))
            else:
                out.append(_from_error(p, r, sec))
        return out
    return [
        _from_report(p, r, sec, registry, settings, task.output(p))
        if isinstance(r, Report)
        else _from_error(p, r, sec)
        for p, r, sec in zip(task.paths, results, times)
    ]


def _from_error(path: str, err: object, seconds: float) -> Outcome:
    from ogi.pipeline import ErrorRecord

    assert isinstance(err, ErrorRecord)
    return Outcome(
        path,
        Status.FAILED,
        code=err.code,
        message=err.message,
        plugin=err.plugin,
        seconds=round(seconds, 3),
    )
