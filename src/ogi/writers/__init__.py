"""Output writers, and where their files go: atomically, inside the output directory,
one distinct file per input, names that fit the file system, modes that respect the umask."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ogi.errors import OgiError

NAME_MAX = 255  # bytes in one file name on every common file system


class OutputError(OgiError):
    """An output could not be written: a full disk, a read-only or missing folder, a name
    the file system refuses."""

    code = "OUTPUT_ERROR"
    errno: int | None = None

    @property
    def per_file(self) -> bool:
        """Whether only this output is concerned (its name), not the whole run."""
        return self.errno in PER_FILE_ERRNOS


# errors that concern one output's name (that input's failure), not the run
PER_FILE_ERRNOS = {errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ}


def output_error(exc: OSError, path: Path | str) -> OutputError:
    """An OutputError naming the file and the system's reason."""
    reason = exc.strerror or str(exc)
    hint = {
        errno.ENOSPC: "; free some space and run again with --resume",
        errno.EDQUOT: "; free some space and run again with --resume",
        errno.EROFS: "; choose a writable -o folder",
        errno.EACCES: "; choose a writable -o folder",
    }.get(exc.errno or 0, "")
    err = OutputError(f"cannot write: {reason}{hint}", path=str(path))
    err.errno = exc.errno
    return err


def _umask() -> int:
    try:  # Linux: read it without changing it (os.umask is process-wide, threads race)
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode a new file gets from ``open()``: 0o666 less the umask."""
    return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_stream(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` complete or not at all (temp file + rename).
    The temp name is short whatever ``path``'s name is; the file gets the umask's mode.
    Raises :class:`OutputError` for any OS error."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".ogi-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise output_error(exc, path) from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    """Write by temporary file + rename, so a reader never sees half a file."""
    with atomic_stream(path) as handle:
        handle.write(data)


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


def fit_name(name: str, limit: int = NAME_MAX) -> str:
    """``name`` unchanged when it fits ``limit`` bytes; else its stem cut at a character
    boundary plus a hash of the whole name (distinct, stable), the suffix kept."""
    if len(os.fsencode(name)) <= limit:
        return name
    stem, suffix = os.path.splitext(name)
    tag = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:12]
    room = limit - len(os.fsencode(suffix)) - len(tag)
    cut = os.fsencode(stem)[: max(0, room)].decode("utf-8", "ignore")
    return cut + tag + suffix


def output_file(outdir: Path, path: str, roots: Iterable[str], suffix: str, used: set[str]) -> Path:
    """OUTDIR/<path relative to its root> with ``suffix``; never outside OUTDIR, never the
    same file for two inputs (x.txt and x.html → x.json and x.html.json), never a name
    longer than the file system allows."""
    rel = Path(relative_output(path, roots))
    target = outdir / rel.parent / fit_name(rel.with_suffix(suffix).name)
    if str(target) in used:
        target = outdir / rel.parent / fit_name(rel.name + suffix)
    used.add(str(target))
    return target
