"""Make the OCR plugin's test scans from the text PDF samples (deterministic, seeded):

    python tools/make_scans.py        # rewrites plugins/ogi-ocr/tests/scans/

- ``<stem>.pdf``: every page of ``samples/pdf/<stem>.pdf`` rendered at 150 dpi in grey,
  rotated by a seeded angle in ±0.6°, with background noise and a slight blur, stored as a
  JPEG image per page in an image-only PDF (no text layer), as a photocopier would;
- ``<stem>.p1.png`` / ``<stem>.p1.jpg``: the first page of one sample as image files;
- ``mixed_<stem>.pdf``: the text PDF with one page (its main table page) replaced by its scan.

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
DPI = 150
MAX_ANGLE = 0.6
IMAGE_SAMPLE = "002_b6ff4eeabae1e240"  # page 1 has the title, three sections and table 1
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


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for source in sorted((ROOT / "samples" / "pdf").glob("*.pdf")):
        rng = random.Random(source.stem)
        images = scan_pdf(source, rng)
        if source.stem == IMAGE_SAMPLE:
            images[0].save(OUT / f"{source.stem}.p1.png", optimize=True)
            (OUT / f"{source.stem}.p1.jpg").write_bytes(jpeg(images[0], quality=80))
            print("wrote", f"{source.stem}.p1.png / .jpg")
        if source.stem == MIXED_SAMPLE:
            mixed_pdf(source, MIXED_PAGE, images[MIXED_PAGE])
    return 0


if __name__ == "__main__":
    sys.exit(main())
