"""Opening a .docx for the body reader: python-docx's package reader (content types,
relationships, every part the relationships reach and its errors, as ``docx.Document()``
reads them) over a zip the caller has opened and checked, with three differences:

- the main document part is parsed with plain lxml elements and python-docx's parser
  options (its element classes cost more per element than the parse), at the moment
  python-docx would parse it, so a damaged package fails with the same error;
- the styles part is kept as bytes and answers style look-ups through
  :class:`ogi_docx.styles.LazyStyles` (parsing a whole Word ``styles.xml`` cost more than
  the rest of the load);
- parts python-docx keeps as bytes (themes, fonts, images, ``stylesWithEffects.xml``,
  altChunks…) are inflated only when their bytes are asked for, the styles part only as
  far as its look-ups need: a member that is named but missing fails as before, a damaged
  one only when (and where) it is read.

Numbering, core properties, headers, footers, settings and comments are python-docx's own.
"""

from __future__ import annotations

import zipfile
from typing import Any, BinaryIO, cast

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.part import Part, PartFactory
from docx.opc.pkgreader import PackageReader, _ContentTypeMap
from docx.opc.shared import cls_method_fn
from docx.oxml.ns import qn
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.parts.image import ImagePart
from docx.parts.styles import StylesPart
from docx.shared import lazyproperty
from lxml import etree  # type: ignore[import-untyped]

from ogi_docx.styles import LazyStyles

PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_BODY = qn("w:body")


class Member:
    """A package member the relationships name, inflated when :meth:`read` is called."""

    def __init__(self, package: zipfile.ZipFile, name: str) -> None:
        self.package = package
        self.name = name

    def read(self) -> bytes:
        """The member's bytes (python-docx's errors for a damaged member: ``BadZipFile``,
        ``zlib.error``)."""
        return self.package.read(self.name)

    def open(self) -> BinaryIO:
        """The member as a stream, inflated as it is read (its CRC is checked at its end)."""
        return cast(BinaryIO, self.package.open(self.name))


class ReadOnDemand:
    """A python-docx part whose ``blob`` is a :class:`Member` until it is asked for."""

    _blob: Any

    @property
    def blob(self) -> bytes:
        """The part's bytes, read from the package the first time."""
        if isinstance(self._blob, Member):
            self._blob = self._blob.read()
        return cast(bytes, self._blob or b"")


class OnDemandPart(ReadOnDemand, Part):
    """python-docx's plain part (bytes it does not interpret)."""


class OnDemandImagePart(ReadOnDemand, ImagePart):
    """python-docx's image part."""


# named as python-docx's classes: messages such as "'Part' object has no attribute
# 'styles'" (a styles relationship to a part of another type) stay the same
OnDemandPart.__name__ = Part.__name__
OnDemandImagePart.__name__ = ImagePart.__name__


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


class LazyStylesPart(ReadOnDemand, StylesPart):
    """python-docx's styles part kept as bytes; ``styles`` looks styles up lazily."""

    def __init__(self, partname: Any, content_type: str, blob: Any, package: Any) -> None:
        super().__init__(partname, content_type, None, package)  # type: ignore[arg-type]
        self._blob = blob

    @classmethod
    def load(cls, partname: Any, content_type: str, blob: Any, package: Any) -> Any:
        """The part, unread."""
        return cls(partname, content_type, blob, package)

    @lazyproperty
    def styles(self) -> Any:
        """The part's styles (``get_by_id`` as python-docx's ``Styles``), read from the
        package as far as the look-ups need."""
        if isinstance(self._blob, Member):
            return LazyStyles(self._blob.open())
        return LazyStyles.of(self.blob)


#: python-docx's part classes → the ones read here (those in ON_DEMAND take a Member)
PLAIN_PARTS: dict[type[Part], type[Part]] = {
    DocumentPart: PlainDocumentPart,
    StylesPart: LazyStylesPart,
    Part: OnDemandPart,
    ImagePart: OnDemandImagePart,
}
ON_DEMAND = frozenset({LazyStylesPart, OnDemandPart, OnDemandImagePart})


def part_class(content_type: str, reltype: str) -> type[Part]:
    """The class python-docx's ``PartFactory`` picks (its selector first, then the
    content-type map), swapped through :data:`PLAIN_PARTS`."""
    chosen = None
    if PartFactory.part_class_selector is not None:
        chosen = cls_method_fn(PartFactory, "part_class_selector")(content_type, reltype)
    if chosen is None:
        chosen = PartFactory._part_cls_for(content_type)
    return PLAIN_PARTS.get(chosen, cast("type[Part]", chosen))


def load_part(
    partname: PackURI, content_type: str, reltype: str, blob: Member, package: Package
) -> Part:
    """A part as python-docx's ``PartFactory`` loads it, with the classes above."""
    chosen = part_class(content_type, reltype)
    data: Any = blob if chosen in ON_DEMAND else blob.read()
    return cast(Part, chosen.load(partname, content_type, data, package))


class ZipReader:
    """python-docx's zip reader (``content_types_xml``, ``rels_xml_for``, ``blob_for``)
    over an open zip, handing parts out as :class:`Member` s."""

    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package
        self.names = frozenset(package.namelist())

    @property
    def content_types_xml(self) -> bytes:
        """``[Content_Types].xml``."""
        return self.package.read(CONTENT_TYPES_URI.membername)

    def rels_xml_for(self, source_uri: PackURI) -> bytes | None:
        """The relationships of a part (None when it has none)."""
        name = source_uri.rels_uri.membername
        return self.package.read(name) if name in self.names else None

    def blob_for(self, pack_uri: PackURI) -> Member:
        """A part's member, unread (``KeyError`` now, as python-docx's read, when it is
        missing)."""
        self.package.getinfo(pack_uri.membername)
        return Member(self.package, pack_uri.membername)

    def close(self) -> None:
        """Nothing: the zip is the caller's, and parts read from it later."""


def open_document_part(package_zip: zipfile.ZipFile) -> PlainDocumentPart:
    """The main document part of an open .docx zip, loaded as ``docx.Document()`` loads
    it (the same errors: ``KeyError``, ``ValueError``, lxml's) but with the parts above.
    Parts read from the zip while it stays open."""
    reader = ZipReader(package_zip)
    content_types = _ContentTypeMap.from_xml(reader.content_types_xml)  # type: ignore[no-untyped-call]
    srels = PackageReader._srels_for(reader, PACKAGE_URI)  # type: ignore[no-untyped-call]
    parts = PackageReader._load_serialized_parts(reader, srels, content_types)  # type: ignore[no-untyped-call]
    package_reader = PackageReader(content_types, srels, parts)  # type: ignore[no-untyped-call]
    package = Package()
    Unmarshaller.unmarshal(package_reader, package, load_part)  # type: ignore[no-untyped-call]
    part = cast(PlainDocumentPart, package.main_document_part)
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        tmpl = "file '%s' is not a Word file, content type is '%s'"
        raise ValueError(tmpl % (package_zip.fp, part.content_type))
    return part
