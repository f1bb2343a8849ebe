"""Where tasks run: in the local pool, or on any ``concurrent.futures.Executor``.

An engine takes tasks and yields ``(task, outcomes)`` as tasks complete (not in input
order). The driver around it keeps the journal, manifest and sinks, so a run on a cluster
resumes like a local one."""

from __future__ import annotations

import concurrent.futures as cf
from collections.abc import Generator, Iterable, Iterator
from typing import Protocol

from ogi.registry import Registry
from ogi.runner.tasks import Outcome, Task, WorkerSettings, failure
from ogi.runner.workers import LocalPool, run_resident


class Engine(Protocol):
    """Runs tasks, yielding each task's outcomes as it completes."""

    def run(self, tasks: Iterable[Task]) -> Generator[tuple[Task, list[Outcome]], None, None]:
        """Outcomes per task, in completion order."""
        ...


def remote_task(task: Task, settings: WorkerSettings) -> list[Outcome]:
    """The function an executor runs: the task in a killable child process (kept for the
    executor's worker thread), so the per-document budget holds on the executor's side."""
    return run_resident(task, settings)


class ExecutorEngine:
    """Any ``concurrent.futures.Executor`` (a process pool, ``dask`` ``Client.get_executor()``,
    :func:`ogi.executors.ray_executor`): submits at most ``max_in_flight`` tasks at a time
    and yields them as they complete."""

    def __init__(
        self, executor: cf.Executor, settings: WorkerSettings, max_in_flight: int = 32
    ) -> None:
        self.executor, self.settings = executor, settings
        self.max_in_flight = max(1, max_in_flight)

    def run(self, tasks: Iterable[Task]) -> Generator[tuple[Task, list[Outcome]], None, None]:
        """Submit, bounded; yield as completed; cancel what is left on the way out."""
        queue = iter(tasks)
        flying: dict[cf.Future[list[Outcome]], Task] = {}
        try:
            self._fill(queue, flying)
            while flying:
                done, _ = cf.wait(list(flying), return_when=cf.FIRST_COMPLETED)
                for future in done:
                    task = flying.pop(future)
                    yield task, _outcomes(task, future)
                self._fill(queue, flying)
        finally:
            for future in flying:
                future.cancel()

    def _fill(self, queue: Iterator[Task], flying: dict[cf.Future[list[Outcome]], Task]) -> None:
        while len(flying) < self.max_in_flight:
            task = next(queue, None)
            if task is None:
                return
            flying[self.executor.submit(remote_task, task, self.settings)] = task


def _outcomes(task: Task, future: cf.Future[list[Outcome]]) -> list[Outcome]:
    """The task's outcomes, or CRASHED for each file when the executor lost it."""
    try:
        return future.result()
    except BaseException as exc:  # a lost worker, a cancelled future: that task's failure
        message = f"the executor lost this task: {type(exc).__name__}: {exc}"
        return [failure(p, "CRASHED", message) for p in task.paths]


def local_engine(
    settings: WorkerSettings, jobs: int, recycle_after: int = 200, registry: Registry | None = None
) -> LocalPool:
    """The default engine of bulk runs (forked workers share ``registry``, the driver's)."""
    return LocalPool(settings, jobs=jobs, recycle_after=recycle_after, registry=registry)
