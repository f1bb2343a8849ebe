"""Render each text seed as the text dumps that users really hold: what a crawler's
``get_text()`` makes of the published page, what pdfplumber and ``pdftotext -layout`` make of
the PDF sample, what a Markdown exporter writes, and a page whose tables were flattened into
one line per row.

    python tools/render_variants.py      # rewrites tests/data/variants/

Needs pdfplumber (the PDF plugin's dependency) and poppler-utils' ``pdftotext`` (tools only:
the dumps are committed, so the tests need neither).

Variants, per seed ``NNN_hash``:

``crawler.txt``   the page body on one line, portal chrome first; paragraphs run together
                  (headings run into their text), table cells separated by one space,
                  a blank cell printed as a no-break space (``&nbsp;``).
``fused.txt``     the same page through ``get_text()`` with no separator at all: labels and
                  values run together, the digits of adjacent cells fuse (``7214650``).
``pdfplumber.txt``  ``extract_text()`` of every page of samples/pdf/NNN_hash.pdf.
``pdftotext.txt`` ``pdftotext -layout`` of the same PDF (page footers, columns by spaces).
``markdown.txt`` ``#`` title, ``##`` sections, pipe tables with ``|---|`` separator rows.
``flat.txt``      one line per paragraph; each table row on one line, cells separated by one
                  space and a blank cell left empty (so blanks are extra spaces).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import render_samples as R  # noqa: E402

import ogi  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "variants"
NBSP = "\u00a0"

CHROME = (
    "当前位置： 首页政务公开政府信息公开年报 {title} 来源：{org} 时间：2023-01-30 09:12 "
    "字号：[ 大 中 小 ] 微信 微博 打印 "
)
CHROME_END = " 【打印本页】 【关闭窗口】 扫一扫在手机打开当前页 主办：{org}人民政府办公室"


def _paragraphs(r: ogi.Report) -> list[tuple[str, str]]:
    """The report as (kind, text) blocks in reading order: ``p`` paragraphs, ``h1``/``h2``
    headings and ``table:<kind>`` markers where a standard table stands."""
    out: list[tuple[str, str]] = []
    out += [("p", line) for line in r.preamble.splitlines() if line.strip()]
    for s in r.sections:
        out.append(("h1", f"{s.number}、{s.title}"))
        out += [("p", line) for line in s.text.splitlines() if line.strip()]
        for sub in s.subsections:
            out.append(("h2", f"{sub.number}{sub.title}"))
            out += [("p", line) for line in sub.text.splitlines() if line.strip()]
        if s.kind in R.TABLES and any(k.startswith(s.kind + ".") for k, _ in r.flat()):
            out.append(("table", s.kind))
    sig = r.meta.signature
    if sig.office:
        out.append(("p", sig.office))
        y, m, d = (int(x) for x in (sig.date or "0-0-0").split("-"))
        out.append(("p", f"{y}年{m}月{d}日"))
    return out


def _org(r: ogi.Report) -> str:
    return r.meta.organization or r.meta.issuer or "本机关"


def crawler(r: ogi.Report, *, separator: str) -> str:
    """One line: chrome, title, then every block; paragraphs joined with nothing (a ``<p>``
    gives no separator), table cells joined with ``separator``."""
    parts = [CHROME.format(title=r.meta.title or "", org=_org(r))]
    if r.meta.title:
        parts.append(r.meta.title + " ")
    for kind, text in _paragraphs(r):
        if kind == "table":
            cells = [t or NBSP for row in R.TABLES[text](r) for t, _, _ in row]
            parts.append(separator + separator.join(cells) + separator)
        else:
            parts.append(text)
    parts.append(CHROME_END.format(org=_org(r)))
    return "".join(parts) + "\n"


def markdown(r: ogi.Report) -> str:
    """A Markdown export: headings with ``#``, tables as pipe tables (merged cells printed in
    their first cell), each table 1 sub-table a table of its own."""
    lines: list[str] = []
    if r.meta.title:
        lines += [f"# {r.meta.title}", ""]
    for kind, text in _paragraphs(r):
        if kind == "h1":
            lines += [f"## {text}", ""]
        elif kind == "h2":
            lines += [f"### {text}", ""]
        elif kind == "table":
            lines += _md_tables(R.TABLES[text](r), split=text == "active_disclosure")
        else:
            lines += [text, ""]
    return "\n".join(lines)


def _md_tables(rows: R.Rows, *, split: bool) -> list[str]:
    from ogi.document import CellSpec, grid_from_rows

    grid = grid_from_rows([[CellSpec(t, rs, cs) for t, rs, cs in row] for row in rows])
    matrix = [[""] * grid.n_cols for _ in range(grid.n_rows)]
    for cell in grid.cells:
        matrix[cell.row][cell.col] = cell.text.replace("\n", "")
    out: list[str] = []
    for i, row in enumerate(matrix):
        starts_table = i == 0 or (split and row[0].startswith("第二十条"))
        if starts_table and i:
            out.append("")
        out.append("| " + " | ".join(c if c else " " for c in row).replace("  ", " ") + " |")
        if starts_table:
            out.append("|" + "---|" * grid.n_cols)
    return out + [""]


def flat(r: ogi.Report) -> str:
    """One line per paragraph; a table row per line, blank cells as extra spaces."""
    lines: list[str] = []
    if r.meta.title:
        lines.append(r.meta.title)
    for kind, text in _paragraphs(r):
        if kind == "table":
            lines += [" ".join(t for t, _, _ in row) for row in R.TABLES[text](r)]
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


def pdfplumber_text(pdf: Path) -> str:
    """``extract_text()`` of every page, pages separated by a newline."""
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages) + "\n"


def pdftotext_layout(pdf: Path) -> str:
    """``pdftotext -layout`` (poppler-utils)."""
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    )
    return done.stdout.decode("utf-8").replace("\f", "\n")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "samples" / "text").glob("*.txt")):
        report = ogi.convert(seed)
        pdf = ROOT / "samples" / "pdf" / (seed.stem + ".pdf")
        variants = {
            "crawler.txt": crawler(report, separator=" "),
            "fused.txt": crawler(report, separator=""),
            "pdfplumber.txt": pdfplumber_text(pdf),
            "pdftotext.txt": pdftotext_layout(pdf),
            "markdown.txt": markdown(report),
            "flat.txt": flat(report),
        }
        for name, text in variants.items():
            target = OUT / f"{seed.stem}.{name}"
            target.write_text(text, encoding="utf-8")
            print("wrote", target.relative_to(ROOT))
    return 0


# ------------------------------------------------------------------ PDF layouts


def render_pdf_layouts() -> None:
    """PDF layouts that trip table detection (tests/data/pdf/, needs reportlab):

    ``framed.pdf``  seed 000 with every page's body inside a ruled frame, and each section
                    heading inside a one-column box;
    ``title_at_page_end.pdf``  seed 001 with table 1 cut after the sub-table title row
                    第二十条第(六)项: its header (first cell left empty) and rows start the
                    next page;
    ``text_backgrounds.pdf``  seed 001 as Word and WPS export shaded text: every line of
                    text drawn over a white rectangle, filled and not stroked, the
                    rectangles of a paragraph stacked edge to edge across the text width,
                    the last one touching the table below; and every table cell over a
                    white one the size of its ruled border."""
    out_dir = ROOT / "tests" / "data" / "pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    seeds = sorted((ROOT / "samples" / "text").glob("*.txt"))
    framed = ogi.convert(seeds[0])
    _render_framed(framed, out_dir / "framed.pdf")
    _render_title_at_page_end(ogi.convert(seeds[1]), out_dir / "title_at_page_end.pdf")
    _render_text_backgrounds(ogi.convert(seeds[1]), out_dir / "text_backgrounds.pdf")
    for name in ("framed.pdf", "title_at_page_end.pdf", "text_backgrounds.pdf"):
        print("wrote", (out_dir / name).relative_to(ROOT))


class _FramedWriter(R._PdfWriter):
    """Pages with a ruled frame around the body; headings in a one-column box."""

    def _decorate(self) -> None:
        super()._decorate()
        self.c.setLineWidth(1.0)
        # the frame's sides are the tables' outer rulings, as in many exported reports
        self.c.rect(
            self.left, self.bottom - 12, self.right - self.left, self.top - self.bottom + 24
        )

    def heading(self, text: str) -> None:
        top = self.y
        self.paragraph(text, size=13, indent_chars=0)
        self.c.setLineWidth(0.6)
        self.c.rect(self.left, self.y + 4, self.right - self.left, top - self.y - 2)


def _render_framed(r: ogi.Report, path: Path) -> None:
    writer = _FramedWriter(path, header=(r.meta.organization or "") + "政府信息公开工作年度报告")
    _body(writer, r, heading=writer.heading)
    writer.save()


def _body(writer: R._PdfWriter, r: ogi.Report, heading: Any = None) -> None:
    if r.meta.title:
        writer.paragraph(r.meta.title, size=16, indent_chars=0, align="center")
    for line in r.preamble.splitlines():
        writer.paragraph(line)
    for s in r.sections:
        if heading is not None:
            heading(f"{s.number}、{s.title}")
        else:
            writer.paragraph(f"{s.number}、{s.title}", size=13, indent_chars=0)
        for line in s.text.splitlines():
            writer.paragraph(line)
        for sub in s.subsections:
            writer.paragraph(f"{sub.number}{sub.title}", indent_chars=2)
            for line in sub.text.splitlines():
                writer.paragraph(line)
        if s.kind in R.TABLES and any(k.startswith(s.kind + ".") for k, _ in r.flat()):
            rows = R.TABLES[s.kind](r)
            if s.kind == "active_disclosure" and getattr(writer, "cut_title", None):
                cut = next(i for i, row in enumerate(rows) if row[0][0] == writer.cut_title)
                writer.table(rows[: cut + 1], R.PDF_WIDTHS[s.kind], R.PDF_TABLE_SIZE[s.kind])
                writer.new_page()
                rest = rows[cut + 1 :]
                rest[0] = [("", 1, 1)] + rest[0][1:]
                writer.table(rest, R.PDF_WIDTHS[s.kind], R.PDF_TABLE_SIZE[s.kind])
            else:
                writer.table(rows, R.PDF_WIDTHS[s.kind], R.PDF_TABLE_SIZE[s.kind])
    sig = r.meta.signature
    if sig.office:
        writer.paragraph(sig.office, indent_chars=0, align="right")
        y, m, d = (int(x) for x in (sig.date or "0-0-0").split("-"))
        writer.paragraph(f"{y}年{m}月{d}日", indent_chars=0, align="right")


def _render_title_at_page_end(r: ogi.Report, path: Path) -> None:
    writer = R._PdfWriter(path, header=(r.meta.organization or "") + "政府信息公开工作年度报告")
    writer.cut_title = "第二十条第(六)项"  # type: ignore[attr-defined]
    _body(writer, r)
    writer.save()


class _ShadedWriter(R._PdfWriter):
    """Each line of text over a white filled rectangle (no stroke) the width of the text
    block, one line pitch high; each table cell over a white rectangle the size of its border."""

    def paragraph(
        self, text: str, size: float = 12, indent_chars: int = 2, align: str = "left"
    ) -> None:
        pitch = size * 1.6
        for i, line in enumerate(self.wrap(text, self.right - self.left, size, size * 2)):
            if self.y - pitch < self.bottom:
                self.new_page()
            self.c.setFillColorRGB(1, 1, 1)
            self.c.rect(self.left, self.y - pitch, self.right - self.left, pitch, 0, 1)
            self.c.setFillColorRGB(0, 0, 0)
            one = R._PdfWriter.paragraph
            saved = self.y
            one(self, line, size, indent_chars if i == 0 else 0, align)
            self.y = saved - pitch

    def table(self, rows: Any, widths: list[float], size: float = 9) -> None:
        """The table's top border on the last text line's background (no gap), as in the
        exported reports where the backgrounds then join the table's rulings."""
        self.y += 6
        super().table(rows, widths, size)

    def _draw_fragments(
        self, grid: Any, xs: Any, heights: Any, placed: Any, page: int, size: float
    ) -> None:
        for _, _, x0, bottom, x1, top in self._cell_boxes(grid, xs, heights, placed, page):
            self.c.setFillColorRGB(1, 1, 1)
            self.c.rect(x0, bottom, x1 - x0, top - bottom, 0, 1)
            self.c.setFillColorRGB(0, 0, 0)
        super()._draw_fragments(grid, xs, heights, placed, page, size)


def _render_text_backgrounds(r: ogi.Report, path: Path) -> None:
    writer = _ShadedWriter(path, header=(r.meta.organization or "") + "政府信息公开工作年度报告")
    _body(writer, r)
    writer.save()


if __name__ == "__main__":
    code = main()
    render_pdf_layouts()
    sys.exit(code)
