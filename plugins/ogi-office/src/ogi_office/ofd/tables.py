"""Ruled tables from the segments a page draws: segments that touch form a grid; grid lines
are the distinct x and y positions; two neighbouring grid cells with no ruling between them
are one merged cell. Characters are placed into the cells by their centres."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ogi.document import Cell, Provenance, Table
from ogi_office.ofd.content import Char, Segment

TOL = 0.6  # millimetres: lines closer than this are the same ruling
SAME_LINE = 0.05  # the same edge drawn twice (once per neighbouring cell)


@dataclass
class RuledTable:
    """A table found on a page: its outer box, the grid and the cells (still without index)."""

    box: tuple[float, float, float, float]
    table: Table
    chars: set[int]


def _axis(values: list[float], tol: float = TOL) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _merged(
    segments: list[Segment], horizontal: bool, tol: float = TOL
) -> dict[float, list[tuple[float, float]]]:
    """Collinear segments (positions within ``tol``) joined: position → covered intervals."""
    keyed = [(s.y0, s.x0, s.x1) if horizontal else (s.x0, s.y0, s.y1) for s in segments]
    axis = _axis([k for k, _, _ in keyed], tol)
    raw: dict[float, list[tuple[float, float]]] = {}
    for pos, a, b in keyed:
        raw.setdefault(axis[max(0, bisect_right(axis, pos) - 1)], []).append((a, b))
    lines: dict[float, list[tuple[float, float]]] = {}
    for at, intervals in raw.items():
        spans: list[tuple[float, float]] = []
        for a, b in sorted(intervals):
            if spans and a <= spans[-1][1] + TOL:
                spans[-1] = (spans[-1][0], max(spans[-1][1], b))
            else:
                spans.append((a, b))
        lines[at] = spans
    return lines


def _covers(lines: dict[float, list[tuple[float, float]]], pos: float, a: float, b: float) -> bool:
    for at, spans in lines.items():
        if abs(at - pos) <= TOL and any(s <= a + TOL and e >= b - TOL for s, e in spans):
            return True
    return False


def _touch(h: Segment, v: Segment) -> bool:
    return h.x0 - TOL <= v.x0 <= h.x1 + TOL and v.y0 - TOL <= h.y0 <= v.y1 + TOL


def joined(segments: list[Segment]) -> list[Segment]:
    """Collinear overlapping or touching segments as one (each shared cell edge is usually
    drawn twice, once per cell)."""
    out: list[Segment] = []
    for horizontal in (True, False):
        same = [s for s in segments if s.horizontal == horizontal]
        lines = _merged(same, horizontal, SAME_LINE)
        for pos, spans in lines.items():
            for a, b in spans:
                out.append(Segment(a, pos, b, pos) if horizontal else Segment(pos, a, pos, b))
    return out


def components(segments: list[Segment]) -> list[list[Segment]]:
    """Groups of (joined) segments connected by crossings: each group one candidate table."""
    segments = joined(segments)
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, s in enumerate(segments) if s.horizontal]
    vs = [i for i, s in enumerate(segments) if not s.horizontal]
    for i in hs:
        for j in vs:
            if _touch(segments[i], segments[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Segment]] = {}
    for i, seg in enumerate(segments):
        groups.setdefault(find(i), []).append(seg)
    return list(groups.values())


def find_tables(segments: list[Segment], chars: list[Char], page: int) -> list[RuledTable]:
    """Every grid of at least two cells on the page, top to bottom."""
    found = [t for group in components(segments) if (t := _table(group, chars, page))]
    return sorted(found, key=lambda t: t.box[1])


def _table(group: list[Segment], chars: list[Char], page: int) -> RuledTable | None:
    h = [s for s in group if s.horizontal]
    v = [s for s in group if not s.horizontal]
    xs, ys = _axis([s.x0 for s in v]), _axis([s.y0 for s in h])
    if len(xs) < 2 or len(ys) < 2 or (len(xs) - 1) * (len(ys) - 1) < 2:
        return None  # a frame round a paragraph, not a table
    hlines, vlines = _merged(h, True), _merged(v, False)
    groups = _cell_groups(xs, ys, hlines, vlines)
    box = (xs[0], ys[0], xs[-1], ys[-1])
    owner = {
        (r, c): k
        for k, (r0, c0, r1, c1) in enumerate(groups)
        for r in range(r0, r1 + 1)
        for c in range(c0, c1 + 1)
    }
    members: list[list[Char]] = [[] for _ in groups]
    inside: set[int] = set()
    for i, ch in enumerate(chars):
        cx, cy = ch.center
        if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
            inside.add(i)
            r = min(bisect_right(ys, cy) - 1, len(ys) - 2)
            c = min(bisect_right(xs, cx) - 1, len(xs) - 2)
            members[owner[(max(r, 0), max(c, 0))]].append(ch)
    cells = [_cell(rect, xs, ys, mine, page) for rect, mine in zip(groups, members)]
    cells.sort(key=lambda c: (c.row, c.col))
    return RuledTable(box, Table(cells, prov=Provenance(page=page, bbox=box)), inside)


def _cell_groups(
    xs: list[float],
    ys: list[float],
    hlines: dict[float, list[tuple[float, float]]],
    vlines: dict[float, list[tuple[float, float]]],
) -> list[tuple[int, int, int, int]]:
    """Grid cells joined where no ruling separates them → (row0, col0, row1, col1)."""
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(rows) for c in range(cols)}

    def find(k: tuple[int, int]) -> tuple[int, int]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not _covers(vlines, xs[c + 1], ys[r], ys[r + 1]):
                parent[find((r, c + 1))] = find((r, c))
            if r + 1 < rows and not _covers(hlines, ys[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1, c))] = find((r, c))
    rects: dict[tuple[int, int], list[int]] = {}
    for r, c in parent:
        root = find((r, c))
        box = rects.setdefault(root, [r, c, r, c])
        box[0], box[1] = min(box[0], r), min(box[1], c)
        box[2], box[3] = max(box[2], r), max(box[3], c)
    return [(a, b, c, d) for a, b, c, d in rects.values()]


def _cell(
    rect: tuple[int, int, int, int], xs: list[float], ys: list[float], mine: list[Char], page: int
) -> Cell:
    r0, c0, r1, c1 = rect
    box = (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
    prov = Provenance(page=page, bbox=box)
    return Cell(cell_text(mine), r0, c0, r1 - r0 + 1, c1 - c0 + 1, prov)


def cell_text(chars: list[Char]) -> str:
    """A cell's characters by line, lines joined without spaces (a header "商业⏎企业" is
    商业企业, as the other readers give it); spaces between CJK characters dropped."""
    lines: list[list[Char]] = []
    for ch in sorted(chars, key=lambda c: (round(c.baseline, 1), c.x)):
        if lines and abs(lines[-1][0].baseline - ch.baseline) <= ch.size * 0.4:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    text = "".join("".join(c.text for c in sorted(line, key=lambda c: c.x)) for line in lines)
    return (
        text.replace(" ", "").strip()
        if any("\u4e00" <= t <= "\u9fff" for t in text)
        else text.strip()
    )
