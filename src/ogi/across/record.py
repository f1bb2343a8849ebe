"""Where cross-year results go: the bulk database's ``checks`` table (the later report's
``path`` plus the earlier report's ``other_path``) and ``across.jsonl`` beside a bulk run's
manifest."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ogi.across.keymap import LEGACY_EQUIVALENTS
from ogi.across.load import load_snapshots
from ogi.across.rules import CrossCheck, cross_checks, used_by_rules
from ogi.writers import atomic_write

ACROSS_FILE = "across.jsonl"
#: A long-form view of every statistic by body and year, legacy keys under their modern
#: counterparts (``source_key`` keeps the key as read). ``body`` is the organization key
#: only: aliases and 索引号 codes are applied by ``ogi series``, not by the view.
SERIES_VIEW = """
CREATE TABLE IF NOT EXISTS legacy_key_map (legacy TEXT PRIMARY KEY, modern TEXT);
DROP VIEW IF EXISTS series;
CREATE VIEW series AS
SELECT r.organization_key AS body, r.organization, r.year, r.template, r.path,
       COALESCE(m.modern, c.key) AS key, c.key AS source_key, c.value
FROM cells AS c JOIN reports AS r USING (path)
LEFT JOIN legacy_key_map AS m ON m.legacy = c.key;
"""


def to_jsonl(results: Iterable[CrossCheck]) -> bytes:
    """One JSON object per line."""
    lines = (json.dumps(r.as_dict(), ensure_ascii=False) + "\n" for r in results)
    return "".join(lines).encode("utf-8")


def store_in_database(db: str, results: list[CrossCheck]) -> None:
    """Replace the cross-year rows of the ``checks`` table with ``results`` (and create
    the ``series`` view)."""
    from ogi.store import Store

    store = Store(db)
    try:
        with store.db:
            _series_view(store.db)
            store.db.execute("DELETE FROM checks WHERE other_path IS NOT NULL")
            store.db.executemany(
                "INSERT INTO checks (path, report_id, id, severity, ok, message, other_path) "
                "VALUES (?, (SELECT report_id FROM reports WHERE path = ?), ?, ?, ?, ?, ?)",
                [
                    (r.path, r.path, r.id, r.severity, _ok(r.ok), r.message, r.other_path)
                    for r in results
                ],
            )
    finally:
        store.close()


def _series_view(db: Any) -> None:
    db.executescript(SERIES_VIEW)
    db.execute("DELETE FROM legacy_key_map")
    db.executemany("INSERT INTO legacy_key_map VALUES (?, ?)", LEGACY_EQUIVALENTS.items())


def after_bulk_run(
    outdir: str, db: str | None, aliases: Mapping[str, str] | None = None
) -> list[CrossCheck]:
    """The cross-year checks over a finished bulk run: OUTDIR/across.jsonl and, with a
    database, its ``checks`` table."""
    results = cross_checks(load_snapshots(outdir, wanted=used_by_rules), aliases)
    atomic_write(Path(outdir) / ACROSS_FILE, to_jsonl(results))
    if db:
        store_in_database(db, results)
    return results


def _ok(ok: bool | None) -> int | None:
    return None if ok is None else int(ok)


def summary_line(results: list[CrossCheck]) -> str:
    """``N cross-year checks, F failed (E errors)`` and the failed ids."""
    failed = [r for r in results if r.ok is False]
    errors = sum(1 for r in failed if r.severity == "error")
    ids = sorted({r.id.split(".")[0] for r in failed})
    tail = f": {', '.join(ids)}" if ids else ""
    return f"{len(results)} cross-year checks, {len(failed)} failed ({errors} errors){tail}"


def failure_line(r: CrossCheck) -> str:
    """A failed check as one tab-separated line naming both reports."""
    return "\t".join(
        [
            r.id,
            r.severity,
            r.body,
            f"{r.other_year}→{r.year}",
            r.message,
            f"{r.other_path} → {r.path}",
        ]
    )
