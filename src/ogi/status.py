"""The verdict of one input: a fixed set of statuses, decided in one place."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ogi.report import Report


class Status(str, enum.Enum):
    """What became of one input (manifest ``status``, ``Result.status``).

    ``ok`` and ``partial`` both produced a Report; ``partial`` means the report is known to be
    incomplete. ``failed`` carries an error code; ``skipped`` inputs were not converted (a
    suffix no extractor handles, an attachment converted with its page)."""

    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return self.value

    @property
    def has_report(self) -> bool:
        """Whether an input with this status has a Report (and output files)."""
        return self in (Status.OK, Status.PARTIAL)


def report_status(report: Report) -> Status:
    """``ok`` or ``partial`` for a converted report: the one place that decides.

    TODO(issue 12): return ``Status.PARTIAL`` when the report says its tables are incomplete
    (the completeness record issue 12 adds to the Report)."""
    del report
    return Status.OK
