"""`ogi convert` conventions (issue 18, convert path): a summary that names the outputs and
labels failed checks by severity, --progress off a terminal, -q/-v, `-` into a folder,
--db with one input, --to as a choice."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result
from conftest import seed

from ogi.cli import cli
from ogi.registry import Registry


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), obj=Registry.load(), input=input)


def test_summary_names_outputs_and_labels_checks_by_severity(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", str(seed("000").parent), "-o", str(out), "--db", str(out / "r.sqlite"))
    assert result.exit_code == 0, result.output
    assert "ogi: 5 inputs: 5 ok" in result.output
    assert "ogi: warnings: D9 ×1" in result.output
    outputs = [line for line in result.output.splitlines() if line.startswith("ogi: outputs:")]
    assert outputs == [
        f"ogi: outputs: {out}/…/*.json (5 reports), {out}/manifest.jsonl, {out}/cells.csv, "
        f"{out}/r.sqlite"
    ]


def test_progress_off_a_terminal_goes_to_stderr_only(tmp_path: Path) -> None:
    result = run("convert", str(seed("000").parent), "-o", str(tmp_path / "o"), "--progress")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "ogi: progress: 5/5 done" in result.stderr


def test_quiet_and_verbose(tmp_path: Path) -> None:
    quiet = run("convert", str(seed("000").parent), "-o", str(tmp_path / "q"), "-q")
    assert quiet.exit_code == 0 and quiet.output == ""
    loud = run("convert", str(seed("000").parent), "-o", str(tmp_path / "v"), "-v")
    assert sum(line.startswith("ogi: ok: ") for line in loud.output.splitlines()) == 5


def test_stdin_into_a_folder(tmp_path: Path) -> None:
    result = run("convert", "-", "-o", f"{tmp_path}/", input=seed("002").read_bytes())
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "stdin.json").read_text(encoding="utf-8"))
    assert data["source"]["path"] is None


def test_db_with_a_single_input(tmp_path: Path) -> None:
    db = tmp_path / "one.sqlite"
    result = run("convert", str(seed("001")), "--db", str(db), "-o", str(tmp_path / "r.json"))
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    assert con.execute("SELECT path, year FROM reports").fetchall() == [(str(seed("001")), 2022)]
    assert con.execute("SELECT status FROM inputs").fetchall() == [("ok",)]


def test_to_is_a_choice_of_registered_writers() -> None:
    bad = run("convert", str(seed("000")), "--to", "yaml")
    assert bad.exit_code == 2 and "cells, cells-jsonl, json" in bad.output
    assert "[cells|cells-jsonl|json|" in run("convert", "--help").output


def test_several_writers_to_stdout_for_a_tree_is_the_table(tmp_path: Path) -> None:
    result = run("convert", str(seed("000").parent), "--to", "cells-jsonl")
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert {r["year"] for r in rows} == {2017, 2018, 2019, 2020, 2022}


def test_a_tree_into_one_database_file(tmp_path: Path) -> None:
    target = tmp_path / "all.sqlite"
    result = run("convert", str(seed("000").parent), "--to", "sqlite", "-o", str(target))
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM reports").fetchone() == (5,)
    assert con.execute("SELECT count(*) FROM inputs").fetchone() == (5,)
