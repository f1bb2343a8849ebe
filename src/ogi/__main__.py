"""``python -m ogi`` runs the CLI."""

from ogi.cli import main

main()
