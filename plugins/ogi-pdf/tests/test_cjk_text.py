"""The reader's CJK text tests written without the ideographs' regular-expression classes
(each costs milliseconds to compile at every start): they answer as those patterns did."""

from __future__ import annotations

import random
import re

import pytest
from ogi_pdf.reader import _repeated_glyph
from ogi_pdf.text import WIDE_SPACE, _wide, clean

from ogi.text import CJK, CJK_WIDE

CJK_SPACE = re.compile(f"(?<=[{CJK_WIDE}])\\s+(?=[{CJK_WIDE}])")  # what clean() replaced
REPEATED_GLYPH = re.compile(f"([{CJK}])\\1{{3,}}")  # what _repeated_glyph() replaced
# Characters around the ranges' edges, spaces of several kinds, ASCII, the ideographs.
ALPHABET = "\u2fff\u3000\u3001\u9fff\ua000\ufeff\uff00\uffef\ufff0一二年度政府信息 \t\u3000\xa0a1.-"


def _strings(n: int, longest: int) -> list[str]:
    rng = random.Random(20)
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, longest))) for _ in range(n)]


def test_wide_is_the_class_of_cjk_wide() -> None:
    wide = re.compile(f"[{CJK_WIDE}]")
    assert all(_wide(chr(c)) == bool(wide.match(chr(c))) for c in range(0x10000))


def test_the_wide_space_is_the_only_wide_whitespace() -> None:
    space = re.compile(r"\s")
    wide_spaces = [chr(c) for c in range(0x10000) if _wide(chr(c)) and space.match(chr(c))]
    assert wide_spaces == [WIDE_SPACE]


@pytest.mark.parametrize(
    "text",
    ["", " ", "政 府", "政  府 信息", " 2019 年 ", "a b", "年 a", "（一） 主动", "一 \n 二"]
    + ["一\u3000二", "一 \u3000 a", "\u3000\u3000第一条", "一 \u3000 \u3000 a 二"],
)
def test_clean_drops_whitespace_between_wide_characters_only(text: str) -> None:
    assert clean(text) == CJK_SPACE.sub("", text).strip()


def test_clean_answers_as_the_pattern_did() -> None:
    for text in _strings(3000, 14):
        assert clean(text) == CJK_SPACE.sub("", text).strip(), repr(text)


def test_repeated_glyph_answers_as_the_pattern_did() -> None:
    texts = ["一一一一", "一一一", "aaaa一一一", "a一一一一b", "一一一\n一", "二一一一一", "aaaa"]
    rng = random.Random(21)
    texts += ["".join(rng.choices("一二a ", k=rng.randint(0, 20))) for _ in range(3000)]
    for text in texts:
        assert _repeated_glyph(text) == bool(REPEATED_GLYPH.search(text)), repr(text)
