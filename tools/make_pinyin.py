"""Write ``tests/data/pinyin/``: text samples as mirror sites serve reports with pinyin in
parentheses after some characters (主动(dòng)公开, 國(guó)務(wù)院: DOMAIN.md §5.16), for the
tests of :mod:`ogi.interpret.pinyin`.

    PYTHONPATH=DIR python tools/make_pinyin.py

Needs ``pypinyin`` (MIT licence: ``pip download --no-deps pypinyin`` and unzip it into DIR,
or install it); the tests read the files written, not pypinyin. A seeded quarter of the
Chinese characters get their toned reading (a neutral tone is printed bare: 的(de)); one
file is the traditional copy of a sample (tests/data/traditional), annotated the same way;
one is an HTML page (its text annotated, never its tags).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: (source file, written name, share of characters annotated, half-width parentheses)
SOURCES = (
    (ROOT / "samples" / "text" / "001_81ecb54b46cc6fdb.txt", "001_pinyin.txt", 0.25, True),
    (ROOT / "samples" / "text" / "003_fc839379ecaf0f5e.txt", "003_pinyin.txt", 0.25, False),
    (
        ROOT / "tests" / "data" / "traditional" / "000_9ba4c109e1ad8830.txt",
        "000_t_pinyin.txt",
        0.15,
        True,
    ),
    (ROOT / "samples" / "html" / "002_b6ff4eeabae1e240.html", "002_pinyin.html", 0.2, True),
)
_TAG = re.compile(r"(<[^>]*>)")
TARGET = ROOT / "tests" / "data" / "pinyin"


def annotate(text: str, share: float, half_width: bool, rng: random.Random) -> str:
    """``text`` with ``share`` of its Chinese characters followed by their pinyin."""
    from pypinyin import Style, pinyin  # type: ignore[import-not-found]

    opening, closing = ("(", ")") if half_width else ("（", "）")
    out = []
    for char in text:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff" and rng.random() < share:
            (reading,) = pinyin(char, style=Style.TONE)[0][:1]
            out.append(f"{opening}{reading}{closing}")
    return "".join(out)


def main() -> None:
    """Annotate the files named above."""
    TARGET.mkdir(parents=True, exist_ok=True)
    for source, name, share, half_width in SOURCES:
        rng = random.Random(name)
        pieces = _TAG.split(source.read_text(encoding="utf-8"))  # odd pieces: HTML tags
        text = "".join(
            piece if i % 2 else annotate(piece, share, half_width, rng)
            for i, piece in enumerate(pieces)
        )
        (TARGET / name).write_text(text, encoding="utf-8")
        print(TARGET / name)


if __name__ == "__main__":
    main()
