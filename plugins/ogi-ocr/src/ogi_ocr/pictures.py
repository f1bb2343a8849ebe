"""Tables published as pictures on a report page: when the core says a standard-table
section shows its table as an image (``TABLE_AS_IMAGE``) and that image file lies beside the
page, read it by OCR and complete the page's report with its statistics, as the bulk runner
completes a page with its PDF or Word attachments (:func:`ogi.assemble.assemble`)."""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

from ogi.errors import OgiError
from ogi.records import Options
from ogi.report import Report, WarningRecord
from ogi_ocr.raster import IMAGE_SUFFIXES


def picture_files(report: Report) -> list[tuple[WarningRecord, str]]:
    """Each ``TABLE_AS_IMAGE`` warning with the local image file it names, if it exists
    beside the page (the link's base name, percent-decoded)."""
    if not report.source.path:
        return []
    folder = os.path.dirname(report.source.path)
    out = []
    for warning in report.warnings:
        src = str(warning.where.get("src") or "")
        if warning.code != "TABLE_AS_IMAGE" or not src:
            continue
        name = unquote(urlsplit(src).path.rsplit("/", 1)[-1])
        path = os.path.join(folder, name)
        if name and os.path.splitext(name)[1].lower() in IMAGE_SUFFIXES and os.path.isfile(path):
            out.append((warning, path))
    return out


def complete_with_pictures(report: Report) -> Report | None:
    """The page's report completed by OCR of the table pictures beside it (checks re-run),
    or None when there is nothing to read."""
    found = picture_files(report)
    if not found:
        return None
    from ogi.assemble import assemble
    from ogi.pipeline import convert, run_checks
    from ogi.registry import Registry

    registry = Registry.load()
    parts, resolved, notes = [], set(), []
    for warning, path in found:
        try:
            parts.append(convert(path, registry=registry, options=Options(accept_any=True)))
            resolved.add(id(warning))
        except OgiError as exc:
            notes.append(_unread(path, exc))
    if not parts:
        return report.model_copy(update={"warnings": [*report.warnings, *notes]})
    page = report.model_copy(
        update={"warnings": [w for w in report.warnings if id(w) not in resolved] + notes}
    )
    merged = assemble(page, parts)
    templates = {k: v for p in parts for k, v in p.template_by_table.items()}
    template = _overall([p.template for p in parts], merged.template)
    merged = merged.model_copy(update={"template_by_table": templates, "template": template})
    return merged.model_copy(update={"checks": run_checks(merged, registry)})


def _overall(templates: list[str], default: str) -> str:
    known = {t for t in templates if t in ("2019", "2021")}
    return known.pop() if len(known) == 1 else default


def _unread(path: str, exc: OgiError) -> WarningRecord:
    return WarningRecord(
        code="TABLE_IMAGE_UNREAD",
        message=f"the table picture {os.path.basename(path)} could not be read: {exc.code}: "
        f"{exc.message}",
        where={"path": path},
    )
