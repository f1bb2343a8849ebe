"""Render the legacy (2009–2018) sample reports of ``legacy_samples`` into samples/legacy/:
text dumps, portal pages (HTML), Word files and a PDF, with the 统计表 as a grid table, flattened
into text lines, or as a Word attachment beside the page that links to it.

    python tools/render_legacy_samples.py      # rewrites samples/legacy/

Needs python-docx and reportlab (tools only). Then regenerate and *read* the expected JSON:
``python tests/regen_goldens.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from legacy_samples import SAMPLES, LegacySample, Row  # noqa: E402
from render_samples import (  # noqa: E402
    CHROME_BOTTOM,
    CHROME_TOP,
    Rows,
    _PdfWriter,
    _pin_zip_times,
    docx_table,
    e,
    html_table,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "samples" / "legacy"
HEADER: Row = ("统计指标", "单位", "统计数")


def grid_rows(rows: tuple[Row, ...]) -> Rows:
    """The 统计表 as grid rows; a group row spans the three columns."""
    out: Rows = [[(c, 1, 1) for c in HEADER]]
    for label, unit, value in rows:
        if not unit and not value:
            out.append([(label, 1, 3)])
        else:
            out.append([(label, 1, 1), (unit, 1, 1), (value, 1, 1)])
    return out


def pipe_lines(rows: tuple[Row, ...]) -> list[str]:
    """The 统计表 flattened into text, one ``label | unit | value |`` line per row."""
    return [" | ".join(row) + " |" for row in (HEADER, *rows)]


def render_text(s: LegacySample) -> None:
    lines = [s.title, ""]
    lines += list(s.paragraphs)
    if s.table_mode == "pipe":
        lines += pipe_lines(s.table)
    lines += ["", *s.signature]
    (OUT / f"{s.stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_html(s: LegacySample) -> None:
    body = [f"<p>{e(p)}</p>" for p in s.paragraphs]
    if s.table_mode == "grid":
        body.append(f'<p style="text-align:center"><strong>{e(s.table_title)}</strong></p>')
        body.append(html_table(grid_rows(s.table)))
    body += [f'<p style="text-align:right">{e(x)}</p>' for x in s.signature]
    if s.table_mode == "attachment":
        name = s.extra["attachment"]
        body.append(f'<p>附件：<a href="/attach/{e(name)}">{e(s.table_title)}.docx</a></p>')
        render_docx_attachment(s, OUT / name)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(s.title)}_人民政府门户网站</title>
<style>td {{ border: 1px solid #000; }}</style></head>
<body>{CHROME_TOP}
<div class="main"><h1>{e(s.title)}</h1>
<div class="TRS_Editor">
{chr(10).join(body)}
</div></div>
{CHROME_BOTTOM}
</body></html>
"""
    (OUT / f"{s.stem}.html").write_bytes(page.encode("utf-8"))


def _new_docx(title: str) -> Any:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.sections[0].footer.paragraphs[0].text = "- 1 -"
    return document


def render_docx(s: LegacySample) -> None:
    document = _new_docx(s.title)
    document.add_heading(s.title, level=0)
    for paragraph in s.paragraphs:
        document.add_paragraph(paragraph)
    if s.table_mode == "grid":
        document.add_paragraph(s.table_title)
        docx_table(document, grid_rows(s.table))
    for line in s.signature:
        document.add_paragraph(line)
    _save(document, OUT / f"{s.stem}.docx")


def render_docx_attachment(s: LegacySample, target: Path) -> None:
    """The 统计表 alone in a Word file, as published next to the report page."""
    document = _new_docx(s.table_title)
    document.add_paragraph("附件")
    document.add_heading(s.table_title, level=1)
    docx_table(document, grid_rows(s.table))
    document.add_paragraph(f"填报单位：{s.signature[0]}")
    _save(document, target)


def _save(document: Any, target: Path) -> None:
    document.save(target)
    _pin_zip_times(target)


def render_pdf(s: LegacySample) -> None:
    """A printed (PDF) version: wrapped lines, the 统计表 ruled and broken across pages."""
    writer = _PdfWriter(OUT / f"{s.stem}.pdf", header=s.signature[0] + "政务公开")
    writer.paragraph(s.title, size=16, indent_chars=0, align="center")
    for paragraph in s.paragraphs:
        writer.paragraph(paragraph)
    if s.table_mode == "grid":
        writer.paragraph(s.table_title, indent_chars=0, align="center")
        writer.table(grid_rows(s.table), [310.0, 60.0, 80.0], 9.0)
    for line in s.signature:
        writer.paragraph(line, indent_chars=0, align="right")
    writer.save()


RENDER = {"txt": render_text, "html": render_html, "docx": render_docx, "pdf": render_pdf}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for sample in SAMPLES:
        RENDER[sample.fmt](sample)
        print("wrote", sample.stem, sample.fmt)


if __name__ == "__main__":
    main()
