"""OCR is the slow part: within one test session each distinct crop is recognised and each
distinct page detected once (the same scan is converted by several tests). The cache keys
are the pixels themselves, so a changed input is always recognised afresh."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from ogi_ocr.engine import Engine, Recognised


def _key(array: np.ndarray) -> bytes:
    return hashlib.blake2b(repr(array.shape).encode() + array.tobytes(), digest_size=16).digest()


@pytest.fixture(scope="session", autouse=True)
def ocr_cache() -> Iterator[dict[bytes, Any]]:
    """Memoise ``Engine.detect`` and ``Engine.recognise`` for the session."""
    cache: dict[bytes, Any] = {}
    detect, recognise = Engine.detect, Engine.recognise

    def cached_detect(self: Engine, image: np.ndarray) -> list[tuple[float, float, float, float]]:
        key = b"d" + _key(image)
        if key not in cache:
            cache[key] = detect(self, image)
        return cache[key]

    def cached_recognise(
        self: Engine, crops: list[np.ndarray], fill: float = 1.0
    ) -> list[Recognised]:
        keys = [b"r%.2f" % fill + _key(c) for c in crops]
        todo = [i for i, k in enumerate(keys) if k not in cache]
        for i, result in zip(todo, recognise(self, [crops[i] for i in todo], fill)):
            cache[keys[i]] = result
        return [cache[k] for k in keys]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "detect", cached_detect)
        patch.setattr(Engine, "recognise", cached_recognise)
        yield cache
