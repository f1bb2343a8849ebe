"""The first half of a conversion, without the Report model: read the input, claim it,
extract its Document and interpret it into plain fields (:class:`Interpreted`).

:mod:`ogi.pipeline` finishes what this starts (the Report's validation, the not-a-report
verdict, checks, postprocessing). The halves are apart so that a worker can run this one
without importing pydantic and the models while the driver imports them for the other
(``ogi convert`` of one file: :mod:`ogi.runner.early`); one process runs both in turn.
Nothing here imports pydantic: ``tests/test_imports.py`` holds it to that.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from typing import Any

from ogi.document import Document
from ogi.errors import EmptyInput, ExtractionFailed, InputNotFound, OgiError
from ogi.interpret import ReportDraft, interpret
from ogi.records import Extractor, Options, Source
from ogi.registry import Registry

PathLike = str | os.PathLike[str]


def load_source(src: PathLike | bytes, filename: str | None = None) -> Source:
    """Read an input once: a path (``filename`` overrides its name) or raw bytes."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        return Source(bytes(src), name=filename or "<bytes>", path=None)
    path = os.fspath(src)
    if os.path.isdir(path):
        raise InputNotFound(
            "is a directory; use convert_many or `ogi convert DIR -o OUT`", path=path
        )
    _require_regular_file(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputNotFound("no such file", path=path) from None
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", path=path) from None
    return Source(data, name=filename or os.path.basename(path), path=path)


def _require_regular_file(path: str) -> None:
    """Refuse FIFOs, devices and sockets: reading one could block forever."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputNotFound("no such file (or a dangling symlink)", path=path) from None
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", path=path) from None
    if not stat.S_ISREG(mode):
        raise InputNotFound("not a regular file (a FIFO, device or socket)", path=path)


@dataclass
class ErrorRecord:
    """Why one input failed: the file, a stable code, the reason and the plugin involved."""

    path: str | None
    code: str
    message: str
    plugin: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.code}: {self.message}"


def error_record(exc: BaseException, path: str | None) -> ErrorRecord:
    """An ErrorRecord from any exception (an OgiError keeps its code)."""
    if isinstance(exc, OgiError):
        return ErrorRecord(exc.path or path, exc.code, exc.message, exc.plugin)
    return ErrorRecord(path, "INTERNAL", f"{type(exc).__name__}: {exc}")


def extract_document(extractor: Extractor, source: Source, options: Options) -> Document:
    """The extractor's Document; whatever it raises becomes an OgiError naming its plugin."""
    try:
        return extractor.extract(source, options)
    except OgiError as exc:
        exc.plugin = exc.plugin or extractor.plugin
        raise
    except (MemoryError, RecursionError) as exc:
        raise ExtractionFailed(
            f"{type(exc).__name__} while reading", code="TOO_LARGE", plugin=extractor.plugin
        ) from exc
    except Exception as exc:
        raise ExtractionFailed(
            f"{extractor.name} extractor failed: {type(exc).__name__}: {exc}",
            plugin=extractor.plugin,
        ) from exc


@dataclass
class Interpreted:
    """An input read and interpreted, before its Report is made: the ``source`` record
    and the interpreter's fields, as plain data (picklable, no model); ``label`` names the
    input in errors and ``plugin`` is the extractor's (a not-a-report verdict names it)."""

    label: str
    source: dict[str, Any]
    fields: ReportDraft
    plugin: str | None


def interpret_source(
    source: Source, registry: Registry, using: str | None, options: Options
) -> Interpreted:
    """Claim, extract and interpret one input. Raises an OgiError naming the file."""
    label = source.path or source.name
    try:
        if not source.data.strip():
            raise EmptyInput("the file is empty")
        extractor = registry.choose(source, using)
        document = extract_document(extractor, source, options)
        if not document.blocks:
            raise EmptyInput("no text or tables found in the document", plugin=extractor.plugin)
        fields = interpret(document)
    except OgiError as exc:
        raise exc.for_path(label) from None
    return Interpreted(label, source_fields(source, extractor, document), fields, extractor.plugin)


def source_fields(source: Source, extractor: Extractor, document: Document) -> dict[str, Any]:
    """The Report's ``source`` record as plain data (the model fills in its defaults)."""
    return {
        "path": source.path,
        "sha256": hashlib.sha256(source.data).hexdigest(),
        "bytes": len(source.data),
        "format": extractor.name,
        "extractor": {
            "name": extractor.name,
            "version": extractor.version,
            "plugin": extractor.plugin,
        },
        "pages": document.pages,
        "encoding": dict(document.encoding) if document.encoding else None,
    }
