"""Top-level sections (一、二、…) and their subsections ((一)(二)…).

A line opens a section only when its numeral continues the sequence (一 → 二 → …) and its
title is heading-like; so "一、存在问题。" reused inside section 五 (seed 002) stays text, and
table rows such as "四、结转下年度继续办理" never open a section.
"""

from __future__ import annotations

import re
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
            sub["text"] = _printed_tail(line, str(sub["text"]))
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
    """The lines before the first section, and the sections. A heading run into its text
    (``一、总体情况2022年，我县…``) opens the section and its text starts the section."""
    preamble: list[Line] = []
    sections: list[SectionDraft] = []
    contents = False  # the line before was a line of a list of contents
    for i, line in enumerate(lines):
        # only a line opening with a numeral (三、) can open one: most lines answer at once
        numbered = L.h1(line.text) is not None
        if numbered:
            contents = is_contents_line(line.text) or (
                contents and L.LISTED_ALONE_RE.match(line.text) is not None
            )
        else:  # a contents line wrapped (…,(二)申请答 / 复情况,) keeps the list going
            contents = contents and L.LISTED_TAIL_RE.match(line.text) is not None
        opened = (
            _open_section(line.text, _next_number(sections)) if numbered and not contents else None
        )
        if opened is None and not sections and numbered:
            opened = _first_of_own_wording(lines, i) or (
                None if contents else _first_of_fragment(lines, i)
            )
        if opened is not None:
            draft, body = opened
            sections.append(draft)
            if body:
                draft.add(_rest_of(line, body))
        elif sections:
            sections[-1].add(line)
        elif line.figure is None:
            preamble.append(line)
    return preamble, sections


def _first_of_own_wording(lines: list[Line], i: int) -> tuple[SectionDraft, str] | None:
    """Section 一 under a title of the report's own (一、组织领导方面, in a legacy report):
    taken when it is a whole-line heading and the next lines that open with a numeral, in
    sequence, reach a section of a known kind by 三 — unknown titles alone could be any
    list."""
    m = L.h1(lines[i].text)
    if m is None or L.cn_number(m.group(1)) != 1:
        return None
    title = m.group(2).strip()
    if not _title_like(title) or L.STANDARD_SECTION_TITLE.match(title):
        return None
    # the next numbered lines, in sequence, reach a section of a known kind within a few
    # (一、加强组织领导 / 二、信息公开主要工作 / 三、依申请公开情况)
    expected = 2
    for line in lines[i + 1 :]:
        if expected > OWN_WORDING_RUN:
            return None
        if L.h1(line.text) is None:
            continue
        opened = _open_section(line.text, expected)
        if opened is None:
            return None
        if opened[0].kind != "legacy_other":
            return SectionDraft(
                number=m.group(1), title=title.rstrip("。"), kind="legacy_other"
            ), ""
        expected += 1
    return None


#: How many sections of the report's own wording may open it before one of a known kind.
OWN_WORDING_RUN = 3


def _first_of_fragment(lines: list[Line], i: int) -> tuple[SectionDraft, str] | None:
    """The first section of a page that starts further on in the report (五、…, a later page
    of an article split over several): a whole-line heading numbered above 一, taken when the
    next numbered lines follow it in sequence and at least two of the run are sections of a
    known kind (五、建议提案办理结果 / 六、咨询情况 / 七、收费及减免情况)."""
    m = L.h1(lines[i].text)
    number = L.cn_number(m.group(1)) if m is not None else None
    if m is None or number is None or number < 2:
        return None
    title = m.group(2).strip()
    if not _title_like(title) or "," in L.nfkc(title):  # (a list of contents: 二、…,(一)…,)
        return None
    known = int(section_kind(title) != "legacy_other")
    expected, run = number + 1, 1
    for line in lines[i + 1 :]:
        if L.h1(line.text) is None:
            continue
        opened = _open_section(line.text, expected)
        if opened is None:
            break
        known += int(opened[0].kind != "legacy_other")
        expected, run = expected + 1, run + 1
    if run < FRAGMENT_RUN or known < FRAGMENT_RUN:
        return None
    return SectionDraft(number=m.group(1), title=title.rstrip("。"), kind=section_kind(title)), ""


#: How many headings in sequence, and of a known kind, a page starting further on needs.
FRAGMENT_RUN = 2


def _next_number(sections: list[SectionDraft]) -> int:
    """The number the next section heading carries: one after the last section's (a lost
    heading skipped, the count of sections found is one short)."""
    if not sections:
        return 1
    return (L.cn_number(sections[-1].number) or len(sections)) + 1


def _rest_of(line: Line, body: str) -> Line:
    """The text after a run-in heading, as a line of its own (printed form kept)."""
    return Line(body, line.prov, _printed_tail(line, body))


def _printed_tail(line: Line, body: str) -> str:
    """``body`` — the end of ``line``'s matching form, after a run-in heading — as the
    line prints it (``，`` not NFKC's ``,``); the matching form when the printed end does
    not normalise to it (NFKC changed its length)."""
    printed = line.printed
    if printed == line.text:
        return body  # printed as matched (most lines): the same end
    cut = len(printed) - len(body)
    if not body or cut < 0 or L.nfkc(printed[cut:]).strip() != body:
        return body
    return printed[cut:].strip()


def _open_section(text: str, expected: int) -> tuple[SectionDraft, str] | None:
    """A section opened by ``text`` (and the text run into the heading, if any): the
    section numbered ``expected``, or a later one of the six standard sections under its
    own standard title (``三、收到和处理政府信息公开申请情况`` after 一: the heading of 二
    was lost — printed as a picture, or inside a table — and the sections after it must
    not be lost with it)."""
    m = L.h1(text)
    if not m:
        return None
    number = L.cn_number(m.group(1))
    if number != expected and not _standard_later(number, expected, m.group(2).strip()):
        return None
    rest = m.group(2).strip()
    title, body = rest, ""
    standard = L.STANDARD_SECTION_TITLE.match(rest)
    if (
        standard
        and len(L.norm(rest)) > len(L.norm(standard.group(0)))
        and not rest[standard.end() :].strip().rstrip("。")
    ):
        standard = None
    if standard:
        title, body = standard.group(0), rest[standard.end() :].strip()
    elif not _title_like(title) or "," in L.nfkc(title) and heading_title(rest) is not None:
        run_in = heading_title(rest)
        if run_in is None:
            return None
        title, body = run_in, rest[len(run_in) :].strip()
    key = L.norm(title)
    if L.first_match(key, L.T2_ROWS) or L.first_match(key, L.T2_GROUPS):
        return None
    kind = section_kind(title)
    if expected == 1 and kind == "legacy_other":
        return None
    return SectionDraft(number=m.group(1), title=title.rstrip("。"), kind=kind), body


def _standard_later(number: int | None, expected: int, rest: str) -> bool:
    """Whether ``rest`` after the numeral ``number`` is the standard title of the section
    of that number in the 2019 and 2021 formats, ``number`` being later than ``expected``."""
    if number is None or not expected < number <= len(L.STANDARD_SECTIONS):
        return False
    standard = L.STANDARD_SECTION_TITLE.match(rest)
    if standard is None and _title_like(rest):
        # a known variant of that section's title (因政府信息公开工作被申请行政复议、提起行政诉讼情况)
        return section_kind(rest) == L.STANDARD_SECTIONS[number - 1][0]
    return standard is not None and (
        section_kind(standard.group(0)) == L.STANDARD_SECTIONS[number - 1][0]
    )


def _title_like(title: str) -> bool:
    """A whole line after ``一、`` that is a heading: short, no inner full stop."""
    key = L.norm(title)
    return bool(key) and len(key) <= MAX_TITLE and "。" not in title.rstrip("。")


#: Characters that end the words a run-in title can be made of.
_TITLE_STOP = re.compile(r"[，,。；;：:！!？?\s(（]")


def heading_title(rest: str) -> str | None:
    """The title at the start of ``rest`` when a heading runs into its text: a standard
    section title (DOMAIN.md §4.1), else the longest prefix of the first clause that ends
    with a word titles end with (情况, 事项, 概述, …) and is not longer than a title."""
    m = L.STANDARD_SECTION_TITLE.match(rest)
    if m:
        return m.group(0)
    clause = _TITLE_STOP.split(rest, maxsplit=1)[0][:MAX_TITLE]
    ends = [m.end() for m in L.TITLE_END_WORD.finditer(clause) if m.end() >= 2]
    ends = [
        e
        for e in ends
        if not L.first_match(L.norm(clause[:e]), L.T2_ROWS) and clause[e : e + 1] not in _AND
    ]
    if not ends:
        return None
    # Preference: the text after the title starts like a body (一是, 2022年, 我县…); else
    # the shortest title of a known kind; else the longest candidate.
    for end in ends:
        if L.BODY_START.match(rest, end):
            return clause[:end]
    for end in ends:
        if section_kind(clause[:end]) != "legacy_other":
            return clause[:end]
    return clause[: ends[-1]]


#: A title word followed by one of these continues the title (问题与不足, 问题及改进情况).
_AND = frozenset("与及和并、")


def heading_starts(text: str) -> list[int]:
    """Where the numbered sections of a line holding a whole page start, in sequence."""
    starts: list[int] = []
    pos, expected = 0, 1
    while (found := find_heading(text, pos, expected)) is not None:
        starts.append(found)
        pos, expected = found + 2, expected + 1
    return starts


def is_contents_line(text: str, starts: list[int] | None = None) -> bool:
    """Whether a line is a list of contents (一、概述,（一）注重重点推进。,二、主动公开政府信息
    情况,…): two headings or more, each after the first following a comma, and no figure
    after the first (a page's sections follow full stops; a comma-joined page dump holds
    its figures); or one heading and its listed subheadings, no figure. Only a line with a
    comma is looked at."""
    if "," not in text and "，" not in text:
        return False
    if L.LISTED_HEADING_RE.match(text) and not any(c.isdigit() for c in text):
        return True  # one heading and its subheadings a line
    starts = heading_starts(text) if starts is None else starts
    if len(starts) < 2:
        return False
    listed = all(text[:start].rstrip()[-1:] in ",，、" for start in starts[1:])
    return listed and not any(c.isdigit() for c in text[starts[0] :])


def find_heading(text: str, start: int, expected: int) -> int | None:
    """Where the section heading numbered ``expected`` (一、 for 1) starts in a line that
    holds a whole page, searching from ``start``; a numeral followed by a table row label
    (四、结转下年度继续办理) is not a heading."""
    numeral = L.cn_numeral(expected)
    pos = text.find(numeral + "、", start)
    while pos >= 0:
        prev = text[pos - 1] if pos else ""
        if (not prev or prev not in L.CN_DIGITS) and _open_section(
            text[pos : pos + 80], expected
        ) is not None:
            return pos
        pos = text.find(numeral + "、", pos + 1)
    return None


def subsection_starts(text: str) -> list[int]:
    """Positions of subsection headings (（一） then （二） …) run into a section's text;
    only where a sentence or the text starts."""
    out: list[int] = []
    expected, pos = 1, 0
    while True:
        m = _SUB_AT.search(text, pos)
        while m and L.cn_number(m.group(1)) != expected:
            m = _SUB_AT.search(text, m.end())
        if m is None:
            return out
        out.append(m.start(0) + len(m.group(0)) - len(m.group(0).lstrip("。 ")))
        expected, pos = expected + 1, m.end()


_SUB_AT = re.compile(r"(?:^|[。\s])[(（]([一二三四五六七八九十]{1,3})[)）]")


def _subsection(text: str, expected: int) -> dict[str, object] | None:
    m = L.h2(text)
    if not m or L.cn_number(m.group(1)) != expected:
        return None
    rest = m.group(2).strip()
    title = rest.partition("。")[0]
    if len(L.norm(title)) > MAX_TITLE:
        # A heading run into its text: its first clause, if that is short enough.
        title = _TITLE_STOP.split(rest, maxsplit=1)[0]
        if len(L.norm(title)) > MAX_TITLE:
            return None
    cut = L.SUB_BODY_START.search(title, 2)
    if cut is not None:
        title = title[: cut.start()]
    body = rest[len(title) :].lstrip("。，,；;：: ")
    if not title:
        return None
    if L.first_match(L.norm(title), L.T2_ROWS) or L.first_match(L.norm(title), L.T2_GROUPS):
        return None
    return {"number": f"({m.group(1)})", "title": title, "text": body.strip()}


def _join(text: str, line: str) -> str:
    return f"{text}\n{line}" if text else line
