"""The early worker of ``ogi convert``: forked as the command starts — before click, the
registry and the options load in the driver — it imports what every conversion needs (the
models, the interpreter, the pipeline) on the other core meanwhile. The worker pool of the
run (the single file's, or a bulk run's first worker) adopts it instead of forking one then.

Once adopted it is a worker like any other (:class:`ogi.runner.workers.Worker`): it is sent
the run's :class:`~ogi.runner.tasks.WorkerSettings` first, loads its registry from them, says
it is ready, and only then gets a task — so the per-document budget (the clock, the memory
cap) starts where it always did. An early worker nobody adopts is stopped at exit.

Light on purpose: this module is imported before the command line is parsed."""

from __future__ import annotations

import os
from importlib import import_module
from typing import TYPE_CHECKING

from ogi.runner.lifeline import default_start_method, die_with_parent, signals_blocked

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

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


def start() -> None:
    """Fork the early worker, once, where workers are forked (Linux)."""
    global _early
    if _early is not None or default_start_method() != "fork":
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    conn, child = ctx.Pipe()
    process = ctx.Process(target=_main, args=(child, os.getpid()), daemon=True)
    with signals_blocked():  # the child starts deaf to Ctrl-C until it ignores it
        process.start()
    child.close()
    _early = (process, conn)


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
    try:
        conn.send(settings)
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


def _main(conn: Connection, parent: int) -> None:
    """The early worker: warm up, then serve the settings it is sent. Whatever fails here
    ends it quietly: the pool then forks a fresh worker, which meets (and reports) the same
    failure the way it always did."""
    die_with_parent(parent)
    try:
        warm()
        settings = conn.recv()
        if settings is None:
            return
        from ogi.runner.workers import serve

        registry = settings.registry()
    except Exception:
        return
    conn.send(READY)
    serve(conn, settings, registry)


def wanted(args: list[str]) -> bool:
    """Whether a command line is a conversion (a help request is not)."""
    return "convert" in args and not {"-h", "--help"} & set(args)
