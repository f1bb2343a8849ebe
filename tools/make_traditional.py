"""Write ``tests/data/traditional/``: text samples rewritten in traditional characters, as
mirror sites serve reports (DOMAIN.md §5.5), for the tests of
:mod:`ogi.interpret.traditional`.

    PYTHONPATH=DIR python tools/make_traditional.py

Needs OpenCC's converter (``opencc-python-reimplemented``, Apache License 2.0: ``pip
download --no-deps opencc-python-reimplemented`` and unzip it into DIR, or install it);
the tests read the files written, not the converter.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ("000_9ba4c109e1ad8830.txt", "002_b6ff4eeabae1e240.txt")
TARGET = ROOT / "tests" / "data" / "traditional"


def main() -> None:
    """Convert the samples named above (simplified → traditional, phrase by phrase)."""
    from opencc import OpenCC  # type: ignore[import-not-found]

    converter = OpenCC("s2t")
    TARGET.mkdir(parents=True, exist_ok=True)
    for name in SAMPLES:
        text = (ROOT / "samples" / "text" / name).read_text(encoding="utf-8")
        (TARGET / name).write_text(converter.convert(text), encoding="utf-8")
        print(TARGET / name)


if __name__ == "__main__":
    main()
