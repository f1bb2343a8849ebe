"""Template detection from table labels, never from the year (DOMAIN.md §1.5)."""

from __future__ import annotations

import re

from ogi.interpret import labels as L

DEFINITE = ("2019", "2021")


def overall_template(
    by_table: dict[str, str], has_sections: bool, legacy_hint: bool, has_title: bool = False
) -> str:
    """The report's template: table 1 decides when it is definite, then table 2; reports
    without standard tables are ``legacy`` when they have sections or an annual report's
    title (DOMAIN.md §1.5: none of the tables' labels → legacy), else ``unknown``."""
    table1 = by_table.get("active_disclosure")
    if table1 in DEFINITE:
        return str(table1)
    if "2021" in by_table.values():
        return "2021"
    if by_table.get("applications") or table1:
        return "2019"
    if by_table.get("legacy"):
        return "legacy"
    if has_sections or legacy_hint or has_title:
        return "legacy"
    return "unknown"


def legacy_hint(section_titles: list[str]) -> bool:
    """Whether section titles (or lines opening with a numeral, where a heading runs into
    its text) use legacy wording (收费及减免, 概述, …)."""
    return any(L.LEGACY_SECTION_HINTS.search(L.norm(t)) for t in section_titles)


def cites_revised_regulation(preamble: list[str]) -> bool:
    """Whether the introduction cites the revised 《政府信息公开条例》 by an article only it
    has (第五十条), in the sentence that names the 条例."""
    return any(
        "条例" in sentence and L.MODERN_REGULATION_CITE.search(sentence) is not None
        for line in preamble
        for sentence in line.split("。")
    )


def modern_overview(subsection_titles: list[str]) -> bool:
    """Whether subsections are those the 2021 guidelines set under 一、总体情况 (two of 政府
    信息管理, 政府信息公开平台建设, 监督保障: legacy reports had none of them)."""
    return len(subsections_named(subsection_titles, L.MODERN_SUBSECTIONS)) >= MIN_MODERN_SUBSECTIONS


def subsections_named(titles: list[str], pattern: re.Pattern[str]) -> set[str]:
    """The distinct names ``pattern`` gives the whole of each subsection title (matching form)."""
    return {m.group(0) for t in titles if (m := pattern.fullmatch(L.norm(t)))}


#: How many of the 2021 overview's own subsections make the headings modern.
MIN_MODERN_SUBSECTIONS = 2


def modern_hint(section_titles: list[str]) -> bool:
    """Whether headings are those of the 2019/2021 formats (收到和处理政府信息公开申请情况)."""
    return any(L.MODERN_SECTION_HINTS.search(L.norm(t)) for t in section_titles)
