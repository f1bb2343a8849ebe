"""Make the OCR plugin's test scans from the text PDF samples (deterministic, seeded):

    python tools/make_scans.py        # rewrites plugins/ogi-ocr/tests/scans/

- ``<stem>.pdf``: every page of ``samples/pdf/<stem>.pdf`` rendered at 150 dpi in grey,
  rotated by a seeded angle in ±0.6°, with background noise and a slight blur, stored as a
  JPEG image per page in an image-only PDF (no text layer), as a photocopier would;
- ``<stem>.page2.png`` / ``<stem>.page2-jpeg.jpg``: the second page of one sample (two
  section headings and two statistics tables) as image files (distinct stems: each has its
  own expected JSON);
- ``mixed_<stem>.pdf``: the text PDF with one page (its main table page) replaced by its scan;
- ``plugins/ogi-ocr/tests/pictures/``: the HTML sample of one seed with its three statistics
  tables replaced by ``<img>`` of their scans (PNG files beside the page; a table split over
  two pages is one picture of both parts).

Renders need a CJK font installed (the samples use the non-embedded Adobe font STSong-Light,
which PDFium substitutes from the system fonts): ``apt-get install fonts-noto-cjk``.
Needs pypdfium2, Pillow and numpy (all installed with the OCR plugin).
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "plugins" / "ogi-ocr" / "tests" / "scans"
PICTURES = ROOT / "plugins" / "ogi-ocr" / "tests" / "pictures"
SECTION_HEADS = ("二、主动公开", "三、收到和处理", "四、政府信息公开行政复议", "五、")
DPI = 150
MAX_ANGLE = 0.6
IMAGE_SAMPLE, IMAGE_PAGE = "002_b6ff4eeabae1e240", 1  # page 2: sections 二 and 三, two tables
MIXED_SAMPLE, MIXED_PAGE = "002_b6ff4eeabae1e240", 1  # page 2 (0-based 1): tables 1 and 2


def degrade(page: pdfium.PdfPage, rng: random.Random) -> Image.Image:
    """One page as a scanner would give it: 150 dpi grey, slightly rotated, noisy, blurred."""
    image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    angle = rng.uniform(-MAX_ANGLE, MAX_ANGLE)
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(radius=0.6))
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 9, pixels.shape)
    speckle = np.random.default_rng(rng.randrange(2**32)).random(pixels.shape) < 0.0004
    pixels = np.clip(pixels * 0.92 + 8 + noise, 0, 255)  # grey paper, not pure white
    pixels[speckle] = 60
    return Image.fromarray(pixels.astype(np.uint8), "L")


def jpeg(image: Image.Image, quality: int = 70) -> bytes:
    """The image as JPEG bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def add_image_page(pdf: pdfium.PdfDocument, image: Image.Image, index: int | None = None) -> None:
    """Append (or insert at ``index``) an A4 page showing ``image`` full-page, no text."""
    width, height = 595.2756, 841.8898
    page = pdf.new_page(width, height, index=index)
    obj = pdfium.PdfImage.new(pdf)
    obj.load_jpeg(io.BytesIO(jpeg(image)), inline=False)
    obj.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(obj)
    page.gen_content()


def save(pdf: pdfium.PdfDocument, path: Path) -> None:
    """Write ``pdf`` to ``path``."""
    buffer = io.BytesIO()
    pdf.save(buffer)
    path.write_bytes(buffer.getvalue())
    print("wrote", path.relative_to(ROOT), f"{len(buffer.getvalue()) // 1024} KB")


def scan_pdf(source: Path, rng: random.Random) -> list[Image.Image]:
    """Every page of ``source`` degraded; also written as an image-only PDF."""
    original = pdfium.PdfDocument(str(source))
    images = [degrade(original[i], rng) for i in range(len(original))]
    scanned = pdfium.PdfDocument.new()
    for image in images:
        add_image_page(scanned, image)
    save(scanned, OUT / source.name)
    return images


def mixed_pdf(source: Path, page_index: int, image: Image.Image) -> None:
    """The text PDF with page ``page_index`` replaced by its scan."""
    pdf = pdfium.PdfDocument(str(source))
    pdf.del_page(page_index)
    add_image_page(pdf, image, index=page_index)
    save(pdf, OUT / f"mixed_{source.name}")


def table_boxes(source: Path) -> list[tuple[int, tuple[float, float, float, float]]]:
    """(page index, bbox in points) of each ruled table of the text PDF, in reading order."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(source)) as pdf:
        for i, page in enumerate(pdf.pages):
            out += [(i, tuple(t.bbox)) for t in page.find_tables()]
    return out


def table_pictures(source: Path, images: list[Image.Image]) -> list[Image.Image]:
    """The three statistics tables cut from the scanned pages; a table continued at the top
    of the next page (its first box there) is stacked under its first part."""
    pieces = []
    for index, (x0, top, x1, bottom) in table_boxes(source):
        f = DPI / 72
        box = (int(x0 * f) - 14, int(top * f) - 14, int(x1 * f) + 14, int(bottom * f) + 14)
        pieces.append((index, top, images[index].crop(box)))
    tables: list[Image.Image] = []
    for index, top, piece in pieces:
        continued = tables and top < 120 and index > 0  # first thing on its page
        if continued:
            above = tables[-1]
            joined = Image.new(
                "L", (max(above.width, piece.width), above.height + piece.height), 235
            )
            joined.paste(above, (0, 0))
            joined.paste(piece, (0, above.height))
            tables[-1] = joined
        else:
            tables.append(piece)
    return tables


def html_with_pictures(stem: str, images: list[Image.Image]) -> None:
    """The HTML sample with each statistics table's lines replaced by its picture."""
    PICTURES.mkdir(parents=True, exist_ok=True)
    pictures = table_pictures(ROOT / "samples" / "pdf" / f"{stem}.pdf", images)
    assert len(pictures) == 3, len(pictures)
    lines = (ROOT / "samples" / "html" / f"{stem}.html").read_text(encoding="utf-8").splitlines()
    out, table = [], -1
    for line in lines:
        head = next((k for k, h in enumerate(SECTION_HEADS) if f"<strong>{h}" in line), None)
        if head is not None:
            out.append(line)
            table = head if head < 3 else -1
            if table >= 0:
                name = f"{stem}_table{table + 1}.png"
                pictures[table].save(PICTURES / name, optimize=True)
                out.append(f'<p><img src="/images/{name}" alt="表{table + 1}"></p>')
            continue
        if table < 0 or not line.startswith("<p>"):
            out.append(line)
    (PICTURES / f"{stem}.html").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("wrote", (PICTURES / f"{stem}.html").relative_to(ROOT), "and its 3 table pictures")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for source in sorted((ROOT / "samples" / "pdf").glob("*.pdf")):
        rng = random.Random(source.stem)
        images = scan_pdf(source, rng)
        if source.stem == IMAGE_SAMPLE:
            page = images[IMAGE_PAGE]
            page.save(OUT / f"{source.stem}.page2.png", optimize=True)
            (OUT / f"{source.stem}.page2-jpeg.jpg").write_bytes(jpeg(page, quality=80))
            print("wrote", f"{source.stem}.page2.png / .page2-jpeg.jpg")
        if source.stem == MIXED_SAMPLE:
            mixed_pdf(source, MIXED_PAGE, images[MIXED_PAGE])
            html_with_pictures(source.stem, images)
    return 0


if __name__ == "__main__":
    sys.exit(main())
