"""ogi-office: extractors for the other attachment formats portals publish — legacy Word
``.doc`` and WPS ``.wps`` (converted by LibreOffice, read by ogi-docx), spreadsheets
``.xlsx``/``.xls``/``.et`` and OFD."""

__version__ = "0.1.0"
