"""The page around the article: the body search and the metadata block read only the
elements that can matter (the body classes' holders, colon-bearing text), and give what a
plain reading of every element gives — checked here against such a reading."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from ogi_html.blocks import cell_text, collapse, row_cells
from ogi_html.decode import decode_html
from ogi_html.page import (
    BODY_CLASSES,
    COLONS,
    MAX_PROBED_CHILDREN,
    MIN_BODY_CHARS,
    attachments,
    drop_chrome,
    find_body,
    metadata_lines,
    text_of,
)
from ogi_html.plugin import _parse

from ogi.text import has_meta_label

ROOT = Path(__file__).resolve().parents[3]


def _plain_nonlink(el: Any) -> int:
    total = len(collapse(text_of(el)).strip())
    return total - sum(len(collapse(text_of(a)).strip()) for a in el.iter("a"))


def plain_find_body(root: Any) -> Any:
    """The body search over every element (the class test as XPath writes it)."""
    for name in BODY_CLASSES:
        for el in root.xpath(
            f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ') or @id='{name}']"
        ):
            if _plain_nonlink(el) >= MIN_BODY_CHARS:
                return el
    body = root.find(".//body")
    node = body if body is not None else root
    while True:
        total = _plain_nonlink(node)
        kids = [c for c in node if isinstance(c.tag, str)]
        best = max(kids, key=_plain_nonlink, default=None)
        if best is None or total <= 0 or _plain_nonlink(best) < 0.7 * total:
            return node
        node = best


def plain_metadata_lines(root: Any, body: Any) -> list[str]:
    """The metadata block read from every row and item outside the body."""
    excluded = set(body.iter()) | set(body.iterancestors())
    lines: list[str] = []
    taken: set[Any] = set()
    for row in root.iter("tr"):
        if row in excluded:
            continue
        text = " | ".join(cell_text(c) for c in row_cells(row)) + " |"
        if has_meta_label(text) and len(text) < 400:
            lines.append(text)
            taken.update(row.iter())
    for el in root.iter("li", "p", "div", "dd", "span"):
        if el in excluded or el in taken:
            continue
        if any(isinstance(c.tag, str) and c.tag in ("div", "p", "li", "ul", "table") for c in el):
            continue
        text = cell_text(el)
        if has_meta_label(text) and len(text) < 400 and text not in lines:
            lines.append(text)
            taken.update(el.iter())
    return lines


ARTICLE = "<p>一、总体情况</p>" + "<p>本年度政务公开工作持续推进，公开质量不断提升。</p>" * 8
NAV = "".join(f'<li class="nav-item"><a href="/c/{i}.html">栏目{i}</a></li>' for i in range(80))
TIMED_NAV = "".join(
    f"<li><a href='/n/{i}.html'>新闻{i}</a><span>{'发布时间' if i % 5 else '时间'}："
    f"2023-01-{i % 28 + 1:02d}</span></li>"
    for i in range(MAX_PROBED_CHILDREN + 8)
)
PAGES = {
    "table block": f'<html><body><ul>{NAV}</ul><table><tr><td>索引号:</td><td>A-1</td></tr></table><div class="TRS_Editor">{ARTICLE}</div></body></html>',
    "items": f'<html><body><ul class="meta"><li>索引号：113/2023-1</li><li>发布机构：县政府办</li></ul><div id="zoom">{ARTICLE}<p>发布日期：正文里的</p></div></body></html>',
    "spans and rare colons": f'<html><body><div class="info"><span>发布时间﹕2024-01-20</span> <span>文 号︓无</span></div><div class="x-body">{ARTICLE}</div></body></html>',
    "label split over elements": f"<html><body><p><b>成文</b>日期<i>：</i>2024年1月2日</p><p>来源：<a href='/x'>县政府</a></p><div>{ARTICLE}</div></body></html>",
    "colon in a tail": f"<html><body><div><span>主题分类</span>：政务公开</div><section>{ARTICLE}</section></body></html>",
    "long list with colons": f'<html><body><ul>{TIMED_NAV}</ul><p>索引号：B-2</p><div class="article">{ARTICLE}</div></body></html>',
    "tab-separated class": f'<html><body><p>发文字号：〔2024〕1号</p><div class="wrap\tTRS_Editor  other">{ARTICLE}</div></body></html>',
    "short first holder": f'<html><body><div class="zoom">短</div><div class="zoom">{ARTICLE}</div><div id="TRS_Editor">太短</div></body></html>',
    "the first qualifying holder of the first class": f'<html><body><div class="TRS_Editor">短</div><div class="zoom">{ARTICLE}</div><div class="TRS_Editor">{ARTICLE}</div><div class="TRS_Editor">{ARTICLE}</div><p>索引号：D-4</p></body></html>',
    "whole page is the article": f'<html class="article"><body><p>索引号：C-3</p>{ARTICLE}</body></html>',
    "no colon at all": f"<html><body><ul>{NAV}</ul><div>{ARTICLE.replace('、', ' ')}</div></body></html>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_body_and_metadata_equal_a_plain_reading(name: str) -> None:
    root = _parse(PAGES[name])
    drop_chrome(root)
    body = find_body(root)
    assert body is plain_find_body(root)
    assert metadata_lines(root, body) == plain_metadata_lines(root, body)


def test_the_samples_equal_a_plain_reading() -> None:
    pages = sorted((ROOT / "samples").glob("*/*.html"))
    assert pages
    for path in pages:
        root = _parse(decode_html(path.read_bytes())[0])
        drop_chrome(root)
        body = find_body(root)
        assert body is plain_find_body(root), path.name
        assert metadata_lines(root, body) == plain_metadata_lines(root, body), path.name


def test_colons_are_every_character_whose_nfkc_form_holds_one() -> None:
    found = "".join(
        chr(cp) for cp in range(sys.maxunicode + 1) if ":" in unicodedata.normalize("NFKC", chr(cp))
    )
    assert found == COLONS


def test_attachment_suffix_spelled_by_a_reference_is_still_seen() -> None:
    page = f"<html><body><div id='zoom'>{ARTICLE}<a href='/f/report&period;pdf'>附件</a></div></body></html>"
    root = _parse(page)
    body = find_body(root)
    found = attachments(root, body, page)
    assert [a["href"] for a in found] == ["/f/report.pdf"]
    assert attachments(root, body, page.replace("&period;pdf", ".html")) == []
