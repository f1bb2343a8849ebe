"""The per-document budget in every mode: small bombs stop in seconds with TOO_LARGE, in a
single-file `ogi convert` and in `ogi.convert()`; the timeout holds for single files."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import bombs
import pytest
from click.testing import CliRunner
from conftest import ROOT
from test_batch import hang_plugin

import ogi
from ogi.cli import cli
from ogi.document import CellSpec, grid_from_rows
from ogi.registry import Registry
from ogi.runner.tasks import Limits

BOMBS = {
    "span.html": bombs.span_bomb_html,
    "fan-out.pdf": bombs.fan_out_pdf,
    "million.pdf": bombs.million_char_pdf,
}
LIMIT_MB = 1536
MEASURE = """
import json, resource, subprocess, sys, time
started = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"status": done.returncode, "stderr": done.stderr, "mb": peak,
                  "seconds": time.monotonic() - started}))
"""


def _measure(*command: str) -> dict[str, object]:
    """Exit status, stderr, peak memory (MB, the command and its workers) and time."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        capture_output=True,
        text=True,
        timeout=150,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout))


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_bomb_stops_as_too_large_in_single_file_cli(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BOMBS[name]())
    got = _measure(sys.executable, "-m", "ogi", "convert", str(path))
    assert got["status"] == 1 and "TOO_LARGE" in str(got["stderr"]), got
    assert float(str(got["seconds"])) < 30 and float(str(got["mb"])) < LIMIT_MB, got


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_bomb_stops_as_too_large_in_the_api(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BOMBS[name]())
    code = (
        "import ogi, sys\n"
        "try:\n    ogi.convert(sys.argv[1])\nexcept ogi.OgiError as exc:\n"
        "    print(exc.code, file=sys.stderr); sys.exit(1)\n"
    )
    got = _measure(sys.executable, "-c", code, str(path))
    assert got["status"] == 1 and "TOO_LARGE" in str(got["stderr"]), got
    assert float(str(got["seconds"])) < 30 and float(str(got["mb"])) < LIMIT_MB, got


def test_grid_refuses_a_span_bomb_before_allocating() -> None:
    rows = [[CellSpec("1", 1000, 1000) for _ in range(3)] for _ in range(100)]
    with pytest.raises(ogi.ExtractionFailed) as caught:
        grid_from_rows(rows)
    assert caught.value.code == "TOO_LARGE"
    table = grid_from_rows([[CellSpec("a", rowspan=50)], [CellSpec("b")]])
    assert table.cells[0].rowspan == 2  # clamped to the rows that follow, as HTML does


def test_single_file_timeout_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "stuck.hang"
    path.write_bytes(b"forever")
    registry = Registry.load(plugins=[hang_plugin()])
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["convert", str(path), "--timeout", "1"], obj=registry)
    assert result.exit_code == 1 and "TIMEOUT" in result.output
    assert time.monotonic() - started < 30


def test_api_with_limits_runs_in_a_killable_worker(tmp_path: Path) -> None:
    path = tmp_path / "stuck.hang"
    path.write_bytes(b"forever")
    registry = Registry.load(plugins=[hang_plugin()])
    with pytest.raises(ogi.OgiError) as caught:
        ogi.convert(path, registry=registry, limits=Limits(timeout=1))
    assert caught.value.code == "TIMEOUT" and caught.value.path == str(path)
    report = ogi.convert(ROOT / "samples/text/000_9ba4c109e1ad8830.txt", limits=Limits())
    assert report.template == "2019"
