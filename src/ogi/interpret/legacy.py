"""Figures stated in prose in legacy reports (before 2019), under ``legacy.*``
(DOMAIN.md §1.2, §4.7, §5.27).

Every sentence of running text is cut into clauses; each figure (a number with a unit —
``1738条``, ``三件``, ``4800余条``) is named by the words around it (see the ``#`` patterns
of :mod:`ogi.interpret.legacy_labels`), so one sentence can give several keys. A sentence
that says something did not happen (``未收到…申请``, ``未发生…行政复议、行政诉讼``) gives 0.

What is never taken for a statistic: a figure for a part of the body (``其中县直单位主动
公开1104条``), a cumulative figure (``截至目前…``), a figure in a section about problems or
plans, a label naming several channels at once. The first figure read for a key wins; a
later different one is reported as a warning. Approximate figures (``4800余条``, ``约``,
``1.2万条``) keep the printed value with ``source.approximate = true`` and a warning.
A figure of a section that states facts that no key names (``释疑解惑393次``), or that is
refused for one of the reasons above, is named in one ``PROSE_FIGURES_UNKEYED`` warning:
never dropped without a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ogi.document import Provenance, warning
from ogi.interpret import labels as L
from ogi.interpret import legacy_labels as V
from ogi.interpret.lines import Line
from ogi.interpret.sections import heading_title


@dataclass(frozen=True)
class ProseFigure:
    """A figure read from a sentence: key, value, unit, the printed sentence, where."""

    key: str
    value: int | float
    raw: str
    section: str | None
    prov: Provenance = field(default_factory=Provenance)
    unit: str | None = None
    approximate: bool = False
    #: stated in a clause opening with another year than the report's (2013年…202条)
    other_year: bool = False
    #: a 0 of a …为零 statement, which gives way to a count printed for the key
    weak_zero: bool = False
    #: the channel a consultations count names (当面咨询, 电话接听咨询): one part of them
    channel: str | None = None
    #: the kind of the section it was stated under (active_disclosure, fees…)
    topic: str | None = None

    def approximate_warning(self) -> dict[str, Any] | None:
        """The ``APPROXIMATE_FIGURE`` warning of an approximate figure ("4800余条")."""
        if not self.approximate:
            return None
        message = f"{self.key}: {self.value} is approximate as printed"
        return _warning("APPROXIMATE_FIGURE", message, self)

    def cell(self) -> dict[str, Any]:
        """The Report cell of this figure."""
        source: dict[str, Any] = {"kind": "prose", **self.prov.as_dict()}
        if self.section is not None:
            source["section"] = self.section
        if self.approximate:
            source["approximate"] = True
        return {
            "key": self.key,
            "value": self.value,
            "raw": self.raw,
            "unit": self.unit,
            "source": source,
        }


@dataclass
class _Topic:
    """The heading a line falls under: its numeral and whether its text states facts."""

    number: str | None = None
    kind: str | None = None
    facts: bool = True
    expected: int = 1
    year: int | None = None  # the report's
    own: tuple[str, ...] = ()  # the body's own names (青禾街道办事处, 青禾街道, 街道)


#: How many unkeyed figures the ``PROSE_FIGURES_UNKEYED`` message quotes (it counts all).
UNKEYED_SHOWN = 30
#: How much of a figure's label the message quotes: its whole clause up to this long, else
#: the last UNKEYED_LABEL_CHARS characters before it.
UNKEYED_CLAUSE_CHARS = 20
UNKEYED_LABEL_CHARS = 12
#: No figure seen yet in a sentence (its 其中 parts have no whole).
NO_FIGURE = "-"


def prose_figures(
    lines: list[Line], year: int | None = None, organization: str | None = None
) -> tuple[list[ProseFigure], list[dict[str, Any]]]:
    """Every legacy figure of the running text (first occurrence per key) and warnings;
    ``year``, the report's, tells another year's figures (2013年主动公开…202条) apart, and
    ``organization`` the body's own name (青禾街道共收到…) from a part of it (各街道…)."""
    found: dict[str, ProseFigure] = {}
    warnings: list[dict[str, Any]] = []
    unkeyed: list[str] = []
    topic = _Topic(year=year, own=_own_names(organization))
    previous = ""
    channels: set[str] = set()  # the channels consultations are counted by, anywhere
    for line in _joined(lines):
        _follow_heading(topic, line.text, line=True)
        quoted = _QUOTE_OPENER.search(line.printed) is not None  # one look per line
        for sentence in _sentences(line.printed):
            text = L.norm(_names_without_numbers(sentence) if quoted else sentence)
            _follow_heading(topic, text)  # a heading run into a one-line dump
            if not topic.facts:
                continue
            context = previous + text
            if "咨询" in text and not _names_other_year(text, year):
                channels.update(_consult_channels(text))
            figures = _sentence_figures(text, context, sentence.strip(), topic, line.prov)
            for figure in figures:
                if isinstance(figure, tuple):
                    unkeyed.append(_printed(sentence, text, *figure))
                elif (aside := _keep(found, figure, warnings)) is not None:
                    unkeyed.append(_shortened(aside.raw))
            previous = text
    # a figure of another year that no figure of the report's year displaced is that year's
    # (2010年我镇主动公开…30条 in a report on 2009): named, not read — unless no figure
    # printed is of the report's year (the year is then more likely misread than its prose)
    if not all(figure.other_year for figure in found.values()):
        for key in [key for key, figure in found.items() if figure.other_year]:
            unkeyed.append(_shortened(found.pop(key).raw))
    # one channel's consultations (电话接听咨询2.2万人次) where others are counted too (当面咨询
    # 3000余人次, 热线咨询…): a part, no total (其中 parts are not looked at: rv17_zixun_qizhong)
    consult = found.get("legacy.consultations")
    if consult is not None and consult.channel is not None and channels - {consult.channel}:
        unkeyed.append(_shortened(found.pop("legacy.consultations").raw))
    if unkeyed:
        warnings.append(_unkeyed_warning(unkeyed))
    return list(found.values()), warnings


def _printed(sentence: str, text: str, start: int, end: int) -> str:
    """The printed words of ``sentence`` behind ``text[start:end]`` (``text`` is its
    matching form: no spaces or quotes, full-width folded, numerals of quoted names masked
    one for one), so that a warning quotes the report as printed."""
    if len(sentence) == len(text) and L.norm(sentence) == sentence:
        return sentence[start:end]  # its own matching form
    lengths = [_form_length(c) for c in sentence]
    if sum(lengths) != len(text):
        return text[start:end]  # a form that is not character by character (never seen)
    first, position = None, 0
    for i, length in enumerate(lengths):
        if first is None and position >= start and length:
            first = i
        position += length
        if position >= end:
            return sentence[first if first is not None else i : i + 1]
    return text[start:end]


def _form_length(c: str) -> int:
    """How many characters ``c`` becomes in the matching form: 0 for a space or quote, 1
    for a Chinese character or ASCII (the rest asked of :func:`~ogi.interpret.labels.norm`)."""
    if "\u4e00" <= c <= "\u9fff" or ("!" <= c <= "~" and c not in "\"'"):
        return 1
    return len(L.norm(c))


def _unkeyed_warning(unkeyed: list[str]) -> dict[str, Any]:
    shown = "；".join(unkeyed[:UNKEYED_SHOWN])
    more = len(unkeyed) - UNKEYED_SHOWN
    rest = f"；… and {more} more" if more > 0 else ""
    message = (
        f"{len(unkeyed)} figure(s) stated in the report's prose have no legacy key (or name "
        f"a part of the body, a running total, another year, a category or one unit) and were not read: "
        f"{shown}{rest}"
    )
    return warning("PROSE_FIGURES_UNKEYED", message, {"kind": "prose"})


#: A heading line longer than this is a run-in heading whose text may wrap to the next line.
MAX_HEADING = 32


def _joined(lines: list[Line]) -> list[Line]:
    """Lines re-joined into paragraphs where a sentence runs on to the next line (PDF text
    lines, wrapped dumps), so that no figure loses its label; a heading line stays apart."""
    out: list[Line] = []
    for line in lines:
        if out and _runs_on(out[-1].text, line.text):
            last = out[-1]
            out[-1] = Line(last.text + line.text, last.prov, last.printed + line.printed)
        else:
            out.append(line)
    return out


def _runs_on(previous: str, text: str) -> bool:
    """Whether ``text`` continues the sentence of the line before: neither a finished
    sentence nor a heading ends that line, and ``text`` opens no heading."""
    if V.LINE_ENDS_SENTENCE.search(previous) or _opens_heading(text):
        return False
    return not (_opens_heading(previous) and len(L.norm(previous)) <= MAX_HEADING)


def _opens_heading(text: str) -> bool:
    return bool(L.h1(text) or L.h2(text))


def _keep(
    found: dict[str, ProseFigure], figure: ProseFigure, warnings: list[dict[str, Any]]
) -> ProseFigure | None:
    """Keep ``figure`` when it is the first of its key; a figure of another year (2013年…
    202条) gives way to the report year's, before or after it, and is no disagreement; a
    …为零 statement's 0 gives way to a count printed for the key (with a disagreement). The
    figure of another year set aside is returned (the caller names it)."""
    first = found.get(figure.key)
    if first is None or (first.other_year and not figure.other_year):
        found[figure.key] = figure
        return first
    if _stated_zero(first) and figure.value and not figure.other_year and figure.unit:
        # a …为零 statement's 0 gives way to a count printed for the key
        found[figure.key] = figure
        warnings.append(
            _warning(
                "PROSE_FIGURES_DIFFER",
                f"{figure.key}: {figure.value} kept, 0 also stated",
                first,
            )
        )
        return None
    if figure.other_year and not first.other_year:
        return figure
    if (
        first.value != figure.value
        and _printed_counts(first, figure)
        and _under_own_section(figure)
        and not _under_own_section(first)
    ):
        # 二、主动公开政府信息情况 …93条 over an overview's 其中主动公开文件数6件
        found[figure.key] = figure
        warnings.append(
            _warning(
                "PROSE_FIGURES_DIFFER",
                f"{figure.key}: {figure.value} kept (stated under its own section), "
                f"{first.value} also stated",
                first,
            )
        )
        return None
    if first.channel is not None and figure.channel not in (None, first.channel):
        return figure  # another channel's count (网上咨询35人次, 咨询电话700余人次): no rival
    if first.value != figure.value:
        warnings.append(
            _warning(
                "PROSE_FIGURES_DIFFER",
                f"{figure.key}: {first.value} kept, {figure.value} also stated",
                figure,
            )
        )
    return None


def _under_own_section(figure: ProseFigure) -> bool:
    """Whether a figure was stated under the section its key belongs to (an active total
    under 二、主动公开政府信息情况)."""
    return figure.topic is not None and V.KEY_SECTION.get(figure.key.split(".")[1]) == figure.topic


def _printed_counts(first: ProseFigure, figure: ProseFigure) -> bool:
    """Whether both figures are counts printed with their unit (not a none-statement's 0),
    the earlier a 其中 part and the later larger and no part itself (局机关…, 上半年…): the
    section's own total over a part of another count stated before it."""
    if first.unit is None or figure.unit is None:
        return False
    larger = isinstance(figure.value, int | float) and figure.value > first.value
    return larger and "其中" in first.raw and V.PART_WORDS.search(L.norm(figure.raw)) is None


#: The most of a sentence the unkeyed warning quotes for a figure set aside.
SHORT_SENTENCE_CHARS = 40


def _stated_zero(figure: ProseFigure) -> bool:
    """A 0 a …为零 statement gives: no count was printed (a 未收到… statement is firmer)."""
    return figure.weak_zero and not figure.other_year


def _shortened(sentence: str) -> str:
    return (
        sentence if len(sentence) <= SHORT_SENTENCE_CHARS else sentence[:SHORT_SENTENCE_CHARS] + "…"
    )


def _warning(code: str, message: str, figure: ProseFigure) -> dict[str, Any]:
    where = {"kind": "prose", **figure.prov.as_dict()}
    if figure.section is not None:
        where["section"] = figure.section
    return warning(code, f"{message}: {figure.raw}", where, [figure.key])


def _follow_heading(topic: _Topic, text: str, line: bool = False) -> None:
    """Track top-level headings, run into their text or not, by their numeral sequence; a
    ``line`` of its own may leave the sequence for a known section of another kind (one
    skipped, a page starting further on, the sequence restarted after a list of contents)."""
    m = L.h1(text)
    number = L.cn_number(m.group(1)) if m else None
    if m is None or number is None:
        return
    title = heading_title(m.group(2)) or re.split(r"[。,，;；:：]", m.group(2), maxsplit=1)[0][:30]
    kind = L.first_match(L.norm(title), L.SECTION_KINDS)
    if number != topic.expected and not (line and kind is not None and kind != topic.kind):
        # a numeral out of sequence only on a heading line of its own under a known title of
        # another kind (一 → 三, a page cut before; 一、概述 again after a list of contents
        # ran 一…五; not 一、申请情况 inside 三、依申请公开情况)
        return
    topic.number, topic.expected = m.group(1), number + 1
    topic.kind = kind
    topic.facts = not V.NOT_FACTS_TITLE.search(L.norm(title))


#: A numeral, and a short name in quotation or title marks holding one (宣传解读“创业富民30条”,
#: 《条例》第十三条 holds none inside); a mark left open (“政府网站“发布…) closes no name.
_NUMERAL = "0-9０-９一二三四五六七八九十百千万零两〇"
_NUMERALS = re.compile(f"[{_NUMERAL}]")
_QUOTED = re.compile(
    "|".join(
        f"{o}[^{o}{c}]{{0,20}}[{_NUMERAL}][^{o}{c}]{{0,20}}{c}"
        for o, c in (("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"), ('"', '"'))
    )
)
#: A quoted figure (复议“0”件, “1356”条): a count printed in quotes, no name.
_QUOTED_FIGURE = re.compile(f"^.[{_NUMERAL}余多]+.$")
_QUOTE_OPENER = re.compile('[“《「『"]')


def _names_without_numbers(sentence: str) -> str:
    """``sentence`` with the numerals inside quoted names made 某: a number in a name (a
    policy's 创业富民30条) is no count, and must not be read as one. A figure printed in
    quotes (复议“0”件) is kept."""

    def mask(m: re.Match[str]) -> str:
        name = m.group(0)
        return name if _QUOTED_FIGURE.match(name) else _NUMERALS.sub("某", name)

    return _QUOTED.sub(mask, sentence)


def _sentences(printed: str) -> list[str]:
    return [s for s in V.SENTENCE_END.split(printed) if s.strip()]


def _sentence_figures(
    text: str, context: str, raw: str, topic: _Topic, prov: Provenance
) -> Iterator[ProseFigure | tuple[int, int]]:
    """Numeric figures of one normalised sentence, then its 'none' statements; a figure
    that is not read is given as where its label and number are in ``text`` (a tuple)."""
    offset = 0
    # No figure pattern spans a clause's comma, so a sentence without one anywhere has none
    # in any clause.
    clauses = V.CLAUSE_END.split(text) if V.FIGURE_HINT.search(text) else []
    # the year the sentence is about so far: one a clause opens with (2011年，我局…), or that
    # a clause of dates only names (在2010年1月至3月，又…)
    dated: int | None = None
    unread_total = False  # the clause before ends with a number and no unit (咨询75,其中:…)
    parts_only = False  # from such a 其中 to the sentence's end
    mixed_total = mixed_parts = False  # the same after 投诉咨询310件，其中…
    after_qizhong = False  # the clause before is 其中 alone (其中，通过…)
    whole: str | None = NO_FIGURE  # the key of the last figure before (None: not read)
    whole_running = False  # that figure is a running total (累计…3000条，其中本年度新增…)
    parts: list[tuple[int, int, int, str, Any, str | None, bool, bool]] = []
    for clause in clauses:
        dated = _opening_year(clause) or dated
        figures = _clause_figures(clause, context, topic.kind, topic.own)
        # 其中 after a total printed without its unit: the parts of that total to the
        # sentence's end, none of them the total's key (其中:咨询电话接听50次 is not the
        # consultations)
        opens_qizhong = clause.lstrip().startswith("其中")
        parts_only = parts_only or (unread_total and opens_qizhong)
        mixed_parts = mixed_parts or (mixed_total and opens_qizhong)
        part_clause = opens_qizhong or after_qizhong  # 其中，通过…
        after_qizhong = clause.strip() == "其中"
        for key, value, unit, approx, start, end in figures:
            channel = (  # only the active total has channels (通过微信接受咨询265人次 is none)
                whole is None
                and key == "legacy.active.total"
                and V.CHANNEL_WORDS.search(clause, 0, start) is not None
            )
            new_after_running = whole_running and V.NEW_THIS_YEAR.search(clause, 0, start)
            if (
                part_clause
                and key in V.TOTAL_KEYS
                and (whole == key or channel)
                and not new_after_running
            ):
                # a part of that key's own whole, or a channel's part of a whole not read
                # (发布各类信息356条，其中，通过县政务网主动公开…28条), never the total;
                # 共制作信息300条，其中主动公开100条 is the active total
                key = None
            if mixed_parts and key in V.MIXED_KEYS:
                key = None  # 投诉咨询3107件，其中…在线咨询820件: a part, not the consultations
            elsewhere = _clause_year_elsewhere(clause, start, topic.year) or _other_year(
                dated, topic.year
            )
            running = (
                key is not None
                and value is not None
                and _running_total(text, offset + start, topic.year)
            )
            if not part_clause:
                whole = key if value is not None else None
                whole_running = running  # (whole is this figure's key when it is read)
            if key is None or value is None or running:
                if not _is_article(clause, start):
                    yield offset + _quote_start(clause, start), offset + end
            elif parts_only:
                parts.append((offset, start, end, key, value, unit, approx, elsewhere))
            else:
                via = _consult_channel(clause, start) if key == "legacy.consultations" else None
                yield ProseFigure(
                    key,
                    value,
                    raw,
                    topic.number,
                    prov,
                    unit,
                    approx,
                    elsewhere,
                    channel=via,
                    topic=topic.kind,
                )
        offset += len(clause) + 1
        unread_total = clause.rstrip()[-1:].isdigit()
        mixed_total = "咨询" in clause and V.MIXED_TOTAL_CLAUSE.search(clause) is not None
        if "年" in clause and V.DATES_CLAUSE.match(clause):
            dated = _last_year(clause, len(clause)) or dated
    # the parts after such a 其中, when they all name one key, are parts of the total
    # printed without its unit (其中:咨询电话接听50次,当面受理咨询25次), not that key's figure
    one_key = len({part[3] for part in parts}) == 1  # every part (or the one) names one key
    for at, start, end, key, value, unit, approx, elsewhere in parts:
        if one_key and not V.PART_KEY.search(key):
            yield at + _quote_start(text[at:], start), at + end
        else:
            yield ProseFigure(
                key, value, raw, topic.number, prov, unit, approx, elsewhere, topic=topic.kind
            )
    if not V.NONE_HINT.search(text):
        return
    # a statement in a sentence about another year (2009年未收到申请 in a report on 2010)
    # 2009年，…未收到 / 2009年内… (not 2008年以来, 2008年《条例》实施后)
    elsewhere = _other_year(_opening_year(text), topic.year)
    for statement in V.NONE_STATEMENTS:
        if statement.topics and topic.kind not in statement.topics:
            continue
        m = statement.pattern.search(text)
        if m and not _about_else(statement, text, m):
            for key in statement.keys:
                yield ProseFigure(
                    key, 0, raw, topic.number, prov, other_year=elsewhere, weak_zero=statement.weak
                )


def _consult_channels(text: str) -> set[str]:
    """The channels a sentence counts consultations by, not in a clause of 其中 parts (共接待
    咨询1280人次，其中电话咨询320人次: parts of that total, no other count)."""
    out = set()
    for m in V.CONSULT_CHANNEL_FIGURE.finditer(text):
        if "其中" not in text[_clause_start(text, m.start()) : m.start()]:
            out.add(m.group(1) or m.group(2))
    return out


def _names_other_year(text: str, year: int | None) -> bool:
    """Whether a sentence names a year other than the report's (2015年电话咨询…)."""
    if year is None or "年" not in text:
        return False
    return any(int(y) != year for y in V.YEAR_MENTION.findall(text))


def _consult_channel(clause: str, start: int) -> str | None:
    """The channel the label of the consultations count at ``start`` names (当面, 电话…);
    None for a label naming two (当面咨询及来电咨询2160人次: several channels together)."""
    m = V.CONSULT_CHANNEL.search(clause, max(0, start - CONSULT_LABEL_CHARS), start)
    if m is None:
        return None
    named = set(V.CONSULT_CHANNEL_WORD.findall(clause, max(0, start - CONSULT_LABEL_CHARS), start))
    return (m.group(1) or m.group(2)) if len(named) == 1 else None


#: How far before a consultations count its channel is looked for (电话接听咨询约2.2万).
CONSULT_LABEL_CHARS = 12


def _quote_start(clause: str, start: int) -> int:
    """Where the unkeyed warning's quote of the figure at ``start`` of its clause begins:
    the clause's start when it is short, else UNKEYED_LABEL_CHARS before the figure — and
    never inside a number (由2013年的900条增加到…: not 00条增加到…)."""
    if start <= UNKEYED_CLAUSE_CHARS:
        return 0
    at = start - UNKEYED_LABEL_CHARS
    while at > 0 and clause[at - 1 : at + 1].isdigit():
        at -= 1
    return at


def _opening_year(clause: str) -> int | None:
    """The year a clause opens with (2013年主动公开政府信息202条), not a date's (2014年1月)."""
    m = V.CLAUSE_YEAR.match(clause) if "年" in clause else None
    return int(m.group(1)) if m is not None else None


def _running_total(text: str, end: int, year: int | None) -> bool:
    """Whether the figure ending the words ``text[:end]`` is a running total (截至目前…8354条,
    开博至今…), not the year's own: a running word bounded by the report's year
    (2015年1月至今, 2015年度累计, 截至目前，2015年度…) keeps it the year's."""
    found = _last(V.CUMULATIVE.finditer(text, 0, end))
    if found is None:
        return False
    if V.NEW_THIS_YEAR.search(text, found.end(), end):
        return (
            False  # 累计…3000条，其中，本年度新增…800条: the year's figure follows the running one
        )
    if year is None:
        return True
    window = text[max(0, found.start() - BOUND_CHARS) : end]
    # (the words after the figure too: …1230条(含历年))
    after = text[end : end + AFTER_FIGURE_CHARS]
    if found.group(0) in ("截至", "截止") and _year_end_only(
        text[found.start() : end] + after, year
    ):
        return False  # 截止2014年12月31日，…共主动公开: the report year's end, not a running total
    years = {int(y) for y in V.YEAR_MENTION.findall(window)}
    if years - {year}:
        return True  # another year's running total (2014年度累计 in a report on 2015)
    bounded = (years and V.YEAR_BOUND.search(window) is not None) or (
        V.YEAR_WORD_BOUND.search(window) is not None  # 全年累计, not 截至本年度末…累计
    )
    # a clause that opens with the report's year and sums it (2015年市林业局…累计418条), not
    # a running word of its own (截至目前, 至今)
    if not bounded and found.group(0) == "累计":
        bounded = _clause_of_year(text, found.start(), end, year)
    # …累计2870条(含历年), 累计3260条，其中本年度新增412条: running all the same
    sentence_end = min(
        (i for i in (text.find(c, end) for c in "。；;") if i >= 0), default=len(text)
    )
    if bounded and (
        V.RUNNING_CUES.search(text, end, end + AFTER_FIGURE_CHARS)
        or V.NEW_THIS_YEAR.search(text, end, sentence_end)
    ):
        bounded = False
    return not bounded


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``text[pos]`` starts (after the last comma, semicolon or full
    stop before it)."""
    return max(text.rfind(c, 0, pos) for c in "，,；;。") + 1


def _clause_of_year(text: str, start: int, end: int, year: int) -> bool:
    """Whether the clause holding ``text[start:end]`` opens with ``year`` and names no other."""
    opening = _clause_start(text, start)
    if opening > 1 and V.YEAR_CLAUSE_ALONE.fullmatch(
        text, _clause_start(text, opening - 1), opening
    ):
        opening = _clause_start(text, opening - 1)  # 2012年，全局累计…21条: the year its own clause
    m = V.CLAUSE_YEAR.match(text, opening)
    named = {int(y) for y in V.YEAR_MENTION.findall(text, opening, end)}
    if m is None or text[m.end() : m.end() + 1] in ("底", "末"):
        return False  # 2016年底…累计: a date, not the year
    if V.RUNNING_CUES.search(text, opening, start):
        return False  # 2016年…自开通以来累计: since the start
    return int(m.group(1)) == year and named == {year}


#: How far after a figure's start a running cue is looked for (1230条(含历年)).
AFTER_FIGURE_CHARS = 16


def _year_end_only(words: str, year: int) -> bool:
    """Whether ``words`` (from 截至 to a figure) date the report year's end (截止2014年12月31日)
    and hold no other running cue (累计, 自开通以来, 含历年)."""
    ends = f"{year}年12月31日" in words or f"{year}-12-31" in words
    return ends and V.RUNNING_CUES.search(words) is None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 (the last one is wanted)
        continue
    return last


#: How far before a running word the report's year may bound it (2015年1月至今).
BOUND_CHARS = 12


def _clause_year_elsewhere(clause: str, start: int, year: int | None) -> bool:
    """Whether the year named before a figure in its clause makes it another year's: a later
    year (计划2010年…24条), or an earlier one that governs it (我局2009年共主动公开…120条,
    比2009年主动公开的180条); an earlier year in the background (在2008年工作的基础上…,
    (2008年修订)) does not."""
    named = _last_year(clause, start)
    if named is None or year is None or named == year:
        return False
    if named > year:
        return True
    governing = V.YEAR_GOVERNS.findall(clause, 0, start)
    background = "基础上" in clause[:start]  # 在2009年公开的基础上…
    return bool(governing) and int(governing[-1]) == named and not background


def _last_year(clause: str, end: int) -> int | None:
    """The last year named in ``clause`` before ``end`` (2010年, 2010年1月), if any."""
    if "年" not in clause:
        return None
    years = V.YEAR_MENTION.findall(clause, 0, end)
    return int(years[-1]) if years else None


def _other_year(named: int | None, year: int | None) -> bool:
    return named is not None and year is not None and named != year


def _is_article(clause: str, start: int) -> bool:
    """Whether the figure at ``start`` is a bare 一 before a classifier (作为一项重要工作, 建成一处, 由
    一名副县长): the article "a", not a count worth naming (一次, 一件 are counts)."""
    return clause[start] == "一" and clause[start + 1 : start + 2] in _ARTICLE_CLASSIFIERS


#: The classifiers after which a bare 一 is an article (一项, 一名, 一个, 一位, 一种).
_ARTICLE_CLASSIFIERS = frozenset("项名个位种处")


def _about_else(statement: V.NoneStatement, text: str, m: re.Match[str]) -> bool:
    """Whether the clause of a none-statement is about something else (its ``unless`` after
    the statement's start, its ``unless_before`` before it)."""
    if statement.unless_before is not None:
        starts = [c.end() for c in V.CLAUSE_END.finditer(text, 0, m.start())]
        item = max(starts[-1] if starts else 0, text.rfind("、", 0, m.start()) + 1)
        if statement.unless_before.search(text, item, m.start()):
            return True
    if statement.unless is None:
        return False
    clause_end = V.CLAUSE_END.search(text, m.end())
    clause = text[m.start() : clause_end.start() if clause_end else len(text)]
    return bool(statement.unless.search(clause))


def _clause_figures(
    clause: str, context: str, topic: str | None, own: tuple[str, ...] = ()
) -> Iterator[tuple[str | None, int | float | None, str | None, bool, int, int]]:
    """(key, value, unit, approximate, start, end) of each figure of a clause (key None:
    no key names it; value None: its numeral cannot be read)."""
    figures = [m for m in V.FIGURE_RE.finditer(clause) if not _is_ordinal(clause, m)]
    if not figures:
        return
    bounds = sorted(
        {m.start() for m in figures} | {m.start() for m in V.OTHER_NUMBER_RE.finditer(clause)}
    )
    second = False  # the next figure is the litigation's of 复议、诉讼分别为A件和B件
    for m in figures:
        before = max((b for b in bounds if b < m.start()), default=-1)
        label = clause[_after_number(clause, before) : m.start()]
        after = min((b for b in bounds if b > m.start()), default=len(clause))
        around = label + "#" + clause[m.end() : after]
        key = _key(around, m.group("unit"), context, topic, label, own)
        if second and label in ("和", "、", "与", ","):
            key = "legacy.litigation.total"
        second = False
        unit = "万元" if m.group("wan") and m.group("unit") == "元" else m.group("unit")
        approx = bool(m.group("about") or m.group("approx") or m.group("wan"))
        value = _value(m)
        # (after the label's last 复议: a heading run into the text names both too)
        joint = key == "legacy.review.total" and bool(
            V.REVIEW_AND_LITIGATION.match(label, label.rfind("复议"))
        )
        each = joint and label.endswith("各")  # 复议和诉讼各1件: each has it
        apart = joint and "分别" in label  # 分别为2件和1件: the first is the review's
        # 被申请行政复议、提起行政诉讼的案件0件: none of either; a joint count above 0
        # cannot be split between them, and is no key's
        split = joint and not each and not apart and value != 0
        second = bool(apart)
        yield None if split else key, value, unit, approx, m.start(), m.end()
        if joint and (each or (value == 0 and not apart)):
            yield "legacy.litigation.total", value, unit, approx, m.start(), m.end()
        # 专职与兼职人员各一人 (not 各科室…各1名: one per unit)
        if label.endswith("各") and label.count("各") == 1 and V.BOTH_STAFF.search(label):
            for staff in V.STAFF_KEYS:
                if staff != key:
                    yield staff, value, unit, approx, m.start(), m.end()


def _after_number(clause: str, start: int) -> int:
    """Where the text after the number starting at ``start`` begins (0 when none)."""
    if start < 0:
        return 0
    m = V.FIGURE_RE.match(clause, start) or V.OTHER_NUMBER_RE.match(clause, start)
    return m.end() if m else start


def _is_ordinal(clause: str, m: re.Match[str]) -> bool:
    """``第四期``, ``每一条`` and ``十七届人大一次会议`` are ordinals, not counts; ``七个部分`` /
    ``六个方面`` counts the report's own parts (``本报告由概述、…、行政复议…情况…共七个部分
    组成``) and ``15个工作日`` is a time limit, never a statistic."""
    if m.start() > 0 and clause[m.start() - 1] in "第每":
        return True  # 第四期; 对每一条信息 (no count)
    if m.start() > 1 and clause[m.start() - 1] in "-/" and clause[m.start() - 2].isdigit():
        return True  # 自2015-1-1起: the day of a date
    if V.WAYS_AFTER.match(clause, m.end()) is not None:
        return True  # 通过四条途径, 三项措施: a count of the ways, not of information
    if m.group("unit") == "次" and V.SESSION_RE.search(clause, max(0, m.start() - 8), m.end() + 4):
        return True  # 十七届人大一次会议: the first session of a congress
    if m.group(0) in ("一项", "一起"):  # 一项常态工作, 与…一起研究: the article, "together"
        if V.CASE_AFTER_YIQI.match(clause, m.end()) is not None:
            return False  # 一起行政复议案件, 一项政府信息公开申请
        ends = m.end() == len(clause) or clause[m.end()] in V.AFTER_COUNT
        return not (  # 行政诉讼一起。 申请一项， count; 与申请人一起核对 does not
            ends
            and V.CASE_BEFORE_YIQI.search(clause, 0, m.start()) is not None
            and V.TOGETHER_BEFORE_YIQI.search(clause, 0, m.start()) is None
        )
    if m.group("unit") == "处":  # 两处公开查询点, 查阅点2处 (places), not 秘书三处 (an office)
        return (
            V.PLACE_AFTER_CHU.match(clause, m.end()) is None
            and V.PLACE_BEFORE_CHU.search(clause, 0, m.start()) is None
        )
    # …个部分 (the report's parts), 15个工作日 (a time limit)
    return m.group("unit") == "个" and clause.startswith(V.NOT_COUNTED_AFTER_GE, m.end())


def _key(
    around: str, unit: str, context: str, topic: str | None, label: str, own: tuple[str, ...] = ()
) -> str | None:
    """The legacy key a figure's words name, or None (unknown, sub-total, ambiguous)."""
    if _names_part_of_body(label, own) and not V.WHOLE_BODY.search(label):
        return None
    if (
        "中" in label
        and (subset := V.SUBSET_OF.search(label))
        and not _channel_count(label[subset.end() :])
    ):
        return None  # a category within the total just given, not a channel's count
    if V.PER_UNIT.search(label) or _names_category(label):
        return None
    key = _pattern_key(around, unit, context, topic, label)
    if key == "legacy.active.total" and V.LIST_ITEMS.search(label):
        return None  # 主动公开了权力清单及行政审批许可事项87件: the items of a list
    if key == "legacy.active.total" and V.SENT_COPIES.search(label):
        return None  # 向市档案馆送交主动公开政府信息9件: copies sent, not the year's total
    if key in V.MIXED_KEYS and V.MIXED_COMPLAINTS.search(label):
        return None  # 各类投诉咨询310件: complaints and consultations together, neither
    petition = V.PETITIONS.search(label) and not V.PETITION_ABOUT_DISCLOSURE.search(label)
    return None if key == "legacy.complaints" and petition else key  # 处理信访投诉4起


def _pattern_key(around: str, unit: str, context: str, topic: str | None, label: str) -> str | None:
    """The key the first prose pattern that takes the figure names (or the fees' key)."""
    patterns, either = V.prose_figures_for(unit)
    if either is not None and either.search(around):  # else no pattern of the unit matches
        for pattern in patterns:
            if not pattern.pattern.search(around) or not pattern.applies(context, topic):
                continue
            if pattern.key.startswith("legacy.active.by_channel."):
                return _channel(label)
            return pattern.key
    if unit in V.UNITS_MONEY and V.FEES_LABEL.search(around) and V.FEE_CONTEXT.search(context):
        return "legacy.fees.amount_yuan" if unit == "元" else "legacy.fees.amount_wan_yuan"
    return None


def _names_category(label: str) -> bool:
    """Whether a label counts one kind of information (机构设置类信息; 主动公开政务类信息120条,
    业务类…), not a total (共发布政务类信息1560条: 共 sums them)."""
    summed = V.SUMMED_RE.search(label) is not None  # 共, not the 共 of 公共
    several = label.count("类") > 1  # 政务类、业务类和服务类320条: all of them
    label = label.removesuffix("有").removesuffix("共").removesuffix("为")  # …文件类有23件
    if label.endswith("类") and any(rx.search(label) for _, rx in V.ACTIVE_CHANNELS):
        return False  # 通过网站公开的文件类280条: the channel's count
    if label.endswith("规范性文件类"):
        return False  # 其中发布规范性文件类319条: the normative documents' own count
    return (
        "类" in label and not summed and not several and V.CATEGORY_LABEL.search(label) is not None
    )


def _channel_count(text: str) -> bool:
    """Whether ``text`` names a channel of active disclosure (网站, 微博, …) and no kind of
    document (规范性文件, 解读): a channel's count, not a category's."""
    named = any(rx.search(text) for _, rx in V.ACTIVE_CHANNELS)
    return named and not V.CATEGORY_NOUN.search(text)


def _names_part_of_body(label: str, own: tuple[str, ...] = ()) -> bool:
    """Whether a label names a part of the reporting body (其中县直单位…, 各街道), not the body
    itself (我街道, 本单位; 青禾街道 or 街道 in 青禾街道's own report)."""
    if "(" in label or "（" in label:
        label = L.NOTE_RE.sub("", label)  # (包括委属单位网站…): a note, not the label
    for m in V.PART_OF_BODY.finditer(label):
        before = label[m.start() - 1] if m.start() else ""
        if before in V.THE_BODY_ITSELF:
            continue
        if before not in V.EACH_PART and any(
            label.endswith(o, 0, m.end())
            and (len(o) > len(m.group(0)) or V.OWN_KIND_FOLLOWERS.match(label, m.end()))
            for o in own
        ):
            continue  # 青禾街道共收到…; 街道官方微信… (not 街道社区服务中心…)
        return True
    return False


def _own_names(organization: str | None) -> tuple[str, ...]:
    """The names a body's report calls it by: its name, without 办事处/人民政府 (青禾街道), and
    its kind when that is a word for a part of a body (街道: the street office itself)."""
    if not organization:
        return ()
    short = V.OWN_NAME_SUFFIX.sub("", organization)
    kind = V.PART_OF_BODY.search(short[-2:])
    names = {organization, short} | ({kind.group(0)} if kind is not None else set())
    return tuple(n for n in names if len(n) >= 2)


def _channel(label: str) -> str | None:
    """The one channel a label names; several with 其他 → ``other``; the website with 其他
    (门户网站和其他信息公开渠道) → every channel: the active total; several without, or one
    beside media that have no key (报刊、电视、政务微信) → None."""
    named = [name for name, rx in V.ACTIVE_CHANNELS if rx.search(label)]
    if V.ACTIVE_OTHER_CHANNEL.search(label):
        # (not 网站以外的其他, 通过门户网站发布被其他媒体转载)
        every = (
            V.WEBSITE_AND_OTHERS.search(label) is not None and V.OTHER_THAN.search(label) is None
        )
        return "legacy.active.total" if every else "legacy.active.by_channel.other"
    if V.UNKEYED_MEDIA.search(label):
        return None  # a keyed channel counted together with 报刊, 电视…
    if len(named) == 1 and V.OUTLET_LIST.search(label):
        return None  # 门户网站、县物价信息网及政府信息平台: several outlets together
    return f"legacy.active.by_channel.{named[0]}" if len(named) == 1 else None


def _value(m: re.Match[str]) -> int | float | None:
    number = m.group("num")
    value: int | float | None
    if number[0].isdigit():
        value = float(number) if "." in number else int(number)
    else:
        value = chinese_integer(number)
    if value is not None and m.group("wan") and m.group("unit") != "元":
        value = round(value * 10000)
    return value


def chinese_integer(text: str) -> int | None:
    """The value of a Chinese numeral below 10000 (三 → 3, 十二 → 12, 两百零五 → 205)."""
    total, digit = 0, None
    for ch in text:
        if ch in V.CN_DIGIT_VALUES:
            if digit is not None and digit != 0:
                return None
            digit = V.CN_DIGIT_VALUES[ch]
        elif ch in V.CN_MULTIPLIERS:
            total += (1 if digit is None else digit) * V.CN_MULTIPLIERS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)
