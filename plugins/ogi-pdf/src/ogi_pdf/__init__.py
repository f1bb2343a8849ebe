"""ogi-pdf: the PDF extractor plugin for ogi."""

__version__ = "0.1.0"
