"""The ``ofd`` extractor: OFD (GB/T 33190-2016), the national fixed-layout format. An OFD file
is a zip of XML; each page lists text objects with their positions and the paths it draws.
Text is rebuilt into lines and paragraphs by position; where the page draws ruling lines,
their grid becomes a table with merged cells where a ruling is missing."""

from ogi_office.ofd.reader import SUFFIXES, claim, extract

__all__ = ["SUFFIXES", "claim", "extract"]
