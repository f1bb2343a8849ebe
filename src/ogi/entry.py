"""The ``ogi`` script. ``--version`` answers without importing the CLI, the interpreter or
any plugin (a cold start measured in benchmarks/); everything else runs :func:`ogi.cli.main`
— a conversion with an early worker forked first (:mod:`ogi.runner.early`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ogi command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from ogi import __version__

        print(f"ogi, version {__version__}")
        return
    from ogi.runner import early

    # a conversion forks its worker first: its imports overlap the driver's (performance.md)
    registry = early.start() if early.wanted(args) else None
    try:
        from ogi.cli import main as cli_main

        cli_main(args, registry)
    finally:
        early.discard()
