"""Statistics as series (``ogi series DB KEY…``): one row per body × year, legacy figures
standing in for their modern keys (:mod:`ogi.across.keymap`), as CSV, JSON or Parquet, and a
sparkline chart per key when matplotlib is installed."""

from __future__ import annotations

import csv
import io
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogi.across import keymap
from ogi.across.load import Snapshot
from ogi.across.rules import bodies_of
from ogi.bodies import organization_key
from ogi.errors import OgiError
from ogi.report import Value

FORMATS = ("csv", "json", "parquet")
FIXED_COLUMNS = ("body", "organization", "year", "template", "path")
CHART_SUFFIXES = (".png", ".svg")
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)


@dataclass
class SeriesRow:
    """One body in one year."""

    body: str
    organization: str | None
    year: int
    template: str
    path: str
    values: dict[str, Value] = field(default_factory=dict)
    mapped_from: dict[str, str] = field(default_factory=dict)  # key → legacy key read

    def record(self, keys: Iterable[str]) -> dict[str, Any]:
        """The flat record (CSV/JSON/Parquet row)."""
        out: dict[str, Any] = {c: getattr(self, c) for c in FIXED_COLUMNS}
        out.update({k: self.values.get(k) for k in keys})
        out["mapped_from"] = ";".join(f"{k}={v}" for k, v in self.mapped_from.items())
        return out


def key_filter(keys: Iterable[str]) -> set[str]:
    """The statistics a series of ``keys`` reads: the keys and their legacy stand-ins."""
    return {k for key in keys for k in (key, *keymap.MODERN_SOURCES.get(key, ()))}


def _pick(snaps: list[Snapshot], notes: list[str], body: str, year: int) -> Snapshot:
    """One report per body × year: the one with most statistics (then by path)."""
    chosen = sorted(snaps, key=lambda s: (-len(s.values), s.ref))[0]
    if len(snaps) > 1:
        others = ", ".join(s.ref for s in snaps if s is not chosen)
        notes.append(f"{body} {year}: {len(snaps)} reports; using {chosen.ref} (not {others})")
    return chosen


def build_series(
    snaps: Iterable[Snapshot],
    keys: list[str],
    aliases: Mapping[str, str] | None = None,
    only: Iterable[str] = (),
) -> tuple[list[SeriesRow], list[str]]:
    """The rows (sorted by body, year) and notes about reports left out."""
    snaps = list(snaps)
    bodies = bodies_of(snaps, aliases or {})
    wanted = set(only) | {organization_key(b) for b in only}
    grouped: dict[tuple[str, int], list[Snapshot]] = defaultdict(list)
    notes: list[str] = []
    for s in snaps:
        body = bodies[s.ref]
        if body is None or s.year is None:
            notes.append(f"{s.ref}: no organization or year; left out")
        elif not wanted or body in wanted:
            grouped[body, s.year].append(s)
    rows = [
        _row(body, year, _pick(g, notes, body, year), keys)
        for (body, year), g in sorted(grouped.items())
    ]
    return rows, notes


def _row(body: str, year: int, snap: Snapshot, keys: list[str]) -> SeriesRow:
    row = SeriesRow(body, snap.organization, year, snap.template, snap.ref)
    for key in keys:
        found = keymap.lookup(snap.values, key)
        if found is None:
            continue
        source, row.values[key] = found
        if source != key:
            row.mapped_from[key] = source
    return row


def to_csv(rows: list[SeriesRow], keys: list[str]) -> bytes:
    """UTF-8 CSV with a header; a blank or missing value is an empty cell."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, [*FIXED_COLUMNS, *keys, "mapped_from"], lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow(r.record(keys))
    return buffer.getvalue().encode("utf-8")


def to_json(rows: list[SeriesRow], keys: list[str]) -> bytes:
    """A JSON list of records (null for a blank or missing value)."""
    data = [r.record(keys) for r in rows]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_parquet(rows: list[SeriesRow], keys: list[str], path: str) -> None:
    """A Parquet file (needs pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OgiError("Parquet needs pyarrow: pip install 'ogi[parquet]'", path=path) from None
    records = [r.record(keys) for r in rows]
    for record in records:  # one numeric type per column: counts and money both as float
        for key in keys:
            if record[key] is not None:
                record[key] = float(record[key])
    pq.write_table(pa.Table.from_pylist(records), path)


def draw_chart(rows: list[SeriesRow], keys: list[str], path: str) -> str | None:
    """One sparkline panel per key, one line per body; returns why no chart was drawn, or
    None when the file was written."""
    if not path.endswith(CHART_SUFFIXES):
        raise OgiError("a chart file must end in .png or .svg", path=path)
    try:
        import matplotlib
    except ImportError:
        return "matplotlib is not installed (pip install 'ogi[charts]'); no chart written"
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context(_chart_style(matplotlib)):
        fig, axes = plt.subplots(len(keys), 1, figsize=(7, 1.4 * len(keys) + 0.6), squeeze=False)
        for ax, key in zip(axes[:, 0], keys):
            _panel(ax, rows, key)
        fig.tight_layout()
        fig.savefig(path, metadata=_no_dates(path))
        plt.close(fig)
    return None


def _chart_style(matplotlib: Any) -> Any:
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    cjk = [n for n in CJK_FONTS if n in names]
    return {"font.sans-serif": [*cjk, "DejaVu Sans"], "svg.hashsalt": "ogi", "font.size": 8}


def _no_dates(path: str) -> dict[str, Any]:
    return {"Date": None} if path.endswith(".svg") else {}


def _panel(ax: Any, rows: list[SeriesRow], key: str) -> None:
    by_body: dict[str, list[SeriesRow]] = defaultdict(list)
    for r in rows:
        by_body[r.body].append(r)
    for body, series in by_body.items():
        years = [r.year for r in series]
        values = [math.nan if r.values.get(key) is None else r.values[key] for r in series]
        ax.plot(years, values, marker="o", markersize=3, linewidth=1.2, label=body)
    title = key if len(by_body) != 1 else f"{next(iter(by_body))}: {key}"
    ax.set_title(title, fontsize=8, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if 1 < len(by_body) <= 10:
        ax.legend(fontsize=6, frameon=False)


def write_series(rows: list[SeriesRow], keys: list[str], fmt: str, output: str | None) -> bytes:
    """Render (csv/json) or write (parquet) the series; returns bytes for stdout or b""."""
    if fmt == "parquet":
        if not output:
            raise OgiError("Parquet output needs -o FILE.parquet")
        write_parquet(rows, keys, output)
        return b""
    data = to_csv(rows, keys) if fmt == "csv" else to_json(rows, keys)
    if output:
        Path(output).write_bytes(data)
        return b""
    return data
