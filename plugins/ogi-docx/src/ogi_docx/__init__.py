"""ogi-docx: the Word (.docx) extractor plugin for ogi."""

__version__ = "0.1.0"
