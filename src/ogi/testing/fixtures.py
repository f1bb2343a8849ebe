"""Fixtures for plugin authors: ``pytest_plugins = ["ogi.testing.fixtures"]``."""

from __future__ import annotations

import pytest

from ogi.registry import Registry


@pytest.fixture
def ogi_registry() -> Registry:
    """A fresh registry with every installed plugin (as the CLI builds it)."""
    return Registry.load()


@pytest.fixture
def ogi_bare_registry() -> Registry:
    """A fresh registry without entry-point plugins (built-ins only)."""
    return Registry.load(entry_points=False)
