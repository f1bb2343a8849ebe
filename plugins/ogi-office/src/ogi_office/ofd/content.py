"""One OFD page's content: characters with their positions (from TextObject/TextCode, CTM
and DeltaX applied) and the straight segments its paths draw (ruling lines). Units are the
page's millimetres, origin top-left, y growing downwards."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ogi.errors import ExtractionFailed
from ogi_office.ofd.package import children, local

MAX_OBJECTS = 200_000  # per page: more is an attack, not a report
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass
class Char:
    """One drawn character: its left edge, baseline, advance and font size."""

    text: str
    x: float
    baseline: float
    advance: float
    size: float

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.advance / 2, self.baseline - self.size * 0.35

    @property
    def top(self) -> float:
        return self.baseline - self.size * 0.85


@dataclass(frozen=True)
class Segment:
    """A straight horizontal or vertical line, normalised so x0 <= x1 and y0 <= y1."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y1 - self.y0) <= abs(self.x1 - self.x0)


@dataclass
class PageContent:
    """Everything the layout step needs from one page."""

    chars: list[Char]
    segments: list[Segment]
    images: int = 0


def numbers(text: str | None) -> list[float]:
    """The numbers of a space-separated attribute ("10 20 30 40"); bad tokens are dropped."""
    out = []
    for token in (text or "").split():
        try:
            out.append(float(token))
        except ValueError:
            continue
    return out


def _matrix(el: Any) -> Matrix:
    values = numbers(el.get("CTM"))
    return tuple(values) if len(values) == 6 else IDENTITY  # type: ignore[return-value]


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def read_page(root: Any) -> PageContent:
    """Walk the page's layers and page blocks in drawing order."""
    page = PageContent([], [])
    count = 0
    for el in root.iter():
        name = local(el.tag)
        count += 1
        if count > MAX_OBJECTS:
            raise ExtractionFailed("an OFD page holds too many objects", code="TOO_LARGE")
        if name == "TextObject":
            page.chars.extend(text_chars(el))
        elif name == "PathObject":
            page.segments.extend(path_segments(el))
        elif name == "ImageObject":
            page.images += 1
    return page


def _origin(el: Any) -> tuple[float, float]:
    box = numbers(el.get("Boundary"))
    return (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)


def deltas(text: str | None) -> list[float]:
    """DeltaX/DeltaY with the ``g count value`` abbreviation expanded."""
    tokens = (text or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                out.extend([float(tokens[i + 2])] * min(int(tokens[i + 1]), 100_000))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(tokens[i]))
        except ValueError:
            pass
        i += 1
    return out


def text_chars(obj: Any) -> list[Char]:
    """The characters of one TextObject, positioned on the page."""
    ox, oy = _origin(obj)
    m = _matrix(obj)
    size = numbers(obj.get("Size"))[:1] or [3.5]
    scale = abs(m[3]) if m != IDENTITY and m[3] else 1.0
    out: list[Char] = []
    x, y = 0.0, 0.0
    for code in children(obj, "TextCode"):
        x = float(numbers(code.get("X"))[0]) if numbers(code.get("X")) else x
        y = float(numbers(code.get("Y"))[0]) if numbers(code.get("Y")) else y
        dx, dy = deltas(code.get("DeltaX")), deltas(code.get("DeltaY"))
        text = code.text or ""
        for i, ch in enumerate(text):
            step = dx[i] if i < len(dx) else _default_advance(ch, size[0])
            px, py = _apply(m, x, y)
            out.append(Char(ch, ox + px, oy + py, abs(step) * scale, size[0] * scale))
            x += step
            y += dy[i] if i < len(dy) else 0.0
    return out


def _default_advance(ch: str, size: float) -> float:
    return size if ord(ch) > 0x2E80 else size * 0.5


_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "S": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}


def path_points(data: str) -> list[list[tuple[float, float]]]:
    """The polylines of AbbreviatedData (M/S start, L line, C close; curves end a run)."""
    tokens = _PATH_TOKEN.findall(data)
    runs: list[list[tuple[float, float]]] = []
    i = 0
    while i < len(tokens):
        op = tokens[i]
        arity = _ARITY.get(op)
        if arity is None:
            i += 1
            continue
        args = [float(t) for t in tokens[i + 1 : i + 1 + arity] if not t.isalpha()]
        i += 1 + len(args)
        if len(args) < arity:
            break
        if op in ("M", "S"):
            runs.append([(args[0], args[1])])
        elif op == "L" and runs:
            runs[-1].append((args[0], args[1]))
        elif op == "C" and runs and len(runs[-1]) > 1:
            runs[-1].append(runs[-1][0])
        elif op in ("Q", "B", "A"):
            runs.append([(args[-2], args[-1])])  # a curve is not a ruling
    return runs


def path_segments(obj: Any) -> list[Segment]:
    """Horizontal and vertical segments a PathObject strokes (or a thin filled bar)."""
    ox, oy = _origin(obj)
    m = _matrix(obj)
    data = next((c.text or "" for c in children(obj, "AbbreviatedData")), "")
    out: list[Segment] = []
    for run in path_points(data):
        points = [_apply(m, x, y) for x, y in run]
        for (ax, ay), (bx, by) in zip(points, points[1:]):
            seg = Segment(min(ax, bx) + ox, min(ay, by) + oy, max(ax, bx) + ox, max(ay, by) + oy)
            if _straight(seg):
                out.append(seg)
    return _thin_bar(out) or out


def _straight(seg: Segment) -> bool:
    return (seg.y1 - seg.y0 < 0.2 and seg.x1 - seg.x0 > 0.5) or (
        seg.x1 - seg.x0 < 0.2 and seg.y1 - seg.y0 > 0.5
    )


def _thin_bar(segments: list[Segment]) -> list[Segment]:
    """A rectangle under 0.8 mm thick is a ruling drawn as a filled bar: its centre line."""
    if len(segments) != 4:
        return []
    x0, y0 = min(s.x0 for s in segments), min(s.y0 for s in segments)
    x1, y1 = max(s.x1 for s in segments), max(s.y1 for s in segments)
    if y1 - y0 < 0.8 <= x1 - x0:
        return [Segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2)]
    if x1 - x0 < 0.8 <= y1 - y0:
        return [Segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1)]
    return []
