"""An HTML element tree → Document blocks, in reading order, without recursion (pages
nested 100,000 deep must not overflow the stack).

Only ``<br>`` and block elements break lines; whitespace inside text is collapsed, as a
browser does. Data tables become grid Tables with rowspan/colspan kept; layout tables
(nested tables, long cells) are read as containers.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ogi.document import Block, CellSpec, Figure, Heading, Paragraph, Provenance, grid_from_rows

BLOCK_TAGS = frozenset(
    "p div li ul ol dl dd dt section article main aside blockquote pre center table tr td th "
    "tbody thead tfoot caption form fieldset address figure figcaption hr".split()
)
HEADINGS = {f"h{i}": i for i in range(1, 7)}
SKIP_TAGS = frozenset(
    "script style noscript template iframe object embed svg button select input textarea head title".split()
)
MAX_DATA_CELL = 200
MAX_SPAN = 1000
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b]+")


def collapse(text: str | None) -> str:
    """Whitespace collapsed to single spaces, as rendered; &nbsp; included."""
    return _WS.sub(" ", text or "")


def cell_text(el: Any) -> str:
    """A table cell's text on one line: <br>, <p> and &nbsp; become spaces."""
    if len(el) == 0:  # a leaf: its text is all itertext() would give
        return collapse(el.text).strip()
    return collapse(" ".join(el.itertext())).strip()


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.tables = 0

    def flush(self, el: Any) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        for line in text.split("\n"):
            line = line.strip()
            if line:
                self.blocks.append(Paragraph(line, Provenance(path=_path(el))))

    def walk(self, root: Any) -> list[Block]:
        stack: list[tuple[Any, bool]] = [(root, False)]
        while stack:
            el, closing = stack.pop()
            if closing:
                if _tag(el) in BLOCK_TAGS:
                    self.flush(el)
                self.buffer.append(collapse(el.tail))
                continue
            if self.open(el):
                stack.append((el, True))
                stack.extend((child, False) for child in reversed(el))
            else:
                self.buffer.append(collapse(el.tail))
        self.flush(root)
        return self.blocks

    def open(self, el: Any) -> bool:
        """Handle an element; True when its children are to be walked."""
        tag = _tag(el)
        if tag in SKIP_TAGS or tag == "":
            return False
        if tag == "br":
            self.buffer.append("\n")
            return False
        if tag == "img":
            self.flush(el)
            self.blocks.append(
                Figure(el.get("src") or "", el.get("alt") or "", Provenance(path=_path(el)))
            )
            return False
        if tag in HEADINGS:
            self.flush(el)
            text = cell_text(el)
            if text:
                self.blocks.append(Heading(text, HEADINGS[tag], Provenance(path=_path(el))))
            return False
        if tag == "table":
            rows = data_table_rows(el)
            if rows is not None:
                self.flush(el)
                self.blocks.append(read_table(el, self.tables, rows))
                self.tables += 1
                return False
        if tag in BLOCK_TAGS:
            self.flush(el)
        self.buffer.append(collapse(el.text))
        return True


def to_blocks(root: Any) -> list[Block]:
    """The blocks of an element and its descendants."""
    return _Walker().walk(root)


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower().rpartition("}")[2] if isinstance(tag, str) else ""


def data_table_rows(table: Any) -> list[list[tuple[Any, str]]] | None:
    """The rows of a statistics table (no nested table, no long running text in a cell) as
    (cell, text) pairs; None for a layout table, whose cells are read as containers."""
    if next(islice(table.iter("table"), 1, None), None) is not None:
        return None  # the first element iter() yields is the table itself
    rows = []
    for row in _rows(table):
        cells = [(cell, cell_text(cell)) for cell in row_cells(row)]
        if any(len(text) > MAX_DATA_CELL for _, text in cells):
            return None
        rows.append(cells)
    return rows


_SECTIONS = frozenset(("thead", "tbody", "tfoot"))
_CELL_TAGS = frozenset(("td", "th"))


def _rows(table: Any) -> list[Any]:
    """The table's own rows in document order (``./tr|./thead/tr|./tbody/tr|./tfoot/tr``),
    read from the children instead of an XPath query."""
    rows = []
    for child in table:
        tag = child.tag
        if tag == "tr":
            rows.append(child)
        elif tag in _SECTIONS:
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def row_cells(row: Any) -> list[Any]:
    """A row's own cells (``./td|./th``)."""
    return [cell for cell in row if cell.tag in _CELL_TAGS]


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return min(MAX_SPAN, max(1, int(str(value).strip() or 1)))
    except ValueError:
        return 1


def read_table(table: Any, index: int, rows: list[list[tuple[Any, str]]]) -> Any:
    """A data table as a grid, spans kept, each cell with a path as provenance."""
    specs = [
        [
            CellSpec(
                text,
                _span(cell.get("rowspan")),
                _span(cell.get("colspan")),
                Provenance(path=f"table[{index}]/tr[{r}]/td[{c}]"),
            )
            for c, (cell, text) in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    return grid_from_rows(specs, index=index, prov=Provenance(path=_path(table)))


def _path(el: Any) -> str:
    """A short CSS-like path (tag#id.class) of the element and two ancestors."""
    parts = []
    node = el
    for _ in range(3):
        if node is None or not isinstance(node.tag, str):
            break
        label = _tag(node)
        if node.get("id"):
            label += f"#{node.get('id')}"
        elif node.get("class"):
            label += "." + ".".join(node.get("class").split()[:2])
        parts.append(label)
        node = node.getparent()
    return " > ".join(reversed(parts))
