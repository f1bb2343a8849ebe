"""What the running text of a 2019+ report states about requests, reviews and lawsuits.

Reports of the 2019 and 2021 forms restate some figures of tables 2 and 3 in their text
(全年共收到政府信息公开申请620件，上年结转5件，共办结612件，结转下年度13件；因政府信息公开引起
行政复议54件，行政诉讼8件). :func:`stated_figures` reads them, by the vocabulary in
``labels`` (``MODERN_*``), for two uses:

- the checks A11 and R5 (DOMAIN.md §2) compare them with the tables;
- when a table was not read at all (an image, a page cut before it), :func:`prose_cells`
  keys the figures that name one table cell exactly (``source.kind`` ``"prose"``) and names
  the others in a ``PROSE_FIGURES_UNKEYED`` warning, so that none is lost silently.

A clause about other things counted with the same verbs (留言, 热线, 行政许可, 上半年, one
kind of applicant or channel) is no figure of the tables; neither is an approximate one
(1500余件).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ogi.document import Provenance, warning
from ogi.interpret import labels as L

#: What each kind of stated figure is, in words (for messages).
KIND_WORDS = {
    "received": "收到申请",
    "received_all": "处理申请(含上年结转)",
    "carried_over": "上年结转",
    "handled": "办结/答复",
    "carried_forward": "结转下年度",
    "review": "行政复议",
    "litigation": "行政诉讼",
}
#: The table cell a kind names exactly, when that table was not read. 办结 may leave out
#: some results and 行政诉讼 is the sum of two cells: they are named, not keyed.
KEYED = {
    "received": "applications.new_received.total",
    "carried_over": "applications.carried_over.total",
    "carried_forward": "applications.carried_forward.total",
    "review": "review_litigation.review.total",
}


#: Sections whose text states no figure of the year's tables (problems, plans, other matters).
NO_FIGURE_SECTIONS = frozenset({"problems", "other"})
#: How far a year may lie from the report's for a figure of each kind (2021年结转…2件 in a
#: report on 2022 is carried over; 结转2023年度继续办理 carried forward).
YEAR_OFFSETS = {"carried_over": (0, -1), "carried_forward": (0, 1)}


@dataclass(frozen=True)
class StatedFigure:
    """One figure a report's text states: its kind (:data:`KIND_WORDS`), value, unit, the
    sentence as printed, and where; ``open_carry``: a received figure followed by a
    parenthesis (共收到1466件(上年度结转16件…) may include the requests carried over;
    ``zero``: a statement that none came (未收到…申请), which a printed count outweighs;
    ``ambiguous``: one of several counts printed side by side, named, never keyed."""

    kind: str
    value: int
    unit: str | None
    sentence: str
    prov: Provenance | None = None
    open_carry: bool = False
    zero: bool = False
    ambiguous: bool = False  # one of several counts side by side: no total

    def cell(self, key: str) -> dict[str, Any]:
        """The Report cell of this figure under ``key``."""
        source: dict[str, Any] = {"kind": "prose"}
        if self.prov is not None:
            source.update(self.prov.as_dict())
        return {
            "key": key,
            "value": self.value,
            "raw": self.sentence,
            "unit": self.unit,
            "source": source,
        }


def section_kind_of(kind: str, number: str) -> str:
    """A section's kind for reading its figures: a 五 or 六 whose title is not a known one
    (存在的不足及改进措施, 其他需要说明的情况) is still the problems' or other matters'."""
    if kind == "legacy_other" and number in L.LATE_SECTION_NUMBERS:
        return "problems"
    return kind


def section_lines(sections: Iterable[tuple[str, Iterable[str]]]) -> list[str]:
    """The NFKC lines of the sections (kind, texts) that may state the year's figures."""
    return [
        L.nfkc(line)
        for kind, texts in sections
        if kind not in NO_FIGURE_SECTIONS
        for text in texts
        for line in text.splitlines()
    ]


def stated_figures(
    texts: Iterable[tuple[str, Provenance | None]], year: int | None = None
) -> list[StatedFigure]:
    """The figures of each kind that ``texts`` (NFKC lines with where they were read)
    state about the report's ``year``: the first of each kind, or the first printed count
    after a statement that none came, in the order of :data:`KIND_WORDS`; then, to be named
    only (``ambiguous``), counts printed side by side and later counts of a kind that differ
    from the one kept."""
    out: dict[str, StatedFigure] = {}
    aside: list[StatedFigure] = []  # counts side by side: named after the others
    for text, prov in texts:
        if "|" in text or not ("申请" in text or "复议" in text or "诉讼" in text):
            continue  # a table's cells flattened into text, or no request, review or lawsuit
        for sentence in L.MODERN_SENTENCE_END.split(text):
            sentence = sentence.strip()
            if not sentence or L.MODERN_PART_YEAR.search(sentence):
                continue
            # 公民、法人或其他组织 together are all the applicants, no part (matched so,
            # quoted as printed)
            matching = L.MODERN_ALL_APPLICANTS.sub("申请人", sentence)
            for figure in _sentence_figures(matching, prov, year):
                if matching != sentence:
                    figure = replace(figure, sentence=sentence)
                if figure.ambiguous:
                    aside.append(figure)
                    continue
                first = out.get(figure.kind)
                if first is None or (first.zero and figure.value > 0):
                    out[figure.kind] = figure
                elif figure.value != first.value and not figure.zero:
                    # another count of the kind (15 in the overview, 16 under 三): the first
                    # is kept, this one named, never dropped
                    aside.append(replace(figure, ambiguous=True))
    ordered = sorted(out.values(), key=lambda f: list(KIND_WORDS).index(f.kind))
    return ordered + aside


def _sentence_figures(
    sentence: str, prov: Provenance | None, year: int | None
) -> list[StatedFigure]:
    found = _application_figures(sentence, prov, year)
    if (
        L.MODERN_DISCLOSURE.search(sentence)
        and not L.MODERN_REVIEW_ORGAN.search(sentence)
        and _of_year("review", _years(sentence), year)  # 2022年的复议1件已于本年审结: no
        and not L.MODERN_OTHER_TIME.search(sentence)  # 上年度…起诉1件, 去年…
    ):
        found += _review_figures(sentence, prov)
    return found


def _application_figures(
    sentence: str, prov: Provenance | None, year: int | None
) -> list[StatedFigure]:
    out: list[StatedFigure] = []
    about_requests = False
    split_total = False  # a later clause splits the total into new and carried requests
    in_breakdown = False  # a clause of 其中 parts came before
    running = False  # a running total's clause came before (…以来，共收到27件)
    elsewhen = False  # a clause of another time came before (2023年2月，…)
    sentence_year = _opening_year(sentence)
    received: list[tuple[StatedFigure, str]] = []  # each with its clause
    parts_counted = False  # a clause counting one kind or channel (企业提出的申请2件)
    handled: list[StatedFigure] = []
    for clause in L.MODERN_CLAUSE_END.split(sentence):
        if L.MODERN_OTHER_SUBJECT.search(clause):
            about_requests = False
            continue
        if L.MODERN_NOT_OWN.search(clause):
            # several bodies together (全省各级行政机关共收到…11238件): named, never keyed —
            # a government's report may count them as its own, a department's does not
            if L.MODERN_APPLICATION.search(clause):
                out += [
                    replace(f, ambiguous=True)
                    for f in _year_figures(clause, prov, sentence, year, sentence_year)
                ]
            about_requests = False
            continue
        years = _years(clause)
        running = (running or L.MODERN_RUNNING.search(clause) is not None) and not (
            year is not None and years == {year}
        )
        # another time than the year goes on to the clauses after it (2023年2月，本机关收到…)
        # until one names the year again (今年收到14件, 全年…)
        if L.MODERN_OTHER_TIME.search(clause):
            elsewhen = True
        elif L.MODERN_THIS_YEAR.search(clause) or (year is not None and years == {year}):
            elsewhen = False
        if running or elsewhen:
            continue  # 自2019年以来累计…, 去年收到9件, 3月收到1件: no year's figure
        # a breakdown goes on to the sentence's end (其中网络平台收到5件，窗口受理4件，…),
        # unless it names the body's own share (全县共收到320件，其中我局收到15件)
        opens = L.MODERN_BREAKDOWN.match(clause) is not None
        own = opens and L.MODERN_OWN.search(clause) is not None
        in_breakdown = (in_breakdown or opens) and not own
        if L.MODERN_PART_OF.search(clause.split("(", 1)[0].split("（", 1)[0]):
            parts_counted = parts_counted or (  # (其中 parts are the total's own)
                not in_breakdown
                and "申请" in clause
                and L.MODERN_ANY_COUNT.search(clause) is not None
            )
            if L.MODERN_NO_APPLICATION.search(clause) and _of_year("received", years, year):
                # 未接到公民提出的公开政府信息申请: none at all
                out.append(StatedFigure("received", 0, None, sentence, prov, zero=True))
            continue  # a part (a breakdown in parentheses after a total is no part)
        if L.MODERN_APPLICATION.search(clause):
            about_requests = True
        splits = L.MODERN_SPLITS_CARRIED.search(clause) is not None
        if not about_requests or (in_breakdown and not splits):
            continue
        figures = _year_figures(clause, prov, sentence, year, sentence_year)
        # (其中6件结转下一年度办理 splits nothing: those are carried forward)
        # (…，其中…上年度结转0件: with none carried over, the total is the new requests)
        split_total = split_total or (
            in_breakdown
            and any(
                f.kind == "received" or (f.kind == "carried_over" and f.value > 0) for f in figures
            )
        )
        received += [(f, clause) for f in figures if f.kind == "received"]
        handled += [f for f in figures if f.kind == "handled"]
        if own:
            received = [(f, c) for f, c in received if c == clause]  # the body's own share
            out = [f for f in out if f.kind != "received"]
        if figures:
            out += figures
        elif L.MODERN_NO_CARRY_FORWARD.search(clause):
            out.append(StatedFigure("carried_forward", 0, None, sentence, prov, zero=True))
        elif L.MODERN_NO_APPLICATION.search(clause) and _of_year("received", sentence_year, year):
            out.append(StatedFigure("received", 0, None, sentence, prov, zero=True))
    if parts_counted and len(received) == 1 and not L.MODERN_TOTAL_WORD.search(received[0][1]):
        # 收到公民提出的…申请10件，企业提出的申请2件: one kind beside another, no total
        only = received[0][0]
        out = [replace(f, ambiguous=True) if f is only else f for f in out]
    if len(handled) > 1:  # 按时答复28件，延期答复2件: parts of the handled, no total
        out = [replace(f, ambiguous=True) if f.kind == "handled" else f for f in out]
    if split_total and out and out[0].kind == "received":
        # 共收到15件，其中本年度新收12件，上年结转3件: the 15 is both
        out[0] = replace(out[0], kind="received_all")
    elif len({f.value for f, _ in received}) > 1:
        # different counts side by side (窗口受理6件，外网受理9件; 全市系统450件，我局12件):
        # parts of a total, unless one is the sum (合计15件) or the body's own (我局受理12件);
        # the same count said twice (受理…1件，已完成…申请1件) is one
        chosen = [f for f, c in received if L.MODERN_SUM.search(c)] or [
            f for f, c in received if L.MODERN_OWN.search(c)
        ]
        keep = chosen[-1:] if len(chosen) >= 1 else []
        out = [f for f in out if f.kind != "received" or f in keep] + [
            replace(f, ambiguous=True) for f, _ in received if f not in keep
        ]
    return out


def _year_figures(
    clause: str, prov: Provenance | None, sentence: str, year: int | None, opening: set[int]
) -> list[StatedFigure]:
    """The clause's figures of the report's year: by the years the clause names, else by
    the year its sentence opens with (``opening``)."""
    years = _years(clause) or opening
    return [
        f for f in _clause_figures(clause, prov, sentence, year) if _of_year(f.kind, years, year)
    ]


def _years(text: str) -> set[int]:
    return {int(y) for y in L.YEAR_MENTION.findall(text)}


def _opening_year(sentence: str) -> set[int]:
    m = L.YEAR_MENTION.match(sentence.lstrip())
    return {int(m.group(1))} if m else set()


def _of_year(kind: str, years: set[int], year: int | None) -> bool:
    """Whether a figure of ``kind`` in words naming ``years`` is of the report's year."""
    if year is None or not years:
        return True
    allowed = {year + d for d in YEAR_OFFSETS.get(kind, (0,))}
    return years <= allowed


def _clause_figures(
    clause: str, prov: Provenance | None, sentence: str, year: int | None = None
) -> list[StatedFigure]:
    """The figures of one clause, left to right (共处理…1261件(含上年度结转申请74件): the
    earliest match of any kind first, then what follows it)."""
    out: list[StatedFigure] = []
    start = 0
    while True:
        found = [
            (m.start(), kind, m)
            for kind, pattern in L.MODERN_APPLICATION_FIGURES
            if (m := pattern.search(clause, start)) is not None
        ]
        if not found:
            return out
        _, kind, m = min(found, key=lambda f: f[0])
        start = m.end()
        if kind == "handled" and L.MODERN_NOT_HANDLED.search(clause, 0, m.start()):
            continue  # 本机关不掌握政府信息答复6条: one outcome, not all handled
        if kind == "received" and L.MODERN_NOT_REQUEST.search(m.group(0)):
            continue  # 受理群众办事申请1500件, 受理…提案23件, 自收到申请之日起20个工作日
        if kind == "carried_forward" and year is not None:
            named = _years(m.group(0))
            if named and named != {year + 1}:
                continue  # 上年度结转至2023年度办理的2件 (a report on 2023): carried over
        open_carry = kind == "received" and _carry_in_parenthesis(sentence, clause, m.end())
        out.append(StatedFigure(kind, int(m["n"]), m["u"], sentence, prov, open_carry))


def _carry_in_parenthesis(sentence: str, clause: str, end: int) -> bool:
    """Whether a parenthesis opening right after a received figure speaks of requests
    carried over (共收到1466件(上年度结转16件,…): the figure may include them)."""
    at = sentence.find(clause) + end
    if sentence[at : at + 1] not in ("(", "（"):
        return False
    inside = sentence[at + 1 :].split(")", 1)[0].split("）", 1)[0]
    return "结转" in inside or "转结" in inside  # not (上年为15件): a comparison


def _review_figures(sentence: str, prov: Provenance | None) -> list[StatedFigure]:
    out = []
    for kind, counted, none in (
        ("review", L.MODERN_REVIEW, L.MODERN_NO_REVIEW),
        ("litigation", L.MODERN_LITIGATION, L.MODERN_NO_LITIGATION),
    ):
        if (m := counted.search(sentence)) is not None:
            after = sentence[m.end() :].split("其中", 1)
            # 复议15件，其中涉及政府信息公开2件 / ，涉及政府信息公开的0件: not 15 (其中结果
            # 维持5件 is its outcomes)
            share = L.MODERN_DISCLOSURE_SHARE.search(sentence, m.end()) is not None
            if not share and (len(after) == 1 or not L.MODERN_DISCLOSURE_PART.search(after[1])):
                out.append(StatedFigure(kind, int(m["n"]), m["u"], sentence, prov))
        elif none.search(sentence) and not L.MODERN_NO_LOSS.search(sentence):
            out.append(StatedFigure(kind, 0, None, sentence, prov, zero=True))
    return out


def prose_cells(
    figures: list[StatedFigure], read_tables: set[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """For the tables not read at all (``read_tables``: those with a cell), the cells the
    figures name exactly and one ``PROSE_FIGURES_UNKEYED`` warning for the rest."""
    cells, unkeyed = [], []
    for figure in figures:
        table = "review_litigation" if figure.kind in ("review", "litigation") else "applications"
        if table in read_tables:
            continue  # the table is the better source; A11 and R5 compare them
        key = KEYED.get(figure.kind)
        if key is not None and not figure.open_carry and not figure.ambiguous:
            cells.append(figure.cell(key))
        else:
            unkeyed.append(figure)
    return cells, [_unkeyed_warning(unkeyed)] if unkeyed else []


def _unkeyed_warning(figures: list[StatedFigure]) -> dict[str, Any]:
    named = "; ".join(f"{KIND_WORDS[f.kind]} {f.value}: {f.sentence[:60]}" for f in figures)
    message = (
        f"{len(figures)} figure(s) stated in the text and not keyed (their table was not "
        f"read, and they name no one cell of it): {named}"
    )
    where = figures[0].prov.as_dict() if figures[0].prov is not None else {}
    return warning("PROSE_FIGURES_UNKEYED", message, {"kind": "prose", **where})
