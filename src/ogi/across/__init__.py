"""Across reports: the same body over the years (docs/across.md).

- :mod:`ogi.across.load` reads reports from JSON files, bulk output folders, the bulk
  SQLite database or report inputs into :class:`Snapshot` records;
- :mod:`ogi.across.rules` holds the cross-year checks ``X1``…``X4``;
- :mod:`ogi.across.keymap` maps legacy keys to the modern keys that mean the same thing;
- :mod:`ogi.across.compare` puts two reports side by side; :mod:`ogi.across.series` makes
  one row per body × year.

Which reports belong to the same body is decided in :mod:`ogi.bodies`.
"""

from __future__ import annotations

from ogi.across.load import Snapshot, load_one, load_snapshots
from ogi.across.rules import CrossCheck, cross_checks, pair_checks

__all__ = ["CrossCheck", "Snapshot", "cross_checks", "load_one", "load_snapshots", "pair_checks"]
