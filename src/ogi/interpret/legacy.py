"""Figures stated in prose in legacy reports (before 2019), under ``legacy.*``
(DOMAIN.md §1.2, §4.7). Each pattern is searched only in the section whose kind matches,
so a number elsewhere in the report is never taken for a statistic."""

from __future__ import annotations

from dataclasses import dataclass

from ogi.interpret import labels as L
from ogi.interpret.sections import SectionDraft

#: Which section kind each legacy key is read from.
_KIND_OF = {
    "legacy.applications.received": "applications",
    "legacy.active.total": "active_disclosure",
    "legacy.review.total": "review_litigation",
    "legacy.litigation.total": "review_litigation",
}


@dataclass(frozen=True)
class ProseFigure:
    """A figure read from a sentence: key, value, the printed phrase, the section number."""

    key: str
    value: int
    raw: str
    section: str


def prose_figures(sections: list[SectionDraft]) -> list[ProseFigure]:
    """Every legacy figure found, first occurrence per key."""
    found: dict[str, ProseFigure] = {}
    for section in sections:
        text = _section_text(section)
        for key, pattern in L.LEGACY_PROSE:
            m = pattern.search(text)
            if m and key not in found and _KIND_OF[key] == section.kind:
                found[key] = ProseFigure(key, int(m.group(1)), m.group(0), section.number)
        for key, pattern in L.LEGACY_NONE_PATTERNS:
            m = pattern.search(text)
            if m and key not in found and _KIND_OF[key] == section.kind:
                found[key] = ProseFigure(key, 0, m.group(0), section.number)
    return [found[k] for k in _KIND_OF if k in found]


def _section_text(section: SectionDraft) -> str:
    parts = list(section.text)
    for sub in section.subsections:
        parts.append(f"{sub['title']}。{sub['text']}")
    return "\n".join(parts)
