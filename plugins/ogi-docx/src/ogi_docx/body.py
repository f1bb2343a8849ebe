"""The body of a .docx in order: paragraphs, headings (styles, outline levels, automatic
numbering) and tables with their merged cells (gridSpan, vMerge). Headers and footers are
separate parts and never enter the body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.exceptions import InvalidXmlError
from docx.oxml.ns import qn

from ogi.document import Block, Cell, Heading, Paragraph, Provenance, Table
from ogi_docx.numbering import Numbering, numbering_of

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)?$", re.I)


_BODY = qn("w:body")
_P, _TBL, _SDT, _SDT_CONTENT, _ALT_CHUNK = (
    qn("w:p"),
    qn("w:tbl"),
    qn("w:sdt"),
    qn("w:sdtContent"),
    qn("w:altChunk"),
)
_PPR, _PSTYLE, _VAL, _OUTLINE = qn("w:pPr"), qn("w:pStyle"), qn("w:val"), qn("w:outlineLvl")
_TR, _TC, _TC_PR, _TR_PR = qn("w:tr"), qn("w:tc"), qn("w:tcPr"), qn("w:trPr")
_GRID_BEFORE, _GRID_SPAN, _V_MERGE = qn("w:gridBefore"), qn("w:gridSpan"), qn("w:vMerge")


class BodyReader:
    """Reads the body of one Word document into ogi blocks: ``part`` is its python-docx
    document part (styles, numbering, related parts — ``ogi_docx.parts.PlainDocumentPart``
    or python-docx's own), ``body`` its ``w:body`` element (plain lxml or python-docx's)."""

    def __init__(self, part: Any, body: Any, depth: int = 0) -> None:
        self.part = part
        self.body = body
        self.numbering = Numbering.of(part)
        self.blocks: list[Block] = []
        self.tables = 0
        self.paragraphs = 0
        self.chunks = 0
        self.depth = depth
        self.warnings: list[dict[str, Any]] = []  # ogi.document.warning records
        self._styles: dict[str, _Style] = {}  # style id → what the reader needs of it

    def read(self) -> list[Block]:
        stack = list(reversed(list(self.body.iterchildren())))
        while stack:
            el = stack.pop()
            tag = el.tag
            if tag == _P:
                self.paragraph(el)
            elif tag == _TBL:
                self.table(el)
            elif tag == _SDT:
                content = child(el, _SDT_CONTENT)
                if content is not None:
                    stack.extend(reversed(list(content.iterchildren())))
            elif tag == _ALT_CHUNK:
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

    def style(self, ppr: Any) -> _Style | None:
        """The style a paragraph names (None when it names none), resolved once per style
        id: python-docx runs an XPath query per lookup."""
        pstyle = child(ppr, _PSTYLE)
        if pstyle is None:
            return None
        style_id = pstyle.get(_VAL)
        if style_id is None:  # python-docx requires the attribute
            raise InvalidXmlError(f"required 'w:val' attribute not present on element {pstyle.tag}")
        if style_id not in self._styles:
            style = self.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            self._styles[style_id] = _Style.of(style)
        return self._styles[style_id]

    def paragraph(self, p: Any) -> None:
        ppr = child(p, _PPR)
        style = self.style(ppr)
        label = ""
        numbered = numbering_of(ppr) or (style.numbering if style is not None else None)
        if numbered is not None:
            label = self.numbering.label(*numbered)
        text = (label + paragraph_text(p)).strip()
        self.paragraphs += 1
        if not text:
            return
        prov = Provenance(path=f"p[{self.paragraphs - 1}]")
        level = _heading_level(ppr, style)
        self.blocks.append(Heading(text, level, prov) if level else Paragraph(text, prov))

    def table(self, tbl: Any) -> None:
        index = self.tables
        self.tables += 1
        nested: list[Any] = []
        self.blocks.append(read_table(tbl, index, nested))
        for inner in nested:
            self.table(inner)


@dataclass(frozen=True)
class _Style:
    """What the body reader needs of a paragraph style (python-docx's, or None when the
    document defines no default one)."""

    numbering: tuple[str | None, int] | None
    level: int | None

    @classmethod
    def of(cls, style: Any) -> "_Style":
        """The numbering the style's ``w:pPr`` sets and the heading level its name gives."""
        if style is None:
            return cls(None, None)
        return cls(numbering_of(child(style.element, _PPR)), _style_level(style.name or ""))


def _style_level(name: str) -> int | None:
    m = _HEADING_STYLE.match(name)
    if m:
        return int(m.group(1) or 1)
    return 1 if name.lower() == "title" else None


def _heading_level(ppr: Any, style: _Style | None) -> int | None:
    outline = child(ppr, _OUTLINE)
    if outline is not None:
        value = outline.get(_VAL, "")
        return int(value) + 1 if value.isdigit() and int(value) < 9 else None
    return style.level if style is not None else None


def _val(el: Any, tag: str) -> str | None:
    found = child(el, tag)
    return found.get(_VAL) if found is not None else None


_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_PIECES = {_TAB: "\t", _BR: "\n", _CR: "\n"}


def paragraph_text(p: Any) -> str:
    """A paragraph's text (runs, hyperlinks, tabs, breaks) in one pass over its elements —
    python-docx's ``Paragraph.text`` runs an XPath query per paragraph, ten times slower
    (and lxml's ``iter`` with tag names builds a matcher per call: the tags are compared
    here)."""
    out = []
    for el in p.iter():
        tag = el.tag
        if tag == _T:
            out.append(el.text or "")
        elif tag in _PIECES:
            out.append(_PIECES[tag])
    return "".join(out)


def children(el: Any, tag: str) -> list[Any]:
    """The element's children with the tag (``findall`` without ElementPath)."""
    return [child for child in el if child.tag == tag]


def child(el: Any, tag: str) -> Any:
    """The element's first child with the tag, or None (``find`` without ElementPath)."""
    if el is None:
        return None
    for found in el:
        if found.tag == tag:
            return found
    return None


def _cell_text(paragraphs: list[Any]) -> str:
    parts = [paragraph_text(p).strip() for p in paragraphs]
    return " ".join(p for p in parts if p)


def _row_parts(tr: Any) -> tuple[Any, list[Any]]:
    """(the first ``w:trPr``, the ``w:tc`` cells) in one pass over a row's children."""
    tr_pr, cells = None, []
    for el in tr:
        tag = el.tag
        if tag == _TC:
            cells.append(el)
        elif tag == _TR_PR and tr_pr is None:
            tr_pr = el
    return tr_pr, cells


def _cell_parts(tc: Any) -> tuple[Any, list[Any], list[Any]]:
    """(the first ``w:tcPr``, the paragraphs, the nested tables) in one pass over a cell."""
    tc_pr, paragraphs, tables = None, [], []
    for el in tc:
        tag = el.tag
        if tag == _P:
            paragraphs.append(el)
        elif tag == _TBL:
            tables.append(el)
        elif tag == _TC_PR and tc_pr is None:
            tc_pr = el
    return tc_pr, paragraphs, tables


def _cell_props(tc_pr: Any) -> tuple[int, Any]:
    """(the grid span, the first ``w:vMerge`` or None) of a cell's properties."""
    span_el = merge = None
    for el in tc_pr if tc_pr is not None else ():
        tag = el.tag
        if tag == _GRID_SPAN and span_el is None:
            span_el = el
        elif tag == _V_MERGE and merge is None:
            merge = el
    span_val = span_el.get(_VAL) if span_el is not None else None
    return (max(1, int(span_val)) if span_val and span_val.isdigit() else 1), merge


def read_table(tbl: Any, index: int, nested: list[Any]) -> Table:
    """A Word table as a grid: gridSpan → colspan, vMerge restart/continue → rowspan."""
    cells: list[Cell] = []
    open_merges: dict[int, Cell] = {}
    for r, tr in enumerate(children(tbl, _TR)):
        tr_pr, row = _row_parts(tr)
        before = _val(tr_pr, _GRID_BEFORE)
        col = int(before) if before and before.isdigit() else 0
        for c, tc in enumerate(row):
            tc_pr, paragraphs, tables = _cell_parts(tc)
            span, merge = _cell_props(tc_pr)
            nested.extend(tables)
            if merge is not None and merge.get(_VAL) in (None, "continue") and col in open_merges:
                open_merges[col].rowspan += 1
            else:
                prov = Provenance(path=f"table[{index}]/tr[{r}]/tc[{c}]")
                cell = Cell(_cell_text(paragraphs), r, col, 1, span, prov)
                cells.append(cell)
                if merge is not None:
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
    return Table(cells, index=index, prov=Provenance(path=f"table[{index}]"))
