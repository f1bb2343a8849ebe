"""The page around the article: where the body is, the metadata outside it (meta tags,
the 索引号 block, the title), and attachment links."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from ogi.text import ATTACHMENT_RE, has_meta_label
from ogi_html.blocks import SKIP_TAGS, cell_text, collapse

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


def _nonlink_chars(el: Any) -> int:
    total = len(collapse(el.text_content()).strip())
    links = sum(len(collapse(a.text_content()).strip()) for a in el.iter("a"))
    return total - links


def find_body(root: Any) -> Any:
    """The article container: a known CMS class/id, else the element that holds most of
    the page's non-link text (descending while one child holds 70 % of it)."""
    for name in BODY_CLASSES:
        for el in root.xpath(
            f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ') or @id='{name}']"
        ):
            if _nonlink_chars(el) >= MIN_BODY_CHARS:
                return el
    body = root.find(".//body")
    node = body if body is not None else root
    while True:
        total = _nonlink_chars(node)
        children = [c for c in node if isinstance(c.tag, str)]
        best = max(children, key=_nonlink_chars, default=None)
        if best is None or total <= 0 or _nonlink_chars(best) < 0.7 * total:
            return node
        node = best


def meta_hints(root: Any) -> dict[str, Any]:
    """Title, publish date and source from <meta name=…> and <title>."""
    hints: dict[str, Any] = {}
    for meta in root.iter("meta"):
        field = META_NAMES.get((meta.get("name") or "").lower())
        content = collapse(meta.get("content")).strip()
        if field and content:
            hints.setdefault(field, content)
            if field == "title":
                hints.setdefault("article_title", content)
    title_el = root.find(".//title")
    if "title" not in hints and title_el is not None:
        text = collapse(title_el.text_content()).strip()
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


def metadata_lines(root: Any, body: Any) -> list[str]:
    """The 索引号/发布日期/… block outside the body, one line per row or item.

    The body's elements and its ancestors are collected once, so telling an element outside
    the body costs a set lookup, not a walk up the tree (pages carry thousands of
    navigation elements)."""
    in_body = set(body.iter())
    around_body = set(body.iterancestors())
    lines: list[str] = []
    under_taken: set[Any] = set()
    for row in root.iter("tr"):
        if row in in_body or row in around_body:
            continue
        text = " | ".join(cell_text(c) for c in row.xpath("./td|./th")) + " |"
        if has_meta_label(text) and len(text) < 400:
            lines.append(text)
            under_taken.update(row.iter())
    for el in root.iter("li", "p", "div", "dd", "span"):
        if el in in_body or el in around_body or el in under_taken:
            continue
        if any(isinstance(c.tag, str) and c.tag in ("div", "p", "li", "ul", "table") for c in el):
            continue
        if not has_meta_label(el.text_content()[:200]):
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


def attachments(root: Any, body: Any) -> list[dict[str, str | None]]:
    """Links to attachment files (body first), with their text and href."""
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
