"""Text lines from character dicts without pdfplumber: the lines pdfplumber's
``Page.extract_text_lines()`` (no layout, default tolerances) gives on the same characters.

Characters are taken in drawing order, in runs of the same uprightness; a run is split
into lines by clustering character tops (values chained within ``Y_TOLERANCE``), each line
sorted left to right and cut into words at whitespace characters and at gaps wider than
``X_TOLERANCE`` (or when a character starts left of the one before, or its top moves more
than ``Y_TOLERANCE``). Words are then gathered into output lines by their tops, keeping
their order; a line's text is its words joined by one space, its box the box of their
characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
#: Ligature characters written out, as pdfplumber does by default.
LIGATURES = {
    "\ufb00": "ff",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb06": "st",
    "\ufb05": "st",
}

Char = dict[str, Any]


def _cluster_ids(values: list[float], tolerance: float) -> dict[float, int]:
    ids: dict[float, int] = {}
    number, last = -1, None
    for v in sorted(set(values)):
        if last is None or v > last + tolerance:
            number += 1
        ids[v] = number
        last = v
    return ids


def _lines_of_run(chars: list[Char]) -> Iterator[tuple[list[Char], bool]]:
    """A run of same-upright characters → its lines (characters sorted along the line).

    The lines come in cluster order, each line's characters in drawing order before the
    sort along it (what a stable sort by cluster number, then grouping, gives)."""
    upright = bool(chars[0]["upright"])
    key = "top" if upright else "x0"
    ids = _cluster_ids([c[key] for c in chars], Y_TOLERANCE if upright else X_TOLERANCE)
    lines: list[list[Char]] = [[] for _ in range(len(set(ids.values())))]
    for c in chars:
        lines[ids[c[key]]].append(c)
    along = _ALONG_UPRIGHT if upright else _ALONG_ACROSS
    for line in lines:
        yield sorted(line, key=along), upright


_ALONG_UPRIGHT = itemgetter("x0")
_ALONG_ACROSS = itemgetter("top", "bottom")


def _new_word(prev: Char, cur: Char, upright: bool) -> bool:
    """Whether ``cur`` starts a new word after ``prev``: it starts before ``prev``, past
    its end by more than the tolerance, or off its line."""
    if upright:
        return bool(
            cur["x0"] < prev["x0"]
            or cur["x0"] > prev["x1"] + X_TOLERANCE
            or abs(cur["top"] - prev["top"]) > Y_TOLERANCE
        )
    return bool(
        cur["top"] < prev["top"]
        or cur["top"] > prev["bottom"] + Y_TOLERANCE
        or abs(cur["x0"] - prev["x0"]) > X_TOLERANCE
    )


def _words(line: list[Char], upright: bool) -> Iterator[list[Char]]:
    """The line cut into words (``_new_word``, written out for upright lines)."""
    word: list[Char] = []
    prev: Char | None = None  # the word's last character
    for c in line:
        if c["text"].isspace():
            if word:
                yield word
            word, prev = [], None
        elif prev is None:
            word, prev = [c], c
        elif (
            (
                c["x0"] < prev["x0"]
                or c["x0"] > prev["x1"] + X_TOLERANCE
                or abs(c["top"] - prev["top"]) > Y_TOLERANCE
            )
            if upright
            else _new_word(prev, c, upright)
        ):
            yield word
            word, prev = [c], c
        else:
            word.append(c)
            prev = c
    if word:
        yield word


def words(chars: list[Char]) -> list[tuple[str, float, list[Char]]]:
    """(text, top, characters) of each word, in pdfplumber's word order."""
    out: list[tuple[str, float, list[Char]]] = []
    ligature = LIGATURES.get
    for _, run in groupby(chars, key=_UPRIGHT):
        for line, upright in _lines_of_run(list(run)):
            for word in _words(line, upright):
                text = "".join([ligature(c["text"], c["text"] or "") for c in word])
                out.append((text, min([c["top"] for c in word]), word))
    return out


_UPRIGHT = itemgetter("upright")


def text_lines(chars: list[Char]) -> list[dict[str, Any]]:
    """The text lines: dicts with ``text``, ``x0``, ``top``, ``x1``, ``bottom``."""
    found = words(chars)
    if not found:
        return []
    ids = _cluster_ids([top for _, top, _ in found], Y_TOLERANCE)
    out: list[dict[str, Any]] = []
    for _, group in groupby(found, key=lambda w: ids[w[1]]):
        members = list(group)
        text = " ".join([t for t, _, _ in members]).strip(" ")
        line_chars = [c for _, _, cs in members for c in cs if c["text"]]
        if not text.strip() or not line_chars:
            continue
        out.append(
            {
                "text": text,
                "x0": min([c["x0"] for c in line_chars]),
                "top": min([c["top"] for c in line_chars]),
                "x1": max([c["x1"] for c in line_chars]),
                "bottom": max([c["bottom"] for c in line_chars]),
            }
        )
    return out
