"""Running text of PDF pages: lines in reading order, page numbers and running headers and
footers removed, hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ogi.text import CJK_WIDE
from ogi_pdf.settings import DEFAULT

PAGE_NUMBER = re.compile(
    r"^[-—–－]?\s*\d{1,4}\s*[-—–－]?$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$"
)
MARGIN = DEFAULT.margin  # top and bottom share of the page where headers, footers live
_SPACES = re.compile(r"\s+")
#: The ranges of :data:`ogi.text.CJK_WIDE` ("first-last" back to back) as (first, last).
_WIDE = tuple(zip(CJK_WIDE[0::3], CJK_WIDE[2::3]))
#: The one whitespace character among them (IDEOGRAPHIC SPACE).
WIDE_SPACE = "\u3000"


@dataclass
class TextLine:
    """One line of text on a page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int


def clean(text: str) -> str:
    """Spaces between CJK characters are a PDF artefact (character spacing), not text: what
    ``(?<=[CJK_WIDE])\\s+(?=[CJK_WIDE])`` removes. That pattern compiles its wide class
    twice (≈ 3 ms at every start, docs/performance.md), so it is compiled only for a line
    holding the one wide whitespace character, U+3000, where its backtracking decides;
    otherwise a whitespace run goes when both its neighbours are wide."""
    if WIDE_SPACE in text:
        return _cjk_space().sub("", text).strip()
    if not _SPACES.search(text):
        return text.strip()

    def gap(run: re.Match[str]) -> str:
        start, end = run.span()
        between = 0 < start and end < len(text) and _wide(text[start - 1]) and _wide(text[end])
        return "" if between else run.group()

    return _SPACES.sub(gap, text).strip()


def _wide(ch: str) -> bool:
    """Whether ``ch`` is in ``CJK_WIDE`` (its two ranges, tested against the class)."""
    (first, last), (first2, last2) = _WIDE
    return first <= ch <= last or first2 <= ch <= last2


@cache
def _cjk_space() -> re.Pattern[str]:
    """The pattern :func:`clean` stands for, compiled at the first line that needs it."""
    return re.compile(f"(?<=[{CJK_WIDE}])\\s+(?=[{CJK_WIDE}])")


def in_margin(line: TextLine, height: float) -> bool:
    """Whether a line sits in the top or bottom margin band."""
    return line.top < height * MARGIN or line.bottom > height * (1 - MARGIN)


def drop_page_numbers(lines: list[TextLine], height: float) -> list[TextLine]:
    """Remove "- 3 -", "第3页", "3/10" in the margins."""
    return [ln for ln in lines if not (in_margin(ln, height) and PAGE_NUMBER.match(ln.text))]


def running_lines(pages: list[list[TextLine]], heights: list[float]) -> set[str]:
    """Texts printed in the margin of at least half the pages (and at least 3): running
    headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        counts.update({ln.text for ln in lines if in_margin(ln, height)})
    return {text for text, n in counts.items() if n >= max(3, len(pages) // 2)}


def paragraphs(
    lines: list[TextLine], right_edge: float, left_edge: float, char: float
) -> list[TextLine]:
    """Join a line into the previous one when the previous reached the right margin and this
    one is not indented (a wrapped line, not a new paragraph)."""
    out: list[TextLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.page == line.page
            and 0 <= line.top - prev.bottom <= 2.0 * char
            and wraps_into(prev, line, right_edge, left_edge, char)
        ):
            prev.text += line.text
            prev.x1, prev.bottom = line.x1, line.bottom
        else:
            out.append(TextLine(line.text, line.x0, line.x1, line.top, line.bottom, line.page))
    return out


def wraps_into(
    prev: TextLine, line: TextLine, right_edge: float, left_edge: float, char: float
) -> bool:
    """Whether ``line`` continues ``prev``: ``prev`` reaches the right margin (its page's
    ``right_edge``), ``line`` is not indented (from ``left_edge``), is no heading, and
    neither is a row of a table printed without rulings. Where the lines stand (the same
    page, one line apart; or the last line of a page and the first of the next) is the
    caller's to say."""
    return (
        prev.x1 >= right_edge - 1.5 * char
        and line.x0 <= left_edge + 0.8 * char
        and not _row_like(prev.text)
        and not _row_like(line.text)
        and not _numbered_heading(line.text)
    )


#: Two numbers side by side, nothing but whitespace between them ("0 5", "21 0").
_NUMBER_PAIR = re.compile(r"(?:^|\s)[+\-]?\d[\d,.]*\s+[+\-]?\d[\d,.]*(?=\s|$)")


def _row_like(text: str) -> bool:
    """A line of a table without rulings ("规章 0 0 0", "21 0 0 0 0 0 21"): two numbers side
    by side. Prose that prints its figures apart from their units, as Word and WPS space
    Western digits in Chinese text ("公开各类政府信息 5500 余条，新增规章 1 件"), has
    numbers too, but never two in a row: such a line wraps like any other."""
    return _NUMBER_PAIR.search(text) is not None


def _numbered_heading(text: str) -> bool:
    """A line opening with a Chinese outline numeral (一、 / （一）) starts a new block."""
    from ogi.text import HEADING_RE, SUBHEADING_RE, nfkc

    t = nfkc(text)
    return bool(HEADING_RE.match(t) or SUBHEADING_RE.match(t))
