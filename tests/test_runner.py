"""One runner for every output: each registered writer — a test-defined third-party one
too — fed one report at a time through the same hook, with manifest, resume and timeout;
the analyst outputs (SQLite, cells.csv) and the one status function."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, seed
from test_batch import hang_plugin

import ogi
from ogi.batch import MANIFEST, BatchOptions, run_batch
from ogi.cli import cli
from ogi.records import Writer
from ogi.registry import Registry
from ogi.report import Report
from ogi.status import Status


def _titles(reports: Sequence[Report]) -> bytes:
    return "".join(f"{r.meta.title}\n" for r in reports).encode("utf-8")


class TitleWriters:
    """Third-party writers: one per report, one whole-run with only ``render``, one
    whole-run with ``fragment``."""

    @ogi.hookimpl
    def ogi_writers(self) -> list[Writer]:
        return [
            Writer("title", ".title", "the title of one report", True, _titles),
            Writer("titles", ".txt", "every title (render only)", False, _titles),
            Writer(
                "titles-stream",
                ".lst",
                "every title (streamed)",
                False,
                _titles,
                fragment=lambda r: _titles([r]),
                header=b"# titles\n",
                footer=b"# end\n",
            ),
        ]


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "in"
    shutil.copytree(ROOT / "samples" / "text", tree / "text")
    (tree / "stuck.hang").write_bytes(b"forever")
    (tree / "empty.txt").write_bytes(b"")
    return tree


def _opts(**kw: object) -> BatchOptions:
    base = dict(
        writers=("json", "cells", "cells-jsonl", "sqlite", "title", "titles", "titles-stream"),
        plugins=(hang_plugin(), TitleWriters()),
        timeout=2,
        jobs=2,
    )
    return BatchOptions(**{**base, **kw})  # type: ignore[arg-type]


def test_every_writer_goes_through_the_runner(tmp_path: Path) -> None:
    tree, out = _tree(tmp_path), tmp_path / "out"
    entries = run_batch([str(tree)], str(out), _opts())
    assert entries[str(tree / "stuck.hang")].code == "TIMEOUT"
    assert entries[str(tree / "empty.txt")].code == "EMPTY"
    ok = sorted(p for p, e in entries.items() if e.status == "ok")
    assert len(ok) == 5 and len((out / MANIFEST).read_text().splitlines()) == 7
    titles = [ogi.convert(p).meta.title for p in ok]
    assert (out / "titles.txt").read_text(encoding="utf-8") == "".join(f"{t}\n" for t in titles)
    assert (out / "titles-stream.lst").read_text(encoding="utf-8") == (
        "# titles\n" + "".join(f"{t}\n" for t in titles) + "# end\n"
    )
    assert len(list(out.rglob("*.title"))) == 5
    assert (out / "cells.csv").exists() and (out / "cells.jsonl").exists()
    db = sqlite3.connect(out / "reports.sqlite")
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (5,)


def test_resume_rebuilds_lost_and_newly_requested_outputs(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    full, cut = tmp_path / "full", tmp_path / "cut"
    run_batch([str(tree)], str(full), _opts())
    run_batch([str(tree)], str(cut), _opts(writers=("json",)))  # first without most writers
    (cut / ".ogi-staging.sqlite").unlink()
    run_batch([str(tree)], str(cut), _opts(resume=True))
    for name in ("cells.csv", "cells.jsonl", "titles.txt", "titles-stream.lst", MANIFEST):
        a, b = (full / name).read_bytes(), (cut / name).read_bytes()
        if name == MANIFEST:
            a, b = (_strip_times(x) for x in (a, b))
        assert a == b, name
    tables = ("reports", "cells", "checks", "warnings")
    dbs = [sqlite3.connect(d / "reports.sqlite") for d in (full, cut)]
    for table in tables:
        rows = [sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for db in dbs]
        assert rows[0] == rows[1], table


def _strip_times(data: bytes) -> list[dict[str, object]]:
    rows = [json.loads(x) for x in data.decode().splitlines()]
    for row in rows:
        row.pop("seconds"), row.pop("worker_rss_mb")
    return rows


def test_sqlite_has_foreign_keys_integer_counts_and_every_input(tmp_path: Path) -> None:
    tree, out = _tree(tmp_path), tmp_path / "out"
    run_batch([str(tree)], str(out), _opts(writers=("json",), db=str(tmp_path / "r.sqlite")))
    db = sqlite3.connect(tmp_path / "r.sqlite")
    for child in ("cells", "checks", "warnings"):
        fks = db.execute(f"PRAGMA foreign_key_list({child})").fetchall()
        assert [(fk[2], fk[3], fk[4]) for fk in fks] == [("reports", "path", "path")]
    kinds = dict(
        db.execute(
            "SELECT typeof(value), count(*) FROM cells WHERE key = 'applications.new_received.total' "
            "GROUP BY 1"
        ).fetchall()
    )
    assert set(kinds) == {"integer"}
    inputs = dict(
        db.execute("SELECT status || ':' || coalesce(code, ''), count(*) FROM inputs GROUP BY 1")
    )
    assert inputs == {"ok:": 5, "failed:TIMEOUT": 1, "failed:EMPTY": 1}
    meta = json.loads((tmp_path / "r.metadata.json").read_text(encoding="utf-8"))
    assert meta["databases"]["r"]["tables"]["reports"]["label_column"] == "title"


def test_cells_csv_is_excel_safe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = seed("001").read_text(encoding="utf-8")
    evil = '=HYPERLINK("http://evil.example")'
    text = text.replace(
        "永州市冷水滩区人民政府\n永州市", f"{evil}永州市冷水滩区人民政府\n{evil}永州市"
    )
    monkeypatch.chdir(tmp_path)
    Path("=1+2.txt").write_text(text, encoding="utf-8")
    entries = run_batch(["=1+2.txt"], "out", BatchOptions())
    assert entries["=1+2.txt"].status == "ok"
    data = Path("out/cells.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) > 10
    fields = [f for row in rows for f in row]
    assert not [f for f in fields if f.startswith(("=", "+", "@"))]
    assert f"'{evil}永州市冷水滩区人民政府" in fields and "'=1+2.txt" in fields


def test_partial_status_is_counted_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ogi.runner.tasks as tasks

    def partial_for_001(report: Report) -> Status:
        return Status.PARTIAL if "001" in (report.source.path or "") else Status.OK

    monkeypatch.setattr(tasks, "report_status", partial_for_001)  # workers fork: inherited
    result = CliRunner().invoke(
        cli, ["convert", str(seed("000").parent), "-o", str(tmp_path / "out")], obj=Registry.load()
    )
    assert result.exit_code == 0, result.output
    assert "5 inputs: 4 ok, 1 partial" in result.output
    manifest = [json.loads(x) for x in (tmp_path / "out" / MANIFEST).read_text().splitlines()]
    assert sorted(m["status"] for m in manifest) == ["ok", "ok", "ok", "ok", "partial"]
    assert (tmp_path / "out" / manifest[1]["output"]).exists()


def test_parquet_writer_streams_the_long_form(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    run_batch(
        [str(seed("000").parent)], str(out), BatchOptions(writers=("json", "cells", "parquet"))
    )
    table = pq.read_table(out / "cells.parquet")
    csv_rows = (out / "cells.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table.num_rows == len(csv_rows) - 1 > 100
    assert table.column_names[:5] == ["report_id", "organization", "year", "template", "key"]
