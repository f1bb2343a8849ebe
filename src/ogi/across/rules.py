"""The cross-year checks (docs/across.md): a report against the same body's report for the
year before. Like the single-report checks, a rule is left out when either report lacks an
input, and is recorded as not evaluated (``ok`` None) when an input is a printed blank — a
blank is never counted as 0 across years.

| id | rule | severity |
|---|---|---|
| X1.<column> | applications.carried_over (Y) = applications.carried_forward (Y−1) | error |
| X2.<item>   | 2019 table 1: prev_items (Y) = prev_items (Y−1) + change (Y−1) | warning |
| X3.<item>   | 2021 table 1: in_force (Y) = in_force (Y−1) + made (Y) − repealed (Y) | warning |
| X4.<key>    | a headline count changes ≥ 10× (and the larger is ≥ 50) | warning |
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ogi import layout
from ogi.across import keymap
from ogi.across.load import Snapshot
from ogi.bodies import BodyRef, resolve_bodies
from ogi.report import Value

A = "applications"
T1 = "active_disclosure"
#: Headline counts watched by X4 (legacy figures are compared through keymap).
X4_KEYS = (
    "applications.new_received.total",
    "active_disclosure.licensing.decisions",
    "active_disclosure.punishment.decisions",
    "active_disclosure.coercion.decisions",
    "legacy.active.total",
)
#: The statistics any rule reads (to load only these from a big database).
USED_PREFIXES = (
    "applications.carried_over.",
    "applications.carried_forward.",
    "applications.new_received.total",
    "active_disclosure.",
    "legacy.",
)
X4_RATIO = 10
X4_FLOOR = 50  # below this, small counts swing freely (0 → 12 applications is normal)


def used_by_rules(key: str) -> bool:
    """Whether a cross-year rule reads the statistic ``key``."""
    return key.startswith(USED_PREFIXES)


@dataclass(frozen=True)
class CrossCheck:
    """One evaluated cross-year rule: the later report (``path``) and the earlier one."""

    id: str
    severity: str
    ok: bool | None  # None: not evaluated (a printed blank among the inputs)
    message: str
    keys: tuple[str, ...]
    body: str
    year: int
    path: str
    other_year: int
    other_path: str

    def as_dict(self) -> dict[str, object]:
        """The JSON form (one line of ``across.jsonl``)."""
        return {**self.__dict__, "keys": list(self.keys)}


#: One rule outcome: id, severity, ok (None: not evaluated), message, keys.
Outcome = tuple[str, str, bool | None, str, tuple[str, ...]]
#: An input of a rule: (the values it is read from, that report's year, key).
Input = tuple[Mapping[str, Value], int | None, str]


def _evaluate(
    rule: str, severity: str, inputs: Sequence[Input], judge: Callable[..., tuple[bool, str]]
) -> Iterator[Outcome]:
    """Run ``judge`` on the inputs' values. Nothing when a report lacks an input; ok=None
    (not evaluated) when an input is a printed blank — a blank is never taken for 0."""
    keys = tuple(dict.fromkeys(key for _, _, key in inputs))
    if any(key not in values for values, _, key in inputs):
        return
    blanks = [f"{year} {key}" for values, year, key in inputs if values[key] is None]
    if blanks:
        yield rule, severity, None, f"not evaluated: blank {', '.join(blanks)}", keys
        return
    ok, message = judge(*(values[key] for values, _, key in inputs))
    yield rule, severity, ok, message, keys


def _x1(prev: Snapshot, cur: Snapshot) -> Iterator[Outcome]:
    for col in layout.T2_COLUMNS:
        inputs = [
            (cur.values, cur.year, f"{A}.carried_over.{col}"),
            (prev.values, prev.year, f"{A}.carried_forward.{col}"),
        ]

        def judge(now: Value, before: Value, col: str = col) -> tuple[bool, str]:
            ok = now == before
            sign = "=" if ok else "≠"
            return ok, f"{col}: {cur.year} 上年结转 {now} {sign} {prev.year} 结转下年度 {before}"

        yield from _evaluate(f"X1.{col}", "error", inputs, judge)


def _x2(prev: Snapshot, cur: Snapshot) -> Iterator[Outcome]:
    for item, columns in layout.T1_COLUMNS_BY_TEMPLATE["2019"].items():
        if "change" not in columns:
            continue
        inputs = [
            (cur.values, cur.year, f"{T1}.{item}.prev_items"),
            (prev.values, prev.year, f"{T1}.{item}.prev_items"),
            (prev.values, prev.year, f"{T1}.{item}.change"),
        ]

        def judge(now: Any, before: Any, change: Any, item: str = item) -> tuple[bool, str]:
            expected = before + change
            ok = now == expected
            return ok, (
                f"{item}: {cur.year} 上一年项目数量 {now} {'=' if ok else '≠'} "
                f"{prev.year} 上一年项目数量 {before} + 本年增/减 {change} = {expected}"
            )

        yield from _evaluate(f"X2.{item}", "warning", inputs, judge)


def _x3(prev: Snapshot, cur: Snapshot) -> Iterator[Outcome]:
    for item, columns in layout.T1_COLUMNS_BY_TEMPLATE["2021"].items():
        if "in_force" not in columns:
            continue
        inputs: list[Input] = [
            (cur.values, cur.year, f"{T1}.{item}.{c}") for c in ("in_force", "made", "repealed")
        ]
        inputs.append((prev.values, prev.year, f"{T1}.{item}.in_force"))

        def judge(
            now: Any, made: Any, repealed: Any, before: Any, item: str = item
        ) -> tuple[bool, str]:
            expected = before + made - repealed
            ok = now == expected
            return ok, (
                f"{item}: {cur.year} 现行有效 {now} {'=' if ok else '≠'} {prev.year} 现行有效 "
                f"{before} + 制发 {made} − 废止 {repealed} = {expected}"
            )

        yield from _evaluate(f"X3.{item}", "warning", inputs, judge)


def _x4(prev: Snapshot, cur: Snapshot) -> Iterator[Outcome]:
    before, now = keymap.mapped(prev.values), keymap.mapped(cur.values)
    for key in X4_KEYS:
        inputs = [(before, prev.year, key), (now, cur.year, key)]

        def judge(a: Any, b: Any, key: str = key) -> tuple[bool, str]:
            low, high = sorted((a, b))
            ok = high < X4_FLOOR or high < X4_RATIO * max(low, 1)
            tail = "" if ok else " (≥ 10× change)"
            return ok, f"{key}: {prev.year} {a} → {cur.year} {b}{tail}"

        yield from _evaluate(f"X4.{key}", "warning", inputs, judge)


PAIR_RULES: tuple[Callable[[Snapshot, Snapshot], Iterable[Outcome]], ...] = (_x1, _x2, _x3, _x4)


def pair_checks(prev: Snapshot, cur: Snapshot, body: str | None = None) -> list[CrossCheck]:
    """Every cross-year rule for ``cur`` against ``prev`` (the report of the year before)."""
    name = body or cur.organization_key or cur.organization or "?"
    return [
        CrossCheck(i, sev, ok, msg, keys, name, cur.year or 0, cur.ref, prev.year or 0, prev.ref)
        for rule in PAIR_RULES
        for i, sev, ok, msg, keys in rule(prev, cur)
    ]


def bodies_of(snaps: Iterable[Snapshot], aliases: Mapping[str, str]) -> dict[str, str | None]:
    """The body id of every snapshot (by ``ref``), per :func:`ogi.bodies.resolve_bodies`."""
    refs = [BodyRef(s.ref, s.organization_key, s.index_no, s.year) for s in snaps]
    return resolve_bodies(refs, aliases)


def cross_checks(
    snaps: Iterable[Snapshot], aliases: Mapping[str, str] | None = None
) -> list[CrossCheck]:
    """The cross-year checks of every body with reports for consecutive years, ordered by
    body, year and report."""
    snaps = list(snaps)
    bodies = bodies_of(snaps, aliases or {})
    by_body_year: dict[tuple[str, int], list[Snapshot]] = defaultdict(list)
    for s in snaps:
        body = bodies[s.ref]
        if body is not None and s.year is not None:
            by_body_year[body, s.year].append(s)
    results: list[CrossCheck] = []
    for (body, year), current in sorted(by_body_year.items()):
        for cur in sorted(current, key=lambda s: s.ref):
            for prev in sorted(by_body_year.get((body, year - 1), []), key=lambda s: s.ref):
                results.extend(pair_checks(prev, cur, body))
    return results
