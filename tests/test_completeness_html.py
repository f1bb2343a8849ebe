"""No silent loss in grid tables either: the HTML samples' tables mutated cell by cell (blank,
non-number, dropped row, dropped table, a page-footer row, two cells fused into one), and
every statistic is still exact or named — as for the text dumps (test_completeness.py)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_completeness import FOOTERS, JUNK, assert_nothing_silently_lost

import ogi
from ogi.layout import TABLES

ROOT = Path(__file__).resolve().parents[1]
MODERN = ("000", "001")  # 002 is the page whose tables were flattened into <p>s
_PAGES: dict[str, tuple[Any, ogi.Report]] = {}


def page(name: str) -> tuple[Any, ogi.Report]:
    """The parsed sample page and its report (the ground truth)."""
    if name not in _PAGES:
        import lxml.html

        (path,) = (ROOT / "samples" / "html").glob(f"{name}_*.html")
        root = lxml.html.document_fromstring(path.read_bytes())
        _PAGES[name] = (root, ogi.convert(path))
    return _PAGES[name]


def data_tables(root: Any) -> list[Any]:
    """The report's three tables (a page's metadata table lies outside the article)."""
    return [
        t
        for t in root.iter("table")
        if t.find(".//table") is None and any(w in t.text_content() for w in REPORT_TABLE_WORDS)
    ]


REPORT_TABLE_WORDS = ("信息内容", "申请人情况", "行政复议")


def locate(root: Any, path: str) -> Any:
    """The <td> of a cell's provenance path ``table[i]/tr[r]/td[c]``."""
    (t, r, c) = (int(part.split("[")[1][:-1]) for part in path.split("/"))
    rows = data_tables(root)[t].xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    return rows[r].xpath("./td|./th")[c]


def set_text(td: Any, text: str) -> None:
    for child in list(td):
        td.remove(child)
    td.text = text


def render(root: Any) -> bytes:
    import lxml.html

    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def mutate(name: str, kind: str, data: st.DataObject) -> tuple[str, bytes, dict[str, Any]]:
    original, report = page(name)
    root = copy.deepcopy(original)
    truth = dict(report.flat())
    cells = [c for c in report.cells if c.source.get("kind") == "table"]
    cell = data.draw(st.sampled_from(cells))
    td = locate(root, cell.source["path"])
    what = f"{name} {kind} {cell.key}"
    if kind == "blank":
        set_text(td, "")
        truth[cell.key] = None
    elif kind == "junk":
        junk = data.draw(st.sampled_from([j for j in JUNK if "\x00" not in j]))
        set_text(td, junk)
        truth[cell.key] = None
        what += f" {junk!r}"
    elif kind == "row":
        td.getparent().getparent().remove(td.getparent())
    elif kind == "table":
        table = data_tables(root)[data.draw(st.integers(0, len(TABLES) - 1))]
        table.getparent().remove(table)
    elif kind == "footer":
        import lxml.html

        footer = data.draw(st.sampled_from(FOOTERS))
        row = lxml.html.fragment_fromstring(
            f'<tr><td colspan="9">{footer}</td></tr>', create_parent=False
        )
        td.getparent().addnext(row)
    else:  # fuse with the next cell of its row
        following = td.getnext()
        if following is None:
            following, td = td, td.getprevious()
        set_text(td, (td.text_content() + following.text_content()).strip())
        td.getparent().remove(following)
    return what, render(root), truth


@settings(
    max_examples=150, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.sampled_from(MODERN),
    st.sampled_from(["blank", "junk", "row", "table", "footer", "fuse"]),
    st.data(),
)
def test_no_statistic_is_lost_without_a_word_in_html(
    name: str, kind: str, data: st.DataObject
) -> None:
    what, html, truth = mutate(name, kind, data)
    report = ogi.convert(html, filename="mutated.html")
    assert_nothing_silently_lost(truth, report, what)
