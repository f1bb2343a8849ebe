"""Executors for distributed runs (none of their engines is a dependency of ogi).

``convert_many(paths, executor=…)`` and ``ogi convert DIR -o OUT --executor URL`` accept any
``concurrent.futures.Executor``. dask ships one (``Client.get_executor()``); ray does not,
so ogi has a small one here::

    from ogi.executors import ray_executor
    for result in ogi.convert_many(["crawl/"], executor=ray_executor()):
        ...
"""

from __future__ import annotations

import concurrent.futures as cf
import importlib
from collections.abc import Callable
from typing import Any

from ogi.errors import OgiError


class ExecutorUnavailable(OgiError):
    """An ``--executor`` URL names an engine that is not installed or not reachable."""

    code = "EXECUTOR_UNAVAILABLE"


class RayExecutor(cf.Executor):
    """A ``concurrent.futures.Executor`` over ray tasks: ``submit`` runs ``fn`` as a ray
    remote function and returns the ObjectRef's future."""

    def __init__(self, ray: Any, num_cpus: float = 1) -> None:
        self._ray, self._num_cpus = ray, num_cpus
        self._remotes: dict[Callable[..., Any], Any] = {}

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future[Any]:
        """Run ``fn(*args, **kwargs)`` on the ray cluster."""
        remote = self._remotes.get(fn)
        if remote is None:
            remote = self._ray.remote(num_cpus=self._num_cpus)(fn)
            self._remotes[fn] = remote
        future: cf.Future[Any] = remote.remote(*args, **kwargs).future()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """ray stays up (the caller owns it: ``ray.shutdown()``)."""


def ray_executor(address: str | None = None, **init: Any) -> RayExecutor:
    """A RayExecutor, connecting to ``address`` (``ray://HOST:PORT``, ``auto``) or starting a
    local ray when none is given and ray is not initialised yet."""
    try:
        import ray
    except ImportError:
        raise ExecutorUnavailable("ray is not installed: pip install 'ray[default]'") from None
    if not ray.is_initialized():
        ray.init(address=address, **init)
    return RayExecutor(ray)


def dask_executor(address: str) -> cf.Executor:
    """``Client(address).get_executor()`` for a dask scheduler at ``tcp://HOST:PORT``."""
    try:
        client_class: Any = importlib.import_module("dask.distributed").Client
    except ImportError:
        raise ExecutorUnavailable(
            "dask is not installed: pip install 'dask[distributed]'"
        ) from None
    try:
        client = client_class(address, timeout=10)
    except OSError as exc:
        raise ExecutorUnavailable(f"cannot reach the dask scheduler at {address}: {exc}") from None
    executor: cf.Executor = client.get_executor()
    _OWNED_CLIENTS[id(executor)] = client
    return executor


_OWNED_CLIENTS: dict[int, Any] = {}


def close(executor: cf.Executor | None) -> None:
    """Shut down an executor made by :func:`from_url` (a dask client it opened is closed;
    a cluster it joined stays up)."""
    if executor is None:
        return
    client = _OWNED_CLIENTS.pop(id(executor), None)
    executor.shutdown(wait=False)
    if client is not None:
        client.close()


def from_url(url: str) -> cf.Executor | None:
    """The executor an ``--executor`` value names: ``local`` (None: ogi's own pool),
    ``dask://HOST:PORT``, ``ray://HOST:PORT`` or ``ray://auto``/``ray://local``."""
    if url in ("", "local"):
        return None
    if url.startswith("dask://"):
        return dask_executor("tcp://" + url[len("dask://") :])
    if url.startswith("ray://"):
        rest = url[len("ray://") :]
        address = None if rest in ("", "local") else ("auto" if rest == "auto" else url)
        return ray_executor(address)
    raise ExecutorUnavailable(f"unknown executor {url!r}: use local, dask://HOST:PORT or ray://…")
