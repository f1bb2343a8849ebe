"""A page read through pypdfium2's raw API, shaped like the pdfplumber page the reader uses.

Characters and ruling objects come out in pdfplumber's conventions (top-left origin,
``x0/x1/top/bottom``, ``upright``, ``size``; lines, rectangles and curves classified the
way pdfminer classifies painted paths), so the rest of the reader — overprint removal,
table finding, cell texts, text lines — gives the same Document as with pdfplumber.

Character boxes follow pdfminer, not pdfium's glyph boxes: the advance width comes from
the font's widths (``FPDFFont_GetGlyphWidth``), the box is one font size tall and starts
at the font's descent below the baseline. pdfium folds spaces drawn in the content stream
into "generated" spaces (and drops those at line ends); a generated space is kept as a
space character, since it ends a word the way pdfminer's space character does.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ogi_pdf.pdfium_chars import FontMetrics

Matrix = tuple[float, float, float, float, float, float]
Obj = dict[str, Any]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MOVE, _LINE, _BEZIER = 2, 0, 1  # FPDF_SEGMENT_*
_PATH, _TEXT, _FORM = 2, 1, 5
_SINGLE = struct.Struct("f")


def mult(m: Matrix, n: Matrix) -> Matrix:
    """The matrix product ``m × n`` (apply ``m`` first, then ``n``), PDF row convention."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    """The point (x, y) through matrix ``m``."""
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


class Geometry:
    """pdfminer's page transform (rotation, media box) and pdfplumber's flip to top-left."""

    def __init__(self, mediabox: tuple[float, float, float, float], rotation: int) -> None:
        x0, y0, x1, y1 = mediabox
        self.ctm: Matrix = {
            90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
            180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
            270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
        }.get(rotation, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
        lo_x, hi_x = sorted((x0, x1))
        lo_y, hi_y = sorted((y0, y1))
        if rotation in (90, 270):
            lo_x, lo_y, hi_x, hi_y = lo_y, lo_x, hi_y, hi_x
        self.width = hi_x - lo_x
        self.height = hi_y - lo_y
        self.left = lo_x
        self.top_offset = self.height - hi_y
        self.bbox = (lo_x, self.top_offset, hi_x, self.height - lo_y)

    def x(self, x: float) -> float:
        """A pdfminer x (after the page transform) as pdfplumber reports it."""
        return x + self.left

    def top(self, y: float) -> float:
        """A pdfminer y (after the page transform) as a pdfplumber top/bottom."""
        return self.height - y + self.top_offset


@lru_cache(maxsize=65536)
def _r(v: float) -> float:
    """The shortest decimal that reads back as the same single-precision value: pdfium
    keeps numbers as floats, so 841.89 in the file comes back as 841.8900146…; pdfminer
    reads the double 841.89 and computes from it. Recovering the written number first makes
    the same arithmetic give the same doubles (cell boxes rounded to 0.1 agree)."""
    single = _SINGLE.unpack(_SINGLE.pack(v))[0]
    for digits in range(1, 10):
        candidate = float(f"{v:.{digits}g}")
        if _SINGLE.unpack(_SINGLE.pack(candidate))[0] == single:
            return candidate
    return v


class PdfiumPage:
    """One page's characters and painted paths, with the parts of pdfplumber's ``Page``
    interface the reader uses (``chars``, ``objects``, ``edges``, ``filter``,
    ``find_tables``, ``extract_text_lines``, ``width``, ``height``, ``bbox``)."""

    def __init__(
        self,
        width: float,
        height: float,
        bbox: tuple[float, float, float, float],
        objects: dict[str, list[Obj]],
    ) -> None:
        self.width = width
        self.height = height
        self.bbox = bbox
        self.objects = objects
        self._edges: list[Any] | None = None

    @property
    def chars(self) -> list[Obj]:
        """The characters in drawing order."""
        return self.objects.get("char", [])

    @property
    def edges(self) -> list[Any]:
        """Line, rectangle and curve edges (``lattice.Edge``), in pdfplumber's order."""
        if self._edges is None:
            from ogi_pdf.lattice import page_edges

            self._edges = page_edges(self.objects)
        return self._edges

    def filter(self, keep: Callable[[Obj], bool]) -> PdfiumPage:
        """The page with only the objects ``keep`` accepts."""
        objects = {kind: [o for o in objs if keep(o)] for kind, objs in self.objects.items()}
        return PdfiumPage(self.width, self.height, self.bbox, objects)

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        """Ruled tables, as pdfplumber's ``Page.find_tables`` finds them."""
        from ogi_pdf.lattice import find_tables

        return find_tables(self, table_settings or {})

    def extract_text_lines(self, return_chars: bool = False) -> list[Obj]:
        """Text lines, as pdfplumber's ``Page.extract_text_lines`` (no layout) gives them."""
        from ogi_pdf.lines import text_lines

        return text_lines(self.chars)

    def close(self) -> None:
        """Nothing to release (the pdfium handles are closed after reading)."""


def read_page(pdf: Any, index: int) -> PdfiumPage:
    """Page ``index`` of an open ``pypdfium2.PdfDocument``, read into a PdfiumPage."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return read_loaded(page, textpage)
        finally:
            textpage.close()
    finally:
        page.close()


def read_loaded(page: Any, textpage: Any, fonts: FontMetrics | None = None) -> PdfiumPage:
    """A loaded ``PdfPage`` and its ``PdfTextPage`` read into a PdfiumPage (the caller
    closes them). ``fonts``: the metrics the page read before left, its page still
    loaded; replaced by this page's (then keep this page loaded while they are used)."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped,unused-ignore]

    box = _mediabox(pdfium_c, page.raw)
    geometry = Geometry(
        (_r(box[0]), _r(box[1]), _r(box[2]), _r(box[3])),
        int(pdfium_c.FPDFPage_GetRotation(page.raw)) * 90,
    )
    objects: dict[str, list[Obj]] = {"char": [], "line": [], "rect": [], "curve": []}
    order: dict[int, int] = {}
    actual_text = False
    for handle, kind, outer in _walk(pdfium_c, page.raw, geometry.ctm):
        if kind == _TEXT:
            order[_address(handle)] = len(order)
            actual_text = actual_text or _has_actual_text(pdfium_c, handle)
        elif kind == _PATH:
            matrix = mult(_matrix(pdfium_c, handle), outer)
            for obj in _path_objects(pdfium_c, handle, matrix, geometry):
                objects[obj["object_type"]].append(obj)
    from ogi_pdf.pdfium_chars import CharReader

    reader = CharReader(pdfium_c, textpage.raw, geometry, actual_text, fonts)
    objects["char"] = reader.read(order)
    if fonts is not None:
        reader.leave_fonts(fonts)
    return PdfiumPage(geometry.width, geometry.height, geometry.bbox, objects)


def _mediabox(c: Any, page: Any) -> tuple[float, float, float, float]:
    """The page's media box; one inherited from the page tree (which ``FPDFPage_GetMediaBox``
    does not look up) is the page's bounding box pdfium derived from it."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not c.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        rect = c.FS_RECTF()
        c.FPDF_GetPageBoundingBox(page, rect)
        return (rect.left, rect.bottom, rect.right, rect.top)
    return (left.value, bottom.value, right.value, top.value)


def _has_actual_text(c: Any, handle: Any) -> bool:
    """Whether a text object sits in marked content carrying ``/ActualText``."""
    for index in range(c.FPDFPageObj_CountMarks(handle)):
        mark = c.FPDFPageObj_GetMark(handle, index)
        if mark and c.FPDFPageObjMark_GetParamValueType(mark, b"ActualText"):
            return True
    return False


def _address(handle: Any) -> int:
    return int(ctypes.cast(handle, ctypes.c_void_p).value or 0)


#: Descents (per 1000) pdfminer gives the standard fonts it knows when they are not embedded.
STANDARD_DESCENTS: dict[str, float] = {
    **dict.fromkeys(("Courier", "CourierNew"), -194.0),
    **dict.fromkeys(("Helvetica", "Arial"), -207.0),
    **dict.fromkeys(("Times-Roman", "Times", "TimesNewRoman"), -217.0),
    **dict.fromkeys(("Symbol", "ZapfDingbats"), 0.0),
}
for _family, _styles in (
    ("Courier", ("-Bold", "-BoldOblique", "-Oblique")),
    ("Helvetica", ("-Bold", "-BoldOblique", "-Oblique")),
    ("Times", ("-Bold", "-BoldItalic", "-Italic")),
    ("Arial", (",Italic", ",Bold", ",BoldItalic")),
    ("CourierNew", (",Italic", ",Bold", ",BoldItalic")),
    ("TimesNewRoman", (",Italic", ",Bold", ",BoldItalic")),
):
    for _style in _styles:
        STANDARD_DESCENTS[_family + _style] = STANDARD_DESCENTS[
            "Times-Roman" if _family == "Times" else _family
        ]


def _walk(c: Any, page: Any, ctm: Matrix) -> Iterator[tuple[Any, int, Matrix]]:
    """Every page object in drawing order, forms expanded: its handle, its type and the
    matrix of what encloses it (enclosing forms' matrices × page transform); the object's
    own matrix to pdfminer's page space is ``mult(_matrix(c, handle), outer)``, computed
    here only for forms (text objects do not need it)."""
    stack: list[tuple[Any, int, int, Matrix]] = [(None, 0, c.FPDFPage_CountObjects(page), ctm)]
    while stack:
        form, i, n, outer = stack.pop()
        if i >= n:
            continue
        stack.append((form, i + 1, n, outer))
        handle = c.FPDFPage_GetObject(page, i) if form is None else c.FPDFFormObj_GetObject(form, i)
        kind = c.FPDFPageObj_GetType(handle)
        yield handle, kind, outer
        if kind == _FORM:
            matrix = mult(_matrix(c, handle), outer)
            stack.append((handle, 0, c.FPDFFormObj_CountObjects(handle), matrix))


def _matrix(c: Any, handle: Any) -> Matrix:
    m = c.FS_MATRIX()
    if not c.FPDFPageObj_GetMatrix(handle, m):
        return IDENTITY
    return (_r(m.a), _r(m.b), _r(m.c), _r(m.d), _r(m.e), _r(m.f))


def _path_objects(c: Any, path: Any, matrix: Matrix, geometry: Geometry) -> list[Obj]:
    """A painted path as pdfminer paints it: one object per subpath, a line for "m l", a
    rectangle for a closed axis-aligned four-sided subpath, else a curve through the end
    points of its segments. Paths neither filled nor stroked (clips) paint nothing. A
    rectangle says whether it is filled and stroked; one filled only carries its fill
    colour as RGB from 0 to 1 (pdfminer's ``non_stroking_color``, in pdfium's RGB), which
    tells a white background drawn behind a line of text from a ruling."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not c.FPDFPath_GetDrawMode(path, fill, stroke) or (fill.value == 0 and not stroke.value):
        return []
    paint: Obj = {"fill": fill.value != 0, "stroke": bool(stroke.value)}
    out: list[Obj] = []
    for shape, points in _subpaths(c, path, matrix):
        obj = _classify(shape, points, geometry)
        if obj is not None:
            if obj["object_type"] == "rect":
                if "non_stroking_color" not in paint and paint["fill"] and not paint["stroke"]:
                    paint["non_stroking_color"] = _fill_color(c, path)
                obj.update(paint)
            out.append(obj)
    return out


def _fill_color(c: Any, path: Any) -> tuple[float, ...] | None:
    """The path's fill colour as RGB from 0 to 1 (None when pdfium cannot give it)."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not c.FPDFPageObj_GetFillColor(path, r, g, b, a):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


class _SegmentCalls:
    """The per-segment pdfium calls as ctypes prototypes taking plain integer handles
    (no argument conversion from pypdfium2's pointer types per call)."""

    def __init__(self, c: Any) -> None:
        vp, i = ctypes.c_void_p, ctypes.c_int
        self.segment = proto(c, "FPDFPath_GetPathSegment", vp, vp, i)
        self.kind = proto(c, "FPDFPathSegment_GetType", i, vp)
        self.point = proto(c, "FPDFPathSegment_GetPoint", i, vp, vp, vp)
        self.close = proto(c, "FPDFPathSegment_GetClose", i, vp)


def proto(c: Any, name: str, restype: Any, *args: Any) -> Any:
    """pdfium's function ``name`` (from pypdfium2's raw module ``c``) as a ctypes function
    of ``args`` returning ``restype``."""
    pointer = ctypes.cast(getattr(c, name), ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *args)(pointer)


@lru_cache(maxsize=1)
def _segment_calls(c: Any) -> _SegmentCalls:
    return _SegmentCalls(c)


def _subpaths(c: Any, path: Any, matrix: Matrix) -> list[tuple[str, list[tuple[float, float]]]]:
    """(shape, points) per subpath: "m", "l", "c" (one per Bézier, its end point) and "h"
    (closing, at the subpath's start point), points through ``matrix``."""
    subpaths: list[tuple[str, list[tuple[float, float]]]] = []
    shape, points = "", list[tuple[float, float]]()
    x, y = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.addressof(x), ctypes.addressof(y)
    calls, handle = _segment_calls(c), _address(path)
    a, b, cc, d, e, f = matrix
    segment_at, kind_of, point_of, closes = calls.segment, calls.kind, calls.point, calls.close
    bezier = 0
    for i in range(c.FPDFPath_CountSegments(path)):
        segment = segment_at(handle, i)
        kind = kind_of(segment)
        point_of(segment, px, py)
        sx, sy = _r(x.value), _r(y.value)
        point = (a * sx + cc * sy + e, b * sx + d * sy + f)  # apply(matrix, sx, sy)
        if kind == _MOVE:
            if shape:
                subpaths.append((shape, points))
            shape, points, bezier = "m", [point], 0
        elif kind == _BEZIER:
            bezier += 1
            if bezier % 3 == 0:
                shape += "c"
                points.append(point)
        else:
            shape += "l"
            points.append(point)
        if closes(segment) and shape:
            shape += "h"
            points.append(points[0])
    if shape:
        subpaths.append((shape, points))
    return subpaths


def _classify(shape: str, pts: list[tuple[float, float]], geometry: Geometry) -> Obj | None:
    if not shape.startswith("m") or len(shape) < 2:
        return None
    if len(shape) > 3 and shape.endswith("lh") and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in ("ml", "mlh"):
        return _boxed("line", pts[:2], geometry)
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == last and square:
            return _boxed("rect", [pts[0], pts[2]], geometry)
    curve = _boxed("curve", pts, geometry)
    curve["pts"] = [(geometry.x(px), geometry.top(py)) for px, py in pts]
    return curve


def _boxed(kind: str, pts: list[tuple[float, float]], geometry: Geometry) -> Obj:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    lo_x, hi_x, lo_y, hi_y = min(xs), max(xs), min(ys), max(ys)
    return {
        "object_type": kind,
        "x0": geometry.x(lo_x),
        "x1": geometry.x(hi_x),
        "top": geometry.top(hi_y),
        "bottom": geometry.top(lo_y),
        "width": hi_x - lo_x,
        "height": hi_y - lo_y,
    }
