"""Parsing printed cell text into typed values (DOMAIN.md §4.6).

The printed text is never rewritten: callers keep ``raw``; a value is parsed only where it
can be parsed honestly, else it is ``None`` and ``ok`` is False.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ogi.interpret.labels import (
    CHANGE_SIGNS,
    CN_NUMERAL_CHARS,
    COUNT_UNITS,
    LOOSE_VALUE_CHARS,
    MONEY_UNITS,
    NOT_AVAILABLE_RE,
    PAGE_FOOTER_RE,
    PLACEHOLDERS,
    norm,
)
from ogi.interpret.memo import memoised

_NUMBER = r"[+\-]?\d+(?:\.\d+)?"
_THOUSANDS = re.compile(r"^([+\-]?\d{1,3}(?:,\d{3})+)(\.\d+)?")
_WITH_UNIT = re.compile(rf"^({_NUMBER})({'|'.join(list(MONEY_UNITS) + list(COUNT_UNITS))})?$")
_WITH_NOTE = re.compile(r"^(\d+)\s*[(（](.*)[)）]$")
#: An integer printed with a leading zero (``00``, ``012``): no count is printed so; it is the
#: digits of several cells run together (``0`` and ``0``), never read as one number.
ZERO_PADDED = re.compile(r"^[+\-]?0\d+(?:\D.*)?$")
_SIGN = "|".join(map(re.escape, CHANGE_SIGNS))
_WORD_SIGN = "|".join(s for s in CHANGE_SIGNS if not s.isascii())
_CHANGE_ONE = re.compile(rf"^({_SIGN})?(\d+)$")
_CHANGE_PAIR = re.compile(rf"^({_WORD_SIGN})(\d+)[/、,;]?({_WORD_SIGN})(\d+)$")

Number = int | float


@dataclass(frozen=True)
class Parsed:
    """A parsed cell: ``value`` (None when blank or unparseable), the unit printed, and
    whether the text was understood (a blank cell is understood)."""

    value: Number | None
    unit: str | None = None
    ok: bool = True
    blank: bool = False


BLANK = Parsed(None, blank=True)


@memoised(1 << 16)
def looks_like_value(text: str) -> bool:
    """Whether a table cell's text is a value (number, signed change, placeholder, blank)
    rather than a label. ``1.属于国家秘密`` is a label; ``4(其中…)`` is a value."""
    if _plain_digits(text):
        return True  # what the patterns below answer for it, without running them
    t = _strip_commas(norm(text))
    if t == "" or t in PLACEHOLDERS:
        return True
    return bool(
        _WITH_UNIT.match(t) or _WITH_NOTE.match(t) or _CHANGE_ONE.match(t) or _CHANGE_PAIR.match(t)
    ) or loose_value(t)


MAX_LOOSE_VALUE = 16


def loose_value(t: str) -> bool:
    """A value cell printed loosely — ``约12``, ``12?``, ``十二``, ``N/A``, digits with a stray
    control character — that no parser reads as a number. It is still a value cell: the
    statistic is kept with its raw text (and a VALUE_UNPARSED warning), never dropped and
    never mistaken for a row label. ``t`` is :func:`norm` text."""
    if not t or len(t) > MAX_LOOSE_VALUE or PAGE_FOOTER_RE.match(t):
        return False
    if NOT_AVAILABLE_RE.match(t):
        return True
    cjk = [c for c in t if _is_cjk(c)]
    if any(c.isascii() and c.isdigit() for c in t):
        return all(c in LOOSE_VALUE_CHARS for c in cjk)
    if len(t) >= 2 and len(cjk) == len(t) and all(c in CN_NUMERAL_CHARS for c in t):
        return True
    return any(unicodedata.category(c) in ("Cc", "Cs", "Co") for c in t) and not cjk


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


@memoised(1 << 14)
def parse_count(text: str) -> Parsed:
    """A count cell: ``12`` → 12; ``4(其中…)`` → 4; ``3件`` → 3; blank or ``/`` → None."""
    if _plain_digits(text) and (len(text) == 1 or text[0] != "0"):
        return Parsed(int(text))  # what the patterns below read, without running them
    t = _strip_commas(norm(text))
    if t == "" or t in PLACEHOLDERS:
        return BLANK
    if ZERO_PADDED.match(t):
        return Parsed(None, ok=False)
    if m := _WITH_NOTE.match(t):
        return Parsed(int(m.group(1)))
    if (m := _WITH_UNIT.match(t)) and (m.group(2) in COUNT_UNITS or m.group(2) is None):
        return Parsed(_number(m.group(1)), unit=m.group(2))
    return Parsed(None, ok=False)


@memoised(1 << 14)
def parse_change(text: str) -> Parsed:
    """A signed change (本年增/减): ``+123`` → 123, ``减4`` → −4, ``减13/增3`` → −10."""
    t = _strip_commas(norm(text))
    if t == "" or t in PLACEHOLDERS:
        return BLANK
    if ZERO_PADDED.match(t.lstrip("增减")):
        return Parsed(None, ok=False)
    if m := _CHANGE_ONE.match(t):
        return Parsed(_signed(m.group(1), int(m.group(2))))
    if m := _CHANGE_PAIR.match(t):
        return Parsed(_signed(m.group(1), int(m.group(2))) + _signed(m.group(3), int(m.group(4))))
    return parse_count(text)


@lru_cache(maxsize=1 << 14)
def parse_money(text: str, default_unit: str | None) -> Parsed:
    """An amount converted to 万元: ``4.2780亿元`` → 42780.0, ``120474.07元`` → 12.047407.

    Without a printed unit the column's ``default_unit`` applies; with neither, the value is
    None (the caller keeps the raw text and warns) — unless it is 0, which is 0 in any unit.
    ``unit`` is the unit printed, if any.
    """
    t = _strip_commas(norm(text))
    if t == "" or t in PLACEHOLDERS:
        return BLANK
    if ZERO_PADDED.match(t):
        return Parsed(None, ok=False)
    m = _WITH_UNIT.match(t)
    if not m or m.group(2) in COUNT_UNITS:
        return Parsed(None, ok=False)
    unit = m.group(2) or default_unit
    if unit is None:
        if Decimal(m.group(1)) == 0:
            return Parsed(0)  # nothing, in whatever unit: 0 | 0 for 政府集中采购
        return Parsed(None, unit=None, ok=False)
    try:
        amount = Decimal(m.group(1)) * Decimal(MONEY_UNITS[unit])
    except (InvalidOperation, KeyError):
        return Parsed(None, ok=False)
    return Parsed(_decimal_value(amount, m.group(1)), unit=m.group(2))


def _decimal_value(amount: Decimal, printed: str) -> Number:
    if "." not in printed and amount == amount.to_integral_value():
        return int(amount)
    return float(amount.normalize()) if amount != 0 else 0.0


def _plain_digits(text: str) -> bool:
    """ASCII digits only (``24``): most value cells. Such a text is its own matching form
    and has no comma, unit or sign; the quick paths that ask this are tested against the
    patterns they skip."""
    return text.isascii() and text.isdigit()


def _strip_commas(t: str) -> str:
    m = _THOUSANDS.match(t)
    if m:
        return t[: m.end(1)].replace(",", "") + t[m.end(1) :]
    return t


def _number(text: str) -> Number:
    return float(text) if "." in text else int(text)


def _signed(sign: str | None, value: int) -> int:
    return CHANGE_SIGNS.get(sign or "+", 1) * value
