"""The body of a .docx in order: paragraphs, headings (styles, outline levels, automatic
numbering) and tables with their merged cells (gridSpan, vMerge). Headers and footers are
separate parts and never enter the body."""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ogi.document import Block, Cell, Heading, Paragraph, Provenance, Table
from ogi_docx.numbering import Numbering, paragraph_numbering

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)?$", re.I)


class BodyReader:
    """Reads one python-docx Document into ogi blocks."""

    def __init__(self, document: Any, depth: int = 0) -> None:
        self.document = document
        self.numbering = Numbering.of(document)
        self.blocks: list[Block] = []
        self.tables = 0
        self.paragraphs = 0
        self.chunks = 0
        self.depth = depth
        self.warnings: list[dict[str, Any]] = []  # ogi.document.warning records

    def read(self) -> list[Block]:
        stack = list(reversed(list(self.document.element.body.iterchildren())))
        while stack:
            el = stack.pop()
            if el.tag == qn("w:p"):
                self.paragraph(el)
            elif el.tag == qn("w:tbl"):
                self.table(el)
            elif el.tag == qn("w:sdt"):
                content = el.find(qn("w:sdtContent"))
                if content is not None:
                    stack.extend(reversed(list(content.iterchildren())))
            elif el.tag == qn("w:altChunk"):
                self.alt_chunk(el)
        return self.blocks

    def alt_chunk(self, el: Any) -> None:
        """Content imported as a whole part (HTML, another .docx, …), read in body order."""
        from ogi_docx.altchunk import read_alt_chunk

        self.chunks += 1
        for block in read_alt_chunk(el, self, self.chunks - 1):
            if isinstance(block, Table):
                block.index = self.tables
                self.tables += 1
            self.blocks.append(block)

    def paragraph(self, p: Any) -> None:
        para = DocxParagraph(p, self.document)
        style = para.style if p.pPr is not None and p.pPr.pStyle is not None else None
        label = ""
        numbered = paragraph_numbering(p, style)
        if numbered is not None:
            label = self.numbering.label(*numbered)
        text = (label + paragraph_text(p)).strip()
        self.paragraphs += 1
        if not text:
            return
        prov = Provenance(path=f"p[{self.paragraphs - 1}]")
        level = _heading_level(p, style)
        self.blocks.append(Heading(text, level, prov) if level else Paragraph(text, prov))

    def table(self, tbl: Any) -> None:
        index = self.tables
        self.tables += 1
        nested: list[Any] = []
        self.blocks.append(read_table(tbl, index, self.document, nested))
        for inner in nested:
            self.table(inner)


def _heading_level(p: Any, style: Any) -> int | None:
    outline = p.pPr.find(qn("w:outlineLvl")) if p.pPr is not None else None
    if outline is not None:
        value = outline.get(qn("w:val"), "")
        return int(value) + 1 if value.isdigit() and int(value) < 9 else None
    if style is not None:
        m = _HEADING_STYLE.match(style.name or "")
        if m:
            return int(m.group(1) or 1)
        if (style.name or "").lower() == "title":
            return 1
    return None


def _val(el: Any, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return found.get(qn("w:val")) if found is not None else None


_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_PIECES = {_TAB: "\t", _BR: "\n", _CR: "\n"}


def paragraph_text(p: Any) -> str:
    """A paragraph's text (runs, hyperlinks, tabs, breaks) in one pass over its elements —
    python-docx's ``Paragraph.text`` runs an XPath query per paragraph, ten times slower."""
    return "".join(
        el.text or "" if el.tag == _T else _PIECES[el.tag] for el in p.iter(_T, _TAB, _BR, _CR)
    )


def _cell_text(tc: Any, document: Any) -> str:
    parts = [paragraph_text(p).strip() for p in tc.findall(qn("w:p"))]
    return " ".join(p for p in parts if p)


def read_table(tbl: Any, index: int, document: Any, nested: list[Any]) -> Table:
    """A Word table as a grid: gridSpan → colspan, vMerge restart/continue → rowspan."""
    cells: list[Cell] = []
    open_merges: dict[int, Cell] = {}
    for r, tr in enumerate(tbl.findall(qn("w:tr"))):
        before = _val(tr.find(qn("w:trPr")), qn("w:gridBefore"))
        col = int(before) if before and before.isdigit() else 0
        for c, tc in enumerate(tr.findall(qn("w:tc"))):
            tc_pr = tc.find(qn("w:tcPr"))
            span_val = _val(tc_pr, qn("w:gridSpan"))
            span = max(1, int(span_val)) if span_val and span_val.isdigit() else 1
            merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            nested.extend(tc.findall(qn("w:tbl")))
            if (
                merge is not None
                and merge.get(qn("w:val")) in (None, "continue")
                and col in open_merges
            ):
                open_merges[col].rowspan += 1
            else:
                prov = Provenance(path=f"table[{index}]/tr[{r}]/tc[{c}]")
                cell = Cell(_cell_text(tc, document), r, col, 1, span, prov)
                cells.append(cell)
                if merge is not None:
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
    return Table(cells, index=index, prov=Provenance(path=f"table[{index}]"))
