"""Wrapped lines joined into paragraphs (``ogi_pdf.text.paragraphs``): a line that reaches
the right margin continues on the next one unless that one is indented, a heading, or a
row of a table printed without rulings."""

from __future__ import annotations

from ogi_pdf.text import TextLine, paragraphs

LEFT, RIGHT, CHAR = 90.0, 505.0, 15.0


def _lines(*texts: str, indent_first: bool = True) -> list[TextLine]:
    """Lines of one page, 20 pt apart, each reaching the right margin."""
    out = []
    for i, text in enumerate(texts):
        x0 = LEFT + (2 * CHAR if i == 0 and indent_first else 0)
        out.append(TextLine(text, x0, RIGHT, 100.0 + 20 * i, 112.0 + 20 * i, 1))
    return out


def test_prose_with_spaced_figures_is_one_paragraph() -> None:
    """Word and WPS print Western digits apart from the Chinese around them. Before, a
    line holding two such figures was taken for a table row and never joined: the
    paragraph kept its line breaks, in the middle of words (a real 2024 report: 政\\n府信息)."""
    lines = _lines(
        "（一）主动公开情况。2024 年，市政府网站主动公开各类政",
        "府信息 5500 余条，全年新增公开市政府规章 1 件、市政府及市",
        "政府办政策性文件 11 件，通过文字、图片等形式制作政策解读",
        "21 个，制作《淮安市人民政府公报》6 期。",
    )
    (paragraph,) = paragraphs(lines, RIGHT, LEFT, CHAR)
    assert paragraph.text == "".join(line.text for line in lines)


def test_rows_of_a_table_without_rulings_stay_lines() -> None:
    lines = _lines(
        "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数",
        "规章 0 0 0",
        "行政规范性文件 11 5 56",
        "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21",
    )
    assert [p.text for p in paragraphs(lines, RIGHT, LEFT, CHAR)] == [ln.text for ln in lines]


def test_an_indented_line_or_a_heading_starts_a_new_paragraph() -> None:
    first = _lines(
        "2024 年，我市坚持以习近平新时代中国特色社会主义思想为指", "导，圆满完成了各项任务。"
    )
    indented = TextLine("（二）依申请公开情况。", LEFT + 2 * CHAR, RIGHT, 140.0, 152.0, 1)
    heading = TextLine("二、主动公开政府信息情况", LEFT, RIGHT, 160.0, 172.0, 1)
    texts = [p.text for p in paragraphs([*first, indented, heading], RIGHT, LEFT, CHAR)]
    assert texts == [first[0].text + first[1].text, indented.text, heading.text]


def test_a_right_aligned_last_page_is_not_joined_to_the_page_before() -> None:
    """The last page holds only the signature, set to the right: its own lines give no
    left edge of the text, so the page before's is used — the office starts far from it
    and is not the paragraph's end (before, the signature ran into section 六)."""
    from ogi_pdf.reader import _wraps_over_page

    last = TextLine(
        "本年度未收取信息处理费，将继续做好政府信息公开工作。。。。。。。",
        LEFT,
        RIGHT,
        700.0,
        712.0,
        1,
    )
    office = TextLine("某县人民政府办公室", 370.0, RIGHT, 100.0, 112.0, 2)
    body = TextLine("续上页的正文。", LEFT, 200.0, 100.0, 112.0, 2)
    margins = (RIGHT, LEFT, CHAR)
    assert not _wraps_over_page((last, margins), office)
    assert _wraps_over_page((last, margins), body)
