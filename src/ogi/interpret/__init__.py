"""The domain: any Document → the parts of a Report, blind to the source format."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, TypedDict

from ogi.document import Document, Provenance, warning
from ogi.interpret import memo
from ogi.interpret.labels import REPORT_TITLE_WORDS, REPORT_WORDS, h1, nfkc, norm

if TYPE_CHECKING:
    from ogi.interpret.legacy_table import StatsOutput
    from ogi.interpret.lines import Line
    from ogi.interpret.sections import SectionDraft
    from ogi.interpret.tokens import Token
#: The interpreter's parts, imported when it first runs (:func:`interpret`) or by
#: :func:`load_parts`. Not the legacy readers (``legacy``, ``legacy_table`` and their
#: vocabulary, ``legacy_labels``): they are imported by the first report that needs them — a
#: report in the pre-2019 form, or one printing a 统计表 — so that a 2019+ report's cold
#: start never compiles their patterns.
PARTS = (
    "completeness",
    "hygiene",
    "lines",
    "metadata",
    "sections",
    "tables",
    "templates",
    "textgrid",
    "tokens",
)


def load_parts() -> None:
    """Import every part of the interpreter now: a process about to fork workers, or a
    worker waiting for its first file, does so ahead of the first report."""
    for part in PARTS:
        import_module(f"{__name__}.{part}")


class ReportDraft(TypedDict):
    """What the interpreter makes of a Document: every Report field but ``source`` (which
    the pipeline adds) and ``checks`` (run on the finished Report). Validated once, as a
    whole, into a :class:`ogi.report.Report`."""

    meta: dict[str, Any]
    template: str
    template_by_table: dict[str, str]
    preamble: str
    sections: list[dict[str, Any]]
    tables: dict[str, Any]
    cells: list[dict[str, Any]]
    completeness: dict[str, Any]
    warnings: list[dict[str, Any]]


def interpret(document: Document) -> ReportDraft:
    """The Report fields (meta, template, sections, tables, cells, completeness, warnings)
    of a Document."""
    # The interpreter's parts load when it first runs: a submodule (the labels behind
    # ogi.text, which extractor plugins import with the registry) must not load them all.
    from ogi.interpret.completeness import FIRST_MODERN_YEAR, is_modern, measure
    from ogi.interpret.hygiene import clean_meta, has_control
    from ogi.interpret.lines import text_lines
    from ogi.interpret.metadata import attachment_lines, read_metadata, signature_lines
    from ogi.interpret.sections import split_sections
    from ogi.interpret.tables import read_tables
    from ogi.interpret.templates import (
        cites_revised_regulation,
        legacy_hint,
        modern_hint,
        modern_overview,
        overall_template,
    )
    from ogi.interpret.textgrid import reflow
    from ogi.interpret.tokens import tokens

    document = reflow(document)
    stream = tokens(document)
    table_out = read_tables(stream)
    stats = _statistics_table(stream)
    lines = text_lines(document, with_cells=True)
    preamble, sections = split_sections(lines)
    text_only = [line for line in lines if line.figure is None]
    meta, consumed = read_metadata(preamble, text_only, document.meta)
    # printable text holds no control character: has_control is asked of the others only
    dirty = [
        line.text
        for line in text_only
        if not line.printed.isprintable() and has_control(line.printed)
    ]
    meta_warnings = clean_meta(meta, dirty)
    trailing = signature_lines(meta["signature"], text_only)
    trailing |= {line.text for line, _ in attachment_lines(text_only)}
    trailing = {line.printed for line in text_only if line.text in trailing}
    if sections:
        sections[-1].drop(trailing)
    by_table = dict(table_out.templates)
    if stats is not None:
        from ogi.interpret.legacy_table import TEMPLATE as LEGACY_STATISTICS

        by_table["legacy"] = LEGACY_STATISTICS
    titles = [s.title for s in sections] + _numbered_lines(lines)
    # the 2021 guidelines' own subsections of 一、总体情况 ((三)政府信息管理 (五)监督保障)
    subtitles = [str(sub["title"]) for s in sections for sub in s.subsections]
    modern_words = modern_hint(titles) or modern_overview(subtitles)
    legacy_words = legacy_hint(titles)
    template = overall_template(
        by_table, bool(sections), legacy_words, has_title=_report_title(meta["title"])
    )
    cells = [_table_cell(r) for r in table_out.readings]
    # the 2019+ headings (三、收到和处理政府信息公开申请情况) say so when no table and no year
    # do (a report on an earlier year that uses those words is still a legacy report)
    year = meta.get("year")
    headed_modern = (
        template == "legacy"
        and stats is None
        and (year is None or year >= FIRST_MODERN_YEAR)
        and (modern_words or cites_revised_regulation([ln.text for ln in preamble]))
        and not legacy_words
    )
    if template == "legacy" and (is_modern(template, cells, year) or headed_modern):
        template = "unknown"  # sections of a 2019+ report whose tables were not read
    legacy_warnings: list[dict[str, Any]] = []
    earlier_year = year is not None and year < FIRST_MODERN_YEAR  # 2012 in 2019+ headings
    if template == "unknown" and earlier_year:
        template = "legacy"  # a report before 2019 whose headings are not numbered (概述)
    # (a legacy report whose headings also look modern: legacy_hint said it is legacy)
    if template == "legacy" and (
        stats is not None or earlier_year or not modern_words or legacy_words
    ):
        cells, legacy_warnings = _legacy_cells(cells, stats, lines, year, meta["organization"])
    prose_warnings: list[dict[str, Any]] = []
    if template != "legacy" and (headed_modern or is_modern(template, cells, year)):
        cells, prose_warnings = _modern_prose_cells(cells, sections, preamble, lines, year)
    warnings = (
        list(document.warnings)
        + meta_warnings
        + table_out.warnings
        + legacy_warnings
        + prose_warnings
        + _image_tables(sections, cells)
    )
    completeness, missing = measure(
        template,
        by_table,
        cells,
        warnings,
        year,
        [s.kind for s in sections],
        modern=headed_modern,
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


def _statistics_table(stream: list[Token]) -> StatsOutput | None:
    """The 统计表 of a report that prints one; None for the others. Its reader and its
    vocabulary (:mod:`ogi.interpret.legacy_table`, most of ``legacy_labels``' patterns) are
    loaded by the first report that has one: a 2019+ report, and a cold start, never
    compile them."""
    from ogi.interpret.tokens import statistics_table_start

    start = statistics_table_start(stream)
    if start is None:
        return None
    from ogi.interpret.legacy_table import read_statistics_table

    return read_statistics_table(stream, start)


def clear_caches() -> None:
    """Forget every memoised answer of the interpreter (label matches, line and cell forms,
    parsed values): the next report is interpreted cold. For benchmarks and tests — the
    answers are pure functions of the text, so clearing never changes a result."""
    from ogi.interpret import labels, values

    memo.clear_all()
    values.parse_money.cache_clear()
    labels.clear_first_match()


def _numbered_lines(lines: list[Line]) -> list[str]:
    """Lines opening with a top-level numeral: headings, also those run into their text."""
    return [line.text for line in lines if h1(line.text)]


def _report_title(title: str | None) -> bool:
    """Whether ``title`` names an annual disclosure report (a file's own title may not)."""
    if title is None:
        return False
    text = norm(title)
    return REPORT_WORDS.search(text) is not None or REPORT_TITLE_WORDS.match(text) is not None


def _legacy_cells(
    cells: list[dict[str, Any]],
    stats: StatsOutput | None,
    lines: list[Line],
    year: int | None,
    organization: str | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Add the 统计表's cells, then the prose figures of the keys the table did not print
    (a printed table row is the better source; prose that disagrees is a warning)."""
    from ogi.interpret.legacy import prose_figures
    from ogi.interpret.legacy_table import StatsOutput

    if stats is None:
        stats = StatsOutput()

    prose_lines = [
        ln
        for ln in lines
        if ln.figure is None and "|" not in ln.text and ln.prov not in stats.consumed
    ]
    figures, warnings = prose_figures(prose_lines, year, organization)
    table_values = {c["key"]: c["value"] for c in stats.cells}
    out = cells + stats.cells
    for figure in figures:
        if figure.key not in table_values:
            out.append(figure.cell())
            if (approximate := figure.approximate_warning()) is not None:
                warnings.append(approximate)
        elif table_values[figure.key] != figure.value:
            warnings.append(
                warning(
                    "PROSE_TABLE_DIFFER",
                    f"{figure.key}: table {table_values[figure.key]}, "
                    f"prose {figure.value}: {figure.raw}",
                    figure.cell()["source"],
                    [figure.key],
                )
            )
    return out, stats.warnings + warnings


def _modern_prose_cells(
    cells: list[dict[str, Any]],
    sections: list[SectionDraft],
    preamble: list[Line],
    lines: list[Line],
    year: int | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A 2019+ report whose table 2 or 3 was not read at all (an image, a page cut before
    it): the figures its text states for that table (modern_prose), before its first heading
    and under its headings."""
    read = {c["key"].split(".", 1)[0] for c in cells}
    if {"applications", "review_litigation"} <= read:
        return cells, []
    from ogi.interpret.modern_prose import (
        prose_cells,
        section_kind_of,
        section_lines,
        stated_figures,
    )

    # the text before the first heading too (a page whose headings are unnumbered, or
    # whose first part is printed before 二、)
    parts = [("overview", [ln.printed for ln in preamble])] + [
        (section_kind_of(s.kind, s.number), [*s.text, *(str(sub["text"]) for sub in s.subsections)])
        for s in sections
    ]
    texts = section_lines(parts)
    where = {nfkc(ln.printed): ln.prov for ln in lines if ln.figure is None}

    def prov_of(text: str) -> Provenance | None:
        # a subsection's first text is the tail of its heading's line: （一）…。全年收到…
        found = where.get(text)
        return found or next((p for k, p in where.items() if k.endswith(text)), None)

    found, warnings = prose_cells(stated_figures([(t, prov_of(t)) for t in texts], year), read)
    return cells + found, warnings


TABLE_SECTIONS = ("active_disclosure", "applications", "review_litigation")


def _image_tables(
    sections: list[SectionDraft], cells: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A standard-table section that holds pictures but no readable table: the table was
    published as an image. Say so; never invent it."""
    pictured = [s for s in sections if s.kind in TABLE_SECTIONS and s.figures]
    if not pictured:
        return []  # most reports: no picture in a table's section, no key to look at
    read = {c["key"].split(".", 1)[0] for c in cells}
    return [
        warning(
            "TABLE_AS_IMAGE",
            f"section {s.number} ({s.kind}) shows its table as an image; "
            "its statistics are missing from this report",
            {"section": s.number, "src": s.figures[0]},
        )
        for s in pictured
        if s.kind not in read
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


def nest(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """Nest flat dotted keys into the ``tables`` tree, in reading order."""
    tree: dict[str, Any] = {}
    nodes: dict[tuple[str, ...], dict[str, Any]] = {(): tree}  # each path's node, once made
    for cell in cells:
        path, leaf = _key_path(cell["key"])
        node = nodes.get(path)
        if node is None:
            node = tree
            for part in path:
                child = node.get(part)
                if child is None:
                    child = node[part] = {}
                node = child
            nodes[path] = node
        node[leaf] = cell["value"]
    return tree


@memo.memoised(4096)
def _key_path(key: str) -> tuple[tuple[str, ...], str]:
    """``a.b.c`` → ((a, b), c): the keys come from a fixed vocabulary."""
    *path, leaf = key.split(".")
    return tuple(path), leaf
