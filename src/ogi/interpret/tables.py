"""The three standard tables, read from the token stream (DOMAIN.md §1.3–1.4, §4).

Each reader walks the same format-blind :mod:`tokens <ogi.interpret.tokens>` stream, finds
its table by its labels, and emits one :class:`Reading` per printed cell. Values are kept
as printed (``raw``) and typed where they can be typed honestly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ogi.document import warning
from ogi.interpret import fused as F
from ogi.interpret import labels as L
from ogi.interpret.memo import memoised
from ogi.interpret.tokens import BARRIER, CELL, ROW_END, Token
from ogi.interpret.values import ZERO_PADDED, Parsed, parse_change, parse_count, parse_money


@dataclass(slots=True)
class Reading:
    """One statistic read from a table cell."""

    key: str
    raw: str | None
    parsed: Parsed
    token: Token | None
    position: tuple[int, int, int] = (0, 0, 0)

    def source(self) -> dict[str, Any]:
        """Provenance: the token's own (grid table/row/col, page, line…), completed with the
        logical position (standard table 0–2, row, column) when the text had no grid."""
        out = self.token.source() if self.token is not None else {}
        table, row, col = self.position
        out.setdefault("table", table)
        out.setdefault("row", row)
        out.setdefault("col", col)
        out["kind"] = "table"
        return out


@dataclass
class TableOutput:
    """What the table readers found: readings, warnings and template evidence."""

    readings: list[Reading] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    templates: dict[str, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    rows: dict[int, int] = field(default_factory=dict)
    #: Per table: the trailing blank cells that end every row but the last in this dump (a
    #: "|" or "||" separator line after each row), and the number of rows — learnt in a
    #: first reading, stripped in the second.
    padding: dict[int, tuple[int, int]] = field(default_factory=dict)
    #: Per table, the trailing blanks beyond the column count seen on each row.
    extra_blanks: dict[int, list[int]] = field(default_factory=dict)
    #: Per table, each row's (cells, trailing blanks, columns) as first read.
    shapes: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)

    def add(self, key: str, token: Token | None, parsed: Parsed, table: int, col: int) -> None:
        """Record a statistic unless the same key was already read (first one wins)."""
        if key in self.seen:
            self.warn(
                "DUPLICATE_STATISTIC", f"{key} printed twice; the first is kept", token, [key]
            )
            return
        self.seen.add(key)
        raw = token.text if token is not None else None
        row = self.rows.get(table, 0) - 1
        self.readings.append(
            Reading(key, raw if raw != "" else None, parsed, token, (table, row, col))
        )

    def next_row(self, table: int) -> None:
        """Start a new logical row of standard table ``table`` (0, 1 or 2)."""
        self.rows[table] = self.rows.get(table, 0) + 1

    def warn(
        self, code: str, message: str, token: Token | None = None, keys: Iterable[str] = ()
    ) -> None:
        """Record a problem found while reading a table, naming the statistics concerned."""
        where = token.source() if token is not None else {}
        self.warnings.append(warning(code, message, where, keys))


def fit(
    values: list[Token],
    n: int,
    out: TableOutput,
    what: str,
    keys: Sequence[str] = (),
    table: int = -1,
) -> list[Token]:
    """Cut a row's value cells to ``n``.

    When every row of this table ends with the same number of separator blanks (learnt in
    a first reading: :func:`read_tables`), exactly those are stripped first, so that a row
    that lost a cell (two cells fused into one) is seen as short rather than silently
    filled with the separator. Then padding blanks (trailing, then leading) are dropped; a
    short row is kept left-aligned and flagged, since its values may have shifted; the
    warnings name the row's ``keys``."""
    vals = list(values)
    for v in vals:
        if _zero_padded(v.norm):
            out.warn(
                "ROW_ALIGNMENT_AMBIGUOUS",
                f"{what}: {v.text!r} has a leading zero: the digits of several cells may "
                "have run together, so the row's values may be shifted",
                v,
                keys,
            )
            break
    seen = out.extra_blanks.setdefault(table, [])
    pad, rows = out.padding.get(table, (0, 0))
    trailing = _trailing_blanks(vals)
    printed = trailing < len(vals)
    if pad and printed and len(seen) < rows - 1:  # the last row has no separator after it
        for _ in range(pad):
            if vals and vals[-1].norm == "":
                vals.pop()
        trailing = _trailing_blanks(vals)
    # evidence only from rows with a printed value: an all-blank row says nothing
    seen.append(max(0, min(len(vals) - n, trailing)) if trailing < len(vals) else -1)
    out.shapes.setdefault(table, []).append((len(vals), trailing if printed else 0, n))
    if len(vals) > n:
        while len(vals) > n and vals[-1].filler:
            vals.pop()
        while len(vals) > n and vals[0].filler:
            vals.pop(0)
        trailing = _trailing_blanks(vals)
        if len(vals) > n and trailing:
            leading = next((i for i, v in enumerate(vals) if v.norm != ""), len(vals))
            if leading and leading < len(vals):
                out.warn(
                    "ROW_ALIGNMENT_AMBIGUOUS",
                    f"{what}: {len(vals)} cells for {n} columns with blanks at both ends; "
                    "trailing blanks taken as padding, values may be shifted",
                    vals[leading],
                    keys,
                )
    while len(vals) > n and vals[-1].norm == "":
        vals.pop()
    while len(vals) > n and vals[0].norm == "":
        vals.pop(0)
    if len(vals) > n:
        out.warn("ROW_TOO_LONG", f"{what}: {len(vals)} values for {n} columns", vals[n], keys)
        vals = vals[:n]
    elif len(vals) < n and vals:
        out.warn(
            "ROW_SHORT",
            f"{what}: {len(vals)} values for {n} columns; values may be shifted left",
            vals[0],
            keys,
        )
    return vals


def unfuse(
    values: list[Token], keys: list[str], check: F.Check, out: TableOutput, table: int
) -> list[Token] | None:
    """A row's values with fused runs cut into cells (see :mod:`ogi.interpret.fused`); when
    the cut is not determined, every key of the row is recorded with no value, the printed
    run as raw, and a ``CELLS_RUN_TOGETHER`` warning — and None is returned. In a table
    with arithmetic, a short row's long digit runs are taken as fused (:func:`F.mark_glued`)."""
    if check is not F.no_check:
        values = F.mark_glued(values, len(keys))
    if not F.has_fused(values):
        return values
    resolved = F.resolve(values, len(keys), check)
    if resolved is not None:
        return resolved
    printed = " ".join(v.text for v in values if v.text)
    first = next(v for v in values if v.fused)
    out.warn(
        "CELLS_RUN_TOGETHER",
        f"{', '.join(keys)}: {printed!r} holds several cells run together and the table's "
        "arithmetic does not determine the split; left unread",
        first,
        keys,
    )
    out.next_row(table)
    holder = replace(first, text=printed, fused=False)
    for col, key in enumerate(keys):
        out.add(key, holder, Parsed(None, ok=False), table, col)
    return None


def _zero_padded(text: str) -> bool:
    """:data:`ZERO_PADDED` (a 0 in the first two characters is needed: most cells have none)."""
    return "0" in text[:2] and ZERO_PADDED.match(text) is not None


def _trailing_blanks(values: list[Token]) -> int:
    """How many blank cells end the row."""
    end = len(values)
    while end and not values[end - 1].norm:
        end -= 1
    return len(values) - end


MIN_PADDED_ROWS = 3
ROW_FIT_WARNINGS = frozenset({"ROW_SHORT", "ROW_TOO_LONG", "ROW_ALIGNMENT_AMBIGUOUS"})


def row_padding(out: TableOutput) -> dict[int, tuple[int, int]]:
    """Tables whose rows (but the last) end with trailing blanks beyond their columns: the
    dump's row separator ("|" or "||" after each row), not cells. ``k`` is the fewest such
    blanks on any row that prints a value, allowing for one exception (a row that lost a
    cell to fusion has none); needs three such rows. Gives ``k`` and the row count."""
    padding = {}
    for table, extras in out.extra_blanks.items():
        body = sorted(e for e in extras[:-1] if e >= 0)
        if len(body) >= MIN_PADDED_ROWS and body[1] > 0:
            padding[table] = (body[1], len(extras))
    return padding


# ---------------------------------------------------------------- table 1


@dataclass
class _Active:
    """The state of the table-1 reader.

    States: *outside* (``active`` False: cells are ignored) → a sub-table title
    (第二十条第(X)项) or a ``信息内容`` header cell makes it *active*, ``in_header`` while column
    labels follow (each label adds a column and template evidence) → an item label (规章,
    行政许可…) opens a *row* (``item``) that collects value cells → the next label flushes
    the row (values fitted to the columns, or to the template's default columns when the
    header was not printed) and either opens the next row, adds a column (still in the
    header) or, when it is no table-1 label at all, is *pending*: values after it make it a
    row of no standard item (其他主动公开文件, a province's own), named in a ``ROW_UNKNOWN``
    warning while the table goes on; no values, and it ends the table (*outside*). A barrier
    (heading, prose) flushes and ends it; a row end only flushes."""

    out: TableOutput
    active: bool = False
    in_header: bool = False
    columns: list[tuple[str, str | None]] = field(default_factory=list)
    item: str | None = None
    values: list[Token] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    # The unit a column header prints (采购总金额（万元）): the unit of its bare numbers.
    units: dict[str, str] = field(default_factory=dict)
    # A label of no table-1 item after a row, and the values printed after it.
    pending: str | None = None
    pending_values: list[Token] = field(default_factory=list)
    pending_in_header: bool = False

    def flush(self) -> None:
        if self.item is not None:
            self._emit(self.item, self.values)
        self.item, self.values = None, []
        if self.pending is not None:
            if any(v.norm for v in self.pending_values):  # a printed value, not blank cells
                self._unknown_row(self.pending, self.pending_values)
            elif not self.pending_values and not self.pending_in_header:
                self.active = False  # no row (a note, a heading): the table ended
            self.pending, self.pending_values, self.pending_in_header = None, [], False

    def _unknown_row(self, label: str, values: list[Token]) -> None:
        printed = ", ".join(v.text for v in values)
        self.out.warn(
            "ROW_UNKNOWN",
            f"active_disclosure: the row {label!r} names no item of the standard table; its "
            f"values ({printed}) were not read",
            values[0],
        )

    def _emit(self, item: str, values: list[Token]) -> None:
        columns = [key for key, _ in self.columns] or list(self._default_columns(item))
        keys = [f"active_disclosure.{item}.{c}" for c in columns]
        unfused = unfuse(values, keys, F.no_check, self.out, 0)
        if unfused is None:
            return
        vals = fit(unfused, len(columns), self.out, f"active_disclosure.{item}", keys, 0)
        self.out.next_row(0)
        for col, (column, token) in enumerate(zip(columns, vals)):
            key = f"active_disclosure.{item}.{column}"
            unit = self.units.get(column)
            parsed = _parse_t1(item, column, token, self.out, key, unit)
            self.out.add(key, token, parsed, 0, col)

    def _default_columns(self, item: str) -> tuple[str, ...]:
        template = (
            "2021" if "2021" in self.evidence and item not in L.T1_ITEMS_2019_ONLY else "2019"
        )
        return L.T1_DEFAULT_COLUMNS[template].get(item, ())

    def header(self, text: str) -> None:
        unit, unit_only, truncated, column = _t1_header(text)
        if unit is not None and unit_only and self.columns:
            self.units[self.columns[-1][0]] = unit  # "(万元)" wrapped under its header
            return
        if truncated:
            taken = {key for key, _ in self.columns}
            self.columns.append(("published" if "made" in taken else "made", "2019"))
            return
        if column is not None:
            key, template = column
            if key == "made" and any(k == "made" for k, _ in self.columns):
                # 本年新制作数量 printed twice (a misprint of the 2019 form's 本年新公开数量): the
                # form's order reads the second as 本年新公开数量, and says so
                self.out.warn(
                    "HEADER_REPEATED",
                    f"active_disclosure: the header {text!r} is printed twice; the second "
                    "column is read as 本年新公开数量 (published), the 2019 form's order",
                )
                column = ("published", "2019")
                key = "published"
            self.columns.append(column)
            if template:
                self.evidence.add(template)
            if unit:
                self.units[key] = unit


@memoised(1 << 10)
def _t1_header(text: str) -> tuple[str | None, bool, bool, tuple[str, str | None] | None]:
    """What a header cell of table 1 says: the unit it prints (万元), whether it is that unit
    alone, whether it is the truncated 本年新 header, and the column (key, template) it
    names."""
    unit = L.HEADER_UNIT.search(text)
    unit_only = unit is not None and L.HEADER_UNIT.fullmatch(text) is not None
    truncated = L.T1_TRUNCATED_NEW.match(text) is not None
    column = next(((key, tpl) for pattern, key, tpl in L.T1_COLUMNS if pattern.search(text)), None)
    return (unit.group(1) if unit else None), unit_only, truncated, column


def _parse_t1(
    item: str, column: str, token: Token, out: TableOutput, key: str, unit: str | None = None
) -> Parsed:
    if column == "change":
        parsed = parse_change(token.text)
    elif column == "amount_wan_yuan":
        parsed = parse_money(token.text, unit or ("万元" if item == "fees" else None))
        if not parsed.ok and parsed.unit is None and item == "procurement":
            out.warn("UNIT_MISSING", f"{key}: no unit printed for {token.text!r}", token, [key])
            return parsed
    else:
        parsed = parse_count(token.text)
    if not parsed.ok and token.norm:
        out.warn("VALUE_UNPARSED", f"{key}: cannot read {token.text!r} as a number", token, [key])
    return parsed


def read_active_disclosure(tokens: Iterable[Token], out: TableOutput) -> None:
    """二、主动公开政府信息情况: the sub-tables headed 第二十条第(X)项."""
    st = _Active(out)
    for tok in tokens:
        if tok.is_value:  # most tokens (a row end or barrier never is one)
            if st.item is not None:
                st.values.append(tok)
            elif st.pending is not None:
                st.pending_values.append(tok)
        elif tok.kind in (BARRIER, ROW_END):
            st.flush()
            st.active = st.active and tok.kind == ROW_END
        else:
            _active_label(st, tok.norm)
    st.flush()
    items = {r.key.split(".")[1] for r in out.readings if r.key.startswith("active_disclosure.")}
    if st.evidence or items:
        if items & L.T1_ITEMS_2019_ONLY:
            st.evidence.add("2019")
        out.templates["active_disclosure"] = _template_of(st.evidence)


def _active_label(st: _Active, text: str) -> None:
    opens, item = _t1_label(text)
    if opens:
        st.flush()
        # after a sub-table title the header is expected (its 信息内容 cell may be missing,
        # e.g. when the title ends one page and the header starts the next)
        st.active, st.in_header = True, True
        st.columns = []
        return
    if st.pending is not None:
        st.flush()  # the label before: a row of no standard item, or the table's end
    if not st.active:
        return
    st.flush()
    if item is not None:
        st.item, st.in_header = item, False
    elif st.in_header and (not st.columns or _names_t1_header(text)):
        st.header(text)
    else:
        # a row of no standard item (values follow), or the table's end; after the header's
        # columns, a header cell of no known column (本年新 / 制作数量, (件)) when none follow
        st.pending, st.pending_in_header = text, st.in_header


def _names_t1_header(text: str) -> bool:
    """Whether a label is a header cell of table 1 (a column, its unit, 本年新…)."""
    unit, _, truncated, column = _t1_header(text)
    return unit is not None or truncated or column is not None


@memoised(1 << 12)
def _t1_label(text: str) -> tuple[bool, str | None]:
    """What a label cell can be in table 1: whether it opens a sub-table (its title, or the
    信息内容 header cell), and the item row it names."""
    opens = L.T1_TITLE_RE.search(text) is not None or L.T1_HEADER_START.match(text) is not None
    item = L.first_match(text, L.T1_ITEMS)
    if item is None and text.endswith(")") and (bare := L.LABEL_NOTE_RE.sub("", text)):
        item = L.first_match(bare, L.T1_ITEMS)  # 规章(设区的市…应提供相关数据): the note aside
    if item is None and (m := L.LABEL_DEFINITION_RE.match(text)):
        item = L.first_match(m.group(1), L.T1_ITEMS)  # 规章:地方行政规章指…: the definition aside
    return opens, item


def _template_of(evidence: set[str]) -> str:
    if evidence == {"2019", "2021"}:
        return "mixed"
    if evidence:
        return next(iter(evidence))
    return "2019-or-2021"


# ---------------------------------------------------------------- table 2


@dataclass
class _Applications:
    """The state of the table-2 reader.

    States: *outside* until a header label (申请人情况, 自然人…) or an opening row label
    (本年新收, 上年结转, 予以公开) is seen → *active*: a leaf row label (``T2_ROWS``) opens a
    row that collects values for the seven applicant columns; a group label ((三)不予公开…)
    opens a group row, whose own values are the group's subtotal — or, when it carries the
    values of all its sub-rows without their labels, are split among them by position (and
    flagged); ``group`` remembers which group numbered sub-rows (1.其他, 总计) belong to. The
    next label flushes the row. A barrier ends the table once a row was read (it only
    deactivates before that); the 行政复议 label of table 3 ends it too."""

    out: TableOutput
    active: bool = False
    group: str | None = None
    row: str | None = None
    row_is_group: bool = False
    values: list[Token] = field(default_factory=list)
    # Values printed after a full row and before the next label (PDF text puts a row's
    # values on the line above its label): they belong to the next row without values.
    early: list[Token] = field(default_factory=list)
    early_after: str | None = None

    def value(self, tok: Token) -> None:
        """A value cell: the current row's, or — in text, when the current leaf row is
        already full — held for the next row that has no values of its own."""
        if self.row is None:
            return
        if (
            tok.row is None
            and tok.norm != ""
            and (self.early_after == self.row or len(self.values) >= _T2_WIDTH and self._full())
        ):
            self.early.append(tok)
            self.early_after = self.row
        else:
            self.values.append(tok)

    def _full(self) -> bool:
        """Whether the current leaf row has a printed value for every column."""
        if self.row_is_group or len(self.values) < _T2_WIDTH:
            return False
        return sum(1 for v in self.values if v.norm != "") >= _T2_WIDTH

    def flush(self) -> None:
        if self.row is not None and self.early and self.early_after != self.row:
            if self.values:
                self.out.warn(
                    "ROW_TOO_LONG",
                    f"applications.{self.early_after}: {len(self.early)} values after a full "
                    "row and no row without values to take them",
                    self.early[0],
                    [f"applications.{self.early_after}.{c}" for c in L.T2_COLUMNS],
                )
            else:
                self.values = self.early
            self.early, self.early_after = [], None
        if self.row is not None:
            if self.row_is_group:
                self._emit_group(self.row, self.values)
            else:
                self._emit_row(f"applications.{self.row}", self.values)
        self.row, self.values = None, []

    def _emit_row(self, prefix: str, values: list[Token]) -> None:
        keys = list(_t2_row_keys(prefix))
        unfused = unfuse(values, keys, F.total_is_sum, self.out, 1)
        if unfused is None:
            return
        vals = fit(unfused, len(L.T2_COLUMNS), self.out, prefix, keys, 1)
        self.out.next_row(1)
        for col, (key, token) in enumerate(zip(keys, vals)):
            parsed = parse_count(token.text)
            if not parsed.ok:
                self.out.warn("VALUE_UNPARSED", f"{key}: cannot read {token.text!r}", token, [key])
            self.out.add(key, token, parsed, 1, col)

    def _emit_group(self, group: str, values: list[Token]) -> None:
        width = len(L.T2_COLUMNS)
        subs = L.T2_GROUP_ROWS.get(group, ())
        nonblank = [v for v in values if v.norm != ""]
        if group == "results" or not nonblank and len(values) < width:
            return
        trimmed = _trim_blanks(values)
        if len(subs) > 1 and len(trimmed) == width * len(subs):
            self.out.warn(
                "ROW_LABELS_MISSING",
                f"{group}: {len(trimmed)} values without sub-row labels; aligned by position",
                trimmed[0],
            )
            for i, sub in enumerate(subs):
                self._emit_row(f"applications.{group}.{sub}", trimmed[i * width : (i + 1) * width])
            return
        self._emit_row(f"applications.{group}.subtotal", values)

    def label(self, text: str) -> None:
        leaf, group, misc, total, header = _t2_label(text)
        if leaf is None and self.group == "results.other" and misc:
            leaf = "results.other.misc"
        if leaf is None and self.active and self.group and total:
            leaf = "results.total"
        self.flush()
        if leaf is not None and (self.active or leaf in _T2_OPENERS):
            self.active, self.row, self.row_is_group = True, leaf, False
            self.group = leaf.rsplit(".", 1)[0] if leaf.startswith("results.") else None
        elif group is not None and (self.active or group == "results"):
            self.active, self.row, self.row_is_group, self.group = True, group, True, group
        elif header:
            self.active = True


_T2_WIDTH = len(L.T2_COLUMNS)
_T2_OPENERS = frozenset({"new_received", "carried_over", "results.granted"})


@memoised(1 << 12)
def _t2_label(text: str) -> tuple[str | None, str | None, bool, bool, bool]:
    """What a label cell can be in table 2: the leaf row and the group it names, whether it
    is 其他 (the misc row of (六)其他处理) or 总计, and whether it is a header label."""
    return (
        L.first_match(text, L.T2_ROWS),
        L.first_match(text, L.T2_GROUPS),
        L.T2_OTHER_MISC.match(text) is not None,
        L.T2_TOTAL_RE.match(text) is not None,
        L.T2_HEADER.search(text) is not None,
    )


@memoised(256)
def _t2_row_keys(prefix: str) -> tuple[str, ...]:
    """The seven keys of a table-2 row (one string object per key: its hash is computed
    once, however often the key is looked up)."""
    return tuple(f"{prefix}.{column}" for column in L.T2_COLUMNS)


def _trim_blanks(values: list[Token]) -> list[Token]:
    start = next((i for i, v in enumerate(values) if v.norm != ""), len(values))
    end = len(values)
    while end > start and values[end - 1].norm == "":
        end -= 1
    return values[start:end]


def read_applications(tokens: Iterable[Token], out: TableOutput) -> None:
    """三、收到和处理政府信息公开申请情况: rows by label, seven applicant columns."""
    st = _Applications(out)
    for tok in tokens:
        if tok.is_value:  # most tokens (a row end or barrier never is one)
            st.value(tok)
        elif tok.kind == ROW_END:
            st.flush()
        elif tok.kind == BARRIER:
            st.flush()
            if any(k.startswith("applications.") for k in out.seen):
                break
            st.active = False
        elif st.active and tok.norm in L.T3_START:
            break
        else:
            st.label(tok.norm)
    st.flush()
    _recover_fused_rows(out)
    keys = {r.key for r in out.readings if r.key.startswith("applications.")}
    if keys:
        out.templates["applications"] = _applications_template(keys)


def _recover_fused_rows(out: TableOutput) -> None:
    """Table 2 rows left unread because their digits ran together: recovered when the
    column arithmetic determines them (:func:`fused.recover_by_columns`); their readings
    get the values and their CELLS_RUN_TOGETHER warning goes."""
    if not any(w["code"] == "CELLS_RUN_TOGETHER" for w in out.warnings):
        return  # only a row left unread by unfuse (that warning) can be recovered
    by_row: dict[str, list[Reading]] = {}
    for reading in out.readings:
        if reading.key.startswith("applications."):
            by_row.setdefault(
                reading.key.rsplit(".", 1)[0].removeprefix("applications."), []
            ).append(reading)
    rows: dict[str, F.Row] = {}
    for row, readings in by_row.items():
        raws = {r.raw for r in readings}
        unread = all(not r.parsed.ok and r.parsed.value is None for r in readings)
        if len(readings) == 7 and unread and len(raws) == 1 and str(next(iter(raws))).isdigit():
            rows[row] = str(next(iter(raws)))
        elif len(readings) == 7:
            rows[row] = [
                r.parsed.value if isinstance(r.parsed.value, int) else None for r in readings
            ]
    recovered = F.recover_by_columns(rows)
    for row, values in recovered.items():
        run = by_row[row][0].raw
        for reading, value in zip(by_row[row], values):
            if reading.token is not None:
                reading.token = replace(reading.token, text=str(value), split_from=run)
            reading.raw, reading.parsed = str(value), Parsed(value)
        keys = {r.key for r in by_row[row]}
        out.warnings = [
            w
            for w in out.warnings
            if not (w["code"] == "CELLS_RUN_TOGETHER" and set(w.get("keys", ())) == keys)
        ]
        out.warn(
            "CELLS_SPLIT_BY_COLUMNS",
            f"applications.{row}: {run!r} holds the row's cells run together; they are read as "
            f"{' | '.join(map(str, values))}, the only split that agrees with the table's "
            "column totals (if a printed total is wrong, so may the split be)",
            by_row[row][0].token,
            [r.key for r in by_row[row]],
        )


#: Every key of the rows only the 2021 form has (a table-2 key is its row's, then a column).
_KEYS_2021 = frozenset(
    f"applications.{row}.{column}" for row in L.TEMPLATE_2021_ROWS for column in L.T2_COLUMNS
)


def _applications_template(keys: set[str]) -> str:
    """2021 when a row only the 2021 form has was read."""
    return "2019-or-2021" if _KEYS_2021.isdisjoint(keys) else "2021"


# ---------------------------------------------------------------- table 3


def read_review_litigation(tokens: Iterable[Token], out: TableOutput) -> None:
    """四、行政复议、行政诉讼: one data row of 15 cells after the header labels.

    States: *looking* until the 行政复议 label → *collecting*: header labels (结果维持, 总计,
    行政诉讼…) reset the values gathered so far (they were not data), value cells are
    gathered, a row end with something printed (or 15 cells) ends the table, and any other
    label ends it too; the gathered values are then fitted to the 3 × 5 cells."""
    started, values = False, list[Token]()
    for tok in tokens:
        if not started:  # a label cell (no value's text is in T3_START)
            started = tok.norm in L.T3_START and tok.kind == CELL
            continue
        if tok.kind == ROW_END:
            if any(v.norm != "" for v in values) or len(values) >= 15:
                break
            values = []
        elif tok.is_value:
            values.append(tok)
        elif tok.kind != BARRIER and (
            L.T3_HEADER.match(tok.norm) or L.T3_HEADER_FRAGMENT.match(tok.norm)
        ):
            values = []
        else:
            break
    if not values:
        return
    keys = [f"review_litigation.{g}.{c}" for g in L.T3_GROUPS for c in L.T3_COLUMNS]
    unfused = unfuse(values, keys, F.groups_of_five, out, 2)
    if unfused is None:
        return
    vals = fit(unfused, len(keys), out, "review_litigation", keys, 2)
    out.next_row(2)
    for i, (key, token) in enumerate(zip(keys, vals)):
        parsed = parse_count(token.text)
        if not parsed.ok:
            out.warn("VALUE_UNPARSED", f"{key}: cannot read {token.text!r}", token, [key])
        out.add(key, token, parsed, 2, i)


READERS: tuple[Callable[[Iterable[Token], TableOutput], None], ...] = (
    read_active_disclosure,
    read_applications,
    read_review_litigation,
)


def _padding_matters(out: TableOutput, padding: dict[int, tuple[int, int]]) -> bool:
    """Whether stripping the separators changes any row: only a row that would then be
    shorter than its columns reads differently (a longer one is cut to size either way), and
    a row whose fit was questioned (its warning may go)."""
    if padding and any(w["code"] in ROW_FIT_WARNINGS for w in out.warnings):
        return True
    for table, (k, rows) in padding.items():
        for cells, trailing, n in out.shapes[table][: rows - 1]:
            if cells - min(k, trailing) < n:
                return True
    return False


def read_tables(tokens: list[Token]) -> TableOutput:
    """Run every table reader over the token stream; when the rows of a table turn out to
    end with separator blanks (text dumps), read that table again knowing it. Each reader
    fills its own output (the three tables share nothing), merged in reader order."""
    merged = TableOutput()
    for reader in READERS:
        out = TableOutput()
        reader(tokens, out)
        padding = row_padding(out)
        if _padding_matters(out, padding):
            out = TableOutput(padding=padding)
            reader(tokens, out)
        merged.readings += out.readings
        merged.warnings += out.warnings
        merged.templates.update(out.templates)
        merged.seen |= out.seen
    return merged
