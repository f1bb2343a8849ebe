"""ogi-html: the HTML page extractor plugin for ogi."""

__version__ = "0.1.0"
