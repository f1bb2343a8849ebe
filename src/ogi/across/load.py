"""Reports as flat :class:`Snapshot` records, from wherever a user keeps them: a report JSON,
a folder of them (a bulk output folder is read through its ``manifest.jsonl``), the bulk
SQLite database, or report inputs (converted on the fly)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ogi.bodies import organization_key
from ogi.errors import InvalidReport
from ogi.registry import Registry
from ogi.report import Report, Value

SQLITE_MAGIC = b"SQLite format 3\x00"
MANIFEST = "manifest.jsonl"
#: ``DB::PATH`` names one report inside a bulk database (its input path).
DB_SEPARATOR = "::"
_MONEY_SUFFIX = "amount_wan_yuan"
#: Which statistics to keep (a big database need not be held in memory whole).
KeyFilter = Callable[[str], bool] | None


@dataclass
class Snapshot:
    """One report reduced to what cross-report work needs."""

    ref: str  # the report's input path (as the bulk database keys it) or the file read
    organization: str | None
    organization_key: str | None
    index_no: str | None
    year: int | None
    template: str
    values: dict[str, Value] = field(default_factory=dict)  # flat keys, reading order
    raws: dict[str, str | None] = field(default_factory=dict)
    report_id: str | None = None

    def label(self) -> str:
        """A short human name: organization and year."""
        return f"{self.organization or '?'} {self.year or '?'}"


def from_report(report: Report, fallback_ref: str, wanted: KeyFilter = None) -> Snapshot:
    """A Snapshot of a Report (only the statistics ``wanted`` accepts, when given)."""
    meta = report.meta
    return Snapshot(
        ref=report.source.path or fallback_ref,
        organization=meta.organization,
        organization_key=meta.organization_key or organization_key(meta.organization),
        index_no=meta.index_no,
        year=meta.year,
        template=report.template,
        values={k: v for k, v in report.flat() if wanted is None or wanted(k)},
        raws={c.key: c.raw for c in report.cells if wanted is None or wanted(c.key)},
        report_id=report.source.sha256[:16],
    )


def is_database(path: str | Path) -> bool:
    """Whether ``path`` is an SQLite database file."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def load_snapshots(
    target: str, registry: Registry | None = None, wanted: KeyFilter = None
) -> list[Snapshot]:
    """Every report in ``target``: a database, a folder (bulk output, JSON files or report
    inputs) or one file; with ``wanted``, only the statistics it accepts."""
    path = Path(target)
    if not path.exists():
        raise InvalidReport("no such file or folder", path=target)
    if path.is_dir():
        return _from_folder(path, registry, wanted)
    if is_database(path):
        return _from_database(target, wanted=wanted)
    return [load_one(target, registry)]


def load_one(spec: str, registry: Registry | None = None) -> Snapshot:
    """One report: ``FILE.json``, a report input (converted), or ``DB::PATH``."""
    if DB_SEPARATOR in spec:
        db, _, ref = spec.partition(DB_SEPARATOR)
        found = [s for s in _from_database(db, ref) if s.ref == ref]
        if not found:
            raise InvalidReport(f"no report with path {ref!r} in the database", path=db)
        return found[0]
    if not Path(spec).is_file():
        raise InvalidReport("no such file", path=spec)
    if is_database(spec):
        raise InvalidReport("a database holds many reports: name one as DB::PATH", path=spec)
    if spec.endswith(".json"):
        return from_report(_read_json(Path(spec)), spec)
    from ogi.pipeline import convert

    return from_report(convert(spec, registry=registry), spec)


def _read_json(path: Path) -> Report:
    try:
        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        first = " ".join(str(exc).splitlines()[:2])
        raise InvalidReport(f"not a valid ogi report: {first}", path=str(path)) from None


def _from_folder(folder: Path, registry: Registry | None, wanted: KeyFilter) -> list[Snapshot]:
    manifest = folder / MANIFEST
    if manifest.is_file():
        files = _manifest_outputs(folder, manifest)
    else:
        files = sorted(p for p in folder.rglob("*.json") if not p.name.startswith("."))
    if files:
        return [from_report(_read_json(p), str(p), wanted) for p in files]
    from ogi.pipeline import convert_many

    results = convert_many([str(folder)], registry=registry)
    return [from_report(r.report, r.path or "", wanted) for r in results if r.report is not None]


def _manifest_outputs(folder: Path, manifest: Path) -> list[Path]:
    out = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line) if line.strip() else {}
        if entry.get("status") == "ok" and entry.get("output"):
            out.append(folder / entry["output"])
    return out


def _from_database(db: str, only: str | None = None, wanted: KeyFilter = None) -> list[Snapshot]:
    if not is_database(db):
        raise InvalidReport("not an SQLite database", path=db)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return _read_database(con, only, wanted)
    except sqlite3.DatabaseError as exc:
        raise InvalidReport(f"not an ogi bulk database: {exc}", path=db) from None
    finally:
        con.close()


def _read_database(con: sqlite3.Connection, only: str | None, wanted: KeyFilter) -> list[Snapshot]:
    columns = {row[1] for row in con.execute("PRAGMA table_info(reports)")}
    extra = [c if c in columns else f"NULL AS {c}" for c in ("organization_key", "index_no")]
    where, args = ("WHERE path = ?", (only,)) if only is not None else ("", ())
    reports = con.execute(
        f"SELECT path, report_id, organization, year, template, {', '.join(extra)} "
        f"FROM reports {where} ORDER BY path",
        args,
    ).fetchall()
    snaps = {
        path: Snapshot(
            path, org, key or organization_key(org), index_no, year, tpl or "unknown", report_id=rid
        )
        for path, rid, org, year, tpl, key, index_no in reports
    }
    cells = con.execute(f"SELECT path, key, value, raw FROM cells {where} ORDER BY rowid", args)
    for path, key, value, raw in cells:
        if path in snaps and (wanted is None or wanted(key)):
            snaps[path].values[key] = _typed(key, value)
            snaps[path].raws[key] = raw
    return list(snaps.values())


def _typed(key: str, value: float | int | None) -> Value:
    """SQLite keeps every value as REAL: counts come back as int, money stays float."""
    if isinstance(value, float) and value.is_integer() and not key.endswith(_MONEY_SUFFIX):
        return int(value)
    return value
