"""Text hygiene: a Document's text is valid Unicode (an unpaired UTF-16 surrogate, which no
file can print, becomes U+FFFD); metadata holds no control, bidi-override or NUL
characters in a title or an organization name, and a title that starts with U+FFFD is a
decoding problem, not a title.

Every change is recorded in a warning (``TEXT_UNPAIRED_SURROGATES``, ``META_CONTROL_CHARS``,
``META_DECODING``): a printed character is never removed silently.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from ogi.document import Block, Document, Figure, Heading, Paragraph, Table, warning

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


_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a UTF-16 surrogate code point (unprintable, category Cs:
    printable text is answered without a search)."""
    return not text.isprintable() and _SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """``text`` as valid Unicode: a high surrogate followed by a low one becomes the
    character the pair encodes (``\\ud842\\udfb7`` → 𠮷), any other surrogate U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def repair_surrogates(document: Document) -> Document:
    """``document`` with valid Unicode text everywhere (blocks, table cells, metadata,
    the extractor's warnings), and a ``TEXT_UNPAIRED_SURROGATES`` warning when a surrogate
    stood alone. An extractor should never emit one, but a damaged font mapping (a PDF's
    ``ToUnicode`` naming half a pair) gives them, and they cannot be written as UTF-8: a
    report holding one could not be saved. The same Document is returned when its text
    holds no surrogate (the usual case: one look per block)."""
    if not _any_surrogate(document):
        return document
    fixed = _Fixer()
    document = map_texts(document, fixed.text)
    warnings = list(document.warnings)
    if fixed.replaced:
        where = {} if fixed.page is None else {"page": fixed.page}
        warnings.append(
            warning(
                "TEXT_UNPAIRED_SURROGATES",
                f"the extracted text held {fixed.replaced} unpaired UTF-16 surrogate(s), half "
                "of a character the file does not give whole (a damaged font mapping); "
                "each was replaced by U+FFFD",
                where,
            )
        )
    return dataclasses.replace(document, warnings=warnings)


def _any_surrogate(document: Document) -> bool:
    """Whether some text of ``document`` (blocks, cells, metadata, warnings) holds a
    surrogate: one ``isprintable`` per text, a search only in unprintable ones (a plain
    loop: it looks at every block of every document)."""
    search = _SURROGATE.search
    for block in document.blocks:
        if isinstance(block, Table):
            for cell in block.cells:
                if not cell.text.isprintable() and search(cell.text):
                    return True
        elif isinstance(block, Figure):
            if search(block.src) or search(block.alt):
                return True
        elif not block.text.isprintable() and search(block.text):
            return True
    strings = [*_strings(dict(document.meta)), *_strings(document.warnings)]
    return any(has_surrogate(text) for text in strings)


def _strings(value: Any) -> Any:
    """The strings inside a JSON-like value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


#: A text rewriting: the text and the page it was printed on (None when unknown).
TextMap = Callable[[str, "int | None"], str]


def map_texts(document: Document, fn: TextMap, *, figure_sources: bool = True) -> Document:
    """``document`` with ``fn`` applied to every text: paragraphs, headings, table cells,
    figures' alt text (and their ``src`` unless ``figure_sources`` is False), the metadata
    and the extractor's warnings."""
    blocks = [_map_block(block, fn, figure_sources) for block in document.blocks]
    meta = _map_value(dict(document.meta), fn)
    warnings = _map_value(list(document.warnings), fn)
    return dataclasses.replace(document, blocks=blocks, meta=meta, warnings=warnings)


def _map_block(block: Block, fn: TextMap, figure_sources: bool) -> Block:
    page = block.prov.page
    if isinstance(block, Table):
        cells = [dataclasses.replace(c, text=fn(c.text, c.prov.page or page)) for c in block.cells]
        return dataclasses.replace(block, cells=cells)
    if isinstance(block, Figure):
        src = fn(block.src, page) if figure_sources else block.src
        return dataclasses.replace(block, src=src, alt=fn(block.alt, page))
    if isinstance(block, (Heading, Paragraph)):
        return dataclasses.replace(block, text=fn(block.text, page))
    return block


def _map_value(value: Any, fn: TextMap) -> Any:
    if isinstance(value, str):
        return fn(value, None)
    if isinstance(value, dict):
        return {k: _map_value(v, fn) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_map_value(v, fn) for v in value)
    return value


class _Fixer:
    """Repairs texts, counting the surrogates that stood alone and the first page seen."""

    def __init__(self) -> None:
        self.replaced = 0
        self.page: int | None = None

    def text(self, text: str, page: int | None = None) -> str:
        if not has_surrogate(text):
            return text
        out = without_surrogates(text)
        lone = out.count(REPLACEMENT) - text.count(REPLACEMENT)
        if lone:
            self.replaced += lone
            if self.page is None:
                self.page = page
        return out


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
