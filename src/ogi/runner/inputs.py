"""Which files a run converts: directories walked in sorted order, the run's own output
folder never walked, the same file named twice (any spelling, a symlink, a hard link)
taken once; and which of them are a page's attachments (converted with the page; found
here without the report models, which the driver of a bulk run need not import)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote

from ogi.records import ATTACHMENT_SUFFIXES

PathLike = str | os.PathLike[str]


def _identity(path: str) -> tuple[int, int] | str:
    """What makes two spellings one file: device and inode, else the resolved path."""
    try:
        st = os.stat(path)
        return (st.st_dev, st.st_ino)
    except OSError:
        return os.path.realpath(path)


def _walk(root: str, suffixes: set[str], skip: set[str]) -> Iterator[tuple[str, bool]]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and os.path.realpath(os.path.join(folder, d)) not in skip
        )
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(folder, name), Path(name).suffix.lower() in suffixes


def expand_inputs(
    paths: Iterable[PathLike], suffixes: set[str], exclude: Iterable[PathLike] = ()
) -> Iterator[tuple[str, bool]]:
    """Each input file once, as (path, wanted): ``wanted`` is False for a file found in a
    directory whose suffix no extractor handles. Folders in ``exclude`` (the output folder)
    are not walked; symlinked folders are not followed (no loops)."""
    skip = {os.path.realpath(os.fspath(p)) for p in exclude}
    seen: set[object] = set()
    for raw in paths:
        path = os.fspath(raw)
        found = _walk(path, suffixes, skip) if os.path.isdir(path) else iter([(path, True)])
        for item in found:
            key = _identity(item[0])
            if key not in seen:
                seen.add(key)
                yield item


PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_HREF = re.compile(
    rb"""href\s*=\s*["']([^"'<>]+?\.(?:"""
    + "|".join(ATTACHMENT_SUFFIXES).encode()
    + rb"""))(?:[?#][^"']*)?["']""",
    re.I,
)


def attachment_links(html: bytes) -> list[str]:
    """The attachment file names a page links to (percent-decoded base names)."""
    names = []
    for raw in _HREF.findall(html):
        name = unquote(raw.decode("utf-8", "replace").rsplit("/", 1)[-1])
        if name and name not in names:
            names.append(name)
    return names


def find_parts(paths: list[str]) -> dict[str, list[str]]:
    """Page path → the attachment files it links to that lie beside it."""
    by_dir: dict[str, set[str]] = {}
    for path in paths:
        by_dir.setdefault(os.path.dirname(path), set()).add(os.path.basename(path))
    groups: dict[str, list[str]] = {}
    for path in paths:
        if not path.lower().endswith(PAGE_SUFFIXES):
            continue
        try:
            with open(path, "rb") as handle:
                links = attachment_links(handle.read(5_000_000))
        except OSError:
            continue
        folder = os.path.dirname(path)
        parts = [os.path.join(folder, n) for n in links if n in by_dir.get(folder, set())]
        if parts:
            groups[path] = parts
    return groups
