"""The ``json`` writer: one deterministic JSON document per report (SCHEMA.md §1)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ogi.hookspecs import hookimpl
from ogi.records import Writer

if TYPE_CHECKING:
    from ogi.report import Report


def render(reports: Sequence[Report]) -> bytes:
    """The JSON of a single report."""
    (report,) = reports
    return report.to_json().encode("utf-8")


@hookimpl
def ogi_writers() -> list[Writer]:
    """The json writer."""
    return [Writer("json", ".json", "the canonical Report as JSON", True, render)]
