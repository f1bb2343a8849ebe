"""The canonical Report record (``SCHEMA.md``) as pydantic v2 models.

The JSON form is the contract: ``Report.to_json()`` is deterministic (no timestamps, stable
order), and ``report_json_schema()`` is what ``ogi schema`` prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

from ogi.layout import is_known_key

SCHEMA_VERSION = "1.0"

Value = Optional[int | float]

TableNode = TypeAliasType("TableNode", "dict[str, TableNode | int | float | None]")


def _new_list() -> list[Any]:
    """A new empty list: the default factory of list fields. A Python function, not
    ``list``: pydantic reads a default factory's signature when it builds a schema, and a
    builtin's (from its text signature) starts Python's tokenizer, whose pattern compiles in
    ≈ 6 ms — a cost every cold start paid once (docs/performance.md)."""
    return []


def _new_dict() -> dict[str, Any]:
    """A new empty dict: the default factory of dict fields (as :func:`_new_list`)."""
    return {}


class _Model(BaseModel):
    # defer_build: a model's validator and serializer are built when it is first used, not
    # at import — a conversion builds the Report's (its parts inlined) and the few parts
    # it makes on their own, instead of one per model at every start
    model_config = ConfigDict(extra="forbid", defer_build=True)


class ExtractorInfo(_Model):
    """Which extractor produced the Document."""

    name: str
    version: str
    plugin: str


class Encoding(_Model):
    """The charset used to decode text and how it was decided (bom, meta, utf-8, …)."""

    name: str
    decided_by: str


class Part(_Model):
    """One input of a report assembled from several files (page + attachments)."""

    path: str | None = None
    sha256: str
    format: str
    role: str = "main"


class SourceInfo(_Model):
    """What was read."""

    path: str | None = None
    sha256: str
    bytes: int
    format: str
    extractor: ExtractorInfo
    pages: int | None = None
    encoding: Encoding | None = None
    parts: list[Part] = Field(default_factory=_new_list)


class Period(_Model):
    """The statistics period, ISO dates."""

    start: str | None = None
    end: str | None = None


class Contact(_Model):
    """Who to contact about the report, as printed (phone dashes unified to '-')."""

    office: str | None = None
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None


class Signature(_Model):
    """The signing office and date at the end of the body."""

    office: str | None = None
    date: str | None = None


class Attachment(_Model):
    """An attachment named on the page."""

    name: str
    href: str | None = None
    size: str | None = None


class Meta(_Model):
    """Report metadata; every field is null when not printed."""

    title: str | None = None
    organization: str | None = None
    #: The reporting body's normalised identity across years (``ogi.bodies``:
    #: 青禾县人民政府 = 青禾县), null when no organization is printed.
    organization_key: str | None = None
    year: int | None = None
    period: Period | None = None
    published: str | None = None
    written: str | None = None
    index_no: str | None = None
    doc_no: str | None = None
    issuer: str | None = None
    topic: str | None = None
    website: str | None = None
    contact: Contact = Field(default_factory=Contact)
    signature: Signature = Field(default_factory=Signature)
    attachments: list[Attachment] = Field(default_factory=_new_list)


class Subsection(_Model):
    """A (一)/(二)… subsection inside a top-level section."""

    number: str
    title: str
    text: str = ""


class Section(_Model):
    """A top-level numbered section (一、二、…) with its canonical kind."""

    number: str
    title: str
    kind: str
    text: str = ""
    subsections: list[Subsection] = Field(default_factory=_new_list)


class CellRecord(_Model):
    """One statistic as read: canonical key, typed value, printed text, unit, provenance."""

    key: str
    value: Value
    raw: str | None
    unit: str | None = None
    source: dict[str, Any] = Field(default_factory=_new_dict)


class CheckRecord(_Model):
    """One consistency rule applied to the report: ``ok`` is True (holds), False (fails) or
    None (not evaluated: some input is a printed blank, and a blank is not 0)."""

    id: str
    severity: Literal["error", "warning", "info"]
    ok: Optional[bool]
    message: str
    keys: list[str] = Field(default_factory=_new_list)


class WarningRecord(_Model):
    """An extraction or interpretation problem that did not stop the conversion; ``keys``
    names the statistics it concerns (docs/warnings.md lists every code)."""

    code: str
    message: str
    where: dict[str, Any] = Field(default_factory=_new_dict)
    keys: list[str] = Field(default_factory=_new_list)


class TableCompleteness(_Model):
    """How much of one standard table was read, against its shape in the template."""

    template: str = Field(description="The shape the table was measured against.")
    expected: int = Field(description="Cells the table has in that shape.")
    found: int = Field(description="Expected cells read: a printed value or a printed blank.")
    unparsed: list[str] = Field(
        default_factory=_new_list, description="Keys printed but not readable as a number."
    )
    missing: list[str] = Field(
        default_factory=_new_list, description="Keys expected and not found at all."
    )

    @property
    def complete(self) -> bool:
        """Every expected cell read, and read as a number or a blank."""
        return not self.missing and not self.unparsed


class Completeness(_Model):
    """How complete the report is: per standard table, and whether its sections were found.
    ``complete`` is False — the report is *partial* — when a table is missing or incomplete,
    a cell could not be read, or no numbered section was recognised."""

    complete: bool = True
    expected_template: Optional[str] = Field(
        default=None, description="The template the tables were measured against (null: legacy)."
    )
    tables: dict[str, TableCompleteness] = Field(default_factory=_new_dict)
    sections_found: int = 0
    reasons: list[str] = Field(
        default_factory=_new_list, description="Warning codes that make the report partial."
    )


class Report(_Model):
    """The canonical record of one OGI annual report (see SCHEMA.md)."""

    schema_version: Literal["1.0"] = "1.0"
    source: SourceInfo
    meta: Meta = Field(default_factory=Meta)
    template: Literal["2019", "2021", "legacy", "unknown"] = "unknown"
    template_by_table: dict[
        str, Literal["2019", "2021", "2019-or-2021", "mixed", "legacy-statistics"]
    ] = Field(
        default_factory=_new_dict,
        description="Template of each standard table (they can differ within one report).",
    )
    preamble: str = Field("", description="Text before the first numbered section.")
    sections: list[Section] = Field(default_factory=_new_list)
    tables: TableNode = Field(
        default_factory=_new_dict,
        description="Printed statistics nested by canonical key; leaves are int, float or null.",
    )
    cells: list[CellRecord] = Field(default_factory=_new_list)
    completeness: Completeness = Field(default_factory=Completeness)
    checks: list[CheckRecord] = Field(default_factory=_new_list)
    warnings: list[WarningRecord] = Field(default_factory=_new_list)

    def get(self, key: str, default: Any = None) -> Any:
        """The value at a dotted path of the record.

        A statistic (``applications.new_received.total``; ``tables.`` may prefix it) gives
        its printed value — ``None`` for a printed blank — or ``default`` when this report
        does not print it. Any other path of the record works too (``meta.organization``,
        ``meta.contact.phone``, ``source.pages``, ``meta.attachments.0.name``). A path that
        is neither a canonical key nor a field of the record raises ``KeyError``, so that a
        typo never reads as "not printed".
        """
        head = key.split(".", 1)[0]
        if head == "tables":
            key = key[len("tables.") :] if key != "tables" else ""
            if not key:
                return self.tables
        elif head in type(self).model_fields:
            return _field_path(self, key)
        node = _tables_path(self.tables, key)
        if node is not _MISSING:
            return node
        if is_known_key(key):
            return default
        raise KeyError(
            f"{key!r} is neither a statistic key (SCHEMA.md §2) nor a field of the report"
        )

    def lookup(self, key: str) -> Value:
        """The printed value of statistic ``key``; None when blank or not printed (no
        KeyError: for code that walks known keys, like the checks)."""
        node = _tables_path(self.tables, key)
        return None if node is _MISSING or isinstance(node, dict) else node

    def has(self, key: str) -> bool:
        """Whether the report printed the statistic at ``key`` (null counts as printed)."""
        return _tables_path(self.tables, key.removeprefix("tables.")) is not _MISSING

    def flat(self) -> Iterator[tuple[str, Value]]:
        """Every (dotted key, value) leaf of ``tables``."""
        yield from _walk(self.tables, "")

    def failed_checks(self) -> list[CheckRecord]:
        """The checks that were evaluated and did not hold (not the unevaluated ones)."""
        return [c for c in self.checks if c.ok is False]

    def cells_table(self) -> list[dict[str, Any]]:
        """The long form (SCHEMA.md §3, docs/schema-notes.md): one dict per statistic, with
        the columns of ``ogi convert --to cells``."""
        from ogi.writers.cells import rows

        return list(rows(self))

    def to_pandas(self) -> Any:
        """The long form as a ``pandas.DataFrame`` (needs pandas, which ogi does not
        require: ``pip install pandas``)."""
        try:
            import pandas as pd  # type: ignore[import-untyped]
        except ImportError:
            raise ImportError("Report.to_pandas() needs pandas: pip install pandas") from None
        from ogi.writers.cells import COLUMNS

        return pd.DataFrame(self.cells_table(), columns=list(COLUMNS))

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of the record."""
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        """Deterministic JSON: the same report gives byte-identical text (pydantic's
        serializer for indented output — the same bytes as ``json.dumps`` gave, faster)."""
        if indent is None:
            return json.dumps(self.to_dict(), ensure_ascii=False) + "\n"
        return self.model_dump_json(indent=indent) + "\n"

    def to_json_bytes(self) -> bytes:
        """``to_json()`` as UTF-8 bytes, made without the text in between (what a bulk run's
        worker writes)."""
        return self.__pydantic_serializer__.to_json(self, indent=2) + b"\n"


_MISSING: Any = object()


def _tables_path(tables: dict[str, Any], key: str) -> Any:
    node: Any = tables
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _field_path(record: BaseModel, key: str) -> Any:
    """Walk attributes, dict keys and list indexes; unknown parts raise KeyError."""
    node: Any = record
    for part in key.split("."):
        if isinstance(node, BaseModel) and part in type(node).model_fields:
            node = getattr(node, part)
        elif isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(f"{key!r}: no {part!r} in the report record")
    return node


def _walk(node: dict[str, Any], prefix: str) -> Iterator[tuple[str, Value]]:
    for name, value in node.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            yield from _walk(value, key + ".")
        else:
            yield key, value


def _index(node: dict[str, Any], prefix: str, leaves: dict[str, Value], nodes: set[str]) -> None:
    """Every leaf of ``node`` by dotted key into ``leaves``, every group into ``nodes``."""
    for name, value in node.items():
        key = prefix + name
        if isinstance(value, dict):
            nodes.add(key)
            _index(value, key + ".", leaves, nodes)
        else:
            leaves[key] = value


class ReportView:
    """A read-only index of a Report's statistics for code that reads hundreds of keys (the
    checks): the leaves of ``tables`` by dotted key, built once, with the same answers as
    :meth:`Report.has`, :meth:`Report.lookup`, :meth:`Report.get` (for statistic keys) and
    :meth:`Report.flat`. It reflects the report as it was when built: get one from
    :func:`view_of` and do not change the report while using it."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.leaves: dict[str, Value] = {}
        self.nodes: set[str] = set()
        #: What rules derive from the report and share (the text's figures for A11 and R5).
        self.derived: dict[str, Any] = {}
        _index(report.tables, "", self.leaves, self.nodes)

    @property
    def cells(self) -> list[CellRecord]:
        """The report's cells."""
        return self.report.cells

    @property
    def meta(self) -> Meta:
        """The report's metadata."""
        return self.report.meta

    @property
    def template_by_table(self) -> Mapping[str, str]:
        """The report's template per table."""
        return self.report.template_by_table

    def has(self, key: str) -> bool:
        """As :meth:`Report.has`."""
        key = key.removeprefix("tables.")
        return key in self.leaves or key in self.nodes

    def lookup(self, key: str) -> Value:
        """As :meth:`Report.lookup`."""
        return self.leaves.get(key)

    def get(self, key: str) -> Any:
        """The printed value of statistic ``key``; None when blank, not printed or a group."""
        return self.leaves.get(key.removeprefix("tables."))

    def flat(self) -> Iterator[tuple[str, Value]]:
        """As :meth:`Report.flat`."""
        return iter(self.leaves.items())


_VIEW: ContextVar[ReportView | None] = ContextVar("ogi_report_view", default=None)


@contextmanager
def shared_view(report: Report) -> Iterator[ReportView]:
    """Within the block, :func:`view_of` ``report`` gives one shared view (built once)."""
    token = _VIEW.set(view := ReportView(report))
    try:
        yield view
    finally:
        _VIEW.reset(token)


def view_of(report: Report | ReportView) -> ReportView:
    """The shared view of ``report`` when one is open (:func:`shared_view`), else a new one."""
    if isinstance(report, ReportView):
        return report
    current = _VIEW.get()
    return current if current is not None and current.report is report else ReportView(report)


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema of the Report, as ``ogi schema`` prints it."""
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://ogi.invalid/schema/report-{SCHEMA_VERSION}.json"
    return schema
