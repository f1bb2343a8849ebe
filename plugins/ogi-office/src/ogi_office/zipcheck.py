"""Zip packages (.xlsx, OFD) checked before anything inflates them: the declared sizes of the
members (decompression bombs) and the real sizes as they inflate (a member that lies about its
size), as the Word plugin does."""

from __future__ import annotations

import io
import zipfile

from ogi_docx.package import check_sizes

from ogi.errors import ExtractionFailed

ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBERS = 100_000


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """The package, size-checked; CORRUPT when it is not a zip, TOO_LARGE past the limits."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionFailed(f"not a readable {what} package: {exc}") from exc
    check_sizes(package.infolist(), what, MAX_MEMBERS)
    return package


def read_member(package: zipfile.ZipFile, name: str) -> bytes:
    """One member's bytes, never inflated past its declared size: zipfile stops there, so a
    member that lies about its size fails its checksum (CORRUPT); the length check below
    guards the same limit should that ever change (TOO_LARGE)."""
    try:
        info = package.getinfo(name)
    except KeyError as exc:
        raise ExtractionFailed(f"the package has no {name}") from exc
    try:
        with package.open(info) as member:
            data = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionFailed(f"{name} cannot be inflated: {exc}") from exc
    if len(data) > info.file_size:
        raise ExtractionFailed(f"{name} inflates past its declared size", code="TOO_LARGE")
    return data
