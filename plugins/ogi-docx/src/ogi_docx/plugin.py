"""The ``docx`` extractor: reports and attachments published as Word files."""

from __future__ import annotations

from typing import Any

from ogi import hookimpl
from ogi.document import Document, DocumentMeta
from ogi.errors import ExtractionFailed
from ogi.records import Extractor, Match, Options, Source
from ogi_docx import __version__
from ogi_docx.package import check_ole, checked_zip, is_ole

SUFFIXES = (".docx", ".docm", ".dotx", ".doc", ".wps")


def claim(source: Source) -> Match:
    """By content: a zip holding word/document.xml (whatever its name). An OLE file named like
    a Word document is claimed by suffix only, so a reader of the binary format (ogi-office)
    wins, and without one legacy and encrypted files still get a precise verdict here."""
    if "word/document.xml" in source.zip_names:
        return Match.CONTENT
    if is_ole(source.data) and source.suffix in SUFFIXES:
        return Match.SUFFIX
    if source.data.startswith(b"PK") and source.suffix in SUFFIXES:
        return Match.SUFFIX  # a damaged package named .docx: read it to say what is wrong
    return Match.NO


def extract(source: Source, options: Options) -> Document:
    """Check the package, then read the body in order."""
    if is_ole(source.data):
        check_ole(source.data)
    package = checked_zip(source.data)
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    from ogi_docx.altchunk import keep_chunks_as_bytes
    from ogi_docx.body import BodyReader
    from ogi_docx.parts import open_document_part

    keep_chunks_as_bytes()

    try:
        with package:
            part = open_document_part(package)
            reader = BodyReader(part, part.body)
            blocks = reader.read()
            hints = _core_properties(part)
    except (KeyError, ValueError, LxmlError) as exc:
        raise ExtractionFailed(f"cannot read the Word document: {exc}") from exc
    result = Document(blocks=blocks, meta=hints)
    result.warnings.extend(reader.warnings)  # built with ogi.document.warning
    return result


def _core_properties(part: Any) -> DocumentMeta:
    """Title and creation date from docProps/core.xml (of a python-docx document part),
    offered to the metadata reader as hints (used only where the body prints no title or
    成文日期)."""
    props = part.core_properties
    hints: DocumentMeta = {}
    title = (props.title or "").strip()
    if title:
        hints["title"] = title
    created = props.created  # parsed on every access (four strptime templates)
    if created is not None:
        hints["written"] = created.date().isoformat()
    return hints


@hookimpl
def ogi_extractors() -> list[Extractor]:
    """The docx extractor."""
    return [
        Extractor(
            name="docx",
            version=__version__,
            suffixes=SUFFIXES,
            claim=claim,
            extract=extract,
            description="Word .docx (merged cells, auto-numbered headings, altChunks); .doc → ogi-office",
        )
    ]
