"""`ogi convert`: one file in a killable worker within the per-document budget, or a bulk
run (:mod:`ogi.batch`) for directories, several inputs or several writers; a summary that
names the outputs; 130/143 with one line when interrupted."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ogi.errors import OgiError
from ogi.records import DEFAULT_MAX_PAGES, Options, Writer
from ogi.registry import Registry
from ogi.runner.signals import Interrupted, interruptible
from ogi.runner.tasks import (
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_TIMEOUT,
    Limits,
    Outcome,
    Task,
    WorkerSettings,
)
from ogi.writers import atomic_write, output_error

if TYPE_CHECKING:  # the bulk runner, its database and the Report load for a bulk run only
    from ogi.batch import Entry


class WriterName(click.ParamType[str]):
    """``--to``: one of the registered writers (a fixed list of choices, read from the
    registry so third-party writers are choices too)."""

    name = "writer"

    def _choices(self, ctx: click.Context | None) -> list[str]:
        registry = ctx.find_object(Registry) if ctx is not None else None
        return sorted(registry.writers) if registry is not None else []

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        """[json|cells|…] in the help."""
        choices = self._choices(ctx or click.get_current_context(silent=True))
        return "[" + "|".join(choices) + "]" if choices else "WRITER"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        """The name, when a writer has it."""
        choices = self._choices(ctx)
        if choices and value not in choices:
            self.fail(f"{value!r} is not one of {', '.join(choices)}", param, ctx)
        return str(value)


@click.command("convert")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--to",
    "to",
    type=WriterName(),
    multiple=True,
    help="Output format; repeat for several (default json). See `ogi formats`.",
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
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds per file before its worker is killed (TIMEOUT).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(64),
    default=DEFAULT_MAX_MEMORY_MB,
    show_default=True,
    help="MB per worker before it is killed (TOO_LARGE).",
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
    help="Also write a SQLite database of inputs, reports, cells, checks, warnings.",
)
@click.option(
    "--executor",
    default="local",
    show_default=True,
    metavar="local|dask://HOST:PORT|ray://…",
    help="Where conversions run; the journal, manifest and outputs stay here.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="A progress line on stderr (default: when stderr is a terminal).",
)
@click.option(
    "--password",
    envvar="OGI_PASSWORD",
    help="Password for encrypted PDF / Office files (or set OGI_PASSWORD).",
)
@click.option(
    "--pdf-engine",
    type=click.Choice(["pdfium", "pdfplumber"]),
    envvar="OGI_PDF_ENGINE",
    help="What reads PDF characters and rulings (ogi-pdf; or set OGI_PDF_ENGINE).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="A partial report (tables incomplete, no sections) counts as failed: exit 1.",
)
@click.option(
    "--across",
    is_flag=True,
    help="After a bulk run, check each body against its previous year (OUTDIR/across.jsonl, --db).",
)
@click.option("--aliases", type=click.Path(dir_okay=False), help="Renamed bodies for --across.")
@click.option("-q", "--quiet", is_flag=True, help="Only failures on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="One line per input on stderr.")
@click.pass_obj
def convert(registry: Registry, /, paths: tuple[str, ...], to: tuple[str, ...], **kw: Any) -> None:
    """Convert report files or directory trees. `-` reads standard input.

    With -o OUTDIR and a directory or several inputs, this is a bulk run: isolated workers,
    OUTDIR/manifest.jsonl (one line per input), one JSON per report, OUTDIR/cells.csv, and
    with --db a SQLite database. Exit status: 0 when every input converted, 1 when any
    failed, 2 for usage errors, 130/143 when interrupted (run again with --resume)."""
    require_paths(paths)
    req = ConvertRequest(registry, paths, to or ("json",), **kw)
    try:
        with interruptible():
            code = req.run()
    except (KeyboardInterrupt, Interrupted) as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        click.echo(
            f"ogi: interrupted by {signal.Signals(signum).name}{req.resume_hint()}", err=True
        )
        sys.exit(128 + signum)
    if code:
        sys.exit(code)


def _engine_extra(pdf_engine: str | None) -> dict[str, Any]:
    """``Options.extra`` for ``--pdf-engine``; bulk workers inherit it as OGI_PDF_ENGINE."""
    if pdf_engine is None:
        return {}
    os.environ["OGI_PDF_ENGINE"] = pdf_engine
    return {"pdf_engine": pdf_engine}


class ConvertRequest:
    """One `ogi convert` invocation: decides single file vs bulk run and reports."""

    def __init__(
        self,
        registry: Registry,
        paths: tuple[str, ...],
        to: tuple[str, ...],
        *,
        output: str | None,
        using: str | None,
        jobs: int,
        timeout: float,
        max_memory: int,
        max_pages: int,
        resume: bool,
        retry_failed: bool,
        db: str | None,
        executor: str,
        progress: bool | None,
        password: str | None,
        pdf_engine: str | None,
        strict: bool,
        across: bool,
        aliases: str | None,
        quiet: bool,
        verbose: bool,
    ) -> None:
        self.registry, self.paths, self.output, self.db = registry, paths, output, db
        self.writers = [registry.writer(n) for n in dict.fromkeys(to)]
        self.using, self.jobs, self.executor = using, jobs, executor
        self.limits = Limits(timeout, max_memory, max_pages)
        self.resume, self.retry_failed = resume, retry_failed
        self.progress, self.quiet, self.verbose = progress, quiet, verbose
        self.options = Options(password=password, extra=_engine_extra(pdf_engine))
        self.strict, self.across, self.aliases = strict, across, aliases
        self.outdir: str | None = None
        _check_db_folder(db, output)
        if executor != "local" and not executor.startswith(("dask://", "ray://")):
            raise click.BadParameter(
                f"{executor!r}: use local, dask://HOST:PORT or ray://HOST:PORT",
                param_hint="--executor",
            )

    def settings(self) -> WorkerSettings:
        """What a worker needs to convert like this registry does."""
        return WorkerSettings.like(self.registry, self.using, self.limits, self.options)

    def resume_hint(self) -> str:
        """What to do after an interrupt."""
        if self.outdir is None:
            return ""
        return f"; the journal in {self.outdir} is consistent: run again with --resume to continue"

    def is_single(self) -> bool:
        """One input, one writer, an output that is a file or stdout."""
        if self.resume or self.retry_failed or len(self.writers) > 1 or len(self.paths) > 1:
            return False
        if self.across:
            return False
        if self.paths != ("-",) and os.path.isdir(self.paths[0]):
            return False
        return not _is_dir_target(self.output) or self.paths == ("-",)

    def run(self) -> int:
        """Convert; the exit status."""
        if self.is_single():
            return self.run_single()
        return self.run_bulk()

    # -- one file
    def run_single(self) -> int:
        """Convert one input in a killable worker within the per-document budget; the worker
        also renders the output, so this process writes bytes and parses no Report."""
        from ogi.runner.workers import run_isolated

        path = self.paths[0]
        if path == "-":
            task = Task("<stdin>", data=sys.stdin.buffer.read())
        else:
            task = Task(path)
        writer, output = self.writers[0], self.output
        settings = self.settings()
        if writer.name != "json":  # the json writer's bytes are the report's JSON
            settings = dataclasses.replace(settings, render=(writer.name,))
        (outcome,) = run_isolated(task, settings, self.registry)[:1]
        if outcome.report_json is None:
            raise _outcome_error(outcome, None if path == "-" else path)
        data = json.loads(outcome.report_json)
        if path == "-" and _is_dir_target(output):
            assert output is not None
            output = os.path.join(output, "stdin" + writer.suffix)
        _emit_bytes(_rendered(writer, outcome), output)
        say_if_partial(data["completeness"], "<stdin>" if path == "-" else path)
        if self.db:
            _store_single(self.db, path, data, outcome)
        return 1 if self.strict and not data["completeness"]["complete"] else 0

    # -- many
    def run_bulk(self) -> int:
        """A bulk run into -o DIR (or a temporary folder whose whole-run file goes to
        stdout / the -o file)."""
        target = self._aggregate_target()
        if self.across and (target is not None or self.output is None):
            raise click.UsageError("--across needs a bulk run: -o OUTDIR")
        if target is None and self.output is None:
            raise click.UsageError(
                "several inputs need -o OUTDIR (or --to cells to print one table)"
            )
        if target is not None:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="ogi-run-") as folder:
                entries = self._batch(folder, resumable=False)
                data = Path(folder, self.writers[-1].file_name).read_bytes()
                _emit_bytes(data, target if target != "-" else None)
                return self._report(entries, None)
        assert self.output is not None
        entries = self._batch(self.output)
        code = self._report(entries, self.output)
        if self.across:
            _across_after_batch(self.output, self.db, self.aliases)
        return code

    def _aggregate_target(self) -> str | None:
        """Where one whole-run writer's file goes when -o is not a folder: '-' for stdout,
        or the -o file (its suffix is the writer's)."""
        last = self.writers[-1]
        if len(self.writers) != 1 or last.per_report:
            return None
        if self.output is None:
            return None if last.sink is not None else "-"  # no database on a terminal
        if not _is_dir_target(self.output) and self.output.endswith(last.suffix):
            return self.output
        return None

    def _batch(self, outdir: str, resumable: bool = True) -> dict[str, Entry]:
        from ogi.batch import BatchOptions, run_batch
        from ogi.cli_summary import progress_printer
        from ogi.executors import close as close_executor
        from ogi.executors import from_url
        from ogi.runner import early

        if self.executor != "local":  # conversions run elsewhere: no local pool adopts it
            early.discard()
        self.outdir = outdir if resumable else None
        names = tuple(w.name for w in self.writers)
        batch = BatchOptions(
            jobs=self.jobs,
            timeout=self.limits.timeout or 0,
            max_memory_mb=self.limits.max_memory_mb,
            resume=self.resume,
            retry_failed=self.retry_failed,
            db=self.db,
            using=self.using,
            max_pages=self.limits.max_pages,
            entry_points=self.registry.entry_points,
            disable=self.registry.disabled,
            plugins=self.registry.extra_plugins,
            progress=progress_printer(self.progress, self.quiet),
            writers=names if names != ("json",) else ("json", "cells"),
            executor=from_url(self.executor),
            password=self.options.password,
        )
        try:
            return run_batch(list(self.paths), outdir, batch)
        finally:
            close_executor(batch.executor)

    def _report(self, entries: dict[str, Entry], outdir: str | None) -> int:
        from ogi.cli_summary import print_summary
        from ogi.status import Status

        writers = [w for w in self.writers if w.name != "json"] or [self.registry.writer("cells")]
        print_summary(entries, outdir, writers, self.db, self.quiet, self.verbose)
        failing = {Status.FAILED, Status.PARTIAL} if self.strict else {Status.FAILED}
        return 1 if any(e.status in failing for e in entries.values()) else 0


def _across_after_batch(output: str, db: str | None, aliases: str | None) -> None:
    from ogi.across.record import after_bulk_run, summary_line
    from ogi.bodies import load_aliases

    results = after_bulk_run(output, db, load_aliases(aliases) if aliases else None)
    click.echo(f"ogi: {summary_line(results)}", err=True)


def say_if_partial(completeness: Mapping[str, Any], label: str) -> None:
    """On stderr: what a partial report lacks (one line per table, then the reasons), from
    its ``completeness`` as JSON data."""
    if completeness["complete"]:
        return
    click.echo(f"ogi: partial: {label}: {', '.join(completeness['reasons'])}", err=True)
    for name, table in completeness["tables"].items():
        missing, unparsed = table.get("missing") or [], table.get("unparsed") or []
        if missing or unparsed:
            click.echo(
                f"ogi:   {name}: {table['found']}/{table['expected']} cells found, "
                f"{len(missing)} missing, {len(unparsed)} unreadable",
                err=True,
            )


def require_paths(paths: Sequence[str]) -> None:
    """A path named on the command line that does not exist is a usage error (exit 2)."""
    for path in paths:
        if path != "-" and not os.path.lexists(path):
            raise click.BadParameter(f"no such file or directory: {path}", param_hint="PATHS")


def _check_db_folder(db: str | None, output: str | None) -> None:
    """--db in a folder that does not exist (and is not the -o folder the run creates) is a
    usage error, before anything runs."""
    if not db:
        return
    folder = os.path.dirname(os.path.abspath(db))
    out = os.path.abspath(output) if output else None
    inside = out is not None and os.path.commonpath([folder, out]) == out
    if not os.path.isdir(folder) and not inside:
        shown = os.path.dirname(db) or "."
        raise click.BadParameter(f"the folder {shown} does not exist", param_hint="--db")


def _outcome_error(outcome: Outcome, path: str | None) -> OgiError:
    """A failed single-file outcome as the error the CLI prints in one line."""
    err = OgiError(outcome.message or "", path=path, plugin=outcome.plugin)
    err.code = outcome.code or "INTERNAL"
    return err


def _store_single(db: str, path: str, data: dict[str, Any], outcome: Outcome) -> None:
    """--db with one input: its report (as JSON data) and its inputs row."""
    import sqlite3

    from ogi.runner.journal import Entry as JournalEntry
    from ogi.store import Store

    try:
        store = Store(db)
    except sqlite3.Error as exc:
        raise output_error(OSError(str(exc)), db) from None
    source = data["source"]
    key = source.get("path") or path
    store.put(key, data)
    store.put_inputs(
        [JournalEntry.from_outcome(outcome, source["sha256"]).as_dict() | {"path": key}]
    )
    store.close()


def _is_dir_target(output: str | None) -> bool:
    return output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _rendered(writer: Writer, outcome: Outcome) -> bytes:
    """The writer's bytes of the converted report: its JSON for ``json``, else what the
    worker rendered (rendered here when the worker could not: the writer's error is then
    raised here, as it always was)."""
    assert outcome.report_json is not None
    if writer.name == "json":
        return outcome.report_json.encode("utf-8")
    data = outcome.rendered.get(writer.name)
    if data is None:
        from ogi.report import Report

        data = writer.render([Report.model_validate_json(outcome.report_json)])
    return data


def _emit_bytes(data: bytes, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(Path(output), data)
