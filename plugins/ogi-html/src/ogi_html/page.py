"""The page around the article: where the body is, the metadata outside it (meta tags,
the 索引号 block, the title), and attachment links.

Portal pages carry thousands of navigation elements around a small article, so the page is
looked at once (:class:`PageScan`): the elements whose class or id may name the article
container, and the elements whose own text holds a colon — a metadata label (索引号:) cannot
match without one. The body search and the metadata block then touch only those elements
and the article, never the text of every navigation element.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import unquote

from ogi.text import ATTACHMENT_RE, ATTACHMENT_SUFFIXES, has_meta_label
from ogi_html.blocks import SKIP_TAGS, cell_text, collapse, row_cells

BODY_CLASSES = (
    "TRS_Editor",
    "TRS_UEDITOR",
    "zoom",
    "article_content",
    "article-content",
    "xxgk_content",
    "xxgk-content",
    "content_text",
    "news_content",
    "detail-content",
    "art_con",
    "wzcon",
    "pages_content",
    "main-txt",
    "article",
)
DROP_TAGS = tuple(SKIP_TAGS | {"nav", "header", "footer", "form"})
ATTACHMENT_SUFFIX = ATTACHMENT_RE
META_NAMES = {
    "articletitle": "title",
    "pubdate": "published",
    "contentsource": "issuer",
    "firstimagesrc": None,
    "columnname": None,
}
TITLE_SPLIT = re.compile(r"\s*[-_|–—]\s*")
MIN_BODY_CHARS = 100
#: Every character whose NFKC form holds ":" (the colon of a metadata label): ":", "⩴",
#: "︓", "﹕", "：" (a test checks the list against unicodedata).
COLONS = ":\u2a74\ufe13\ufe55\uff1a"
_COLON = re.compile(f"[{COLONS}]")
_BODY_NAMES = frozenset(BODY_CLASSES)
#: A class or id that may contain one of BODY_CLASSES (the exact test follows).
_BODY_HINT = re.compile("|".join(re.escape(name) for name in BODY_CLASSES))
#: XPath's normalize-space() splits on these four characters only.
_XML_SPACE = re.compile("[ \t\r\n]+")
META_TAGS = frozenset(("li", "p", "div", "dd", "span"))
_CONTAINER_CHILDREN = frozenset(("div", "p", "li", "ul", "table"))


@cache
def _string_xpath() -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    return etree.XPath("string()")


def text_of(el: Any) -> str:
    """An element's text content (XPath ``string()``, as ``lxml.html``'s ``text_content``)."""
    return str(_string_xpath()(el))


def drop_chrome(root: Any) -> None:
    """Remove scripts, styles, navigation, headers, footers and forms."""
    for el in list(root.iter(*DROP_TAGS)):
        parent = el.getparent()
        if parent is not None:
            _remove_keep_tail(el, parent)


def _remove_keep_tail(el: Any, parent: Any) -> None:
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


@dataclass
class PageScan:
    """What one pass over the page found: the elements whose class or id names a body
    class, in document order, by name."""

    named: dict[str, list[Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, root: Any, wins: Callable[[Any], bool] | None = None) -> "PageScan":
        """Scan the page (after :func:`drop_chrome`) once. Navigation repeats a few class
        values thousands of times: each distinct value is tested once. The scan stops at
        the first holder of the first body class for which ``wins`` is true: nothing later
        in the page can precede it."""
        scan = cls()
        hint = _BODY_HINT.search
        verdicts: dict[str, bool] = {}
        first = BODY_CLASSES[0]
        for el in root.iter():
            klass, ident = el.get("class"), el.get("id")
            hinted = False
            if klass:
                hinted = verdicts.get(klass)  # type: ignore[assignment]
                if hinted is None:
                    hinted = verdicts[klass] = hint(klass) is not None
            if hinted or ident in _BODY_NAMES:
                if scan._name(el, klass, ident) == first and wins is not None and wins(el):
                    break
        return scan

    def _name(self, el: Any, klass: str | None, ident: str | None) -> str | None:
        """File the element under every body class it holds; the first of them, if any."""
        tokens = set(_XML_SPACE.split(klass.strip(" \t\r\n"))) if klass else set()
        held = [name for name in BODY_CLASSES if name in tokens or ident == name]
        for name in held:
            self.named.setdefault(name, []).append(el)
        return held[0] if held else None


class _TextCounter:
    """Non-link text lengths, each link's counted once however often it is asked."""

    def __init__(self) -> None:
        self.links: dict[Any, int] = {}
        self.totals: dict[Any, int] = {}

    def nonlink(self, el: Any) -> int:
        """Characters of rendered text outside links (whitespace collapsed)."""
        if el not in self.totals:
            total = len(collapse(text_of(el)).strip())
            self.totals[el] = total - sum(self._link(a) for a in el.iter("a"))
        return self.totals[el]

    def _link(self, a: Any) -> int:
        if a not in self.links:
            self.links[a] = len(collapse(text_of(a)).strip())
        return self.links[a]


def find_body(root: Any) -> Any:
    """The article container: a known CMS class/id, else the element that holds most of
    the page's non-link text (descending while one child holds 70 % of it)."""
    counter = _TextCounter()
    scan = PageScan.of(root, lambda el: counter.nonlink(el) >= MIN_BODY_CHARS)
    for name in BODY_CLASSES:
        for el in scan.named.get(name, ()):
            if counter.nonlink(el) >= MIN_BODY_CHARS:
                return el
    body = root.find(".//body")
    node = body if body is not None else root
    while True:
        total = counter.nonlink(node)
        children = [c for c in node if isinstance(c.tag, str)]
        best = max(children, key=counter.nonlink, default=None)
        if best is None or total <= 0 or counter.nonlink(best) < 0.7 * total:
            return node
        node = best


def meta_hints(root: Any) -> dict[str, Any]:
    """Title, publish date and source from <meta name=…> and <title>."""
    hints: dict[str, Any] = {}
    for meta in root.iter("meta"):
        field_name = META_NAMES.get((meta.get("name") or "").lower())
        content = collapse(meta.get("content")).strip()
        if field_name and content:
            hints.setdefault(field_name, content)
            if field_name == "title":
                hints.setdefault("article_title", content)
    title_el = root.find(".//title")
    if "title" not in hints and title_el is not None:
        text = collapse(text_of(title_el)).strip()
        if text:
            hints["title"] = TITLE_SPLIT.split(text)[0]
    return hints


def inside(el: Any, container: Any) -> bool:
    """Whether ``el`` is ``container`` or one of its descendants."""
    node = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


#: A node with more children than this is searched for colons in one pass over its
#: subtree instead of child by child (a navigation list of a thousand items).
MAX_PROBED_CHILDREN = 32


def colon_owners(root: Any, body: Any) -> list[Any]:
    """Elements outside the body whose text content holds a colon (with, at most, some of
    their descendants and elements inside the body that own one), and the body's
    ancestors. Only subtrees whose text holds a colon are entered, so the navigation
    around an article is mostly skipped; the body is never entered."""
    owners: list[Any] = []
    around_body = set(body.iterancestors())
    stack = [root]
    while stack:
        node = stack.pop()
        owners.append(node)
        children = [c for c in node if isinstance(c.tag, str) and c is not body]
        if len(children) > MAX_PROBED_CHILDREN:
            owners.extend(_owners_in(node))
            continue
        stack.extend(c for c in children if c in around_body or _colon_in(c))
    return owners


def _colon_in(el: Any) -> bool:
    """Whether the element's text content holds a colon."""
    from lxml import etree

    if len(el) == 0:
        return bool(el.text and _COLON.search(el.text))
    text = etree.tostring(el, method="text", encoding=str, with_tail=False)
    return _COLON.search(text) is not None


def _owners_in(node: Any) -> list[Any]:
    """The elements of a subtree whose own text, or a child's tail, holds a colon."""
    owners = []
    search = _COLON.search
    for el in node.iter():
        text, tail = el.text, el.tail
        if text and search(text):
            owners.append(el)
        if tail and search(tail):
            parent = el.getparent()
            if parent is not None:
                owners.append(parent)
    return owners


def _outside_with_colon(root: Any, owners: list[Any], body: Any) -> list[Any]:
    """The elements outside the body whose text content holds a colon, in document order:
    the owners and their ancestors, less the body's subtree and the body's ancestors. Each
    element is placed once (a chain stops at an element already placed); the walk that
    orders them enters only placed elements and never the body."""
    if root is body:
        return []  # the whole page is the article
    placed: set[Any] = set()
    for owner in owners:
        node = owner
        while node is not None and node not in placed:
            placed.add(node)
            node = node.getparent()
    if root not in placed:
        return []
    around_body = set(body.iterancestors())
    ordered: list[Any] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if el not in around_body:
            ordered.append(el)
        stack.extend(c for c in reversed(el) if c in placed and c is not body)
    return ordered


def metadata_lines(root: Any, body: Any) -> list[str]:
    """The 索引号/发布日期/… block outside the body, one line per row or item.

    Only elements outside the body whose text holds a colon can carry a label, so only
    those are read (pages carry thousands of navigation elements)."""
    candidates = _outside_with_colon(root, colon_owners(root, body), body)
    lines: list[str] = []
    under_taken: set[Any] = set()
    for row in candidates:
        if row.tag != "tr":
            continue
        text = " | ".join(cell_text(c) for c in row_cells(row)) + " |"
        if has_meta_label(text) and len(text) < 400:
            lines.append(text)
            under_taken.update(row.iter())
    for el in candidates:
        if el.tag not in META_TAGS or el in under_taken:
            continue
        if any(isinstance(c.tag, str) and c.tag in _CONTAINER_CHILDREN for c in el):
            continue
        if not has_meta_label(text_of(el)[:200]):
            continue  # cheap look first: the label opens the text
        text = cell_text(el)
        if has_meta_label(text) and len(text) < 400 and text not in lines:
            lines.append(text)
            under_taken.update(el.iter())
    return lines


def page_title(root: Any, hints: dict[str, Any]) -> str | None:
    """The article title as the page prints it: its first short <h1>/<h2>, else the
    ArticleTitle meta tag. (The <title> of the window stays a hint only: it often carries
    the site's name.)"""
    for el in root.iter("h1", "h2"):
        text = cell_text(el)
        if text and len(text) <= 80:
            return text
    title = hints.get("article_title")
    return str(title) if title else None


def entity_pattern(chars: str) -> re.Pattern[str]:
    """Character references in page source that may decode to one of ``chars``: numeric
    ones, and the named HTML5 ones (libxml2 2.14 and html.parser decode them all, with or
    without the semicolon) whose value holds one."""
    from html.entities import html5

    names = sorted({name.rstrip(";") for name, value in html5.items() if set(value) & set(chars)})
    return re.compile("&#|&(?:" + "|".join(map(re.escape, names)) + ")")


#: An attachment suffix anywhere in the page source (href values are copied from it).
_SUFFIX_ANYWHERE = re.compile(r"\.(?:" + "|".join(ATTACHMENT_SUFFIXES) + ")", re.IGNORECASE)


@cache
def _suffix_entities() -> re.Pattern[str]:
    return entity_pattern("." + "".join(ATTACHMENT_SUFFIXES))


def may_link_attachments(source: str) -> bool:
    """Whether any href parsed from ``source`` can end with an attachment suffix: the
    suffix must be in the source, or a character reference that could spell it."""
    return bool(_SUFFIX_ANYWHERE.search(source) or _suffix_entities().search(source))


def attachments(root: Any, body: Any, source: str | None = None) -> list[dict[str, str | None]]:
    """Links to attachment files (body first), with their text and href. With the page
    ``source`` the tree was parsed from, a page that cannot link one is not walked."""
    if source is not None and not may_link_attachments(source):
        return []
    seen: set[str] = set()
    found: list[dict[str, str | None]] = []
    in_body = list(body.iter("a"))
    body_links = set(in_body)
    links = in_body + [a for a in root.iter("a") if a not in body_links]
    for a in links:
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith("javascript") or not ATTACHMENT_SUFFIX.search(href):
            continue
        if href in seen:
            continue
        seen.add(href)
        name = cell_text(a) or unquote(href.rsplit("/", 1)[-1])
        found.append({"name": name, "href": href, "size": None})
    return found
