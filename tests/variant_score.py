"""Score the real-world text variants (tests/data/variants/) against their seeds: how many of
the seed's statistics each variant reads exactly, how many it flags, how many it gets wrong.

    python tests/variant_score.py          # one line per variant, then the total

A statistic of the seed (a printed, typed value) is, in a variant's report:

- ``exact``   the same value;
- ``flagged`` no value, but a warning names its key or its row (the text no longer
  determines it, and the report says so);
- ``wrong``   anything else: another value, or missing without a word.

A number read where the seed prints a blank is also ``wrong`` unless a warning names it.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ROOT / "tests" / "data" / "variants"


@dataclass
class Score:
    """The tally of one variant (or of all)."""

    exact: int = 0
    flagged: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Statistics of the seed."""
        return self.exact + self.flagged + len(self.wrong)

    def add(self, other: Score) -> None:
        """Add another tally."""
        self.exact += other.exact
        self.flagged += other.flagged
        self.wrong += other.wrong


def variants() -> list[Path]:
    """Every variant dump, sorted."""
    return sorted(p for p in VARIANTS.iterdir() if p.suffix == ".txt")


def seed_of(variant: Path) -> Path:
    """tests/data/variants/000_x.crawler.txt → samples/text/000_x.txt"""
    return ROOT / "samples" / "text" / (variant.name.split(".", 1)[0] + ".txt")


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b)
    return a == b and type(a) is type(b)


def score(variant: Path) -> Score:
    """Compare one variant's statistics with its seed's."""
    import ogi

    seed = ogi.convert(seed_of(variant))
    try:
        got = ogi.convert(variant)
    except ogi.OgiError as exc:
        return Score(wrong=[f"refused: {exc}"] * sum(c.value is not None for c in seed.cells))
    values = {c.key: c.value for c in got.cells}
    named = " ".join(f"{w.message} {w.where} {' '.join(w.keys)}" for w in got.warnings)
    out = Score()
    for cell in seed.cells:
        if cell.value is None:
            # a printed blank: a number read there is wrong unless a warning names it
            got_value = values.get(cell.key)
            if got_value is not None and not _named(cell.key, named):
                out.wrong.append(f"{cell.key}: {got_value!r} where the seed prints a blank")
            continue
        if cell.key in values and _same(values[cell.key], cell.value):
            out.exact += 1
        elif values.get(cell.key) is None and _named(cell.key, named):
            out.flagged += 1
        else:
            out.wrong.append(f"{cell.key}: {values.get(cell.key, 'missing')!r} != {cell.value!r}")
    return out


def _named(key: str, text: str) -> bool:
    row = key.rsplit(".", 1)[0]
    return key in text or f"{row}:" in text or f"{row} " in text


def main() -> int:
    total = Score()
    for variant in variants():
        s = score(variant)
        total.add(s)
        print(
            f"{variant.name:45} {s.exact:4}/{s.total:<4} flagged {s.flagged:3} wrong {len(s.wrong)}"
        )
        for w in s.wrong[:5]:
            print("      ", w)
    pct = 100.0 * total.exact / max(total.total, 1)
    determined = total.total - total.flagged
    print(
        f"TOTAL exact {total.exact}/{total.total} ({pct:.2f} %), flagged {total.flagged}, "
        f"wrong {len(total.wrong)}; exact of determined {100.0 * total.exact / max(determined, 1):.2f} %"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
