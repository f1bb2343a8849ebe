"""The run's record: one manifest entry per input, appended to a journal as each input
finishes (fsync'd, so a kill at any moment loses at most the line being written)."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogi.runner.tasks import Outcome
from ogi.status import Status
from ogi.writers import output_error

JOURNAL = ".ogi-journal.jsonl"


@dataclass
class Entry:
    """One input's line in the manifest."""

    path: str
    sha256: str | None
    status: str
    code: str | None = None
    message: str | None = None
    extractor: str | None = None
    extractor_version: str | None = None
    seconds: float = 0.0
    output: str | None = None
    checks_failed: list[str] = field(default_factory=list)
    check_errors: list[str] = field(default_factory=list)
    worker_rss_mb: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """The manifest line."""
        return {k: str(v) if isinstance(v, Status) else v for k, v in self.__dict__.items()}

    @property
    def has_report(self) -> bool:
        """ok or partial: the input has a report and output files."""
        return self.status in (Status.OK, Status.PARTIAL)

    @classmethod
    def from_outcome(cls, o: Outcome, sha: str | None, output: str | None = None) -> Entry:
        """The entry for a worker's outcome."""
        return cls(
            o.path,
            sha,
            str(o.status),
            o.code,
            o.message,
            o.extractor,
            o.extractor_version,
            o.seconds,
            output,
            list(o.checks_failed),
            list(o.check_errors),
            o.rss_mb,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        """An entry from a journal line (unknown keys of other versions ignored)."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


class Journal:
    """``OUTDIR/.ogi-journal.jsonl``: append-only, one entry per line. Kept open while a run
    appends (:meth:`close` when it ends); each line is flushed and fsync'd before
    :meth:`append` returns."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / JOURNAL
        self._fd: int | None = None

    def load(self) -> dict[str, Entry]:
        """The last entry per input (lines cut by a kill are ignored: those inputs rerun)."""
        done: dict[str, Entry] = {}
        if not self.path.exists():
            return done
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    entry = Entry.from_dict(json.loads(line))
                except (json.JSONDecodeError, TypeError, KeyError):
                    continue
                done[entry.path] = entry
        return done

    def reset(self) -> None:
        """Start afresh (a run without --resume)."""
        self.close()
        if self.path.exists():
            self.path.unlink()

    def append(self, entry: Entry) -> None:
        """Add one line, durably."""
        line = (json.dumps(entry.as_dict(), ensure_ascii=False) + "\n").encode("utf-8")
        try:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            view = memoryview(line)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError as exc:
            raise output_error(exc, self.path) from None

    def close(self) -> None:
        """Close the file (the next append opens it again)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
