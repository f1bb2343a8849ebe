"""``ExtractorContract``: what every extractor plugin must do, as a pytest test class."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import ClassVar, Sequence

import pytest

from ogi.document import meta_problems
from ogi.errors import ExtractionFailed
from ogi.interpret.hygiene import repair_surrogates
from ogi.pipeline import convert
from ogi.records import Match, Options, Source
from ogi.registry import Registry
from ogi.report import report_json_schema

EXPECTED = ".expected.json"


class ExtractorContract:
    """Subclass it (with a name starting ``Test``) and set:

    - ``extractor``: the extractor's name;
    - ``samples``: a folder of sample inputs;
    - ``golden``: the folder holding ``<stem>.expected.json`` for each sample (defaults to
      ``samples``, i.e. beside the inputs; keep them apart when the sample folder is also
      something users convert);
    - ``root``: the folder conversions run from (sample paths in the expected JSON are
      relative to it; defaults to ``samples``'s parent's parent);
    - ``foreign``: files of other formats the extractor must decline;
    - ``broken``: byte strings that must raise ``ExtractionFailed`` (never another error);
    - ``suffix``: the suffix used to name byte inputs;
    - ``error_checks_allowed``: check ids allowed to fail with severity error, per sample name.
    """

    extractor: ClassVar[str] = ""
    samples: ClassVar[Path | None] = None
    golden: ClassVar[Path | None] = None
    root: ClassVar[Path | None] = None
    foreign: ClassVar[Sequence[Path]] = ()
    broken: ClassVar[Sequence[bytes]] = ()
    suffix: ClassVar[str] = ""
    error_checks_allowed: ClassVar[dict[str, set[str]]] = {}

    @pytest.fixture(scope="class")
    @classmethod
    def registry(cls) -> Registry:
        """Every installed plugin, loaded through the entry points."""
        return Registry.load()

    def sample_files(self) -> list[Path]:
        """The sample inputs (not their expected JSON)."""
        assert self.samples is not None, "set `samples` to the folder of sample inputs"
        files = sorted(
            p for p in self.samples.iterdir() if p.is_file() and not p.name.endswith(EXPECTED)
        )
        assert files, f"no samples in {self.samples}"
        return files

    def _root(self) -> Path:
        assert self.samples is not None
        return self.root or self.samples.parent.parent

    def test_registered_through_an_entry_point(self, registry: Registry) -> None:
        assert self.extractor in registry.extractors, f"{self.extractor!r} is not installed"
        dists = {str(d.metadata["name"]) for _, d in registry.pm.list_plugin_distinfo()}
        assert registry.extractors[self.extractor].plugin in dists, (
            "not found through the 'ogi' entry point"
        )

    def test_claims_its_own_samples(self, registry: Registry) -> None:
        ext = registry.extractors[self.extractor]
        for path in self.sample_files():
            source = Source(path.read_bytes(), name=path.name, path=str(path))
            assert ext.claim(source) > Match.NO, path.name
            assert registry.choose(source).name == self.extractor, path.name

    def test_declines_foreign_files(self, registry: Registry) -> None:
        ext = registry.extractors[self.extractor]
        for path in self.foreign:
            assert ext.claim(Source(path.read_bytes(), name=path.name)) == Match.NO, path.name

    def test_claim_never_raises(self, registry: Registry) -> None:
        ext = registry.extractors[self.extractor]
        rng = random.Random(0)
        first = self.sample_files()[0].read_bytes()
        inputs = [
            b"",
            b"\x00",
            rng.randbytes(4096),
            first[: len(first) // 3],
            b"%PDF-",
            b"PK\x03\x04",
            b"<html",
        ]
        for data in inputs:
            for name in ("", "x" + self.suffix, "missing.file"):
                assert isinstance(ext.claim(Source(data, name=name or "<bytes>")), (Match, int))

    def test_output_equals_expected_json(
        self, registry: Registry, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(self._root())
        for path in self.sample_files():
            rel = os.path.relpath(path, self._root())
            expected = (self.golden or path.parent) / (path.stem + EXPECTED)
            assert expected.exists(), f"{expected} missing: write it and check it by hand"
            got = convert(rel, registry=registry).to_json()
            assert got == expected.read_text(encoding="utf-8"), path.name

    def test_output_is_valid_and_checks_hold(self, registry: Registry) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        schema = report_json_schema()
        for path in self.sample_files():
            report = convert(path, registry=registry)
            jsonschema.validate(json.loads(report.to_json()), schema)
            allowed = self.error_checks_allowed.get(path.name, set())
            bad = {c.id for c in report.failed_checks() if c.severity == "error"} - allowed
            assert not bad, f"{path.name}: error-level checks fail: {sorted(bad)}"

    def test_two_runs_identical(self, registry: Registry) -> None:
        for path in self.sample_files():
            assert (
                convert(path, registry=registry).to_json()
                == convert(path, registry=registry).to_json()
            )

    def test_document_meta_keeps_the_contract(self, registry: Registry) -> None:
        ext = registry.extractors[self.extractor]
        for path in self.sample_files():
            document = ext.extract(Source(path.read_bytes(), name=path.name), Options())
            problems = meta_problems(dict(document.meta))
            assert not problems, f"{path.name}: Document.meta: {problems}"

    def test_document_text_is_valid_unicode(self, registry: Registry) -> None:
        ext = registry.extractors[self.extractor]
        for path in self.sample_files():
            document = ext.extract(Source(path.read_bytes(), name=path.name), Options())
            assert repair_surrogates(document) is document, (
                f"{path.name}: the Document's text holds UTF-16 surrogates (combine a pair "
                "into its character; the core replaces a lone one by U+FFFD and warns)"
            )

    def test_broken_input_raises_extraction_failed(self, registry: Registry) -> None:
        ext = registry.extractors[self.extractor]
        for data in self.broken:
            with pytest.raises(ExtractionFailed):
                ext.extract(Source(data, name="broken" + self.suffix), Options())
