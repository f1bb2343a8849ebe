"""Registers the office extractors: ``doc`` (Word binary .doc/.wps through LibreOffice),
``xlsx`` and ``xls`` (spreadsheets, .et included) and ``ofd``."""

from __future__ import annotations

from ogi import hookimpl
from ogi.records import Extractor
from ogi_office import __version__, doc, ofd, sheet


@hookimpl
def ogi_extractors() -> list[Extractor]:
    """The four office extractors."""
    return [
        Extractor(
            "doc",
            __version__,
            doc.SUFFIXES,
            doc.claim,
            doc.extract,
            "Word 97-2003 .doc and WPS .wps (by content; LibreOffice converts, ogi-docx reads)",
        ),
        Extractor(
            "xlsx",
            __version__,
            sheet.XLSX_SUFFIXES[:2],
            sheet.claim_xlsx,
            sheet.extract_xlsx,
            "Excel .xlsx workbooks (every sheet a table, merged cells kept)",
        ),
        Extractor(
            "xls",
            __version__,
            sheet.XLS_SUFFIXES,
            sheet.claim_xls,
            sheet.extract_xls,
            "Excel 97-2003 .xls and WPS .et workbooks (every sheet a table, merged cells kept)",
        ),
        Extractor(
            "ofd",
            __version__,
            ofd.SUFFIXES,
            ofd.claim,
            ofd.extract,
            "OFD (GB/T 33190) fixed-layout documents: text by position, ruled tables",
        ),
    ]
