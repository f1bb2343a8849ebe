"""ogi.entrypoints finds what importlib.metadata finds (the registry's entry points, in
the same order, with the same distribution names and versions) without importing it."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from ogi import entrypoints
from ogi.registry import ENTRY_POINT_GROUP

ROOT = Path(__file__).resolve().parents[1]


def _by_importlib() -> list[tuple[str, str, str, str]]:
    return [
        (ep.name, ep.value, str(dist.metadata["name"]), dist.version)
        for dist in importlib.metadata.distributions()
        for ep in dist.entry_points
        if ep.group == ENTRY_POINT_GROUP
    ]


def _by_ogi() -> list[tuple[str, str, str, str]]:
    return [
        (ep.name, ep.value, dist.metadata["name"], dist.version)
        for dist in entrypoints.distributions()
        for ep in dist.entry_points(ENTRY_POINT_GROUP)
    ]


def test_the_installed_entry_points_are_found_as_importlib_finds_them() -> None:
    # in a fresh interpreter: other tests may leave a finder or a zip on the path, where
    # the registry asks importlib.metadata instead (plain_search is then False)
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from test_entrypoints import _by_importlib, _by_ogi\n"
        "from ogi import entrypoints\n"
        "assert entrypoints.plain_search()\n"
        "assert _by_ogi() == _by_importlib() and _by_ogi(), (_by_ogi(), _by_importlib())\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_distribution_on_the_path_is_found_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in (
        ("Zed_Pkg-2.0.dist-info", "[ogi]\nzed = zed.plugin:hooks\n"),
        ("alpha-1.0.dist-info", "# comment\n[console_scripts]\na = b:c\n\n[ogi]\n a = alpha \n"),
        ("beta.egg-info", "[other]\nx = y\n"),
    ):
        info = tmp_path / name
        info.mkdir()
        meta = f"Metadata-Version: 2.1\nName: {name.split('-')[0]}\nVersion: 1.0\n\nbody: no\n"
        (info / ("PKG-INFO" if name.endswith("egg-info") else "METADATA")).write_text(meta)
        (info / "entry_points.txt").write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    assert _by_ogi() == _by_importlib()
    assert [e[:2] for e in _by_ogi()][:2] in (
        [("zed", "zed.plugin:hooks"), ("a", "alpha")],
        [("a", "alpha"), ("zed", "zed.plugin:hooks")],
    )


def test_metadata_headers_as_the_email_parser_reads_them() -> None:
    text = "Name: ogi-x\nVersion: 1.2\nSummary: a\n  folded\nName: second\n\nName: body\n"
    headers = entrypoints.headers(text)
    assert headers["Name"] == headers["name"] == "ogi-x"
    assert headers["version"] == "1.2"
    assert headers["summary"] == "a\n  folded"
    assert headers["license"] is None


def test_an_entry_point_loads_a_module_or_its_attribute() -> None:
    assert entrypoints.EntryPoint("x", "ogi.entrypoints", "ogi").load() is entrypoints
    found = entrypoints.EntryPoint("x", "ogi.entrypoints:EntryPoint.load", "ogi").load()
    assert found is entrypoints.EntryPoint.load
