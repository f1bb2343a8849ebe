"""Top-level sections (一、二、…) and their subsections ((一)(二)…).

A line opens a section only when its numeral continues the sequence (一 → 二 → …) and its
title is heading-like; so "一、存在问题。" reused inside section 五 (seed 002) stays text, and
table rows such as "四、结转下年度继续办理" never open a section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ogi.interpret import labels as L
from ogi.interpret.lines import Line

MAX_TITLE = 40


@dataclass
class SectionDraft:
    """A section being collected."""

    number: str
    title: str
    kind: str
    text: list[str] = field(default_factory=list)
    subsections: list[dict[str, object]] = field(default_factory=list)
    next_sub: int = 1
    figures: list[str] = field(default_factory=list)

    def add(self, line: Line) -> None:
        """Add a line to the section, opening a subsection when the line is one. Table
        cells flattened into text (``a |``) belong to the tables, not to the text."""
        if line.figure is not None:
            self.figures.append(line.figure)
            return
        if "|" in line.text:
            return
        sub = _subsection(line.text, self.next_sub)
        if sub is not None:
            self.subsections.append(sub)
            self.next_sub += 1
        elif self.subsections:
            self.subsections[-1]["text"] = _join(str(self.subsections[-1]["text"]), line.printed)
        else:
            self.text.append(line.printed)

    def drop(self, unwanted: set[str]) -> None:
        """Remove trailing lines that are not section text (signature, attachments)."""
        self.text = [t for t in self.text if t not in unwanted]
        for sub in self.subsections:
            kept = [t for t in str(sub["text"]).split("\n") if t not in unwanted]
            sub["text"] = "\n".join(kept)

    def as_dict(self) -> dict[str, object]:
        """The Report form of the section."""
        return {
            "number": self.number,
            "title": self.title,
            "kind": self.kind,
            "text": "\n".join(self.text),
            "subsections": self.subsections,
        }


def section_kind(title: str) -> str:
    """Canonical kind of a section title (DOMAIN.md §4.1); ``legacy_other`` if unknown."""
    return L.first_match(L.norm(title), L.SECTION_KINDS) or "legacy_other"


def split_sections(lines: list[Line]) -> tuple[list[Line], list[SectionDraft]]:
    """The lines before the first section, and the sections."""
    preamble: list[Line] = []
    sections: list[SectionDraft] = []
    for line in lines:
        opened = _open_section(line.text, len(sections) + 1)
        if opened is not None:
            sections.append(opened)
        elif sections:
            sections[-1].add(line)
        elif line.figure is None:
            preamble.append(line)
    return preamble, sections


def _open_section(text: str, expected: int) -> SectionDraft | None:
    m = L.H1_RE.match(text)
    if not m or L.cn_number(m.group(1)) != expected:
        return None
    title = m.group(2).strip()
    key = L.norm(title)
    if not key or len(key) > MAX_TITLE or "。" in title.rstrip("。"):
        return None
    if L.first_match(key, L.T2_ROWS) or L.first_match(key, L.T2_GROUPS):
        return None
    kind = section_kind(title)
    if expected == 1 and kind == "legacy_other":
        return None
    return SectionDraft(number=m.group(1), title=title.rstrip("。"), kind=kind)


def _subsection(text: str, expected: int) -> dict[str, object] | None:
    m = L.H2_RE.match(text)
    if not m or L.cn_number(m.group(1)) != expected:
        return None
    rest = m.group(2).strip()
    title, sep, body = rest.partition("。")
    if not sep:
        title, body = rest, ""
    if not title or len(L.norm(title)) > MAX_TITLE:
        return None
    if L.first_match(L.norm(title), L.T2_ROWS) or L.first_match(L.norm(title), L.T2_GROUPS):
        return None
    return {"number": f"({m.group(1)})", "title": title, "text": body.strip()}


def _join(text: str, line: str) -> str:
    return f"{text}\n{line}" if text else line
