"""Instructions per report of the interpreter at first sight, counted by callgrind.

    PYTHONHASHSEED=0 python -m benchmarks.instructions [--family 000] [--src PATH]

Wall-clock time on this virtual machine moves by up to 1.8× from hour to hour; an
instruction count does not. A document of the family is interpreted at *first sight* (the
caches cleared, the documents of the other families interpreted first, as in a bulk run), four
times, under ``valgrind --tool=callgrind``; the same run without the measured interpretation is
counted too, and the difference divided by four is printed. ``--src`` measures another tree's
``src/`` (a checkout of a baseline commit) on the same documents. Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 4

_CHILD = (
    """
import gc, sys
from pathlib import Path
from ogi.interpret import clear_caches, interpret
from ogi.records import Options, Source
from ogi.registry import Registry
family, measured, paths = sys.argv[1], sys.argv[2] == "1", [Path(p) for p in sys.argv[3:]]
registry = Registry.load(entry_points=False)
docs = []
for p in paths:
    source = Source(p.read_bytes(), name=p.name, path=str(p))
    docs.append(registry.choose(source, None).extract(source, Options()))
fam = [p.name.split("_", 1)[1] for p in paths]
target = next(i for i, f in enumerate(fam) if f.startswith(family))
others = [d for d, f in zip(docs, fam) if f != fam[target]]
gc.collect()
gc.freeze()
for _ in range(%d):
    clear_caches()
    for other in others:
        interpret(other)
    if measured:
        interpret(docs[target])
"""
    % RUNS
)


def _collected(src: Path, family: str, measured: bool, paths: list[Path]) -> int:
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _CHILD,
            family,
            "1" if measured else "0",
            *map(str, paths),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def count(src: Path, family: str, docs: int = 25) -> float:
    """Instructions (millions) of one first-sight interpretation of ``family``'s document."""
    from benchmarks.interpret import text_corpus

    paths = text_corpus(docs)
    with_doc = _collected(src, family, True, paths)
    without = _collected(src, family, False, paths)
    return (with_doc - without) / RUNS / 1e6


def main() -> None:
    """Command line: print the count of each family asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", default=None)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    for family in args.family or ["000", "001", "002", "003", "004"]:
        print(f"{family}: {count(args.src, family):.2f} M instructions per report (first sight)")


if __name__ == "__main__":
    main()
