"""Regenerate the expected JSON of each sample (under tests/golden/) and the `ogi compare`
goldens (tests/golden/across/) — only on purpose:

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
SAMPLE_SUFFIXES = (
    ".txt",
    ".html",
    ".htm",
    ".pdf",
    ".docx",
    ".xlsx",
    ".xls",
    ".et",
    ".doc",
    ".wps",
    ".ofd",
    ".png",
    ".jpg",
)
# the OCR plugin's scans (tools/make_scans.py) live with its tests: OCR is too slow for
# every test that converts all of samples/
SAMPLE_DIRS = ("samples", "plugins/ogi-ocr/tests/scans")
#: `ogi compare A B` goldens (tests/test_across.py): (A, B, golden stem).
COMPARE_PAIRS = (
    (
        "tests/data/across/planted/qinghe_2021.txt",
        "tests/data/across/planted/qinghe_2022.txt",
        "compare_2021_2022",
    ),
)
COMPARE_SUFFIXES = {"text": ".txt", "markdown": ".md", "json": ".json", "csv": ".csv"}


def samples() -> list[Path]:
    """Every sample input under the sample folders (relative to the project root)."""
    return sorted(
        p.relative_to(ROOT)
        for folder in SAMPLE_DIRS
        for p in (ROOT / folder).rglob("*")
        if p.suffix in SAMPLE_SUFFIXES
    )


def variants() -> list[Path]:
    """The real-world text dumps of the samples (tests/data/variants/, made by
    tools/render_variants.py), relative to the project root."""
    return sorted(p.relative_to(ROOT) for p in (ROOT / "tests" / "data" / "variants").glob("*.txt"))


def expected_path(sample: Path) -> Path:
    """samples/text/x.txt → tests/golden/text/x.expected.json (relative like ``sample``);
    tests/data/variants/x.crawler.txt → tests/golden/variants/x.crawler.expected.json."""
    return Path("tests", "golden", sample.parent.name, sample.stem + ".expected.json")


def main(only: list[str]) -> int:
    """Regenerate every golden file, or those of the samples under the folders ``only``."""
    import ogi

    os.chdir(ROOT)
    (ROOT / "tests" / "golden" / "variants").mkdir(parents=True, exist_ok=True)
    for sample in samples() + variants():
        if only and not any(str(sample).startswith(prefix.rstrip("/")) for prefix in only):
            continue
        report = ogi.convert(str(sample))
        expected_path(sample).parent.mkdir(parents=True, exist_ok=True)
        expected_path(sample).write_text(report.to_json(), encoding="utf-8")
        print("wrote", expected_path(sample))
    if not only:
        compare_goldens()
    return 0


def compare_goldens() -> None:
    """tests/golden/across/<stem>.{txt,md,json,csv}: `ogi compare` in every format."""
    from ogi.across import load_one
    from ogi.across.compare import RENDERERS, compare

    folder = Path("tests", "golden", "across")
    folder.mkdir(parents=True, exist_ok=True)
    for a, b, stem in COMPARE_PAIRS:
        result = compare(load_one(a), load_one(b))
        for fmt, suffix in COMPARE_SUFFIXES.items():
            target = folder / (stem + suffix)
            target.write_text(RENDERERS[fmt](result), encoding="utf-8")
            print("wrote", target)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
