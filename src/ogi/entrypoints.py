"""The installed distributions' entry points of one group, found without importing
:mod:`importlib.metadata` (with the email, csv and zipfile modules it brings, about a tenth
of a single conversion's start-up).

The search is importlib.metadata's own for the path finder (``distributions()``): the
entries of ``sys.path`` in order, in each directory its ``*.dist-info`` / ``*.egg-info``
folders (grouped by normalised name, in the order the directory lists them) and an
``.egg``'s ``EGG-INFO``; ``entry_points.txt`` read as importlib.metadata parses it; a name
and version read from the ``METADATA`` / ``PKG-INFO`` headers. Where that search could differ
from importlib.metadata's (another finder that lists distributions, a zip file on the
path), :func:`plain_search` says so and the caller asks importlib.metadata instead."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

_ENTRY = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
_METADATA_FILES = ("METADATA", "PKG-INFO", "")


@dataclass(frozen=True)
class EntryPoint:
    """One ``name = module[:attr]`` line of a group."""

    name: str
    value: str
    group: str

    def load(self) -> Any:
        """The module (or its attribute) the entry point names, imported."""
        match = _ENTRY.match(self.value)
        if match is None:
            raise ValueError(f"malformed entry point {self.value!r}")
        obj: Any = import_module(match.group("module"))
        for attr in filter(None, (match.group("attr") or "").split(".")):
            obj = getattr(obj, attr)
        return obj


@dataclass
class Distribution:
    """A distribution's metadata folder: what a registry asks of it (its entry points, its
    ``metadata["name"]`` and ``version``), read when asked."""

    path: str
    _headers: dict[str, str] | None = field(default=None, repr=False)

    def read_text(self, filename: str) -> str | None:
        """A file of the metadata folder, None when there is none (as importlib.metadata)."""
        try:
            with open(os.path.join(self.path, filename), encoding="utf-8") as handle:
                return handle.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            return None

    def entry_points(self, group: str) -> list[EntryPoint]:
        """The entry points of ``group``, in file order."""
        text = self.read_text("entry_points.txt")
        if not text or group not in text:  # quick look: most distributions have none
            return []
        return [ep for ep in parse_entry_points(text) if ep.group == group]

    @property
    def metadata(self) -> dict[str, str]:
        """The metadata headers (the first of each name), as ``metadata["name"]`` reads."""
        if self._headers is None:
            text = next(filter(None, map(self.read_text, _METADATA_FILES)), "")
            self._headers = headers(text)
        return self._headers

    @property
    def version(self) -> str:
        """The ``Version`` header."""
        return self.metadata["version"]


class _Headers(dict[str, str]):
    """Header values by lower-cased name: ``["Name"]`` and ``["name"]`` are the same; a
    missing one is None (as importlib.metadata answers, with a warning)."""

    def __getitem__(self, key: str) -> str:
        return super().get(key.lower())  # type: ignore[return-value]

    def get(self, key: str, default: Any = None) -> Any:
        """The header ``key`` (any case), else ``default``."""
        return super().get(key.lower(), default)


def headers(text: str) -> dict[str, str]:
    """The RFC 822 headers of a metadata file (up to its first blank line), by name; the
    first of a repeated name, a folded value with its line breaks (as the email parser)."""
    pairs: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            break
        if line[0] in " \t":
            if pairs:
                pairs[-1][1] += "\n" + line
            continue
        key, sep, value = line.partition(":")
        if sep:
            pairs.append([key.strip().lower(), value.strip()])
    out = _Headers()
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def parse_entry_points(text: str) -> Iterator[EntryPoint]:
    """``entry_points.txt`` as importlib.metadata reads it: ``[group]`` lines, then
    ``name = value`` pairs; blank lines and ``#`` comments skipped."""
    group = None
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line.strip("[]")
            continue
        if group is not None:
            name, _, value = line.partition("=")
            yield EntryPoint(name.strip(), value.strip(), group)


def plain_search() -> bool:
    """Whether importlib.metadata would find distributions only where :func:`distributions`
    looks: no finder but the path finder lists distributions, and no path entry is a file
    (a zip, which importlib.metadata reads inside)."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and getattr(finder, "find_distributions", None) is not None:
            return False
    return not any(entry and os.path.isfile(entry) for entry in sys.path)


def distributions() -> Iterator[Distribution]:
    """The metadata folders on ``sys.path``, in importlib.metadata's order."""
    for entry in sys.path:
        yield from _in_directory(entry)


def _in_directory(root: str) -> Iterator[Distribution]:
    try:
        children = os.listdir(root or ".")
    except OSError:
        return
    base = os.path.basename(root).lower()
    infos: dict[str, list[str]] = {}
    eggs: dict[str, list[str]] = {}
    for child in children:
        low = child.lower()
        if low.endswith((".dist-info", ".egg-info")):
            name = _normalize(low.rpartition(".")[0].partition("-")[0])
            infos.setdefault(name, []).append(os.path.join(root, child))
        elif base.endswith(".egg") and low == "egg-info":
            name = base.rpartition(".")[0].partition("-")[0].lower().replace("-", "_")
            eggs.setdefault(name, []).append(os.path.join(root, child))
    for group in (*infos.values(), *eggs.values()):
        for path in group:
            yield Distribution(path)


def _normalize(name: str) -> str:
    """PEP 503 normalisation with underscores, as importlib.metadata's ``Prepared``."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")
