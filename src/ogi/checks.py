"""The consistency rules (勾稽关系) of DOMAIN.md §2 with the ids of SCHEMA.md §4.

They register through ``ogi_checks`` exactly as a third party's rules would. A rule whose
inputs the report does not contain is not evaluated (it returns nothing) — it never
produces a result that cannot fail. A blank is not 0: an equation with a printed-blank (or
missing) input is reported as not evaluated (``ok: null``) with the blank keys named, never
as an arithmetic error computed from blanks counted as 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ogi.hookspecs import hookimpl
from ogi.layout import APPLICANT_COLUMNS, T2_COLUMNS, T2_GROUP_ROWS, T3_COLUMNS, T3_GROUPS
from ogi.records import Check, CheckResult

if TYPE_CHECKING:  # the models load with the first check run, not with the registry
    from ogi.report import CellRecord, Report, ReportView


@dataclass(frozen=True)
class Outcome:
    """What a rule found for one id (``A1.total``…); severity comes from the rule."""

    id: str
    ok: bool | None  # None: not evaluated (a blank or missing input)
    message: str
    keys: tuple[str, ...] = ()


#: Every built-in rule, in declaration order.
RULES: list[Check] = []


def rule(
    family: str, severity: str, description: str
) -> Callable[
    [Callable[[ReportView], Iterable[Outcome]]], Callable[[ReportView], Iterable[Outcome]]
]:
    """Declare a rule once — id family, severity, description — and register it; the
    function yields :class:`Outcome` records, turned into ``CheckResult`` here."""

    def register(
        find: Callable[[ReportView], Iterable[Outcome]],
    ) -> Callable[[ReportView], Iterable[Outcome]]:
        def run(report: Report) -> Iterator[CheckResult]:
            from ogi.report import view_of

            for o in find(view_of(report)):
                yield CheckResult(o.id, severity, o.ok, o.message, tuple(o.keys))

        RULES.append(Check(id=family, severity=severity, description=description, run=run))
        return find

    return register


A = "applications"
T3_PARTS = T3_COLUMNS[:-1]
COUNT_COLUMNS = frozenset(
    {
        "made",
        "repealed",
        "in_force",
        "published",
        "total_published",
        "prev_items",
        "decisions",
        "items",
    }
)


def _cell_of(report: ReportView, key: str) -> CellRecord | None:
    """The cell read for ``key``, if any."""
    return next((c for c in report.cells if c.key == key), None)


def _value(report: ReportView, key: str) -> int | float | None:
    """The printed value at ``key``; None when blank or not printed."""
    return report.lookup(key)


def _unevaluable(report: ReportView, keys: Iterable[str]) -> list[str]:
    """The inputs that are printed blank or missing: a rule over them is not evaluated."""
    return [k for k in keys if _value(report, k) is None]


def _not_evaluated(
    rule: str, label: str, keys: tuple[str, ...], gaps: list[str], printed: str = ""
) -> Outcome:
    shown = ", ".join(gaps[:4]) + (f" and {len(gaps) - 4} more" if len(gaps) > 4 else "")
    message = (
        f"{label}: not evaluated, blank or missing (a blank is not 0){printed}; blank: {shown}"
    )
    return Outcome(rule, None, message, keys)


def _printed_sides(
    report: ReportView, sides: tuple[str, str], left: list[str], right: list[str], gaps: list[str]
) -> str:
    """What the printed values say when a rule is not evaluated, for a reader to judge
    (the outcome stays ``ok: null``): that both sides agree with the blanks left out, or
    that a side has no value while the other prints some (a blank 总计 beside its parts).
    A disagreement is not said: a blank may hold the difference."""
    blank = set(gaps)
    printed_left = [k for k in left if k not in blank]
    printed_right = [k for k in right if k not in blank]
    if not printed_left and not printed_right:
        return ""
    if not printed_left or not printed_right:
        empty, full = sides if not printed_left else sides[::-1]
        sums = printed_right or printed_left
        return f"; no {empty} value (blank, unreadable or missing), {full} printed: {_total(report, sums)}"
    a, b = _total(report, printed_left), _total(report, printed_right)
    return f"; with the blanks left out, {sides[0]} {a} = {sides[1]} {b}" if a == b else ""


def _total(report: ReportView, keys: Iterable[str]) -> int | float:
    return sum(_value(report, k) or 0 for k in keys)


def _equation(
    rule: str, label: str, total_key: str, part_keys: list[str], report: ReportView
) -> Outcome:
    keys = (total_key, *part_keys)
    gaps = _unevaluable(report, keys)
    if gaps:
        printed = _printed_sides(report, ("总计", "Σ"), [total_key], part_keys, gaps)
        return _not_evaluated(rule, label, keys, gaps, printed)
    total, parts = _total(report, [total_key]), _total(report, part_keys)
    ok = total == parts
    message = f"{label}: {total} {'=' if ok else '≠'} {parts}"
    return Outcome(rule, ok, message, keys)


def _group_keys(report: ReportView, group: str, column: str) -> list[str]:
    """The printed subtotal of a result group if any, else its sub-rows: all of them when
    any is printed (one not printed is then a gap, and a sum over it is not evaluated: the
    missing row may hold the difference)."""
    subtotal = f"{A}.{group}.subtotal.{column}"
    if report.has(subtotal):
        return [subtotal]
    keys = [f"{A}.{group}.{s}.{column}" for s in T2_GROUP_ROWS[group]]
    return keys if any(report.has(k) for k in keys) else []


@rule("A1", "error", "新收+结转 = 办理结果总计+结转下年度, per column")
def check_a1(report: ReportView) -> Iterator[Outcome]:
    """A1: new_received + carried_over = results.total + carried_forward, per column."""
    rows = ("new_received", "carried_over", "results.total", "carried_forward")
    for col in T2_COLUMNS:
        keys = [f"{A}.{r}.{col}" for r in rows]
        if not all(report.has(k) for k in keys):
            continue
        label = f"{col}: 新收+结转 vs 办理结果总计+结转下年度"
        if gaps := _unevaluable(report, keys):
            sides = ("新收+结转", "办理结果总计+结转下年度")
            printed = _printed_sides(report, sides, keys[:2], keys[2:], gaps)
            yield _not_evaluated(f"A1.{col}", label, tuple(keys), gaps, printed)
            continue
        left, right = _total(report, keys[:2]), _total(report, keys[2:])
        ok = left == right
        msg = f"{col}: 新收+结转 {left} {'=' if ok else '≠'} 办理结果总计+结转下年度 {right}"
        yield Outcome(f"A1.{col}", ok, msg, tuple(keys))


@rule("A2", "error", "办理结果总计 = Σ(一)…(六), per column")
def check_a2(report: ReportView) -> Iterator[Outcome]:
    """A2: (七)总计 = Σ (一)…(六), per column."""
    groups = ("results.denied", "results.unable", "results.not_processed", "results.other")
    for col in T2_COLUMNS:
        total = f"{A}.results.total.{col}"
        if not report.has(total) or not report.has(f"{A}.results.granted.{col}"):
            continue
        parts = [f"{A}.results.granted.{col}", f"{A}.results.partial.{col}"]
        parts = [k for k in parts if report.has(k)]
        for group in groups:
            parts += _group_keys(report, group, col)
        yield _equation(f"A2.{col}", f"{col}: 总计 vs Σ(一)…(六)", total, parts, report)


@rule("A6", "error", "(六)其他处理 row agrees with its sub-rows")
def check_a6(report: ReportView) -> Iterator[Outcome]:
    """A6: a printed (六)其他处理 row agrees with its printed sub-rows."""
    for col in T2_COLUMNS:
        subtotal = f"{A}.results.other.subtotal.{col}"
        subs = [
            k
            for s in T2_GROUP_ROWS["results.other"]
            if report.has(k := f"{A}.results.other.{s}.{col}")
        ]
        if report.has(subtotal) and subs:
            yield _equation(
                f"A6.{col}", f"{col}: (六)其他处理 vs its sub-rows", subtotal, subs, report
            )


def _t2_rows(report: ReportView) -> list[str]:
    rows = []
    for key, _ in report.flat():
        if key.startswith(f"{A}.") and key.endswith(".total"):
            rows.append(key[len(A) + 1 : -len(".total")])
    return rows


@rule("A7", "error", "row 总计 = Σ six applicant columns")
def check_a7(report: ReportView) -> Iterator[Outcome]:
    """A7: each row's 总计 = Σ of the six applicant columns."""
    for row in _t2_rows(report):
        parts = [f"{A}.{row}.{c}" for c in APPLICANT_COLUMNS]
        if any(report.has(k) for k in parts):
            yield _equation(
                f"A7.{row}", f"{row}: 总计 vs Σ 申请人", f"{A}.{row}.total", parts, report
            )


def _non_negative_ints(report: ReportView, prefix: str, rule: str, what: str) -> Iterator[Outcome]:
    keys = [k for k, _ in report.flat() if k.startswith(prefix)]
    if not keys:
        return
    bad = [
        k for k in keys if (v := report.get(k)) is not None and (not isinstance(v, int) or v < 0)
    ]
    msg = (
        f"{what}: all non-negative integers"
        if not bad
        else f"{what}: not a non-negative integer: "
        + ", ".join(f"{k}={report.get(k)}" for k in bad)
    )
    yield Outcome(rule, not bad, msg, tuple(bad or keys))


@rule("A8", "error", "table 2 cells are non-negative integers")
def check_a8(report: ReportView) -> Iterator[Outcome]:
    """A8: table 2 cells are non-negative integers."""
    yield from _non_negative_ints(report, f"{A}.", "A8", "table 2")


@rule("A9", "error", "办理结果总计 > 0 ⇒ 新收+结转 > 0")
def check_a9(report: ReportView) -> Iterator[Outcome]:
    """A9: requests were handled only if some were received or carried over (总计 column);
    it says what A1 cannot when 结转下年度 is not printed. A positive input holds it; a blank
    input beside zeros leaves it not evaluated."""
    handled = f"{A}.results.total.total"
    inputs = (f"{A}.new_received.total", f"{A}.carried_over.total")
    total = _value(report, handled)
    if total is None or total <= 0 or not any(report.has(k) for k in inputs):
        return
    values = [_value(report, k) for k in inputs]
    keys = (handled, *inputs)
    if any(v is not None and v > 0 for v in values):
        yield Outcome("A9", True, f"总计 {total} handled, {_total(report, inputs)} received", keys)
    elif gaps := [k for k, v in zip(inputs, values) if v is None]:
        yield _not_evaluated("A9", f"总计 {total} handled", keys, gaps)
    else:
        yield Outcome("A9", False, f"总计 {total} handled, but 新收+结转 = 0", keys)


@rule("R1-R3", "error", "review / litigation totals = Σ four parts")
def check_r(report: ReportView) -> Iterator[Outcome]:
    """R1–R3: each review/litigation total = Σ of its four parts."""
    for i, group in enumerate(T3_GROUPS, start=1):
        total = f"review_litigation.{group}.total"
        if report.has(total):
            parts = [f"review_litigation.{group}.{c}" for c in T3_PARTS]
            yield _equation(f"R{i}", f"{group}: 总计 vs Σ 四项", total, parts, report)


@rule("R4", "error", "table 3 cells are non-negative integers")
def check_r4(report: ReportView) -> Iterator[Outcome]:
    """R4: table 3 cells are non-negative integers."""
    yield from _non_negative_ints(report, "review_litigation.", "R4", "table 3")


@rule("D1", "error", "table 1 counts and amounts non-negative")
def check_d1(report: ReportView) -> Iterator[Outcome]:
    """D1: table 1 counts and amounts are non-negative (changes may be negative)."""
    keys = [
        k
        for k, _ in report.flat()
        if k.startswith("active_disclosure.") and not k.endswith(".change")
    ]
    if not keys:
        return
    bad = []
    for key in keys:
        value = report.get(key)
        is_amount = key.endswith(".amount_wan_yuan")
        if value is not None and (value < 0 or (not is_amount and not isinstance(value, int))):
            bad.append(key)
    msg = (
        "table 1 values non-negative"
        if not bad
        else "negative or fractional count: " + ", ".join(f"{k}={report.get(k)}" for k in bad)
    )
    yield Outcome("D1", not bad, msg, tuple(bad or keys))


@rule("D2", "warning", "in_force ≥ made")
def check_d2(report: ReportView) -> Iterator[Outcome]:
    """D2: in_force ≥ made for regulations and normative documents."""
    for item in ("regulations", "normative_documents"):
        made, in_force = (f"active_disclosure.{item}.{c}" for c in ("made", "in_force"))
        if report.get(made) is None or report.get(in_force) is None:
            continue
        ok = report.get(in_force) >= report.get(made)
        msg = f"{item}: 现行有效 {report.get(in_force)} {'≥' if ok else '<'} 本年制发 {report.get(made)}"
        yield Outcome(f"D2.{item}", ok, msg, (in_force, made))


@rule("D5", "warning", "fees amount plausible for 万元")
def check_d5(report: ReportView) -> Iterator[Outcome]:
    """D5: the fees amount is plausible for 万元 (not printed in 元, not above 10⁶)."""
    key = "active_disclosure.fees.amount_wan_yuan"
    if not report.has(key):
        return
    cell = _cell_of(report, key)
    unit = cell.unit if cell is not None else None
    value = report.get(key)
    bad_unit = unit is not None and unit != "万元"
    too_big = value is not None and value > 1_000_000
    ok = not (bad_unit or too_big)
    msg = (
        f"收费金额 {value} 万元"
        + (f" (printed in {unit})" if bad_unit else "")
        + (" is implausibly large for 万元" if too_big else "")
    )
    yield Outcome("D5", ok, msg, (key,))


@rule("D4", "warning", "no 规章 for a body of a county or below")
def check_d4(report: ReportView) -> Iterator[Outcome]:
    """D4: a township, street, county or district body makes no 规章 (立法法 art. 93): a
    non-zero 规章 count there is most often the province's or city's figure copied in."""
    from ogi.bodies import local_body

    keys = [k for k, _ in report.flat() if k.startswith("active_disclosure.regulations.")]
    organization = report.meta.organization
    if not keys or not local_body(organization):
        return
    bad = [k for k in keys if (report.get(k) or 0) != 0]
    msg = (
        f"{organization}: no 规章 counted"
        if not bad
        else f"{organization} is a body of a county or below, yet counts 规章: "
        + ", ".join(f"{k}={report.get(k)}" for k in bad)
    )
    yield Outcome("D4", not bad, msg, tuple(bad or keys))


@rule("D6", "warning", "本年新公开 ≤ 对外公开总数量 (2019)")
def check_d6(report: ReportView) -> Iterator[Outcome]:
    """D6: in the 2019 table 1, a year's newly published documents are part of all
    published ones."""
    for item in ("regulations", "normative_documents"):
        published, total = (
            f"active_disclosure.{item}.{c}" for c in ("published", "total_published")
        )
        if report.get(published) is None or report.get(total) is None:
            continue
        ok = report.get(published) <= report.get(total)
        msg = f"{item}: 本年新公开 {report.get(published)} {'≤' if ok else '>'} 对外公开总数量 {report.get(total)}"
        yield Outcome(f"D6.{item}", ok, msg, (published, total))


#: The 2019 table 1 columns that check D7 reads: counts, and the signed 本年增/减.
D7_COLUMNS = ("prev_items", "change", "decisions")


@rule("D7", "error", "table 1 项目数量, 增/减 and 处理决定数量 read as numbers (2019)")
def check_d7(report: ReportView) -> Iterator[Outcome]:
    """D7: the 2019 table 1 item columns hold a non-negative count (上一年项目数量, 处理决定
    数量) or a signed change (本年增/减, ``减13/增3`` read as −10); a printed text that is
    neither fails, its raw text kept in ``cells``."""
    cells = [
        c
        for c in report.cells
        if c.key.startswith("active_disclosure.") and c.key.rsplit(".", 1)[1] in D7_COLUMNS
    ]
    if not cells:
        return
    table = report.report.completeness.tables.get("active_disclosure")
    unread = set(table.unparsed) if table is not None else set()
    bad = [
        c
        for c in cells
        if c.key in unread or (c.value is not None and not isinstance(c.value, int))
    ]
    msg = (
        "table 1 item columns read as numbers"
        if not bad
        else "not read as a number: " + ", ".join(f"{c.key}={c.raw!r}" for c in bad)
    )
    yield Outcome("D7", not bad, msg, tuple(c.key for c in (bad or cells)))


@rule("D10", "warning", "采购总金额 printed with a unit")
def check_d10(report: ReportView) -> Iterator[Outcome]:
    """D10: the procurement amount is converted to 万元 only from a printed unit (in the cell
    or its header); without one its value stays null, its text kept, and this fails. A blank
    amount is not evaluated."""
    key = "active_disclosure.procurement.amount_wan_yuan"
    cell = _cell_of(report, key)
    if cell is None:
        return
    if cell.value is not None:
        yield Outcome("D10", True, f"采购总金额 {cell.value} 万元", (key,))
    elif any(w.code == "UNIT_MISSING" and key in w.keys for w in report.report.warnings):
        message = f"采购总金额 {cell.raw!r} printed without a unit: kept as text, no value"
        yield Outcome("D10", False, message, (key,))


@rule("D9", "warning", "a count equal to the report year")
def check_d9(report: ReportView) -> Iterator[Outcome]:
    """D9: a table 1 count equal to the report year or the year before (a typed year)."""
    year = report.meta.year
    keys = [
        k
        for k, _ in report.flat()
        if k.startswith("active_disclosure.") and k.rsplit(".", 1)[1] in COUNT_COLUMNS
    ]
    if year is None or not keys:
        return
    bad = [k for k in keys if report.get(k) in (year, year - 1)]
    msg = (
        "no count equals the report year"
        if not bad
        else "count equals a year (typed year?): " + ", ".join(f"{k}={report.get(k)}" for k in bad)
    )
    yield Outcome("D9", not bad, msg, tuple(bad or keys))


@rule("T1", "warning", "2019 and 2021 labels not mixed")
def check_t1(report: ReportView) -> Iterator[Outcome]:
    """T1: 2019 and 2021 template labels are not mixed."""
    by_table = report.template_by_table
    if not by_table:
        return
    definite = {v for v in by_table.values() if v in ("2019", "2021")}
    ok = "mixed" not in by_table.values() and len(definite) <= 1
    detail = ", ".join(f"{t}={v}" for t, v in by_table.items())
    head = "template labels consistent" if ok else "2019 and 2021 labels mixed"
    yield Outcome("T1", ok, f"{head}: {detail}")


@rule("Y1", "warning", "report year, title year and period agree")
def check_y1(report: ReportView) -> Iterator[Outcome]:
    """Y1: the report year, the title year and the statistics period agree."""
    from ogi.interpret.metadata import title_year

    meta = report.meta
    years = {"year": meta.year, "title": title_year(meta.title) if meta.title else None}
    if meta.period is not None:
        years["period.start"] = int(meta.period.start[:4]) if meta.period.start else None
        years["period.end"] = int(meta.period.end[:4]) if meta.period.end else None
    known = {k: v for k, v in years.items() if v is not None}
    if len(known) < 2:
        return
    ok = len(set(known.values())) == 1
    msg = ", ".join(f"{k}={v}" for k, v in known.items())
    yield Outcome("Y1", ok, ("years agree: " if ok else "years disagree: ") + msg)


# ---------------------------------------------------------------- the text against the tables

#: What a figure stated in the text (interpret.modern_prose) is compared with: the rule id,
#: and the table keys whose sum it should equal (any one of the sums, for 收到申请: the new
#: requests alone, or with those carried over).
STATED_AGAINST: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {
    "received": (
        "A11",
        ((f"{A}.new_received.total",), (f"{A}.new_received.total", f"{A}.carried_over.total")),
    ),
    "received_all": ("A11", ((f"{A}.new_received.total", f"{A}.carried_over.total"),)),
    "carried_over": ("A11", ((f"{A}.carried_over.total",),)),
    "handled": ("A11", ((f"{A}.results.total.total",),)),
    "carried_forward": ("A11", ((f"{A}.carried_forward.total",),)),
    "review": ("R5", (("review_litigation.review.total",),)),
    "litigation": (
        "R5",
        (
            (
                "review_litigation.litigation_direct.total",
                "review_litigation.litigation_after_review.total",
            ),
        ),
    ),
}


def _stated(report: ReportView) -> list[Any]:
    """The figures the report's sections state about requests, reviews and lawsuits (read
    once per report: A11 and R5 both ask)."""
    if "stated" not in report.derived:
        report.derived["stated"] = _read_stated(report)
    return list(report.derived["stated"])


def _read_stated(report: ReportView) -> list[Any]:
    from ogi.interpret.modern_prose import section_kind_of, section_lines, stated_figures

    sections = report.report.sections
    texts = section_lines(
        [("overview", [report.report.preamble])]
        + [
            (section_kind_of(s.kind, s.number), [s.text, *(sub.text for sub in s.subsections)])
            for s in sections
        ]
    )
    return stated_figures([(t, None) for t in texts], report.meta.year)


def _text_against_tables(report: ReportView, rule: str) -> Iterator[Outcome]:
    printed = _from_table(report)
    if not any(k.startswith((f"{A}.", "review_litigation.")) for k in printed):
        return
    from ogi.interpret.modern_prose import KIND_WORDS

    for figure in _stated(report):
        if figure.ambiguous:
            continue  # one of several counts side by side: no total to compare
        family, sums = STATED_AGAINST[figure.kind]
        keys = tuple(dict.fromkeys(k for s in sums for k in s))
        if family != rule or not printed.issuperset(sums[0]):
            continue
        said = f"text {KIND_WORDS[figure.kind]} {figure.value} ({figure.sentence[:40]})"
        ident = f"{rule}.{figure.kind}"
        if gaps := _unevaluable(report, sums[0]):
            yield _not_evaluated(ident, said, keys, gaps)
            continue
        totals = [
            _total(report, s) for s in sums if printed.issuperset(s) and not _unevaluable(report, s)
        ]
        ok = figure.value in totals
        shown = " or ".join(str(t) for t in dict.fromkeys(totals))
        yield Outcome(ident, ok, f"{said} {'=' if ok else '≠'} table {shown}", keys)


@rule("A11", "warning", "requests stated in the text agree with table 2")
def check_a11(report: ReportView) -> Iterator[Outcome]:
    """A11: a figure the text states about requests (共收到申请N件 — the new requests, or
    with those carried over —, 上年结转, 办结, 结转下年度) equals table 2's."""
    yield from _text_against_tables(report, "A11")


@rule("R5", "warning", "reviews and lawsuits stated in the text agree with table 3")
def check_r5(report: ReportView) -> Iterator[Outcome]:
    """R5: 行政复议N件 / 行政诉讼M件 in the text equal table 3's review total and the sum of
    its two litigation totals."""
    yield from _text_against_tables(report, "R5")


# ---------------------------------------------------------------- legacy 统计表 (DOMAIN.md §2.4)

_LA = "legacy.applications"
#: W rules: id, printed total, its printed parts, what the sum means.
LEGACY_SUMS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    (
        "W1",
        f"{_LA}.received",
        tuple(
            f"{_LA}.by_channel.{c}"
            for c in ("in_person", "fax", "email", "online", "letter", "other")
        ),
        "收到申请数 = Σ 当面/传真/电子邮件/网络/信函/其他",
    ),
    (
        "W2",
        f"{_LA}.answered",
        tuple(
            f"{_LA}.answers.{a}"
            for a in (
                "already_public",
                "granted",
                "partial",
                "denied",
                "not_this_agency",
                "not_exist",
                "asked_to_amend",
                "other_channel",
            )
        ),
        "申请答复数 = Σ 答复类型",
    ),
    (
        "W3",
        f"{_LA}.answers.denied",
        tuple(
            f"{_LA}.denied_reasons.{r}"
            for r in (
                "state_secret",
                "commercial_secret",
                "privacy",
                "security_stability",
                "not_gov_info",
                "other_law",
            )
        ),
        "不同意公开答复数 = Σ 不公开理由",
    ),
    (
        "W4",
        f"{_LA}.closed",
        (f"{_LA}.closed_on_time", f"{_LA}.closed_extended"),
        "申请办结数 = 按时办结 + 延期办结",
    ),
    (
        "W5",
        "legacy.review.total",
        tuple(f"legacy.review.{p}" for p in ("maintained", "corrected", "other")),
        "行政复议数量 = 维持 + 纠错 + 其他",
    ),
    (
        "W6",
        "legacy.litigation.total",
        tuple(f"legacy.litigation.{p}" for p in ("maintained", "corrected", "other")),
        "行政诉讼数量 = 维持/驳回 + 纠错 + 其他",
    ),
    (
        "W7",
        "legacy.org.staff",
        ("legacy.org.staff_fulltime", "legacy.org.staff_parttime"),
        "工作人员数 = 专职 + 兼职",
    ),
)


def _from_table(report: ReportView) -> set[str]:
    """Keys read from a statistics table (not from prose); found once per report (the W
    rules, A11 and R5 ask)."""
    if "from_table" not in report.derived:
        report.derived["from_table"] = {
            c.key for c in report.cells if c.source.get("kind") == "table"
        }
    found: set[str] = report.derived["from_table"]
    return found


@rule("W1-W7", "warning", "legacy 统计表: totals = Σ their printed parts")
def check_legacy_sums(report: ReportView) -> Iterator[Outcome]:
    """W1–W7: the internal sums of the 2014–2018 统计表. Evaluated only on table cells, and
    only when the total and every printed part are filled in: a blank is never taken as 0."""
    printed = _from_table(report)
    for rule, total_key, part_keys, label in LEGACY_SUMS:
        parts = [k for k in part_keys if report.has(k)]
        if total_key not in printed or not parts or not printed.issuperset(parts):
            continue  # a prose figure is no part of the table's arithmetic
        values = [report.get(k) for k in (total_key, *parts)]
        if any(v is None for v in values):
            continue
        total, summed = values[0], sum(values[1:])
        ok = total == summed
        message = f"{label}: {total} {'=' if ok else '≠'} {summed}"
        yield Outcome(rule, ok, message, (total_key, *parts))


@hookimpl
def ogi_checks() -> list[Check]:
    """The built-in rules, as declared by :func:`rule`."""
    return list(RULES)
