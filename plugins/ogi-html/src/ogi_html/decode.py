"""Bytes → text for HTML pages, never handing undecoded bytes to a parser.

Order: BOM; the charset declared in ``<meta>`` within the first bytes (gb2312/gbk read as
gb18030, its superset); strict UTF-8; charset-normalizer's best guess. Every decode is
strict: a page is never read with replacement characters.
"""

from __future__ import annotations

import codecs
import re

from ogi.errors import ExtractionFailed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,30})""", re.I
)
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
SNIFF_BYTES = 4096


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, mapped to the superset to use."""
    m = _META_CHARSET.search(data[:SNIFF_BYTES])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, how it was decided: bom | meta | utf-8 | detected)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding.replace("-sig", ""), "bom"
    declared = declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to detection
        else:
            return _declared_or_utf8(data, text, declared)
    try:
        return data.decode("utf-8"), "utf-8", MISMATCH if declared else "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data)


#: Characters common in any annual report's text (信息 公开 政府 年度 报告 申请 工作): a
#: decoding that reads as a report has many; mojibake has almost none.
_REPORT_CHARS = frozenset("信息公开政府年度报告申请工作情况")
MISMATCH = "utf-8-not-meta"


def _report_score(text: str) -> int:
    return sum(1 for ch in text[:200_000] if ch in _REPORT_CHARS)


def _declared_or_utf8(data: bytes, text: str, declared: str) -> tuple[str, str, str]:
    """The declared decoding, unless the bytes are strict UTF-8 that reads as a report
    while the declared decoding does not (a page saved as UTF-8 under a gbk meta): then
    UTF-8, decided_by ``utf-8-not-meta`` (the extractor warns CHARSET_MISMATCH)."""
    if declared in ("utf-8", "ascii") or data.isascii():
        return text, declared, "meta"
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        return text, declared, "meta"
    if _report_score(utf8) > 2 * _report_score(text):
        return utf8, "utf-8", MISMATCH
    return text, declared, "meta"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ExtractionFailed(
            f"invalid {encoding} after its byte-order mark: {exc.reason}"
        ) from exc


def _detect(data: bytes) -> tuple[str, str, str]:
    from charset_normalizer import from_bytes

    for candidate in ("gb18030",):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _mostly_cjk_or_ascii(text):
            return text, candidate, "detected"
    matches = list(from_bytes(data[:2_000_000]))
    if matches:
        least = min(m.chaos for m in matches)
        tied = [m.encoding for m in matches if m.chaos == least]
        # Among equally clean guesses, windows-1252 is the web's default for undeclared pages.
        choice = (
            "cp1252"
            if "cp1252" in tied
            else max((m for m in matches if m.chaos == least), key=lambda m: m.coherence).encoding
        )
        try:
            return data.decode(choice), codecs.lookup(choice).name, "detected"
        except (UnicodeDecodeError, LookupError):
            pass
    raise ExtractionFailed(
        "cannot decode the page: no declared or detectable charset decodes it strictly"
    )


def _mostly_cjk_or_ascii(text: str) -> bool:
    sample = text[:20000]
    good = sum(
        1
        for ch in sample
        if ch.isascii()
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )
    return good >= 0.97 * max(1, len(sample))
