"""The recogniser: rapidocr's PP-OCRv6 (small) detection and recognition models, shipped in
the rapidocr wheel, run on onnxruntime — CPU, or CUDA when onnxruntime-gpu is installed.

Detection runs once per page (on the text outside ruled tables); recognition runs on crops
in batches sorted by width, each batch only as wide as its widest crop (rapidocr pads every
crop to 320 px: three times the work for a table cell holding "0"). Each crop is decoded
twice from the same network output: freely, and restricted to digits and number signs,
for cells of numeric columns.
"""

from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass
from typing import Any

import numpy as np

DET_LONG_SIDE = 960  # px: detection input (boxes are mapped back to the full image)
REC_HEIGHT = 48  # px: the recognition model's input height
LINE_FILL = 0.75  # share of the input height a detected line is scaled to (the rest paper)
CELL_FILL = (
    1.0  # table cell lines are cut tight (4 px of paper): full height (0.7 misread 6 of 588)
)
REC_BATCH = 16
# a batch's output is crops × width/8 × 18 710 classes of float32: cap crops × width (px) so
# a batch of full-width body lines stays under ≈ 100 MB (16 of them took 1.4 GB peak RSS)
REC_BATCH_PIXELS = 12_000
NUMBER_CHARS = "0123456789.,+-"
CPU_ENV = "OGI_OCR_CPU"  # set to 1 to keep to the CPU when a GPU provider is installed
THREADS_ENV = "OGI_OCR_THREADS"  # onnxruntime intra-op threads (default: all cores)


@dataclass(frozen=True)
class Recognised:
    """One crop's text: free decoding and digits-only decoding, each with its confidence
    (the lowest probability of any of its characters; 0 when nothing was read)."""

    text: str
    confidence: float
    digits: str
    digits_confidence: float


def gpu_available() -> bool:
    """Whether onnxruntime offers the CUDA execution provider (onnxruntime-gpu)."""
    import onnxruntime  # type: ignore[import-untyped]

    return "CUDAExecutionProvider" in onnxruntime.get_available_providers()


def use_gpu(force_cpu: bool = False) -> bool:
    """GPU when available unless forced to the CPU (argument or ``OGI_OCR_CPU=1``)."""
    if force_cpu or os.environ.get(CPU_ENV, "") not in ("", "0"):
        return False
    return gpu_available()


@functools.cache
def engine(gpu: bool = False) -> Engine:
    """One engine per process and device (models load once, ≈ 0.3 s)."""
    return Engine(gpu)


class Engine:
    """Detection and recognition on numpy images (grey or BGR, uint8)."""

    def __init__(self, gpu: bool) -> None:
        from rapidocr import RapidOCR  # type: ignore[import-untyped,unused-ignore]

        threads = int(os.environ.get(THREADS_ENV, "-1") or -1)
        self.gpu = gpu
        self._ocr = RapidOCR(
            params={
                "Global.log_level": "error",
                "Global.use_cls": False,
                "Det.limit_type": "max",
                "Det.limit_side_len": DET_LONG_SIDE,
                "EngineConfig.onnxruntime.use_cuda": gpu,
                "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            }
        )
        # rapidocr's recogniser pads every crop to 320 px; we batch ourselves on its session
        self._rec = self._ocr._load_rec_model()  # type: ignore[no-untyped-call,unused-ignore]
        self.chars: list[str] = list(self._rec.postprocess_op.character)
        self._number_cols = np.array(
            [0] + [i for i, ch in enumerate(self.chars) if ch in NUMBER_CHARS], dtype=np.int64
        )

    def detect(self, image: np.ndarray) -> list[tuple[float, float, float, float]]:
        """Axis-aligned boxes (x0, y0, x1, y1) of the text lines in ``image``."""
        result: Any = self._ocr(_bgr(image), use_det=True, use_cls=False, use_rec=False)
        boxes = getattr(result, "boxes", None)
        if boxes is None or len(boxes) == 0:
            return []
        out = []
        for quad in boxes:
            xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
            out.append((min(xs), min(ys), max(xs), max(ys)))
        return out

    def recognise(self, crops: list[np.ndarray], fill: float = 1.0) -> list[Recognised]:
        """The text of each crop (one text line each), in the order given. ``fill`` < 1
        scales crops to that share of the model's input height, padded with paper: the
        input is narrower by as much (detected lines carry margins; 0.75 reads them as
        well as 1.0 for 30 % less work, measured on the sample scans)."""
        out: list[Recognised | None] = [None] * len(crops)
        height = max(16, round(REC_HEIGHT * fill))
        order = sorted(range(len(crops)), key=lambda i: _ratio(crops[i]))
        for batch in _batches(order, [math.ceil(height * _ratio(crops[i])) for i in order]):
            width = max(REC_HEIGHT, math.ceil(height * _ratio(crops[batch[-1]])))
            inputs = np.stack([_normalise(crops[i], width, height) for i in batch])
            preds = self._rec.session(inputs)
            for k, i in enumerate(batch):
                own = _own_width(crops[i], width, height)
                out[i] = self._decode(preds[k, : math.ceil(preds.shape[1] * own / width) + 1])
        return [r for r in out if r is not None]

    def _decode(self, pred: np.ndarray) -> Recognised:
        text, confidence = _collapse(pred.argmax(1), pred.max(1), self.chars)
        sub = pred[:, self._number_cols]
        digits, digits_conf = _collapse(self._number_cols[sub.argmax(1)], sub.max(1), self.chars)
        return Recognised(text.strip(), confidence, digits, digits_conf)


def _batches(order: list[int], widths: list[int]) -> list[list[int]]:
    """Consecutive runs of ``order`` (sorted by width) of at most ``REC_BATCH`` crops whose
    count × widest width stays within ``REC_BATCH_PIXELS`` (one crop at least)."""
    out: list[list[int]] = []
    for index, width in zip(order, widths):
        last = out[-1] if out else None
        if (
            last is not None
            and len(last) < REC_BATCH
            and (len(last) + 1) * width <= REC_BATCH_PIXELS
        ):
            last.append(index)
        else:
            out.append([index])
    return out


def _collapse(index: np.ndarray, prob: np.ndarray, chars: list[str]) -> tuple[str, float]:
    """CTC: merge repeats, drop blanks (class 0); confidence = lowest kept probability."""
    text, probs, previous = [], [], -1
    for i, p in zip(index.tolist(), prob.tolist()):
        if i != 0 and i != previous:
            text.append(chars[i])
            probs.append(p)
        previous = i
    return "".join(text), (min(probs) if probs else 0.0)


def _ratio(crop: np.ndarray) -> float:
    return float(crop.shape[1] / max(1, crop.shape[0]))


def _own_width(crop: np.ndarray, width: int, height: int) -> int:
    return min(width, math.ceil(height * _ratio(crop)))


def _bgr(image: np.ndarray) -> np.ndarray:
    return np.repeat(image[:, :, None], 3, axis=2) if image.ndim == 2 else image


def _normalise(crop: np.ndarray, width: int, height: int) -> np.ndarray:
    """``height`` px tall (centred in the model's 48, paper above and below), width kept in
    proportion, scaled to [-1, 1], padded right with zeros as rapidocr does."""
    import cv2

    own = _own_width(crop, width, height)
    resized = cv2.resize(_bgr(crop), (own, height), interpolation=cv2.INTER_LINEAR)
    out = np.zeros((3, REC_HEIGHT, width), dtype=np.float32)
    top = (REC_HEIGHT - height) // 2
    if height < REC_HEIGHT:
        out[:, :, :own] = 1.0
    out[:, top : top + height, :own] = resized.transpose(2, 0, 1).astype(np.float32) / 127.5 - 1.0
    return out
