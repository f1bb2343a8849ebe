"""Bulk runs: isolated workers, timeouts, every input accounted for, kill + resume."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SuffixPlugin, seed

import ogi
from ogi.batch import JOURNAL, BatchOptions, run_batch, summary
from ogi.document import Document
from ogi.records import Options, Source, Status


def _hang_extract(source: Source, options: Options) -> Document:
    while True:  # an extractor that never returns
        time.sleep(0.5)


def hang_plugin() -> SuffixPlugin:
    """An extractor that never returns (TIMEOUT)."""
    return SuffixPlugin("hang", ".hang", _hang_extract)


def _mixed_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "in"
    shutil.copytree(ROOT / "samples", tree / "samples")
    shutil.copytree(CORPUS / "broken", tree / "broken")
    (tree / "stuck.hang").write_bytes(b"forever")
    return tree


def test_mixed_run_finishes_and_accounts_for_every_input(tmp_path: Path) -> None:
    tree = _mixed_tree(tmp_path)
    out = tmp_path / "out"
    opts = BatchOptions(jobs=2, timeout=3, plugins=(hang_plugin(),), db=str(tmp_path / "r.sqlite"))
    entries = run_batch([str(tree)], str(out), opts)
    inputs = [p for p in tree.rglob("*") if p.is_file()]
    counts = summary(entries)["by_status"]
    assert set(counts) <= {s.value for s in Status}
    assert sum(counts.values()) == len(inputs)
    assert entries[str(tree / "stuck.hang")].code == "TIMEOUT"
    manifest = [
        json.loads(x) for x in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(m["path"] for m in manifest) == sorted(
        str(p) for p in inputs
    )  # each exactly once
    ok = [m for m in manifest if m["status"] in ("ok", "partial")]
    assert all((out / m["output"]).exists() for m in ok)
    assert {m["code"] for m in manifest if m["status"] == "failed"} >= {
        "ENCRYPTED",
        "TIMEOUT",
        "CORRUPT",
    }
    rows = sqlite3.connect(tmp_path / "r.sqlite").execute("SELECT count(*) FROM reports").fetchone()
    assert rows[0] == len(ok)


README_QUERY = """
SELECT r.organization, r.year, c.value AS received
FROM cells AS c JOIN reports AS r USING (path)
WHERE c.key IN ('applications.new_received.total', 'legacy.applications.received')
ORDER BY r.organization, r.year
"""


def test_database_answers_received_per_organization_per_year(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    run_batch([str(ROOT / "samples" / "text")], str(tmp_path / "out"), BatchOptions(db=str(db)))
    rows = sqlite3.connect(db).execute(README_QUERY).fetchall()
    assert ("太仆寺旗", 2019, 0.0) in rows and ("大姚县人民政府", 2018, 48.0) in rows
    assert ("永州市冷水滩区人民政府", 2022, 15.0) in rows and len(rows) == 5
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert " ".join(README_QUERY.split()) in " ".join(readme.split())


def _inputs(tmp_path: Path, copies: int) -> Path:
    tree = tmp_path / "many"
    for i in range(copies):
        for folder in ("text", "html", "docx"):
            shutil.copytree(ROOT / "samples" / folder, tree / f"batch{i:02d}" / folder)
    return tree


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "ogi", "convert", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _snapshot(out: Path) -> dict[str, object]:
    files = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*.json")}
    manifest = [
        json.loads(x) for x in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for m in manifest:
        m.pop("seconds")
        m.pop("worker_rss_mb")
    db = sqlite3.connect(out / "db.sqlite")
    tables = {
        t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
        for t in ("reports", "cells", "checks", "warnings")
    }
    return {
        "files": files,
        "manifest": manifest,
        "cells": (out / "cells.csv").read_bytes(),
        "db": tables,
    }


def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    tree = _inputs(tmp_path, copies=6)
    total = sum(1 for p in tree.rglob("*") if p.is_file())
    full, broken = tmp_path / "full", tmp_path / "broken"
    assert (
        _cli(str(tree), "-o", str(full), "--jobs", "2", "--db", str(full / "db.sqlite")).wait(300)
        == 0
    )
    run = _cli(str(tree), "-o", str(broken), "--jobs", "2", "--db", str(broken / "db.sqlite"))
    journal = broken / JOURNAL
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.exists() and len(journal.read_bytes().splitlines()) >= total // 3:
            break
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(30)
    assert not (broken / "manifest.jsonl").exists()  # it really was killed halfway
    resumed = _cli(
        str(tree), "-o", str(broken), "--jobs", "2", "--resume", "--db", str(broken / "db.sqlite")
    )
    assert resumed.wait(300) == 0
    before, after = _snapshot(full), _snapshot(broken)
    assert after["manifest"] == before["manifest"]
    assert after["files"] == before["files"]
    assert after["cells"] == before["cells"]
    assert after["db"] == before["db"]


def test_retry_failed_reruns_only_failures(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    shutil.copy(ROOT / "samples/pdf/000_9ba4c109e1ad8830.pdf", tree / "long.pdf")
    shutil.copy(seed("001"), tree / "ok.txt")
    out = tmp_path / "out"
    first = run_batch([str(tree)], str(out), BatchOptions(max_pages=2))
    assert first[str(tree / "long.pdf")].code == "TOO_LARGE"
    lines_before = len((out / JOURNAL).read_bytes().splitlines())
    second = run_batch([str(tree)], str(out), BatchOptions(retry_failed=True))
    assert second[str(tree / "long.pdf")].status == "ok"
    assert (
        len((out / JOURNAL).read_bytes().splitlines()) == lines_before + 1
    )  # only the failure ran


def test_convert_many_with_a_process_pool() -> None:
    paths = [seed("000"), seed("003")]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = {r.path: r for r in ogi.convert_many(paths, executor=pool)}  # as completed
    assert [results[str(p)].status for p in paths] == ["ok", "ok"]
    legacy = results[str(paths[1])].report
    assert legacy is not None and legacy.template == "legacy"


@pytest.mark.parametrize("flag", ["--jobs", "--timeout"])
def test_bad_option_is_a_usage_error(flag: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ogi", "convert", str(seed("000")), flag, "0"], capture_output=True
    )
    assert done.returncode == 2


def _page_without_tables(link: str) -> bytes:
    import re as _re

    html = (ROOT / "samples/html/000_9ba4c109e1ad8830.html").read_text(encoding="utf-8")
    html = _re.sub(r"<table.*?</table>", "", html, flags=_re.S)
    return html.replace(
        "</div></div>", f'<p>附件:<a href="/files/{link}">统计表</a></p></div></div>'
    ).encode()


def test_page_and_its_attachment_become_one_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_bytes(_page_without_tables("%E9%99%84%E4%BB%B61.docx"))
    shutil.copy(ROOT / "samples/docx/000_9ba4c109e1ad8830.docx", folder / "附件1.docx")
    entries = run_batch([str(folder)], str(tmp_path / "out"), BatchOptions())
    page, attachment = entries[str(folder / "page.html")], entries[str(folder / "附件1.docx")]
    assert page.status == "ok" and (attachment.status, attachment.code) == (
        "assembled",
        "ASSEMBLED",
    )
    report = ogi.Report.model_validate_json(
        (tmp_path / "out" / page.output).read_text(encoding="utf-8")
    )
    assert [p.role for p in report.source.parts] == ["page", "attachment"]
    assert report.tables == ogi.convert(seed("000")).tables
    assert report.meta.title == "太仆寺旗2019年政府信息公开工作年度报告"
    assert {c.source["part"] for c in report.cells} == {1}  # the numbers came from the attachment


def test_parts_that_disagree_are_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    html = (ROOT / "samples/html/000_9ba4c109e1ad8830.html").read_text(encoding="utf-8")
    (folder / "page.html").write_text(
        html.replace("</div></div>", '<a href="other.docx">附件</a></div></div>'), encoding="utf-8"
    )
    shutil.copy(ROOT / "samples/docx/002_b6ff4eeabae1e240.docx", folder / "other.docx")
    entries = run_batch([str(folder)], str(tmp_path / "out"), BatchOptions())
    report = ogi.Report.model_validate_json(
        (tmp_path / "out" / entries[str(folder / "page.html")].output).read_text(encoding="utf-8")
    )
    codes = [w.code for w in report.warnings]
    assert "PARTS_DISAGREE" in codes
    assert report.get("active_disclosure.licensing.prev_items") == 153  # the page's value is kept
