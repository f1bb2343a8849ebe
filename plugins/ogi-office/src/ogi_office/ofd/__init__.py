"""The ``ofd`` extractor: OFD (GB/T 33190-2016), the national fixed-layout format. An OFD file
is a zip of XML; each page lists text objects with their positions and the paths it draws.
Text is rebuilt into lines and paragraphs by position; where the page draws ruling lines,
their grid becomes a table with merged cells where a ruling is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ogi_office.ofd.claim import SUFFIXES, claim

if TYPE_CHECKING:
    from ogi.document import Document
    from ogi.records import Options, Source

__all__ = ["SUFFIXES", "claim", "extract"]


def extract(source: Source, options: Options) -> Document:
    """Read an OFD file (:func:`ogi_office.ofd.reader.extract`, loaded on first use)."""
    from ogi_office.ofd.reader import extract as read

    return read(source, options)
