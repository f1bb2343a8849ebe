"""The SQLite output of a bulk run (``--db``): reports, cells, checks and warnings, ready
to query. Writes are idempotent per input path (delete, then insert, in one transaction)."""

from __future__ import annotations

import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    path TEXT PRIMARY KEY, report_id TEXT, sha256 TEXT, format TEXT, extractor TEXT,
    organization TEXT, year INTEGER, template TEXT, title TEXT,
    period_start TEXT, period_end TEXT, published TEXT, n_cells INTEGER, n_checks_failed INTEGER,
    organization_key TEXT, index_no TEXT
);
CREATE TABLE IF NOT EXISTS cells (
    path TEXT, report_id TEXT, key TEXT, value REAL, raw TEXT, unit TEXT, page INTEGER, kind TEXT
);
CREATE TABLE IF NOT EXISTS checks (
    path TEXT, report_id TEXT, id TEXT, severity TEXT, ok INTEGER, message TEXT, other_path TEXT
);
CREATE TABLE IF NOT EXISTS warnings (path TEXT, report_id TEXT, code TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS cells_key ON cells (key);
CREATE INDEX IF NOT EXISTS cells_path ON cells (path);
CREATE INDEX IF NOT EXISTS checks_path ON checks (path);
CREATE INDEX IF NOT EXISTS warnings_path ON warnings (path);
"""
TABLES = ("reports", "cells", "checks", "warnings")
#: Columns added after the first release: (table, column) — added to older databases on open.
ADDED_COLUMNS = (
    ("reports", "organization_key"),
    ("reports", "index_no"),
    ("checks", "other_path"),  # cross-year checks (X1…X4): the earlier report's path
)
REPORT_COLUMNS = (
    "path, report_id, sha256, format, extractor, organization, year, template, title, "
    "period_start, period_end, published, n_cells, n_checks_failed, organization_key, index_no"
)


class Store:
    """A SQLite database in WAL mode."""

    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        for table, column in ADDED_COLUMNS:
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")

    def forget(self, path: str) -> None:
        """Remove everything stored for an input."""
        with self.db:
            for table in TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE path = ?", (path,))

    def put(self, path: str, report: dict[str, Any]) -> None:
        """Store one report (replacing what an earlier run stored for the same path)."""
        rid = report["source"]["sha256"][:16]
        meta = report["meta"]
        period = meta.get("period") or {}
        failed = sum(1 for c in report["checks"] if c["ok"] is False)
        with self.db:
            for table in TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE path = ?", (path,))
            self.db.execute(
                f"INSERT INTO reports ({REPORT_COLUMNS}) VALUES ({', '.join('?' * 16)})",
                (
                    path,
                    rid,
                    report["source"]["sha256"],
                    report["source"]["format"],
                    report["source"]["extractor"]["name"],
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
                ),
            )
            self.db.executemany(
                "INSERT INTO cells VALUES (?,?,?,?,?,?,?,?)",
                [
                    (
                        path,
                        rid,
                        c["key"],
                        c["value"],
                        c["raw"],
                        c["unit"],
                        c["source"].get("page"),
                        c["source"].get("kind"),
                    )
                    for c in report["cells"]
                ],
            )
            self.db.executemany(
                "INSERT INTO checks (path, report_id, id, severity, ok, message) VALUES (?,?,?,?,?,?)",
                [
                    (path, rid, c["id"], c["severity"], _ok(c["ok"]), c["message"])
                    for c in report["checks"]
                ],
            )
            self.db.executemany(
                "INSERT INTO warnings VALUES (?,?,?,?)",
                [(path, rid, w["code"], w["message"]) for w in report["warnings"]],
            )

    def close(self) -> None:
        """Checkpoint and close."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()


def _ok(ok: bool | None) -> int | None:
    """A check's state as SQL: 1 holds, 0 fails, NULL not evaluated (a blank input)."""
    return None if ok is None else int(ok)
