"""Claim and extract for OFD: the package checked and opened, each page read into text lines
and ruled tables, blocks assembled in reading order."""

from __future__ import annotations

from typing import Any

from ogi.document import Block, Document, Paragraph, Provenance, Table
from ogi.errors import ExtractionFailed
from ogi.records import Options, Source
from ogi_office.ofd.content import PageContent, numbers, read_page
from ogi_office.ofd.package import (
    OfdPackage,
    child,
    open_document,
    parse_xml,
    refuse_signed,
)
from ogi_office.ofd.stitch import continues, stitch
from ogi_office.ofd.tables import find_tables
from ogi_office.ofd.text import Line, drop_page_numbers, lines_of, paragraphs, running_lines
from ogi_office.zipcheck import open_zip, read_member

A4_HEIGHT = 297.0


def extract(source: Source, options: Options) -> Document:
    """Open, refuse what cannot be read, read every page, assemble the blocks."""
    with open_zip(source.data, "OFD") as package:
        ofd = open_document(package)
        refuse_signed(ofd, options.extra)
        if options.max_pages and len(ofd.pages) > options.max_pages:
            raise ExtractionFailed(
                f"{len(ofd.pages)} pages, more than the limit of {options.max_pages}",
                code="TOO_LARGE",
            )
        contents = [(path, _page(ofd, path)) for path in ofd.pages]
    _refuse_empty(contents)
    document = Document(pages=len(contents))
    document.blocks = _assemble(contents, document)
    if ofd.title:
        document.meta["title"] = ofd.title
    return document


def _page(ofd: OfdPackage, path: str) -> tuple[PageContent, float]:
    root = parse_xml(read_member(ofd.package, path), path)
    area = child(root, "Area")
    box = child(area, "PhysicalBox") if area is not None else None
    size = numbers(box.text) if box is not None else []
    return read_page(root), (size[3] if len(size) == 4 else A4_HEIGHT)


def _refuse_empty(contents: list[tuple[str, tuple[PageContent, float]]]) -> None:
    if any(page.chars for _, (page, _) in contents):
        return
    if any(page.images for _, (page, _) in contents):
        raise ExtractionFailed("the OFD pages hold images and no text: a scan", code="NEEDS_OCR")
    raise ExtractionFailed("the OFD document has no text", code="EMPTY")


def _assemble(
    contents: list[tuple[str, tuple[PageContent, float]]], document: Document
) -> list[Block]:
    """Per page: tables from rulings, the other characters as lines and paragraphs, all in
    top-to-bottom order; running headers and page numbers dropped; a table continued from
    the page before stitched to it."""
    pages = []
    for number, (path, (content, height)) in enumerate(contents, start=1):
        tables = find_tables(content.segments, content.chars, number)
        taken = set().union(*(t.chars for t in tables)) if tables else set()
        free = [ch for i, ch in enumerate(content.chars) if i not in taken]
        lines = drop_page_numbers(lines_of(free), height)
        pages.append((number, path, height, tables, lines))
    running = running_lines([p[4] for p in pages], pages[0][2] if pages else A4_HEIGHT)
    blocks: list[Block] = []
    for number, path, _height, tables, lines in pages:
        kept = [ln for ln in lines if ln.text not in running]
        items: list[tuple[float, Any]] = [(ln.top, ln) for ln in _joined(kept)]
        items += [(t.box[1], t.table) for t in tables]
        for k, (_, item) in enumerate(sorted(items, key=lambda it: it[0])):
            if k == 0 and _stitched(item, blocks, number, document):
                continue
            blocks.append(_block(item, number, path, blocks))
    return blocks


def _stitched(item: Any, blocks: list[Block], page: int, document: Document) -> bool:
    """Append a page-opening table to the table that closed the page before, if it continues it."""
    previous = blocks[-1] if blocks else None
    if not (isinstance(item, Table) and isinstance(previous, Table) and continues(previous, item)):
        return False
    blocks[-1], dropped = stitch(previous, item)
    document.warn(
        "TABLE_SPLIT_ACROSS_PAGES",
        f"table continued on page {page}; {dropped} repeated header rows dropped",
        page=page,
    )
    return True


def _joined(lines: list[Line]) -> list[Line]:
    if not lines:
        return []
    return paragraphs(lines, min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))


def _block(item: Any, page: int, path: str, blocks: list[Block]) -> Block:
    if isinstance(item, Table):
        item.index = sum(isinstance(b, Table) for b in blocks)
        return item
    box = (item.x0, item.top, item.x1, item.bottom)
    return Paragraph(item.text, Provenance(page=page, bbox=box, path=path))
