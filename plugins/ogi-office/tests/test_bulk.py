"""Acceptance: a bulk run over the samples of every office format converts every file, and
``ogi formats`` lists every reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from office_paths import SAMPLES
from ogi_office import soffice

from ogi.batch import BatchOptions, run_batch
from ogi.cli import cli
from ogi.registry import Registry

FORMATS = ("doc", "wps", "xlsx", "xls", "et", "ofd", "altchunk")


@pytest.mark.slow
@pytest.mark.skipif(soffice.find_soffice() is None, reason="LibreOffice is not installed")
def test_bulk_run_over_every_office_sample(tmp_path: Path) -> None:
    inputs = [str(SAMPLES / fmt) for fmt in FORMATS]
    entries = run_batch(inputs, str(tmp_path / "out"), BatchOptions(jobs=2, timeout=300))
    files = [p for fmt in FORMATS for p in (SAMPLES / fmt).iterdir() if p.is_file()]
    assert len(entries) == len(files) == 27
    failed = {path: (e.code, e.message) for path, e in entries.items() if e.status == "failed"}
    assert not failed
    formats = {e.extractor for e in entries.values()}
    assert formats == {"doc", "xlsx", "xls", "ofd", "docx"}


def test_formats_lists_every_reader() -> None:
    result = CliRunner().invoke(cli, ["formats"], obj=Registry.load())
    assert result.exit_code == 0
    for name in ("doc", "xlsx", "xls", "ofd", ".wps", ".et"):
        assert name in result.output, name
