"""Smoke test: datasette serves a run's database with labels (a report shown by its title
wherever a row references it) and facets, on loopback, stopped afterwards."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import seed

from ogi.batch import BatchOptions, run_batch

pytest.importorskip("datasette")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only
        return dict(json.loads(response.read()))


def test_datasette_serves_labelled_tables(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(seed("001"), tmp_path / "in" / "a.txt")
    db = tmp_path / "out" / "reports.sqlite"
    run_batch([str(tmp_path / "in")], str(tmp_path / "out"), BatchOptions(db=str(db)))
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(db),
            "-m",
            str(tmp_path / "out" / "reports.metadata.json"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/reports"
        deadline = time.monotonic() + 60
        while True:
            try:
                cells = _get(f"{base}/cells.json?_labels=on&_shape=objects&_size=1")
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.3)
        (row,) = cells["rows"]  # type: ignore[misc]
        assert row["path"] == {
            "value": str(tmp_path / "in" / "a.txt"),
            "label": "永州市冷水滩区2022年政府信息公开工作年度报告",
        }
        reports = _get(f"{base}/reports.json?_size=1")
        assert "year" in reports["facet_results"]  # type: ignore[operator]
    finally:
        server.terminate()
        server.wait(10)
