"""Zip packages (.xlsx, OFD) checked before anything inflates them: the declared sizes of the
members (decompression bombs) and the real sizes as they inflate (a member that lies about its
size), as the Word plugin does."""

from __future__ import annotations

import io
import zipfile

from ogi.errors import ExtractionFailed

ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 100_000


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """The package, size-checked; CORRUPT when it is not a zip, TOO_LARGE past the limits."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionFailed(f"not a readable {what} package: {exc}") from exc
    check_sizes(package.infolist(), what)
    return package


def check_sizes(infos: list[zipfile.ZipInfo], what: str) -> None:
    """TOO_LARGE for a member or a package that would inflate past the limits."""
    if len(infos) > MAX_MEMBERS:
        raise ExtractionFailed(f"the {what} package has {len(infos):,} members", code="TOO_LARGE")
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
        raise ExtractionFailed(
            f"the {what} package would inflate to {total:,} bytes", code="TOO_LARGE"
        )


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
