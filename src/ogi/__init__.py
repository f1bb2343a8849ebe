"""ogi — Chinese government information-disclosure annual reports (政府信息公开工作年度报告)
into typed, checked records.

>>> import ogi
>>> report = ogi.convert("samples/text/000_9ba4c109e1ad8830.txt")   # doctest: +SKIP
>>> report.get("applications.new_received.total")                    # doctest: +SKIP
0

Heavy parts (pydantic models, the interpreter) load on first use, so ``import ogi`` and
``ogi --version`` stay fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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

__version__ = "0.1.0"

_LAZY = {
    "records": ("ogi.records", None),
    "Options": ("ogi.records", "Options"),
    "Cell": ("ogi.document", "Cell"),
    "Document": ("ogi.document", "Document"),
    "Heading": ("ogi.document", "Heading"),
    "Paragraph": ("ogi.document", "Paragraph"),
    "Provenance": ("ogi.document", "Provenance"),
    "Table": ("ogi.document", "Table"),
    "ErrorRecord": ("ogi.pipeline", "ErrorRecord"),
    "Result": ("ogi.pipeline", "Result"),
    "convert": ("ogi.pipeline", "convert"),
    "convert_many": ("ogi.pipeline", "convert_many"),
    "Registry": ("ogi.registry", "Registry"),
    "Report": ("ogi.report", "Report"),
    "batch": ("ogi.batch", None),
    "report": ("ogi.report", None),
}

if TYPE_CHECKING:
    from ogi import batch, records, report
    from ogi.document import Cell, Document, Heading, Paragraph, Provenance, Table
    from ogi.pipeline import ErrorRecord, Result, convert, convert_many
    from ogi.records import Options
    from ogi.registry import Registry
    from ogi.report import Report


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'ogi' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


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
    "Options",
    "Paragraph",
    "Provenance",
    "Registry",
    "Report",
    "Result",
    "Table",
    "UnsupportedFormat",
    "__version__",
    "batch",
    "convert",
    "convert_many",
    "hookimpl",
    "records",
    "report",
]
