"""Running text of an OFD page: characters outside tables grouped into lines by baseline,
lines split where a wide gap separates columns, page numbers in the margins dropped, and
hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ogi_office.ofd.content import Char

PAGE_NUMBER = re.compile(
    r"^[-—–－]?\s*\d{1,4}\s*[-—–－]?$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$"
)
MARGIN = 0.09  # top and bottom share of the page where headers, footers and numbers live
COLUMN_GAP = 1.5  # in character sizes: a wider gap separates two values on one line
# a line that opens a new block: 一、 （一） 1. 第一 — never joined to the line above
_OPENS_BLOCK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
)


@dataclass
class Line:
    """One line of text on a page, with its box."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


def lines_of(chars: list[Char]) -> list[Line]:
    """Characters → lines in reading order (top to bottom, left to right)."""
    rows: list[list[Char]] = []
    for ch in sorted(chars, key=lambda c: (c.baseline, c.x)):
        if rows and abs(rows[-1][-1].baseline - ch.baseline) <= ch.size * 0.4:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    return [_line(sorted(row, key=lambda c: c.x)) for row in rows]


def _line(row: list[Char]) -> Line:
    parts: list[str] = []
    for prev, ch in zip([None, *row], row):
        if prev is not None and ch.x - (prev.x + prev.advance) > COLUMN_GAP * ch.size:
            parts.append(" ")
        parts.append(ch.text)
    size = max(c.size for c in row)
    return Line(
        "".join(parts).strip(),
        row[0].x,
        row[-1].x + row[-1].advance,
        min(c.top for c in row),
        max(c.baseline for c in row) + size * 0.15,
        size,
    )


def drop_page_numbers(lines: list[Line], height: float) -> list[Line]:
    """Remove "- 3 -", "第3页", "3/10" printed in the top or bottom margin."""
    return [
        ln
        for ln in lines
        if not (
            (ln.top < height * MARGIN or ln.bottom > height * (1 - MARGIN))
            and PAGE_NUMBER.match(ln.text)
        )
    ]


def running_lines(pages: list[list[Line]], height: float) -> set[str]:
    """Texts in the margin of at least half the pages (and at least 2): running headers."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        for text in {
            ln.text for ln in lines if ln.top < height * MARGIN or ln.bottom > height * (1 - MARGIN)
        }:
            counts[text] = counts.get(text, 0) + 1
    return {t for t, n in counts.items() if n >= max(2, len(pages) // 2)}


def paragraphs(lines: list[Line], left: float, right: float) -> list[Line]:
    """Join a line to the one above when that one ran to the right edge and this one starts
    at the left edge without opening a numbered block (a wrapped line)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.x1 >= right - 1.5 * prev.size
            and line.x0 <= left + 0.8 * line.size
            and 0 <= line.top - prev.bottom <= 1.5 * line.size
            and not _OPENS_BLOCK.match(line.text)
            and " " not in prev.text
        ):
            prev.text += line.text
            prev.x1, prev.bottom = line.x1, line.bottom
        else:
            out.append(Line(line.text, line.x0, line.x1, line.top, line.bottom, line.size))
    return out
