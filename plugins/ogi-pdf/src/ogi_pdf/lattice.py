"""Ruled-table finding without pdfplumber: the "lines" table strategy written for the
pdfium engine, giving the tables pdfplumber's ``TableFinder`` gives on the same edges and
settings (snap, join, minimum edge length, intersection tolerance).

Steps: the page's edges (lines, rectangle sides, curve segments) → horizontal and vertical
edges at least ``edge_min_length_prefilter`` long → edges within the snap tolerance moved
to their mean position → collinear edges within the join tolerance joined → edges shorter
than ``edge_min_length`` dropped → crossings of a vertical and a horizontal edge (within
the intersection tolerance) → for each crossing, the smallest cell whose four corners are
crossings joined by edges → cells sharing a corner grouped into tables.

Other strategies ("text", "explicit") are handed to pdfplumber's own finder.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

Box = tuple[float, float, float, float]
Point = tuple[float, float]
_LINE_STRATEGIES = ("lines", "lines_strict")
_NUMBERS = {
    "snap_tolerance": 3.0,
    "join_tolerance": 3.0,
    "edge_min_length": 3.0,
    "edge_min_length_prefilter": 1.0,
    "intersection_tolerance": 3.0,
}
_PER_AXIS = ("snap", "join", "intersection")


@dataclass(frozen=True)
class Edge:
    """A horizontal ("h") or vertical ("v") ruling segment in top-left coordinates."""

    kind: str  # "line", "rect_edge" or "curve_edge"
    orientation: str | None
    x0: float
    x1: float
    top: float
    bottom: float
    width: float
    height: float

    @property
    def box(self) -> Box:
        """(x0, top, x1, bottom)."""
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def length(self) -> float:
        """Its extent along its orientation."""
        return self.height if self.orientation == "v" else self.width


@dataclass
class FoundTable:
    """A table found on the page: its cells' boxes (x0, top, x1, bottom)."""

    cells: list[Box]

    @property
    def bbox(self) -> Box:
        """The box around all its cells."""
        return (
            min(c[0] for c in self.cells),
            min(c[1] for c in self.cells),
            max(c[2] for c in self.cells),
            max(c[3] for c in self.cells),
        )


def page_edges(objects: dict[str, list[dict[str, Any]]]) -> list[Edge]:
    """Line edges, then rectangle sides, then curve segments (pdfplumber's order)."""
    edges = [_line_edge(o) for o in objects.get("line", ())]
    for rect in objects.get("rect", ()):
        edges += _rect_edges(rect)
    for curve in objects.get("curve", ()):
        edges += _curve_edges(curve)
    return edges


def _line_edge(o: dict[str, Any]) -> Edge:
    orientation = "h" if o["top"] == o["bottom"] else "v"
    return Edge(
        "line", orientation, o["x0"], o["x1"], o["top"], o["bottom"], o["width"], o["height"]
    )


def _rect_edges(r: dict[str, Any]) -> list[Edge]:
    x0, x1, top, bottom, w, h = r["x0"], r["x1"], r["top"], r["bottom"], r["width"], r["height"]
    return [
        Edge("rect_edge", "h", x0, x1, top, top, w, 0),
        Edge("rect_edge", "h", x0, x1, top + h, bottom, w, 0),
        Edge("rect_edge", "v", x0, x0, top, bottom, 0, h),
        Edge("rect_edge", "v", x1, x1, top, bottom, 0, h),
    ]


def _curve_edges(curve: dict[str, Any]) -> list[Edge]:
    out = []
    pts = curve["pts"]
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        orientation = "v" if ax == bx else ("h" if ay == by else None)
        out.append(
            Edge(
                "curve_edge",
                orientation,
                min(ax, bx),
                max(ax, bx),
                min(ay, by),
                max(ay, by),
                abs(ax - bx),
                abs(ay - by),
            )
        )
    return out


def resolve(settings: dict[str, Any]) -> dict[str, Any] | None:
    """The numeric settings of a "lines"/"lines_strict" search (per-axis values filled
    from the shared ones, as pdfplumber does), or None when another strategy is asked."""
    if any(k.startswith("explicit_") and v for k, v in settings.items()):
        return None
    core = {k: v for k, v in settings.items() if not k.startswith("text_")}
    out: dict[str, Any] = {
        "vertical_strategy": core.pop("vertical_strategy", "lines"),
        "horizontal_strategy": core.pop("horizontal_strategy", "lines"),
    }
    if not {out["vertical_strategy"], out["horizontal_strategy"]} <= set(_LINE_STRATEGIES):
        return None
    core.pop("min_words_vertical", None)
    core.pop("min_words_horizontal", None)
    for key, default in _NUMBERS.items():
        out[key] = core.pop(key, default)
    for prefix in _PER_AXIS:
        for axis in ("x", "y"):
            out[f"{prefix}_{axis}_tolerance"] = core.pop(
                f"{prefix}_{axis}_tolerance", out[f"{prefix}_tolerance"]
            )
    if core:
        raise ValueError(f"unknown table settings: {sorted(core)}")
    if any((v or 0) < 0 for k, v in out.items() if not k.endswith("strategy")):
        raise ValueError("table settings cannot be negative")
    return out


def find_tables(page: Any, settings: dict[str, Any]) -> list[Any]:
    """The page's ruled tables (pdfplumber's ``find_tables`` on the same settings)."""
    resolved = resolve(settings)
    if resolved is None:
        return _pdfplumber_tables(page, settings)
    edges = table_edges(page.edges, resolved)
    crossings = intersections(
        edges, resolved["intersection_x_tolerance"], resolved["intersection_y_tolerance"]
    )
    return [FoundTable(group) for group in group_cells(cells_of(crossings))]


def _pdfplumber_tables(page: Any, settings: dict[str, Any]) -> list[Any]:
    """Strategies this module does not implement, through pdfplumber's finder."""
    from types import SimpleNamespace

    from pdfplumber.table import TableFinder
    from pdfplumber.utils.text import extract_words

    chars = [{**c, "doctop": c["top"]} for c in page.chars]
    edges = [{**e.__dict__, "object_type": e.kind, "doctop": e.top} for e in page.edges]
    shim = SimpleNamespace(
        edges=edges,
        bbox=page.bbox,
        chars=chars,
        extract_words=lambda **kw: extract_words(chars, **kw),
    )
    return list(TableFinder(shim, settings).tables)  # type: ignore[arg-type]


def table_edges(edges: list[Edge], s: dict[str, Any]) -> list[Edge]:
    """The edges the table search uses: prefiltered, snapped, joined, filtered."""
    chosen: list[Edge] = []
    for orientation, strategy in (("v", s["vertical_strategy"]), ("h", s["horizontal_strategy"])):
        chosen += [
            e
            for e in edges
            if e.orientation == orientation
            and (strategy == "lines" or e.kind == "line")
            and e.length >= s["edge_min_length_prefilter"]
        ]
    merged = merge(
        chosen,
        s["snap_x_tolerance"],
        s["snap_y_tolerance"],
        s["join_x_tolerance"],
        s["join_y_tolerance"],
    )
    return [e for e in merged if e.length >= s["edge_min_length"]]


def clusters(values: list[float], tolerance: float) -> dict[float, int]:
    """Each distinct value → its cluster number: sorted values chained while each is within
    ``tolerance`` of the one before."""
    out: dict[float, int] = {}
    number, last = -1, None
    for v in sorted(set(values)):
        if last is None or tolerance == 0 or v > last + tolerance:
            number += 1
        out[v] = number
        last = v
    return out


def _snap(edges: list[Edge], attr: str, tolerance: float) -> list[Edge]:
    """Move each edge to the mean position of its cluster (keeping its length). Clusters
    come in order of position, each cluster's edges in their given order (what a stable
    sort by cluster number, then grouping, gives)."""
    values = [getattr(e, attr) for e in edges]
    ids = clusters(values, tolerance)
    groups: list[list[tuple[Edge, float]]] = [[] for _ in range(len(set(ids.values())))]
    for e, v in zip(edges, values):
        groups[ids[v]].append((e, v))
    out = []
    for group in groups:
        mean = sum([v for _, v in group]) / len(group)
        for e, v in group:
            shift = mean - v
            if attr == "x0":
                out.append(
                    Edge(
                        e.kind,
                        e.orientation,
                        e.x0 + shift,
                        e.x1 + shift,
                        e.top,
                        e.bottom,
                        e.width,
                        e.height,
                    )
                )
            else:
                out.append(
                    Edge(
                        e.kind,
                        e.orientation,
                        e.x0,
                        e.x1,
                        e.top + shift,
                        e.bottom + shift,
                        e.width,
                        e.height,
                    )
                )
    return out


def merge(
    edges: list[Edge], snap_x: float, snap_y: float, join_x: float, join_y: float
) -> list[Edge]:
    """Snap near-collinear edges together, then join the collinear ones that touch or
    nearly touch (within the join tolerance) into one."""
    if snap_x > 0 or snap_y > 0:
        vertical = [e for e in edges if e.orientation == "v"]
        horizontal = [e for e in edges if e.orientation == "h"]
        edges = _snap(vertical, "x0", snap_x) + _snap(horizontal, "top", snap_y)

    def line_of(e: Edge) -> tuple[str, float]:
        return ("h", e.top) if e.orientation == "h" else ("v", e.x0)

    groups: dict[tuple[str, float], list[Edge]] = defaultdict(list)
    for e in sorted(edges, key=line_of):
        groups[line_of(e)].append(e)
    out: list[Edge] = []
    for (orientation, _), group in groups.items():
        out += _join(group, orientation, join_x if orientation == "h" else join_y)
    return out


def _join(group: list[Edge], orientation: str, tolerance: float) -> list[Edge]:
    """Collinear edges (one line) in order along it, those overlapping or within
    ``tolerance`` of the one before joined into one."""
    start, end, grown = (_X0, _X1, _longer_h) if orientation == "h" else (_TOP, _BOTTOM, _longer_v)
    ordered = sorted(group, key=start)
    last = ordered[0]
    joined = [last]
    for e in ordered[1:]:
        if start(e) <= end(last) + tolerance:
            if end(e) > end(last):
                last = joined[-1] = grown(last, e)
        else:
            joined.append(e)
            last = e
    return joined


def _longer_h(last: Edge, e: Edge) -> Edge:
    """Horizontal ``last`` drawn on to ``e``'s right end."""
    return Edge(
        last.kind,
        last.orientation,
        last.x0,
        e.x1,
        last.top,
        last.bottom,
        e.x1 - last.x0,
        last.height,
    )


def _longer_v(last: Edge, e: Edge) -> Edge:
    """Vertical ``last`` drawn on down to ``e``'s bottom."""
    height = last.height + (e.bottom - last.bottom)
    return Edge(
        last.kind, last.orientation, last.x0, last.x1, last.top, e.bottom, last.width, height
    )


_X0 = attrgetter("x0")
_X1 = attrgetter("x1")
_TOP = attrgetter("top")
_BOTTOM = attrgetter("bottom")


def intersections(
    edges: list[Edge], x_tolerance: float, y_tolerance: float
) -> dict[Point, tuple[set[Box], set[Box]]]:
    """Crossing points (vertical edge's x, horizontal edge's top) → the boxes of the
    vertical and of the horizontal edges through it."""
    out: dict[Point, tuple[set[Box], set[Box]]] = {}
    vertical = sorted((e for e in edges if e.orientation == "v"), key=lambda e: (e.x0, e.top))
    horizontal = sorted((e for e in edges if e.orientation == "h"), key=lambda e: (e.top, e.x0))
    for v in vertical:
        for h in horizontal:
            if (
                v.top <= h.top + y_tolerance
                and v.bottom >= h.top - y_tolerance
                and h.x0 - x_tolerance <= v.x0 <= h.x1 + x_tolerance
            ):
                point = (v.x0, h.top)
                if point not in out:
                    out[point] = (set(), set())
                out[point][0].add(v.box)
                out[point][1].add(h.box)
    return out


def cells_of(crossings: dict[Point, tuple[set[Box], set[Box]]]) -> list[Box]:
    """For each crossing in (x, y) order, the smallest cell it is the top-left corner of:
    the first point below and point to the right (nearest first) joined to it by an edge,
    whose opposite corner is a crossing joined to both."""
    below: dict[float, list[float]] = defaultdict(list)
    right: dict[float, list[float]] = defaultdict(list)
    points = sorted(crossings)
    for x, y in points:
        below[x].append(y)
        right[y].append(x)

    def joined(p: Point, q: Point) -> bool:
        if p[0] == q[0] and not crossings[p][0].isdisjoint(crossings[q][0]):
            return True
        return p[1] == q[1] and not crossings[p][1].isdisjoint(crossings[q][1])

    cells: list[Box] = []
    for x, y in points:
        cell = _smallest_cell((x, y), below[x], right[y], crossings, joined)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(
    p: Point,
    ys: list[float],
    xs: list[float],
    crossings: dict[Point, Any],
    joined: Any,
) -> Box | None:
    x, y = p
    for by in (v for v in ys if v > y):
        if not joined(p, (x, by)):
            continue
        for rx in (v for v in xs if v > x):
            if not joined(p, (rx, y)):
                continue
            corner = (rx, by)
            if corner in crossings and joined(corner, (rx, y)) and joined(corner, (x, by)):
                return (x, y, rx, by)
    return None


def group_cells(cells: list[Box]) -> list[list[Box]]:
    """Cells sharing a corner, gathered into tables (each pass over the remaining cells
    adds those touching the growing table), sorted top to bottom then left to right;
    single cells dropped."""
    remaining = list(cells)
    tables: list[list[Box]] = []
    corners: set[Point] = set()
    current: list[Box] = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            mine = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in mine):
                corners.update(mine)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(current)
            corners, current = set(), []
    if current:
        tables.append(current)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]
