"""The OFD package: the entry file ``OFD.xml``, the document it roots, the pages in order —
and the refusals: encrypted packages and signed documents."""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any

from ogi.errors import ExtractionFailed
from ogi_office.zipcheck import read_member

READ_SIGNED = "ofd_read_signed"  # Options.extra key: read a signed OFD without verifying it


def local(tag: Any) -> str:
    """An element's name without its namespace (producers differ in prefixes)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(el: Any, name: str) -> list[Any]:
    """Direct children with a local name."""
    return [c for c in el if local(c.tag) == name]


def child(el: Any, name: str) -> Any | None:
    """The first direct child with a local name."""
    found = children(el, name)
    return found[0] if found else None


def parse_xml(data: bytes, name: str) -> Any:
    """Parse one member: no entities resolved, no network, no huge trees."""
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ExtractionFailed(f"{name} is not well-formed XML: {exc}") from exc


def resolve(base: str, loc: str) -> str:
    """A package path from a location attribute (absolute with '/', else relative)."""
    loc = loc.strip().replace("\\", "/")
    path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base, loc)
    return posixpath.normpath(path)


@dataclass
class OfdPackage:
    """What the reader needs from the package: the page content parts, in order."""

    package: zipfile.ZipFile
    pages: list[str]
    title: str | None
    signed: bool


def open_document(package: zipfile.ZipFile) -> OfdPackage:
    """Follow OFD.xml to the first document and list its pages."""
    names = set(package.namelist())
    if "OFD.xml" not in names:
        raise ExtractionFailed("not an OFD package (no OFD.xml)")
    root = parse_xml(read_member(package, "OFD.xml"), "OFD.xml")
    body = child(root, "DocBody")
    doc_root = child(body, "DocRoot") if body is not None else None
    if doc_root is None:
        raise ExtractionFailed("OFD.xml names no document (DocBody/DocRoot)")
    refuse_encrypted(root, names)
    doc_path = resolve("", doc_root.text or "")
    document = parse_xml(read_member(package, doc_path), doc_path)
    base = posixpath.dirname(doc_path)
    pages_el = child(document, "Pages")
    pages = [
        resolve(base, page.get("BaseLoc", ""))
        for page in (children(pages_el, "Page") if pages_el is not None else [])
    ]
    info = child(body, "DocInfo")
    title_el = child(info, "Title") if info is not None else None
    title = (title_el.text or "").strip() or None if title_el is not None else None
    signed = child(body, "Signatures") is not None
    return OfdPackage(package, pages, title, signed)


def refuse_encrypted(root: Any, names: set[str]) -> None:
    """ENCRYPTED for a package that declares encryption (GM/T 0099: an Encryptions entry or
    part) — its parts cannot be read without the key."""
    declared = any(local(el.tag) == "Encryptions" for el in root.iter())
    if declared or any(posixpath.basename(n).lower() == "encryptions.xml" for n in names):
        raise ExtractionFailed("encrypted OFD package (a key is needed)", code="ENCRYPTED")


def refuse_signed(ofd: OfdPackage, extra: dict[str, Any]) -> None:
    """A signed OFD (an electronic seal or signature) is refused unless the caller asks to
    read it anyway: ogi cannot verify the signature, so it will not vouch for the content."""
    if ofd.signed and not extra.get(READ_SIGNED):
        raise ExtractionFailed(
            "signed OFD (electronic seal/signature): ogi does not verify signatures; pass "
            f'Options(extra={{"{READ_SIGNED}": True}}) to read its text unverified',
            code="UNSUPPORTED_FORMAT",
        )
