"""Cells whose digits ran together (``行政规范性文件7214650`` for 72 | 146 | 50).

A fused run is never read as one count. Its split is recovered only when the table's own
arithmetic determines it uniquely: every way of cutting the run into the cells it must
cover (no piece with a leading zero) is tried against the row's constraints, and exactly
one must survive. Otherwise the row is left unread (raw kept, ``CELLS_RUN_TOGETHER``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ogi.interpret.tokens import Token

#: A row's values (None for a blank or non-count cell) → whether they satisfy the table's
#: arithmetic. Constraints whose inputs are not all printed hold vacuously.
Check = Callable[[list[int | None]], bool]
#: Give up (ambiguous) beyond this many candidate rows.
MAX_CANDIDATES = 200_000


def no_check(values: list[int | None]) -> bool:
    """A table without arithmetic between the cells of a row (table 1)."""
    return True


def total_is_sum(values: list[int | None]) -> bool:
    """The last cell is the sum of the others (table 2's 总计 column)."""
    if any(v is None for v in values):
        return True
    return values[-1] == sum(v for v in values[:-1] if v is not None)


def groups_of_five(values: list[int | None]) -> bool:
    """Table 3: each group of five ends with the total of its four outcomes."""
    return all(total_is_sum(values[i : i + 5]) for i in range(0, len(values), 5))


def mark_glued(values: list[Token], n: int) -> list[Token]:
    """A row with fewer values than its ``n`` cells that shows its digits ran together —
    one run as long as the row (``1000001`` where seven cells are printed) or a run with a
    leading zero (``20 0 00 0 121``: no count is printed ``00``): its multi-digit values
    are marked fused, so a split is taken only where the row's arithmetic decides it,
    never one count of seven digits. A row short of cells without such a run (``25 3 0 0
    0 28``: a blank left out) is returned unchanged, as is every other row."""
    if len(values) >= n:
        return values
    digits = [v.text for v in values if v.text.isdigit() and not v.fused]
    padded = any(len(t) > 1 and t[0] == "0" for t in digits)
    whole = len(values) == 1 and len(digits) == 1 and len(digits[0]) >= n
    if not padded and not whole:
        return values
    return [
        replace(v, fused=True) if v.text.isdigit() and len(v.text) > 1 and not v.fused else v
        for v in values
    ]


def has_fused(values: list[Token]) -> bool:
    """Whether any value of the row is a fused run (a plain loop: asked of every row)."""
    for v in values:
        if v.fused:
            return True
    return False


def resolve(values: list[Token], n: int, check: Check) -> list[Token] | None:
    """The row's values with each fused run cut into its cells, when exactly one cut fills
    the ``n`` cells and satisfies ``check``; None when none or several do. A run that must
    cover a single cell is that cell (not marked); pieces of a real cut are marked
    ``recovered``. Rows without fused runs are returned unchanged."""
    fused = [i for i, v in enumerate(values) if v.fused]
    if not fused:
        return values
    room = n - (len(values) - len(fused))
    if room < len(fused):
        return None
    if room == len(fused):
        return [replace(v, fused=False) for v in values]
    found: list[list[Token]] = []
    for candidate in _candidates(values, fused, room):
        if candidate is None:
            return None  # too many cuts to try them all: not determined as far as we know
        if check([_int(t.text) for t in candidate]):
            found.append(candidate)
            if len(found) > 1:
                return None
    return found[0] if found else None


def _candidates(values: list[Token], fused: list[int], room: int) -> Iterator[list[Token] | None]:
    """Every row obtained by cutting the fused runs into ``room`` cells in all; a final
    None when there are more than :data:`MAX_CANDIDATES` (the search was cut short)."""
    count = 0
    for sizes in _compositions(room, len(fused)):
        pieces: list[list[list[str]]] = []
        for index, size in zip(fused, sizes):
            text = values[index].text
            if size > 1 and not text.isdigit():
                break
            pieces.append(list(_splits(text, size)) if size > 1 else [[text]])
        else:
            for choice in _product(pieces):
                count += 1
                if count > MAX_CANDIDATES:
                    yield None
                    return
                yield _assemble(values, fused, choice)


def _assemble(values: list[Token], fused: list[int], choice: list[list[str]]) -> list[Token]:
    row: list[Token] = []
    cuts = dict(zip(fused, choice))
    for i, token in enumerate(values):
        if i not in cuts:
            row.append(token)
        elif len(cuts[i]) == 1:
            row.append(replace(token, fused=False))
        else:
            row.extend(replace(token, text=p, fused=False, split_from=token.text) for p in cuts[i])
    return row


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    """Ways of writing ``total`` as an ordered sum of ``parts`` positive integers."""
    if parts == 1:
        yield (total,)
        return
    for first in range(1, total - parts + 2):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def _splits(digits: str, k: int) -> Iterator[list[str]]:
    """Cuts of a digit string into ``k`` numbers without leading zeros."""
    if k == 1:
        if digits and (digits == "0" or not digits.startswith("0")):
            yield [digits]
        return
    if digits.startswith("0"):
        for rest in _splits(digits[1:], k - 1):
            yield ["0", *rest]
        return
    for cut in range(1, len(digits) - k + 2):
        for rest in _splits(digits[cut:], k - 1):
            yield [digits[:cut], *rest]


def _product(pieces: list[list[list[str]]]) -> Iterator[list[list[str]]]:
    if not pieces:
        yield []
        return
    for first in pieces[0]:
        for rest in _product(pieces[1:]):
            yield [first, *rest]


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


# ---------------------------------------------------------------- table 2 column sums

#: A table 2 row: seven known values (None for a blank), or the digits of an unsplit run.
Row = list[int | None] | str
#: Rows added on each side of a column-by-column equation of table 2.
Equation = tuple[tuple[str, ...], tuple[str, ...]]
#: Give up the column solve beyond this many steps or this many solutions.
MAX_SOLVE_STEPS = 200_000
MAX_SOLUTIONS = 64


class _GiveUp(Exception):
    """The column solve grew past its bounds: nothing is taken as determined."""


def recover_by_columns(rows: dict[str, Row]) -> dict[str, list[int]]:
    """Unsplit runs of table 2 whose values the column arithmetic determines.

    The equations, column by column: 一 + 二 = (七)总计 + 四; (七)总计 = the sum of the result
    rows; a printed group subtotal = the sum of its sub-rows. Each is used only when every
    row it names is printed, and every row in it that was read is complete. Every
    assignment of the unsplit runs that satisfies them all is found: a run is cut only into
    seven values without leading zeros whose total is the sum of the other six, or takes the
    values an equation derives when it is that equation's one unknown (then the values,
    printed one after the other, must be exactly the run). A run is recovered when every
    assignment gives it the same values; none is when the search outgrows its bounds."""
    equations = _equations(rows)
    unknown = [r for r in rows if isinstance(rows[r], str) and _in_any(r, equations)]
    if not unknown:
        return {}
    solutions: list[dict[str, list[int]]] = []
    try:
        _search(rows, equations, unknown, {}, solutions, [0], {})
    except _GiveUp:
        return {}
    if not solutions:
        return {}
    first = solutions[0]
    return {r: first[r] for r in unknown if all(s[r] == first[r] for s in solutions)}


def _equations(rows: dict[str, Row]) -> list[Equation]:
    candidates: list[Equation] = [
        (("new_received", "carried_over"), ("results.total", "carried_forward"))
    ]
    leaves = _result_leaves(rows)
    if leaves:
        candidates.append((tuple(leaves), ("results.total",)))
    for subtotal in (r for r in rows if r.endswith(".subtotal")):
        group = subtotal.removesuffix("subtotal")
        subs = tuple(r for r in rows if r.startswith(group) and r != subtotal)
        if subs:
            candidates.append((subs, (subtotal,)))
    return [
        (left, right)
        for left, right in candidates
        if all(r in rows and (isinstance(rows[r], str) or _full(rows[r])) for r in left + right)
    ]


def _in_any(row: str, equations: list[Equation]) -> bool:
    return any(row in left or row in right for left, right in equations)


def _search(
    rows: dict[str, Row],
    equations: list[Equation],
    unknown: list[str],
    assigned: dict[str, list[int]],
    solutions: list[dict[str, list[int]]],
    steps: list[int],
    cuts: dict[str, list[list[int]]],
) -> None:
    """Depth first: an equation whose rows are all known must hold; one with a single
    unknown row derives it; else the unknown row with the fewest cuts is tried cut by cut."""
    steps[0] += 1
    if steps[0] > MAX_SOLVE_STEPS:
        raise _GiveUp
    values: dict[str, Row] = {**rows, **{r: list[int | None](v) for r, v in assigned.items()}}
    single: tuple[Equation, str] | None = None
    for equation in equations:
        free = [r for r in equation[0] + equation[1] if isinstance(values[r], str)]
        if not free:
            if not _holds(equation, values):
                return
        elif len(free) == 1 and single is None:
            single = (equation, free[0])
    if single is not None:
        equation, row = single
        derived = _derive(equation, row, values)
        if derived is not None and "".join(map(str, derived)) == rows[row]:
            _search(rows, equations, unknown, {**assigned, row: derived}, solutions, steps, cuts)
        return
    remaining = [r for r in unknown if r not in assigned]
    if not remaining:
        solutions.append(assigned)
        if len(solutions) > MAX_SOLUTIONS:
            raise _GiveUp
        return
    for r in remaining:
        if r not in cuts:
            cuts[r] = _row_cuts(str(rows[r]), steps)
    row = min(remaining, key=lambda r: len(cuts[r]))
    for cut in cuts[row]:
        _search(rows, equations, unknown, {**assigned, row: cut}, solutions, steps, cuts)


def _row_cuts(run: str, steps: list[int]) -> list[list[int]]:
    """The cuts of a run into a row of seven whose 总计 is the sum of the other six."""
    out = []
    for pieces in _splits(run, 7):
        steps[0] += 1
        if steps[0] > MAX_SOLVE_STEPS:
            raise _GiveUp
        values = [int(p) for p in pieces]
        if values[-1] == sum(values[:-1]):
            out.append(values)
    return out


def _holds(equation: Equation, values: dict[str, Row]) -> bool:
    left, right = equation
    return all(
        sum(_col(values, r, c) for r in left) == sum(_col(values, r, c) for r in right)
        for c in range(7)
    )


def _derive(equation: Equation, row: str, values: dict[str, Row]) -> list[int] | None:
    """The one unknown row's values: the other side's sum minus its own side's other rows;
    None when a value would be negative."""
    left, right = equation
    sign = 1 if row in right else -1
    derived = [
        sign
        * (
            sum(_col(values, r, c) for r in left if r != row)
            - sum(_col(values, r, c) for r in right if r != row)
        )
        for c in range(7)
    ]
    return derived if all(v >= 0 for v in derived) else None


def _result_leaves(rows: dict[str, Row]) -> list[str]:
    """The result rows that add up to (七)总计: every results.* row but the total, a group's
    subtotal only when the group has no sub-rows."""
    names = [r for r in rows if r.startswith("results.") and r != "results.total"]
    groups = {r.rsplit(".", 1)[0] for r in names if not r.endswith(".subtotal")}
    return [r for r in names if not (r.endswith(".subtotal") and r.rsplit(".", 1)[0] in groups)]


def _full(row: Row | None) -> bool:
    return isinstance(row, list) and len(row) == 7 and all(v is not None for v in row)


def _col(rows: dict[str, Row], row: str, c: int) -> int:
    values = rows[row]
    value = values[c] if isinstance(values, list) else None
    return value if value is not None else 0
