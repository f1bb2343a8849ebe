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
from typing import TYPE_CHECKING, Any

import pluggy

from ogi import hookspecs
from ogi.errors import AmbiguousFormat, InvalidPlugin, UnsupportedFormat
from ogi.records import Check, Extractor, Match, Source, Writer

if TYPE_CHECKING:
    from ogi.report import Report

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
    _post: list[Any] | None = field(default=None, repr=False)

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
            pm.register(plugin, name=_plugin_name(pm, plugin))
        registry = cls(
            pm=pm, entry_points=entry_points, disabled=tuple(blocked), extra_plugins=tuple(plugins)
        )
        registry._collect()
        return registry

    def _collect(self) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise InvalidPlugin(
                f"{exc} (is a hook name misspelled?)", plugin=_plugin_of_error(exc)
            ) from exc
        self.extractors = _unique(self._records("ogi_extractors", Extractor), "extractor")
        self.writers = _unique(self._records("ogi_writers", Writer), "writer")
        self.checks = list(_unique(self._records("ogi_checks", Check), "check id").values())

    def _records(self, hook_name: str, kind: type[Any]) -> list[Any]:
        """Call a registering hook through pluggy (argument subsetting, wrappers, tracing)
        and give each record the distribution of the plugin that returned it."""
        caller = getattr(self.pm.hook, hook_name)
        impls = [i for i in reversed(caller.get_hookimpls()) if not _is_wrapper(i)]
        try:
            results = caller()
        except Exception as exc:  # a broken plugin must be named, not crash obscurely
            name = self._plugin_in_traceback(exc) or "?"
            raise InvalidPlugin(
                f"{hook_name} of plugin {name!r} failed: {exc}", plugin=name
            ) from exc
        names = (
            [i.plugin_name for i in impls] if len(results) == len(impls) else [None] * len(results)
        )
        out = []
        for plugin_name, produced in zip(names, results):
            for record in list(produced or ()):
                owner = plugin_name or self._plugin_of_callable(record)
                if not isinstance(record, kind):
                    raise InvalidPlugin(
                        f"{hook_name} of plugin {owner!r} returned "
                        f"{type(record).__name__}, expected {kind.__name__}",
                        plugin=owner,
                    )
                record.plugin = record.plugin or self.distribution_of(owner or "?")
                out.append(record)
        return out

    def _plugin_of_callable(self, record: Any) -> str | None:
        """The registered plugin whose module defines the record's first callable (used
        when a hook wrapper reshaped the results, so they no longer line up with plugins)."""
        for attr in ("extract", "run", "render", "claim"):
            function = getattr(record, attr, None)
            if function is not None:
                return self._plugin_of_module(getattr(function, "__module__", ""))
        return None

    def _plugin_of_module(self, module: str) -> str | None:
        best: tuple[int, str] | None = None
        for name, plugin in self.pm.list_name_plugin():
            owner = getattr(plugin, "__name__", None) or type(plugin).__module__
            if module == owner or module.startswith(f"{owner}."):
                if best is None or len(owner) > best[0]:
                    best = (len(owner), str(name))
        return best[1] if best else None

    def _plugin_in_traceback(self, exc: BaseException) -> str | None:
        tb = exc.__traceback__
        found = None
        while tb is not None:
            found = self._plugin_of_module(tb.tb_frame.f_globals.get("__name__", "")) or found
            tb = tb.tb_next
        return found

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

    def postprocess(self, report: Report) -> Report:
        """Run every ``ogi_postprocess`` hook in turn, each seeing the report the previous one
        returned; each call goes through pluggy (argument subsetting, wrappers, tracing)."""
        for call in self._postprocess_calls():
            for updated in call(report=report):
                if updated is not None:
                    report = updated
        return report

    def _postprocess_calls(self) -> list[Any]:
        """One pluggy caller per plugin implementing ``ogi_postprocess``, in call order."""
        if self._post is None:
            caller = self.pm.hook.ogi_postprocess
            impls = [i for i in reversed(caller.get_hookimpls()) if not _is_wrapper(i)]
            plugins = [i.plugin for i in impls]
            self._post = [
                self.pm.subset_hook_caller(
                    "ogi_postprocess", remove_plugins=[p for p in plugins if p is not keep]
                )
                for keep in plugins
            ]
        return self._post

    def register_commands(self, cli: Any) -> None:
        """Let plugins add CLI commands."""
        self.pm.hook.ogi_register_commands(cli=cli)


def _plugin_name(pm: pluggy.PluginManager, plugin: object) -> str:
    """A readable, unique name for a plugin registered in code: its module (a module
    plugin) or ``module.Class`` (an instance), never a number."""
    base = getattr(plugin, "__name__", None) or (
        f"{type(plugin).__module__}.{type(plugin).__qualname__}"
    )
    name, n = str(base), 1
    while pm.has_plugin(name):
        n += 1
        name = f"{base}#{n}"
    return name


def _is_wrapper(impl: Any) -> bool:
    return bool(getattr(impl, "wrapper", False) or getattr(impl, "hookwrapper", False))


def _unique(records: Iterable[Any], what: str) -> dict[str, Any]:
    """Records by name (a check by id); the one clash policy for every kind: a name
    registered twice is an error naming both plugins."""
    out: dict[str, Any] = {}
    for record in records:
        name = getattr(record, "name", None) or record.id
        if name in out:
            raise InvalidPlugin(
                f"{what} {name!r} registered twice ({out[name].plugin}, {record.plugin})",
                plugin=record.plugin,
            )
        out[name] = record
    return out


def _plugin_of_error(exc: pluggy.PluginValidationError) -> str | None:
    plugin = getattr(exc, "plugin", None)
    return getattr(plugin, "__name__", None) or (type(plugin).__name__ if plugin else None)


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
    """``OGI_TRACE_PLUGINS=1``: every hook call, with the plugins it reaches, on stderr —
    through pluggy's hook-call monitoring, so every call is seen, however it is made."""

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
        raise InvalidPlugin(
            f"{exc} (is a hook name misspelled?)", plugin=_plugin_of_error(exc)
        ) from exc
    except Exception as exc:
        name = _failing_entry_point() or _entry_point_in_traceback(exc)
        raise InvalidPlugin(
            f"the entry-point plugin {name!r} (group 'ogi') failed to load: {exc}", plugin=name
        ) from exc


def _failing_entry_point() -> str | None:
    """After a failed load: the first 'ogi' entry point that cannot be imported, named as
    ``distribution:entry-point``."""
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            ep.load()
        except Exception:
            dist = getattr(ep, "dist", None)
            return f"{dist.name}:{ep.name}" if dist is not None else ep.name
    return None


def _entry_point_in_traceback(exc: BaseException) -> str:
    """The module of the deepest frame outside ogi and importlib: the plugin that failed."""
    tb, found = exc.__traceback__, "?"
    while tb is not None:
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        if module and not module.startswith(("ogi.", "importlib", "pluggy")):
            found = module
        tb = tb.tb_next
    return found


def _builtin_dist(name: object) -> tuple[str, str, bool]:
    if str(name).startswith("ogi."):
        return "ogi", _version("ogi"), True
    return "(registered in code)", "-", False


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
