"""The long form (SCHEMA.md §3): one row per statistic, CSV (``cells``) or JSONL
(``cells-jsonl``), for analysis across many reports.

The CSV opens correctly in Excel on a Chinese Windows (UTF-8 with a BOM) and is safe to
open there: a text field starting with ``= + - @`` (or a tab / carriage return) gets a
leading ``'`` so a spreadsheet never evaluates it (the OWASP CSV-injection rule)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ogi.hookspecs import hookimpl
from ogi.records import Writer

if TYPE_CHECKING:
    from ogi.report import Report

COLUMNS = (
    "report_id",
    "organization",
    "year",
    "template",
    "key",
    "value",
    "raw",
    "unit",
    "format",
    "page",
    "source_path",
    "state",
)
#: ``state`` of a long-form row: the statistic printed a number, printed a blank, printed
#: text that is not a number, or was expected by the template and not found at all.
STATES = ("printed", "blank", "unparsed", "missing")
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def report_id(report: Report) -> str:
    """Stable id of a report: the first 16 hex characters of its source's sha256."""
    return report.source.sha256[:16]


def rows(report: Report) -> Iterator[dict[str, Any]]:
    """The long-form rows of one report: every statistic read, then every statistic its
    template expects that was not found (``state`` = ``missing``, value and raw empty)."""
    unparsed = {k for t in report.completeness.tables.values() for k in t.unparsed}
    common = {
        "report_id": report_id(report),
        "organization": report.meta.organization,
        "year": report.meta.year,
        "template": report.template,
        "format": report.source.format,
        "source_path": report.source.path,
    }
    for cell in report.cells:
        state = "unparsed" if cell.key in unparsed else "blank" if cell.value is None else "printed"
        yield {
            **common,
            "key": cell.key,
            "value": cell.value,
            "raw": cell.raw,
            "unit": cell.unit,
            "page": cell.source.get("page"),
            "state": state,
        }
    for table in report.completeness.tables.values():
        for key in table.missing:
            yield {
                **common,
                "key": key,
                "value": None,
                "raw": None,
                "unit": None,
                "page": None,
                "state": "missing",
            }


def neutralise(value: Any) -> Any:
    """A text field a spreadsheet would evaluate as a formula, made inert with a leading
    ``'``; numbers and other fields unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_header() -> bytes:
    """The BOM and the header row."""
    return (BOM + ",".join(COLUMNS) + "\n").encode("utf-8")


def csv_rows(report: Report) -> bytes:
    """One report's CSV rows (no header); null is an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([neutralise(row[c]) for c in COLUMNS] for row in rows(report))
    return buffer.getvalue().encode("utf-8")


def render_csv(reports: Sequence[Report]) -> bytes:
    """UTF-8 CSV with a BOM and a header row."""
    return csv_header() + b"".join(csv_rows(r) for r in reports)


def jsonl_rows(report: Report) -> bytes:
    """One report's rows, one JSON object per line."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows(report)).encode(
        "utf-8"
    )


def render_jsonl(reports: Sequence[Report]) -> bytes:
    """One JSON object per line."""
    return b"".join(jsonl_rows(r) for r in reports)


@hookimpl
def ogi_writers() -> list[Writer]:
    """The cells writers."""
    return [
        Writer(
            "cells",
            ".csv",
            "one row per statistic, CSV (UTF-8 with BOM)",
            False,
            render_csv,
            fragment=csv_rows,
            header=csv_header(),
        ),
        Writer(
            "cells-jsonl",
            ".jsonl",
            "one row per statistic, JSON Lines",
            False,
            render_jsonl,
            fragment=jsonl_rows,
            filename="cells.jsonl",
        ),
    ]
