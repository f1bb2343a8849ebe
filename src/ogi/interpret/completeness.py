"""How complete a report is: every expected cell of each standard table, against the shape
of its template (:mod:`ogi.layout`), and whether sections were found.

This is the safety net under the table readers: a statistic that was not read is named here
(``TABLE_INCOMPLETE``, ``TABLES_NOT_FOUND``), so a report never looks complete when it is
not. A report is *partial* when anything is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ogi.document import warning
from ogi.interpret import labels as L
from ogi.interpret.memo import memoised
from ogi.layout import TABLES, expected_keys

DEFINITE = ("2019", "2021")
FIRST_MODERN_YEAR = 2019  # reports on 2019 and later use the 2019 / 2021 forms
FIRST_2021_YEAR = 2021
MAX_KEYS_IN_MESSAGE = 6


def is_modern(template: str, cells: Sequence[dict[str, Any]], year: int | None) -> bool:
    """Whether the report should carry the standard tables: one was read, or the report
    year is one the 2019/2021 forms apply to."""
    if template in DEFINITE or any(_table_of(c["key"]) in TABLES for c in cells):
        return True
    return year is not None and year >= FIRST_MODERN_YEAR


def expected_template(template: str, year: int | None, by_table: dict[str, str]) -> str:
    """The form to measure the tables against: what a table's own labels say, else the
    report year's form (2019 and 2020: the 2019 form; later: the 2021 form), else the
    overall template, else the current (2021) form."""
    definite = [t for t in by_table.values() if t in DEFINITE]
    if definite:
        return str(
            by_table.get("active_disclosure")
            if by_table.get("active_disclosure") in DEFINITE
            else definite[0]
        )
    if year is not None and year >= FIRST_MODERN_YEAR:
        return "2021" if year >= FIRST_2021_YEAR else "2019"
    return template if template in DEFINITE else "2021"


def measure(
    template: str,
    by_table: dict[str, str],
    cells: Sequence[dict[str, Any]],
    warnings: Sequence[dict[str, Any]],
    year: int | None,
    section_kinds: Sequence[str],
    *,
    modern: bool = False,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``completeness`` record of a report and the warnings that name what is missing
    (``section_kinds``: the kind of each section found; ``modern``: the report is known
    to be of the 2019+ forms, by its headings, whatever its tables and year say)."""
    sections_found = len(section_kinds)
    out: dict[str, Any] = {"sections_found": sections_found, "tables": {}}
    found_warnings: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []  # said, but not a reason the report is partial
    if modern or is_modern(template, cells, year):
        if sections_found and (missing := _missing_sections(section_kinds)):
            notes.append(missing)
        base = expected_template(template, year, by_table)
        out["expected_template"] = base
        read = {c["key"]: c for c in cells}
        unparsed = _unparsed_keys(warnings)
        keys_of = _keys_by_table(read)
        # figures read from the text (modern_prose) are no table read
        none_read = not any(
            _table_of(c["key"]) in TABLES for c in cells if c["source"].get("kind") != "prose"
        )
        if none_read:
            located = [table for table in TABLES if table in by_table]
            found_warnings.append(_tables_not_found(year, located))
        for table in TABLES:
            shape = by_table.get(table) if by_table.get(table) in DEFINITE else base
            record = _table(table, str(shape), keys_of.get(table, []), read, unparsed)
            out["tables"][table] = record
            if record["missing"] and not none_read:
                found_warnings.append(_incomplete(table, record["missing"]))
    if sections_found == 0:
        found_warnings.append(
            warning("SECTIONS_NOT_FOUND", "no numbered section (一、二、…) was recognised")
        )
    reasons = sorted({w["code"] for w in found_warnings})
    if any(t["unparsed"] for t in out["tables"].values()):
        reasons.append("VALUE_UNPARSED")
    out["reasons"] = reasons
    out["complete"] = not reasons
    return out, found_warnings + notes


def _missing_sections(kinds: Sequence[str]) -> dict[str, Any] | None:
    """``SECTIONS_MISSING`` naming the standard sections of a 2019+ report that were not
    found among its sections (a heading missed, or a section the report left out)."""
    missing = [title for kind, title in L.STANDARD_SECTIONS if kind not in kinds]
    if not missing:
        return None
    return warning(
        "SECTIONS_MISSING",
        f"{len(missing)} of the six standard sections not found: {'；'.join(missing)} "
        "(their headings were not recognised, or the report leaves them out)",
        {"missing": missing},
    )


def _table(
    table: str, shape: str, present: list[str], read: dict[str, Any], unparsed: set[str]
) -> dict[str, Any]:
    """The completeness record of one table: ``present`` are its keys read."""
    keys = expected_keys(table, shape, frozenset(present))
    found = [k for k in keys if k in read]
    return {
        "template": shape,
        "expected": len(keys),
        "found": len(found),
        "unparsed": [k for k in found if k in unparsed],
        "missing": [k for k in keys if k not in read],
    }


def _keys_by_table(read: dict[str, Any]) -> dict[str, list[str]]:
    """The keys read, by the table they belong to (the part before the first dot)."""
    out: dict[str, list[str]] = {}
    for key in read:
        out.setdefault(_table_of(key), []).append(key)
    return out


def _unparsed_keys(warnings: Sequence[dict[str, Any]]) -> set[str]:
    return {
        key
        for w in warnings
        if w["code"] in ("VALUE_UNPARSED", "CELLS_RUN_TOGETHER")
        for key in w.get("keys", ())
    }


def _tables_not_found(year: int | None, located: list[str]) -> dict[str, Any]:
    """``TABLES_NOT_FOUND``; ``located``: the tables whose headers or labels were found
    with no value beside them (a page that printed the table's words only)."""
    why = f"a {year} report" if year else "a report in the 2019/2021 form"
    seen = (
        f" (the labels of {', '.join(located)} were found, with no values beside them)"
        if located
        else ""
    )
    return warning(
        "TABLES_NOT_FOUND",
        f"{why}, but none of the three standard tables was read{seen}; "
        "its statistics are missing from this report",
    )


def _incomplete(table: str, missing: list[str]) -> dict[str, Any]:
    shown = ", ".join(missing[:MAX_KEYS_IN_MESSAGE])
    more = (
        f" and {len(missing) - MAX_KEYS_IN_MESSAGE} more"
        if len(missing) > MAX_KEYS_IN_MESSAGE
        else ""
    )
    return warning(
        "TABLE_INCOMPLETE",
        f"{table}: {len(missing)} expected cell(s) not found: {shown}{more}",
        {"table": table},
        missing,
    )


@memoised(1 << 12)
def _table_of(key: str) -> str:
    """The table of a key (the part before its first dot); memoised: keys come from a fixed
    vocabulary, and every cell's is asked."""
    return key.split(".", 1)[0]
