"""Word binary .doc and WPS .wps through LibreOffice: the contract, recognition by content,
encrypted files, LibreOffice missing, hanging or failing."""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

import pytest
from office_paths import CORPUS, GOLDEN, SAMPLES, SEED_DOCX, SEED_PDF, SEED_TEXT, text_twin
from ogi_office import soffice
from ogi_office.doc import claim, extract

import ogi
from ogi.errors import OgiError
from ogi.records import Match, Options, Source
from ogi.testing import ExtractorContract

DOCS = sorted((SAMPLES / "doc").glob("*.doc"))
WPS = sorted((SAMPLES / "wps").glob("*.wps"))
HAVE_SOFFICE = soffice.find_soffice() is not None
needs_soffice = pytest.mark.skipif(
    not HAVE_SOFFICE, reason="LibreOffice is not installed (.ci/run installs it)"
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Conversions in this test reach LibreOffice (or its stand-in), not the cache."""
    monkeypatch.setattr(soffice, "_cache", soffice.OrderedDict())


@pytest.mark.slow
@needs_soffice
class TestDocContract(ExtractorContract):
    extractor = "doc"
    samples = SAMPLES / "doc"
    golden = GOLDEN / "doc"
    foreign = (SEED_TEXT, SEED_PDF, SEED_DOCX, SAMPLES / "xls" / "000_9ba4c109e1ad8830.xls")
    broken = (OLE_MAGIC + b"\0" * 600, OLE_MAGIC)
    suffix = ".doc"


@pytest.mark.slow
@needs_soffice
class TestWpsContract(ExtractorContract):
    extractor = "doc"
    samples = SAMPLES / "wps"
    golden = GOLDEN / "wps"
    foreign = (SEED_TEXT,)
    suffix = ".wps"


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("sample", DOCS + WPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_tables_as_the_seed_text(sample: Path) -> None:
    report = ogi.convert(sample)
    assert report.source.format == "doc" and report.source.path == str(sample)
    assert report.tables == ogi.convert(text_twin(sample)).tables


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize("name", ["report.wps", "report.doc", "report", "report.bin"])
def test_word_binary_read_by_content_whatever_the_name(name: str) -> None:
    data = DOCS[1].read_bytes()
    assert claim(Source(data, name)) == Match.CONTENT
    report = ogi.convert(data, filename=name)
    assert report.template == "2021" and report.source.format == "doc"


def test_encrypted_doc_is_encrypted_without_starting_libreoffice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(soffice, "convert", _must_not_run)
    for name in ("poi_PasswordProtected.doc", "poi_password_tika_binaryrc4.doc"):
        with pytest.raises(OgiError) as info:
            ogi.convert(CORPUS / "broken" / "office" / name)
        assert info.value.code == "ENCRYPTED", name


def test_encrypted_docx_is_still_the_word_plugins_verdict() -> None:
    with pytest.raises(OgiError) as info:
        ogi.convert(CORPUS / "broken" / "office" / "poi_protected_agile.docx")
    assert info.value.code == "ENCRYPTED" and info.value.plugin == "ogi-docx"


def _must_not_run(*args: object, **kwargs: object) -> bytes:
    raise AssertionError("LibreOffice must not be started")


def test_libreoffice_missing_is_unsupported_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_cache: None
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice anywhere
    monkeypatch.delenv("OGI_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(OgiError) as info:
        ogi.convert(DOCS[0])
    assert info.value.code == "UNSUPPORTED_FORMAT"
    assert "apt-get install libreoffice-writer-nogui" in info.value.message
    assert info.value.path == str(DOCS[0])


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_hanging_libreoffice_is_killed_with_its_process_group(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_cache: None
) -> None:
    pids = tmp_path / "pids"
    script = _fake_soffice(tmp_path, f"sleep 60 & echo $! > {pids}\nwait\n")
    monkeypatch.setenv("OGI_SOFFICE", str(script))
    started = time.monotonic()
    with pytest.raises(OgiError) as info:
        extract(Source(DOCS[0].read_bytes(), "x.doc"), Options(extra={"soffice_timeout": 1}))
    assert info.value.code == "TIMEOUT" and time.monotonic() - started < 10
    child = int(pids.read_text())
    deadline = time.monotonic() + 5  # SIGKILL is delivered asynchronously
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child), "the grandchild survived the timeout"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its reaper counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_failing_libreoffice_is_corrupt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_cache: None
) -> None:
    monkeypatch.setenv(
        "OGI_SOFFICE",
        str(_fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'\nexit 1\n")),
    )
    with pytest.raises(OgiError) as info:
        extract(Source(DOCS[0].read_bytes(), "x.doc"), Options())
    assert info.value.code == "CORRUPT" and "could not be loaded" in info.value.message


def test_libreoffice_without_output_is_corrupt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_cache: None
) -> None:
    script = _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'\nexit 0\n")
    monkeypatch.setenv("OGI_SOFFICE", str(script))
    with pytest.raises(OgiError) as info:
        extract(Source(DOCS[0].read_bytes(), "x.doc"), Options())
    assert info.value.code == "CORRUPT" and "could not be loaded" in info.value.message


@pytest.mark.parametrize("data", [b"", b"\x00" * 10, b"%PDF-1.7\n", b"PK\x03\x04x", OLE_MAGIC])
def test_claim_declines_foreign_and_damaged_content(data: bytes) -> None:
    assert claim(Source(data, "x.bin")) == Match.NO


def test_libreoffice_dies_with_the_process_that_started_it(tmp_path: Path) -> None:
    """A bulk-run worker killed past --timeout cannot clean up: the watchdog does."""
    import subprocess
    import sys
    import textwrap

    pids = tmp_path / "pids"
    script = _fake_soffice(tmp_path, f"sleep 60 & echo $! > {pids}\nwait\n")
    worker = textwrap.dedent(f"""
        import os
        os.environ["OGI_SOFFICE"] = {str(script)!r}
        from ogi_office.soffice import convert
        convert(b"x", ".doc", "docx", timeout=60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", worker])
    deadline = time.monotonic() + 20
    while not (pids.exists() and pids.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.kill()  # as the bulk runner kills a worker: SIGKILL, no cleanup
    proc.wait()
    child = int(pids.read_text())
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child), "LibreOffice outlived the killed worker"


@pytest.mark.slow
@needs_soffice
def test_a_repeated_file_is_converted_once(no_cache: None) -> None:
    data = DOCS[2].read_bytes()
    first = soffice.convert(data, ".doc", "docx")
    started = time.monotonic()
    assert soffice.convert(data, ".doc", "docx") == first and time.monotonic() - started < 0.5


def _rtf(lines: list[str]) -> bytes:
    body = "\\par ".join(
        "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in ln) for ln in lines
    )
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 " + body + "\\par}").encode("ascii")


@pytest.mark.slow
@needs_soffice
def test_rtf_named_doc_is_read_by_content() -> None:
    data = _rtf(
        ["某县2019年政府信息公开工作年度报告", "一、总体情况", "本年度共主动公开信息120条。"]
    )
    assert claim(Source(data, "report.doc")) == Match.CONTENT
    report = ogi.convert(data, filename="report.doc", options=Options(accept_any=True))
    assert report.source.format == "doc"
    assert report.meta.title == "某县2019年政府信息公开工作年度报告"
    assert any("120条" in s.text for s in report.sections)
