"""Distributed engines: a real dask LocalCluster (in-process, loopback only), the CLI's
``--executor dask://`` against a local scheduler, a ray-shaped executor, spawned workers."""

from __future__ import annotations

import concurrent.futures as cf
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, seed
from test_batch import hang_plugin

import ogi
from ogi.batch import MANIFEST, BatchOptions, run_batch
from ogi.executors import RayExecutor
from ogi.registry import Registry
from ogi.runner.tasks import Limits

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """One in-process dask cluster (threads, loopback) for the module."""
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        dashboard_address=None,
        host="127.0.0.1",
        protocol="tcp://",
    ) as local:
        yield local


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "in"
    for folder in ("text", "html"):
        shutil.copytree(ROOT / "samples" / folder, tree / folder)
    return tree


def _snapshot(out: Path) -> dict[str, object]:
    manifest = [json.loads(x) for x in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]
    for m in manifest:
        m.pop("seconds"), m.pop("worker_rss_mb")
    files = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.json"))}
    return {"manifest": manifest, "files": files, "cells": (out / "cells.csv").read_bytes()}


def test_convert_many_on_a_dask_cluster_matches_local(cluster: Any) -> None:
    paths = [seed("000"), seed("003"), seed("004")]
    with distributed.Client(cluster) as client:
        got = {r.path: r for r in ogi.convert_many(paths, executor=client.get_executor())}
    here = {r.path: r for r in ogi.convert_many(paths)}
    assert sorted(got) == sorted(here)
    for path, result in here.items():
        assert got[path].status == result.status == "ok"
        assert got[path].report == result.report


def test_a_hanging_file_times_out_on_the_dask_worker(cluster: Any, tmp_path: Path) -> None:
    (tmp_path / "stuck.hang").write_bytes(b"forever")
    shutil.copy(seed("001"), tmp_path / "ok.txt")
    registry = Registry.load(plugins=[hang_plugin()])
    started = time.monotonic()
    with distributed.Client(cluster) as client:
        results = list(
            ogi.convert_many(
                [tmp_path],
                registry=registry,
                executor=client.get_executor(),
                limits=Limits(timeout=2),
                max_in_flight=2,
            )
        )
    by_name = {Path(r.path or "").name: r for r in results}
    assert by_name["ok.txt"].status == "ok"
    assert by_name["stuck.hang"].error is not None and by_name["stuck.hang"].error.code == "TIMEOUT"
    assert time.monotonic() - started < 60


def test_bulk_run_on_dask_equals_the_local_runner(cluster: Any, tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    run_batch([str(tree)], str(tmp_path / "local"), BatchOptions(jobs=2))
    with distributed.Client(cluster) as client:
        opts = BatchOptions(executor=client.get_executor(), max_in_flight=3)
        run_batch([str(tree)], str(tmp_path / "dask"), opts)
    assert _snapshot(tmp_path / "dask") == _snapshot(tmp_path / "local")


def test_cli_executor_dask_url_equals_the_local_runner(cluster: Any, tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    address = cluster.scheduler_address.replace("tcp://", "dask://")
    for name, extra in (("local", []), ("dask", ["--executor", address])):
        done = subprocess.run(
            [sys.executable, "-m", "ogi", "convert", str(tree), "-o", str(tmp_path / name), *extra],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    assert _snapshot(tmp_path / "dask") == _snapshot(tmp_path / "local")


def test_unknown_executor_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ogi",
            "convert",
            str(seed("000").parent),
            "-o",
            str(tmp_path),
            "--executor",
            "spark://x",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--executor" in done.stderr
    assert "Traceback" not in done.stderr


class FakeRay:
    """Just enough of ray's API for RayExecutor: ``ray.remote(**opts)(fn).remote(*args)``
    returns a reference whose ``future()`` is a concurrent.futures.Future."""

    def __init__(self) -> None:
        self.pool = cf.ThreadPoolExecutor(2)
        self.calls = 0

    def remote(self, **options: Any) -> Callable[[Callable[..., Any]], Any]:
        outer = self

        def wrap(fn: Callable[..., Any]) -> Any:
            class Remote:
                def remote(self, *args: Any) -> Any:
                    outer.calls += 1
                    future = outer.pool.submit(fn, *args)
                    return type("Ref", (), {"future": lambda self: future})()

            return Remote()

        return wrap


def test_ray_executor_adapter_streams_results() -> None:
    fake = FakeRay()
    paths = [seed("000"), seed("002")]
    results = list(ogi.convert_many(paths, executor=RayExecutor(fake)))
    assert sorted(r.path or "" for r in results) == sorted(str(p) for p in paths)
    assert all(r.status == "ok" for r in results) and fake.calls == 2


def test_runner_works_with_spawned_workers(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "stuck.hang").write_bytes(b"forever")
    shutil.copy(seed("001"), tmp_path / "in" / "ok.txt")
    opts = BatchOptions(
        start_method="spawn", timeout=3, plugins=(hang_plugin(),), max_memory_mb=512
    )
    entries = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), opts)
    assert entries[str(tmp_path / "in" / "ok.txt")].status == "ok"
    assert entries[str(tmp_path / "in" / "stuck.hang")].code == "TIMEOUT"
