"""Shared fixtures: paths, a fresh registry per test, the samples."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import ogi
from ogi.document import Document
from ogi.records import Extractor, Match, Options, Source
from ogi.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
GOLDEN = ROOT / "tests" / "golden"
SAMPLES = ROOT / "samples"
TEXT_SAMPLES = sorted((SAMPLES / "text").glob("*.txt"))


def seed(name: str) -> Path:
    """A text sample by its numeric prefix ('000' … '004')."""
    (match,) = [p for p in TEXT_SAMPLES if p.name.startswith(name)]
    return match


class SuffixPlugin:
    """A one-extractor plugin for tests: ``name`` claims the files ending in ``suffix`` (by
    suffix) and reads them with ``extract`` (a module-level function, so that a spawned
    worker can be sent the plugin)."""

    def __init__(self, name: str, suffix: str, extract: Callable[[Source, Options], Document]):
        self.name, self.suffix, self.extract = name, suffix, extract

    def claim(self, source: Source) -> Match:
        """SUFFIX for this plugin's suffix."""
        return Match.SUFFIX if source.suffix == self.suffix else Match.NO

    @ogi.hookimpl
    def ogi_extractors(self) -> list[Extractor]:
        """The one extractor."""
        return [Extractor(self.name, "1", (self.suffix,), self.claim, self.extract)]


@pytest.fixture
def registry() -> Registry:
    """A fresh registry with the default plugins and no entry-point plugins."""
    return Registry.load(entry_points=False)


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test from the project root (sample paths are recorded relative to it)."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture(autouse=True)
def _interpreter_forgets() -> None:
    """Each test starts with an interpreter that remembers no answers: a test that patches
    the vocabulary must not leave answers given with it to the tests after it."""
    from ogi.interpret import clear_caches

    clear_caches()
