"""Which files the ``ofd`` extractor takes: a light module (the registry asks every
extractor about every file; the reader loads when an OFD is read)."""

from __future__ import annotations

from ogi.records import Match, Source
from ogi_office.zipcheck import ZIP_MAGIC

SUFFIXES = (".ofd",)


def claim(source: Source) -> Match:
    """CONTENT for a zip with OFD.xml at its root (whatever its name), SUFFIX for a zip named
    .ofd (a damaged package still gets a verdict)."""
    if not source.data.startswith(ZIP_MAGIC):
        return Match.NO
    if "OFD.xml" in source.zip_names:
        return Match.CONTENT
    return Match.SUFFIX if source.suffix in SUFFIXES else Match.NO
