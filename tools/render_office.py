"""Render the text seeds into the office formats portals also publish, from the same layouts
as tools/render_samples.py:

    python tools/render_office.py            # samples/doc, wps, xlsx, xls, et, ofd, altchunk

- ``.doc``: LibreOffice writes each Word sample (samples/docx) as Word 97-2003;
- ``.wps``: the same Word-binary content, as WPS Writer saves it, under the .wps name;
- ``.xlsx``: the statistics tables alone, one sheet per table, merged cells, integers as
  numbers (only seeds with tables: the legacy seeds 003/004 print none);
- ``.xls`` / ``.et``: LibreOffice re-saves each .xlsx as Excel 97-2003 (WPS Spreadsheets'
  .et holds the same BIFF8 workbook);
- ``.ofd``: the PDF layout drawn by tools/ofd_writer.py (no tool here writes OFD);
- ``altchunk/*.docx``: the Word sample with every table replaced by an HTML altChunk, as CMS
  exports produce.

Needs LibreOffice (writer and calc), python-docx and openpyxl (tools only).
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ofd_writer  # noqa: E402
import render_samples as R  # noqa: E402

import ogi  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT / "samples" / "text"
TABLE_TITLES = {
    "active_disclosure": "二、主动公开政府信息情况",
    "applications": "三、收到和处理政府信息公开申请情况",
    "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
}


def seeds() -> list[Path]:
    return sorted(TEXT.glob("*.txt"))


def soffice(source: Path, to: str, out_dir: Path) -> Path:
    """Convert one file with LibreOffice headless (a private profile) and return the result."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(tmp).as_uri()}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return out_dir / (source.stem + "." + to.split(":")[0])


def render_doc_and_wps() -> None:
    for fmt in ("doc", "wps"):
        (ROOT / "samples" / fmt).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for docx in sorted((ROOT / "samples" / "docx").glob("*.docx")):
            made = soffice(docx, "doc:MS Word 97", Path(tmp))
            shutil.copyfile(made, ROOT / "samples" / "doc" / made.name)
            shutil.copyfile(made, ROOT / "samples" / "wps" / (made.stem + ".wps"))
            print("wrote doc and wps of", docx.name)


def _cell_value(text: str) -> Any:
    """Integers as numbers (as a spreadsheet holds them); anything else as printed text."""
    return int(text) if text.isdigit() and not text.startswith("0") or text == "0" else text


def workbook(report: ogi.Report) -> Any:
    import openpyxl

    from ogi.document import CellSpec, grid_from_rows

    book = openpyxl.Workbook()
    book.remove(book.active)
    for kind, title in TABLE_TITLES.items():
        if not any(k.startswith(kind + ".") for k, _ in report.flat()):
            continue
        sheet = book.create_sheet(title[:31])
        rows = R.TABLES[kind](report)
        grid = grid_from_rows([[CellSpec(t, rs, cs) for t, rs, cs in row] for row in rows])
        for cell in grid.cells:
            sheet.cell(row=cell.row + 1, column=cell.col + 1).value = _cell_value(cell.text)
            if cell.rowspan > 1 or cell.colspan > 1:
                sheet.merge_cells(
                    start_row=cell.row + 1,
                    start_column=cell.col + 1,
                    end_row=cell.row + cell.rowspan,
                    end_column=cell.col + cell.colspan,
                )
    book.properties.created = book.properties.modified = datetime.datetime(2024, 1, 1)
    return book


def render_sheets() -> None:
    for fmt in ("xlsx", "xls", "et"):
        (ROOT / "samples" / fmt).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds():
            report = ogi.convert(seed)
            if report.template == "legacy":
                continue  # no statistics tables to publish as a spreadsheet
            target = ROOT / "samples" / "xlsx" / (seed.stem + ".xlsx")
            workbook(report).save(target)
            R._pin_zip_times(target)
            made = soffice(target, "xls:MS Excel 97", Path(tmp))
            shutil.copyfile(made, ROOT / "samples" / "xls" / made.name)
            shutil.copyfile(made, ROOT / "samples" / "et" / (made.stem + ".et"))
            print("wrote xlsx, xls and et of", seed.name)


class OfdWriter(R._PdfWriter):
    """The PDF samples' typesetter drawing on an OFD canvas: same page breaks, tables split
    across pages the same way."""

    def __init__(self, path: Path, header: str, title: str) -> None:
        self.metrics = ofd_writer.Metrics
        self.c = ofd_writer.OfdCanvas(path, title)
        self.width, self.height = ofd_writer.A4_PT
        self.left, self.right = 72.0, self.width - 72.0
        self.top, self.bottom = self.height - 72.0, 72.0
        self.y = self.top
        self.page = 1
        self.header = header
        self._decorate()


def render_ofd() -> None:
    out_dir = ROOT / "samples" / "ofd"
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed in seeds():
        report = ogi.convert(seed)
        target = out_dir / (seed.stem + ".ofd")
        header = (report.meta.organization or "") + "政府信息公开工作年度报告"
        writer = OfdWriter(target, header, report.meta.title or "")
        R.draw_report(writer, report)
        writer.save()
        print("wrote", target)


# ------------------------------------------------------------------ Word altChunk

ALT_CHUNK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _alt_chunk(document: Any, rows: R.Rows, n: int) -> Any:
    """An HTML part holding the table, related from the body; returns the w:altChunk."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    page = '<html><head><meta charset="utf-8"></head><body>' + R.html_table(rows) + "</body></html>"
    part = Part(
        PackURI(f"/word/afchunk{n}.htm"), "text/html", page.encode("utf-8"), document.part.package
    )
    rid = document.part.relate_to(part, ALT_CHUNK_REL)
    return parse_xml(f'<w:altChunk xmlns:w="{W_NS}" xmlns:r="{R_NS}" r:id="{rid}"/>')


def render_altchunk() -> None:
    out_dir = ROOT / "samples" / "altchunk"
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed in seeds():
        report = ogi.convert(seed)
        if report.template == "legacy":
            continue  # no tables to embed
        document = R.render_docx_report(report, auto_numbered=False)
        kinds = [
            s.kind
            for s in report.sections
            if s.kind in R.TABLES and any(k.startswith(s.kind + ".") for k, _ in report.flat())
        ]
        for n, (tbl, kind) in enumerate(zip(list(document.tables), kinds)):
            tbl._tbl.addprevious(_alt_chunk(document, R.TABLES[kind](report), n + 1))
            tbl._tbl.getparent().remove(tbl._tbl)
        target = out_dir / (seed.stem + ".docx")
        document.save(target)
        R._pin_zip_times(target)
        print("wrote", target)


def render_ods_example() -> None:
    """The tutorial plugin's sample: seed 000's tables as an OpenDocument spreadsheet."""
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "000_seed_tables.xlsx"
        workbook(ogi.convert(seeds()[0])).save(xlsx)
        made = soffice(xlsx, "ods", Path(tmp) / "out")
        target = ROOT / "docs" / "example-plugin" / "tests" / "samples" / made.name
        shutil.copyfile(made, target)
        print("wrote", target)


if __name__ == "__main__":
    wanted = set(sys.argv[1:]) or {"doc", "sheets", "ofd", "altchunk", "ods"}
    steps = {
        "doc": render_doc_and_wps,
        "sheets": render_sheets,
        "ofd": render_ofd,
        "altchunk": render_altchunk,
        "ods": render_ods_example,
    }
    for name, step in steps.items():
        if name in wanted:
            step()
