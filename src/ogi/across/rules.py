"""The cross-year checks (docs/across.md): a report against the same body's report for the
year before. Like the single-report checks, a rule whose inputs are missing or blank on
either side is not evaluated — a blank is never counted as 0 across years.

| id | rule | severity |
|---|---|---|
| X1.<column> | applications.carried_over (Y) = applications.carried_forward (Y−1) | error |
| X2.<item>   | 2019 table 1: prev_items (Y) = prev_items (Y−1) + change (Y−1) | warning |
| X3.<item>   | 2021 table 1: in_force (Y) = in_force (Y−1) + made (Y) − repealed (Y) | warning |
| X4.<key>    | a headline count changes ≥ 10× (and the larger is ≥ 50) | warning |
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

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
    ok: bool
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


def _both(prev: Mapping[str, Value], cur: Mapping[str, Value], pk: str, ck: str) -> bool:
    return prev.get(pk) is not None and cur.get(ck) is not None


def _x1(prev: Snapshot, cur: Snapshot) -> Iterator[tuple[str, str, bool, str, tuple[str, ...]]]:
    for col in layout.T2_COLUMNS:
        pk, ck = f"{A}.carried_forward.{col}", f"{A}.carried_over.{col}"
        if not _both(prev.values, cur.values, pk, ck):
            continue
        a, b = cur.values[ck], prev.values[pk]
        ok = a == b
        msg = f"{col}: {cur.year} 上年结转 {a} {'=' if ok else '≠'} {prev.year} 结转下年度 {b}"
        yield f"X1.{col}", "error", ok, msg, (ck, pk)


def _x2(prev: Snapshot, cur: Snapshot) -> Iterator[tuple[str, str, bool, str, tuple[str, ...]]]:
    for item, columns in layout.T1_COLUMNS_BY_TEMPLATE["2019"].items():
        if "change" not in columns:
            continue
        pk, pc, ck = (f"{T1}.{item}.prev_items", f"{T1}.{item}.change", f"{T1}.{item}.prev_items")
        before, change, now = prev.values.get(pk), prev.values.get(pc), cur.values.get(ck)
        if before is None or change is None or now is None:
            continue
        expected = before + change
        ok = now == expected
        msg = (
            f"{item}: {cur.year} 上一年项目数量 {now} {'=' if ok else '≠'} "
            f"{prev.year} 上一年项目数量 {before} + 本年增/减 {change} = {expected}"
        )
        yield f"X2.{item}", "warning", ok, msg, (pk, pc)  # prev_items names both years


def _x3(prev: Snapshot, cur: Snapshot) -> Iterator[tuple[str, str, bool, str, tuple[str, ...]]]:
    for item, columns in layout.T1_COLUMNS_BY_TEMPLATE["2021"].items():
        if "in_force" not in columns:
            continue
        keys = {c: f"{T1}.{item}.{c}" for c in ("in_force", "made", "repealed")}
        now, made, repealed = (cur.values.get(keys[c]) for c in ("in_force", "made", "repealed"))
        before = prev.values.get(keys["in_force"])
        if now is None or made is None or repealed is None or before is None:
            continue
        expected = before + made - repealed
        ok = now == expected
        msg = (
            f"{item}: {cur.year} 现行有效 {now} {'=' if ok else '≠'} {prev.year} 现行有效 {before}"
            f" + 制发 {made} − 废止 {repealed} = {expected}"
        )
        yield f"X3.{item}", "warning", ok, msg, tuple(keys.values())


def _x4(prev: Snapshot, cur: Snapshot) -> Iterator[tuple[str, str, bool, str, tuple[str, ...]]]:
    before, now = keymap.mapped(prev.values), keymap.mapped(cur.values)
    for key in X4_KEYS:
        a, b = before.get(key), now.get(key)
        if a is None or b is None:
            continue
        low, high = sorted((a, b))
        ok = high < X4_FLOOR or high < X4_RATIO * max(low, 1)
        msg = f"{key}: {prev.year} {a} → {cur.year} {b}" + ("" if ok else " (≥ 10× change)")
        yield f"X4.{key}", "warning", ok, msg, (key,)


PAIR_RULES: tuple[Callable[[Snapshot, Snapshot], Iterable[tuple]], ...] = (_x1, _x2, _x3, _x4)


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
