"""Docling's model-free PDF reading, timed warm (used by ``benchmarks/pdf.py``).

Docling's ``NativePdfPipeline`` (``docling.pipeline.native_pdf_pipeline``, selected with
``NativePdfFormatOption``) reads only what is encoded in the PDF, through the threaded
docling-parse backend: one plain ``TextItem`` per text line with its box, one
``PictureItem`` per embedded bitmap. No layout, OCR or table model runs, so it needs no
model weights (unlike ``DocumentConverter()``'s default ``StandardPdfPipeline``, whose
layout model is downloaded from a hub). Two configurations are timed:

- ``lines``: text lines only — ``generate_page_images=False``,
  ``generate_picture_images=False`` (parse, no rendering, no bitmap decoding);
- ``defaults``: the pipeline's own defaults — also renders every page at
  ``images_scale`` 1.0 and decodes the embedded bitmaps.

Both with ``parser_threads=1`` (its default on a 2-core machine; ogi reads one document on
one thread). The time is ``DocumentConverter.convert(path)`` alone: converters are built
and imports done before any timing.

This file imports nothing from ogi, so it also runs under another interpreter (Docling is
not a dependency of this project): ``python benchmarks/docling_native.py`` prints one JSON
line describing what it loaded (or why it could not), then answers each JSON request
``{"config": NAME, "path": PATH}`` read from stdin with one JSON line ``{"ms": ...,
"cpu_ms": ..., "pages": ..., "texts": ...}`` (or ``{"error": ...}``): wall and process CPU
milliseconds of the conversion (the parser thread can overlap the assembly on a second
core), pages and text items.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

CONFIGS = {
    "lines": "Docling native, text lines only",
    "defaults": "Docling native, its defaults (+ page images, bitmaps)",
}

Convert = Callable[[str], dict[str, Any]]


def load() -> tuple[dict[str, Convert], dict[str, Any]]:
    """The timed conversions by configuration name, and what was loaded. Raises ImportError
    when Docling (or its native pipeline) is not importable."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model is needed; never fetch one
    try:
        from docling.datamodel.base_models import InputFormat
        from docling.datamodel.pipeline_options import NativePdfPipelineOptions
        from docling.document_converter import DocumentConverter, NativePdfFormatOption
    except ImportError as exc:
        found = _version("docling-slim", "docling")
        if found is None:
            raise
        raise ImportError(f"docling {found} has no NativePdfPipeline ({exc})") from exc

    options = {
        "lines": NativePdfPipelineOptions(
            parser_threads=1, generate_page_images=False, generate_picture_images=False
        ),
        "defaults": NativePdfPipelineOptions(parser_threads=1),
    }
    converts: dict[str, Convert] = {}
    for name, opts in options.items():
        converter = DocumentConverter(
            format_options={InputFormat.PDF: NativePdfFormatOption(pipeline_options=opts)}
        )
        converter.initialize_pipeline(InputFormat.PDF)
        converts[name] = _timed(converter)
    info = {
        "docling": _version("docling-slim", "docling"),
        "docling_parse": _version("docling-parse"),
        "python": sys.version.split()[0],
        "pipeline": "NativePdfPipeline + ThreadedDoclingParseDocumentBackend, parser_threads=1",
    }
    return converts, info


def _version(*distributions: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    for name in distributions:
        try:
            return version(name)
        except PackageNotFoundError:
            continue
    return None


def _timed(converter: Any) -> Convert:
    def convert(path: str) -> dict[str, Any]:
        started, cpu = time.perf_counter(), time.process_time()
        result = converter.convert(path)
        elapsed = (time.perf_counter() - started) * 1000
        cpu_ms = (time.process_time() - cpu) * 1000
        if result.status.name != "SUCCESS":
            raise RuntimeError(f"{path}: {result.status.name} {result.errors}")
        texts = len(result.document.texts)
        return {"ms": elapsed, "cpu_ms": cpu_ms, "pages": len(result.pages), "texts": texts}

    return convert


def serve() -> None:
    """The driver loop for an external interpreter (see the module docstring)."""
    try:
        converts, info = load()
    except Exception as exc:  # report why, in the one line the caller reads
        print(json.dumps({"unavailable": f"{type(exc).__name__}: {exc}"}), flush=True)
        return
    print(json.dumps({"loaded": info}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = converts[request["config"]](request["path"])
        except Exception as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve()
