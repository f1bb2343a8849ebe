"""`ogi convert ONE -o x.json` cold, against a baseline commit, in one run.

    python -m benchmarks.cold [--base COMMIT] [--rounds 10] [--formats text,html,docx,pdf]

The baseline's sources (``git archive`` of the core and the plugins) are put first on
PYTHONPATH, so both sides use this environment's libraries and entry points; this tree's
sources are put there the same way, so that every import searches as many folders on both
sides (left to the environment's path, this tree was favoured: each baseline import looked
in seven folders more, ≈ 30 M instructions of a start). Each round runs the baseline, this
tree, and this tree as installed (no PYTHONPATH), each going first in turn, on the same
sample. Printed per format: the median wall and CPU (the command and its workers, user +
system) of the first two and their ratios, then the installed run's — the figure to hold
against an absolute target. On a machine shared with other work the CPU ratio is the
steadier one; the wall gains of the early worker (docs/performance.md) need a free core.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = {
    "text": "samples/text/000_9ba4c109e1ad8830.txt",
    "html": "samples/html/000_9ba4c109e1ad8830.html",
    "docx": "samples/docx/000_9ba4c109e1ad8830.docx",
    "pdf": "samples/pdf/000_9ba4c109e1ad8830.pdf",
}
TREES = ("src", "plugins", "docs/example-plugin")


def baseline(commit: str, target: Path) -> str:
    """The baseline's sources under ``target``, compiled; its PYTHONPATH."""
    archive = subprocess.run(
        ["git", "archive", commit, *TREES], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    compiled(target)
    return pythonpath(target)


def pythonpath(tree: Path) -> str:
    """The PYTHONPATH that imports the core and the plugins from ``tree``."""
    paths = [tree / "src", *sorted(tree.glob("plugins/*/src")), tree / TREES[2] / "src"]
    return os.pathsep.join(str(p) for p in paths if p.is_dir())


def compiled(tree: Path) -> None:
    """Compile the sources of ``tree`` (its bytecode written where Python looks for it):
    a cold start then measures start-up, not compilation, even where the environment says
    not to write bytecode (PYTHONDONTWRITEBYTECODE)."""
    for name in TREES:
        if (tree / name).is_dir():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / name)], check=True)


def timed(sample: Path, out: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``python -m ogi convert``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, "-m", "ogi", "convert", str(sample), "-o", str(out)]
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="HEAD~1")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--formats", default=",".join(SAMPLES))
    args = parser.parse_args()
    mine = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    compiled(ROOT)  # both sides start from bytecode, as an installed ogi does after its first run
    with tempfile.TemporaryDirectory(prefix="ogi-cold-") as tmp:
        env = {
            "base": {**mine, "PYTHONPATH": baseline(args.base, Path(tmp))},
            "this": {**mine, "PYTHONPATH": pythonpath(ROOT)},
            "installed": mine,  # this tree from the environment's own path, as users run it
        }
        print(f"baseline {args.base}; {args.rounds} rounds; load {os.getloadavg()[0]:.2f}")
        for fmt in args.formats.split(","):
            runs: dict[str, list[tuple[float, float]]] = {side: [] for side in env}
            for r in range(args.rounds):
                for side in rotated(list(env), r):
                    runs[side].append(timed(ROOT / SAMPLES[fmt], Path(tmp, "x.json"), env[side]))
            report(fmt, runs)
        print(f"load {os.getloadavg()[0]:.2f}")


def rotated(sides: list[str], r: int) -> list[str]:
    """The order of round ``r``: each side goes first in turn."""
    k = r % len(sides)
    return sides[k:] + sides[:k]


def report(fmt: str, runs: dict[str, list[tuple[float, float]]]) -> None:
    """One format's medians: baseline → this tree (same path shape), and this tree as
    installed (the figure to hold against a target)."""
    wall = {s: statistics.median(w for w, _ in runs[s]) for s in runs}
    cpu = {s: statistics.median(c for _, c in runs[s]) for s in runs}
    print(
        f"{fmt:5} wall {wall['base']:.3f} → {wall['this']:.3f} s "
        f"(×{wall['this'] / wall['base']:.2f}), CPU {cpu['base']:.3f} → "
        f"{cpu['this']:.3f} s (×{cpu['this'] / cpu['base']:.2f}); as installed "
        f"{wall['installed']:.3f} s, CPU {cpu['installed']:.3f} s"
    )


if __name__ == "__main__":
    main()
