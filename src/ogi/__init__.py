"""ogi — Chinese government information-disclosure annual reports (政府信息公开工作年度报告)
into typed, checked records.

>>> import ogi
>>> report = ogi.convert("samples/text/000_9ba4c109e1ad8830.txt")   # doctest: +SKIP
>>> report.get("applications.new_received.total")                    # doctest: +SKIP
0
"""

from __future__ import annotations

__version__ = "0.1.0"

from ogi import records
from ogi.document import Cell, Document, Heading, Paragraph, Provenance, Table
from ogi.errors import (
    AmbiguousFormat,
    EmptyInput,
    ExtractionFailed,
    InputNotFound,
    InvalidPlugin,
    NotAReport,
    OgiError,
    UnsupportedFormat,
)
from ogi.hookspecs import hookimpl
from ogi.pipeline import ErrorRecord, Result, convert, convert_many
from ogi.registry import Registry
from ogi.report import Report

__all__ = [
    "AmbiguousFormat",
    "Cell",
    "Document",
    "EmptyInput",
    "ErrorRecord",
    "ExtractionFailed",
    "Heading",
    "InputNotFound",
    "InvalidPlugin",
    "NotAReport",
    "OgiError",
    "Paragraph",
    "Provenance",
    "Registry",
    "Report",
    "Result",
    "Table",
    "UnsupportedFormat",
    "__version__",
    "convert",
    "convert_many",
    "hookimpl",
    "records",
]
