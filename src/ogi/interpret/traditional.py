"""Reports printed in traditional characters (繁體), as mirror sites serve them
(``收到和處理政府信息公開申請情況``): the report vocabulary is simplified, so such a report
is read in simplified characters (DOMAIN.md §3.2), converted as OpenCC's t2s converts (its phrase and
character tables: :mod:`ogi.interpret.t2s_table`). Only a report whose text is mostly
traditional is converted: characters a simplified text also writes (乾, 於) are no evidence. The conversion is said, never silent: a ``TEXT_TRADITIONAL``
warning states it, and that the report's text is given in simplified form.

A simplified report costs one look at its first blocks for a few characters that only a
traditional text prints; the table is loaded by the first report that has them.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ogi.document import Document, Figure, Heading, Paragraph, Table, warning
from ogi.interpret.hygiene import map_texts

#: Traditional forms of the report's own words (公開, 報告, 處理, 申請, 機關, 與, 為, 國, 會,
#: 個, 這, 們): a traditional report prints some of them in its first lines, a simplified
#: one none.
CUES = "開報處請關機與為國會個這們"
#: How many blocks, and at most how many of their characters, the first look reads.
CUE_BLOCKS = 60
CUE_CHARACTERS = 4000
#: A report is converted when at least this share of its Chinese characters, and this
#: many, are traditional forms (a simplified report quoting a traditional name is not).
MIN_SHARE = 0.05
MIN_CHARACTERS = 20


#: Words a big5 gateway rewrites in Taiwan's vocabulary (政府資訊公開 for 政府信息公开), read
#: back in the mainland's as OpenCC's tw2sp does; the warning says so.
REGIONAL_PHRASES = {"資訊": "信息"}


class _Converter:
    """OpenCC's t2s: phrases first (乾縣 → 乾县, 答覆 → 答复), then each character."""

    def __init__(self) -> None:
        from ogi.interpret.t2s_table import IN_GB2312, PHRASES, SIMPLIFIED, TRADITIONAL

        self.table = {ord(t): s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)}
        #: Characters only a traditional text prints (simplified text writes the others).
        self.evidence = frozenset(c for c in TRADITIONAL if c not in IN_GB2312)
        self.phrases = dict(PHRASES) | REGIONAL_PHRASES
        longest_first = sorted(self.phrases, key=len, reverse=True)
        self.pattern = re.compile("(" + "|".join(map(re.escape, longest_first)) + ")")

    def __call__(self, text: str, page: int | None = None) -> str:
        pieces = self.pattern.split(text)  # odd pieces: the phrases found
        return "".join(
            self.phrases[piece] if i % 2 else piece.translate(self.table)
            for i, piece in enumerate(pieces)
        )


@cache
def _converter() -> _Converter:
    return _Converter()


def simplify_traditional(document: Document) -> Document:
    """``document`` in simplified characters when it is printed in traditional ones, with
    a ``TEXT_TRADITIONAL`` warning; the same Document otherwise."""
    if not _cued(document):
        return document
    convert = _converter()
    text = "".join(block_texts(document))
    chinese = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
    traditional = sum(1 for c in text if c in convert.evidence)
    if traditional < MIN_CHARACTERS or traditional < MIN_SHARE * chinese:
        return document
    converted = map_texts(document, convert, figure_sources=False)
    note = warning(
        "TEXT_TRADITIONAL",
        f"the report is printed in traditional characters ({traditional} of {chinese} "
        "Chinese characters only traditional text writes); it was read, and its text and "
        "metadata are given, in simplified characters (OpenCC's tables; 資訊 as 信息, the "
        "mainland word a big5 gateway rewrites): the source prints the traditional forms",
        {},
    )
    return dataclasses.replace(converted, warnings=[*converted.warnings, note])


def _cued(document: Document) -> bool:
    """Whether the first blocks print a cue character (one search per cue, in C)."""
    head = head_text(document)
    return any(cue in head for cue in CUES)


def head_text(document: Document) -> str:
    """The text of the first blocks, as much as a first look at a report reads."""
    return "".join(block_texts(document, CUE_BLOCKS))[:CUE_CHARACTERS]


def block_texts(document: Document, limit: int | None = None) -> list[str]:
    """The texts of the first ``limit`` blocks (all when None): paragraphs, headings,
    table cells, figures' alt text; then the metadata's title."""
    out: list[str] = []
    for block in document.blocks[:limit]:
        if isinstance(block, Table):
            out.extend(cell.text for cell in block.cells)
        elif isinstance(block, Figure):
            out.append(block.alt)
        elif isinstance(block, (Heading, Paragraph)):
            out.append(block.text)
    title = document.meta.get("title")
    if isinstance(title, str):
        out.append(title)
    return out
