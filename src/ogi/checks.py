"""The consistency rules (勾稽关系) of DOMAIN.md §2 with the ids of SCHEMA.md §4.

They register through ``ogi_checks`` exactly as a third party's rules would. A rule whose
inputs the report does not contain is not evaluated (it returns nothing) — it never
produces a result that cannot fail. A blank is not 0: an equation with a printed-blank (or
missing) input is reported as not evaluated (``ok: null``) with the blank keys named, never
as an arithmetic error computed from blanks counted as 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ogi.hookspecs import hookimpl
from ogi.interpret import labels as L
from ogi.records import Check, CheckResult
from ogi.report import Report

A = "applications"
T3_PARTS = L.T3_COLUMNS[:-1]
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


def _value(report: Report, key: str) -> int | float | None:
    """The printed value at ``key``; None when blank or not printed."""
    return report.lookup(key)


def _unevaluable(report: Report, keys: Iterable[str]) -> list[str]:
    """The inputs that are printed blank or missing: a rule over them is not evaluated."""
    return [k for k in keys if _value(report, k) is None]


def _not_evaluated(rule: str, label: str, keys: tuple[str, ...], gaps: list[str]) -> CheckResult:
    shown = ", ".join(gaps[:4]) + (f" and {len(gaps) - 4} more" if len(gaps) > 4 else "")
    message = f"{label}: not evaluated, blank or missing (a blank is not 0): {shown}"
    return CheckResult(rule, "error", None, message, keys)


def _total(report: Report, keys: Iterable[str]) -> int | float:
    return sum(_value(report, k) or 0 for k in keys)


def _equation(
    rule: str, label: str, total_key: str, part_keys: list[str], report: Report
) -> CheckResult:
    keys = (total_key, *part_keys)
    gaps = _unevaluable(report, keys)
    if gaps:
        return _not_evaluated(rule, label, keys, gaps)
    total, parts = _total(report, [total_key]), _total(report, part_keys)
    ok = total == parts
    message = f"{label}: {total} {'=' if ok else '≠'} {parts}"
    return CheckResult(rule, "error", ok, message, keys)


def _group_keys(report: Report, group: str, column: str) -> list[str]:
    """The printed subtotal of a result group if any, else its printed sub-rows."""
    subtotal = f"{A}.{group}.subtotal.{column}"
    if report.has(subtotal):
        return [subtotal]
    subs = L.T2_GROUP_ROWS[group]
    return [k for s in subs if report.has(k := f"{A}.{group}.{s}.{column}")]


def check_a1(report: Report) -> Iterator[CheckResult]:
    """A1: new_received + carried_over = results.total + carried_forward, per column."""
    rows = ("new_received", "carried_over", "results.total", "carried_forward")
    for col in L.T2_COLUMNS:
        keys = [f"{A}.{r}.{col}" for r in rows]
        if not all(report.has(k) for k in keys):
            continue
        label = f"{col}: 新收+结转 vs 办理结果总计+结转下年度"
        if gaps := _unevaluable(report, keys):
            yield _not_evaluated(f"A1.{col}", label, tuple(keys), gaps)
            continue
        left, right = _total(report, keys[:2]), _total(report, keys[2:])
        ok = left == right
        msg = f"{col}: 新收+结转 {left} {'=' if ok else '≠'} 办理结果总计+结转下年度 {right}"
        yield CheckResult(f"A1.{col}", "error", ok, msg, tuple(keys))


def check_a2(report: Report) -> Iterator[CheckResult]:
    """A2: (七)总计 = Σ (一)…(六), per column."""
    groups = ("results.denied", "results.unable", "results.not_processed", "results.other")
    for col in L.T2_COLUMNS:
        total = f"{A}.results.total.{col}"
        if not report.has(total) or not report.has(f"{A}.results.granted.{col}"):
            continue
        parts = [f"{A}.results.granted.{col}", f"{A}.results.partial.{col}"]
        parts = [k for k in parts if report.has(k)]
        for group in groups:
            parts += _group_keys(report, group, col)
        yield _equation(f"A2.{col}", f"{col}: 总计 vs Σ(一)…(六)", total, parts, report)


def check_a6(report: Report) -> Iterator[CheckResult]:
    """A6: a printed (六)其他处理 row agrees with its printed sub-rows."""
    for col in L.T2_COLUMNS:
        subtotal = f"{A}.results.other.subtotal.{col}"
        subs = [
            k
            for s in L.T2_GROUP_ROWS["results.other"]
            if report.has(k := f"{A}.results.other.{s}.{col}")
        ]
        if report.has(subtotal) and subs:
            yield _equation(
                f"A6.{col}", f"{col}: (六)其他处理 vs its sub-rows", subtotal, subs, report
            )


def _t2_rows(report: Report) -> list[str]:
    rows = []
    for key, _ in report.flat():
        if key.startswith(f"{A}.") and key.endswith(".total"):
            rows.append(key[len(A) + 1 : -len(".total")])
    return rows


def check_a7(report: Report) -> Iterator[CheckResult]:
    """A7: each row's 总计 = Σ of the six applicant columns."""
    for row in _t2_rows(report):
        parts = [f"{A}.{row}.{c}" for c in L.APPLICANT_COLUMNS]
        if any(report.has(k) for k in parts):
            yield _equation(
                f"A7.{row}", f"{row}: 总计 vs Σ 申请人", f"{A}.{row}.total", parts, report
            )


def _non_negative_ints(report: Report, prefix: str, rule: str, what: str) -> Iterator[CheckResult]:
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
    yield CheckResult(rule, "error", not bad, msg, tuple(bad or keys))


def check_a8(report: Report) -> Iterator[CheckResult]:
    """A8: table 2 cells are non-negative integers."""
    yield from _non_negative_ints(report, f"{A}.", "A8", "table 2")


def check_r(report: Report) -> Iterator[CheckResult]:
    """R1–R3: each review/litigation total = Σ of its four parts."""
    for i, group in enumerate(L.T3_GROUPS, start=1):
        total = f"review_litigation.{group}.total"
        if report.has(total):
            parts = [f"review_litigation.{group}.{c}" for c in T3_PARTS]
            yield _equation(f"R{i}", f"{group}: 总计 vs Σ 四项", total, parts, report)


def check_r4(report: Report) -> Iterator[CheckResult]:
    """R4: table 3 cells are non-negative integers."""
    yield from _non_negative_ints(report, "review_litigation.", "R4", "table 3")


def check_d1(report: Report) -> Iterator[CheckResult]:
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
    yield CheckResult("D1", "error", not bad, msg, tuple(bad or keys))


def check_d2(report: Report) -> Iterator[CheckResult]:
    """D2: in_force ≥ made for regulations and normative documents."""
    for item in ("regulations", "normative_documents"):
        made, in_force = (f"active_disclosure.{item}.{c}" for c in ("made", "in_force"))
        if report.get(made) is None or report.get(in_force) is None:
            continue
        ok = report.get(in_force) >= report.get(made)
        msg = f"{item}: 现行有效 {report.get(in_force)} {'≥' if ok else '<'} 本年制发 {report.get(made)}"
        yield CheckResult(f"D2.{item}", "warning", ok, msg, (in_force, made))


def check_d5(report: Report) -> Iterator[CheckResult]:
    """D5: the fees amount is plausible for 万元 (not printed in 元, not above 10⁶)."""
    key = "active_disclosure.fees.amount_wan_yuan"
    if not report.has(key):
        return
    unit = next((c.unit for c in report.cells if c.key == key), None)
    value = report.get(key)
    bad_unit = unit is not None and unit != "万元"
    too_big = value is not None and value > 1_000_000
    ok = not (bad_unit or too_big)
    msg = (
        f"收费金额 {value} 万元"
        + (f" (printed in {unit})" if bad_unit else "")
        + (" is implausibly large for 万元" if too_big else "")
    )
    yield CheckResult("D5", "warning", ok, msg, (key,))


def check_d9(report: Report) -> Iterator[CheckResult]:
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
    yield CheckResult("D9", "warning", not bad, msg, tuple(bad or keys))


def check_t1(report: Report) -> Iterator[CheckResult]:
    """T1: 2019 and 2021 template labels are not mixed."""
    by_table = report.template_by_table
    if not by_table:
        return
    definite = {v for v in by_table.values() if v in ("2019", "2021")}
    ok = "mixed" not in by_table.values() and len(definite) <= 1
    detail = ", ".join(f"{t}={v}" for t, v in by_table.items())
    head = "template labels consistent" if ok else "2019 and 2021 labels mixed"
    yield CheckResult("T1", "warning", ok, f"{head}: {detail}")


def check_y1(report: Report) -> Iterator[CheckResult]:
    """Y1: the report year, the title year and the statistics period agree."""
    meta = report.meta
    years = {"year": meta.year}
    if meta.period is not None:
        years["period.start"] = int(meta.period.start[:4]) if meta.period.start else None
        years["period.end"] = int(meta.period.end[:4]) if meta.period.end else None
    known = {k: v for k, v in years.items() if v is not None}
    if len(known) < 2:
        return
    ok = len(set(known.values())) == 1
    msg = ", ".join(f"{k}={v}" for k, v in known.items())
    yield CheckResult("Y1", "warning", ok, ("years agree: " if ok else "years disagree: ") + msg)


_RULES = (
    ("A1", "error", "新收+结转 = 办理结果总计+结转下年度, per column", check_a1),
    ("A2", "error", "办理结果总计 = Σ(一)…(六), per column", check_a2),
    ("A6", "error", "(六)其他处理 row agrees with its sub-rows", check_a6),
    ("A7", "error", "row 总计 = Σ six applicant columns", check_a7),
    ("A8", "error", "table 2 cells are non-negative integers", check_a8),
    ("R1-R3", "error", "review / litigation totals = Σ four parts", check_r),
    ("R4", "error", "table 3 cells are non-negative integers", check_r4),
    ("D1", "error", "table 1 counts and amounts non-negative", check_d1),
    ("D2", "warning", "in_force ≥ made", check_d2),
    ("D5", "warning", "fees amount plausible for 万元", check_d5),
    ("D9", "warning", "a count equal to the report year", check_d9),
    ("T1", "warning", "2019 and 2021 labels not mixed", check_t1),
    ("Y1", "warning", "report year, title year and period agree", check_y1),
)


@hookimpl
def ogi_checks() -> list[Check]:
    """The built-in rules."""
    return [Check(id=i, severity=s, description=d, run=f) for i, s, d, f in _RULES]
