"""Two reports side by side (``ogi compare A B``): every statistic either prints, its change,
and the cross-year checks when the two are consecutive years. Rendered as text, Markdown,
JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from ogi.across.load import Snapshot
from ogi.across.rules import CrossCheck, pair_checks
from ogi.report import Value

FORMATS = ("text", "markdown", "json", "csv")
ABSENT = "–"  # the report does not contain the statistic
BLANK = "blank"  # printed, but the cell is empty


@dataclass
class Row:
    """One statistic in both reports."""

    key: str
    a: Value
    b: Value
    in_a: bool
    in_b: bool
    change: int | float | None
    status: str  # same | changed | added | removed | blank
    checks: list[str] = field(default_factory=list)  # "X1.total:ok" for checks naming the key

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "key": self.key,
            "a": self.a,
            "b": self.b,
            "change": self.change,
            "status": self.status,
            "checks": self.checks,
        }


@dataclass
class Comparison:
    """The result of comparing report A with report B."""

    a: Snapshot
    b: Snapshot
    rows: list[Row]
    checks: list[CrossCheck]
    notes: list[str]

    def failed_errors(self) -> list[CrossCheck]:
        """Error-level cross-year checks that failed (exit status 1)."""
        return [c for c in self.checks if c.ok is False and c.severity == "error"]


def _change(a: Value, b: Value) -> int | float | None:
    if a is None or b is None:
        return None
    diff = b - a
    return round(diff, 6) if isinstance(diff, float) else diff


def _status(row_a: tuple[bool, Value], row_b: tuple[bool, Value]) -> str:
    (in_a, a), (in_b, b) = row_a, row_b
    if not in_a:
        return "added"
    if not in_b:
        return "removed"
    if a is None or b is None:
        return "same" if a is None and b is None else "blank"
    return "same" if a == b else "changed"


def _rows(a: Snapshot, b: Snapshot) -> list[Row]:
    keys = list(a.values) + [k for k in b.values if k not in a.values]
    rows = []
    for key in keys:
        va, vb = a.values.get(key), b.values.get(key)
        in_a, in_b = key in a.values, key in b.values
        status = _status((in_a, va), (in_b, vb))
        rows.append(Row(key, va, vb, in_a, in_b, _change(va, vb), status))
    return rows


def _cross(a: Snapshot, b: Snapshot) -> tuple[list[CrossCheck], list[str]]:
    notes = []
    if a.organization_key != b.organization_key:
        notes.append(
            f"different organization keys: A {a.organization_key!r}, B {b.organization_key!r}"
        )
    if a.year is not None and b.year == a.year + 1:
        return pair_checks(a, b), notes
    if b.year is not None and a.year == b.year + 1:
        return pair_checks(b, a), notes
    notes.append(
        f"cross-year checks need consecutive years (A {a.year}, B {b.year}): not evaluated"
    )
    return [], notes


def compare(a: Snapshot, b: Snapshot, only_changed: bool = False) -> Comparison:
    """Compare report ``a`` with report ``b`` (usually last year's and this year's)."""
    rows = _rows(a, b)
    checks, notes = _cross(a, b)
    by_key = {r.key: r for r in rows}
    for check in checks:
        for key in check.keys:
            if key in by_key:
                by_key[key].checks.append(f"{check.id}:{_result(check.ok)}")
    if only_changed:
        rows = [r for r in rows if r.status != "same"]
    return Comparison(a, b, rows, checks, notes)


# ---------------------------------------------------------------- rendering


def show(value: Value, present: bool = True) -> str:
    """A value as printed in text and Markdown tables."""
    if not present:
        return ABSENT
    if value is None:
        return BLANK
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def show_change(change: int | float | None) -> str:
    """A change with its sign (+4, -2, 0); empty when it cannot be computed."""
    if change is None:
        return ""
    text = show(change)
    return text if change <= 0 else "+" + text


def _describe(s: Snapshot) -> dict[str, Any]:
    return {
        "path": s.ref,
        "organization": s.organization,
        "organization_key": s.organization_key,
        "year": s.year,
        "template": s.template,
    }


def _result(ok: bool | None) -> str:
    return "not evaluated" if ok is None else "ok" if ok else "FAILED"


def _check_line(c: CrossCheck) -> list[str]:
    return [c.id, c.severity, _result(c.ok), c.message]


def render_text(comp: Comparison) -> str:
    """Aligned columns for a terminal."""
    out = [
        f"{side}: {s.ref} — {s.organization or '?'} {s.year or '?'} (template {s.template})"
        for side, s in (("A", comp.a), ("B", comp.b))
    ]
    out += [f"note: {n}" for n in comp.notes]
    table = [["key", "A", "B", "change", "status"]] + [
        [r.key, show(r.a, r.in_a), show(r.b, r.in_b), show_change(r.change), r.status]
        for r in comp.rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(5)]
    out.append("")
    for line in table:
        cells = [line[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(line[1:4], widths[1:4])]
        out.append("  ".join(cells + [line[4]]).rstrip())
    out += ["", _checks_title(comp)]
    lines = [_check_line(c) for c in comp.checks]
    widths = [max((len(line[i]) for line in lines), default=0) for i in range(3)]
    for line in lines:
        out.append("  " + "  ".join([c.ljust(w) for c, w in zip(line, widths)] + [line[3]]))
    return "\n".join(out) + "\n"


def _checks_title(comp: Comparison) -> str:
    failed = sum(1 for c in comp.checks if c.ok is False)
    blank = sum(1 for c in comp.checks if c.ok is None)
    tail = f", {blank} not evaluated (blank inputs)" if blank else ""
    return f"cross-year checks: {len(comp.checks) - blank} evaluated, {failed} failed{tail}"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(comp: Comparison) -> str:
    """GitHub-flavoured Markdown: a header table, the statistics, the checks."""
    a, b = _describe(comp.a), _describe(comp.b)
    out = ["# ogi compare", "", "| | A | B |", "|---|---|---|"]
    out += [f"| {name} | {_md(str(a[name]))} | {_md(str(b[name]))} |" for name in a]
    out += [""] + [f"> {_md(n)}" for n in comp.notes] + ([""] if comp.notes else [])
    out += ["## Statistics", "", "| key | A | B | change | status |", "|---|---:|---:|---:|---|"]
    out += [
        f"| {r.key} | {show(r.a, r.in_a)} | {show(r.b, r.in_b)} | {show_change(r.change)} "
        f"| {r.status} |"
        for r in comp.rows
    ]
    out += ["", "## Cross-year checks", "", _checks_title(comp), ""]
    if comp.checks:
        out += ["| id | severity | result | message |", "|---|---|---|---|"]
        out += ["| " + " | ".join(_md(x) for x in _check_line(c)) + " |" for c in comp.checks]
    return "\n".join(out) + "\n"


def render_json(comp: Comparison) -> str:
    """Everything, machine-readable."""
    data = {
        "a": _describe(comp.a),
        "b": _describe(comp.b),
        "notes": comp.notes,
        "rows": [r.as_dict() for r in comp.rows],
        "checks": [c.as_dict() for c in comp.checks],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_csv(comp: Comparison) -> str:
    """One row per statistic; ``checks`` lists the cross-year checks naming the key."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["key", "a", "b", "change", "status", "checks"])
    for r in comp.rows:
        a = "" if r.a is None else show(r.a)
        b = "" if r.b is None else show(r.b)
        writer.writerow(
            [
                r.key,
                a,
                b,
                show(r.change) if r.change is not None else "",
                r.status,
                ";".join(r.checks),
            ]
        )
    return buffer.getvalue()


RENDERERS = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
    "csv": render_csv,
}
