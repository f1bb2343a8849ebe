"""The recipes of docs/recipes.md, followed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from conftest import seed

import ogi
from ogi.checks import Outcome, _not_evaluated, _unevaluable, rule
from ogi.interpret import clear_caches
from ogi.interpret import labels as L
from ogi.records import Check
from ogi.registry import Registry
from ogi.report import ReportView


def test_label_variant_recipe(monkeypatch: pytest.MonkeyPatch) -> None:
    text = seed("001").read_text(encoding="utf-8").replace("行政许可 |", "行政许可事项 |", 1)
    before = ogi.convert(text.encode(), filename="x.txt")
    assert not before.has("active_disclosure.licensing.decisions")
    assert "TABLE_INCOMPLETE" in before.completeness.reasons  # never silent
    widened = tuple(
        (key, re.compile(r"^行政许可(事项)?$") if key == "licensing" else rx)
        for key, rx in L.T1_ITEMS
    )
    monkeypatch.setattr(L, "T1_ITEMS", widened)
    clear_caches()  # the interpreter remembers answers given with the old vocabulary
    after = ogi.convert(text.encode(), filename="x.txt")
    assert after.get("active_disclosure.licensing.decisions") == 29482
    assert after.completeness.complete
    monkeypatch.undo()
    clear_caches()  # and forgets those given with the widened one


def test_check_rule_recipe(monkeypatch: pytest.MonkeyPatch) -> None:
    from ogi import checks

    monkeypatch.setattr(checks, "RULES", list(checks.RULES))

    @rule("D3", "warning", "normative documents in force ≥ made")
    def check_d3(report: ReportView) -> Iterator[Outcome]:
        keys = (
            "active_disclosure.normative_documents.in_force",
            "active_disclosure.normative_documents.made",
        )
        if gaps := _unevaluable(report, keys):
            yield _not_evaluated("D3", "in force vs made", keys, gaps)
            return
        ok = report.lookup(keys[0]) >= report.lookup(keys[1])  # type: ignore[operator]
        yield Outcome("D3", ok, "in force vs made", keys)

    (d3,) = [c for c in checks.ogi_checks() if c.id == "D3"]
    assert isinstance(d3, Check) and d3.severity == "warning"
    (result,) = list(d3.run(ogi.convert(seed("001"))))
    assert (result.id, result.severity, result.ok) == ("D3", "warning", True)


class YamlPlugin:
    @ogi.hookimpl
    def ogi_writers(self) -> list[ogi.records.Writer]:
        def render(reports: list[ogi.Report]) -> bytes:
            return "".join(f"{k}: {v}\n" for k, v in reports[0].flat()).encode("utf-8")

        return [ogi.records.Writer("flat", ".txt", "key: value lines", True, render)]


def test_writer_recipe(tmp_path: object) -> None:
    from click.testing import CliRunner

    from ogi.cli import build_cli

    registry = Registry.load(entry_points=False, plugins=[YamlPlugin()])
    result = CliRunner().invoke(
        build_cli(registry), ["convert", str(seed("001")), "--to", "flat"], obj=registry
    )
    assert result.exit_code == 0, result.output
    assert "applications.new_received.total: 15" in result.output
