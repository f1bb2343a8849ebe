"""The benchmark corpus generator makes valid, varied reports (the benchmark itself is run
by hand: `python -m benchmarks.run --quick`)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

import ogi
from benchmarks import corpus


def test_generated_reports_convert_and_vary(tmp_path: Path) -> None:
    files = corpus.build(tmp_path, per_format=2)
    assert {fmt: len(paths) for fmt, paths in files.items()} == {
        "text": 2,
        "html": 2,
        "docx": 2,
        "pdf": 2,
    }
    for fmt, paths in files.items():
        for path in paths:
            report = ogi.convert(path)
            original = ogi.convert(ROOT / "samples" / fmt / path.name.split("_", 1)[1])
            assert report.template == original.template
            assert set(dict(report.flat())) == set(dict(original.flat()))
    varied = ogi.convert(files["text"][0]).tables
    assert (
        varied != ogi.convert(ROOT / "samples/text" / files["text"][0].name.split("_", 1)[1]).tables
    )
