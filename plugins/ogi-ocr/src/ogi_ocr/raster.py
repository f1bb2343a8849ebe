"""Page images: PDF pages rendered with pypdfium2, image files decoded (every frame of a
multi-page TIFF or GIF), sizes bounded, small rotations straightened.

Resolution: PDF pages are rendered at 150 dpi (an A4 page is 1241 × 1754 px). Table digits
printed at 9–10.5 pt are then 19–22 px tall, which PP-OCR reads with confidence ≈ 1; 200
dpi costs 1.8× the pixels for no measured gain, 100 dpi loses thin ruling lines and
misreads digits. Image files are used at their own resolution, scaled down when the long
side is over ``MAX_LONG_SIDE``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ogi.errors import ExtractionFailed

if TYPE_CHECKING:  # numpy loads when a page is rendered (claim and suffixes need none)
    import numpy as np

RENDER_DPI = 150
MAX_LONG_SIDE = 2400  # px: larger images are scaled down (≈ A4 at 200 dpi)
MAX_PIXELS = 60_000_000  # decoded pixels of one image; beyond: TOO_LARGE (decompression bomb)
MAX_SKEW = 2.0  # degrees: rotations searched when straightening a page
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")
MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
    b"GIF87a",
    b"GIF89a",
)


@dataclass
class PageImage:
    """One page as a grey image, with the factor from pixels to page units (points for a
    PDF page, pixels of the original file for an image) and the rotation removed."""

    pixels: np.ndarray
    number: int
    unit: float
    skew: float = 0.0


def is_image(head: bytes) -> bool:
    """Whether the bytes start like one of the supported image formats."""
    return any(head.startswith(m) for m in MAGIC)


def image_pages(data: bytes, max_pages: int) -> Iterator[PageImage]:
    """Every frame of an image file as a page (a TIFF or GIF may hold several)."""
    import numpy as np
    from PIL import Image, ImageSequence

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as image:
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                if number > max_pages:
                    raise ExtractionFailed(
                        f"more than {max_pages} frames in the image", code="TOO_LARGE"
                    )
                yield _scaled(np.asarray(frame.convert("L")), number)
    except ExtractionFailed:
        raise
    except Image.DecompressionBombError as exc:
        raise ExtractionFailed(f"image too large: {exc}", code="TOO_LARGE") from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        reason = str(exc).split(" <_io.")[0]  # PIL names the stream object: not useful
        raise ExtractionFailed(f"cannot decode the image: {reason}") from exc


def _scaled(pixels: np.ndarray, number: int) -> PageImage:
    import cv2
    import numpy as np

    long_side = max(pixels.shape[:2])
    if long_side <= MAX_LONG_SIDE:
        return PageImage(np.ascontiguousarray(pixels), number, 1.0)
    factor = MAX_LONG_SIDE / long_side
    size = (round(pixels.shape[1] * factor), round(pixels.shape[0] * factor))
    return PageImage(cv2.resize(pixels, size, interpolation=cv2.INTER_AREA), number, 1 / factor)


def render_pdf_page(pdf: object, index: int) -> PageImage:
    """Page ``index`` (0-based) of an open pypdfium2 document, in grey at ``RENDER_DPI``."""
    import numpy as np

    page = pdf[index]  # type: ignore[index]
    try:
        width, height = page.get_size()
        scale = RENDER_DPI / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        pixels = np.array(
            bitmap.to_numpy()[:, :, 0] if bitmap.n_channels > 1 else bitmap.to_numpy()
        )
        bitmap.close()
    finally:
        page.close()
    return PageImage(pixels.reshape(pixels.shape[0], pixels.shape[1]), index + 1, 1 / scale)


def straighten(page: PageImage) -> PageImage:
    """Rotate the page so its text lines are horizontal (skew up to ±``MAX_SKEW``°).

    The angle maximises the contrast of the row profile of a downscaled ink mask; a coarse
    search, then a fine one around the best angle."""
    import cv2
    import numpy as np

    small = cv2.resize(page.pixels, None, fx=0.35, fy=0.35, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    best = _best_angle(ink, np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), 0.0)
    best = _best_angle(ink, np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05), best)
    if abs(best) < 0.05:
        return page
    h, w = page.pixels.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), best, 1.0)
    rotated = cv2.warpAffine(
        page.pixels, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255,)
    )
    return PageImage(rotated, page.number, page.unit, best)


def _best_angle(ink: np.ndarray, angles: np.ndarray, default: float) -> float:
    import cv2
    import numpy as np

    h, w = ink.shape
    best, best_score = default, -1.0
    for angle in angles:
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), float(angle), 1.0)
        rotated = cv2.warpAffine(ink, matrix, (w, h), flags=cv2.INTER_NEAREST)
        profile = rotated.sum(axis=1, dtype=np.float64)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)
