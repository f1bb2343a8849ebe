"""What kind of Word file the bytes are, checked before anything is parsed: a .docx zip
(size-checked against decompression bombs), an encrypted .docx (an OLE container), a legacy
.doc, or Strict OOXML."""

from __future__ import annotations

import io
import zipfile

from ogi.errors import ExtractionFailed

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
CONVERT_HINT = (
    "install the ogi-office plugin (with LibreOffice) to read it, or convert it with "
    "`libreoffice --headless --convert-to docx FILE` and convert the .docx"
)


def is_docx_zip(data: bytes) -> bool:
    """A zip holding word/document.xml (whatever the file is called)."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def is_ole(data: bytes) -> bool:
    """An OLE2 compound file (legacy .doc, or an encrypted .docx)."""
    return data.startswith(OLE_MAGIC)


def check_ole(data: bytes) -> None:
    """Always raises: an OLE file is an encrypted .docx (ENCRYPTED), an encrypted legacy .doc
    (ENCRYPTED) or a legacy .doc (UNSUPPORTED_FORMAT)."""
    import olefile  # type: ignore[import-untyped]

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError) as exc:
        raise ExtractionFailed(f"damaged OLE container: {exc}", code="CORRUPT") from exc
    with ole:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            raise ExtractionFailed(
                "password-protected Word document (encrypted OOXML)", code="ENCRYPTED"
            )
        if ole.exists("WordDocument"):
            if _doc_encrypted(ole.openstream("WordDocument").read(12)):
                raise ExtractionFailed("password-protected legacy Word .doc", code="ENCRYPTED")
            raise ExtractionFailed(
                f"legacy Word 97-2003 .doc is not supported; {CONVERT_HINT}",
                code="UNSUPPORTED_FORMAT",
            )
    raise ExtractionFailed(
        "an OLE compound file that is not a Word document", code="UNSUPPORTED_FORMAT"
    )


def _doc_encrypted(fib: bytes) -> bool:
    # FIB base: wIdent(2) nFib(2) unused(2) lid(2) pnNext(2) then flags; fEncrypted is bit 8.
    if len(fib) < 12:
        return False
    flags = int.from_bytes(fib[10:12], "little")
    return bool(flags & 0x0100)


def check_zip(data: bytes) -> None:
    """Refuse a package whose members would inflate too far (TOO_LARGE), a broken zip
    (CORRUPT) or Strict OOXML, which python-docx cannot read (UNSUPPORTED_FORMAT)."""
    checked_zip(data).close()


def checked_zip(data: bytes) -> zipfile.ZipFile:
    """The package opened and checked as :func:`check_zip` checks it, for reading on (the
    caller closes it)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ExtractionFailed(f"not a readable .docx package: {exc}", code="CORRUPT") from exc
    try:
        _check_package(package)
    except BaseException:
        package.close()
        raise
    return package


def _check_package(package: zipfile.ZipFile) -> None:
    try:
        check_sizes(package.infolist())
        with package.open("word/document.xml") as part:
            head = part.read(4096)
    except zipfile.BadZipFile as exc:
        raise ExtractionFailed(f"not a readable .docx package: {exc}", code="CORRUPT") from exc
    except KeyError as exc:
        raise ExtractionFailed("the package has no word/document.xml", code="CORRUPT") from exc
    if STRICT_NS in head:
        raise ExtractionFailed(
            "Strict OOXML (ISO/IEC 29500 Strict) is not supported; re-save it as a regular "
            "Word document (.docx, 'Word Document' type)",
            code="UNSUPPORTED_FORMAT",
        )


def check_sizes(
    infos: list[zipfile.ZipInfo], what: str = "", max_members: int | None = None
) -> None:
    """TOO_LARGE for a zip package (``what``: docx, xlsx, OFD…) with more than
    ``max_members`` members, or a member or a whole that would inflate past the limits —
    decided from the declared sizes, before anything is inflated. Shared by the Office
    readers (ogi-office)."""
    package = f"the {what} package" if what else "the package"
    if max_members is not None and len(infos) > max_members:
        raise ExtractionFailed(f"{package} has {len(infos):,} members", code="TOO_LARGE")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MAX_MEMBER_BYTES or (ratio > MAX_RATIO and info.file_size > 10_000_000):
            raise ExtractionFailed(
                f"{info.filename} would inflate to {info.file_size:,} bytes (ratio {ratio:.0f}:1)",
                code="TOO_LARGE",
            )
    if total > MAX_TOTAL_BYTES:
        raise ExtractionFailed(f"{package} would inflate to {total:,} bytes", code="TOO_LARGE")
