"""Is a readable document an OGI annual report at all? A notice, a 解读 page or any other
document gets a clear ``NOT_A_REPORT`` verdict instead of being forced into the schema."""

from __future__ import annotations

from ogi.interpret import labels as L
from ogi.report import Report

MIN_REPORT_SECTIONS = 3


def not_a_report(report: Report) -> str | None:
    """Why ``report`` is not an annual report, or None when it is one."""
    title = L.norm(report.meta.title or "")
    if title and L.COMPANION_TITLE.search(title):
        return f"the title {report.meta.title!r} names a companion document, not the annual report"
    if any(c.source.get("kind") == "table" for c in report.cells):
        return None
    head = (
        title + L.norm(report.preamble[:3000]) + "".join(L.norm(s.title) for s in report.sections)
    )
    if L.REPORT_WORDS.search(head):
        return None
    known = {s.kind for s in report.sections} - {"legacy_other"}
    if len(known) >= MIN_REPORT_SECTIONS:
        return None
    # a section found, and an introduction that lists the report's standard parts
    # (本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况…)
    listed = set(L.STANDARD_SECTION_TITLE.findall(L.norm(report.preamble[:3000])))
    if known and len(listed) >= MIN_REPORT_SECTIONS:
        return None
    return "readable, but no annual-report title, standard table or report sections were found"
