"""Text hygiene for metadata: no control, bidi-override or NUL characters in a title or an
organization name, and a title that starts with U+FFFD is a decoding problem, not a title.

Every change is recorded in a warning (``META_CONTROL_CHARS``, ``META_DECODING``): a printed
character is never removed silently.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ogi.document import warning

#: Format characters that reorder or hide text (bidi embeddings, overrides and isolates,
#: direction marks); the zero-width joiners are left to label normalisation.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
REPLACEMENT = "\ufffd"
MIN_MATCH = 8  # a field this long found inside a cleaned line was read from that line
TEXT_FIELDS = ("title", "organization", "index_no", "issuer", "doc_no", "topic", "website")
NESTED_FIELDS = {
    "contact": ("office", "address", "postcode", "phone", "fax", "email"),
    "signature": ("office",),
}


def _is_control(c: str) -> bool:
    return c in BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Cs")


#: The same set as one character class, for a fast first look at every line (tab, newline
#: and carriage return are whitespace, not dirt).
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(BIDI_CONTROLS)) + "]"
)


def clean_text(text: str) -> str:
    """``text`` without control, surrogate and bidi characters (tabs and newlines become
    spaces, so words stay apart)."""
    out = []
    for c in text:
        if c in "\t\n\r":
            out.append(" ")
        elif not _is_control(c):
            out.append(c)
    return " ".join("".join(out).split()) if any(c in "\t\n\r" for c in text) else "".join(out)


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control, surrogate or bidi character (not tab or newline).
    Each of them is unprintable to Python (categories Cc, Cs, Cf), so printable text is
    answered without a search."""
    return not text.isprintable() and _CONTROL_RE.search(text) is not None


def clean_meta(meta: dict[str, Any], dirty_lines: list[str]) -> list[dict[str, Any]]:
    """Clean the text fields of ``meta`` in place; the warnings that say what changed.

    Metadata is read from lines already cleaned for matching; ``dirty_lines`` are those
    lines (cleaned) whose printed text held control characters, so a field read from one
    of them is reported too."""
    warnings: list[dict[str, Any]] = []
    cleaned: list[str] = []
    places = [(meta, name, name) for name in TEXT_FIELDS]
    for group, names in NESTED_FIELDS.items():
        node = meta.get(group) or {}
        places += [(node, name, f"{group}.{name}") for name in names]
    for node, name, path in places:
        value = node.get(name)
        if not isinstance(value, str):
            continue
        if has_control(value):
            node[name] = clean_text(value) or None
            cleaned.append(path)
        elif any(
            value == line or len(value) >= MIN_MATCH and value in line for line in dirty_lines
        ):
            cleaned.append(path)
    if cleaned:
        warnings.append(
            warning(
                "META_CONTROL_CHARS",
                "control or bidi-override characters removed from "
                + ", ".join(f"meta.{p}" for p in cleaned),
                {"fields": [f"meta.{p}" for p in cleaned]},
            )
        )
    for name in ("title", "organization"):
        value = meta.get(name)
        if isinstance(value, str) and value.startswith(REPLACEMENT):
            warnings.append(
                warning(
                    "META_DECODING",
                    f"meta.{name} starts with U+FFFD (undecodable bytes): "
                    f"not kept as the {name}: {value[:40]!r}",
                    {"field": f"meta.{name}"},
                )
            )
            meta[name] = None
    return warnings
