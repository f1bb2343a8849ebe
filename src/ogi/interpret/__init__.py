"""The domain: any Document → the parts of a Report, blind to the source format."""

from __future__ import annotations

from typing import Any

from ogi.document import Document
from ogi.interpret.completeness import is_modern, measure
from ogi.interpret.hygiene import clean_meta, has_control
from ogi.interpret.legacy import prose_figures
from ogi.interpret.lines import text_lines
from ogi.interpret.metadata import attachment_line, read_metadata, signature_lines
from ogi.interpret.sections import SectionDraft, split_sections
from ogi.interpret.tables import read_tables
from ogi.interpret.templates import legacy_hint, overall_template
from ogi.interpret.tokens import tokens


def interpret(document: Document) -> dict[str, Any]:
    """The Report fields (meta, template, sections, tables, cells, warnings) of a Document."""
    table_out = read_tables(tokens(document))
    lines = text_lines(document, with_cells=True)
    preamble, sections = split_sections(lines)
    text_only = [line for line in lines if line.figure is None]
    meta, consumed = read_metadata(preamble, text_only, document.meta)
    dirty = [line.text for line in text_only if has_control(line.printed)]
    meta_warnings = clean_meta(meta, dirty)
    trailing = signature_lines(meta["signature"], text_only)
    trailing |= {line.text for line in text_only if attachment_line(line.text)}
    trailing = {line.printed for line in text_only if line.text in trailing}
    if sections:
        sections[-1].drop(trailing)
    by_table = table_out.templates
    template = overall_template(by_table, bool(sections), legacy_hint([s.title for s in sections]))
    cells = [_table_cell(r) for r in table_out.readings]
    if template == "legacy" and is_modern(template, cells, meta.get("year")):
        template = "unknown"  # sections of a 2019+ report whose tables were not read
    if template == "legacy":
        cells += [_prose_cell(f) for f in prose_figures(sections)]
    warnings = (
        list(document.warnings)
        + meta_warnings
        + table_out.warnings
        + _image_tables(sections, cells)
    )
    completeness, missing = measure(
        template, by_table, cells, warnings, meta.get("year"), len(sections)
    )
    return {
        "meta": meta,
        "template": template,
        "template_by_table": by_table,
        "preamble": "\n".join(
            ln.printed for ln in preamble if ln.text not in consumed and "|" not in ln.text
        ),
        "sections": [s.as_dict() for s in sections],
        "tables": nest(cells),
        "cells": cells,
        "completeness": completeness,
        "warnings": warnings + missing,
    }


TABLE_SECTIONS = ("active_disclosure", "applications", "review_litigation")


def _image_tables(
    sections: list[SectionDraft], cells: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A standard-table section that holds pictures but no readable table: the table was
    published as an image. Say so; never invent it."""
    read = {c["key"].split(".", 1)[0] for c in cells}
    return [
        {
            "code": "TABLE_AS_IMAGE",
            "message": f"section {s.number} ({s.kind}) shows its table as an image; "
            "its statistics are missing from this report",
            "where": {"section": s.number, "src": s.figures[0]},
        }
        for s in sections
        if s.kind in TABLE_SECTIONS and s.figures and s.kind not in read
    ]


def _table_cell(reading: Any) -> dict[str, Any]:
    source = reading.source()
    return {
        "key": reading.key,
        "value": reading.parsed.value,
        "raw": reading.raw,
        "unit": reading.parsed.unit,
        "source": source,
    }


def _prose_cell(figure: Any) -> dict[str, Any]:
    return {
        "key": figure.key,
        "value": figure.value,
        "raw": figure.raw,
        "unit": None,
        "source": {"kind": "prose", "part": 0, "section": figure.section},
    }


def nest(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """Nest flat dotted keys into the ``tables`` tree, in reading order."""
    tree: dict[str, Any] = {}
    for cell in cells:
        *path, leaf = cell["key"].split(".")
        node = tree
        for part in path:
            node = node.setdefault(part, {})
        node[leaf] = cell["value"]
    return tree
