"""The early worker of `ogi convert` (ogi.runner.early): forked with the driver's registry
before the command line loads, adopted by the run's pool once it is ready, reloading its
registry when the run's settings say otherwise, and never left behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLDEN, ROOT, TEXT_SAMPLES

from ogi.runner import early
from ogi.runner.tasks import Limits, Task, WorkerSettings
from ogi.runner.workers import LocalPool

pytestmark = pytest.mark.skipif(
    early.default_start_method() != "fork", reason="the early worker is forked (Linux)"
)

# `ogi convert` through the script's entry point, counting the workers the pool forks itself.
CLI = """
import json, multiprocessing, sys
from ogi.runner import workers
forks = []
fork = workers._fork
workers._fork = lambda *a: forks.append(1) or fork(*a)
from ogi.entry import main
try:
    main(sys.argv[1:])
finally:
    print(json.dumps({"forks": len(forks), "alive": len(multiprocessing.active_children())}))
"""


def _cli(*args: str) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", CLI, *args], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return dict(__import__("json").loads(out.stdout.splitlines()[-1]))


def test_a_single_file_is_converted_by_the_early_worker(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    got = _cli("convert", str(TEXT_SAMPLES[0].relative_to(ROOT)), "-o", str(out))
    assert got == {"forks": 0, "alive": 0}  # adopted, and gone at the end
    assert (
        out.read_bytes() == (GOLDEN / "text" / f"{TEXT_SAMPLES[0].stem}.expected.json").read_bytes()
    )


def test_a_bulk_run_adopts_it_as_its_first_worker(tmp_path: Path) -> None:
    got = _cli(
        "convert", str(TEXT_SAMPLES[0]), str(TEXT_SAMPLES[1]), "-o", str(tmp_path), "-j", "2"
    )
    assert got == {"forks": 1, "alive": 0}
    assert sorted(p.name for p in tmp_path.glob("*.json")) == sorted(
        p.stem + ".json" for p in TEXT_SAMPLES[:2]
    )


def test_the_early_worker_reloads_a_registry_loaded_otherwise() -> None:
    html = ROOT / "samples" / "html" / "000_9ba4c109e1ad8830.html"
    assert early.start() is not None  # the default registry: entry-point plugins loaded
    settings = WorkerSettings(entry_points=False, limits=Limits())
    pool = LocalPool(settings, jobs=1, recycle_after=1)
    ((_task, (outcome,)),) = list(pool.run([Task(str(html))]))
    assert outcome.code == "UNSUPPORTED_FORMAT"  # without ogi-html, as the settings say
    assert early.adopt(settings) is None  # adopted once


def test_an_early_worker_nobody_adopts_is_stopped() -> None:
    assert early.start() is not None
    assert early._early is not None
    process = early._early[0]
    early.discard()
    assert not process.is_alive() and early._early is None


def test_settings_that_cannot_travel_get_a_fresh_worker() -> None:
    early.start()
    try:
        assert early.adopt(WorkerSettings(plugins=(object(),))) is None
        assert early.adopt(WorkerSettings(start_method="spawn")) is None
        assert early._early is not None  # still there for a pool that can adopt it
    finally:
        early.discard()


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["convert", "a.pdf"], True),
        (["convert", "d/", "-o", "out", "-j", "2"], True),
        (["convert", "--help"], False),
        (["--no-plugins", "convert", "a.pdf"], False),
        (["--disable-plugin", "pdf", "convert", "a.pdf"], False),
        (["--disable-plugin=pdf", "convert", "a.pdf"], False),
        (["formats"], False),
    ],
)
def test_only_a_conversion_with_the_default_plugins_wants_one(
    args: list[str], wanted: bool
) -> None:
    assert early.wanted(args) is wanted


def test_the_adopted_worker_has_the_environment_of_a_worker_forked_then(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pdf = ROOT / "samples" / "pdf" / "000_9ba4c109e1ad8830.pdf"
    assert early.start() is not None
    monkeypatch.setenv("OGI_PDF_ENGINE", "no-such-engine")  # as --pdf-engine sets it, later
    settings = WorkerSettings(entry_points=True, limits=Limits())
    ((_task, (outcome,)),) = list(LocalPool(settings, jobs=1).run([Task(str(pdf))]))
    assert outcome.code is not None and "no-such-engine" in (outcome.message or "")


# Whether the script's process ends with what it holds frozen (read by an atexit handler
# registered before the command ran: handlers run after the command's own code).
FROZEN_AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count()))
from ogi.entry import main
main(sys.argv[1:])
"""


def test_the_script_ends_with_its_objects_frozen(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    args = ["convert", str(TEXT_SAMPLES[0]), "-o", str(out)]
    got = subprocess.run(
        [sys.executable, "-c", FROZEN_AT_EXIT, *args], capture_output=True, text=True, cwd=ROOT
    )
    assert got.returncode == 0 and out.exists()
    frozen = int(got.stdout.split()[-1])
    assert frozen > 10_000  # the teardown's collections do not trace the command's objects


def test_importing_the_script_module_freezes_nothing() -> None:
    code = "import gc, ogi.entry; print(gc.get_freeze_count())"
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert got.stdout.strip() == "0"
