"""ogi-ocr: the OCR extractor plugin for ogi (scans, image files, tables as pictures)."""

__version__ = "0.1.0"
