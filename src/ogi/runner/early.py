"""The early worker of ``ogi convert``: the driver loads its registry first, forks the
worker at once (it inherits the registry, as forked workers do) and then imports the command
line and parses the options, while the worker imports what every conversion needs (the
models, the interpreter, the pipeline) on the other core. The run's worker pool (the single
file's, or a bulk run's first worker) adopts it instead of forking one then.

Once adopted it is a worker like any other (:class:`ogi.runner.workers.Worker`): it is sent
the run's :class:`~ogi.runner.tasks.WorkerSettings` and the driver's environment first (a
registry loaded otherwise than the inherited one is loaded again from the settings; the
environment becomes the one a worker forked then would have), says it is ready, and only
then gets a task — so the per-document budget (the clock, the memory cap) starts where it
always did. An early worker nobody adopts is stopped at exit.

Imported before the command line is parsed: it imports nothing heavy at module level."""

from __future__ import annotations

import gc
import os
from importlib import import_module
from typing import TYPE_CHECKING

from ogi.runner.lifeline import default_start_method, die_with_parent, signals_blocked

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from ogi.registry import Registry
    from ogi.runner.tasks import WorkerSettings

    Early = tuple[BaseProcess, Connection]

READY = "ready"
#: How long an adopting pool waits for the early worker's registry before it forks a
#: fresh worker instead (it is ready in well under a second).
READY_TIMEOUT = 60.0
#: What a conversion imports whatever the file (the plugin's own library aside).
WARM = ("ogi.report", "ogi.pipeline", "ogi.assemble", "ogi.runner.tasks")

_early: Early | None = None


def warm() -> None:
    """Import the modules every conversion needs, the interpreter's parts included (a
    driver about to fork workers calls it too, so they share the imports)."""
    for name in WARM:
        import_module(name)
    from ogi.interpret import load_parts

    load_parts()


def start() -> Registry | None:
    """Load the registry as a plain ``ogi`` command does and fork the early worker with it
    (once, where workers are forked: Linux). The registry, for the command line to use; None
    when there is no early worker (a registry that fails to load is then loaded again, and
    its error reported, by the command line)."""
    global _early
    if _early is not None or default_start_method() != "fork":
        return None
    import multiprocessing

    from ogi.registry import Registry

    gc.disable()  # start-up allocates much and frees little: no collections until warm
    try:
        registry = Registry.load()
    except Exception:
        gc.enable()
        return None
    ctx = multiprocessing.get_context("fork")
    conn, child = ctx.Pipe()
    process = ctx.Process(target=_main, args=(child, os.getpid(), registry), daemon=True)
    with signals_blocked():  # the child starts deaf to Ctrl-C until it ignores it
        process.start()
    gc.enable()
    child.close()
    _early = (process, conn)
    return registry


def adopt(settings: WorkerSettings) -> Early | None:
    """The early worker, its registry loaded as ``settings`` say and ready for a task; None
    when there is none, when it cannot be (plugins registered in code do not travel, a
    worker meant to be spawned), or when it died."""
    global _early
    if _early is None or settings.plugins:
        return None
    if (settings.start_method or default_start_method()) != "fork":
        return None
    (process, conn), _early = _early, None
    try:  # the environment as it is now, as a worker forked now would have it
        conn.send((settings, dict(os.environ)))  # (--pdf-engine sets OGI_PDF_ENGINE)
        if conn.poll(READY_TIMEOUT) and conn.recv() == READY:
            return process, conn
    except (EOFError, OSError):
        pass
    except BaseException:  # an interrupt while waiting: the worker goes with it
        _kill(process, conn)
        raise
    _kill(process, conn)
    return None


def discard() -> None:
    """Stop the early worker if nobody adopted it."""
    global _early
    if _early is not None:
        (process, conn), _early = _early, None
        _kill(process, conn)


def _kill(process: BaseProcess, conn: Connection) -> None:
    if process.is_alive():
        process.kill()
    process.join(5)
    conn.close()


def _main(conn: Connection, parent: int, registry: Registry) -> None:
    """The early worker: warm up, then serve the settings it is sent. Whatever fails here
    ends it quietly: the pool then forks a fresh worker, which meets (and reports) the same
    failure the way it always did."""
    die_with_parent(parent)
    try:
        warm()
        gc.freeze()  # what start-up made lives as long as the worker: never scanned again
        gc.enable()
        message = conn.recv()
        if message is None:
            return
        settings, environ = message
        if environ != dict(os.environ):
            os.environ.clear()
            os.environ.update(environ)
        from ogi.runner.workers import serve

        if not settings.loads_like(registry):
            registry = settings.registry()
    except Exception:
        return
    conn.send(READY)
    serve(conn, settings, registry)


def wanted(args: list[str]) -> bool:
    """Whether a command line is a conversion with the default plugins (a help request is
    not; ``--no-plugins`` and ``--disable-plugin`` are left to the command line)."""
    if "convert" not in args or {"-h", "--help", "--no-plugins"} & set(args):
        return False
    return not any(a.startswith("--disable-plugin") for a in args)
