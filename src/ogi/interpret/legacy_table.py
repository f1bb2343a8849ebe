"""The 2014–2018 national 政府信息公开情况统计表 (``统计指标 | 单位 | 统计数``, DOMAIN.md §1.2,
§4.7), read from the format-blind token stream: a grid table (HTML, Word, PDF) or the same
table flattened into text (``label | 件 | 17 |``, ``(一)收到申请数 件 17``).

Every printed row becomes a cell: the national rows under their ``legacy.*`` keys, a local
row the national table does not have under ``legacy.extra.<label>``; a blank value is null.
Rows are named within their group (一…九), since "维持具体行政行为数" is printed under both
行政复议 and 行政诉讼.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ogi.document import Provenance, warning
from ogi.interpret import labels as L
from ogi.interpret import legacy_labels as V
from ogi.interpret.tokens import BARRIER, CELL, ROW_END, Token
from ogi.interpret.values import Parsed, looks_like_value, parse_count, parse_money

TEMPLATE = "legacy-statistics"
_TRAILING_UNIT = re.compile(
    rf"^(.*\S)\s+({'|'.join(sorted(V.STATS_UNITS, key=len, reverse=True))})$"
)


@dataclass
class _Row:
    label: Token
    unit: str | None = None
    values: list[Token] = field(default_factory=list)


@dataclass
class StatsOutput:
    """What the 统计表 reader found: cells, warnings, and the text it consumed."""

    cells: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    consumed: set[Provenance] = field(default_factory=set)


@dataclass
class _Reader:
    out: StatsOutput
    grid: int | None = None
    group: str | None = None
    row: _Row | None = None
    seen: set[str] = field(default_factory=set)
    n_rows: int = 0

    def feed(self, tok: Token) -> bool:
        """Take one token of the table; False when the table has ended."""
        if tok.kind == ROW_END:
            return self.flush()
        if tok.kind == BARRIER or (self.grid is not None and tok.table != self.grid):
            # in a grid, the first cell outside it ends the table (text after it, another table)
            return self.flush() and self._group_barrier(tok)
        if tok.table is None:
            self.out.consumed.add(tok.prov)
        return self._cell(tok)

    def _group_barrier(self, tok: Token) -> bool:
        """A heading-like text line ("三、依申请公开情况") inside a flattened table."""
        if self.grid is None and tok.kind == BARRIER and _group_of(L.norm(tok.text)):
            self.out.consumed.add(tok.prov)
            self.row = _split_line(tok)
            return True
        return False

    def _cell(self, tok: Token) -> bool:
        text = L.norm(tok.text)
        if tok.is_value:
            if self.row is not None:
                self.row.values.append(tok)
            return True
        if self.row is not None and self.row.unit is None and text in V.STATS_UNITS:
            self.row.unit = text
            return True
        if V.STATS_UNIT_HEADER.match(text) or V.STATS_VALUE_HEADER.match(text):
            return True
        if self.row is not None and self._continues_label(self.row, tok):
            self.row.label = Token(CELL, self.row.label.text + tok.text, self.row.label.prov)
            return True
        if not self.flush():
            return False
        self.row = _Row(tok)
        return True

    def _continues_label(self, row: _Row, tok: Token) -> bool:
        """In text, a label wrapped over two lines: the pending numbered row has printed
        nothing yet and the new piece has no row numbering of its own."""
        if self.grid is not None or row.unit is not None or row.values:
            return False
        first = L.norm(row.label.text)
        if _group_of(first) is not None or not V.STATS_NUMBERING.match(first):
            return False  # text after the table (a signature, a date) is no wrapped label
        return not V.STATS_NUMBERING.match(L.norm(tok.text))

    def flush(self) -> bool:
        """Emit the pending row; False when it shows the table has ended."""
        row, self.row = self.row, None
        if row is None:
            return True
        label = L.norm(row.label.text)
        m = _TRAILING_UNIT.match(row.label.text.strip())
        if m and row.unit is None:
            label, row.unit = L.norm(m.group(1)), m.group(2)
        group = _group_of(label)
        if group is not None:
            self.group = group
            key = V.STATS_GROUP_KEYS.get(group)
            return key is None or not (row.values or row.unit) or self._emit(key, row)
        key = self._key(label)
        if key == "":
            return True
        if key is None:
            return bool(row.values or row.unit) and self._emit(_extra_key(label), row)
        return self._emit(key, row)

    def _key(self, label: str) -> str | None:
        bare = V.STATS_NUMBERING.sub("", label)
        if self.group is None:
            # a table printing its rows without the group rows (（一）主动公开政府信息数 | 条 |
            # 120 with no 一、主动公开情况 above): a label that one group's row alone names
            named = {key for rows in V.STATS_ROWS.values() for key, p in rows if p.search(bare)}
            return named.pop() if len(named) == 1 else None
        for key, pattern in V.STATS_ROWS.get(self.group, ()):
            if pattern.search(bare):
                return key
        return None

    def _emit(self, key: str, row: _Row) -> bool:
        if key in self.seen:
            self._warn("DUPLICATE_STATISTIC", f"{key} printed twice; the first is kept", row.label)
            return True
        self.seen.add(key)
        token = self._value_token(row)
        parsed = _parse(key, token, row.unit)
        if not parsed.ok:
            self._warn("VALUE_UNPARSED", f"{key}: cannot read {token.text!r}", token)
        source = (token if row.values else row.label).source()
        source.setdefault("row", self.n_rows)
        source["kind"] = "table"
        self.n_rows += 1
        self.out.cells.append(
            {
                "key": key,
                "value": parsed.value,
                "raw": token.text or None,
                "unit": row.unit,
                "source": source,
            }
        )
        return True

    def _value_token(self, row: _Row) -> Token:
        """The row's value cell (a blank one when none is printed); extra values are flagged."""
        values = [v for v in row.values if L.norm(v.text)] or row.values
        if len(values) > 1:
            label = L.norm(row.label.text)
            self._warn(
                "ROW_TOO_LONG", f"{label}: {len(values)} values; the first is kept", values[1]
            )
        return values[0] if values else Token(CELL, "", row.label.prov)

    def _warn(self, code: str, message: str, token: Token) -> None:
        self.out.warnings.append(warning(code, message, token.source()))


def _split_line(tok: Token) -> _Row:
    """A text line "四、行政复议数量 件 0" read as a heading: its label, unit and value."""
    pieces = tok.text.split()
    values: list[Token] = []
    while len(pieces) > 1 and looks_like_value(pieces[-1]):
        values.insert(0, Token(CELL, pieces.pop(), tok.prov))
    unit = None
    if len(pieces) > 1 and L.norm(pieces[-1]) in V.STATS_UNITS:
        unit = L.norm(pieces.pop())
    return _Row(Token(CELL, " ".join(pieces), tok.prov), unit, values)


def _group_of(label: str) -> str | None:
    """The group a top-level row ("四、行政复议数量") opens; None for any other row."""
    if not L.h1(label):
        return None
    return next((g for g, rx in V.STATS_GROUPS if rx.search(label)), "local")


def _extra_key(label: str) -> str:
    bare = V.STATS_NUMBERING.sub("", label).replace(".", "·")
    return f"{V.STATS_EXTRA_PREFIX}.{bare}"


def _parse(key: str, token: Token, unit: str | None) -> Parsed:
    if key in V.STATS_MONEY_KEYS:
        return parse_money(token.text, unit if unit in ("元", "万元") else "万元")
    return parse_count(token.text)


def read_statistics_table(tokens: list[Token], start: int) -> StatsOutput:
    """The cells of the 统计表 whose first header cell is ``tokens[start]``
    (:func:`~ogi.interpret.tokens.statistics_table_start`)."""
    out = StatsOutput()
    header = tokens[start]
    reader = _Reader(out, grid=header.table)
    if header.table is None:
        out.consumed.add(header.prov)
    for tok in tokens[start + 1 :]:
        if not reader.feed(tok):
            break
    reader.flush()
    return out
