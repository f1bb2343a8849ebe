"""``w:altChunk``: a body element that imports a whole part — HTML (what CMS exports write),
another .docx, RTF, plain text. HTML is read by the HTML extractor's public ``extract`` (when
ogi-html is installed), a nested .docx by this reader recursively; any other kind, or a chunk
that cannot be read, leaves a warning naming it instead of vanishing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

from ogi.document import Block, Provenance, warning
from ogi.errors import ExtractionFailed
from ogi.records import Options, Source

MAX_DEPTH = 3  # a .docx chunk inside a .docx chunk inside …
HTML_TYPES = {"text/html", "application/xhtml+xml"}
DOCX_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
}
TEXT_TYPES = {"text/plain"}
KIND_NAMES = {
    "application/rtf": "RTF",
    "text/rtf": "RTF",
    "message/rfc822": "MHT (web archive)",
    "multipart/related": "MHT (web archive)",
}


ALT_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def keep_chunks_as_bytes() -> None:
    """Make python-docx load every altChunk part as plain bytes. A .docx chunk carries the
    content type of a document *part* (``…document.main+xml``), so python-docx would parse
    the zip as XML and refuse the whole file. Idempotent; other selections are chained."""
    from docx.opc.part import Part, PartFactory

    previous = getattr(PartFactory, "part_class_selector", None)
    if getattr(previous, "ogi_alt_chunks", False):
        return

    def select(content_type: str, reltype: str) -> type[Part] | None:
        if reltype == ALT_CHUNK_REL:
            return Part
        return previous(content_type, reltype) if previous is not None else None

    setattr(select, "ogi_alt_chunks", True)  # noqa: B010 (a marker on a function)
    PartFactory.part_class_selector = staticmethod(select)


def read_alt_chunk(el: Any, reader: Any, n: int) -> Iterator[Block]:
    """The blocks of one altChunk (provenance under ``altChunk[n]/``); a warning goes to the
    reader when the chunk's kind cannot be read."""
    rid = el.get(qn("r:id"))
    part = reader.part.related_parts.get(rid) if rid else None
    if part is None:
        reader.warnings.append(
            warning("ALTCHUNK_MISSING", f"altChunk {n} names no part", {"chunk": n})
        )
        return
    kind = (part.content_type or "").split(";")[0].strip().lower()
    try:
        blocks = _blocks(kind, part.blob, reader, n)
    except ExtractionFailed as exc:
        blocks, why = None, f"could not be read: {exc.message}"
    else:
        why = "cannot be read by ogi; its content is missing"
    if blocks is None:
        reader.warnings.append(
            warning(
                "ALTCHUNK_UNREAD",
                f"altChunk {n} ({_name(kind)}) {why}",
                {"chunk": n, "content_type": kind},
            )
        )
        return
    for block in blocks:
        yield _under(block, n)


def _name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind or "an unnamed kind")


def _blocks(kind: str, blob: bytes, reader: Any, n: int) -> list[Block] | None:
    if kind in HTML_TYPES:
        return _html(blob)
    if kind in DOCX_TYPES:
        return _docx(blob, reader)
    if kind in TEXT_TYPES:
        from ogi.document import Paragraph

        text = blob.decode("utf-8", errors="replace")
        return [Paragraph(line.strip()) for line in text.splitlines() if line.strip()]
    return None


def _html(blob: bytes) -> list[Block]:
    try:
        from ogi_html.plugin import extract as extract_html
    except ImportError as exc:
        raise ExtractionFailed("HTML needs the ogi-html plugin (pip install ogi-html)") from exc
    return list(extract_html(Source(blob, name="altchunk.html"), Options()).blocks)


def _docx(blob: bytes, reader: Any) -> list[Block]:
    from ogi_docx.body import BodyReader
    from ogi_docx.package import checked_zip, is_docx_zip
    from ogi_docx.parts import open_document_part

    if reader.depth >= MAX_DEPTH:
        raise ExtractionFailed(f"nested deeper than {MAX_DEPTH} levels")
    if not is_docx_zip(blob):
        raise ExtractionFailed("the chunk is not a .docx package")
    try:
        with checked_zip(blob) as package:
            part = open_document_part(package)
            inner = BodyReader(part, part.body, depth=reader.depth + 1)
            blocks = inner.read()
    except (KeyError, ValueError) as exc:
        raise ExtractionFailed(f"nested .docx unreadable: {exc}") from exc
    reader.warnings.extend(inner.warnings)
    return blocks


def _under(block: Block, n: int) -> Block:
    """The block with its provenance path (and its cells') prefixed by the chunk."""
    block.prov = _prefixed(block.prov, n)
    for cell in getattr(block, "cells", ()):
        cell.prov = _prefixed(cell.prov, n)
    return block


def _prefixed(prov: Provenance, n: int) -> Provenance:
    return dataclasses.replace(prov, path=f"altChunk[{n}]/{prov.path or ''}".rstrip("/"))
