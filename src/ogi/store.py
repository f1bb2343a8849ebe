"""The SQLite output of a bulk run (``--db`` or ``--to sqlite``): every input with its
status and error, and reports, cells, checks and warnings, ready to query.

Children reference ``reports(path)`` (foreign keys, enforced); counts are stored as
integers (the ``value`` column has NUMERIC affinity: ``15``, not ``15.0``; amounts keep
their fraction). Writes are idempotent per input path (delete, then insert, in one
transaction), so a resumed run ends with the database of an uninterrupted one. A
``<name>.metadata.json`` beside the database gives datasette its labels and facets:
``datasette out/reports.sqlite -m out/reports.metadata.json``."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY, sha256 TEXT, status TEXT, code TEXT, message TEXT,
    extractor TEXT, extractor_version TEXT, seconds REAL, output TEXT
);
CREATE TABLE IF NOT EXISTS reports (
    path TEXT PRIMARY KEY, report_id TEXT, sha256 TEXT, format TEXT, extractor TEXT,
    organization TEXT, year INTEGER, template TEXT, title TEXT,
    period_start TEXT, period_end TEXT, published TEXT, n_cells INTEGER, n_checks_failed INTEGER,
    organization_key TEXT, index_no TEXT, complete INTEGER
);
CREATE TABLE IF NOT EXISTS completeness (
    path TEXT REFERENCES reports(path) ON DELETE CASCADE, report_id TEXT, table_name TEXT,
    template TEXT, expected INTEGER, found INTEGER, missing INTEGER, unparsed INTEGER,
    missing_keys TEXT
);
CREATE TABLE IF NOT EXISTS cells (
    path TEXT REFERENCES reports(path) ON DELETE CASCADE, report_id TEXT, key TEXT,
    value NUMERIC, raw TEXT, unit TEXT, page INTEGER, kind TEXT
);
CREATE TABLE IF NOT EXISTS checks (
    path TEXT REFERENCES reports(path) ON DELETE CASCADE, report_id TEXT, id TEXT,
    severity TEXT, ok INTEGER, message TEXT, other_path TEXT
);
CREATE TABLE IF NOT EXISTS warnings (
    path TEXT REFERENCES reports(path) ON DELETE CASCADE, report_id TEXT, code TEXT,
    message TEXT
);
CREATE INDEX IF NOT EXISTS cells_key ON cells (key);
CREATE INDEX IF NOT EXISTS cells_path ON cells (path);
CREATE INDEX IF NOT EXISTS checks_path ON checks (path);
CREATE INDEX IF NOT EXISTS warnings_path ON warnings (path);
"""
CHILDREN = ("cells", "checks", "warnings", "completeness")
#: Columns added after the first release: (table, column, type) — added to older databases
#: when they are opened.
ADDED_COLUMNS = (
    ("reports", "organization_key", "TEXT"),
    ("reports", "index_no", "TEXT"),
    ("reports", "complete", "INTEGER"),  # 1 complete, 0 partial (Report.completeness)
    ("checks", "other_path", "TEXT"),  # cross-year checks (X1…X4): the earlier report's path
)
REPORT_COLUMNS = (
    "path, report_id, sha256, format, extractor, organization, year, template, title, "
    "period_start, period_end, published, n_cells, n_checks_failed, organization_key, "
    "index_no, complete"
)
INPUT_COLUMNS = (
    "path",
    "sha256",
    "status",
    "code",
    "message",
    "extractor",
    "extractor_version",
    "seconds",
    "output",
)
METADATA = {
    "tables": {
        "reports": {
            "label_column": "title",
            "facets": ["year", "template", "format", "organization_key", "complete"],
        },
        "completeness": {"facets": ["table_name", "template"]},
        "inputs": {"facets": ["status", "code"]},
        "cells": {"facets": ["key", "kind"]},
        "checks": {"facets": ["id", "severity", "ok"]},
        "warnings": {"facets": ["code"]},
    }
}


class Store:
    """A SQLite database in WAL mode with foreign keys on."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        for table, column, kind in ADDED_COLUMNS:
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def has(self, path: str) -> bool:
        """Whether a report is stored for this input."""
        row = self.db.execute("SELECT 1 FROM reports WHERE path = ?", (path,)).fetchone()
        return row is not None

    def forget(self, path: str) -> None:
        """Remove the report stored for an input (its children with it)."""
        with self.db:
            self._delete(path)

    def _delete(self, path: str) -> None:
        for table in CHILDREN:
            self.db.execute(f"DELETE FROM {table} WHERE path = ?", (path,))
        self.db.execute("DELETE FROM reports WHERE path = ?", (path,))

    def put(self, path: str, report: dict[str, Any]) -> None:
        """Store one report (replacing what an earlier run stored for the same path)."""
        rid = report["source"]["sha256"][:16]
        with self.db:
            self._delete(path)
            row = _report_row(path, rid, report)
            self.db.execute(
                f"INSERT INTO reports ({REPORT_COLUMNS}) VALUES ({','.join('?' * len(row))})",
                row,
            )
            self.db.executemany(
                "INSERT INTO cells VALUES (?,?,?,?,?,?,?,?)",
                [_cell_row(path, rid, c) for c in report["cells"]],
            )
            self.db.executemany(
                "INSERT INTO completeness VALUES (?,?,?,?,?,?,?,?,?)",
                _completeness_rows(path, rid, report),
            )
            self.db.executemany(
                "INSERT INTO checks (path, report_id, id, severity, ok, message) "
                "VALUES (?,?,?,?,?,?)",
                [
                    (path, rid, c["id"], c["severity"], _ok(c["ok"]), c["message"])
                    for c in report["checks"]
                ],
            )
            self.db.executemany(
                "INSERT INTO warnings VALUES (?,?,?,?)",
                [(path, rid, w["code"], w["message"]) for w in report["warnings"]],
            )

    def put_inputs(self, entries: Iterable[dict[str, Any]]) -> None:
        """Replace the table of inputs: every input with its status and error."""
        marks = ",".join("?" * len(INPUT_COLUMNS))
        with self.db:
            self.db.execute("DELETE FROM inputs")
            self.db.executemany(
                f"INSERT INTO inputs VALUES ({marks})",
                [tuple(e.get(c) for c in INPUT_COLUMNS) for e in entries],
            )

    def close(self) -> None:
        """Checkpoint, close, and write the datasette metadata beside the database."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        write_metadata(self.path)


def _report_row(path: str, rid: str, report: dict[str, Any]) -> tuple[Any, ...]:
    meta = report["meta"]
    period = meta.get("period") or {}
    failed = sum(1 for c in report["checks"] if c["ok"] is False)
    source = report["source"]
    return (
        path,
        rid,
        source["sha256"],
        source["format"],
        source["extractor"]["name"],
        meta["organization"],
        meta["year"],
        report["template"],
        meta["title"],
        period.get("start"),
        period.get("end"),
        meta["published"],
        len(report["cells"]),
        failed,
        meta.get("organization_key"),
        meta.get("index_no"),
        _ok((report.get("completeness") or {}).get("complete", True)),
    )


def _completeness_rows(path: str, rid: str, report: dict[str, Any]) -> list[tuple[Any, ...]]:
    """One row per standard table: expected, found, missing and unparsed cells, and the
    missing keys (space-separated) — so partial reports can be found and explained in SQL."""
    tables = (report.get("completeness") or {}).get("tables") or {}
    return [
        (
            path,
            rid,
            name,
            t["template"],
            t["expected"],
            t["found"],
            len(t["missing"]),
            len(t["unparsed"]),
            " ".join(t["missing"]),
        )
        for name, t in tables.items()
    ]


def _cell_row(path: str, rid: str, c: dict[str, Any]) -> tuple[Any, ...]:
    source = c["source"]
    return (
        path,
        rid,
        c["key"],
        c["value"],
        c["raw"],
        c["unit"],
        source.get("page"),
        source.get("kind"),
    )


def metadata_path(db_path: str) -> Path:
    """``reports.sqlite`` → ``reports.metadata.json`` beside it."""
    base, _ = os.path.splitext(db_path)
    return Path(base + ".metadata.json")


def write_metadata(db_path: str) -> None:
    """datasette metadata: labels (a report is shown by its title) and facets."""
    from ogi.writers import atomic_write

    name = Path(db_path).stem
    data = {"title": "ogi reports", "databases": {name: METADATA}}
    atomic_write(metadata_path(db_path), json.dumps(data, ensure_ascii=False, indent=2).encode())


def _ok(ok: bool | None) -> int | None:
    """A check's state as SQL: 1 holds, 0 fails, NULL not evaluated (a blank input)."""
    return None if ok is None else int(ok)
