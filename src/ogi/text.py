"""The text helpers extractor plugins may share with the core — a small, stable API.

Extractors know only the Document (:mod:`ogi.document`); they never import the interpreter.
What they legitimately need from the domain is here:

- :func:`nfkc` / :func:`norm` — the normalisation every label match uses (full-width →
  half-width; ``norm`` also drops whitespace, zero-width characters and quotes);
- :data:`HEADING_RE` / :data:`SUBHEADING_RE` — the shapes of numbered headings
  (``一、总体情况``, ``(一)主动公开``), e.g. to keep a heading line from being joined to the
  previous line of a PDF;
- :func:`has_meta_label` — whether a line starts with a metadata label (索引号:, 发布日期:),
  e.g. to keep a page's metadata block that sits outside the article body.
"""

from __future__ import annotations

from ogi.interpret.labels import H1_RE as HEADING_RE
from ogi.interpret.labels import H2_RE as SUBHEADING_RE
from ogi.interpret.labels import nfkc, norm
from ogi.interpret.metadata import has_meta_label

__all__ = ["HEADING_RE", "SUBHEADING_RE", "has_meta_label", "nfkc", "norm"]
