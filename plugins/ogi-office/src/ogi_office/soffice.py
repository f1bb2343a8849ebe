"""LibreOffice headless as a converter: one private temporary directory and user profile per
conversion, its own process group, a timeout after which the whole group is killed, and no
network (nothing it converts asks for any; the profile is fresh and never shared)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from ogi.errors import ExtractionFailed

INSTALL_HINT = (
    "LibreOffice is needed to read it: install it with "
    "`apt-get install libreoffice-writer-nogui` (Debian/Ubuntu; `dnf install "
    "libreoffice-writer` on Fedora, `brew install --cask libreoffice` on macOS), "
    "or convert the file to .docx yourself"
)
DEFAULT_TIMEOUT = 120.0
CANDIDATES = ("soffice", "libreoffice")


def find_soffice() -> str | None:
    """The LibreOffice executable on PATH (``$OGI_SOFFICE`` wins when set)."""
    explicit = os.environ.get("OGI_SOFFICE")
    if explicit:
        return explicit if shutil.which(explicit) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_soffice(what: str) -> str:
    """The executable, or UNSUPPORTED_FORMAT naming the install command."""
    found = find_soffice()
    if found is None:
        raise ExtractionFailed(f"{what}: {INSTALL_HINT}", code="UNSUPPORTED_FORMAT")
    return found


CACHE_ENTRIES = 8
CACHE_MAX_BYTES = 20 * 1024 * 1024
_cache: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
_cache_lock = threading.Lock()


def convert(data: bytes, in_suffix: str, to: str, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Convert ``data`` (written as ``input<in_suffix>``) with LibreOffice to format ``to``
    (``"docx"``…) and return the converted bytes. The last few results are kept per process
    by content hash: portals attach one file to many pages, and a crawl holds the copies."""
    key = (hashlib.sha256(data).hexdigest(), in_suffix, to)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    converted = _convert(data, in_suffix, to, timeout)
    if len(converted) <= CACHE_MAX_BYTES:
        with _cache_lock:
            _cache[key] = converted
            while len(_cache) > CACHE_ENTRIES:
                _cache.popitem(last=False)
    return converted


def _convert(data: bytes, in_suffix: str, to: str, timeout: float) -> bytes:
    exe = require_soffice(f"a {in_suffix} document")
    with tempfile.TemporaryDirectory(prefix="ogi-soffice-") as tmp:
        work = Path(tmp)
        source = work / f"input{in_suffix}"
        source.write_bytes(data)
        out = work / "out"
        said = _run(_command(exe, work, source, out, to), work, timeout)
        produced = out / f"input.{to.split(':')[0]}"
        if not produced.is_file():
            raise ExtractionFailed(
                f"LibreOffice could not convert the {in_suffix} document (no output)"
                + (f": {said}" if said else "")
            )
        return produced.read_bytes()


def _command(exe: str, work: Path, source: Path, out: Path, to: str) -> list[str]:
    return [
        exe,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        "--convert-to",
        to,
        "--outdir",
        str(out),
        str(source),
    ]


# The session leader LibreOffice runs under: it kills its whole process group as soon as the
# process that started it is gone (a bulk-run worker killed past --timeout cannot clean up).
WATCHDOG = """
import os, signal, subprocess, sys, time
parent = int(sys.argv[1])
child = subprocess.Popen(sys.argv[2:])
while child.poll() is None:
    if os.getppid() != parent:
        os.killpg(0, signal.SIGKILL)
    time.sleep(0.2)
sys.exit(child.returncode)
"""


def _run(command: list[str], work: Path, timeout: float) -> str:
    """Run under the watchdog in a new session (its own process group); kill the whole group
    on timeout, and let the watchdog kill it should this process die first. Returns the
    last of what LibreOffice printed."""
    env = {**os.environ, "HOME": str(work), "TMPDIR": str(work)}
    env.pop("DISPLAY", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", WATCHDOG, str(os.getpid()), *command],
        cwd=work,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ExtractionFailed(
            f"LibreOffice did not finish converting within {timeout:g} s; it was killed",
            code="TIMEOUT",
        ) from None
    finally:
        _kill_group(proc)  # helpers LibreOffice left behind in its group
    tail = output.decode("utf-8", "replace").strip()[-300:]
    if proc.returncode != 0:
        raise ExtractionFailed(f"LibreOffice failed (exit {proc.returncode}): {tail}")
    return tail


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if proc.poll() is None:
        proc.wait()
