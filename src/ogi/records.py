"""The typed records that plugins register through hooks.

A hook implementation returns (or yields) these; the core runs them. Nothing here imports a
heavy library, so building a registry stays cheap.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, BinaryIO

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
    SKIPPED = "skipped"  # not attempted (a suffix no extractor handles)
    ASSEMBLED = "assembled"  # converted as part of another input's report (page + attachment)


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

    @cached_property
    def zip_names(self) -> frozenset[str]:
        """The member names when the bytes are a readable zip package (.docx, .xlsx, OFD…),
        else empty: read once per input, however many extractors' claims look inside."""
        if not self.data.startswith(b"PK\x03\x04"):
            return frozenset()
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(self.data)) as package:
                return frozenset(package.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return frozenset()


#: The suffixes of the attachment files report pages link to (here, not in the label
#: vocabulary whose patterns use them: a bulk run's driver reads them without compiling those).
ATTACHMENT_SUFFIXES = (
    "pdf",
    "docx",
    "doc",
    "wps",
    "xlsx",
    "xls",
    "et",
    "ofd",
    "zip",
    "rar",
    "7z",
    "txt",
)

DEFAULT_MAX_PAGES = 2000


@dataclass
class Options:
    """Options passed to an extractor; plugins may read ``extra`` for their own settings.
    ``max_pages`` refuses longer documents (TOO_LARGE); None means no limit."""

    max_pages: int | None = DEFAULT_MAX_PAGES
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
    for a whole run. ``render(reports)`` returns the bytes to write.

    A whole-run writer streams in bulk runs when it also gives ``fragment(report)`` (the bytes
    one report contributes; the file is ``header`` + fragments in path order + ``footer``);
    without it the run hands ``render`` a lazy sequence that reads one report at a time.
    ``assemble(fragments, handle)`` replaces header + fragments + footer for binary formats
    (Parquet: fragments are JSON lines, written in row groups).
    ``filename`` names its file in the output folder (default ``<name><suffix>``); ``sink``
    (``sink(path) -> ogi.runner.sinks.Sink``) replaces all of this for writers that keep
    their own store (SQLite)."""

    name: str
    suffix: str
    description: str
    per_report: bool
    render: Callable[[Sequence[Report]], bytes]
    plugin: str = ""
    fragment: Callable[[Report], bytes] | None = None
    header: bytes = b""
    footer: bytes = b""
    filename: str = ""
    sink: Callable[[str], Any] | None = None
    assemble: Callable[[Iterable[bytes], BinaryIO], None] | None = None

    @property
    def file_name(self) -> str:
        """The whole-run file's name in the output folder."""
        return self.filename or f"{self.name}{self.suffix}"
