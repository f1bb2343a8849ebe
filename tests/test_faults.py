"""Faults around a bulk run: long names, unwritable outputs, signals, the output folder
inside the input tree, one file named twice, file modes. Each ends with a clear outcome,
and a resumed run equals an uninterrupted one."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from conftest import ROOT, SuffixPlugin, seed

import ogi
from ogi.batch import JOURNAL, MANIFEST, BatchOptions, run_batch
from ogi.records import Writer
from ogi.registry import Registry
from ogi.writers import OutputError


def _tree(tmp_path: Path, copies: int = 1) -> Path:
    tree = tmp_path / "in"
    for i in range(copies):
        for folder in ("text", "html"):
            shutil.copytree(ROOT / "samples" / folder, tree / f"b{i:02d}" / folder)
    return tree


def _manifest(out: Path) -> list[dict[str, object]]:
    lines = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines]
    for row in rows:
        row.pop("seconds"), row.pop("worker_rss_mb")
    return rows


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file but the run's private ones (journal, staging)."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST
    }


# ---------------------------------------------------------------- names


def test_255_byte_names_convert_and_never_abort_the_run(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    long_ascii = "a" * 251 + ".txt"  # 255 bytes: name.json would be 256
    long_cjk = "报" * 83 + ".txt"  # 253 bytes of UTF-8
    for name in (long_ascii, long_cjk, "short.txt"):
        shutil.copy(seed("001"), tree / name)
    out = tmp_path / "out"
    entries = run_batch([str(tree)], str(out), BatchOptions())
    assert {e.status for e in entries.values()} == {"ok"}
    for entry in entries.values():
        assert entry.output is not None and len(os.fsencode(Path(entry.output).name)) <= 255
        assert (out / entry.output).exists()
    assert len(_manifest(out)) == 3


def test_a_writer_that_fails_on_one_report_fails_that_input_only(tmp_path: Path) -> None:
    def render(reports: object) -> bytes:
        (report,) = list(reports)  # type: ignore[call-overload]
        if "001" in (report.source.path or ""):
            raise OSError(36, "File name too long")
        return b"ok"

    class Plugin:
        @ogi.hookimpl
        def ogi_writers(self) -> list[Writer]:
            return [Writer("fragile", ".txt", "fails on one report", True, render)]

    out = tmp_path / "out"
    opts = BatchOptions(writers=("json", "fragile"), plugins=(Plugin(),))
    entries = run_batch([str(seed("000").parent)], str(out), opts)
    failed = [e for e in entries.values() if e.status == "failed"]
    assert [(Path(e.path).name[:3], e.code) for e in failed] == [("001", "OUTPUT_ERROR")]
    assert sum(e.status == "ok" for e in entries.values()) == 4


# ---------------------------------------------------------------- unwritable outputs


@contextlib.contextmanager
def _tmpfs(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_stops_with_output_error_and_resumes(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    full = tmp_path / "full"
    run_batch([str(tree)], str(full), BatchOptions())
    needed = sum(len(v) for v in _outputs(full).values())
    with _tmpfs(tmp_path / "small", f"size={needed // 3}") as disk:
        out = disk / "out"
        with pytest.raises(OutputError) as caught:
            run_batch([str(tree)], str(out), BatchOptions())
        assert caught.value.code == "OUTPUT_ERROR" and "No space left" in str(caught.value)
        done = len((out / JOURNAL).read_bytes().splitlines())
        assert 0 < done < 10
        shutil.copytree(out, tmp_path / "moved")  # free space: move the run to a big disk
    resumed = run_batch([str(tree)], str(tmp_path / "moved"), BatchOptions(resume=True))
    assert {e.status for e in resumed.values()} == {"ok"}
    assert _manifest(tmp_path / "moved") == _manifest(full)
    assert _outputs(tmp_path / "moved") == _outputs(full)


def test_read_only_output_folder_is_output_error_in_one_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        ctx = _tmpfs(tmp_path / "ro", "ro,size=1m")
    else:
        (tmp_path / "ro").mkdir(mode=0o555)
        ctx = contextlib.nullcontext(tmp_path / "ro")
    with ctx as folder:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "ogi",
                "convert",
                str(seed("000").parent),
                "-o",
                str(folder / "out"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "OUTPUT_ERROR" in lines[0] and "Traceback" not in done.stderr


def test_missing_db_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ogi",
            "convert",
            str(seed("000").parent),
            "-o",
            str(tmp_path / "out"),
            "--db",
            str(tmp_path / "nope" / "r.sqlite"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--db" in done.stderr and "does not exist" in done.stderr


# ---------------------------------------------------------------- inputs


def test_output_inside_the_input_tree_is_not_walked(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    out = tree / "out"
    first = run_batch([str(tree)], str(out), BatchOptions(using="text"))
    second = run_batch([str(tree)], str(out), BatchOptions(using="text"))
    assert sorted(first) == sorted(second)
    assert not any(p.startswith(str(out)) for p in second)


def test_the_same_file_named_twice_is_one_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    shutil.copy(seed("001"), tree / "a.txt")
    os.symlink(tree / "a.txt", tmp_path / "link.txt")
    monkeypatch.chdir(tmp_path)
    spellings = ["in/a.txt", "./in/a.txt", str(tree / "a.txt"), "in//a.txt", "link.txt", "in"]
    entries = run_batch(spellings, str(tmp_path / "out"), BatchOptions())
    assert list(entries) == ["in/a.txt"]
    assert len(list(ogi.convert_many(spellings))) == 1


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600)])
def test_output_files_respect_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        run_batch([str(seed("000"))], str(tmp_path / "out"), BatchOptions())
    finally:
        os.umask(old)
    for path in (tmp_path / "out").iterdir():
        if path.is_file() and not path.name.startswith("."):
            assert path.stat().st_mode & 0o777 == mode, path


# ---------------------------------------------------------------- signals


def _start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ogi", "convert", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _wait_for_journal(out: Path, lines: int, run: subprocess.Popen[str]) -> list[int]:
    """Wait until the run has recorded some inputs; its worker pids."""
    deadline = time.monotonic() + 60
    journal = out / JOURNAL
    while time.monotonic() < deadline and run.poll() is None:
        if journal.exists() and len(journal.read_bytes().splitlines()) >= lines:
            break
        time.sleep(0.02)
    assert run.poll() is None, "the run ended before it could be interrupted"
    return [p.pid for p in psutil.Process(run.pid).children(recursive=True)]


def _gone(pids: list[int], within: float = 2.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != "zombie"]
        if not alive:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(
    "signum, to_group, status",
    [(signal.SIGTERM, False, 143), (signal.SIGINT, True, 130)],
)
def test_signal_stops_workers_exits_cleanly_and_resume_completes(
    tmp_path: Path, signum: int, to_group: bool, status: int
) -> None:
    tree = _tree(tmp_path, copies=3)
    full, cut = tmp_path / "full", tmp_path / "cut"
    assert _start([str(tree), "-o", str(full), "-j", "2"]).wait(300) == 0
    run = _start([str(tree), "-o", str(cut), "-j", "2"])
    workers = _wait_for_journal(cut, 4, run)
    assert workers
    (os.killpg if to_group else os.kill)(run.pid, signum)
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == status
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1 and "--resume" in stderr
    assert _gone(workers)
    assert _start([str(tree), "-o", str(cut), "-j", "2", "--resume"]).wait(300) == 0
    assert _manifest(cut) == _manifest(full)
    assert _outputs(cut) == _outputs(full)


def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    tree = _tree(tmp_path, copies=3)
    run = _start([str(tree), "-o", str(tmp_path / "out"), "-j", "2"])
    workers = _wait_for_journal(tmp_path / "out", 2, run)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(30)
    assert _gone(workers)


def _hog(source: object, options: object) -> object:
    blocks = []
    while True:  # grows until the police kills the worker
        blocks.append(bytearray(20 * 1024 * 1024))
        time.sleep(0.05)


def hog_plugin() -> SuffixPlugin:
    """An extractor that grows until the memory police kills its worker."""
    return SuffixPlugin("hog", ".hog", _hog)  # type: ignore[arg-type]


def test_memory_cap_is_read_with_psutil(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.hog").write_bytes(b"x")
    opts = BatchOptions(max_memory_mb=200, timeout=60, plugins=(hog_plugin(),))
    entries = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), opts)
    assert entries[str(tmp_path / "in" / "big.hog")].code == "TOO_LARGE"
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    assert "/proc/" not in sources.replace("/proc/self/status", "")  # memory: psutil only


def _wait_reading_stdin(pid: int) -> None:
    """Until the process blocks reading its standard input (a pipe that never ends)."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(3)
        return
    deadline = time.monotonic() + 60
    while "pipe_read" not in wchan.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_ctrl_c_on_a_single_file_exits_130_in_one_line() -> None:
    run = subprocess.Popen(
        [sys.executable, "-m", "ogi", "convert", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    _wait_reading_stdin(run.pid)
    os.killpg(run.pid, signal.SIGINT)
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == 130
    assert stderr.strip().splitlines() == ["ogi: interrupted by SIGINT"]


class PanicException(BaseException):
    """What pyo3 raises when a Rust library panics (python-calamine on a damaged .et):
    a BaseException, so ``except Exception`` lets it through."""


def _panics(source: object, options: object) -> object:
    raise PanicException("range end index 64 out of range for slice of length 22")


def test_a_panicking_parser_fails_that_input_only(tmp_path: Path) -> None:
    """Before, the panic went through the extractor's guard and killed the worker:
    CRASHED, with a traceback on the terminal."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.panic").write_bytes(b"x")
    shutil.copy(seed("000"), tmp_path / "in" / "b.txt")
    opts = BatchOptions(plugins=(SuffixPlugin("panic", ".panic", _panics),))  # type: ignore[arg-type]
    entries = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), opts)
    failed = entries[str(tmp_path / "in" / "a.panic")]
    assert (failed.status, failed.code) == ("failed", "CORRUPT")
    assert "PanicException: range end index 64" in (failed.message or "")
    assert entries[str(tmp_path / "in" / "b.txt")].status == "ok"
    with pytest.raises(ogi.OgiError) as caught:
        ogi.convert(b"x", filename="a.panic", registry=Registry.load(plugins=[opts.plugins[0]]))
    assert caught.value.code == "CORRUPT"


class Stop(BaseException):
    """Not a panic: ogi's Interrupted, a cancelled task, an exit all derive from
    BaseException and must stop the conversion, not become a corrupt file."""


def _stops(source: object, options: object) -> object:
    raise Stop()


def test_only_a_panic_is_a_corrupt_file() -> None:
    plugin = SuffixPlugin("stop", ".stop", _stops)  # type: ignore[arg-type]
    with pytest.raises(Stop):
        ogi.convert(b"x", filename="a.stop", registry=Registry.load(plugins=[plugin]))
