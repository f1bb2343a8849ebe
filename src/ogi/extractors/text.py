"""The built-in ``text`` extractor: plain-text dumps of reports (one paragraph per line),
decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 — strictly, never with
replacement characters. Registered through the same hook as any third-party extractor."""

from __future__ import annotations

import codecs
import re

from ogi import __version__
from ogi.document import Block, Document, Paragraph, Provenance
from ogi.errors import EmptyInput, ExtractionFailed
from ogi.hookspecs import hookimpl
from ogi.records import Extractor, Match, Options, Source

SUFFIXES = (".txt", ".text")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_TEXT_PREFIXES = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"<", b"{\\rtf")


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, how it was decided). Raises ExtractionFailed when no strict decode
    works — a file is never read with replacement characters."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), "bom"
            except UnicodeDecodeError as exc:
                raise ExtractionFailed(f"invalid {encoding} after its BOM: {exc.reason}") from exc
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding, "strict-decode"
        except UnicodeDecodeError:
            continue
    raise ExtractionFailed(
        "not text: the bytes decode neither as UTF-8 nor as GB18030", code="CORRUPT"
    )


def _decode_head(head: bytes, final: bool) -> str | None:
    for encoding in ("utf-8", "gb18030"):
        try:
            return codecs.getincrementaldecoder(encoding)().decode(head, final=final)
        except UnicodeDecodeError:
            continue
    return None


#: C0 control characters other than line and page breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _printable(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= len(text) // 100


def claim(source: Source) -> Match:
    """Suffix claim for .txt; a content claim for decodable text without another format's
    signature (so stdin dumps are recognised)."""
    if source.suffix in SUFFIXES:
        return Match.SUFFIX
    head = source.head.lstrip()
    if not head or head.startswith(_NOT_TEXT_PREFIXES):
        return Match.NO
    text = _decode_head(source.head, final=len(source.data) <= len(source.head))
    if text is None:
        return Match.NO
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return Match.CONTENT if has_cjk and _printable(text) and source.suffix == "" else Match.NO


def extract(source: Source, options: Options) -> Document:
    """One Paragraph per non-empty line, with its line number as provenance."""
    text, encoding, decided_by = decode(source.data)
    if not _printable(text):
        raise ExtractionFailed("binary content: too many control characters for a text file")
    blocks: list[Block] = [
        Paragraph(line, Provenance(line=i))
        for i, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
    if not blocks:
        raise EmptyInput("the file holds no text")
    return Document(blocks=blocks, encoding={"name": encoding, "decided_by": decided_by})


@hookimpl
def ogi_extractors() -> list[Extractor]:
    """The text extractor."""
    return [
        Extractor(
            name="text",
            version=__version__,
            suffixes=SUFFIXES,
            claim=claim,
            extract=extract,
            description="plain-text dumps (UTF-8, UTF-16 with BOM, GB18030)",
        )
    ]
