"""The Python API: convert and convert_many."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import seed

import ogi


def test_convert_bytes_with_filename() -> None:
    report = ogi.convert(seed("004").read_bytes(), filename="r.txt")
    assert report.source.path is None and report.template == "legacy"


def test_convert_gb18030_text() -> None:
    data = seed("000").read_text(encoding="utf-8").encode("gb18030")
    report = ogi.convert(data, filename="gbk.txt")
    assert report.source.encoding is not None and report.source.encoding.name == "gb18030"
    assert report.get("active_disclosure.licensing.decisions") == 3358
    assert report.meta.title == "太仆寺旗2019年政府信息公开工作年度报告"


def test_convert_utf16_with_bom() -> None:
    data = seed("001").read_text(encoding="utf-8").encode("utf-16")
    report = ogi.convert(data, filename="u16.txt")
    assert report.source.encoding is not None and report.source.encoding.decided_by == "bom"
    assert report.get("applications.new_received.total") == 15


def test_convert_many_returns_one_result_per_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.dat"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    inputs = [seed("000"), empty, junk, tmp_path / "missing.txt", seed("003")]
    results = list(ogi.convert_many(inputs))
    assert [r.status for r in results] == ["ok", "failed", "failed", "failed", "ok"]
    assert [r.error.code for r in results if r.error] == [
        "EMPTY",
        "UNSUPPORTED_FORMAT",
        "NOT_FOUND",
    ]
    assert all(r.path for r in results)


def test_convert_many_walks_directories(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "r.txt").write_bytes(seed("001").read_bytes())
    (tmp_path / "a" / "notes.md").write_text("x")
    results = list(ogi.convert_many([tmp_path]))
    assert [(Path(r.path).name, r.status) for r in results] == [
        ("notes.md", "skipped"),
        ("r.txt", "ok"),
    ]


def test_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(b"   \n")
    with pytest.raises(ogi.EmptyInput) as info:
        ogi.convert(path)
    assert str(path) in str(info.value)


def test_report_roundtrip_is_identical() -> None:
    report = ogi.convert(seed("000"))
    again = ogi.Report.model_validate_json(report.to_json())
    assert again.to_json() == report.to_json()


def test_get_reads_any_record_path_and_refuses_unknown_keys() -> None:
    report = ogi.convert(seed("001"))
    assert report.get("meta.organization") == report.meta.organization
    assert report.get("meta.contact.phone") == report.meta.contact.phone
    assert report.get("template") == "2021"
    assert report.get("source.extractor.name") == "text"
    assert report.get("tables.applications.new_received.total") == 15
    assert report.get("applications.new_received.total") == 15
    assert report.get("applications.carried_over.natural_person") is None  # printed blank
    # a canonical key this report does not print: default, not an error
    assert report.get("applications.results.other.no_correction.total", -1) == -1
    assert report.get("legacy.applications.received") is None
    for typo in ("applications.new_recieved.total", "meta.organisation", "tabels.x", "foo"):
        with pytest.raises(KeyError):
            report.get(typo)


def test_long_form_is_a_public_method() -> None:
    report = ogi.convert(seed("000"))
    rows = report.cells_table()
    assert len(rows) == len(report.cells)
    row = next(r for r in rows if r["key"] == "active_disclosure.licensing.change")
    assert (row["value"], row["raw"], row["year"]) == (-10, "减13/增3", 2019)


def test_to_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = ogi.convert(seed("000")).to_pandas()
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(ogi.convert(seed("000")).cells)


def test_public_names() -> None:
    assert ogi.Options(password="x").password == "x"
    assert issubclass(ogi.InputNotFound, FileNotFoundError)
    with pytest.raises(FileNotFoundError):
        ogi.convert("no/such/file.txt")
    results = list(ogi.convert_many([seed("000"), "no/such/file.txt"]))
    assert [r.status for r in results] == [ogi.records.Status.OK, ogi.records.Status.FAILED]
    assert results[0].status == "ok" and f"{results[1].status}" == "failed"


def test_converting_a_pdf_leaves_logging_alone() -> None:
    import logging

    logger = logging.getLogger("pdfminer")
    before = logger.level
    ogi.convert(Path(__file__).parents[1] / "samples/pdf/000_9ba4c109e1ad8830.pdf")
    assert logger.level == before
