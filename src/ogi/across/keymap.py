"""Legacy keys (reports before 2019, DOMAIN.md §4.7) and the modern keys that count the
same thing. A legacy figure stands in for the modern key only where both count the same
event; see docs/across.md for the figures deliberately left unmapped (litigation, fees,
denials, 主动公开信息数)."""

from __future__ import annotations

from collections.abc import Mapping

from ogi.report import Value

#: legacy key → modern key (SCHEMA.md §2) with the same meaning.
LEGACY_EQUIVALENTS: dict[str, str] = {
    # 收到申请数 / 受理依申请公开 N 件 = 本年新收政府信息公开申请数量 (总计)
    "legacy.applications.received": "applications.new_received.total",
    # 同意公开答复数 = (一)予以公开; 同意部分公开答复数 = (二)部分公开
    "legacy.applications.answers.granted": "applications.results.granted.total",
    "legacy.applications.answers.partial": "applications.results.partial.total",
    # 行政复议数量 and its outcomes = 行政复议 总计 / 结果维持 / 结果纠正 / 其他结果
    "legacy.review.total": "review_litigation.review.total",
    "legacy.review.maintained": "review_litigation.review.maintained",
    "legacy.review.corrected": "review_litigation.review.corrected",
    "legacy.review.other": "review_litigation.review.other",
    # 制发规范性文件总数 = 规范性文件 本年新制作数量 (2019) / 本年制发件数 (2021)
    "legacy.active.normative_docs_issued": "active_disclosure.normative_documents.made",
}
#: modern key → the legacy keys that stand in for it.
MODERN_SOURCES: dict[str, tuple[str, ...]] = {}
for _legacy, _modern in LEGACY_EQUIVALENTS.items():
    MODERN_SOURCES[_modern] = (*MODERN_SOURCES.get(_modern, ()), _legacy)


def lookup(values: Mapping[str, Value], key: str) -> tuple[str, Value] | None:
    """(the key actually read, its value) for ``key``: the key itself when the report has
    it, else a legacy key that means the same; None when neither is there."""
    if key in values:
        return key, values[key]
    for legacy in MODERN_SOURCES.get(key, ()):
        if legacy in values:
            return legacy, values[legacy]
    return None


def mapped(values: Mapping[str, Value]) -> dict[str, Value]:
    """The values with legacy figures also filed under their modern keys."""
    out = dict(values)
    for legacy, modern in LEGACY_EQUIVALENTS.items():
        if legacy in values and modern not in out:
            out[modern] = values[legacy]
    return out
