"""Ruled tables in a page image: ruling lines by morphology (OpenCV), the cell grid from
their positions, spans from the walls that are missing between neighbouring grid cells."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels
LINE_TOL = 5  # px: segments closer than this are one ruling line
WALL_SHARE = 0.5  # share of a grid edge that must be inked to count as a wall


@dataclass
class GridTable:
    """A ruled table: its box and its cells' boxes (a spanning cell is one box)."""

    box: Box
    cells: list[Box]


def ink(gray: np.ndarray) -> np.ndarray:
    """Dark pixels (255) on light paper (0): Otsu threshold, so grey paper and noise stay
    paper."""
    import cv2

    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return mask


def rulings(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling lines: ink runs longer than any character."""
    import cv2

    length = max(25, mask.shape[1] // 40)
    horizontal = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    vertical = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    # a blurred line is 2–3 px thick with gaps: close them along the line
    horizontal = cv2.dilate(horizontal, np.ones((3, 5), np.uint8))
    vertical = cv2.dilate(vertical, np.ones((5, 3), np.uint8))
    return horizontal, vertical


def find_tables(gray: np.ndarray) -> tuple[list[GridTable], np.ndarray]:
    """The ruled tables of a page (top to bottom) and the mask of all ruling lines."""
    import cv2

    horizontal, vertical = rulings(ink(gray))
    lines = cv2.bitwise_or(horizontal, vertical)
    count, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    tables = []
    for k in range(1, count):
        x, y, w, h = (int(v) for v in stats[k][:4])
        if w < 80 or h < 40:
            continue
        table = _table(horizontal[y : y + h, x : x + w], vertical[y : y + h, x : x + w], (x, y))
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda t: t.box[1])
    return tables, lines


def _positions(mask: np.ndarray, axis: int) -> list[int]:
    """Positions of the line segments along ``axis`` (0: rows of horizontal lines)."""
    import cv2

    count, _, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    length = 2 if axis == 0 else 3  # the width of a horizontal segment, height of a vertical
    values = sorted(
        int(round(centroids[k][1 - axis])) for k in range(1, count) if stats[k][length] >= 25
    )
    out: list[list[int]] = []
    for v in values:
        if out and v - out[-1][-1] <= LINE_TOL:
            out[-1].append(v)
        else:
            out.append([v])
    return [round(sum(group) / len(group)) for group in out]


def _table(
    horizontal: np.ndarray, vertical: np.ndarray, origin: tuple[int, int]
) -> GridTable | None:
    ys, xs = _positions(horizontal, 0), _positions(vertical, 1)
    if len(ys) < 2 or len(xs) < 2 or len(ys) + len(xs) < 5:  # at least 2 cells
        return None
    groups = _merge_cells(horizontal, vertical, xs, ys)
    ox, oy = origin
    cells = [
        (xs[c0] + ox, ys[r0] + oy, xs[c1 + 1] + ox, ys[r1 + 1] + oy) for r0, c0, r1, c1 in groups
    ]
    return GridTable((xs[0] + ox, ys[0] + oy, xs[-1] + ox, ys[-1] + oy), cells)


def _merge_cells(
    horizontal: np.ndarray, vertical: np.ndarray, xs: list[int], ys: list[int]
) -> list[tuple[int, int, int, int]]:
    """Grid cells joined where the wall between them is missing: (row0, col0, row1, col1)."""
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not _wall(vertical, xs[c + 1], ys[r], ys[r + 1], vertical=True):
                parent[find(r * cols + c + 1)] = find(r * cols + c)
            if r + 1 < rows and not _wall(horizontal, ys[r + 1], xs[c], xs[c + 1], vertical=False):
                parent[find((r + 1) * cols + c)] = find(r * cols + c)
    spans: dict[int, list[int]] = {}
    for r in range(rows):
        for c in range(cols):
            root = find(r * cols + c)
            box = spans.setdefault(root, [r, c, r, c])
            box[0], box[1] = min(box[0], r), min(box[1], c)
            box[2], box[3] = max(box[2], r), max(box[3], c)
    return sorted((b[0], b[1], b[2], b[3]) for b in spans.values())


def _wall(mask: np.ndarray, at: int, start: int, end: int, vertical: bool) -> bool:
    """Whether the edge at ``at`` between ``start`` and ``end`` is mostly inked."""
    lo, hi = start + LINE_TOL, end - LINE_TOL
    if hi <= lo:
        return True
    band = slice(max(0, at - LINE_TOL), at + LINE_TOL + 1)
    strip = mask[lo:hi, band] if vertical else mask[band, lo:hi].T
    return float((strip.max(axis=1) > 0).mean()) >= WALL_SHARE
