"""One stream of table cells from any Document, grid or text.

Grid tables give their cells row by row (with a row-end marker); text gives cells recovered
from lines: ``a |`` (one cell per line, as in the seed dumps), ``a | 0 | 0 |`` (pipe rows),
``规章 0 0 0`` (a label followed by its values) or ``0 0 0``. Headings and prose become
barriers that end any table row. The table readers work on this stream only, so they are
blind to the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ogi.document import Document, Figure, Heading, Paragraph, Provenance, Table
from ogi.interpret.labels import (
    PAGE_FOOTER_RE,
    STATS_HEADER_STARTS,
    T2_GROUPS,
    T2_ROWS,
    first_match,
    h1,
    is_table_header,
    norm,
)
from ogi.interpret.memo import memoised
from ogi.interpret.values import looks_like_value

CELL, ROW_END, BARRIER = "cell", "row_end", "barrier"
#: Prefix of a pipe cell that holds several cells run together (see interpret.textgrid).
FUSED_MARK = "\u2063"
MAX_CELL_CHARS = 80


@dataclass(slots=True)
class Token:
    """A cell (label or value), a row end, or a barrier (heading or prose)."""

    kind: str
    text: str = ""
    prov: Provenance = field(default_factory=Provenance)
    table: int | None = None
    row: int | None = None
    col: int | None = None
    #: A blank from a line of empty cells only (``||``, ``|||||``): what a text dump leaves
    #: of merged or separator cells, dropped before any real blank when a row is too long.
    filler: bool = False
    #: Several cells whose digits ran together (see interpret.fused).
    fused: bool = False
    #: For a cell cut out of such a run: the run as printed.
    split_from: str | None = None
    #: Matching form of the text, and whether the token is a value cell (number,
    #: placeholder or blank): computed when the token is made (tokens are not changed
    #: afterwards; dataclasses.replace makes a new one).
    #: Computed here, never passed in: dataclasses.replace must recompute them.
    norm: str = field(init=False, repr=False, compare=False)
    is_value: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.norm = norm(self.text)
        self.is_value = is_value_cell(self.kind, self.text, self.fused)

    @property
    def is_label(self) -> bool:
        """A non-value cell."""
        return self.kind == CELL and not self.is_value

    def source(self) -> dict[str, Any]:
        """Provenance for a Report cell."""
        out = self.prov.as_dict()
        if self.table is not None:
            out["table"] = self.table
        if self.row is not None:
            out["row"] = self.row
        if self.col is not None:
            out["col"] = self.col
        if self.split_from is not None:
            out["split_from"] = self.split_from
        return out


def statistics_table_start(stream: list[Token]) -> int | None:
    """Where the first 2014–2018 统计表 of a token stream starts (its first header cell), or
    None when it has none (a plain loop: it reads every token of every report)."""
    for i, tok in enumerate(stream):
        if tok.kind == CELL and tok.norm.startswith(STATS_HEADER_STARTS):
            return i
    return None


def is_value_cell(kind: str, text: str, fused: bool) -> bool:
    """Whether a token is a value cell: a number, placeholder or blank, or a fused run."""
    return kind == CELL and (fused or looks_like_value(text))


def tokens(document: Document) -> list[Token]:
    """The whole document as one token stream."""
    out: list[Token] = []
    add = out.append
    new = object.__new__
    for block in document.blocks:
        if isinstance(block, Paragraph):
            prov = block.prov
            # Each token made from its memoised spec, whose matching form and value kind
            # were computed once for the line (as ``__post_init__`` computes them): text
            # dumps repeat lines. Made here, not by a helper: one call less per cell.
            for kind, text, fused, filler, matching, is_value in text_cells(block.text):
                tok = new(Token)
                tok.kind, tok.text, tok.prov = kind, text, prov
                tok.fused, tok.filler, tok.norm, tok.is_value = fused, filler, matching, is_value
                tok.table = tok.row = tok.col = tok.split_from = None
                add(tok)
        elif isinstance(block, Table):
            out.extend(_table_tokens(block))
        elif isinstance(block, (Heading, Figure)):
            out.append(Token(BARRIER, getattr(block, "text", ""), block.prov))
    return out


def _table_tokens(table: Table) -> Iterator[Token]:
    for r, row in enumerate(table.rows()):
        for cell in row:
            text = cell.text.strip()
            yield Token(CELL, text, cell.prov, table=table.index, row=r, col=cell.col)
        yield Token(ROW_END, prov=table.prov)


#: One token of a text line: kind, text, fused, filler, matching form, is a value.
TextCell = tuple[str, str, bool, bool, str, bool]


@memoised(1 << 13)
def text_cells(text: str) -> tuple[TextCell, ...]:
    """The tokens of one line of text, as specs (memoised: a text dump repeats its cell
    lines — ``0 |`` — many times in one report)."""
    return tuple(
        (kind, cell, fused, filler, norm(cell), is_value_cell(kind, cell, fused))
        for kind, cell, fused, filler in _text_cells(text)
    )


def _text_cells(text: str) -> Iterator[tuple[str, str, bool, bool]]:
    text = text.strip()
    if PAGE_FOOTER_RE.match(text.strip(" |")):
        return  # a page number left in a text dump: not a cell, not a barrier
    if "|" in text:
        yield from _pipe_cells(text)
    elif len(norm(text)) > MAX_CELL_CHARS or _is_heading_line(text):
        yield BARRIER, text, False, False
    else:
        yield from ((CELL, cell, False, False) for cell in _spaced_cells(text))


def _pipe_cells(text: str) -> Iterator[tuple[str, str, bool, bool]]:
    parts = text.split("|")
    if text.endswith("|"):
        parts = parts[:-1]
    filler = len(parts) > 1 and not any(part.strip() for part in parts)
    for part in parts:
        cell = part.strip()
        if cell.startswith(FUSED_MARK):
            yield CELL, cell[1:], True, False
        else:
            yield CELL, cell, False, filler


_SPLIT = re.compile(r"[ \t\u3000]+")


def _spaced_cells(text: str) -> Iterator[str]:
    """``规章 0 0 0`` → label + three values; ``0 0 0`` → three values; else one cell."""
    pieces = [p for p in _SPLIT.split(text) if p]
    n_values = 0
    for piece in reversed(pieces):
        if not looks_like_value(piece):
            break
        n_values += 1
    if n_values == 0 and len(pieces) > 1 and all(is_table_header(norm(p)) for p in pieces):
        yield from pieces
        return
    if n_values == 0 or len(pieces) == 1:
        yield text
        return
    label = " ".join(pieces[: len(pieces) - n_values])
    if label:
        yield label
    yield from pieces[len(pieces) - n_values :]


def _is_heading_line(text: str) -> bool:
    m = h1(text)
    if not m:
        return False
    label = norm(m.group(2))
    if not label:
        return False  # "三、" alone: the first line of a vertical row label, not a heading
    return first_match(label, T2_ROWS) is None and first_match(label, T2_GROUPS) is None
