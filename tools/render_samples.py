"""Render the text seeds as the other formats reports are published in (HTML pages now;
Word and PDF as their plugins land), laid out with the official merged-cell tables.

    python tools/render_samples.py          # rewrites samples/html, samples/docx, samples/pdf

Needs python-docx and reportlab (tools only, not runtime dependencies).

The printed cell text (``raw``) is rendered, blanks stay blank. The samples are inputs for
the extractor plugins; each converted sample must give the same ``tables`` as its seed text.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import official_layout as O  # noqa: E402

import ogi  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
Cell = tuple[str, int, int]  # text, rowspan, colspan
Rows = list[list[Cell]]


def raw(report: ogi.Report, key: str) -> str:
    """The printed text of a statistic ('' for a blank cell)."""
    for cell in report.cells:
        if cell.key == key:
            return cell.raw or ""
    return ""


def table1_rows(r: ogi.Report) -> Rows:
    layout = O.T1_2019 if r.template_by_table.get("active_disclosure") == "2019" else O.T1_2021
    rows: Rows = []
    for title, headers, items, columns in layout:
        present = [
            (label, item)
            for label, item in items
            if r.has(f"active_disclosure.{item}.{columns[0]}")
        ]
        if not present:
            continue
        rows.append([(title, 1, 4)])
        rows.append([("信息内容", 1, 1)] + _padded([(h, 1, 1) for h in headers], 3))
        for label, item in present:
            values = [(raw(r, f"active_disclosure.{item}.{c}"), 1, 1) for c in columns]
            rows.append([(label, 1, 1)] + _padded(values, 3))
    return rows


def _padded(cells: list[Cell], width: int) -> list[Cell]:
    text, rowspan, colspan = cells[-1]
    return cells[:-1] + [(text, rowspan, colspan + width - len(cells))]


def _values(r: ogi.Report, row: str) -> list[Cell]:
    return [(raw(r, f"applications.{row}.{c}"), 1, 1) for c in O.T2_COLUMNS]


def table2_rows(r: ogi.Report) -> Rows:
    rows: Rows = [
        [(O.T2_HEADER_NOTE, 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(a, 1, 1) for a in O.T2_APPLICANTS],
    ]
    rows += [[(label, 1, 3)] + _values(r, key) for label, key in O.T2_TOP]
    results: Rows = []
    for group, subs in O.T2_RESULT_GROUPS:
        results += _group(r, group, subs)
    if r.has("applications.results.other.no_correction.total"):
        results += _group(r, *O.T2_OTHER_2021)
    else:
        results.append([(O.T2_OTHER_SINGLE[0], 1, 2)] + _values(r, O.T2_OTHER_SINGLE[1]))
    results.append([(O.T2_TOTAL[0], 1, 2)] + _values(r, O.T2_TOTAL[1]))
    results[0] = [(O.T2_RESULTS_LABEL, len(results), 1)] + results[0]
    rows += results
    rows.append([(O.T2_FORWARD[0], 1, 3)] + _values(r, O.T2_FORWARD[1]))
    return rows


def _group(r: ogi.Report, group: str | None, subs: list[tuple[str, str]]) -> Rows:
    if group is None:
        return [[(label, 1, 2)] + _values(r, key) for label, key in subs]
    rows = [[(label, 1, 1)] + _values(r, key) for label, key in subs]
    rows[0] = [(group, len(subs), 1)] + rows[0]
    return rows


def table3_rows(r: ogi.Report) -> Rows:
    values = [
        (raw(r, f"review_litigation.{g}.{c}"), 1, 1) for g in O.T3_GROUPS for c in O.T3_COLUMNS
    ]
    return [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [(p, 2, 1) for p in O.T3_PARTS] + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(p, 1, 1) for p in O.T3_PARTS * 2],
        values,
    ]


TABLES = {
    "active_disclosure": table1_rows,
    "applications": table2_rows,
    "review_litigation": table3_rows,
}

# ------------------------------------------------------------------ HTML

NAV = "".join(f'<li><a href="/col/{i}.html">栏目{i}</a></li>' for i in range(120))
CHROME_TOP = f"""<div class="top">无障碍浏览 长者模式</div>
<nav><ul>{NAV}</ul></nav>
<div class="crumb">首页 &gt;&gt; 政府信息公开 &gt;&gt; 政府信息公开年报</div>"""
CHROME_BOTTOM = """<div class="tools"><span>【打印】</span><span>【关闭窗口】</span></div>
<div class="qr">扫一扫在手机上查看当前页面</div>
<footer><p>主办单位:人民政府办公室 网站标识码 1234567890</p></footer>"""


def e(text: str) -> str:
    return html.escape(text, quote=True)


def html_table(rows: Rows) -> str:
    out = ['<table border="1" cellspacing="0" style="border-collapse:collapse">']
    for row in rows:
        cells = []
        for text, rowspan, colspan in row:
            attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
                f' colspan="{colspan}"' if colspan > 1 else ""
            )
            inner = "<br/>".join(e(t) for t in text.split("\n")) if text else "&nbsp;"
            cells.append(f'<td{attrs}><p style="text-align:center">{inner}</p></td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_rows_as_lines(rows: Rows) -> str:
    """A table flattened into one <p> per row, values separated by spaces."""
    return "\n".join(f"<p>{e(' '.join(t for t, _, _ in row))}</p>" for row in rows)


def html_body(r: ogi.Report, table_mode: str) -> str:
    parts = [f"<p>{e(line)}</p>" for line in r.preamble.splitlines() if line.strip()]
    for s in r.sections:
        parts.append(f"<p><strong>{e(s.number)}、{e(s.title)}</strong></p>")
        parts += [f"<p>{e(line)}</p>" for line in s.text.splitlines() if line.strip()]
        for sub in s.subsections:
            parts.append(f"<p>{e(sub.number)}{e(sub.title)}</p>")
            parts += [f"<p>{e(line)}</p>" for line in sub.text.splitlines() if line.strip()]
        if s.kind in TABLES and any(k.startswith(s.kind + ".") for k, _ in r.flat()):
            rows = TABLES[s.kind](r)
            parts.append(html_table(rows) if table_mode == "grid" else html_rows_as_lines(rows))
    sig = r.meta.signature
    if sig.office:
        parts.append(f'<p style="text-align:right">{e(sig.office)}</p>')
        y, m, d = (int(x) for x in (sig.date or "0-0-0").split("-"))
        parts.append(f'<p style="text-align:right">{y}年{m}月{d}日</p>')
    for att in r.meta.attachments:
        parts.append(f'<p>附件:<a href="/attach/{e(att.name)}">{e(att.name)}</a></p>')
    return "\n".join(parts)


def meta_block(r: ogi.Report) -> str:
    m = r.meta
    if not m.index_no:
        return ""
    return f"""<table class="xxgk_info"><tr><td>索引号:</td><td>{e(m.index_no)}</td><td>分类:</td><td>{e(m.topic or "")}</td></tr>
<tr><td>发布机构:</td><td>{e(m.issuer or "")}</td><td>发文日期:</td><td>{e(m.published or "")}</td></tr>
<tr><td>名称:</td><td colspan="3">{e(m.title or "")}</td></tr>
<tr><td>文号:</td><td colspan="3">{e(m.doc_no or "")}</td></tr></table>"""


def page(r: ogi.Report, *, charset: str, body_class: str, table_mode: str) -> str:
    title = r.meta.title or ""
    body_attr = f'class="{body_class}"' if body_class != "zoom" else 'id="zoom"'
    head_meta = f'<meta name="ArticleTitle" content="{e(title)}">' if title else ""
    if r.meta.published:
        head_meta += f'<meta name="PubDate" content="{r.meta.published} 09:30">'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(title or "政府信息公开年报")}_人民政府门户网站</title>{head_meta}
<script>var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
<style>td {{ border: 1px solid #000; }}</style></head>
<body>{CHROME_TOP}
<div class="main">{meta_block(r)}
{f"<h1>{e(title)}</h1>" if title else ""}
<div {body_attr}>
{html_body(r, table_mode)}
</div></div>
{CHROME_BOTTOM}
</body></html>
"""


HTML_SAMPLES = {
    # seed prefix: (charset for the page and its bytes, body container, table layout)
    "000": ("utf-8", "TRS_Editor", "grid"),
    "001": ("utf-8", "zoom", "grid"),
    "002": ("utf-8", "article_content", "lines"),
    "003": ("gb2312", "xxgk_content", "grid"),
    "004": ("utf-8", "plain", "grid"),
}


def render_html() -> None:
    out_dir = ROOT / "samples" / "html"
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "samples" / "text").glob("*.txt")):
        charset, body_class, mode = HTML_SAMPLES[seed.name[:3]]
        report = ogi.convert(seed)
        text = page(report, charset=charset, body_class=body_class, table_mode=mode)
        encoding = "gb18030" if charset == "gb2312" else charset
        (out_dir / (seed.stem + ".html")).write_bytes(text.encode(encoding))
        print("wrote", out_dir / (seed.stem + ".html"))


# ------------------------------------------------------------------ Word

NUMBERING_XML = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
)
NUM_XML = (
    '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
    '<w:abstractNumId w:val="90"/></w:num>'
)


def _auto_numbering(document: Any) -> str:
    """Add a 一、二、… list to numbering.xml; returns its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    abstract = parse_xml(NUMBERING_XML)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM_XML))
    return "90"


def _numbered(paragraph: Any, num_id: str) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def docx_table(document: Any, rows: Rows) -> None:
    """A Word table with the official merged cells (gridSpan / vMerge via cell.merge)."""
    from ogi.document import CellSpec, grid_from_rows

    grid = grid_from_rows([[CellSpec(t, rs, cs) for t, rs, cs in row] for row in rows])
    table = document.add_table(rows=grid.n_rows, cols=grid.n_cols)
    table.style = "Table Grid"
    for cell in grid.cells:
        target = table.cell(cell.row, cell.col)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(
                table.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1)
            )
        target.text = cell.text


def render_docx_report(r: ogi.Report, auto_numbered: bool) -> Any:
    import docx

    document = docx.Document()
    document.core_properties.title = r.meta.title or ""
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉:政府信息公开"
    section.footer.paragraphs[0].text = "- 1 -"
    num_id = _auto_numbering(document) if auto_numbered else ""
    if r.meta.title:
        document.add_heading(r.meta.title, level=0)
    for line in r.preamble.splitlines():
        document.add_paragraph(line)
    for s in r.sections:
        if auto_numbered:
            _numbered(document.add_heading(s.title, level=1), num_id)
        else:
            document.add_heading(f"{s.number}、{s.title}", level=1)
        for line in s.text.splitlines():
            document.add_paragraph(line)
        for sub in s.subsections:
            document.add_paragraph(f"{sub.number}{sub.title}")
            for line in sub.text.splitlines():
                document.add_paragraph(line)
        if s.kind in TABLES and any(k.startswith(s.kind + ".") for k, _ in r.flat()):
            docx_table(document, TABLES[s.kind](r))
    sig = r.meta.signature
    if sig.office:
        document.add_paragraph(sig.office)
        y, m, d = (int(x) for x in (sig.date or "0-0-0").split("-"))
        document.add_paragraph(f"{y}年{m}月{d}日")
    return document


def render_docx() -> None:
    out_dir = ROOT / "samples" / "docx"
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "samples" / "text").glob("*.txt")):
        report = ogi.convert(seed)
        document = render_docx_report(report, auto_numbered=seed.name.startswith("001"))
        target = out_dir / (seed.stem + ".docx")
        document.save(target)
        _pin_zip_times(target)
        print("wrote", target)


def _pin_zip_times(path: Path) -> None:
    """Rewrite the package with fixed timestamps and core dates so renders are reproducible."""
    import re as _re
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                data = _re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                    rb"<dcterms:\1\2>2024-01-01T00:00:00Z<",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ------------------------------------------------------------------ PDF

PDF_FONT = "STSong-Light"  # a standard Adobe CJK font: readable by any PDF reader, nothing to embed


class _PdfWriter:
    """A minimal A4 typesetter: wrapped CJK paragraphs, ruled tables with merged cells that
    break across pages, page numbers "- n -" and a running header."""

    def __init__(self, path: Path, header: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
        self.metrics = pdfmetrics
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.width, self.height = A4
        self.left, self.right, self.top, self.bottom = 72.0, A4[0] - 72.0, A4[1] - 72.0, 72.0
        self.y = self.top
        self.page = 1
        self.header = header
        self._decorate()

    def _decorate(self) -> None:
        self.c.setFont(PDF_FONT, 9)
        self.c.drawCentredString(self.width / 2, self.height - 40, self.header)
        self.c.drawCentredString(self.width / 2, 40, f"- {self.page} -")

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self._decorate()

    def wrap(self, text: str, width: float, size: float, indent: float = 0) -> list[str]:
        lines, line, used = [], "", indent
        for ch in text:
            w = self.metrics.stringWidth(ch, PDF_FONT, size)
            if used + w > width and line:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        if line or not lines:
            lines.append(line)
        return lines

    def paragraph(
        self, text: str, size: float = 12, indent_chars: int = 2, align: str = "left"
    ) -> None:
        indent = indent_chars * size
        for i, line in enumerate(self.wrap(text, self.right - self.left, size, indent)):
            if self.y - size * 1.6 < self.bottom:
                self.new_page()
            self.c.setFont(PDF_FONT, size)
            x = self.left + (indent if i == 0 else 0)
            if align == "right":
                self.c.drawRightString(self.right, self.y - size, line)
            elif align == "center":
                self.c.drawCentredString(self.width / 2, self.y - size, line)
            else:
                self.c.drawString(x, self.y - size, line)
            self.y -= size * 1.6

    def table(self, rows: Rows, widths: list[float], size: float = 9) -> None:
        from ogi.document import CellSpec, grid_from_rows

        grid = grid_from_rows([[CellSpec(t, rs, cs) for t, rs, cs in row] for row in rows])
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w)
        heights = [18.0] * grid.n_rows
        for cell in grid.cells:
            if cell.rowspan == 1:
                width = xs[cell.col + cell.colspan] - xs[cell.col] - 4
                n = len(self.wrap(cell.text, width, size))
                heights[cell.row] = max(heights[cell.row], n * size * 1.25 + 6)
        placed: list[tuple[int, float]] = []  # (page, top y) per row
        page, y = self.page, self.y - 6
        for h in heights:
            if y - h < self.bottom:
                page, y = page + 1, self.top
            placed.append((page, y))
            y -= h
        for p in range(self.page, page + 1):
            if p > self.page:
                self.new_page()
            self._draw_fragments(grid, xs, heights, placed, p, size)
        self.y = y - 8

    def _draw_fragments(
        self,
        grid: Any,
        xs: list[float],
        heights: list[float],
        placed: list[tuple[int, float]],
        page: int,
        size: float,
    ) -> None:
        for cell, rows, x0, bottom, x1, top in self._cell_boxes(grid, xs, heights, placed, page):
            self.c.setLineWidth(0.6)
            self.c.rect(x0, bottom, x1 - x0, top - bottom)
            if rows[0] == cell.row and cell.text:
                self.c.setFont(PDF_FONT, size)
                for k, line in enumerate(self.wrap(cell.text, x1 - x0 - 4, size)):
                    self.c.drawString(x0 + 2, top - 3 - size - k * size * 1.25, line)

    @staticmethod
    def _cell_boxes(
        grid: Any,
        xs: list[float],
        heights: list[float],
        placed: list[tuple[int, float]],
        page: int,
    ) -> Iterator[tuple[Any, list[int], float, float, float, float]]:
        """Each cell's fragment on ``page``: the cell, its rows there, and its box (x0,
        bottom, x1, top) in PDF units."""
        for cell in grid.cells:
            rows = [r for r in range(cell.row, cell.row + cell.rowspan) if placed[r][0] == page]
            if rows:
                top = placed[rows[0]][1]
                bottom = placed[rows[-1]][1] - heights[rows[-1]]
                yield cell, rows, xs[cell.col], bottom, xs[cell.col + cell.colspan], top

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


PDF_WIDTHS = {
    "active_disclosure": [151.0, 100.0, 100.0, 100.0],
    "applications": [50.0, 60.0, 117.0] + [32.0] * 7,
    "review_litigation": [30.0] * 15,
}
PDF_TABLE_SIZE = {"active_disclosure": 10.0, "applications": 8.0, "review_litigation": 7.5}


def render_pdf_report(r: ogi.Report, path: Path) -> None:
    writer = _PdfWriter(path, header=(r.meta.organization or "") + "政府信息公开工作年度报告")
    draw_report(writer, r)
    writer.save()


def draw_report(writer: Any, r: ogi.Report) -> None:
    """The report's body laid out on ``writer``: title, preamble, sections with their
    subsections, each standard table after its section's text, the signature."""
    if r.meta.title:
        writer.paragraph(r.meta.title, size=16, indent_chars=0, align="center")
    for line in r.preamble.splitlines():
        writer.paragraph(line)
    for s in r.sections:
        writer.paragraph(f"{s.number}、{s.title}", size=13, indent_chars=0)
        for line in s.text.splitlines():
            writer.paragraph(line)
        for sub in s.subsections:
            writer.paragraph(f"{sub.number}{sub.title}", indent_chars=2)
            for line in sub.text.splitlines():
                writer.paragraph(line)
        if s.kind in TABLES and any(k.startswith(s.kind + ".") for k, _ in r.flat()):
            writer.table(TABLES[s.kind](r), PDF_WIDTHS[s.kind], PDF_TABLE_SIZE[s.kind])
    sig = r.meta.signature
    if sig.office:
        writer.paragraph(sig.office, indent_chars=0, align="right")
        y, m, d = (int(x) for x in (sig.date or "0-0-0").split("-"))
        writer.paragraph(f"{y}年{m}月{d}日", indent_chars=0, align="right")


def render_pdf() -> None:
    out_dir = ROOT / "samples" / "pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "samples" / "text").glob("*.txt")):
        target = out_dir / (seed.stem + ".pdf")
        render_pdf_report(ogi.convert(seed), target)
        print("wrote", target)


# ------------------------------------------------------------------ Excel (for the example plugin)


def render_xlsx() -> None:
    """Seed 000's three tables as an Excel workbook, one sheet per table, merged cells kept."""
    import openpyxl

    from ogi.document import CellSpec, grid_from_rows

    report = ogi.convert(next((ROOT / "samples" / "text").glob("000_*.txt")))
    book = openpyxl.Workbook()
    book.remove(book.active)
    titles = {
        "active_disclosure": "二、主动公开政府信息情况",
        "applications": "三、收到和处理政府信息公开申请情况",
        "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
    }
    for kind, title in titles.items():
        sheet = book.create_sheet(title[:31])
        rows = TABLES[kind](report)
        grid = grid_from_rows([[CellSpec(t, rs, cs) for t, rs, cs in row] for row in rows])
        for cell in grid.cells:
            target = sheet.cell(row=cell.row + 1, column=cell.col + 1)
            target.value = int(cell.text) if cell.text.isdigit() else cell.text
            if cell.rowspan > 1 or cell.colspan > 1:
                sheet.merge_cells(
                    start_row=cell.row + 1,
                    start_column=cell.col + 1,
                    end_row=cell.row + cell.rowspan,
                    end_column=cell.col + cell.colspan,
                )
    book.properties.created = book.properties.modified = __import__("datetime").datetime(2024, 1, 1)
    target = ROOT / "docs" / "example-plugin" / "tests" / "samples" / "000_seed_tables.xlsx"
    book.save(target)
    _pin_zip_times(target)
    print("wrote", target)


if __name__ == "__main__":
    render_html()
    render_docx()
    render_pdf()
    render_xlsx()
