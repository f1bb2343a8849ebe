"""Killable worker processes: a local pool for bulk runs, and one-off isolated conversions
for single files and remote executors.

A worker ignores SIGINT (the driver decides what an interrupt means), and dies with its
parent: ``PR_SET_PDEATHSIG`` on Linux, a watchdog thread polling the parent elsewhere. The
police reads memory with psutil, so timeouts and memory caps work on every platform."""

from __future__ import annotations

import atexit
import contextlib
import gc
import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable
from multiprocessing.connection import Connection, wait
from typing import Any

from ogi.registry import Registry
from ogi.runner import early
from ogi.runner.lifeline import default_start_method, die_with_parent, signals_blocked
from ogi.runner.tasks import Outcome, Task, WorkerSettings, convert_task, failure
from ogi.status import Status

POLL_SECONDS = 0.1


def _worker_main(
    conn: Connection, settings: WorkerSettings, parent: int, registry: Registry | None = None
) -> None:
    die_with_parent(parent)
    serve(conn, settings, registry or settings.registry())


def serve(conn: Connection, settings: WorkerSettings, registry: Registry) -> None:
    """A worker's loop: convert each task received, answer its outcomes; stop at None or
    when the driver is gone."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        outcomes = convert_task(task, registry, settings)
        if conn.poll():  # a task sent ahead: the driver would read our memory during it
            _stamp_memory(outcomes, rss_mb(os.getpid()))
        conn.send(outcomes)


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 when it is gone or psutil is missing)."""
    try:
        import psutil

        return float(psutil.Process(pid).memory_info().rss) / 1_048_576
    except Exception:  # psutil missing or the process gone: no reading
        return 0.0


def _stamp_memory(outcomes: list[Outcome], rss: float) -> None:
    """The worker's memory after the task on each outcome that converted a file."""
    for o in outcomes:
        o.rss_mb = round(rss, 1) if o.status not in (Status.SKIPPED, Status.ASSEMBLED) else None


def _load_police() -> None:
    """Import psutil (the memory police) while the workers start up, before the first
    answer arrives."""
    with contextlib.suppress(ImportError):
        import psutil  # noqa: F401


class Worker:
    """One worker process, the task it converts and any sent ahead of time. A forked worker
    uses ``registry`` (the driver's, inherited with the process) instead of loading the
    plugins again; an ``adopted`` one is the early worker (:mod:`ogi.runner.early`)."""

    def __init__(
        self,
        settings: WorkerSettings,
        registry: Registry | None = None,
        adopted: early.Early | None = None,
    ) -> None:
        if adopted is not None:
            self.process, self.conn = adopted
        else:
            self.process, self.conn = _fork(settings, registry)
        self.task: Task | None = None  # the task being converted: its clock runs
        self.ahead: deque[Task] = deque()  # sent after it, waiting in the worker's pipe
        self.started = 0.0
        self.done = 0
        self.died = False
        self.measured = 0.0  # when the police last read the worker's memory
        self._ps: Any = None  # the worker as a psutil.Process, made once

    def assign(self, task: Task) -> None:
        """Send a task: the current one when the worker is idle, else one to convert next
        (its clock starts when the current one's answer arrives)."""
        if self.task is None:
            self.task, self.started = task, time.monotonic()
        else:
            self.ahead.append(task)
        self.conn.send(task)

    def take_back(self) -> list[Task]:
        """The tasks sent ahead, never started (the worker is being killed or stopped)."""
        tasks, self.ahead = list(self.ahead), deque()
        return tasks

    def rss_mb(self) -> float:
        """The worker's resident memory in MB (0 when it is gone or psutil is missing); the
        psutil handle is made once per worker, not once per reading."""
        try:
            if self._ps is None:
                import psutil

                self._ps = psutil.Process(self.process.pid)
            return float(self._ps.memory_info().rss) / 1_048_576
        except Exception:  # psutil missing or the process gone: no reading
            return 0.0

    def verdict(self, settings: WorkerSettings) -> list[Outcome] | None:
        """Failures when the worker ran past its budget (it must then be killed). Its memory
        is read every :data:`POLL_SECONDS` at most, however often the pool asks."""
        now = time.monotonic()
        limits, elapsed = settings.limits, now - self.started
        assert self.task is not None
        if limits.timeout and elapsed > limits.timeout:
            message = f"still running after {limits.timeout:g} s; the worker was killed"
            return [failure(p, "TIMEOUT", message, elapsed) for p in self.task.paths]
        if not limits.max_memory_mb or now - self.measured < POLL_SECONDS:
            return None
        self.measured = now
        if self.rss_mb() > limits.max_memory_mb:
            message = f"the worker used more than {limits.max_memory_mb} MB; it was killed"
            return [failure(p, "TOO_LARGE", message, elapsed) for p in self.task.paths]
        return None

    def receive(self) -> list[Outcome]:
        """The outcomes of the current task (CRASHED when the worker died); a task sent
        ahead becomes the current one, its clock starting now."""
        assert self.task is not None
        task, self.task = self.task, None
        try:
            outcomes: list[Outcome] = self.conn.recv()
        except (EOFError, OSError):
            self.died = True
            message = "the worker process died while converting this file"
            elapsed = time.monotonic() - self.started
            return [failure(p, "CRASHED", message, elapsed) for p in task.paths]
        if self.ahead:
            self.task, self.started = self.ahead.popleft(), time.monotonic()
        self.done += 1
        if outcomes and outcomes[0].rss_mb is None:  # the worker did not read it itself
            _stamp_memory(outcomes, self.rss_mb())
        return outcomes

    def kill(self) -> None:
        """Kill at once (timeouts, interrupts)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask the worker to finish, kill it if it does not."""
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(5)
        self.kill()


def _fork(
    settings: WorkerSettings, registry: Registry | None
) -> tuple[multiprocessing.process.BaseProcess, Connection]:
    """A new worker process and the driver's end of its pipe. A forked worker inherits what
    the driver imported: the driver imports the conversion's modules first, once for all
    its workers."""
    method = settings.start_method or default_start_method()
    ctx: Any = multiprocessing.get_context(method)
    conn, child = ctx.Pipe()
    inherited = registry if method == "fork" else None
    if method == "fork":
        early.warm()
        gc.freeze()  # the worker never scans (so never copies) what it inherits
    process = ctx.Process(
        target=_worker_main, args=(child, settings, os.getpid(), inherited), daemon=True
    )
    try:
        with signals_blocked():  # the child starts deaf to Ctrl-C until it ignores it
            _start(process)
    finally:
        gc.unfreeze()  # the driver's own garbage stays collectable
    child.close()
    return process, conn


def _start(process: multiprocessing.process.BaseProcess) -> None:
    """Start a worker, also from inside a daemonic process (a dask worker): such a process
    may not have children by multiprocessing's rule, but ours are killed and joined by us
    and die with their parent anyway."""
    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    if not config.get("daemon"):
        process.start()
        return
    config["daemon"] = False
    try:
        process.start()
    finally:
        config["daemon"] = True


class _Retired(Worker):
    """A worker already stopped or killed, kept in place until the pool ends."""

    def __init__(self, old: Worker) -> None:  # noqa: D107 - no new process
        self.conn, self.process, self.task, self.started, self.done = (
            old.conn,
            old.process,
            None,
            0.0,
            old.done,
        )
        self.measured, self._ps, self.ahead, self.died = 0.0, None, deque(), False

    def stop(self) -> None:
        """Already gone."""

    def kill(self) -> None:
        """Already gone."""


class LocalPool:
    """``jobs`` long-lived workers, recycled after ``recycle_after`` tasks. Forked workers
    share ``registry`` (the driver's) instead of loading the plugins each."""

    def __init__(
        self,
        settings: WorkerSettings,
        jobs: int = 1,
        recycle_after: int = 200,
        registry: Registry | None = None,
    ) -> None:
        self.settings, self.jobs, self.recycle_after = settings, jobs, recycle_after
        self.registry = registry

    def run(self, tasks: Iterable[Task]) -> Generator[tuple[Task, list[Outcome]], None, None]:
        """Each task's outcomes as they complete; every worker is gone when this ends,
        however it ends (an interrupt included). While more tasks wait than there are
        workers, each worker holds one task ahead in its pipe: it goes on to it the moment
        it answers, however long the caller takes to write that answer."""
        pending = deque(tasks)
        _load_police()
        n = max(1, min(self.jobs, len(pending)))
        workers = [Worker(self.settings, self.registry, early.adopt(self.settings))]
        workers += [Worker(self.settings, self.registry) for _ in range(n - 1)]
        try:
            while workers and (pending or any(w.task for w in workers)):
                self._feed(workers, pending)
                ready = wait([w.conn for w in workers if w.task], timeout=POLL_SECONDS)
                for i, w in enumerate(list(workers)):
                    task = w.task
                    if task is None:
                        continue
                    answered = w.conn in ready or w.conn.poll()  # an answer is not a verdict
                    outcomes = w.receive() if answered else w.verdict(self.settings)
                    if outcomes is None:
                        continue
                    workers[i] = self._next(w, task, pending)
                    self._feed(workers, pending)
                    yield task, outcomes
        except BaseException:
            for w in workers:
                w.kill()
            raise
        for w in workers:
            w.stop()

    def _feed(self, workers: list[Worker], pending: deque[Task]) -> None:
        """A task for each idle worker, then one ahead for each busy one (within its
        recycling quota) while more tasks wait than there are workers."""
        for w in workers:
            if w.task is None and pending:
                w.assign(pending.popleft())
        for w in workers:
            if len(pending) < len(workers):
                return
            if w.task is not None and not w.ahead and w.done + 2 <= self.recycle_after:
                w.assign(pending.popleft())

    def _next(self, w: Worker, task: Task, pending: deque[Task]) -> Worker:
        """The worker to use after ``task``'s outcomes: the same one, or a fresh one after a
        kill (``task`` over budget), a crash, or ``recycle_after`` tasks. The tasks a
        killed worker held ahead go back first in line; one it died on after answering
        ``task`` is reported by the next answer (CRASHED), as any crash is."""
        if w.task is task or w.died:  # over budget, or dead
            pending.extendleft(reversed(w.take_back()))
            w.task = None
            w.kill()
        elif w.task is None and not w.process.is_alive():  # gone between tasks
            w.kill()
        elif w.task is None and w.done >= self.recycle_after and pending:
            w.stop()
        else:
            return w
        return Worker(self.settings, self.registry) if pending else _Retired(w)


_RESIDENT: dict[tuple[int, bytes], Worker] = {}
RESIDENT_RECYCLE = 200


def run_resident(task: Task, settings: WorkerSettings) -> list[Outcome]:
    """Convert one task in a worker process kept for the calling thread (an executor's
    worker thread reuses it for the next task): the budget is enforced here, on the
    executor's side, and the worker is killed and replaced when a task overruns it."""
    key = (threading.get_ident(), pickle.dumps(settings))
    worker = _RESIDENT.pop(key, None)
    if worker is None or not worker.process.is_alive():
        worker = Worker(settings)
    worker.assign(task)
    while not worker.conn.poll(POLL_SECONDS):
        verdict = worker.verdict(settings)
        if verdict is not None:
            worker.kill()
            return verdict
    outcomes = worker.receive()
    if worker.process.is_alive() and worker.done < RESIDENT_RECYCLE:
        _RESIDENT[key] = worker
    else:
        worker.stop()
    return outcomes


@atexit.register
def _stop_resident() -> None:
    while _RESIDENT:
        _RESIDENT.popitem()[1].stop()


def run_isolated(
    task: Task, settings: WorkerSettings, registry: Registry | None = None
) -> list[Outcome]:
    """Convert one task in a fresh worker process under ``settings.limits`` (the worker-side
    budget of remote executors and of single-file conversions); a forked worker uses
    ``registry`` when given (it must be loaded as ``settings`` say)."""
    pool = LocalPool(settings, jobs=1, recycle_after=1, registry=registry)
    for _task, outcomes in pool.run([task]):
        return outcomes
    return [failure(p, "CRASHED", "no result from the worker") for p in task.paths]
