"""Plugins: an extractor defined in a test, claim ties, entry-point plugins, bad hookimpls."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import ogi
from ogi.cli import cli
from ogi.document import Document, Paragraph
from ogi.errors import AmbiguousFormat, InvalidPlugin, UnsupportedFormat
from ogi.records import Extractor, Match, Options, Source
from ogi.registry import Registry

SEED_LINES = "永州市冷水滩区2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n"


def _csv_extractor(name: str = "semicolon", claim_strength: Match = Match.CONTENT) -> Extractor:
    """An extractor for ';'-separated dumps, as a third party would write one."""

    def claim(source: Source) -> Match:
        return claim_strength if source.head.startswith(b"OGI;") else Match.NO

    def extract(source: Source, options: Options) -> Document:
        lines = source.data.decode("utf-8").splitlines()[1:]
        return Document(blocks=[Paragraph(line.replace(";", " | ")) for line in lines])

    return Extractor(name=name, version="9.9", suffixes=(".semi",), claim=claim, extract=extract)


class SemicolonPlugin:
    @ogi.hookimpl
    def ogi_extractors(self) -> list[Extractor]:
        return [_csv_extractor()]


DATA = (
    "OGI;\n"
    + SEED_LINES
    + "二、主动公开政府信息情况\n第二十条第(五)项;\n信息内容;本年处理决定数量;\n行政许可;7;\n"
).encode()


def test_test_defined_extractor_claims_automatically() -> None:
    registry = Registry.load(entry_points=False, plugins=[SemicolonPlugin()])
    report = ogi.convert(DATA, filename="x.dat", registry=registry)
    assert report.source.format == "semicolon"
    assert report.get("active_disclosure.licensing.decisions") == 7


def test_test_defined_extractor_via_using_on_cli(tmp_path: Path) -> None:
    registry = Registry.load(entry_points=False, plugins=[SemicolonPlugin()])
    path = tmp_path / "report.txt"  # a suffix the text extractor would claim
    path.write_bytes(DATA)
    result = CliRunner().invoke(cli, ["convert", str(path), "--using", "semicolon"], obj=registry)
    assert result.exit_code == 0, result.output
    assert '"format": "semicolon"' in result.output


def test_unknown_using_names_installed_extractors() -> None:
    with pytest.raises(UnsupportedFormat, match="installed: text"):
        ogi.convert(DATA, using="nope", registry=Registry.load(entry_points=False))


class TwinPlugin:
    @ogi.hookimpl
    def ogi_extractors(self) -> list[Extractor]:
        return [_csv_extractor("twin")]


def test_equal_claims_name_both_plugins() -> None:
    registry = Registry.load(entry_points=False, plugins=[SemicolonPlugin(), TwinPlugin()])
    with pytest.raises(AmbiguousFormat) as info:
        ogi.convert(DATA, registry=registry)
    assert "semicolon" in str(info.value) and "twin" in str(info.value)
    assert "--using" in str(info.value)


class Misspelled:
    @ogi.hookimpl
    def ogi_extractor(self) -> list[Extractor]:  # missing "s": must fail loudly
        return []


def test_misspelled_hookimpl_fails_at_load() -> None:
    with pytest.raises(InvalidPlugin, match="ogi_extractor"):
        Registry.load(entry_points=False, plugins=[Misspelled()])


class BadRecord:
    @ogi.hookimpl
    def ogi_extractors(self) -> list[str]:
        return ["not an extractor"]


def test_wrong_record_type_fails_at_load() -> None:
    with pytest.raises(InvalidPlugin, match="expected Extractor"):
        Registry.load(entry_points=False, plugins=[BadRecord()])


def test_raising_claim_counts_as_no_claim() -> None:
    def claim(source: Source) -> Match:
        raise RuntimeError("boom")

    class Raiser:
        @ogi.hookimpl
        def ogi_extractors(self) -> list[Extractor]:
            return [Extractor("raiser", "1", (".x",), claim, lambda s, o: Document())]

    registry = Registry.load(entry_points=False, plugins=[Raiser()])
    report = ogi.convert(SEED_LINES.encode(), filename="a.txt", registry=registry)
    assert report.source.format == "text"


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A distribution 'ogi-fake' 1.2.3 with an entry point in group 'ogi', on sys.path."""
    (tmp_path / "ogi_fake_plugin.py").write_text(
        textwrap.dedent(
            """
            import ogi
            from ogi.records import Extractor, Match

            @ogi.hookimpl
            def ogi_extractors():
                return [Extractor("fake", "1.2.3", (".fake",),
                                  lambda s: Match.SUFFIX if s.suffix == ".fake" else Match.NO,
                                  lambda s, o: ogi.Document())]
            """
        )
    )
    info = tmp_path / "ogi_fake-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: ogi-fake\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text("[ogi]\nfake = ogi_fake_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("ogi_fake_plugin", None)


def test_entry_point_plugin_is_found_and_listed(installed_plugin: Path) -> None:
    registry = Registry.load()
    assert registry.extractors["fake"].plugin == "ogi-fake"
    result = CliRunner().invoke(cli, ["plugins"], obj=registry)
    assert result.exit_code == 0
    assert "ogi-fake 1.2.3" in result.output
    assert "ogi.extractors.text  [built-in] ogi" in result.output


def test_entry_points_can_be_disabled(
    installed_plugin: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "fake" not in Registry.load(entry_points=False).extractors
    monkeypatch.setenv("OGI_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert "fake" not in Registry.load().extractors


def test_disable_plugin_by_name() -> None:
    registry = Registry.load(entry_points=False, disable=["ogi.extractors.text"])
    assert "text" not in registry.extractors


def test_each_registry_is_fresh() -> None:
    first = Registry.load(entry_points=False, plugins=[SemicolonPlugin()])
    second = Registry.load(entry_points=False)
    assert "semicolon" in first.extractors and "semicolon" not in second.extractors


# ---------------------------------------------------------------- hooks through pluggy


class NoArgPostprocess:
    """A hookimpl that takes fewer arguments than the spec (pluggy allows it)."""

    calls = 0

    @ogi.hookimpl
    def ogi_postprocess(self) -> None:
        NoArgPostprocess.calls += 1


def test_a_hookimpl_with_fewer_arguments_than_the_spec_works(registry: Registry) -> None:
    registry = Registry.load(entry_points=False, plugins=[NoArgPostprocess()])
    NoArgPostprocess.calls = 0
    ogi.convert(DATA.replace(b"OGI;\n", b""), filename="x.txt", registry=registry)
    assert NoArgPostprocess.calls == 1


class DropD9:
    """A new-style wrapper around ogi_checks that removes one rule."""

    @ogi.hookimpl(wrapper=True)
    def ogi_checks(self):  # type: ignore[no-untyped-def]
        results = yield
        return [[c for c in checks if c.id != "D9"] for checks in results]


def test_a_wrapper_impl_of_ogi_checks_works() -> None:
    ids = {c.id for c in Registry.load(entry_points=False, plugins=[DropD9()]).checks}
    assert "D9" not in ids and "A1" in ids
    assert "D9" in {c.id for c in Registry.load(entry_points=False).checks}


class Again:
    def __init__(self, kind: str) -> None:
        self.kind = kind

    @ogi.hookimpl
    def ogi_extractors(self) -> list[Extractor]:
        return [_csv_extractor("text")] if self.kind == "extractor" else []

    @ogi.hookimpl
    def ogi_writers(self) -> list[ogi.records.Writer]:
        w = ogi.records.Writer("json", ".json", "again", True, lambda reports: b"")
        return [w] if self.kind == "writer" else []

    @ogi.hookimpl
    def ogi_checks(self) -> list[ogi.records.Check]:
        c = ogi.records.Check("A1", "error", "again", lambda report: [])
        return [c] if self.kind == "check" else []


@pytest.mark.parametrize(
    "kind, what", [("extractor", "extractor"), ("writer", "writer"), ("check", "check id")]
)
def test_a_name_registered_twice_is_one_error_for_every_kind(kind: str, what: str) -> None:
    with pytest.raises(InvalidPlugin, match=f"{what} '.*' registered twice") as info:
        Registry.load(entry_points=False, plugins=[Again(kind)])
    assert info.value.plugin  # InvalidPlugin always names a plugin


class Broken:
    @ogi.hookimpl
    def ogi_writers(self) -> list[ogi.records.Writer]:
        raise RuntimeError("boom")


def test_a_failing_hook_names_its_plugin() -> None:
    with pytest.raises(InvalidPlugin, match="boom") as info:
        Registry.load(entry_points=False, plugins=[Broken()])
    assert info.value.plugin == "test_registry.Broken"


def test_an_entry_point_that_cannot_be_imported_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "ogi_broken-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: ogi-broken\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[ogi]\nbroken = no_such_module_anywhere\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(InvalidPlugin, match="'ogi-broken:broken'") as info_exc:
        Registry.load()
    assert info_exc.value.plugin == "ogi-broken:broken"


def test_source_zip_names_are_read_once_and_never_raise() -> None:
    """Claims that look inside zip packages share one reading of the central directory."""
    import io
    import zipfile

    from ogi.records import Source

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("[Content_Types].xml", "<Types/>")
    source = Source(buf.getvalue(), name="a.docx")
    assert source.zip_names == {"word/document.xml", "[Content_Types].xml"}
    assert source.zip_names is source.zip_names
    assert Source(b"PK\x03\x04 broken", name="b.docx").zip_names == frozenset()
    assert Source("本年新收".encode(), name="c.txt").zip_names == frozenset()
