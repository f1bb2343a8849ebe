"""The ``doc`` extractor: Word 97–2003 binary documents (``.doc``) and WPS Writer files saved
in that format (``.wps``), recognised by content whatever their name — and RTF, which many
portals publish under a ``.doc`` name. LibreOffice converts
them to .docx in a private directory; ogi-docx's public ``extract`` reads the result, so the
Document is exactly what the Word extractor gives (the report's source stays the original)."""

from __future__ import annotations

from ogi.document import Document
from ogi.errors import ExtractionFailed
from ogi.records import Match, Options, Source
from ogi_office.ole import OleKind, is_ole, ole_kind, ole_properties, refuse_encrypted_word

SUFFIXES = (".doc", ".wps", ".dot", ".wpt", ".rtf")
TIMEOUT_OPTION = "soffice_timeout"  # Options.extra key: seconds LibreOffice may take


def claim(source: Source) -> Match:
    """CONTENT for an OLE file holding a WordDocument stream, or RTF, whatever its name. Other
    OLE files named .doc (an encrypted .docx, a damaged container) are left to the Word
    extractor's suffix claim, which gives them their precise verdict."""
    if is_rtf(source.data) or (is_ole(source.data) and ole_kind(source.data) is OleKind.WORD):
        return Match.CONTENT
    return Match.NO


def is_rtf(data: bytes) -> bool:
    """Rich Text Format by its signature."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def extract(source: Source, options: Options) -> Document:
    """Refuse encrypted files, convert with LibreOffice, read the .docx with ogi-docx."""
    from ogi_office import soffice  # subprocess, tempfile, hashlib: only to convert

    timeout = float(options.extra.get(TIMEOUT_OPTION, soffice.DEFAULT_TIMEOUT))
    if is_rtf(source.data):
        docx_bytes = soffice.convert(source.data, ".rtf", "docx:MS Word 2007 XML", timeout)
        return read_converted(docx_bytes, source, options)
    kind = ole_kind(source.data)
    if kind is OleKind.ENCRYPTED_OOXML:
        raise ExtractionFailed("password-protected document (encrypted OOXML)", code="ENCRYPTED")
    if kind is not OleKind.WORD:
        raise ExtractionFailed(f"not a Word binary document ({kind.value})")
    refuse_encrypted_word(source.data)
    docx_bytes = soffice.convert(source.data, ".doc", "docx:MS Word 2007 XML", timeout)
    return read_converted(docx_bytes, source, options)


def read_converted(docx_bytes: bytes, source: Source, options: Options) -> Document:
    """The converted package read by the Word extractor, under the original's name."""
    from ogi_docx.plugin import extract as extract_docx

    stem = source.name.rsplit(".", 1)[0] if "." in source.name else source.name
    document = extract_docx(Source(docx_bytes, name=stem + ".docx", path=source.path), options)
    # hints from the original's own properties, never from the converter's output
    document.meta.pop("written", None)
    document.meta.pop("title", None)
    document.meta.update(ole_properties(source.data))
    return document
