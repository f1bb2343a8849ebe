"""Every tolerance the PDF reader uses, in one record (like pdfplumber's ``TableSettings``).

The defaults are what the samples, the corpus and the held-out renders were tuned on; a
caller can pass another record through ``Options.extra["pdf_settings"]``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class PdfSettings:
    """Tolerances of the PDF reader, in PDF points unless said otherwise."""

    #: Cell boxes whose edges are closer than this share a ruling line (span rebuilding).
    ruling_tolerance: float = 2.0
    #: Top and bottom share of the page where running headers, footers and numbers live.
    margin: float = 0.09
    #: The same glyph drawn again within this distance is overprint (fake bold), not text.
    overprint_tolerance: float = 1.0
    #: Settings handed to pdfplumber's table finder (its defaults when empty).
    table_settings: dict[str, Any] = field(default_factory=dict)
    #: What reads characters and rulings: "pdfium" (fast, the default) or "pdfplumber"
    #: (pdfminer's layout analysis, the reference the pdfium engine reproduces).
    engine: str = "pdfium"


ENGINES = ("pdfium", "pdfplumber")
DEFAULT = PdfSettings()


def settings_of(extra: dict[str, Any]) -> PdfSettings:
    """The settings a conversion asked for (``Options.extra["pdf_settings"]``), else the
    defaults; ``Options.extra["pdf_engine"]`` (what ``ogi convert --pdf-engine`` sets),
    else the environment variable OGI_PDF_ENGINE, chooses the engine over the record's."""
    chosen = extra.get("pdf_settings")
    settings = chosen if isinstance(chosen, PdfSettings) else DEFAULT
    engine = extra.get("pdf_engine") or (None if chosen else os.environ.get("OGI_PDF_ENGINE"))
    if engine is not None and engine != settings.engine:
        settings = replace(settings, engine=str(engine))
    if settings.engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {settings.engine!r}: one of {', '.join(ENGINES)}")
    return settings
