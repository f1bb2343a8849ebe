"""Automatic list numbering (numbering.xml): an auto-numbered "一、" heading has no "一" in
its text, so the label is rebuilt from the level's format and the running counters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

CN = "一二三四五六七八九十"
CHINESE_FORMATS = frozenset(
    {
        "chineseCounting",
        "chineseCountingThousand",
        "ideographTraditional",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographDigital",
        "chineseLegalSimplified",
    }
)


def chinese(n: int) -> str:
    """1 → 一, 14 → 十四, 20 → 二十 (up to 99; larger numbers stay Arabic)."""
    if not 1 <= n <= 99:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN[tens - 1] + "十")
    return head + (CN[ones - 1] if ones else "")


_VAL = qn("w:val")
_ABSTRACT_NUM, _LVL, _NUM = qn("w:abstractNum"), qn("w:lvl"), qn("w:num")
_START, _NUM_FMT, _LVL_TEXT = qn("w:start"), qn("w:numFmt"), qn("w:lvlText")
_ABSTRACT_NUM_ID, _NUM_ID_ATTR, _ILVL_ATTR = qn("w:abstractNumId"), qn("w:numId"), qn("w:ilvl")


def _val(el: Any, tag: str) -> str | None:
    """The ``w:val`` of the element's first child with the (Clark) tag."""
    child = el.find(tag) if el is not None else None
    return child.get(_VAL) if child is not None else None


@dataclass
class Numbering:
    """Level formats per abstract numbering, counters per list as the body is read."""

    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, part: Any) -> "Numbering":
        """Read numbering.xml of a python-docx document part (empty when it has none)."""
        numbering = cls()
        try:
            root = part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        for abstract in root.iterchildren(_ABSTRACT_NUM):
            levels = {}
            for lvl in abstract.iterchildren(_LVL):
                start = _val(lvl, _START)
                levels[int(lvl.get(_ILVL_ATTR, "0"))] = (
                    _val(lvl, _NUM_FMT) or "decimal",
                    _val(lvl, _LVL_TEXT) or "",
                    int(start) if start and start.isdigit() else 1,
                )
            numbering.levels[abstract.get(_ABSTRACT_NUM_ID)] = levels
        for num in root.iterchildren(_NUM):
            abstract_id = _val(num, _ABSTRACT_NUM_ID)
            if abstract_id is not None:
                numbering.nums[num.get(_NUM_ID_ATTR)] = abstract_id
        return numbering

    def label(self, num_id: str | None, ilvl: int) -> str:
        """The next label of list ``num_id`` at level ``ilvl`` ('' when not numbered)."""
        abstract = self.nums.get(num_id or "")
        levels = self.levels.get(abstract or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract or "", [0] * 9)
        fmt, text, start = levels[ilvl]
        counters[ilvl] = max(counters[ilvl], start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt in ("bullet", "none"):
            return ""
        for k in range(ilvl + 1):
            k_fmt = levels.get(k, ("decimal", "", 1))[0]
            value = counters[k] or levels.get(k, ("", "", 1))[2]
            text = text.replace(
                f"%{k + 1}", chinese(value) if k_fmt in CHINESE_FORMATS else str(value)
            )
        return text


_PPR, _NUM_PR, _NUM_ID, _ILVL = qn("w:pPr"), qn("w:numPr"), qn("w:numId"), qn("w:ilvl")


def paragraph_numbering(p: Any, style: Any) -> tuple[str | None, int] | None:
    """(numId, ilvl) of a paragraph, from its own properties or its style's."""
    return numbering_of(_first(p, _PPR)) or numbering_of(
        _first(style.element, _PPR) if style is not None else None
    )


def numbering_of(ppr: Any) -> tuple[str | None, int] | None:
    """(numId, ilvl) that a ``w:pPr`` (a paragraph's or a style's) sets, or None."""
    num_pr = _first(ppr, _NUM_PR)
    if num_pr is None:
        return None
    num_id = _first_val(num_pr, _NUM_ID)
    ilvl = _first_val(num_pr, _ILVL)
    if num_id and num_id != "0":
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0
    return None


def _first(el: Any, tag: str) -> Any:
    """The first child with the tag (``find`` without ElementPath), or None."""
    if el is not None:
        for child in el:
            if child.tag == tag:
                return child
    return None


def _first_val(el: Any, tag: str) -> str | None:
    child = _first(el, tag)
    return child.get(_VAL) if child is not None else None
