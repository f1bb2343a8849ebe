"""One Report from a page and the attachment files it links to (DESIGN: page + attachments).

Many reports are published as a portal page whose statistics sit in a PDF or Word
attachment. When the page and the files its links name lie in the same directory, the
bulk runner converts them together: metadata from the page, tables from the part that holds
them, a warning wherever two parts print different values for the same statistic."""

from __future__ import annotations

from typing import Any

from ogi.document import warning
from ogi.interpret import nest
from ogi.report import Part, Report, WarningRecord
from ogi.runner.inputs import PAGE_SUFFIXES, attachment_links, find_parts

__all__ = ["PAGE_SUFFIXES", "assemble", "attachment_links", "find_parts"]


def _standard_cells(report: Report) -> bool:
    return any(c.source.get("kind") == "table" for c in report.cells)


def assemble(page: Report, attachments: list[Report]) -> Report:
    """The page's Report completed by its attachments (checks are re-run by the caller)."""
    parts = [_part(page, "page")] + [_part(r, "attachment") for r in attachments]
    cells = [c.model_dump() for c in page.cells]
    have = {c["key"]: c for c in cells}
    warnings = list(page.warnings)
    for index, report in enumerate(attachments, start=1):
        for cell in report.cells:
            data = cell.model_dump()
            data["source"] = {**data["source"], "part": index}
            known = have.get(cell.key)
            if known is None:
                cells.append(data)
                have[cell.key] = data
            elif known["value"] != cell.value:
                warnings.append(_disagreement(cell.key, known, data, report))
        warnings += [
            w.model_copy(update={"where": {**w.where, "part": index}}) for w in report.warnings
        ]
    source_of_tables = next((r for r in [page, *attachments] if _standard_cells(r)), page)
    sections = page.sections or next((r.sections for r in attachments if r.sections), [])
    update: dict[str, Any] = {
        "source": page.source.model_copy(update={"parts": parts}),
        "cells": cells,
        "tables": nest(cells),
        "warnings": warnings,
        "template": source_of_tables.template,
        "template_by_table": source_of_tables.template_by_table,
        "completeness": _completeness(source_of_tables, sections),
        "sections": sections,
        "meta": _meta(page, attachments),
    }
    return Report.model_validate({**page.model_dump(), **_dump(update)})


def _completeness(source_of_tables: Report, sections: list[Any]) -> Any:
    """As complete as the part the tables came from, with the sections of the whole (a
    tables-only attachment is no longer partial for its lack of sections once it has its
    page)."""
    own = source_of_tables.completeness
    reasons = [r for r in own.reasons if r != "SECTIONS_NOT_FOUND"]
    if not sections:
        reasons.append("SECTIONS_NOT_FOUND")
    update = {"sections_found": len(sections), "reasons": reasons, "complete": not reasons}
    return own.model_copy(update=update)


def _dump(update: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in update.items():
        if hasattr(value, "model_dump"):
            out[key] = value.model_dump()
        elif isinstance(value, list):
            out[key] = [v.model_dump() if hasattr(v, "model_dump") else v for v in value]
        else:
            out[key] = value
    return out


def _meta(page: Report, attachments: list[Report]) -> Any:
    meta = page.meta.model_dump()
    for report in attachments:
        for name, value in report.meta.model_dump().items():
            if meta.get(name) in (None, [], {}) and value not in (None, [], {}):
                meta[name] = value
    return meta


def _part(report: Report, role: str) -> Part:
    return Part(
        path=report.source.path, sha256=report.source.sha256, format=report.source.format, role=role
    )


def _disagreement(
    key: str, known: dict[str, Any], other: dict[str, Any], report: Report
) -> WarningRecord:
    return WarningRecord(
        **warning(
            "PARTS_DISAGREE",
            f"{key}: part {known['source'].get('part', 0)} prints {known['raw']!r}, "
            f"{report.source.path} prints {other['raw']!r}; the first is kept",
            {"key": key, "part": other["source"]["part"]},
            [key],
        )
    )
