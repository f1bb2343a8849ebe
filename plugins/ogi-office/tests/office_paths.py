"""Paths shared by the office plugin's tests (everything inside the repository)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
CORPUS = ROOT / "tests" / "corpus"
SEED_TEXT = SAMPLES / "text" / "000_9ba4c109e1ad8830.txt"
SEED_PDF = SAMPLES / "pdf" / "000_9ba4c109e1ad8830.pdf"
SEED_DOCX = SAMPLES / "docx" / "000_9ba4c109e1ad8830.docx"
SEED_HTML = SAMPLES / "html" / "000_9ba4c109e1ad8830.html"


def text_twin(sample: Path) -> Path:
    """The seed text a sample was rendered from."""
    return SAMPLES / "text" / (sample.stem + ".txt")
