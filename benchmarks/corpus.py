"""A realistic benchmark corpus built from the samples: the same report layouts with varied
numbers and lengths (text and HTML by rewriting numeric cells and repeating prose; Word by
editing the document; PDF re-rendered when reportlab is installed, else the samples)."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
_TEXT_CELL = re.compile(r"^(\d+) \|$", re.M)
_HTML_CELL = re.compile(r'(<p style="text-align:center">)(\d+)(</p>)')


def _inputs(fmt: str) -> list[Path]:
    return sorted(p for p in (SAMPLES / fmt).iterdir() if p.is_file())


def _vary_text(text: str, rng: random.Random) -> str:
    text = _TEXT_CELL.sub(lambda m: f"{rng.randint(0, 500)} |", text)
    lines = text.splitlines()
    prose = [i for i, line in enumerate(lines) if len(line) > 80]
    for i in rng.sample(prose, k=min(len(prose), rng.randint(0, 4))):
        lines[i] = lines[i] + lines[i]
    return "\n".join(lines) + "\n"


def _vary_html(data: bytes, encoding: str, rng: random.Random) -> bytes:
    text = data.decode(encoding)
    text = _HTML_CELL.sub(lambda m: f"{m.group(1)}{rng.randint(0, 500)}{m.group(3)}", text)
    repeat = "<p>" + "政务公开工作持续推进，" * rng.randint(5, 60) + "</p>\n"
    return text.replace("</div></div>", repeat * rng.randint(1, 8) + "</div></div>").encode(
        encoding
    )


def _vary_docx(path: Path, target: Path, rng: random.Random) -> None:
    import docx

    document = docx.Document(str(path))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.text.isdigit():
                    cell.text = str(rng.randint(0, 500))
    for _ in range(rng.randint(0, 10)):
        document.add_paragraph(
            "本年度，我单位持续推进政务公开标准化规范化建设。" * rng.randint(1, 6)
        )
    document.save(str(target))


def _vary_pdf(path: Path, target: Path, rng: random.Random) -> None:
    import importlib.util
    import sys

    if importlib.util.find_spec("reportlab") is None:  # the "bench" extra renders PDFs
        shutil.copy(path, target)
        return
    sys.path.insert(0, str(ROOT / "tools"))
    import render_samples

    import ogi

    report = ogi.convert(SAMPLES / "text" / (path.stem + ".txt"))
    cells = [
        c.model_copy(update={"raw": str(rng.randint(0, 500))}) if (c.raw or "").isdigit() else c
        for c in report.cells
    ]
    render_samples.render_pdf_report(report.model_copy(update={"cells": cells}), target)


def build(target: Path, per_format: int, seed: int = 1) -> dict[str, list[Path]]:
    """``per_format`` files of each format under ``target``; returns them by format."""
    rng = random.Random(seed)
    out: dict[str, list[Path]] = {}
    for fmt in ("text", "html", "docx", "pdf"):
        folder = target / fmt
        folder.mkdir(parents=True, exist_ok=True)
        sources = _inputs(fmt)
        files = []
        for i in range(per_format):
            src = sources[i % len(sources)]
            dst = folder / f"{i:04d}_{src.name}"
            if fmt == "text":
                dst.write_text(_vary_text(src.read_text(encoding="utf-8"), rng), encoding="utf-8")
            elif fmt == "html":
                encoding = "gb18030" if b"gb2312" in src.read_bytes()[:300] else "utf-8"
                dst.write_bytes(_vary_html(src.read_bytes(), encoding, rng))
            elif fmt == "docx":
                _vary_docx(src, dst, rng)
            else:
                _vary_pdf(src, dst, rng)
            files.append(dst)
        out[fmt] = files
    return out
