"""claim → extract (Document) → interpret (Report) → checks → postprocess.

Every failure leaves this module as an :class:`ogi.errors.OgiError` naming the file; a
stray exception inside a plugin becomes ``ExtractionFailed`` (code ``CORRUPT`` or the
plugin's own code) rather than a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ogi.document import Document
from ogi.errors import EmptyInput, ExtractionFailed, InputNotFound, NotAReport, OgiError
from ogi.interpret import interpret
from ogi.interpret.classify import not_a_report
from ogi.interpret.hygiene import repair_surrogates
from ogi.interpret.pinyin import strip_pinyin
from ogi.interpret.traditional import simplify_traditional
from ogi.records import Check, CheckResult, Extractor, Options, Source, Status
from ogi.registry import DISABLE_AUTOLOAD_ENV, TRACE_ENV, Registry
from ogi.report import CheckRecord, Encoding, ExtractorInfo, Report, SourceInfo, shared_view
from ogi.runner.tasks import Limits, Outcome, Task, WorkerSettings
from ogi.status import report_status

if TYPE_CHECKING:  # executors are loaded by their users; one conversion needs none
    from concurrent.futures import Executor

PathLike = str | os.PathLike[str]


def load_source(src: PathLike | bytes, filename: str | None = None) -> Source:
    """Read an input once: a path (``filename`` overrides its name) or raw bytes."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        return Source(bytes(src), name=filename or "<bytes>", path=None)
    path = os.fspath(src)
    if os.path.isdir(path):
        raise InputNotFound(
            "is a directory; use convert_many or `ogi convert DIR -o OUT`", path=path
        )
    _require_regular_file(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputNotFound("no such file", path=path) from None
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", path=path) from None
    return Source(data, name=filename or os.path.basename(path), path=path)


def _require_regular_file(path: str) -> None:
    """Refuse FIFOs, devices and sockets: reading one could block forever."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputNotFound("no such file (or a dangling symlink)", path=path) from None
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", path=path) from None
    if not stat.S_ISREG(mode):
        raise InputNotFound("not a regular file (a FIFO, device or socket)", path=path)


def convert(
    src: PathLike | bytes,
    *,
    filename: str | None = None,
    using: str | None = None,
    registry: Registry | None = None,
    options: Options | None = None,
    limits: Limits | None = None,
) -> Report:
    """Convert one report (a path or bytes) into a :class:`Report`.

    Here, in this process, by default: the page limit of ``options`` (2000) and the
    extractors' own guards (span area, characters per page, nested forms, zip inflation)
    stop known bombs with ``TOO_LARGE``. With ``limits`` (an :class:`ogi.runner.tasks.Limits`:
    seconds, MB, pages) the conversion runs in a killable worker process instead, as
    ``ogi convert`` does: ``TIMEOUT`` / ``TOO_LARGE`` when it runs past them.

    Raises an :class:`ogi.errors.OgiError` subclass naming the file and the reason.
    """
    registry = registry or default_registry()
    if limits is not None:
        return _convert_isolated(src, filename, using, registry, options, limits)
    source = load_source(src, filename)
    return convert_source(source, registry, using=using, options=options)


def _convert_isolated(
    src: PathLike | bytes,
    filename: str | None,
    using: str | None,
    registry: Registry,
    options: Options | None,
    limits: Limits,
) -> Report:
    from ogi.runner.workers import run_isolated

    if isinstance(src, (bytes, bytearray, memoryview)):
        task = Task(filename or "<bytes>", data=bytes(src))
    else:
        task = Task(os.fspath(src))
    settings = WorkerSettings.like(registry, using, limits, options)
    outcome = run_isolated(task, settings)[0]
    if outcome.report_json is None:
        err = OgiError(outcome.message or "", path=None if task.data else task.path)
        err.code, err.plugin = outcome.code or "INTERNAL", outcome.plugin
        raise err
    return Report.model_validate_json(outcome.report_json)


_DEFAULT: dict[tuple[str | None, ...], Registry] = {}


def default_registry() -> Registry:
    """The installed plugins, loaded once per process (per setting of the environment
    variables that change what loads) and reused by every call that names no registry."""
    key = tuple(os.environ.get(name) for name in (DISABLE_AUTOLOAD_ENV, TRACE_ENV))
    if key not in _DEFAULT:
        _DEFAULT[key] = Registry.load()
    return _DEFAULT[key]


def convert_source(
    source: Source,
    registry: Registry,
    *,
    using: str | None = None,
    options: Options | None = None,
) -> Report:
    """Convert an already-read :class:`Source`."""
    label = source.path or source.name
    try:
        if not source.data.strip():
            raise EmptyInput("the file is empty")
        extractor = registry.choose(source, using)
        document = _extract(extractor, source, options or Options())
        if not document.blocks:
            raise EmptyInput("no text or tables found in the document", plugin=extractor.plugin)
        report = _build(source, extractor, document)
        reason = None if (options and options.accept_any) else not_a_report(report)
        if reason is not None:
            raise NotAReport(reason, plugin=extractor.plugin)
        report = _run_checks(report, registry)
        return registry.postprocess(report)
    except OgiError as exc:
        raise exc.for_path(label) from None


def _extract(extractor: Extractor, source: Source, options: Options) -> Document:
    """The extractor's Document, its text made valid Unicode (:func:`repair_surrogates`:
    a surrogate could not be written out, and would fail the whole report), without the
    pinyin a mirror site printed after its characters (:func:`strip_pinyin`) and, when it is
    printed in traditional characters, simplified (:func:`simplify_traditional`)."""
    try:
        document = extractor.extract(source, options)
    except OgiError as exc:
        exc.plugin = exc.plugin or extractor.plugin
        raise
    except (MemoryError, RecursionError) as exc:
        raise ExtractionFailed(
            f"{type(exc).__name__} while reading", code="TOO_LARGE", plugin=extractor.plugin
        ) from exc
    except BaseException as exc:
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise  # Ctrl-C, exit, ogi's Interrupted, a cancelled task: not the file's fault
        raise ExtractionFailed(
            f"{extractor.name} extractor failed: {type(exc).__name__}: {exc}",
            plugin=extractor.plugin,
        ) from exc
    return simplify_traditional(strip_pinyin(repair_surrogates(document)))


def _build(source: Source, extractor: Extractor, document: Document) -> Report:
    fields = interpret(document)
    info = SourceInfo(
        path=source.path,
        sha256=hashlib.sha256(source.data).hexdigest(),
        bytes=len(source.data),
        format=extractor.name,
        extractor=ExtractorInfo(
            name=extractor.name, version=extractor.version, plugin=extractor.plugin
        ),
        pages=document.pages,
        encoding=Encoding(**document.encoding) if document.encoding else None,
    )
    return Report.model_validate({"source": info.model_dump(), **fields})


def run_checks(report: Report, registry: Registry) -> list[CheckRecord]:
    """Every registered rule evaluated on ``report`` (a rule that raises is reported)."""
    out: list[CheckRecord] = []
    with shared_view(report):  # the rules read hundreds of keys: index them once
        for check in registry.checks:
            out.extend(_run_check(check, report))
    return out


def _run_check(check: Check, report: Report) -> list[CheckRecord]:
    try:
        results: Iterable[CheckResult] = list(check.run(report))
    except Exception as exc:
        results = [CheckResult(check.id, "error", False, f"rule crashed: {exc!r}")]
    return [CheckRecord.model_validate({**r.__dict__, "keys": list(r.keys)}) for r in results]


def _run_checks(report: Report, registry: Registry) -> Report:
    return report.model_copy(update={"checks": run_checks(report, registry)})


@dataclass
class ErrorRecord:
    """Why one input failed: the file, a stable code, the reason and the plugin involved."""

    path: str | None
    code: str
    message: str
    plugin: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.code}: {self.message}"


@dataclass
class Result:
    """The outcome for one input: ``ok`` or ``partial`` with a Report, ``failed`` or
    ``skipped`` with an ErrorRecord (:class:`ogi.records.Status`)."""

    path: str | None
    status: Status
    report: Report | None = None
    error: ErrorRecord | None = None

    @property
    def ok(self) -> bool:
        """Whether a Report was produced (complete or partial)."""
        return self.report is not None


def error_record(exc: BaseException, path: str | None) -> ErrorRecord:
    """An ErrorRecord from any exception (an OgiError keeps its code)."""
    if isinstance(exc, OgiError):
        return ErrorRecord(exc.path or path, exc.code, exc.message, exc.plugin)
    return ErrorRecord(path, "INTERNAL", f"{type(exc).__name__}: {exc}")


def expand(
    paths: Iterable[PathLike], suffixes: set[str], exclude: Iterable[PathLike] = ()
) -> Iterator[tuple[str, bool]]:
    """Each input file once, as (path, wanted). Directories are walked recursively in sorted
    order; a file found in a directory whose suffix no extractor handles is yielded with
    ``wanted=False`` (reported as skipped). Symlink loops are not followed; the same file
    named twice is one input; folders in ``exclude`` are not walked."""
    from ogi.runner.inputs import expand_inputs

    return expand_inputs(paths, suffixes, exclude)


def convert_many(
    paths: Iterable[PathLike],
    *,
    using: str | None = None,
    registry: Registry | None = None,
    options: Options | None = None,
    executor: Executor | None = None,
    max_in_flight: int | None = None,
    limits: Limits | None = None,
) -> Iterator[Result]:
    """One Result per input file (directories expanded, each file once); never raises for
    a bad input.

    Without ``executor`` the conversions run here, in input order, with ``registry``. With
    one (any ``concurrent.futures.Executor``: a ProcessPoolExecutor, dask's
    ``Client.get_executor()``, :func:`ogi.executors.ray_executor`) at most ``max_in_flight``
    tasks are submitted at a time, each converted on the executor's side in a killable
    child process within ``limits`` (time, memory, pages: ``TIMEOUT``/``TOO_LARGE``), and
    Results come back as they complete, not in input order. For journals, resume and
    output files use :func:`ogi.batch.run_batch`."""
    registry = registry or default_registry()
    suffixes = {s for e in registry.extractors.values() for s in e.suffixes}
    planned = list(expand(paths, suffixes))
    if executor is None:
        for path, wanted in planned:
            yield (
                _skipped(path)
                if not (wanted or using)
                else _convert_here(path, using, registry, options)
            )
        return
    yield from (_skipped(p) for p, wanted in planned if not (wanted or using))
    yield from _convert_remote(
        [p for p, wanted in planned if wanted or using],
        registry,
        executor,
        using,
        options,
        limits,
        max_in_flight,
    )


def _skipped(path: str) -> Result:
    reason = "no extractor handles this suffix; name the file to sniff its content"
    error = ErrorRecord(path, "UNSUPPORTED_FORMAT", reason)
    return Result(path, Status.SKIPPED, error=error)


def _convert_remote(
    paths: list[str],
    registry: Registry,
    executor: Executor,
    using: str | None,
    options: Options | None,
    limits: Limits | None,
    max_in_flight: int | None,
) -> Iterator[Result]:
    from ogi.runner.engines import ExecutorEngine

    options = options or Options()
    limits = limits or Limits(max_pages=options.max_pages)
    settings = WorkerSettings.like(registry, using, limits, options)
    engine = ExecutorEngine(executor, settings, max_in_flight or 32)
    with contextlib.closing(engine.run(Task(p) for p in paths)) as results:
        for _task, outcomes in results:
            yield from (outcome_result(o) for o in outcomes)


def outcome_result(outcome: Outcome) -> Result:
    """The API's Result for a worker's Outcome."""
    if outcome.report_json is not None:
        report = Report.model_validate_json(outcome.report_json)
        return Result(outcome.path, outcome.status, report=report)
    error = ErrorRecord(
        outcome.path, outcome.code or "INTERNAL", outcome.message or "", outcome.plugin
    )
    return Result(outcome.path, outcome.status, error=error)


def _convert_here(
    path: str, using: str | None, registry: Registry, options: Options | None
) -> Result:
    try:
        report = convert(path, using=using, registry=registry, options=options)
    except Exception as exc:  # one bad file costs one error record, never the batch
        return Result(path, Status.FAILED, error=error_record(exc, path))
    return Result(path, report_status(report), report=report)


def convert_path(path: str, using: str | None = None, options: Options | None = None) -> Result:
    """Convert one path into a Result with a registry of the installed plugins (a picklable
    task for executors)."""
    return _convert_here(path, using, default_registry(), options)
