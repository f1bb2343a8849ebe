"""``python -m ogi`` runs the CLI."""

from ogi.entry import main

main()
