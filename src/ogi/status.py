"""The verdict of one input, decided in one place: :class:`ogi.records.Status` (ok /
partial / failed / skipped) and :func:`report_status` for a converted report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ogi.records import Status

if TYPE_CHECKING:
    from ogi.report import Report

__all__ = ["Status", "has_report", "report_status"]


def report_status(report: Report) -> Status:
    """``ok`` for a complete report, ``partial`` when its completeness says it is not (the
    one function the runner, the API and the CLI ask)."""
    return Status.OK if report.completeness.complete else Status.PARTIAL


def has_report(status: str) -> bool:
    """Whether an input with this status has a Report (and output files)."""
    return status in (Status.OK, Status.PARTIAL)
