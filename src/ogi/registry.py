"""Builds a fresh plugin manager and collects the records plugins register.

This is the only module that touches the pluggy manager's hooks. There is no global manager:
``Registry.load()`` returns a new one each time, and tests build their own.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pluggy

from ogi import hookspecs
from ogi.errors import AmbiguousFormat, InvalidPlugin, UnsupportedFormat
from ogi.records import Check, Extractor, Match, Source, Writer

ENTRY_POINT_GROUP = "ogi"
DISABLE_AUTOLOAD_ENV = "OGI_DISABLE_PLUGIN_AUTOLOAD"
TRACE_ENV = "OGI_TRACE_PLUGINS"

DEFAULT_PLUGINS: tuple[str, ...] = (
    "ogi.extractors.text",
    "ogi.checks",
    "ogi.writers.json_writer",
    "ogi.writers.cells",
    "ogi.writers.sqlite_writer",
    "ogi.writers.parquet_writer",
)


@dataclass
class PluginInfo:
    """What ``ogi plugins`` shows for one registered plugin."""

    name: str
    distribution: str
    version: str
    hooks: list[str]
    builtin: bool


@dataclass
class Registry:
    """A plugin manager plus the records its plugins registered."""

    pm: pluggy.PluginManager
    entry_points: bool | None = None
    disabled: tuple[str, ...] = ()
    extra_plugins: tuple[object, ...] = ()
    extractors: dict[str, Extractor] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    writers: dict[str, Writer] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        *,
        entry_points: bool | None = None,
        disable: Iterable[str] = (),
        plugins: Sequence[object] = (),
    ) -> Registry:
        """A fresh registry: default plugins, entry-point plugins (unless disabled by the
        argument or ``OGI_DISABLE_PLUGIN_AUTOLOAD``) and any plugin objects given."""
        pm = _new_manager()
        blocked = set(disable)
        for name in blocked:
            pm.set_blocked(name)
        for module_name in DEFAULT_PLUGINS:
            if module_name not in blocked:
                pm.register(importlib.import_module(module_name), name=module_name)
        if entry_points is None:
            entry_points = not os.environ.get(DISABLE_AUTOLOAD_ENV)
        if entry_points:
            _load_entry_points(pm)
        for plugin in plugins:
            pm.register(plugin)
        registry = cls(
            pm=pm, entry_points=entry_points, disabled=tuple(blocked), extra_plugins=tuple(plugins)
        )
        registry._collect()
        return registry

    def _collect(self) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise InvalidPlugin(f"{exc} (is a hook name misspelled?)") from exc
        for ext in self._records("ogi_extractors", Extractor):
            if ext.name in self.extractors:
                other = self.extractors[ext.name].plugin
                raise InvalidPlugin(
                    f"extractor name {ext.name!r} registered twice ({other}, {ext.plugin})"
                )
            self.extractors[ext.name] = ext
        self.checks = list(self._records("ogi_checks", Check))
        self.writers = {w.name: w for w in self._records("ogi_writers", Writer)}

    def _records(self, hook_name: str, kind: type) -> Iterable[Any]:
        caller = getattr(self.pm.hook, hook_name)
        trace = bool(os.environ.get(TRACE_ENV))
        for impl in reversed(caller.get_hookimpls()):
            if trace:
                print(f"[ogi trace] {hook_name}() -> {impl.plugin_name}", file=sys.stderr)
            try:
                produced = impl.function() or ()
                records = list(produced)
            except Exception as exc:  # a broken plugin must be named, not crash obscurely
                raise InvalidPlugin(
                    f"{hook_name} of plugin {impl.plugin_name!r} failed: {exc}"
                ) from exc
            for record in records:
                if not isinstance(record, kind):
                    raise InvalidPlugin(
                        f"{hook_name} of plugin {impl.plugin_name!r} returned "
                        f"{type(record).__name__}, expected {kind.__name__}"
                    )
                record.plugin = record.plugin or self.distribution_of(impl.plugin_name)  # type: ignore[attr-defined]
                yield record

    def distribution_of(self, plugin_name: str) -> str:
        """The distribution that provides a plugin ('ogi' for built-ins)."""
        for plugin, dist in self.pm.list_plugin_distinfo():
            if self.pm.get_name(plugin) == plugin_name:
                return str(dist.metadata["name"])
        if plugin_name.startswith("ogi."):
            return "ogi"
        return plugin_name

    def plugins(self) -> list[PluginInfo]:
        """Every registered plugin with its distribution, version and hooks."""
        dists = {id(p): d for p, d in self.pm.list_plugin_distinfo()}
        out = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda np: str(np[0])):
            if plugin is None:
                continue
            dist = dists.get(id(plugin))
            hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or ())
            if dist is not None:
                dist_name, version, builtin = dist.metadata["name"], dist.version, False
            else:
                dist_name, version, builtin = _builtin_dist(name)
            out.append(PluginInfo(str(name), str(dist_name), str(version), hooks, builtin))
        return out

    def writer(self, name: str) -> Writer:
        """The writer called ``name``; UnsupportedFormat names the known ones otherwise."""
        if name not in self.writers:
            known = ", ".join(sorted(self.writers))
            raise UnsupportedFormat(f"no writer named {name!r} (known: {known})")
        return self.writers[name]

    def choose(self, source: Source, using: str | None = None) -> Extractor:
        """The extractor for ``source``: the named one, else the strongest claim."""
        if using is not None:
            if using not in self.extractors:
                known = ", ".join(sorted(self.extractors))
                raise UnsupportedFormat(f"no extractor named {using!r} (installed: {known})")
            return self.extractors[using]
        claims = [(safe_claim(ext, source), ext) for ext in self.extractors.values()]
        best = max((m for m, _ in claims), default=Match.NO)
        winners = [ext for m, ext in claims if m == best and m > Match.NO]
        if not winners:
            raise UnsupportedFormat(
                "no installed extractor claims this file; `ogi formats` lists what is "
                "supported, `--using NAME` forces one"
            )
        if len(winners) > 1:
            names = " and ".join(f"{e.name} ({e.plugin})" for e in winners)
            raise AmbiguousFormat(f"{names} claim this file equally; choose one with --using NAME")
        return winners[0]

    def postprocess(self, report: Any) -> Any:
        """Run every ``ogi_postprocess`` hook in turn."""
        for impl in reversed(self.pm.hook.ogi_postprocess.get_hookimpls()):
            updated = impl.function(report=report)
            if updated is not None:
                report = updated
        return report

    def register_commands(self, cli: Any) -> None:
        """Let plugins add CLI commands."""
        self.pm.hook.ogi_register_commands(cli=cli)


def safe_claim(extractor: Extractor, source: Source) -> Match:
    """An extractor's claim; a claim that raises counts as no claim."""
    try:
        return Match(extractor.claim(source))
    except Exception:
        return Match.NO


def _new_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if os.environ.get(TRACE_ENV):
        _enable_tracing(pm)
    return pm


def _enable_tracing(pm: pluggy.PluginManager) -> None:
    def before(hook_name: str, impls: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
        names = ", ".join(i.plugin_name for i in impls)
        print(f"[ogi trace] {hook_name}({', '.join(kwargs)}) -> {names}", file=sys.stderr)

    def after(
        outcome: Any, hook_name: str, impls: Sequence[Any], kwargs: Mapping[str, Any]
    ) -> None:
        return None

    pm.add_hookcall_monitoring(before, after)


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    try:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    except pluggy.PluginValidationError as exc:
        raise InvalidPlugin(f"{exc} (is a hook name misspelled?)") from exc
    except Exception as exc:
        raise InvalidPlugin(f"an entry-point plugin in group 'ogi' failed to load: {exc}") from exc


def _builtin_dist(name: object) -> tuple[str, str, bool]:
    if str(name).startswith("ogi."):
        return "ogi", _version("ogi"), True
    return "(registered in code)", "-", False


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
