"""The typed records that plugins register through hooks.

A hook implementation returns (or yields) these; the core runs them. Nothing here imports a
heavy library, so building a registry stays cheap.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ogi.document import Document
    from ogi.report import Report


class Match(enum.IntEnum):
    """How strongly an extractor claims an input; the strongest claim wins."""

    NO = 0
    SUFFIX = 1
    CONTENT = 2


class Status(enum.StrEnum):
    """The outcome for one input: a fixed set, compared and printed as plain strings."""

    OK = "ok"  # converted, every standard table complete
    PARTIAL = "partial"  # converted, but the report is incomplete (see Report.completeness)
    FAILED = "failed"  # no report: an error record says why
    SKIPPED = "skipped"  # not attempted (a suffix no extractor handles, an assembled part)


HEAD_BYTES = 8192


@dataclass(frozen=True)
class Source:
    """One input, read once by the core: its bytes, its name and where it came from."""

    data: bytes
    name: str = "<bytes>"
    path: str | None = None

    @property
    def suffix(self) -> str:
        """The lower-case file suffix including the dot ('' when none)."""
        return os.path.splitext(self.name)[1].lower()

    @property
    def head(self) -> bytes:
        """The first bytes, for content sniffing."""
        return self.data[:HEAD_BYTES]


@dataclass
class Options:
    """Options passed to an extractor; plugins may read ``extra`` for their own settings."""

    max_pages: int | None = None
    password: str | None = None
    accept_any: bool = False  # keep documents that are not annual reports (no NOT_A_REPORT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Extractor:
    """A format reader: ``claim`` looks, ``extract`` reads.

    ``claim(source) -> Match`` must never raise and never touch anything but ``source``;
    ``extract(source, options) -> Document`` raises :class:`ogi.errors.ExtractionFailed`
    for bad input.
    """

    name: str
    version: str
    suffixes: tuple[str, ...]
    claim: Callable[[Source], Match]
    extract: Callable[[Source, Options], Document]
    description: str = ""
    plugin: str = ""


@dataclass(frozen=True)
class CheckResult:
    """One evaluated consistency rule (one per column where the rule is per column)."""

    id: str
    severity: str
    ok: bool | None  # None: not evaluated (an input is a printed blank)
    message: str
    keys: tuple[str, ...] = ()


@dataclass
class Check:
    """A consistency rule family: ``run(report)`` returns the evaluated results.

    A rule that lacks its inputs (the report has no such table) returns nothing rather than a
    result that cannot fail.
    """

    id: str
    severity: str
    description: str
    run: Callable[[Report], Iterable[CheckResult]]
    plugin: str = ""


@dataclass
class Writer:
    """An output format. ``per_report`` writers produce one file per report; others one file
    for a whole run. ``render(reports)`` returns the bytes to write."""

    name: str
    suffix: str
    description: str
    per_report: bool
    render: Callable[[Sequence[Report]], bytes]
    plugin: str = ""
