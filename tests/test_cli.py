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
    manifest = [
        json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()
    ]
    # a Word attachment beside the page that links it is converted with the page (ASSEMBLED)
    assembled = {Path(m["path"]).name for m in manifest if m["code"] == "ASSEMBLED"}
    assert assembled == {"legacy_2017_xishan_stats.docx"}
    written = sorted(out.rglob("*.json"))
    assert [p.relative_to(out) for p in written] == [
        p.relative_to(in_root / "samples").with_suffix(".json")
        for p in inputs
        if p.name not in assembled
    ]
    schema = json.loads(run("schema").output)
    for path in written:
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
    n = len(inputs)
    status = {
        s: sum(m["status"] == s for m in manifest)
        for s in ("ok", "partial", "skipped", "assembled", "failed")
    }
    assert status["ok"] + status["partial"] == n - 1 and status["assembled"] == 1
    assert status["skipped"] == 0 and status["failed"] == 0
    partial = f", {status['partial']} partial" if status["partial"] else ""
    assert f"{n} inputs: {status['ok']} ok{partial}, 1 assembled" in result.output
    assert "skipped" not in result.output
    assert "failed" not in result.output
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
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads it right
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert (
        lines[0]
        == "report_id,organization,year,template,key,value,raw,unit,format,page,source_path,state"
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


@pytest.mark.parametrize(
    "args",
    [
        ("convert", "{missing}"),
        ("convert", "{missing}", "-o", "{out}/"),
        ("convert", "{seed}", "{missing}", "-o", "{out}"),
        ("check", "{missing}"),
    ],
)
def test_a_missing_path_is_a_usage_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "nope.txt"
    values = {"missing": str(missing), "out": str(tmp_path / "out"), "seed": str(seed("000"))}
    result = run(*(a.format(**values) for a in args))
    assert result.exit_code == 2, result.output
    assert "no such file or directory" in result.output and str(missing) in result.output
    assert "Traceback" not in result.output


def test_unknown_writer_is_usage_error() -> None:
    assert run("convert", str(seed("000")), "--to", "yaml").exit_code == 2


def test_tree_with_a_failure_exits_1_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    (tmp_path / "in" / "good.txt").write_bytes(seed("001").read_bytes())
    result = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert (tmp_path / "out" / "good.json").exists()
    assert "2 inputs: 1 ok, 1 failed" in result.output


def test_formats_and_schema() -> None:
    assert "text" in run("formats").output
    assert "Usage:" in run("-h").output and "--to" in run("convert", "-h").output
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


def test_formats_and_plugins_as_json() -> None:
    formats = json.loads(run("formats", "--json").output)
    names = {e["name"] for e in formats["extractors"]}
    assert {"text", "html", "docx", "pdf"} <= names
    text = next(e for e in formats["extractors"] if e["name"] == "text")
    assert ".txt" in text["suffixes"] and text["plugin"]
    assert {"json", "cells"} <= {w["name"] for w in formats["writers"]}
    plugins = json.loads(run("plugins", "--json").output)
    pdf = next(p for p in plugins if p["distribution"] == "ogi-pdf")
    assert "ogi_extractors" in pdf["hooks"] and pdf["builtin"] is False


def test_check_reads_standard_input(tmp_path: Path) -> None:
    saved = run("convert", str(seed("000"))).stdout_bytes
    result = run("check", "-", input=saved)
    assert result.exit_code == 0 and "D9" in result.output
    assert run("check", "-", input=b"{}").exit_code == 1


def test_password_opens_an_encrypted_pdf(tmp_path: Path) -> None:
    from conftest import CORPUS

    path = CORPUS / "broken/pdf/pypdf_r6-user-password.pdf"
    refused = run("convert", str(path))
    assert refused.exit_code == 1 and "ENCRYPTED" in refused.output
    assert "ENCRYPTED" in run("convert", str(path), "--password", "wrong").output
    opened = run("convert", str(path), "--password", "asdfzxcv")  # the corpus file's password
    assert "NOT_A_REPORT" in opened.output  # opened and read: a test page, not a report


def test_single_file_says_when_the_report_is_partial(tmp_path: Path) -> None:
    text = seed("001").read_text(encoding="utf-8")
    cut = text[: text.index("三、收到和处理政府信息公开申请情况")]  # tables 2 and 3 gone
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    result = run("convert", str(path))
    assert result.exit_code == 0
    assert f"ogi: partial: {path}: TABLE_INCOMPLETE" in result.stderr
    # no table 2 printed: the 2021 form, with (六)其他处理 as three sub-rows (25 rows × 7);
    # the one cell found is the overview's 共计收到依申请公开15件 (modern_prose)
    assert "applications: 1/175 cells found, 174 missing" in result.stderr
    assert "partial" not in run("convert", str(seed("001"))).stderr


def test_plugin_flags_are_parsed_by_click() -> None:
    """No obj given: the group loads the registry from its own parsed options."""
    for args in (["--disable-plugin", "pdf"], ["--disable-plugin=pdf"]):
        out = CliRunner().invoke(cli, [*args, "formats", "--json"])
        assert out.exit_code == 0, out.output
        names = {e["name"] for e in json.loads(out.output)["extractors"]}
        assert "pdf" not in names and "html" in names
    bare = CliRunner().invoke(cli, ["--no-plugins", "formats", "--json"])
    assert {e["name"] for e in json.loads(bare.output)["extractors"]} == {"text"}


def test_plugin_commands_reach_the_cli_without_touching_the_group() -> None:
    from test_hooks import CommandsPlugin

    registry = Registry.load(entry_points=False, plugins=[CommandsPlugin()])
    result = CliRunner().invoke(cli, ["hello-test"], obj=registry)
    assert result.output == "hello from a plugin\n"
    assert "hello-test" not in cli.commands
    assert "hello-test" in CliRunner().invoke(cli, ["-h"], obj=registry).output


def test_strict_counts_a_partial_report_as_failed(tmp_path: Path) -> None:
    text = seed("001").read_text(encoding="utf-8")
    cut = tmp_path / "in" / "cut.txt"
    cut.parent.mkdir()
    cut.write_text(text[: text.index("三、收到和处理政府信息公开申请情况")], encoding="utf-8")
    (tmp_path / "in" / "full.txt").write_text(text, encoding="utf-8")
    lenient = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "a"))
    assert lenient.exit_code == 0 and "2 inputs: 1 ok, 1 partial" in lenient.output
    strict = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "b"), "--strict")
    assert strict.exit_code == 1
    manifest = [json.loads(x) for x in (tmp_path / "b" / "manifest.jsonl").read_text().splitlines()]
    assert {Path(m["path"]).name: m["status"] for m in manifest} == {
        "cut.txt": "partial",
        "full.txt": "ok",
    }
    assert run("convert", str(cut), "--strict").exit_code == 1
    assert run("convert", str(tmp_path / "in" / "full.txt"), "--strict").exit_code == 0


def test_sqlite_tells_partial_reports_and_what_they_lack(tmp_path: Path) -> None:
    import sqlite3

    text = seed("001").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.txt").write_text(
        text[: text.index("四、政府信息公开行政复议")], encoding="utf-8"
    )
    (tmp_path / "in" / "full.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "r.sqlite"
    assert (
        run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--db", str(db)).exit_code
        == 0
    )
    con = sqlite3.connect(db)
    complete = dict(con.execute("SELECT substr(path, -8), complete FROM reports"))
    assert complete == {"/cut.txt": 0, "full.txt": 1}
    rows = con.execute(
        "SELECT table_name, expected, found, missing FROM completeness "
        "WHERE path LIKE '%cut.txt' AND missing > 0"
    ).fetchall()
    # the one cell found: the overview's 没有发生…行政复议 (review total 0, modern_prose)
    assert rows == [("review_litigation", 15, 1, 14)]
    status = dict(con.execute("SELECT substr(path, -8), status FROM inputs"))
    assert status == {"/cut.txt": "partial", "full.txt": "ok"}
