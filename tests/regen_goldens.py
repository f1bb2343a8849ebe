"""Regenerate the expected JSON of each sample (under tests/golden/) — only on purpose:

    python tests/regen_goldens.py                                 # all
    python tests/regen_goldens.py plugins/ogi-ocr/tests/scans     # only those under a folder

Read every diff against the sample text before committing it: a golden file that was
generated and never read proves nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx", ".xlsx", ".png", ".jpg")
# the OCR plugin's scans (tools/make_scans.py) live with its tests: OCR is too slow for
# every test that converts all of samples/
SAMPLE_DIRS = ("samples", "plugins/ogi-ocr/tests/scans")


def samples() -> list[Path]:
    """Every sample input under the sample folders (relative to the project root)."""
    return sorted(
        p.relative_to(ROOT)
        for folder in SAMPLE_DIRS
        for p in (ROOT / folder).rglob("*")
        if p.suffix in SAMPLE_SUFFIXES
    )


def expected_path(sample: Path) -> Path:
    """samples/text/x.txt → tests/golden/text/x.expected.json (relative like ``sample``)."""
    return Path("tests", "golden", sample.parent.name, sample.stem + ".expected.json")


def main(only: list[str]) -> int:
    """Regenerate every golden file, or those of the samples under the folders ``only``."""
    import ogi

    os.chdir(ROOT)
    for sample in samples():
        if only and not any(str(sample).startswith(prefix.rstrip("/")) for prefix in only):
            continue
        report = ogi.convert(str(sample))
        expected_path(sample).parent.mkdir(parents=True, exist_ok=True)
        expected_path(sample).write_text(report.to_json(), encoding="utf-8")
        print("wrote", expected_path(sample))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
