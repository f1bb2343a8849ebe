"""Output writers, and where their files go: atomically, inside the output directory,
one distinct file per input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Write by temporary file + rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def relative_output(path: str, roots: Iterable[str]) -> str:
    """``path`` relative to the input root it was found under (never with '..'), or its
    base name for an input given as a file."""
    rel = os.path.basename(path)
    for root in roots:
        if os.path.isdir(root):
            absroot, abspath = os.path.abspath(root), os.path.abspath(path)
            if os.path.commonpath([absroot, abspath]) == absroot:
                rel = os.path.relpath(abspath, absroot)
                break
    parts = [p for p in Path(rel).parts if p not in ("..", ".", "")]
    return str(Path(*parts)) if parts else "report"


def output_file(outdir: Path, path: str, roots: Iterable[str], suffix: str, used: set[str]) -> Path:
    """OUTDIR/<path relative to its root> with ``suffix``; never outside OUTDIR, and never
    the same file for two inputs (x.txt and x.html → x.json and x.html.json)."""
    rel = Path(relative_output(path, roots))
    target = outdir / rel.with_suffix(suffix)
    if str(target) in used:
        target = outdir / rel.with_name(rel.name + suffix)
    used.add(str(target))
    return target
