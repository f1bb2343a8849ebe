"""The SQLite output of a bulk run (``--db``): reports, cells, checks and warnings, ready
to query. Writes are idempotent per input path (delete, then insert, in one transaction)."""

from __future__ import annotations

import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    path TEXT PRIMARY KEY, report_id TEXT, sha256 TEXT, format TEXT, extractor TEXT,
    organization TEXT, year INTEGER, template TEXT, title TEXT,
    period_start TEXT, period_end TEXT, published TEXT, n_cells INTEGER, n_checks_failed INTEGER
);
CREATE TABLE IF NOT EXISTS cells (
    path TEXT, report_id TEXT, key TEXT, value REAL, raw TEXT, unit TEXT, page INTEGER, kind TEXT
);
CREATE TABLE IF NOT EXISTS checks (
    path TEXT, report_id TEXT, id TEXT, severity TEXT, ok INTEGER, message TEXT
);
CREATE TABLE IF NOT EXISTS warnings (path TEXT, report_id TEXT, code TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS cells_key ON cells (key);
CREATE INDEX IF NOT EXISTS cells_path ON cells (path);
CREATE INDEX IF NOT EXISTS checks_path ON checks (path);
CREATE INDEX IF NOT EXISTS warnings_path ON warnings (path);
"""
TABLES = ("reports", "cells", "checks", "warnings")


class Store:
    """A SQLite database in WAL mode."""

    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

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
                "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                "INSERT INTO checks VALUES (?,?,?,?,?,?)",
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
