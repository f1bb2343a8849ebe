"""The text helpers extractor plugins may share with the core — a small, stable API.

Extractors know only the Document (:mod:`ogi.document`); they never import the interpreter.
What they legitimately need from the domain is here:

- :func:`nfkc` / :func:`norm` — the normalisation every label match uses (full-width →
  half-width; ``norm`` also drops whitespace, zero-width characters and quotes);
- :data:`HEADING_RE` / :data:`SUBHEADING_RE` — the shapes of numbered headings
  (``一、总体情况``, ``(一)主动公开``), e.g. to keep a heading line from being joined to the
  previous line of a PDF;
- :func:`has_meta_label` — whether a line starts with a metadata label (索引号:, 发布日期:),
  e.g. to keep a page's metadata block that sits outside the article body;
- :data:`CJK` / :data:`CJK_WIDE` — character-class ranges of the ideographs (and of the
  full-width forms, between which a space is layout);
- :data:`ATTACHMENT_SUFFIXES` / :data:`ATTACHMENT_RE` — the files report pages attach.
"""

from __future__ import annotations

import re

from ogi.interpret.labels import ATTACHMENT_SUFFIXES, CJK, CJK_WIDE, nfkc, norm
from ogi.interpret.labels import H1_RE as HEADING_RE
from ogi.interpret.labels import H2_RE as SUBHEADING_RE
from ogi.interpret.metadata import has_meta_label

#: A link or file name ending with an attachment suffix (a query or fragment may follow).
ATTACHMENT_RE = re.compile(rf"\.(?:{'|'.join(ATTACHMENT_SUFFIXES)})(?:$|[?#])", re.IGNORECASE)

__all__ = [
    "ATTACHMENT_RE",
    "ATTACHMENT_SUFFIXES",
    "CJK",
    "CJK_WIDE",
    "HEADING_RE",
    "SUBHEADING_RE",
    "has_meta_label",
    "nfkc",
    "norm",
]
