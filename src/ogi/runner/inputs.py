"""Which files a run converts: directories walked in sorted order, the run's own output
folder never walked, the same file named twice (any spelling, a symlink, a hard link)
taken once."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

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
