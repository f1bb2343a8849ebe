"""What an OLE2 compound file holds, decided from its streams (never from its name): a Word
binary document (.doc, and .wps as WPS Writer saves it), an Excel binary workbook (.xls, and
.et as WPS Spreadsheets saves it), or an encrypted OOXML package."""

from __future__ import annotations

import enum
import io
from typing import Any

from ogi.document import DocumentMeta
from ogi.errors import ExtractionFailed

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class OleKind(enum.Enum):
    """The kinds of OLE file the office extractors tell apart."""

    NOT_OLE = "not an OLE file"
    WORD = "Word binary document"
    WORKBOOK = "Excel binary workbook"
    ENCRYPTED_OOXML = "encrypted OOXML package"
    OTHER = "OLE compound file of another kind"


def is_ole(data: bytes) -> bool:
    """An OLE2 compound file by its signature."""
    return data.startswith(OLE_MAGIC)


def _open(data: bytes) -> Any:
    import olefile  # type: ignore[import-untyped]

    return olefile.OleFileIO(io.BytesIO(data))


def ole_kind(data: bytes) -> OleKind:
    """The kind of OLE file; never raises (a damaged container is OTHER)."""
    if not is_ole(data):
        return OleKind.NOT_OLE
    try:
        with _open(data) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                return OleKind.ENCRYPTED_OOXML
            if ole.exists("WordDocument"):
                return OleKind.WORD
            if ole.exists("Workbook") or ole.exists("Book"):
                return OleKind.WORKBOOK
    except Exception:  # olefile raises many types on damaged containers
        return OleKind.OTHER
    return OleKind.OTHER


def ole_properties(data: bytes) -> DocumentMeta:
    """Title and creation date from the SummaryInformation stream, as metadata hints."""
    try:
        with _open(data) as ole:
            meta = ole.get_metadata()
    except Exception:
        return {}
    hints: DocumentMeta = {}
    title = _decoded(meta.title, meta.codepage)
    if title and title.strip():
        hints["title"] = title.strip()
    if meta.create_time is not None and meta.create_time.year > 1980:
        hints["written"] = meta.create_time.date().isoformat()
    return hints


def _decoded(value: object, codepage: int | None) -> str | None:
    """A property string in the stream's code page (936 → GB18030, 65001 → UTF-8)."""
    if not isinstance(value, bytes):
        return value if isinstance(value, str) else None
    page = (codepage or 0) & 0xFFFF
    codec = {65001: "utf-8", 936: "gb18030", 0: "gb18030"}.get(page, f"cp{page}")
    try:
        return value.decode(codec).rstrip("\x00")
    except (LookupError, UnicodeDecodeError):
        return value.decode("gb18030", "replace").rstrip("\x00")


def word_fib_flags(data: bytes) -> int:
    """The flag word of a Word binary File Information Block (FibBase offset 10)."""
    try:
        with _open(data) as ole:
            fib = ole.openstream("WordDocument").read(12)
    except Exception as exc:
        raise ExtractionFailed(f"damaged Word binary container: {exc}") from exc
    if len(fib) < 12:
        raise ExtractionFailed("the WordDocument stream is too short to be a Word document")
    return int.from_bytes(fib[10:12], "little")


F_ENCRYPTED = 0x0100  # FibBase.fEncrypted
F_OBFUSCATED = 0x8000  # FibBase.fObfuscated (XOR obfuscation, also password-based)


def refuse_encrypted_word(data: bytes) -> None:
    """ENCRYPTED for a password-protected Word binary file or an encrypted OOXML package."""
    if ole_kind(data) is OleKind.ENCRYPTED_OOXML:
        raise ExtractionFailed("password-protected document (encrypted OOXML)", code="ENCRYPTED")
    if word_fib_flags(data) & (F_ENCRYPTED | F_OBFUSCATED):
        raise ExtractionFailed("password-protected Word binary document", code="ENCRYPTED")


def workbook_encrypted(data: bytes) -> bool:
    """A BIFF8 workbook whose stream begins with a FILEPASS record after its BOF."""
    try:
        with _open(data) as ole:
            name = "Workbook" if ole.exists("Workbook") else "Book"
            head = ole.openstream(name).read(4096)
    except Exception:
        return False
    return _biff_has_filepass(head)


def _biff_has_filepass(stream: bytes) -> bool:
    # BIFF records: type(2) length(2) body; FILEPASS (0x002F) follows BOF in the globals.
    pos = 0
    for _ in range(64):
        if pos + 4 > len(stream):
            return False
        rtype = int.from_bytes(stream[pos : pos + 2], "little")
        length = int.from_bytes(stream[pos + 2 : pos + 4], "little")
        if rtype == 0x002F:
            return True
        if rtype == 0x0085:  # BOUNDSHEET: past the place FILEPASS may appear
            return False
        pos += 4 + length
    return False
