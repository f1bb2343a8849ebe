"""How the bulk driver spends its time (deterministic checks, no wall clock): a worker that
answered already holds its next file while the driver writes the answer, and the driver
writes the bytes the workers made without parsing any report again."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SuffixPlugin, seed

import ogi
from ogi.batch import BatchOptions, run_batch
from ogi.document import Document
from ogi.errors import ExtractionFailed
from ogi.records import Options, Source
from ogi.report import Report
from ogi.runner.tasks import Limits, Task, WorkerSettings
from ogi.runner.workers import LocalPool


def _mark_and_fail(source: Source, options: Options) -> Document:
    """Leave ``<file>.started`` beside the input, then fail (the outcome does not matter)."""
    assert source.path is not None
    Path(source.path + ".started").touch()
    raise ExtractionFailed("marked")


def mark_plugin() -> SuffixPlugin:
    """An extractor that says when a worker started on a file."""
    return SuffixPlugin("mark", ".mark", _mark_and_fail)


def _appears(path: Path, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            return True
        time.sleep(0.01)
    return False


def test_the_worker_starts_its_next_file_before_the_driver_takes_the_answer(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "a.mark", tmp_path / "b.mark"
    for path in (first, second):
        path.write_text("x", encoding="utf-8")
    settings = WorkerSettings(entry_points=False, plugins=(mark_plugin(),))
    results = LocalPool(settings, jobs=1).run([Task(str(first)), Task(str(second))])
    try:
        task, outcomes = next(results)  # the driver holds the first answer, asks nothing more
        assert task.path == str(first) and outcomes[0].code == "CORRUPT"
        assert _appears(Path(str(second) + ".started"))  # the worker is already on b
        assert [o.path for _, found in results for o in found] == [str(second)]
    finally:
        results.close()


def test_the_driver_writes_the_workers_bytes_and_parses_no_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("000", "001", "002"):
        source = seed(name)
        (inputs / source.name).write_bytes(source.read_bytes())
    parsed: list[Any] = []
    original = Report.model_validate_json

    def counted(*args: Any, **kwargs: Any) -> Report:
        parsed.append(args)  # counted in the driver; a forked worker counts in its own copy
        return original(*args, **kwargs)

    monkeypatch.setattr(Report, "model_validate_json", counted)
    opts = BatchOptions(entry_points=False, writers=("json", "cells", "cells-jsonl"))
    entries = run_batch([str(inputs)], str(tmp_path / "out"), opts)
    assert {str(e.status) for e in entries.values()} <= {"ok", "partial"}
    assert parsed == []
    reports = [
        original(p.read_text(encoding="utf-8")) for p in sorted((tmp_path / "out").glob("*.json"))
    ]
    cells = (tmp_path / "out" / "cells.csv").read_bytes()
    assert cells == ogi.Registry.load(entry_points=False).writer("cells").render(reports)


def _die(source: Source, options: Options) -> Document:
    """The worker process dies on this file."""
    import os

    os._exit(3)


def die_plugin() -> SuffixPlugin:
    """An extractor whose worker dies (CRASHED)."""
    return SuffixPlugin("die", ".die", _die)


def _marks(tmp_path: Path, *names: str) -> list[Path]:
    paths = [tmp_path / name for name in names]
    for path in paths:
        path.write_text("x", encoding="utf-8")
    return paths


def test_a_worker_goes_on_to_the_files_sent_ahead_while_the_driver_holds_an_answer(
    tmp_path: Path,
) -> None:
    first, second, third = _marks(tmp_path, "a.mark", "b.mark", "c.mark")
    settings = WorkerSettings(entry_points=False, plugins=(mark_plugin(),))
    results = LocalPool(settings, jobs=1).run([Task(str(p)) for p in (first, second, third)])
    try:
        task, _outcomes = next(results)
        assert task.path == str(first)
        assert _appears(Path(str(third) + ".started"))  # b, then c, without the driver
        assert [o.path for _, found in results for o in found] == [str(second), str(third)]
    finally:
        results.close()


@pytest.mark.parametrize("bad", ["stuck.hang", "boom.die"])
def test_files_held_ahead_by_a_killed_or_dead_worker_are_converted_by_the_next(
    tmp_path: Path, bad: str
) -> None:
    from test_batch import hang_plugin

    (tmp_path / bad).write_bytes(b"x")
    marks = _marks(tmp_path, "a.mark", "b.mark", "c.mark")
    limits = Limits(timeout=2)
    plugins = (mark_plugin(), hang_plugin(), die_plugin())
    settings = WorkerSettings(entry_points=False, plugins=plugins, limits=limits)
    tasks = [Task(str(tmp_path / bad))] + [Task(str(p)) for p in marks]
    codes = {o.path: o.code for _, found in LocalPool(settings, jobs=1).run(tasks) for o in found}
    expected = "TIMEOUT" if bad.endswith(".hang") else "CRASHED"
    assert codes == {str(tmp_path / bad): expected} | {str(p): "CORRUPT" for p in marks}
