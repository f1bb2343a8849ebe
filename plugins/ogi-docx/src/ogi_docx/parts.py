"""Opening a .docx for the body reader: python-docx's package reader (the zip, content
types, relationships, every part and its errors, as ``docx.Document()`` reads them), with
two parts read differently:

- the main document part is parsed with plain lxml elements and python-docx's parser
  options (its element classes cost more per element than the parse), at the moment
  python-docx would parse it, so a damaged package fails with the same error;
- the styles part is kept as bytes and answers style look-ups through
  :class:`ogi_docx.styles.LazyStyles` (parsing a whole Word ``styles.xml`` cost more than
  the rest of the load).

Everything else — numbering, core properties, headers, settings — is python-docx's own.
"""

from __future__ import annotations

import io
from typing import Any, cast

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.part import Part, PartFactory
from docx.opc.pkgreader import PackageReader
from docx.oxml.ns import qn
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.parts.styles import StylesPart
from docx.shared import lazyproperty
from lxml import etree  # type: ignore[import-untyped]

from ogi_docx.styles import LazyStyles

PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_BODY = qn("w:body")


class PlainDocumentPart(DocumentPart):
    """python-docx's document part (styles, numbering, related parts, core properties)
    over a plain lxml tree: read it through :attr:`body`, not python-docx's proxies."""

    @classmethod
    def load(cls, partname: Any, content_type: str, blob: bytes, package: Any) -> Any:
        """The part with ``blob`` parsed as python-docx would, without its element classes."""
        return cls(partname, content_type, etree.fromstring(blob, PARSER), package)

    @property
    def body(self) -> Any:
        """The ``w:body`` element (None when the document has none)."""
        return self.element.find(_BODY)


class LazyStylesPart(StylesPart):
    """python-docx's styles part kept as bytes; ``styles`` looks styles up lazily."""

    def __init__(self, partname: Any, content_type: str, xml: bytes, package: Any) -> None:
        super().__init__(partname, content_type, None, package)  # type: ignore[arg-type]
        self._xml = xml

    @classmethod
    def load(cls, partname: Any, content_type: str, blob: bytes, package: Any) -> Any:
        """The part, unparsed."""
        return cls(partname, content_type, blob, package)

    @property
    def blob(self) -> bytes:
        """The part's bytes as read."""
        return self._xml

    @lazyproperty
    def styles(self) -> Any:
        """The part's styles (``get_by_id`` as python-docx's ``Styles``)."""
        return LazyStyles(self._xml)


PLAIN_PARTS: dict[type[Part], type[Part]] = {
    DocumentPart: PlainDocumentPart,
    StylesPart: LazyStylesPart,
}


class PlainPartFactory(PartFactory):
    """python-docx's part factory (its class selector first, then the content-type map),
    with the document and styles parts swapped for the classes above."""

    @classmethod
    def _part_cls_for(cls, content_type: str) -> type[Part]:
        chosen = cast("type[Part]", super()._part_cls_for(content_type))
        return PLAIN_PARTS.get(chosen, chosen)


def open_document_part(data: bytes) -> PlainDocumentPart:
    """The main document part of a .docx, loaded as ``docx.Document()`` loads it (the same
    errors: ``KeyError``, ``ValueError``, lxml's) but with the parts above."""
    stream = io.BytesIO(data)
    package = Package()
    reader = PackageReader.from_file(stream)  # type: ignore[no-untyped-call]
    Unmarshaller.unmarshal(reader, package, PlainPartFactory)  # type: ignore[no-untyped-call]
    part = cast(PlainDocumentPart, package.main_document_part)
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        tmpl = "file '%s' is not a Word file, content type is '%s'"
        raise ValueError(tmpl % (stream, part.content_type))
    return part
