"""Ruled tables from the segments a page draws: segments that touch form a grid; grid lines
are the distinct x and y positions; two neighbouring grid cells with no ruling between them
are one merged cell. Characters are placed into the cells by their centres."""

from __future__ import annotations

from dataclasses import dataclass

from ogi.document import Cell, Provenance, Table
from ogi_office.ofd.content import Char, Segment

TOL = 0.6  # millimetres: lines closer than this are the same ruling


@dataclass
class RuledTable:
    """A table found on a page: its outer box, the grid and the cells (still without index)."""

    box: tuple[float, float, float, float]
    table: Table
    chars: set[int]


def _axis(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def _merged(segments: list[Segment], horizontal: bool) -> dict[float, list[tuple[float, float]]]:
    """Collinear segments joined: position → covered intervals."""
    lines: dict[float, list[tuple[float, float]]] = {}
    keyed = sorted(((s.y0, s.x0, s.x1) if horizontal else (s.x0, s.y0, s.y1)) for s in segments)
    axis = _axis([k for k, _, _ in keyed])
    for pos, a, b in keyed:
        at = min(axis, key=lambda v: abs(v - pos))
        spans = lines.setdefault(at, [])
        if spans and a <= spans[-1][1] + TOL:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    for spans in lines.values():
        spans.sort()
    return lines


def _covers(lines: dict[float, list[tuple[float, float]]], pos: float, a: float, b: float) -> bool:
    for at, spans in lines.items():
        if abs(at - pos) <= TOL and any(s <= a + TOL and e >= b - TOL for s, e in spans):
            return True
    return False


def _touch(h: Segment, v: Segment) -> bool:
    return h.x0 - TOL <= v.x0 <= h.x1 + TOL and v.y0 - TOL <= h.y0 <= v.y1 + TOL


def components(segments: list[Segment]) -> list[list[Segment]]:
    """Groups of segments connected by crossings (each group one candidate table)."""
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
    inside = {
        i
        for i, ch in enumerate(chars)
        if box[0] <= ch.center[0] <= box[2] and box[1] <= ch.center[1] <= box[3]
    }
    cells = [_cell(rect, xs, ys, chars, inside, page) for rect in groups]
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
    rect: tuple[int, int, int, int],
    xs: list[float],
    ys: list[float],
    chars: list[Char],
    inside: set[int],
    page: int,
) -> Cell:
    r0, c0, r1, c1 = rect
    box = (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
    mine = [
        chars[i]
        for i in sorted(inside)
        if box[0] <= chars[i].center[0] <= box[2] and box[1] <= chars[i].center[1] <= box[3]
    ]
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
