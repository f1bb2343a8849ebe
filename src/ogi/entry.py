"""The ``ogi`` script. ``--version`` answers without importing the CLI, the interpreter or
any plugin (a cold start measured in benchmarks/); everything else runs :func:`ogi.cli.main`
— a conversion with an early worker forked first (:mod:`ogi.runner.early`) — and leaves
the interpreter's teardown little to scan (:func:`ending`)."""

from __future__ import annotations

import gc
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
        ending()


def ending() -> None:
    """The process ends next: freeze what it holds, so that the interpreter's teardown does
    not trace every object the command imported or made in search of reference cycles (its
    collections at exit took ≈ 20–25 ms of a 0.4 s cold conversion, docs/performance.md).
    Objects are still released as the modules are cleared and ``atexit`` handlers still
    run; only garbage in cycles is left to the operating system, which Python never
    promised to finalize at exit. Called by the script only, never by ``import ogi``."""
    gc.freeze()
