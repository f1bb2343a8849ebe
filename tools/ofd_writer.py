"""A small OFD (GB/T 33190-2016) writer for the samples: pages of positioned text objects and
ruling lines, packed as an OFD zip. It offers the subset of reportlab's canvas that
``render_samples._PdfWriter`` draws with (points, origin bottom-left), so the OFD samples are
laid out exactly like the PDF ones; coordinates are written in millimetres, origin top-left,
as OFD has them.

No tool on this machine writes OFD, so this one does; it is a fixture, not a dependency."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NS = "http://www.ofdspec.org/2016"
PT = 25.4 / 72  # millimetres per point
A4_PT = (595.2756, 841.8898)
FONT_ID = 3


def char_width(ch: str, size: float) -> float:
    """Advance of a character: full width for CJK and full-width forms, half otherwise."""
    return size if ord(ch) > 0x2E80 else size * 0.5


class Metrics:
    """Stand-in for reportlab's pdfmetrics (only ``stringWidth`` is used)."""

    @staticmethod
    def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 (reportlab's name)
        return sum(char_width(ch, size) for ch in text)


def _n(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


class OfdCanvas:
    """Draw text and lines page by page; ``save()`` writes the package."""

    def __init__(self, path: Path, title: str = "", pagesize: tuple[float, float] = A4_PT) -> None:
        self.path = path
        self.title = title
        self.width, self.height = pagesize
        self.pages: list[list[str]] = [[]]
        self.size = 12.0
        self.line_width = 0.6
        self.next_id = FONT_ID + 1

    # ---- the reportlab subset
    def setFont(self, name: str, size: float) -> None:  # noqa: N802
        self.size = size

    def setLineWidth(self, width: float) -> None:  # noqa: N802
        self.line_width = width

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._text(x, y, text)

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._text(x - Metrics.stringWidth(text, "", self.size), y, text)

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._text(x - Metrics.stringWidth(text, "", self.size) / 2, y, text)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        """Four ruling lines (one path object each), as Word-to-OFD converters draw borders."""
        top, bottom = y + h, y
        self._line(x, top, x + w, top)
        self._line(x, bottom, x + w, bottom)
        self._line(x, bottom, x, top)
        self._line(x + w, bottom, x + w, top)

    def showPage(self) -> None:  # noqa: N802
        self.pages.append([])

    def save(self) -> None:
        pages = [p for p in self.pages if p]
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self._members(pages):
                info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data.encode("utf-8"))

    # ---- OFD objects
    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def _text(self, x: float, y: float, text: str) -> None:
        if not text:
            return
        size = self.size * PT
        advances = [char_width(ch, size) for ch in text]
        left, baseline = x * PT, (self.height - y) * PT
        box = f"{_n(left)} {_n(baseline - size)} {_n(sum(advances))} {_n(size * 1.2)}"
        self.pages[-1].append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{box}" Font="{FONT_ID}" '
            f'Size="{_n(size)}"><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{_n(size)}" DeltaX="{_deltas(advances[:-1])}">'
            f"{escape(text)}</ofd:TextCode></ofd:TextObject>"
        )

    def _line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        ax, ay = x0 * PT, (self.height - y0) * PT
        bx, by = x1 * PT, (self.height - y1) * PT
        left, top = min(ax, bx), min(ay, by)
        box = f"{_n(left)} {_n(top)} {_n(abs(bx - ax))} {_n(abs(by - ay))}"
        data = f"M {_n(ax - left)} {_n(ay - top)} L {_n(bx - left)} {_n(by - top)}"
        self.pages[-1].append(
            f'<ofd:PathObject ID="{self._id()}" Boundary="{box}" '
            f'LineWidth="{_n(self.line_width * PT)}" Stroke="true" Fill="false">'
            f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>"
        )

    def _members(self, pages: list[list[str]]) -> list[tuple[str, str]]:
        w, h = _n(self.width * PT), _n(self.height * PT)
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        refs = "".join(
            f'<ofd:Page ID="{1000 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>'
            for i in range(len(pages))
        )
        members = [
            (
                "OFD.xml",
                f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
                f"<ofd:DocInfo><ofd:DocID>ogi-sample</ofd:DocID><ofd:Title>{escape(self.title)}"
                "</ofd:Title><ofd:CreationDate>2024-01-01</ofd:CreationDate>"
                "<ofd:Creator>ogi tools/ofd_writer.py</ofd:Creator></ofd:DocInfo>"
                "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
            ),
            (
                "Doc_0/Document.xml",
                f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                f"<ofd:MaxUnitID>{self.next_id}</ofd:MaxUnitID><ofd:PageArea>"
                f"<ofd:PhysicalBox>0 0 {w} {h}</ofd:PhysicalBox></ofd:PageArea>"
                "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                f"<ofd:Pages>{refs}</ofd:Pages></ofd:Document>",
            ),
            (
                "Doc_0/PublicRes.xml",
                f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                f'<ofd:Font ID="{FONT_ID}" FontName={quoteattr("宋体")} '
                f"FamilyName={quoteattr('宋体')}/></ofd:Fonts></ofd:Res>",
            ),
        ]
        for i, objects in enumerate(pages):
            members.append(
                (
                    f"Doc_0/Pages/Page_{i}/Content.xml",
                    f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="{2000 + i}">'
                    + "".join(objects)
                    + "</ofd:Layer></ofd:Content></ofd:Page>",
                )
            )
        return members


def _deltas(advances: list[float]) -> str:
    """DeltaX with OFD's ``g count value`` abbreviation for runs of equal advances."""
    out: list[str] = []
    i = 0
    while i < len(advances):
        j = i
        while j < len(advances) and abs(advances[j] - advances[i]) < 1e-9:
            j += 1
        out.append(
            f"g {j - i} {_n(advances[i])}" if j - i > 2 else " ".join([_n(advances[i])] * (j - i))
        )
        i = j
    return " ".join(out)
