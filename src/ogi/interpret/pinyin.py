"""Pages from mirror sites that print a character's pinyin in parentheses after it
(``主动(dòng)公开``, ``國(guó)務(wù)院``, DOMAIN.md §5.16): the annotations split the report's
words, so no title, heading or row label would match. Such a page is read without them,
and a ``TEXT_PINYIN`` warning says so (the source prints them): never silent.

Only a page that prints at least :data:`MIN_TONED` toned syllables this way is rewritten;
then a bare syllable after a character read in the neutral tone (``的(de)``, ``们(men)``) is
taken out too, and no other (``公顷(ha)`` is a unit).
A report that prints no tone mark in parentheses costs one search of its first blocks.
"""

from __future__ import annotations

import dataclasses
import re

from ogi.document import Document, warning
from ogi.interpret.hygiene import map_texts
from ogi.interpret.traditional import block_texts, head_text

TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A page is rewritten when it prints at least this many toned syllables after characters.
MIN_TONED = 3
#: Characters read in the neutral tone, whose pinyin a mirror prints without a tone mark.
NEUTRAL_TONE = frozenset("的了么吗呢吧子们着个头过地得啊")
_LETTERS = f"a-zü{TONE_MARKS}"
#: One syllable in parentheses (half- or full-width) right after a Chinese character.
_ANNOTATION = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]([{_LETTERS}]{{1,6}})[)）]")
#: The shape of a pinyin syllable once its tone mark is taken off (ü written v): an
#: initial, one to three vowels, a nasal or r ending — wider than the syllable table, which
#: is enough: only what follows a character inside parentheses is asked.
_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?")
_TONED = re.compile(rf"[(（][{_LETTERS}]{{0,5}}[{TONE_MARKS}]")
_UNTONE = str.maketrans(TONE_MARKS + "ü", "aaaaeeeeiiiioooouuuu" + "vvvv" + "v")


def _plain(syllable: str) -> str:
    return syllable.translate(_UNTONE)


def is_pinyin(syllable: str) -> bool:
    """Whether ``syllable`` has the shape of one pinyin syllable (tone marks allowed)."""
    return _SYLLABLE.fullmatch(_plain(syllable)) is not None


def _toned(syllable: str) -> bool:
    return any(mark in syllable for mark in TONE_MARKS)


class _Stripper:
    """Takes the pinyin annotations out of texts, counting them."""

    def __init__(self) -> None:
        self.removed = 0
        self.example: str | None = None

    def _drop(self, match: re.Match[str]) -> str:
        syllable = match.group(1)
        if not is_pinyin(syllable) or (
            not _toned(syllable) and match.string[match.start() - 1] not in NEUTRAL_TONE
        ):
            return match.group(0)
        self.removed += 1
        if self.example is None:
            start = max(0, match.start() - 1)
            self.example = match.string[start : match.end() + 1]
        return ""

    def __call__(self, text: str, page: int | None = None) -> str:
        if "(" not in text and "（" not in text:
            return text
        return _ANNOTATION.sub(self._drop, text)


def strip_pinyin(document: Document) -> Document:
    """``document`` without the pinyin a mirror site printed after its characters, with a
    ``TEXT_PINYIN`` warning; the same Document when it prints fewer than
    :data:`MIN_TONED` toned annotations."""
    if _TONED.search(head_text(document)) is None:
        return document
    toned = sum(
        1
        for text in block_texts(document)
        for match in _ANNOTATION.finditer(text)
        if _toned(match.group(1)) and is_pinyin(match.group(1))
    )
    if toned < MIN_TONED:
        return document
    stripper = _Stripper()
    stripped = map_texts(document, stripper, figure_sources=False)
    note = warning(
        "TEXT_PINYIN",
        f"the page prints pinyin in parentheses after {stripper.removed} characters, as "
        f"mirror sites do ({stripper.example}); it was read, and its text and metadata are "
        "given, without them: the source prints them",
        {},
    )
    return dataclasses.replace(stripped, warnings=[*stripped.warnings, note])
