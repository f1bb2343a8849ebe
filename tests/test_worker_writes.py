"""Workers of a local bulk run write each report's JSON file themselves (the driver receives
no JSON and writes none): the outputs, the manifest, cells.csv and the accounting of write
errors are those of a run whose driver writes every file (an executor's run)."""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

import ogi
import ogi.runner.sinks
import ogi.writers
from ogi.batch import JOURNAL, MANIFEST, BatchOptions, Run, run_batch
from ogi.runner.tasks import Outcome, Task
from ogi.writers import OutputError, output_error

WRITERS = ("json", "cells", "cells-jsonl")


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "in"
    for folder in ("a", "b"):
        shutil.copytree(ROOT / "samples" / "text", tree / folder)
    return tree


def _files(out: Path) -> dict[str, bytes]:
    """Every output but the manifest and the run's own bookkeeping."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != MANIFEST and not p.name.startswith(".ogi")
    }


def _manifest(out: Path) -> list[dict[str, Any]]:
    rows = [json.loads(x) for x in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row.pop("seconds"), row.pop("worker_rss_mb")
    return rows


def _driver_writes(tree: Path, out: Path, **kw: Any) -> dict[str, Any]:
    """A run whose driver writes every file: conversions on an executor (its workers may
    be elsewhere, so they are never asked to write)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        opts = BatchOptions(entry_points=False, writers=WRITERS, executor=pool, **kw)
        return run_batch([str(tree)], str(out), opts)


def _taken(monkeypatch: pytest.MonkeyPatch) -> list[Outcome]:
    """The outcomes the driver takes, in order."""
    taken: list[Outcome] = []
    original = Run._take

    def spy(self: Run, outcome: Outcome, *args: Any) -> None:
        taken.append(outcome)
        original(self, outcome, *args)

    monkeypatch.setattr(Run, "_take", spy)
    return taken


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_write_the_json_files_the_driver_would_have_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    tree = _tree(tmp_path)
    _driver_writes(tree, tmp_path / "driver")
    taken = _taken(monkeypatch)
    opts = BatchOptions(entry_points=False, writers=WRITERS, jobs=jobs)
    run_batch([str(tree)], str(tmp_path / "workers"), opts)
    assert len(taken) == 10
    assert all(o.written and o.report_json is None for o in taken)  # no JSON came back
    assert _files(tmp_path / "workers") == _files(tmp_path / "driver")
    assert _manifest(tmp_path / "workers") == _manifest(tmp_path / "driver")
    assert not list((tmp_path / "workers").rglob(".ogi-*.tmp"))


def test_a_report_the_database_needs_is_read_back_from_the_workers_file(
    tmp_path: Path,
) -> None:
    tree = _tree(tmp_path)
    opts = BatchOptions(entry_points=False, db=str(tmp_path / "w.sqlite"))
    run_batch([str(tree)], str(tmp_path / "workers"), opts)
    with ThreadPoolExecutor(max_workers=1) as pool:
        opts = BatchOptions(entry_points=False, db=str(tmp_path / "d.sqlite"), executor=pool)
        run_batch([str(tree)], str(tmp_path / "driver"), opts)
    import sqlite3

    def reports(db: Path) -> list[tuple[Any, ...]]:
        return sorted(sqlite3.connect(db).execute("SELECT * FROM reports").fetchall())

    assert reports(tmp_path / "w.sqlite") == reports(tmp_path / "d.sqlite")
    assert len(reports(tmp_path / "w.sqlite")) == 10


def _refusing(code: int, marker: str) -> Any:
    """An ``atomic_write`` that refuses the outputs of inputs named with ``marker``."""
    original = ogi.writers.atomic_write

    def write(path: Path, data: bytes) -> None:
        if marker in path.name and path.suffix == ".json":
            raise output_error(OSError(code, errno.errorcode[code]), path)
        original(path, data)

    return write


def _refuse(monkeypatch: pytest.MonkeyPatch, code: int, marker: str) -> None:
    """Refuse in the workers (forked: they inherit the patch) and in the driver's sink."""
    write = _refusing(code, marker)
    monkeypatch.setattr(ogi.writers, "atomic_write", write)
    monkeypatch.setattr(ogi.runner.sinks, "atomic_write", write)


def test_a_json_file_a_worker_cannot_name_fails_that_input_as_the_driver_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _tree(tmp_path)
    _refuse(monkeypatch, errno.EINVAL, "001")
    _driver_writes(tree, tmp_path / "driver")
    taken = _taken(monkeypatch)
    entries = run_batch([str(tree)], str(tmp_path / "workers"), BatchOptions(entry_points=False))
    refused = [o for o in taken if o.write_error is not None]
    assert [Path(o.path).name[:3] for o in refused] == ["001", "001"]  # in a/ and b/
    failed = sorted((Path(e.path).name, e.code) for e in entries.values() if e.status == "failed")
    assert [code for _, code in failed] == ["OUTPUT_ERROR", "OUTPUT_ERROR"]
    assert _manifest(tmp_path / "workers") == _manifest(tmp_path / "driver")
    cells = (tmp_path / "workers" / "cells.csv").read_bytes()
    assert cells == (tmp_path / "driver" / "cells.csv").read_bytes()
    journal = (tmp_path / "workers" / JOURNAL).read_text(encoding="utf-8").splitlines()
    assert len(journal) == 10  # every input accounted for, once


def test_a_full_disk_met_by_a_worker_stops_the_run_and_resume_finishes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = _tree(tmp_path)
    run_batch([str(tree)], str(tmp_path / "whole"), BatchOptions(entry_points=False))
    with monkeypatch.context() as patch:
        _refuse(patch, errno.ENOSPC, "002")
        with pytest.raises(OutputError) as caught:
            run_batch([str(tree)], str(tmp_path / "out"), BatchOptions(entry_points=False))
    assert "No space left" in str(caught.value) or "ENOSPC" in str(caught.value)
    assert "002" in str(caught.value.path)
    journal = (tmp_path / "out" / JOURNAL).read_text(encoding="utf-8").splitlines()
    assert len(journal) < 10 and not any("002_" in line for line in journal)
    resumed = BatchOptions(entry_points=False, resume=True)
    entries = run_batch([str(tree)], str(tmp_path / "out"), resumed)
    assert {str(e.status) for e in entries.values()} <= {"ok", "partial"}
    assert _files(tmp_path / "out") == _files(tmp_path / "whole")
    assert _manifest(tmp_path / "out") == _manifest(tmp_path / "whole")


def test_progress_counts_each_input_once_as_it_is_recorded(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "notes.xyz").write_text("no extractor", encoding="utf-8")  # skipped at planning
    seen: list[dict[str, Any]] = []
    opts = BatchOptions(entry_points=False, progress=lambda counts: seen.append(dict(counts)))
    entries = run_batch([str(tree)], str(tmp_path / "out"), opts)
    assert [c["done"] for c in seen] == list(range(2, 12))  # the skipped input counted first
    for counts in seen:
        by = {k: v for k, v in counts.items() if k not in ("done", "total")}
        assert sum(by.values()) == counts["done"] and counts["total"] == 11
    final = Counter(str(e.status) for e in entries.values())
    assert {k: v for k, v in seen[-1].items() if k not in ("done", "total")} == dict(final)


def test_a_task_names_the_output_of_each_of_its_files() -> None:
    task = Task("page.html", ("a.pdf", "b.doc"), outputs=("o/page.json", None, "o/b.json"))
    assert [task.output(p) for p in ("page.html", "a.pdf", "b.doc", "c.txt")] == [
        "o/page.json",
        None,
        "o/b.json",
        None,
    ]
    assert Task("x.txt").output("x.txt") is None


def test_report_json_bytes_are_the_json_text_encoded() -> None:
    for path in sorted((ROOT / "samples").glob("*/*"))[:30]:
        try:
            report = ogi.convert(path)
        except ogi.OgiError:
            continue
        assert report.to_json_bytes() == report.to_json().encode("utf-8"), path


_DUMP = """
import atexit, json, sys
def _dump():
    with open({out!r}, "w", encoding="utf-8") as handle:
        json.dump(sorted(sys.modules), handle)
atexit.register(_dump)
from ogi.entry import main
main(["convert", {tree!r}, "-o", {outdir!r}, "--jobs", "1", "-q"])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the early worker: Linux")
def test_the_driver_of_a_bulk_run_plans_without_the_report_models(tmp_path: Path) -> None:
    tree, modules = _tree(tmp_path), tmp_path / "modules.json"
    code = _DUMP.format(out=str(modules), tree=str(tree), outdir=str(tmp_path / "out"))
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
    assert len(list((tmp_path / "out").rglob("*.json"))) == 10
    loaded = set(json.loads(modules.read_text(encoding="utf-8")))
    assert {"pydantic", "ogi.report", "ogi.assemble"} & loaded == set()  # the workers convert
