"""The ``ogi`` command line."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import seed

from ogi.cli import cli
from ogi.registry import Registry


def run(*args: str, input: bytes | None = None) -> CliRunner.invoke:  # type: ignore[valid-type]
    return CliRunner().invoke(cli, list(args), obj=Registry.load(), input=input)


def test_convert_directory_writes_one_json_per_sample(tmp_path: Path, in_root: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", "samples/", "-o", str(out))
    assert result.exit_code == 0, result.output
    inputs = sorted(p for p in (in_root / "samples").rglob("*") if p.is_file())
    written = sorted(out.rglob("*.json"))
    assert [p.relative_to(out) for p in written] == [
        p.relative_to(in_root / "samples").with_suffix(".json") for p in inputs
    ]
    schema = json.loads(run("schema").output)
    for path in written:
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
    n = len(inputs)
    assert f"{n} inputs: {n} ok" in result.output
    assert "skipped" not in result.output and "failed" not in result.output
    assert len((out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()) == n


def test_single_file_to_stdout_and_deterministic() -> None:
    first = run("convert", str(seed("001")))
    second = run("convert", str(seed("001")))
    assert first.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes
    assert json.loads(first.output)["meta"]["signature"]["date"] == "2023-01-18"


def test_stdin() -> None:
    result = run("convert", "-", input=seed("002").read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.output)["source"]["path"] is None


def test_cells_csv(tmp_path: Path) -> None:
    target = tmp_path / "cells.csv"
    result = run("convert", str(seed("000")), "--to", "cells", "-o", str(target))
    assert result.exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert (
        lines[0]
        == "report_id,organization,year,template,key,value,raw,unit,format,page,source_path"
    )
    assert any(",active_disclosure.licensing.change,-10,减13/增3," in line for line in lines)


def test_cells_jsonl_for_a_tree(tmp_path: Path) -> None:
    result = run(
        "convert", str(seed("000").parent), "--to", "cells-jsonl", "-o", str(tmp_path) + "/"
    )
    assert result.exit_code == 0
    rows = [
        json.loads(x) for x in (tmp_path / "cells.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert {r["year"] for r in rows} == {2017, 2018, 2019, 2020, 2022}


@pytest.mark.parametrize(
    "content, name, code",
    [
        (b"", "empty.txt", "EMPTY"),
        (random.Random(0).randbytes(4096), "random.bin", "UNSUPPORTED_FORMAT"),
        (b"\xff\xfe\x00\xd8\x41\x00", "surrogate.txt", "CORRUPT"),
        (b"\x81\x30\xff" * 50, "gbk-garbage.txt", "CORRUPT"),
        # a format no extractor reads (images are read by the OCR plugin)
        (b"\x00\x00\x00\x18ftypmp42" + b"\0" * 100, "video.mp4", "UNSUPPORTED_FORMAT"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(
    tmp_path: Path, content: bytes, name: str, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("convert", str(path))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and code in lines[0]
    assert "Traceback" not in result.output


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    result = run("convert", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.output.strip().endswith("NOT_FOUND: no such file (or a dangling symlink)")


def test_unknown_writer_is_usage_error() -> None:
    assert run("convert", str(seed("000")), "--to", "yaml").exit_code == 2


def test_tree_with_a_failure_exits_1_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    (tmp_path / "in" / "good.txt").write_bytes(seed("001").read_bytes())
    result = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (tmp_path / "out" / "good.json").exists()
    assert "2 inputs: 1 failed, 1 ok" in result.output


def test_formats_and_schema() -> None:
    assert "text" in run("formats").output
    schema = json.loads(run("schema").output)
    assert schema["title"] == "Report" and "tables" in schema["properties"]


def test_check_reruns_rules_on_saved_report(tmp_path: Path) -> None:
    saved = tmp_path / "r.json"
    assert run("convert", str(seed("000")), "-o", str(saved)).exit_code == 0
    result = run("check", str(saved))
    assert result.exit_code == 0 and "D9" in result.output  # a warning only
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["tables"]["review_litigation"]["review"]["total"] = 5
    saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("check", str(saved))
    assert result.exit_code == 1 and "R1" in result.output


def test_check_rejects_invalid_report(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0"}')
    result = run("check", str(bad))
    assert result.exit_code == 1 and "INVALID_REPORT" in result.output
