"""The running text of a Document as lines: headings and paragraphs, without table cells
and without portal chrome. Sections and metadata are read from these lines."""

from __future__ import annotations

from typing import NamedTuple

from ogi.document import Document, Figure, Heading, Paragraph, Provenance
from ogi.interpret.hygiene import clean_text, has_control
from ogi.interpret.labels import (
    PAGE_CHROME,
    PAGE_WIDGET_ALONE,
    PAGE_WIDGET_SURE,
    PAGE_WIDGETS,
    nfkc,
    norm,
)
from ogi.interpret.memo import memoised


class Line(NamedTuple):
    """One line of running text: ``text`` NFKC-normalised for matching, ``printed`` as
    the document has it (both stripped). A named tuple: reports have hundreds of lines."""

    text: str
    prov: Provenance
    printed: str = ""
    figure: str | None = None


def text_lines(document: Document, *, with_cells: bool = False) -> list[Line]:
    """Every non-empty line of running text, in reading order. Pipe-separated cell lines
    (tables flattened into text) are left out unless ``with_cells``."""
    out: list[Line] = []
    add = out.append
    new = tuple.__new__  # what Line(...) does, without its keyword handling per line
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if not with_cells and "|" in block.text:
                continue
        elif isinstance(block, Figure):
            add(Line("", block.prov, "", figure=block.src or "(no src)"))
            continue
        elif not isinstance(block, Heading):
            continue
        prov = block.prov
        for matched, printed in line_forms(block.text):
            add(new(Line, (matched, prov, printed, None)))
    return out


@memoised(1 << 13)
def line_forms(text: str) -> tuple[tuple[str, str], ...]:
    """(matching form, printed form) of each kept line of a block's text (memoised: a text
    dump repeats its cell lines — ``0 |`` — many times in one report)."""
    out = []
    for piece in text.splitlines():
        matched = clean_text(nfkc(piece)).strip() if has_control(piece) else nfkc(piece).strip()
        if matched and not is_chrome(matched):
            out.append((matched, piece.strip()))
    return tuple(out)


def is_chrome(text: str) -> bool:
    """Portal navigation, share and print widgets that are not part of the report: a line
    that opens with navigation (无障碍浏览, 当前位置…), or one made of widgets only with a
    bracket or an unmistakable widget word (【打印】【关闭】, 字号:[大] [中] [小], 分享到: 微信),
    or a lone 打印 / 下载. A line that merely starts with a widget's word, or a wrapped line of
    prose that holds only such words (微信、微博、), is text. Each needs a Chinese character, so
    an ASCII text is none of them."""
    if text.isascii():
        return False
    key = norm(text)
    if PAGE_CHROME.match(key) is not None or key in PAGE_WIDGET_ALONE:
        return True
    return PAGE_WIDGETS.fullmatch(key) is not None and PAGE_WIDGET_SURE.search(key) is not None
