"""Every hook: documented in docs/hooks.md (with a runnable example), exercised by a test."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from conftest import ROOT, seed

import ogi
from ogi import hookspecs
from ogi.cli import cli
from ogi.records import Check, CheckResult, Writer
from ogi.registry import Registry
from ogi.report import WarningRecord

DOC = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
HOOKS = sorted(
    n for n, f in inspect.getmembers(hookspecs, inspect.isfunction) if n.startswith("ogi_")
)


def _sections() -> dict[str, str]:
    parts = re.split(r"^## `(ogi_\w+)\(", DOC, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    sections = _sections()
    assert hook in sections, f"docs/hooks.md has no section for {hook}"
    params = list(inspect.signature(getattr(hookspecs, hook)).parameters)
    heading = sections[hook].splitlines()[0]
    assert all(p in heading for p in params), f"{hook}: signature in docs lacks {params}"
    assert "```python" in sections[hook], f"{hook}: no example"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_example_runs(hook: str) -> None:
    (example,) = re.findall(r"```python\n(.*?)```", _sections()[hook], flags=re.S)
    exec(compile(example, f"docs/hooks.md:{hook}", "exec"), {"__name__": "hooks_example"})


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_implemented_in_a_test(hook: str) -> None:
    sources = [
        p.read_text(encoding="utf-8")
        for p in (ROOT / "tests").glob("test_*.py")
        if p.name != "test_hooks.py"
    ]
    sources.append(inspect.getsource(sys.modules[__name__]).split("# -- hook tests --")[-1])
    assert any(f"def {hook}(" in s for s in sources), f"no test implements {hook}"


# -- hook tests --


class ChecksPlugin:
    @ogi.hookimpl
    def ogi_checks(self) -> list[Check]:
        def run(report: ogi.Report):  # type: ignore[no-untyped-def]
            yield CheckResult("X9", "warning", report.meta.year == 2019, "year is 2019")

        return [Check("X9", "warning", "demo", run)]


class WritersPlugin:
    @ogi.hookimpl
    def ogi_writers(self) -> list[Writer]:
        return [
            Writer(
                "keys",
                ".txt",
                "keys",
                True,
                lambda rs: "\n".join(k for k, _ in rs[0].flat()).encode(),
            )
        ]


class PostPlugin:
    @ogi.hookimpl
    def ogi_postprocess(self, report: ogi.Report) -> ogi.Report:
        extra = WarningRecord(code="SEEN", message="post-processed")
        return report.model_copy(update={"warnings": [*report.warnings, extra]})


class CommandsPlugin:
    @ogi.hookimpl
    def ogi_register_commands(self, cli: click.Group) -> None:
        @cli.command(name="hello-test")
        def hello() -> None:
            click.echo("hello from a plugin")


def test_checks_hook_adds_a_rule() -> None:
    registry = Registry.load(entry_points=False, plugins=[ChecksPlugin()])
    report = ogi.convert(seed("000"), registry=registry)
    assert [c.ok for c in report.checks if c.id == "X9"] == [True]


def test_writers_hook_adds_a_format() -> None:
    registry = Registry.load(entry_points=False, plugins=[WritersPlugin()])
    result = CliRunner().invoke(cli, ["convert", str(seed("000")), "--to", "keys"], obj=registry)
    assert result.exit_code == 0 and "applications.results.total.total" in result.output


def test_postprocess_hook_enriches_reports() -> None:
    registry = Registry.load(entry_points=False, plugins=[PostPlugin()])
    assert ogi.convert(seed("000"), registry=registry).warnings[-1].code == "SEEN"


def test_register_commands_hook_adds_a_command() -> None:
    from ogi.cli import build_cli

    registry = Registry.load(entry_points=False, plugins=[CommandsPlugin()])
    group = build_cli(registry)
    result = CliRunner().invoke(group, ["hello-test"], obj=registry)
    assert result.output == "hello from a plugin\n"
    assert "hello-test" not in cli.commands  # the module's group is left as it was
    assert "convert" in group.commands


def test_trace_env_shows_hook_calls() -> None:
    code = "from ogi.registry import Registry; Registry.load(entry_points=False)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"OGI_TRACE_PLUGINS": "1", "PATH": ""},
    )
    assert "[ogi trace] ogi_extractors" in done.stderr and "ogi.extractors.text" in done.stderr


def test_document_meta_contract_names_what_is_wrong() -> None:
    from ogi.document import meta_problems

    assert meta_problems({"title": "x", "attachments": [{"name": "a.doc", "href": None}]}) == []
    problems = meta_problems({"titel": "x", "published": 2023, "attachments": [{"href": "y"}]})
    assert len(problems) == 3
    assert "unknown key 'titel'" in problems[0] and "'published' is a int" in problems[1]
