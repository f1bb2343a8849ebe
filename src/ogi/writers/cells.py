"""The long form (SCHEMA.md §3): one row per statistic, CSV (``cells``) or JSONL
(``cells-jsonl``), for analysis across many reports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from typing import Any

from ogi.hookspecs import hookimpl
from ogi.records import Writer
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


def render_csv(reports: Sequence[Report]) -> bytes:
    """UTF-8 CSV with a header row; null is an empty field."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for report in reports:
        writer.writerows(rows(report))
    return buffer.getvalue().encode("utf-8")


def render_jsonl(reports: Sequence[Report]) -> bytes:
    """One JSON object per line."""
    lines = [json.dumps(row, ensure_ascii=False) for r in reports for row in rows(r)]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8")


@hookimpl
def ogi_writers() -> list[Writer]:
    """The cells writers."""
    return [
        Writer("cells", ".csv", "one row per statistic, CSV", False, render_csv),
        Writer("cells-jsonl", ".jsonl", "one row per statistic, JSON Lines", False, render_jsonl),
    ]
