"""Real-world text shapes, one phenomenon per test (issue 13): PDF-to-text tables (vertical
row labels, wrapped labels with values between, values before labels, page footers, split
applicant headers), Markdown tables, flattened rows, run-in headings, cells whose digits ran
together, and metadata shapes. The texts are small, hand-written in the real shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ogi
from ogi.interpret import fused
from ogi.interpret.labels import STANDARD_SECTIONS
from ogi.interpret.tokens import CELL, Token
from ogi.layout import T2_COLUMNS

APPLICANTS = T2_COLUMNS
HEAD = "某县2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我县做好政府信息公开工作。\n"
T3_PDF = """四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉
维持 纠正 结果 审结
结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计
维持 纠正 结果 审结 维持 纠正 结果 审结
1 0 0 0 1 0 0 0 0 0 0 0 0 0 0
"""
TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n"


def convert(tmp_path: Path, text: str, name: str = "r.txt") -> ogi.Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ogi.convert(path)


def row(report: ogi.Report, prefix: str) -> list[object]:
    return [report.get(f"applications.{prefix}.{c}") for c in APPLICANTS]


PDF_TABLE2 = """三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况
自然人 法人或其他组织 总计
商业 科研 社会公 法律服 其他
企业 机构 益组织 务机构
一、本年新收政府信息公开申请数量 10 1 0 0 0 0 11
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
{vertical}
（一）予以公开 5 1 0 0 0 0 6
（二）部分公开（区分处理的，只计这一情形，不
2 0 0 0 0 0 2
计其他情形）
- 3 -
（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0
办
理
结
果
2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
3 0 0 0 0 0 3
3.危及“三安全一稳定”
（七）总计 10 1 0 0 0 0 11
四、结转下年度继续办理 0 0 0 0 0 0 0
"""


@pytest.mark.parametrize("vertical", ["三\n、\n本\n年\n度", "三、\n本\n年\n度"])
def test_pdf_text_table2(tmp_path: Path, vertical: str) -> None:
    """A vertical row label one character per line (or a lone 三、) does not end the table;
    a wrapped label with its values between its halves; values on the line before their
    label; a page footer inside the table; applicant headers split over two lines."""
    text = (
        HEAD
        + "二、主动公开政府信息情况\n无。\n"
        + PDF_TABLE2.format(vertical=vertical)
        + T3_PDF
        + TAIL
    )
    r = convert(tmp_path, text)
    assert row(r, "new_received") == [10, 1, 0, 0, 0, 0, 11]
    assert row(r, "results.granted") == [5, 1, 0, 0, 0, 0, 6]
    assert row(r, "results.partial") == [2, 0, 0, 0, 0, 0, 2]
    assert row(r, "results.denied.state_secret") == [0] * 7
    assert row(r, "results.denied.law_prohibited") == [0] * 7
    assert row(r, "results.denied.security_stability") == [3, 0, 0, 0, 0, 0, 3]
    assert row(r, "results.total") == [10, 1, 0, 0, 0, 0, 11]
    assert row(r, "carried_forward") == [0] * 7
    assert r.get("review_litigation.review.maintained") == 1
    assert r.get("review_litigation.litigation_after_review.total") == 0
    assert {w.code for w in r.warnings} <= {"TABLE_INCOMPLETE"}  # the snippet has few rows
    assert len(r.sections) == 6


MARKDOWN = """# 某市人民政府办公室2022年政府信息公开工作年度报告

## 一、总体情况

2022年，我办做好政府信息公开工作。

## 二、主动公开政府信息情况

| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | | | |
| 行政规范性文件 | 3 | 0 | 12 |
| 第二十条第（五）项 | | | |
|:---|:---:|---|---|
| 信息内容 | 本年处理决定数量 | | |
| 行政许可 | 120 | | |

## 三、收到和处理政府信息公开申请情况

| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |
| | | | 自然人 | 法人或其他组织 | | | | | 总计 |
|---|---|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | | | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
| 二、上年结转政府信息公开申请数量 | | | | | | | | | 0 |
| 三、本年度办理结果 | （一）予以公开 | | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| | （七）总计 | | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
| 四、结转下年度继续办理 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

## 四、政府信息公开行政复议、行政诉讼情况

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

## 五、存在的主要问题及改进情况

无。

## 六、其他需要报告的事项

无。
"""


def test_markdown_dump(tmp_path: Path) -> None:
    """# headings never in the title; |---| rows (also under a 总计 header) never a data
    row; | | blank cells keep their column; two tables in a row."""
    r = convert(tmp_path, MARKDOWN)
    assert r.meta.title == "某市人民政府办公室2022年政府信息公开工作年度报告"
    assert r.meta.organization == "某市人民政府办公室"
    assert [s.number for s in r.sections] == ["一", "二", "三", "四", "五", "六"]
    assert r.has("active_disclosure.regulations.made")
    assert r.get("active_disclosure.regulations.made") is None
    assert r.get("active_disclosure.normative_documents.in_force") == 12
    assert r.get("active_disclosure.licensing.decisions") == 120
    assert row(r, "new_received") == [4, 1, 0, 0, 0, 0, 5]
    assert row(r, "carried_over") == [None] * 6 + [0]
    assert row(r, "results.total") == [4, 1, 0, 0, 0, 0, 5]
    assert r.get("review_litigation.review.pending") == 1
    assert not any(set(c.raw or "x") <= set("-|: ") for c in r.cells)
    assert {w.code for w in r.warnings} <= {"TABLE_INCOMPLETE"}  # the snippet has few rows


def test_whitespace_flattened_rows(tmp_path: Path) -> None:
    """One line per row, one space between cells, a blank cell as one more space: the lone
    0 of （二）部分公开 lands under 总计, not under 自然人."""
    text = (
        HEAD
        + """二、主动公开政府信息情况
无。
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况
自然人 法人或其他组织 总计
商业企业 科研机构 社会公益组织 法律服务机构 其他
一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4
二、上年结转政府信息公开申请数量       0
三、本年度办理结果 （一）予以公开 2 1 0 0 0 0 3
（二）部分公开       0
（七）总计 3 1     4
四、结转下年度继续办理 0 0 0 0 0 0 0
"""
    )
    r = convert(tmp_path, text)
    assert row(r, "carried_over") == [None] * 6 + [0]
    assert row(r, "results.partial") == [None] * 6 + [0]
    assert row(r, "results.total") == [3, 1, None, None, None, None, 4]


def _layout(label: str, values: list[str]) -> str:
    """A pdftotext -layout line: the label, then each value at its column's position
    (columns 10 characters apart from character 40; blank cells are spaces)."""
    line = label.ljust(40)
    for k, value in enumerate(values):
        line = line.ljust(40 + 10 * k) + value
    return line.rstrip()


def test_pdftotext_layout_columns(tmp_path: Path) -> None:
    """pdftotext -layout: a short row's values are put under the columns they stand in."""
    full = ["15", "0", "0", "0", "0", "0", "15"]
    lines = [
        _layout("一、本年新收政府信息公开申请数量", full),
        _layout("二、上年结转政府信息公开申请数量", [""] * 6 + ["0"]),
        _layout("三、本年度办理结果  (一)予以公开", full),
        _layout("          (七)总计", full),
        _layout("四、结转下年度继续办理", ["0"] + [""] * 5 + ["0"]),
    ]
    text = HEAD + "二、主动公开政府信息情况\n无。\n三、收到和处理政府信息公开申请情况\n"
    r = convert(tmp_path, text + "\n".join(lines) + "\n")
    assert row(r, "new_received") == [15, 0, 0, 0, 0, 0, 15]
    assert row(r, "carried_over") == [None] * 6 + [0]
    assert row(r, "carried_forward") == [0] + [None] * 5 + [0]


@pytest.mark.parametrize(
    ("line", "title", "first_text"),
    [
        ("一、总体情况2022年，我县做好政府信息公开工作。", "总体情况", "2022年，我县"),
        ("一、概述2017年以来，我区坚持公开为常态。", "概述", "2017年以来"),
        ("一、总体情况。", "总体情况", ""),
        ("一、总体公开情况说明在省州政府的领导下，我县做好工作。", "总体公开情况说明", "在省州"),
    ],
)
def test_headings_run_into_their_text(
    tmp_path: Path, line: str, title: str, first_text: str
) -> None:
    text = f"某县2022年政府信息公开工作年度报告\n{line}\n二、存在的主要问题及改进情况无。\n"
    r = convert(tmp_path, text)
    assert [s.title for s in r.sections] == [title, "存在的主要问题及改进情况"]
    assert r.sections[0].text.startswith(first_text)
    assert r.sections[1].text == "无。"


def test_a_subsection_run_into_its_text_keeps_the_printed_text(tmp_path: Path) -> None:
    """The text after a run-in subsection heading is the printed text, not its matching
    form: before, NFKC's ``,`` and ``2023`` replaced the printed ``，`` and ``２０２３`` (a
    real 2023 report: every run-in subsection's text had its commas changed)."""
    text = (
        "某县2023年政府信息公开工作年度报告\n一、总体情况\n"
        "（一）主动公开情况。主要通过政府门户网站公开，２０２３年，我区公开信息１１３６条。\n"
        "（二）依申请公开情况\n全年受理申请21件，均按期答复。\n"
        "二、存在的主要问题及改进情况无。\n"
    )
    r = convert(tmp_path, text)
    first, second = r.sections[0].subsections
    assert (first.number, first.title) == ("(一)", "主动公开情况")
    assert first.text == "主要通过政府门户网站公开，２０２３年，我区公开信息１１３６条。"
    assert (second.title, second.text) == ("依申请公开情况", "全年受理申请21件，均按期答复。")


def test_one_line_crawler_dump(tmp_path: Path) -> None:
    """The whole page on one line, breadcrumb first: the chrome must not swallow the body
    (period and contact stay readable), headings and subsections run into their text,
    the tables' cells separated by spaces."""
    text = (
        "当前位置： 首页政务公开政府信息公开年报 某县2022年度政府信息公开工作年度报告 "
        "来源：某县人民政府 时间：2023-01-30 09:12 微信 微博 "
        "某县2022年度政府信息公开工作年度报告 "
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。如有疑问请与某县人民政府办公室联系"
        "（电话：0123-4567890）。"
        "一、总体情况2022年，我县做好政府信息公开工作。（一）主动公开一是公开规范性文件。"
        "（二）依申请公开全年收到申请11件。"
        "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 "
        "规章 0 0 0 行政规范性文件 72 146 50 "
        "三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） "
        "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 "
        "一、本年新收政府信息公开申请数量 10 1 0 0 0 0 11 "
        "二、上年结转政府信息公开申请数量 \u00a0 \u00a0 \u00a0 \u00a0 \u00a0 \u00a0 0 "
        "四、结转下年度继续办理 0 0 0 0 0 0 0 "
        "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 "
        "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 "
        "尚未审结 总计 0 0 0 1 1 0 0 0 0 0 0 0 0 0 0 "
        "五、存在的主要问题及改进情况2022年，工作仍有不足。六、其他需要报告的事项无。"
        "某县人民政府办公室2023年1月20日 【打印本页】 【关闭窗口】"
    )
    r = convert(tmp_path, text)
    m = r.meta
    assert m.title == "某县2022年度政府信息公开工作年度报告" and m.year == 2022
    assert m.period is not None and m.period.start == "2022-01-01"
    assert m.contact.phone == "0123-4567890"
    assert m.signature.office == "某县人民政府办公室" and m.signature.date == "2023-01-20"
    assert [s.title for s in r.sections][0] == "总体情况" and len(r.sections) == 6
    assert [s.title for s in r.sections[0].subsections] == [
        "主动公开",
        "依申请公开全年收到申请11件",
    ]
    assert [
        r.get(f"active_disclosure.normative_documents.{c}")
        for c in ("made", "repealed", "in_force")
    ] == [72, 146, 50]
    assert row(r, "new_received") == [10, 1, 0, 0, 0, 0, 11]
    assert row(r, "carried_over") == [None] * 6 + [0]
    assert r.get("review_litigation.review.total") == 1
    assert "打印" not in r.sections[-1].text and "微信" not in r.preamble


# ---------------------------------------------------------------- fused digit runs


def _tok(text: str, is_fused: bool = True) -> Token:
    return Token(CELL, text, fused=is_fused)


def test_fused_unique_split_is_recovered() -> None:
    """12 | 0 | 0 | 0 | 0 | 0 | 12 printed as 120000012: the only split whose total is the
    sum of the applicant columns (1 | 20 | … sums to 21, not 12)."""
    got = fused.resolve([_tok("120000012")], 7, fused.total_is_sum)
    assert got is not None
    assert [t.text for t in got] == ["12", "0", "0", "0", "0", "0", "12"]
    assert all(t.split_from == "120000012" and not t.fused for t in got)


def test_fused_ambiguous_split_is_refused() -> None:
    """72 | 146 | 50 printed as 7214650: table 1 has no arithmetic, many splits fit; 000 has
    one split only (no number starts with 0)."""
    assert fused.resolve([_tok("7214650")], 3, fused.no_check) is None
    got = fused.resolve([_tok("000")], 3, fused.no_check)
    assert got is not None and [t.text for t in got] == ["0", "0", "0"]


def test_fused_search_cut_short_is_not_a_unique_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """When there are too many cuts to try, a split found early is not trusted."""
    monkeypatch.setattr(fused, "MAX_CANDIDATES", 3)
    assert fused.resolve([_tok("120000012")], 7, fused.total_is_sum) is None


def test_fused_run_with_text_is_never_split() -> None:
    assert fused.resolve([_tok("153减13/增33358")], 3, fused.no_check) is None


T2_LABELS = [
    ("一、本年新收政府信息公开申请数量", "new_received"),
    ("二、上年结转政府信息公开申请数量", "carried_over"),
    ("三、本年度办理结果(一)予以公开", "results.granted"),
    ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "results.partial"),
    ("(三)不予公开1.属于国家秘密", "results.denied.state_secret"),
    ("2.其他法律行政法规禁止公开", "results.denied.law_prohibited"),
    ("(四)无法提供1.本机关不掌握相关政府信息", "results.unable.not_held"),
    ("(六)其他处理", "results.other.subtotal"),
    ("(七)总计", "results.total"),
    ("四、结转下年度继续办理", "carried_forward"),
]
ROW = st.lists(st.integers(0, 12) | st.integers(0, 120), min_size=6, max_size=6)


@settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(rows=st.lists(ROW, min_size=len(T2_LABELS), max_size=len(T2_LABELS)))
def test_no_fused_number_is_ever_emitted_as_a_value(tmp_path: Path, rows: list[list[int]]) -> None:
    """Table 2 printed with no separator at all (``一、本年新收…150000015``): every statistic
    is either exact (its split was the only one the arithmetic allows) or has no value and
    a CELLS_RUN_TOGETHER warning naming it — never a wrong number, never the run."""
    truth: dict[str, int] = {}
    body = ""
    for (label, key), values in zip(T2_LABELS, rows):
        full = [*values, sum(values)]
        body += label + "".join(str(v) for v in full)
        truth.update({f"applications.{key}.{c}": v for c, v in zip(APPLICANTS, full)})
    text = (
        "某县2022年政府信息公开工作年度报告 一、总体情况2022年，我县做好公开工作。"
        "二、主动公开政府信息情况无。三、收到和处理政府信息公开申请情况"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)申请人情况自然人法人或其他组织"
        "总计商业企业科研机构社会公益组织法律服务机构其他"
        + body
        + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
        "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
        "000000000000000五、存在的主要问题及改进情况无。六、其他需要报告的事项无。"
    )
    r = convert(tmp_path, text)
    named = " ".join(w.message for w in r.warnings if w.code == "CELLS_RUN_TOGETHER")
    values = {c.key: c.value for c in r.cells}
    for key, value in truth.items():
        if values.get(key) is None:
            assert key in named, key
        else:
            assert values[key] == value, key


# ---------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("head", "title", "organization", "year"),
    [
        (
            "2022年东湖市人民政府办公室政府信息公开工作年度报告",
            "2022年东湖市人民政府办公室政府信息公开工作年度报告",
            "东湖市人民政府办公室",
            2022,
        ),
        (
            "东湖市人民政府办公室\n2023年政府信息公开工作年度报告",
            "东湖市人民政府办公室2023年政府信息公开工作年度报告",
            "东湖市人民政府办公室",
            2023,
        ),
        (
            "东湖市交通运输局政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
            "东湖市交通运输局政府信息公开工作年度报告",
            "东湖市交通运输局",
            2021,
        ),
        (  # a cover: the title, then the body below it, the title repeated over the text
            "2022年政府信息公开工作年度报告\n东湖市青山镇人民政府\n2022年政府信息公开工作年度报告",
            "2022年政府信息公开工作年度报告",
            "东湖市青山镇人民政府",
            2022,
        ),
        (
            "2022年政府信息公开工作年度报告\n东湖市交通运输局",
            "2022年政府信息公开工作年度报告",
            "东湖市交通运输局",
            2022,
        ),
        (
            "东湖市教育局2024年度政府信息公开工作报告",
            "东湖市教育局2024年度政府信息公开工作报告",
            "东湖市教育局",
            2024,
        ),
        (
            "东湖区教育局政府信息公开工作2024年度报告",
            "东湖区教育局政府信息公开工作2024年度报告",
            "东湖区教育局",
            2024,
        ),
        (
            "东湖省卫生健康委关于2022年政府信息公开工作的年度报告",
            "东湖省卫生健康委关于2022年政府信息公开工作的年度报告",
            "东湖省卫生健康委",
            2022,
        ),
        (  # the first line ends with the year
            "东湖市人民政府2016年\n政府信息公开工作年度报告\n东湖市人民政府办公室\n2017年3月",
            "东湖市人民政府2016年政府信息公开工作年度报告",
            "东湖市人民政府",
            2016,
        ),
        (  # a flip-book page: its header before the title, its number on a line
            "Page 8 - 东湖市信访局2022年政府信息公开工作年度报告\nP. 8",
            "东湖市信访局2022年政府信息公开工作年度报告",
            "东湖市信访局",
            2022,
        ),
        (  # the line below is a sentence, not a body printed under the title; the body it
            # says compiled the report is the organization (由…编制)
            "2022年政府信息公开工作年度报告\n本报告由东湖市交通运输局编制。",
            "2022年政府信息公开工作年度报告",
            "东湖市交通运输局",
            2022,
        ),
        (  # a sentence under the title naming no compiler: no organization is guessed
            "2022年政府信息公开工作年度报告\n本报告按照东湖市交通运输局要求公布。",
            "2022年政府信息公开工作年度报告",
            None,
            2022,
        ),
    ],
)
def test_title_shapes(
    tmp_path: Path, head: str, title: str, organization: str | None, year: int
) -> None:
    r = convert(
        tmp_path, head + "\n一、总体情况\n我局做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    assert (r.meta.title, r.meta.organization, r.meta.year) == (title, organization, year)


def test_flipbook_page_number_line_is_dropped(tmp_path: Path) -> None:
    head = "Page 8 - 东湖市信访局2022年政府信息公开工作年度报告\nP. 8\n"
    r = convert(tmp_path, head + "一、总体情况\n我局做好公开工作。\n")
    assert r.preamble == ""


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (  # colons, and a label the block's values ran into before (公开日期)
            "索 引 号: | 002482082/2025-00022 | 主题分类: | 科技、教育/教育 |\n"
            "发布机构: | 省教育厅 | 公开日期: | 2025-01-24 |",
            {"index_no": "002482082/2025-00022", "issuer": "省教育厅", "published": "2025-01-24"},
        ),
        (  # label cells without colons
            "索 引 号 | 0142581323/2025-00001 | 分 类 | 科技、教育/教育 |\n"
            "发布机构 | 教育局 | 发文日期 | 2025-01-20 |",
            {"index_no": "0142581323/2025-00001", "issuer": "教育局", "published": "2025-01-20"},
        ),
        (
            "来源:区人民政府办公室 时间:2017-01-12 10:01",
            {"issuer": "区人民政府办公室", "published": "2017-01-12"},
        ),
        (
            "发表日期:2024-01-26 15:35:23 发布机构:政务服务管理局",
            {"issuer": "政务服务管理局", "published": "2024-01-26"},
        ),
        (  # labels spaced from their values, no colon; a one-label line under them
            "索 引 号 1133102400268125XW/2024-104757 公开方式 主动公开\n"
            "成文日期 2024-01-16 发布机构 东湖镇\n组配分类 政府信息公开年报",
            {
                "index_no": "1133102400268125XW/2024-104757",
                "written": "2024-01-16",
                "issuer": "东湖镇",
                "topic": "政府信息公开年报",
            },
        ),
        (  # a date and the page's counters
            "2022-01-20 作者:佚名 点击数:",
            {"published": "2022-01-20", "issuer": None},
        ),
    ],
)
def test_metadata_block_shapes(tmp_path: Path, block: str, expected: dict[str, str]) -> None:
    text = (
        block + "\n东湖区教育局2024年度政府信息公开工作年度报告\n一、总体情况\n我局做好公开工作。\n"
    )
    r = convert(tmp_path, text)
    assert {k: getattr(r.meta, k) for k in expected} == expected
    assert r.preamble == ""  # the block's lines are metadata, not report text


def test_a_sentence_opening_with_a_label_word_is_no_metadata(tmp_path: Path) -> None:
    """来源/时间 open sentences too: one spaced label on a line of its own is no block."""
    text = "东湖区教育局2024年度政府信息公开工作年度报告\n时间 紧任务重，我局按时完成公开工作。\n一、总体情况\n无。\n"
    r = convert(tmp_path, text)
    assert r.meta.published is None and "时间 紧任务重" in r.preamble


def test_web_address_is_no_postal_address(tmp_path: Path) -> None:
    line = "本报告电子版可在东湖区人民政府门户网站地址:http://www.dh.gov.cn/)下载，电话:0591-83926179。"
    text = HEAD + line + "\n二、主动公开政府信息情况\n无。\n"
    contact = convert(tmp_path, text).meta.contact
    assert contact.address is None and contact.phone == "0591-83926179"


def test_report_whose_introduction_lists_its_parts(tmp_path: Path) -> None:
    """One section found (the page ends after it), and an introduction listing the
    standard parts: a report, not NOT_A_REPORT."""
    intro = (
        "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等部分。"
        "本报告中所列数据统计期限为2023年1月1日至12月31日。\n"
    )
    r = convert(tmp_path, intro + "一、总体情况\n2023年，本街道做好公开工作。\n")
    assert [s.number for s in r.sections] == ["一"]
    assert r.completeness.complete is False  # its tables are missing, and said so
    with pytest.raises(ogi.NotAReport):
        convert(tmp_path, "一、总体情况\n2023年，本街道做好公开工作。\n", "n.txt")


def test_modern_headings_without_tables_or_year_are_no_legacy_report(tmp_path: Path) -> None:
    """A report whose year is printed nowhere, with the 2019+ headings and no table under
    them (pictures): before, template legacy and complete; now its tables are missing."""
    text = (
        "一、总体情况\n本年度，我局在市政府网站发布信息29条。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
        "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n仍存在不足。\n"
    )
    r = convert(tmp_path, text)
    assert r.template == "unknown" and not r.cells
    assert r.completeness.complete is False
    assert "TABLES_NOT_FOUND" in r.completeness.reasons


@pytest.mark.parametrize(
    ("line", "phone", "fax", "office"),
    [
        (
            "如有疑问请与东湖市人民政府办公室联系（电话/传真：0571-87654321）。",
            "0571-87654321",
            "0571-87654321",
            "东湖市人民政府办公室",
        ),
        (
            "联系单位：东湖市政务公开办，电 话：0571-87654322，传 真：0571-87654323。",
            "0571-87654322",
            "0571-87654323",
            None,
        ),
        (
            "如对本报告有疑问，请与东湖市人民政府\n办公室政务公开科联系（电话：0571-87654321）。",
            "0571-87654321",
            None,
            "东湖市人民政府办公室政务公开科",
        ),
        (  # one number for both
            "如有疑问请与东湖市人民政府办公室联系，电话（传真）：0557-3022581。",
            "0557-3022581",
            "0557-3022581",
            "东湖市人民政府办公室",
        ),
        (  # 请联系<office>, (no 与…联系)
            "如对本年报有疑问，请联系东湖市卫生健康委员会，地址：东湖市松江中路65号，电话：0432-62049865。",
            "0432-62049865",
            None,
            "东湖市卫生健康委员会",
        ),
        (  # the office is "this bureau's" hall: printed as the office, no organization
            "如对本报告有任何疑问，请联系本局政府信息公开受理大厅，电话：68556066。",
            "68556066",
            None,
            "本局政府信息公开受理大厅",
        ),
        (  # 请联系 a phone: no office
            "如有疑问请联系电话0432-62049865。",
            "0432-62049865",
            None,
            None,
        ),
    ],
)
def test_contact_shapes(
    tmp_path: Path, line: str, phone: str, fax: str | None, office: str | None
) -> None:
    text = f"东湖市2022年政府信息公开工作年度报告\n{line}\n一、总体情况\n我市做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    c = convert(tmp_path, text).meta.contact
    assert (c.phone, c.fax, c.office) == (phone, fax, office)


def glued_applications_dump(rows: list[tuple[str, str]]) -> str:
    """A one-line page dump whose table-2 rows print each label with its cells' digits run
    together (``一、本年新收…110000011``)."""
    return (
        "某县2022年政府信息公开工作年度报告 一、总体情况2022年，我县做好公开工作。"
        "二、主动公开政府信息情况无。三、收到和处理政府信息公开申请情况申请人情况"
        + "".join(label + run for label, run in rows)
        + "四、政府信息公开行政复议、行政诉讼情况无。五、存在的主要问题及改进情况无。"
    )


def test_fused_row_recovered_by_the_column_arithmetic(tmp_path: Path) -> None:
    """一、本年新收 printed 110000011: 1 | 10 | 0 | 0 | 0 | 0 | 11 and 11 | 0 | 0 | 0 | 0 | 0 | 11
    both satisfy the row total; 一 + 二 = (七)总计 + 四 column by column picks the first."""
    rows = [
        ("一、本年新收政府信息公开申请数量", "110000011"),
        ("二、上年结转政府信息公开申请数量", "2000002"),
        ("三、本年度办理结果(一)予以公开", "310000013"),
        ("(七)总计", "310000013"),
        ("四、结转下年度继续办理", "0000000"),
    ]
    r = convert(tmp_path, glued_applications_dump(rows))
    assert row(r, "new_received") == [1, 10, 0, 0, 0, 0, 11]
    cell = next(c for c in r.cells if c.key == "applications.new_received.commercial")
    assert cell.source.get("split_from") == "110000011"
    assert row(r, "results.total") == [3, 10, 0, 0, 0, 0, 13]  # its own row total decides
    assert not [w for w in r.warnings if w.code == "CELLS_RUN_TOGETHER"]


def test_column_arithmetic_needs_one_unknown_row() -> None:
    """Two unsplit rows in one equation: nothing is derived."""
    rows: dict[str, fused.Row] = {
        "new_received": "110000011",
        "carried_over": [0] * 7,
        "results.total": "110000011",
        "carried_forward": [0] * 7,
    }
    assert fused.recover_by_columns(rows) == {}
    rows["results.total"] = [1, 10, 0, 0, 0, 0, 11]
    assert fused.recover_by_columns(rows) == {"new_received": [1, 10, 0, 0, 0, 0, 11]}
    rows["results.total"] = [11, 0, 0, 0, 0, 0, 11]
    assert fused.recover_by_columns(rows) == {"new_received": [11, 0, 0, 0, 0, 0, 11]}
    rows["results.total"] = [1, 1, 0, 0, 0, 0, 2]  # derived values do not print the run
    assert fused.recover_by_columns(rows) == {}


def test_two_unsplit_rows_settled_together_by_the_columns(tmp_path: Path) -> None:
    """(一)予以公开 printed 2500202552 and 1.本机关不掌握 8311180058: each has several cuts
    whose total adds up (25|0|0|2|0|25|52 or 2|5|0|0|20|25|52 …), and neither is the one
    unknown of an equation; together, (七)总计 = the sum of the result rows, column by
    column, leaves one assignment of both."""
    rows = [
        ("一、本年新收政府信息公开申请数量", "3631120026114"),
        ("二、上年结转政府信息公开申请数量", "0000000"),
        ("三、本年度办理结果(一)予以公开", "2500202552"),
        ("(二)部分公开", "3000014"),
        ("(四)无法提供1.本机关不掌握相关政府信息", "8311180058"),
        ("(七)总计", "3631120026114"),
        ("四、结转下年度继续办理", "0000000"),
    ]
    r = convert(tmp_path, glued_applications_dump(rows))
    assert row(r, "results.granted") == [25, 0, 0, 2, 0, 25, 52]
    assert row(r, "results.unable.not_held") == [8, 31, 1, 18, 0, 0, 58]
    assert row(r, "results.total") == [36, 31, 1, 20, 0, 26, 114]
    cell = next(c for c in r.cells if c.key == "applications.results.granted.total")
    assert cell.source.get("split_from") == "2500202552"
    assert not [w for w in r.warnings if w.code == "CELLS_RUN_TOGETHER"]
    # the split rests on the printed totals, and says so for each row it settled
    settled = [w for w in r.warnings if w.code == "CELLS_SPLIT_BY_COLUMNS"]
    assert {w.keys[0].rsplit(".", 1)[0] for w in settled} >= {
        "applications.results.granted",
        "applications.results.unable.not_held",
    }


def test_column_solve_takes_only_what_every_assignment_agrees_on() -> None:
    """Two runs that can trade values (the same digits, cut two ways that add up to the same
    columns) stay unsplit; a third row the equations pin down is still recovered."""
    cut_a, cut_b = [2, 7, 0, 0, 20, 1, 30], [27, 0, 0, 2, 0, 1, 30]
    both = [a + b for a, b in zip(cut_a, cut_b)]
    rows: dict[str, fused.Row] = {
        "new_received": "".join(map(str, both)),
        "carried_over": [0] * 7,
        "results.granted": "270020130",
        "results.partial": "270020130",
        "results.total": both,
        "carried_forward": [0] * 7,
    }
    assert fused.recover_by_columns(rows) == {"new_received": both}
    rows["results.total"] = [29, 7, 0, 2, 19, 2, 60]  # no assignment adds up: nothing taken
    assert fused.recover_by_columns(rows) == {}


def test_column_solve_gives_up_past_its_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A search cut short determines nothing (not the assignments found so far)."""
    rows: dict[str, fused.Row] = {
        "results.granted": "2500202552",
        "results.unable.not_held": "8311180058",
        "results.total": [33, 31, 1, 20, 0, 25, 110],
    }
    settled = {
        "results.granted": [25, 0, 0, 2, 0, 25, 52],
        "results.unable.not_held": [8, 31, 1, 18, 0, 0, 58],
    }
    assert fused.recover_by_columns(rows) == settled
    monkeypatch.setattr(fused, "MAX_SOLVE_STEPS", 50)
    assert fused.recover_by_columns(rows) == {}


def test_column_solve_uses_a_printed_group_subtotal() -> None:
    """A group's printed subtotal is the sum of its sub-rows, column by column."""
    rows: dict[str, fused.Row] = {
        "results.denied.state_secret": "2500202552",
        "results.denied.law_prohibited": [1, 0, 0, 0, 0, 0, 1],
        "results.denied.subtotal": [26, 0, 0, 2, 0, 25, 53],
    }
    assert fused.recover_by_columns(rows) == {
        "results.denied.state_secret": [25, 0, 0, 2, 0, 25, 52]
    }
    del rows["results.denied.subtotal"]
    assert fused.recover_by_columns(rows) == {}


# ---------------------------------------------------------------- separator pipes


def separator_style(text: str) -> str:
    """A dump of the samples' style (``规章 |`` / ``0 |``, a lone ``|`` for an empty cell,
    ``||`` fillers) rewritten as a crawler prints it: each cell on a line of its own and a
    line holding only ``|`` after it; an empty cell stays a lone ``|``; fillers vanish."""
    out: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == "|":
            out.append("|")
        elif stripped and set(stripped) == {"|"}:
            continue
        elif stripped.endswith("|"):
            for cell in stripped.split("|")[:-1]:
                if cell.strip():
                    out.append(cell.strip())
                out.append("|")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def test_lone_pipe_after_each_cell_is_a_separator(tmp_path: Path) -> None:
    """``规章`` / ``|`` / ``0`` / ``|`` …: the lone pipes separate cells. Read as empty cells
    they shifted the row (规章 0 | None | 0 where 0 0 6 is printed)."""
    cells = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    cells += ["规章", "0", "0", "6", "行政规范性文件", "4", "2", "31"]
    text = HEAD + "二、主动公开政府信息情况\n" + "".join(f"{c}\n|\n" for c in cells) + TAIL
    r = convert(tmp_path, text)
    assert [
        r.get(f"active_disclosure.regulations.{c}") for c in ("made", "repealed", "in_force")
    ] == [0, 0, 6]
    assert [
        r.get(f"active_disclosure.normative_documents.{c}")
        for c in ("made", "repealed", "in_force")
    ] == [4, 2, 31]
    assert not [w for w in r.warnings if w.code in ("ROW_TOO_LONG", "ROW_SHORT")]


@pytest.mark.parametrize(
    "sample", sorted((ROOT / "samples" / "text").glob("*.txt")), ids=lambda p: p.name[:3]
)
def test_separator_style_reads_as_the_sample(tmp_path: Path, sample: Path) -> None:
    """Every text sample rewritten in the separator style gives the sample's cells."""
    text = sample.read_text(encoding="utf-8")
    expected = {c.key: (c.value, c.raw) for c in convert(tmp_path, text, "a.txt").cells}
    got = {c.key: (c.value, c.raw) for c in convert(tmp_path, separator_style(text), "b.txt").cells}
    assert got == expected


def test_lone_pipes_of_the_samples_style_stay_empty_cells() -> None:
    """A dump whose cell lines carry their pipes keeps its lone pipes as empty cells, even
    where several follow a line without one; the crawler's style has its pipes joined."""
    from ogi.document import Document, Paragraph, Provenance
    from ogi.interpret.textgrid import reflow

    def texts(lines: list[str]) -> list[str]:
        prov = Provenance(page=1)
        document = Document(blocks=[Paragraph(t, prov) for t in lines])
        return [b.text for b in reflow(document).blocks]

    cells = ["规章 |", "0 |", "|", "6 |"] * 5 + ["说明", "|"] * 4
    assert texts(cells) == cells
    crawler = ["规章", "|", "0", "|", "|", "6", "|"] * 2
    assert texts(crawler) == ["规章 |", "0 |", "|", "6 |"] * 2


# ---------------------------------------------------------------- page chrome


@pytest.mark.parametrize(
    "line",
    [
        "【打印本页】【关闭窗口】",
        "【字体：大 中 小】",
        "字号：[ 大 中 小 ]",
        "分享到： 微信 微博",
        "扫一扫在手机上查看当前页面",
        "长者版 无障碍阅读",
        "字体大小：A+ A A- 分享： 打印",
        "打印本页 关闭窗口",
        "当前位置：首页 > 政务公开 > 年度报告",
        "无障碍浏览 长者模式",
        "首页 >> 公开信息内容",
        "【我要打印】【关闭本页】",
        "【打印此页】",
        "字号：[大] [中] [小]",
        "字号：T | T",
        "【字体：小 中 大】",
        "【打印】【关闭】【返回】",
        "分享至：微信 微博",
        "分享到：QQ好友 朋友圈",
        "【收藏本页】",
        "[打印本页] [关闭窗口]",
        "微信扫一扫",
        "打印",
        "下载",
    ],
)
def test_widget_lines_are_chrome(line: str) -> None:
    from ogi.interpret.lines import is_chrome

    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "【案例】某申请人申请公开征收补偿材料，我单位依法予以公开。",
        "【专栏】政务公开“五公开”落实情况",
        "打印复印费用按规定收取。",
        "分享经验做法，推动工作落实。",
        "扫一扫市场监管局,可提供包括“五证合一”换发等40多项办事事项的查询",
        "下载附件：年度报告.pdf",
        "中",
        # a wrapped line of prose may hold widget words only: no bracket, no sure widget
        "微信、微博、",
        "（微信）",
        "QQ空间、微信",
        "大中小",
        "字体",
        "关闭",
        "纠错",
        "默认",
        "分享",
        # widgets beside the page's metadata: the metadata reader needs the line
        "【字体：大 中 小】 发布时间：2023-01-20",
    ],
)
def test_lines_that_start_with_a_widget_word_are_text(line: str) -> None:
    from ogi.interpret.lines import is_chrome

    assert not is_chrome(line)


def test_bracketed_lines_stay_in_their_section(tmp_path: Path) -> None:
    """A line opening with 【 is report text unless it holds widgets only: the 【案例】 line
    stays in its section, the 【打印本页】【关闭窗口】 line after the signature goes."""
    text = (
        HEAD
        + "【案例】某申请人申请公开征收补偿材料，我县依法予以公开。\n"
        + "打印复印费用按规定收取，全年未收取费用。\n"
        + TAIL
        + "某县人民政府办公室\n2023年1月20日\n【打印本页】【关闭窗口】\n"
    )
    r = convert(tmp_path, text)
    assert r.sections[0].text.splitlines()[:3] == [
        "2022年，我县做好政府信息公开工作。",
        "【案例】某申请人申请公开征收补偿材料，我县依法予以公开。",
        "打印复印费用按规定收取，全年未收取费用。",
    ]
    assert not any("打印本页" in s.text for s in r.sections)


# A crawler's text of table 3 in which spaces part the header words and each label from its
# row's digits, but nothing parts the digits from the next row's label (a real portal's dump:
# ``（一）予以公开 210000021（二）部分公开…``). Numbers are this test's own.
T3_GLUED_ROWS = [
    ("一、本年新收政府信息公开申请数量", [52, 3, 0, 0, 0, 1, 56]),
    ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
    ("三、本年度办理结果（一）予以公开", [21, 0, 0, 0, 0, 0, 21]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [8, 1, 0, 0, 0, 0, 9]),
    ("（三）不予公开 1.属于国家秘密", [0] * 7),
    ("2.其他法律行政法规禁止公开", [0] * 7),
    ("3.危及“三安全一稳定”", [0] * 7),
    ("4.保护第三方合法权益", [1, 0, 0, 0, 0, 0, 1]),
    ("5.属于三类内部事务信息", [0] * 7),
    ("6.属于四类过程性信息", [2, 0, 0, 0, 0, 0, 2]),
    ("7.属于行政执法案卷", [0] * 7),
    ("8.属于行政查询事项", [0] * 7),
    ("（四）无法提供 1.本机关不掌握相关政府信息", [17, 2, 0, 0, 0, 1, 20]),
    ("2.没有现成信息需要另行制作", [0] * 7),
    ("3.补正后申请内容仍不明确", [1, 0, 0, 0, 0, 0, 1]),
    ("（五）不予处理 1.信访举报投诉类申请", [0] * 7),
    ("2.重复申请", [3, 0, 0, 0, 0, 0, 3]),
    ("3.要求提供公开出版物", [0] * 7),
    ("4.无正当理由大量反复申请", [0] * 7),
    ("5.要求行政机关确认或重新出具已获取信息", [0] * 7),
    (
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        [1, 0, 0, 0, 0, 0, 1],
    ),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0] * 7),
    ("3.其他", [0] * 7),
    ("（七）总计", [53, 3, 0, 0, 0, 1, 57]),
    ("四、结转下年度继续办理", [0] * 7),
]


def test_digits_glued_to_the_next_rows_label_are_never_one_count(tmp_path: Path) -> None:
    """Before, ``210000021（二）部分公开…`` read as the value 210000021 with a note, and
    most of the table was lost. A row's digits are cut from the next label; a run is split
    where the count of cells forces it or the row's total decides it; every value read is
    the printed one, and the rest is named."""
    body = " ".join(f"{label} {''.join(map(str, values))}" for label, values in T3_GLUED_ROWS)
    body = body.replace(" 二、", "二、").replace(" （", "（").replace(" 2.", "2.")
    for n in range(3, 9):
        body = body.replace(f" {n}.", f"{n}.")
    text = (
        "某县2022年政府信息公开工作年度报告 一、总体情况 2022年，我县做好政府信息公开工作。"
        " 二、主动公开政府信息情况 见附表。"
        " 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，"
        "等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构"
        " 社会公益组织 法律服务机构 其他 " + body + " 四、政府信息公开行政复议、行政诉讼情况 无。"
        " 五、存在的主要问题及改进情况 无。"
    )
    assert "予以公开 210000021（二）部分公开" in text
    r = convert(tmp_path, text)
    keys = [
        "new_received", "carried_over", "results.granted", "results.partial",
        "results.denied.state_secret", "results.denied.law_prohibited",
        "results.denied.security_stability", "results.denied.third_party",
        "results.denied.internal_affairs", "results.denied.process_info",
        "results.denied.enforcement_file", "results.denied.admin_query",
        "results.unable.not_held", "results.unable.needs_creation",
        "results.unable.unclear", "results.not_processed.petition",
        "results.not_processed.repeat", "results.not_processed.publication",
        "results.not_processed.excessive", "results.not_processed.confirm_reissue",
        "results.other.no_correction", "results.other.unpaid_fee", "results.other.misc",
        "results.total", "carried_forward",
    ]  # fmt: skip
    assert len(keys) == len(T3_GLUED_ROWS)
    named = {k for w in r.warnings for k in w.keys}
    named |= set(r.completeness.tables["applications"].missing)
    read = 0
    for key, (_, values) in zip(keys, T3_GLUED_ROWS):
        for column, printed in zip(APPLICANTS, values):
            got = r.get(f"applications.{key}.{column}")
            assert got in (printed, None), (key, column, got, printed)
            if got is None:
                assert f"applications.{key}.{column}" in named
            read += got is not None
    assert row(r, "results.granted") == [21, 0, 0, 0, 0, 0, 21]
    assert row(r, "new_received") == [52, 3, 0, 0, 0, 1, 56]  # the total decides the cut
    assert read >= 22 * 7


def test_a_sign_between_glued_digits_is_never_split_or_read() -> None:
    """``2648-18538`` printed 2648 | -18 | 538, ``13-30`` printed 13 | — | 30: the run
    cannot tell a sign from a blank's dash, so it stays one run, left unread (before, the
    dash was a blank and 18538 a count; then, for a while, -30 a change)."""
    from ogi.interpret.textgrid import fused_cells
    from ogi.interpret.tokens import FUSED_MARK as M

    assert fused_cells("行政许可2648-18538其他对外管理服务事项000") == [
        "行政许可",
        M + "2648-18538",
        "其他对外管理服务事项",
        M + "000",
    ]
    assert fused_cells("变化-5") == ["变化", M + "-5"]  # a sign after a label starts a value
    assert fused_cells("行政处罚—5") == ["行政处罚—", M + "5"]  # a dash that is no sign


def test_spaced_cells_glued_to_the_next_label_are_cut() -> None:
    from ogi.interpret.textgrid import table_cells
    from ogi.interpret.tokens import FUSED_MARK as M

    text = (
        "申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 "
        "（一）予以公开 210000021（二）部分公开 8100009 行政强制 4(其中行政强制措施2,行政强制执行2) "
        "减13/增3 1.属于国家秘密 4.2780亿元"
    )
    cells = table_cells(text)
    assert cells[cells.index("（一）予以公开") + 1 :][:3] == [
        M + "210000021",
        "（二）部分公开",
        "8100009",
    ]
    for whole in ("4(其中行政强制措施2,行政强制执行2)", "减13/增3", "1.属于国家秘密", "4.2780亿元"):
        assert whole in cells


def _tokens(*texts: str) -> list[Token]:
    return [Token(CELL, t) for t in texts]


def test_a_short_rows_long_digit_run_is_taken_as_fused() -> None:
    """Seven cells, one value of seven digits: its digits ran together (never one count)."""
    marked = fused.mark_glued(_tokens("1000001"), 7)
    assert [t.fused for t in marked] == [True]
    assert [t.text for t in fused.resolve(marked, 7, fused.total_is_sum) or []] == list("1000001")
    assert [t.fused for t in fused.mark_glued(_tokens("21", "21"), 7)] == [False, False]
    # a blank left out, no run that shows gluing: the row stays short (ROW_SHORT), read
    short = _tokens("25", "3", "0", "0", "0", "28")
    assert [t.fused for t in fused.mark_glued(short, 7)] == [False] * 6
    # ``20 0 00 0 121``: a zero-padded run is never one count either; the total decides
    row = fused.mark_glued(_tokens("20", "0", "00", "0", "121"), 7)
    assert [t.fused for t in row] == [True, False, True, False, True]
    cut = fused.resolve(row, 7, fused.total_is_sum) or []
    assert [t.text for t in cut] == ["20", "0", "0", "0", "0", "1", "21"]
    assert [t.fused for t in fused.mark_glued(_tokens("1", "0", "0", "0", "0", "0", "1"), 7)] == [
        False
    ] * 7


@pytest.mark.parametrize(
    "head",
    [
        "某某综合实验区\n2014年度政府信息公开工作年度报告\n",  # two lines (PDF, Word)
        "当前位置： 首页政务公开年报 某某综合实验区 2014年度政府信息公开工作年度报告 ",  # a dump
    ],
)
def test_a_title_whose_first_line_is_a_place(tmp_path: Path, head: str) -> None:
    """A title printed on two lines whose first names a place, not an office (平潭综合实验区
    / 2014年度…报告): before, the title lost the place and the organization was guessed."""
    body = (
        "根据《条例》要求编制本报告。一、概述 本年度我区推进政府信息公开工作。"
        "二、主动公开政府信息情况 全年主动公开政府信息120条。"
        "三、政府信息公开工作存在的主要问题及改进情况 无。"
    )
    if "\n" in head:
        body = body.replace("。一、", "。\n一、").replace(" ", "\n")
    r = convert(tmp_path, head + body)
    assert r.meta.title == "某某综合实验区2014年度政府信息公开工作年度报告"
    assert r.meta.organization == "某某综合实验区" and r.meta.year == 2014


def test_after_a_lost_heading_the_next_number_follows_the_last(tmp_path: Path) -> None:
    """一, then 三 under its standard title (二 lost): the next heading is 四, then 五 —
    also under a title of its own wording."""
    text = (
        "某县2022年政府信息公开工作年度报告\n一、总体情况\n本年做好公开工作。\n"
        "三、收到和处理政府信息公开申请情况\n本年收到申请10件。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n无。\n"
        "五、存在的主要问题和改进措施\n存在问题：公开不及时。\n六、其他需要报告的事项\n无。\n"
    )
    r = convert(tmp_path, text)
    assert [s.number for s in r.sections] == ["一", "三", "四", "五", "六"]
    assert r.sections[3].text == "存在问题：公开不及时。"


@pytest.mark.parametrize("lost", ["二、", "三、", "五、"])
def test_a_lost_heading_does_not_take_the_later_sections_with_it(lost: str) -> None:
    """A heading printed as a picture, or swallowed by a table, is missing from the text.
    Before, every section after it was lost too (its text ran into the section before);
    now a later standard section opens under its own standard title, and the lost one is
    named."""
    lines = (ROOT / "samples/text/001_81ecb54b46cc6fdb.txt").read_text(encoding="utf-8").split("\n")
    cut = next(i for i, line in enumerate(lines) if line.startswith(lost))
    r = ogi.convert("\n".join(lines[:cut] + lines[cut + 1 :]).encode("utf-8"), filename="t.txt")
    numbers = [s.number for s in r.sections]
    assert numbers == [n for n in "一二三四五六" if n != lost[0]]
    (note,) = [w for w in r.warnings if w.code == "SECTIONS_MISSING"]
    assert note.where["missing"] == [t for _, t in STANDARD_SECTIONS if t.startswith(lost)]


def test_legacy_first_section_under_its_own_wording(tmp_path: Path) -> None:
    """A legacy report whose section 一 has a title of its own (组织领导方面): before, no
    section was found and the whole body was preamble. Section 二 under a known title
    confirms it."""
    text = (
        "某区林业局2008年政府信息公开年度报告\n现将我局2008年度政府信息公开工作情况报告如下：\n"
        "一、组织领导方面\n我局高度重视政府信息公开工作。\n"
        "二、主动公开信息情况\n2008年，我局主动公开政府信息共计5条。\n"
        "三、依申请公开政府信息情况\n无。\n"
    )
    r = convert(tmp_path, text)
    assert [(s.number, s.title) for s in r.sections] == [
        ("一", "组织领导方面"),
        ("二", "主动公开信息情况"),
        ("三", "依申请公开政府信息情况"),
    ]
    assert r.sections[0].text == "我局高度重视政府信息公开工作。"


def test_an_unknown_first_heading_alone_opens_nothing(tmp_path: Path) -> None:
    """一、 under an unknown title with no known 二、 after it is a list, not a section."""
    text = (
        "某区林业局2008年政府信息公开年度报告\n本年工作如下：\n一、加强组织领导\n二、完善制度建设\n"
        "我局高度重视政府信息公开工作。\n"
    )
    r = convert(tmp_path, text)
    assert not r.sections
    assert "一、加强组织领导" in r.preamble


def test_a_page_that_starts_at_section_four(tmp_path: Path) -> None:
    """A flip-book page holds the end of a report: 四 under a known variant of its title,
    then 五. Before, 四 stayed in the preamble."""
    text = (
        "某区信访局2022年政府信息公开工作年度报告\n"
        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n本年度未发生行政复议和行政诉讼。\n"
        "五、存在的主要问题及改进情况\n一是组织建设仍需改进。\n"
    )
    r = convert(tmp_path, text)
    assert [(s.number, s.kind) for s in r.sections] == [
        ("四", "review_litigation"),
        ("五", "problems"),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "某市生态环境局2023年上半年政府信息公开工作总结\n现将上半年工作总结如下，本报告包括",
        "某区2022年政务公开工作情况解读\n本报告包括",
    ],
)
def test_companions_listing_the_parts_are_no_reports(tmp_path: Path, first: str) -> None:
    """A half-year summary or a 解读 page whose introduction lists the standard parts,
    with one heading: still NOT_A_REPORT (the listing rule needs no companion title)."""
    text = (
        first + "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等方面。\n"
        "一、总体情况\n本年做好公开工作。\n"
    )
    with pytest.raises(ogi.NotAReport):
        convert(tmp_path, text)


def test_legacy_report_with_modern_looking_headings_stays_legacy(tmp_path: Path) -> None:
    """A 2016 report headed 三、收到和处理政府信息公开申请情况, no tables: its year says it
    is a legacy report, measured as one (no 2021 tables expected)."""
    text = (
        "某县环境保护局2016年政府信息公开工作年度报告\n一、总体情况\n本年做好公开工作。\n"
        "二、主动公开政府信息情况\n本年主动公开信息20条。\n"
        "三、收到和处理政府信息公开申请情况\n本年未收到申请。\n"
    )
    r = convert(tmp_path, text)
    assert r.template == "legacy" and r.completeness.complete is True


@pytest.mark.parametrize(
    ("above", "below"),
    [("所属年度：2022年\n", ""), ("", "——某市人民政府办公室\n")],
)
def test_lines_beside_the_title_that_name_no_body(tmp_path: Path, above: str, below: str) -> None:
    """A label line ending in a year is no first half of the title; a line below that
    opens with a dash is no organization."""
    text = above + "2022年政府信息公开工作年度报告\n" + below + "一、总体情况\n本年做好公开工作。\n"
    r = convert(tmp_path, text)
    assert (r.meta.title, r.meta.organization) == ("2022年政府信息公开工作年度报告", None)


def test_a_period_after_a_time_label_is_no_publication_date(tmp_path: Path) -> None:
    text = (
        "某区2022年政府信息公开工作年度报告\n时间：2022年1月1日至2022年12月31日\n"
        "一、总体情况\n本年做好公开工作。\n"
    )
    r = convert(tmp_path, text)
    assert r.meta.published is None
    assert r.meta.period is not None and r.meta.period.start == "2022-01-01"


def _legacy_cells(tmp_path: Path, body: str) -> dict[str, object]:
    return _cells(convert(tmp_path, "某区民政局2017年政府信息公开工作年度报告\n" + body))


def test_already_public_answers_are_no_active_disclosure_total(tmp_path: Path) -> None:
    """其中属于已经主动公开的2件 answers applications (已主动公开, with 经): before, it was
    read as the year's total of active disclosure."""
    cells = _legacy_cells(
        tmp_path,
        "一、政府信息主动公开情况\n在门户网站发布各类信息共905条。\n"
        "二、政府信息依申请公开情况\n本年收到依申请公开共52件。其中属于已经主动公开的4件，"
        "同意公开答复29件。\n",
    )
    assert cells["legacy.applications.answers.already_public"] == 4
    assert "legacy.active.total" not in cells


@pytest.mark.parametrize(
    "quoted", ["“创业富民30条”", '"创业富民30条"', "《关于促进就业的三十条措施》"]
)
def test_a_number_in_a_quoted_name_is_no_figure(tmp_path: Path, quoted: str) -> None:
    """宣传解读“创业富民30条”等政策: before, legacy.response.interpretations = 30."""
    cells = _legacy_cells(
        tmp_path, f"一、主要工作概述\n（一）深化政策解读。广泛宣传解读{quoted}等政策。\n"
    )
    assert "legacy.response.interpretations" not in cells


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("东湖市市场监督管理局2016年政务信息公开年度报告", "东湖市市场监督管理局"),
        ("青山镇2022年度政府信息公开年报", "青山镇"),
    ],
)
def test_more_title_wordings(tmp_path: Path, title: str, organization: str) -> None:
    r = convert(
        tmp_path, title + "\n一、总体情况\n我镇做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    assert (r.meta.title, r.meta.organization) == (title, organization)


def test_two_standard_sections_and_a_period_make_a_report(tmp_path: Path) -> None:
    """A township page without its title: 一、总体情况, 二、主动公开政府信息情况 and the
    statistics period (before: NOT_A_REPORT)."""
    text = (
        "一、总体情况\n我乡认真组织开展信息公开工作，文中所列数据的统计期限自2021年1月1日起"
        "至2021年12月31日止。\n二、主动公开政府信息情况\n"
    )
    r = convert(tmp_path, text)
    assert [s.number for s in r.sections] == ["一", "二"] and r.meta.year == 2021


def test_source_original_names_no_issuer(tmp_path: Path) -> None:
    text = "青山镇2022年度政府信息公开工作年度报告\n来源：原创 发布时间：2023-01-31 13:24\n一、总体情况\n无。\n"
    r = convert(tmp_path, text)
    assert r.meta.issuer is None and r.meta.published == "2023-01-31"


def test_a_portal_column_named_annual_reports_is_no_title(tmp_path: Path) -> None:
    """An archive page's header line 栏目: 政府信息公开年报 names the portal's column; the
    report's own title follows (a title without a year must end with 年度报告)."""
    text = (
        "栏目: 政府信息公开年报\n某某综合实验区2016年度政府信息公开工作年度报告\n"
        "一、概述\n本年做好公开工作。\n二、主动公开政府信息情况\n本年主动公开政府信息3460条。\n"
    )
    r = convert(tmp_path, text)
    assert r.meta.title == "某某综合实验区2016年度政府信息公开工作年度报告"
    assert r.meta.organization == "某某综合实验区"


def test_this_bureau_is_no_organization(tmp_path: Path) -> None:
    """请联系本局政府信息公开受理大厅: the office as printed, but 本局 ("this bureau") names
    no body, so a report whose title names none has no organization."""
    text = (
        "2008年政府信息公开工作年度报告\n如对本报告有任何疑问，请联系本局政府信息公开受理大厅，"
        "电话：68556066。\n一、概述\n本年做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    r = convert(tmp_path, text)
    assert r.meta.contact.office == "本局政府信息公开受理大厅"
    assert r.meta.organization is None


def test_title_named_in_the_introduction(tmp_path: Path) -> None:
    """No title line; the introduction names the report in title marks."""
    text = (
        "根据《中华人民共和国政府信息公开条例》要求，现发布《东湖市市场监管局2022年政府信息公开"
        "工作年度报告》。本报告中所列数据统计期限为2022年1月1日至12月31日。\n"
        "一、总体情况\n本年做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    r = convert(tmp_path, text)
    assert r.meta.title == "东湖市市场监管局2022年政府信息公开工作年度报告"
    assert (r.meta.organization, r.meta.year) == ("东湖市市场监管局", 2022)


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("东湖市卫生健康委员会关于2022年政府信息公开工作年度报告", "东湖市卫生健康委员会"),
        (
            "东湖市人力资源和社会保障局2012年政府信息公开工作的年度报告",
            "东湖市人力资源和社会保障局",
        ),
    ],
)
def test_about_and_of_in_titles(tmp_path: Path, title: str, organization: str) -> None:
    """关于 without 的, 的 without 关于: the organization ends before 关于."""
    r = convert(
        tmp_path, title + "\n一、概述\n本年做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    assert (r.meta.title, r.meta.organization) == (title, organization)


@pytest.mark.parametrize("header", ["栏目：2022年政府信息公开年报", "2022年度政府信息公开年报"])
def test_a_column_header_with_a_year_is_no_title(tmp_path: Path, header: str) -> None:
    """A portal column's name above the report's own title, which names the body."""
    text = header + "\n东湖县交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n无。\n"
    r = convert(tmp_path, text)
    assert r.meta.title == "东湖县交通运输局2022年政府信息公开工作年度报告"
    assert r.meta.organization == "东湖县交通运输局"


def test_quoted_figures_and_open_quotes_keep_their_counts(tmp_path: Path) -> None:
    """A count printed in quotes (复议“0”件) is a figure; a quotation mark left open (通过
    “政府网站“发布) hides no figure; 已主动公开 as the year's own total is that total."""
    cells = _legacy_cells(
        tmp_path,
        "一、主动公开政府信息情况\n2011年我局已主动公开政府信息1356条，其中通过“政府网站“发布信息"
        "1200条，通过政务微博“东湖人社”发布信息88条。\n"
        "二、因政府信息公开申请行政复议、提起行政诉讼的情况\n2011年，我局因政府信息公开申请行政复议"
        "“0”件，提起行政诉讼“0”件。\n",
    )
    assert cells["legacy.active.total"] == 1356
    assert cells["legacy.active.by_channel.website"] == 1200
    assert cells["legacy.active.by_channel.weibo"] == 88
    assert cells["legacy.review.total"] == 0 and cells["legacy.litigation.total"] == 0


def test_half_year_summary_with_two_standard_headings_is_no_report(tmp_path: Path) -> None:
    text = (
        "东湖县人民政府2022年上半年政府信息公开工作总结\n统计时间：2022年1月1日至2022年6月30日。\n"
        "一、主动公开政府信息情况\n上半年主动公开信息120条。\n"
        "二、收到和处理政府信息公开申请情况\n上半年收到申请3件。\n"
    )
    with pytest.raises(ogi.NotAReport):
        convert(tmp_path, text)


def test_a_waiver_heading_is_no_statement_of_no_fees(tmp_path: Path) -> None:
    """(二)依申请公开政府信息减免收费情况 heads the fees waived (减免收费 holds 免收费): before,
    the heading alone made legacy.fees.amount_wan_yuan 0 beside the 120 yuan charged."""
    cells = _legacy_cells(
        tmp_path,
        "一、概述\n本年继续开展政府信息公开工作。\n二、收费情况\n（一）依申请公开政府信息收费情况\n"
        "本年收取检索、复印费用共计120元。\n（二）依申请公开政府信息减免收费情况\n"
        "本年为2名低保申请人减免费用30元。\n",
    )
    assert cells.get("legacy.fees.amount_yuan") == 120
    assert "legacy.fees.amount_wan_yuan" not in cells


def test_consultations_spelled_with_the_variant_character(tmp_path: Path) -> None:
    cells = _legacy_cells(tmp_path, "一、概述\n本年接受公众谘询2070人次。\n")
    assert cells["legacy.consultations"] == 2070


def test_a_procurement_of_zero_needs_no_unit(tmp_path: Path) -> None:
    """政府集中采购 | 0 | 0 |: 0 is 0 in any unit (before: null with UNIT_MISSING)."""
    table = (
        "二、主动公开政府信息情况\n第二十条第(十五)项 |\n信息内容 |\n采购项目数量 |\n采购总金额 |\n"
        "政府集中采购 |\n0 |\n0 |\n"
    )
    r = convert(tmp_path, HEAD + table)
    assert r.get("active_disclosure.procurement.amount_wan_yuan") == 0
    assert not [w for w in r.warnings if w.code == "UNIT_MISSING"]


def test_address_keeps_its_parenthesised_part(tmp_path: Path) -> None:
    line = "地址：东湖市龙潭区人民政府（遵义东路65号），邮编：132021，电话：0432-63041873。"
    r = convert(tmp_path, HEAD + line + "\n二、主动公开政府信息情况\n无。\n")
    assert r.meta.contact.address == "东湖市龙潭区人民政府(遵义东路65号)"


def test_title_in_a_portal_table_row(tmp_path: Path) -> None:
    """The title in a row of the portal's table (… | ||) under label cells that end each
    other's values (公开方式, 发布单位)."""
    text = (
        "索引号: | 1133068200259085XF/2015-28256 | 公开方式: | 主动公开 |\n"
        "发布单位: | 青山镇 |\n2009年度青山镇政府信息公开年度报告 | ||\n"
        "一、概述\n本年做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    meta = convert(tmp_path, text).meta
    assert (meta.title, meta.year) == ("2009年度青山镇政府信息公开年度报告", 2009)
    assert (meta.index_no, meta.issuer) == ("1133068200259085XF/2015-28256", "青山镇")


def test_year_first_title_of_a_work_report(tmp_path: Path) -> None:
    title = "2023年度青山路街道信息公开工作报告"
    r = convert(tmp_path, title + "\n一、总体情况\n无。\n二、主动公开政府信息情况\n无。\n")
    assert (r.meta.title, r.meta.organization, r.meta.year) == (title, "青山路街道", 2023)


@pytest.mark.parametrize(
    ("sentence", "fulltime", "parttime"),
    [
        ("本局配备了3名专职和2名兼职工作人员。", 3, 2),
        ("本局配备1名专职工作人员和4名兼职工作人员。", 1, 4),
        ("本局有专职人员3名、兼职人员5名。", 3, 5),
        ("本局有专职人员2名兼职人员6名。", 2, 6),
        ("本局配备专兼职工作人员7名。", None, None),
        ("要求各单位至少一名专职人员具体负责。", None, None),
        ("专门配备了1名全职工作人员，3名兼职工作人员。", 1, 3),
    ],
)
def test_staff_named_before_or_after_their_count(
    tmp_path: Path, sentence: str, fulltime: int | None, parttime: int | None
) -> None:
    """A count of staff is named by the word before it (专职人员3名) or right after it
    (3名专职和2名兼职): before, the 2 took the 专职 of the 3 (staff_fulltime 2, 3 unread)."""
    cells = _legacy_cells(
        tmp_path,
        f"一、概述\n本年继续开展政府信息公开工作，{sentence}\n二、主动公开政府信息情况\n无。\n",
    )
    assert cells.get("legacy.org.staff_fulltime") == fulltime
    assert cells.get("legacy.org.staff_parttime") == parttime


SECTION_ONE = "一、总体情况\n（一）主动公开。全年主动公开政府信息120条。\n（二）依申请公开。全年收到申请16件。\n"


@pytest.mark.parametrize(
    ("intro", "year"),
    [
        ("依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n", None),
        (
            "根据《中华人民共和国政府信息公开条例》，现将2020年度市人社局信息公开工作总结报告如下。\n",
            2020,
        ),
        ("2025年，区公安分局扎实推进政府信息公开各项工作。现将工作情况报告如下：\n", 2025),
        ("根据《政府信息公开条例》，现将我办2023年政府信息公开工作情况报告如下。\n", 2023),
    ],
)
def test_an_introduction_announcing_the_report_makes_one(
    tmp_path: Path, intro: str, year: int | None
) -> None:
    """A page that lost its title: an introduction about disclosure work that announces the
    report (编制本报告, …报告如下) and one standard section. Before: NOT_A_REPORT. The year
    it names is the report's; a 2019+ report (by year, or citing the revised 条例's 第五十条)
    misses its tables, and says so."""
    r = convert(tmp_path, intro + SECTION_ONE)
    assert [s.number for s in r.sections] == ["一"] and r.meta.year == year
    assert r.template == "unknown" and not r.cells
    assert "TABLES_NOT_FOUND" in r.completeness.reasons


@pytest.mark.parametrize(
    "intro",
    [
        "根据《政府信息公开条例》，现将我局2023年上半年政务公开工作情况报告如下。\n",
        "现将2022年第三季度政府信息公开工作情况报告如下。\n",
        "现将本单位安全生产工作情况报告如下。\n",
    ],
)
def test_part_year_or_other_introductions_make_no_report(tmp_path: Path, intro: str) -> None:
    with pytest.raises(ogi.NotAReport):
        convert(tmp_path, intro + SECTION_ONE)


def test_letter_form_report_year_from_its_opening_line(tmp_path: Path) -> None:
    """A report written as a letter (省政府办公厅：/ 2017年，…现将我办2017年…报告如下): its
    year is in the opening paragraph, not in a title."""
    text = (
        "省政府办公厅：\n2017年，省法制办认真贯彻执行《中华人民共和国政府信息公开条例》。"
        "现将我办2017年政府信息公开工作报告如下：\n一、概述\n本年继续开展政府信息公开工作。\n"
        "二、主动公开政府信息情况\n全年主动公开政府信息52条。\n"
    )
    r = convert(tmp_path, text)
    assert r.meta.year == 2017 and r.template == "legacy"


def test_one_line_page_cut_after_its_first_section(tmp_path: Path) -> None:
    """A crawler's one-line page holding one section only (the excerpt ends inside it): the
    standard heading where a sentence ended opens the section (before: no section at all)."""
    line = (
        "2024年，省教育厅聚焦教育改革发展，着力提升教育信息公开质效。根据《中华人民共和国政府"
        "信息公开条例》第五十条的规定，现将我厅2024年度政府信息公开工作报告公开如下。 一、总体情况 "
        "2024年，在厅门户网站主动公开发布各类信息705条。 （一）重点领域信息公开情况 围绕重点"
        "工作部署，设置专题专栏23个。"
    )
    r = convert(tmp_path, "某省教育厅2024年度政府信息公开工作报告\n" + line + "\n")
    assert [(s.number, s.title) for s in r.sections] == [("一", "总体情况")]
    assert [ss.title for ss in r.sections[0].subsections] == ["重点领域信息公开情况"]
    assert r.preamble.endswith("报告公开如下。")


def test_a_long_paragraph_naming_a_numbered_point_is_not_cut(tmp_path: Path) -> None:
    """One heading-like numeral inside a long paragraph, not under a standard title: the
    paragraph stays whole (only a standard section heading cuts a one-section line)."""
    line = (
        "2024年，我局认真贯彻落实上级部署，扎实推进政务公开各项工作，围绕中心服务大局，"
        "着力提升公开质效。 一、强化组织领导 我局成立了以局长为组长的领导小组，明确分工，"
        "压实责任，确保各项工作落到实处，取得了较好成效，受到群众好评。"
    )
    r = convert(tmp_path, HEAD + line + "\n二、主动公开政府信息情况\n无。\n")
    assert line in r.sections[0].text


def test_table_labels_printed_without_values_are_named(tmp_path: Path) -> None:
    """A page printing table 1's header and row labels one per line and no value: no cell
    can be placed, and the warning says the labels were found with no values (before: only
    that no table was read)."""
    text = (
        "2022年度东湖镇政府信息公开工作年度报告\n一、总体情况\n主动公开政务文件11份。\n"
        "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n"
        "现行有效件数\n规章\n行政规范性文件\n三、收到和处理政府信息公开申请情况\n"
    )
    r = convert(tmp_path, text)
    assert not r.cells and r.completeness.reasons == ["TABLES_NOT_FOUND"]
    (w,) = [w for w in r.warnings if w.code == "TABLES_NOT_FOUND"]
    assert "labels of active_disclosure were found, with no values" in w.message


@pytest.mark.parametrize(
    ("intro", "organization"),
    [
        (
            "本报告由安阳街道办事处结合有关统计数据编制。如对本报告有任何疑问，请与安阳街道党政办联系"
            "（电话：65877009）。",
            "安阳街道办事处",
        ),
        (
            "本年度报告由东湖市西山区人民政府厚桥街道党政办公室综合科编制。",
            "东湖市西山区人民政府厚桥街道",
        ),
        ("本报告由县人民政府办公室编制。", "县人民政府"),
    ],
)
def test_organization_from_the_body_that_compiled_the_report(
    tmp_path: Path, intro: str, organization: str
) -> None:
    """A page without its title: the introduction's 由…编制 names the body (its office left
    out), before the contact office (安阳街道党政办) does."""
    text = intro + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n" + SECTION_ONE
    text += "二、主动公开政府信息情况\n无。\n"
    assert convert(tmp_path, text).meta.organization == organization


def _cells(r: ogi.Report) -> dict[str, object]:
    return {c.key: c.value for c in r.cells}


def test_own_line_cells_with_pipe_only_padding_lines(tmp_path: Path) -> None:
    """A crawler's dump with each cell on its own line, a lone | after it, and lines of
    pipes only (||, |||||) between rows: before, those lines counted as cells with their
    pipe, the lone pipes were read as empty cells, and 规章 1 2 3 became 1 / null / 2."""
    rows = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "1", "2", "3"]]
    rows += [["规范性文件", "4", "5", "9"]]
    body = "第二十条第(一)项\n|\n|||||\n"
    for row in rows:
        body += "".join(f"{cell}\n|\n" for cell in row) + "||\n"
    body += "第二十条第(五)项\n|\n|||||\n信息内容\n|\n本年处理决定数量\n|\n||||\n行政许可\n|\n7\n|\n||||\n"
    r = convert(tmp_path, HEAD + "二、主动公开政府信息情况\n" + body)
    cells = _cells(r)
    assert [
        cells[f"active_disclosure.regulations.{c}"] for c in ("made", "repealed", "in_force")
    ] == [1, 2, 3]
    assert cells["active_disclosure.normative_documents.in_force"] == 9
    assert cells["active_disclosure.licensing.decisions"] == 7
    assert not [w for w in r.warnings if w.code.startswith("ROW_")]


def test_change_header_cut_short(tmp_path: Path) -> None:
    """The 2019 header 本年增/减 printed as 本年增/ (one cell per line): before, the change
    went under decisions (and a negative change failed D1), the decisions were lost."""
    body = (
        "二、主动公开政府信息情况\n第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/\n处理决定数量\n"
        "行政许可\n10\n-2\n35\n"
    )
    cells = _cells(convert(tmp_path, HEAD.replace("2022", "2020") + body))
    assert [
        cells[f"active_disclosure.licensing.{c}"] for c in ("prev_items", "change", "decisions")
    ] == [10, -2, 35]


def test_row_labels_with_a_note(tmp_path: Path) -> None:
    body = (
        "二、主动公开政府信息情况\n第二十条第(一)项 | |||||\n"
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | ||\n"
        "规章(设区的市、自治州人民政府应提供相关数据) | 1 | 1 | 3 | ||\n"
        "规范性文件（含部门文件） | 2 | 2 | 19 | ||\n"
    )
    cells = _cells(convert(tmp_path, HEAD.replace("2022", "2020") + body))
    assert cells["active_disclosure.regulations.total_published"] == 3
    assert cells["active_disclosure.normative_documents.total_published"] == 19


def test_title_about_the_year_s_disclosure(tmp_path: Path) -> None:
    r = convert(
        tmp_path, "宁强县自然资源局关于2021年度政府信息公开情况的报告\n一、总体情况\n无。\n"
    )
    assert (r.meta.title, r.meta.organization, r.meta.year) == (
        "宁强县自然资源局关于2021年度政府信息公开情况的报告",
        "宁强县自然资源局",
        2021,
    )


@pytest.mark.parametrize(
    ("sentence", "absent", "expected"),
    [
        (  # a session of the congress is numbered, not counted
            "本年，镇十六届人大七次会议、十七届人大一次会议期间共收到代表建议5件。",
            "legacy.training.meetings",
            {},
        ),
        (  # the costs of litigation, not litigation
            "本年没有向申请人收费，未产生政府信息公开事务诉讼相关的费用支出。本年被提起行政诉讼1件。",
            None,
            {"legacy.litigation.total": 1},
        ),
        (  # several media counted together: no one channel's count
            "本年通过门户网站主动公开政府信息43条，通过报刊、电视、政务微信等媒体主动公开政府信息285条。",
            "legacy.active.by_channel.wechat",
            {"legacy.active.by_channel.website": 43},
        ),
        (  # a category within the total just given
            "本年在门户网站信息公开栏目主动公开政府信息148条。在网站上主动公开的政府信息中便民服务信息6条。",
            None,
            {"legacy.active.by_channel.website": 148},
        ),
        (  # the street office itself (我街道), not its parts
            "2017年，我街道主动公开信息569条。",
            None,
            {"legacy.active.total": 569},
        ),
        (  # the count before the noun
            "本年我镇共收到4件信息公开申请，其中网络申请2件，信函申请2件。",
            None,
            {"legacy.applications.received": 4, "legacy.applications.by_channel.online": 2},
        ),
    ],
)
def test_legacy_prose_figures_real_phrasings(
    tmp_path: Path, sentence: str, absent: str | None, expected: dict[str, object]
) -> None:
    r = convert(
        tmp_path,
        "某镇2016年政府信息公开工作年度报告\n一、概述\n" + sentence + "\n二、其他情况\n无。\n",
    )
    cells = _cells(r)
    assert {k: cells.get(k) for k in expected} == expected
    assert absent is None or absent not in cells
    assert not [w for w in r.warnings if w.code == "PROSE_FIGURES_DIFFER"]


def test_headings_with_a_space_instead_of_a_comma(tmp_path: Path) -> None:
    """一 概 述 / 二 政府信息主动公开情况: a numeral and a space before a known section title
    (before: no section and no figure at all)."""
    text = (
        "某镇2018年政府信息公开年度报告\n一 概 述\n2018年，我镇信息公开工作运行正常。\n"
        "二 政府信息主动公开情况\n我镇2018年度共主动公开信息380条。\n"
        "三 政府信息依申请公开情况\n2018年度我镇未收到政府信息公开申请。\n"
    )
    r = convert(tmp_path, text)
    assert [(s.number, s.kind) for s in r.sections] == [
        ("一", "overview"),
        ("二", "active_disclosure"),
        ("三", "applications"),
    ]
    assert _cells(r)["legacy.active.total"] == 380


def test_one_line_page_ending_with_a_pipe(tmp_path: Path) -> None:
    """A one-line page whose crawler put a | at its end; each heading parted from its text
    by a space (before: no section; then each body inside its heading's title)."""
    line = (
        "某镇人民政府2016年政府信息公开年度报告 本年报按《条例》要求编制。 一、概述 2016年我镇信息"
        "公开工作运行正常。 二、政府信息主动公开情况 2016年度共主动公开政府信息25条。 三、咨询处理"
        "情况 2016年度未收到咨询。 四、行政复议、诉讼和申诉情况 2016年度未接到有关复议、诉讼和申诉。 |"
    )
    r = convert(tmp_path, "2016年某镇政府信息公开年度报告\n" + line + "\n")
    assert [s.title for s in r.sections] == [
        "概述",
        "政府信息主动公开情况",
        "咨询处理情况",
        "行政复议、诉讼和申诉情况",
    ]
    assert r.sections[1].text == "2016年度共主动公开政府信息25条。"
    assert _cells(r)["legacy.active.total"] == 25


def test_title_wrapped_before_its_last_words(tmp_path: Path) -> None:
    text = "某县文广新局2013年度信息公开工作\n年度报告\n一、概述\n本年主动公开信息5条。\n"
    r = convert(tmp_path, text)
    assert (r.meta.title, r.meta.organization, r.meta.year) == (
        "某县文广新局2013年度信息公开工作年度报告",
        "某县文广新局",
        2013,
    )
    assert r.preamble == ""


def test_bulleted_metadata_list_counters_and_run_in_mail_label(tmp_path: Path) -> None:
    text = (
        "  • 索  引 号:00820360-3/2019-33950 主题分类:\n  • 发文机关:某镇 成文日期:2019-01-23 16:43\n"
        "  • 标       题: 某镇人民政府2018年度政府信息公开工作年度报告\n  • 废止日期: 时  效 性:有效\n"
        "某镇人民政府2018年度政府信息公开工作年度报告\n发布日期: 2019-01-24 14:07 来源: 某镇 字号: [ ] 浏览次数:\n"
        "本报告根据《条例》编制。联系电话:0898-63222210,E-mailwencheng2210@163.com\n"
        "一、概述\n2018年，镇政府在政府网站公开信息131条。\n"
    )
    meta = convert(tmp_path, text).meta
    assert (meta.title, meta.organization) == (
        "某镇人民政府2018年度政府信息公开工作年度报告",
        "某镇人民政府",
    )
    assert (meta.index_no, meta.issuer, meta.written, meta.published) == (
        "00820360-3/2019-33950",
        "某镇",
        "2019-01-23",
        "2019-01-24",
    )
    assert meta.contact.email == "wencheng2210@163.com"


def test_legacy_phrasings_of_totals_and_none_statements(tmp_path: Path) -> None:
    """Phrasings real legacy pages use for keyed figures (each was unread): 共发布各类信息
    under the 主动公开 heading, 未发生依申请公开信息受理事项, 处理…申请N件, 未发生…收费及减免,
    设立了5个受理点."""
    text = (
        "某镇2016年政府信息公开年度报告\n一、政府信息主动公开情况\n2016年共发布各类信息247条。\n"
        "二、依申请公开政府信息情况\n2016年本镇未发生依申请公开信息受理事项。\n"
        "三、收费及减免情况\n2016年未发生政府信息公开收费及减免情况。\n"
        "四、其他\n本年设立了5个受理点。\n"
    )
    cells = _cells(convert(tmp_path, text))
    assert {
        k: cells.get(k)
        for k in (
            "legacy.active.total",
            "legacy.applications.received",
            "legacy.fees.amount_wan_yuan",
            "legacy.org.query_points",
        )
    } == {
        "legacy.active.total": 247,
        "legacy.applications.received": 0,
        "legacy.fees.amount_wan_yuan": 0,
        "legacy.org.query_points": 5,
    }
    outside = (
        "某镇2016年政府信息公开年度报告\n一、概述\n2016年共发布各类信息247条。\n二、其他\n无。\n"
    )
    assert "legacy.active.total" not in _cells(convert(tmp_path, outside, "o.txt"))
    handled = "某局2016年政府信息公开年度报告\n一、概述\n本年共处理政府信息公开申请3件。\n"
    assert _cells(convert(tmp_path, handled, "h.txt"))["legacy.applications.received"] == 3


REVIEW = ROOT / "tests" / "data" / "review"
#: What each review case must read as: NOT_A_REPORT (None), or field → expected value
#: ("meta.x", "cell:key" (None: no such cell), "sections", "subsections").
REVIEW_CASES: dict[str, dict[str, object] | None] = {
    "p01_halfyear_qingkuang": None,  # 关于2023年上半年…情况的报告
    "p02_selfcheck": None,  # 自查整改情况的报告
    "p03_news": None,  # news: 听取…关于政府信息公开工作情况的报告
    "p04_selfcheck_noqk": None,  # 政务公开工作自查报告 / 现将自查情况报告如下
    "p21_notice": None,  # 关于报送…情况的报告的通知
    "p05_compiled_by_wo_ju": {"meta.organization": "东湖市商务局"},  # 由我局办公室编制
    "p06_compiled_by_waishiban": {"meta.organization": "东湖市人民政府外事办公室"},
    "p07_intro_year_2019": {"meta.year": 2020},  # 2019年修订的《条例》施行以来…现将2020年度
    "p23_intro_year_month": {"meta.year": 2024},  # 2025年1月，…现将我局2024年…
    "p08_email_mailbox": {"meta.contact.email": "mailbox@dhjy.gov.cn"},
    "p22_wrapped_breadcrumb": {  # a menu's 政府信息公开 / 年度报告 is no wrapped title
        "meta.title": "东湖区教育局2022年度政府信息公开工作年度报告",
        "meta.organization": "东湖区教育局",
    },
    "p09_staff_jianquanzhi": {  # 健全职责 holds no 全职
        "cell:legacy.org.staff": 3,
        "cell:legacy.org.staff_fulltime": None,
    },
    "p19_staff_per_office": {"cell:legacy.org.staff_parttime": None},  # 各科室均确定1名
    "p10_none_costs": {  # …行政诉讼和收取费用的情况: both none
        "cell:legacy.review.total": 0,
        "cell:legacy.litigation.total": 0,
    },
    "p11_gongkailan": {"cell:legacy.active.by_channel.website": 96},  # 网站信息公开栏
    "p16_subset_channel": {"cell:legacy.active.by_channel.website": 980},
    "p18_session_count": {"cell:legacy.training.meetings": 3},  # 本届领导小组召开3次会议
    "p24_received_review2": {"cell:legacy.applications.received": None},  # 申请人…复议
    "p13_dump_twopart_subtitle": {"subsections": ["强化组织领导 夯实工作基础", "主动公开"]},
    "p15_h1_spaced_yishi": {"sections": ["一", "二", "三"]},  # 一 是… is a list item
    # the second review: fixes of the first that went too far, and what they missed
    "a01_quanxian_qingkuang": {"cell:legacy.applications.received": 12},  # 关于…全县…情况的报告
    "a02_kaizhan_qingkuang": {"meta.year": 2015},  # …工作开展情况的报告
    "a03_quanxian_two_sections": {
        "meta.title": "关于2016年度全县政府信息公开工作情况的报告",
        "cell:legacy.active.by_channel.website": 2356,
    },
    "a04_kaizhan_two_sections": {"cell:legacy.active.total": 186},
    "a05_intro_jiancha": {"meta.year": 2016, "cell:legacy.active.total": 186},  # …通过检查
    "a06_intro_pinggu": {"meta.year": 2016, "cell:legacy.active.total": 186},  # …第三方评估
    "b01_yinfa_riqi": {"meta.published": "2017-03-20", "meta.year": 2016},  # 印发日期 is no 日期
    "b02_gengxin_riqi": {"meta.published": "2017-03-20"},  # nor 更新日期
    "b03_shixiao_riqi": {"meta.published": "2023-01-20"},  # nor 失效日期：长期
    "c01_compiled_weiyuanhui_office": {"meta.organization": "东湖市发展和改革委员会"},
    "c02_compiled_zhongxin_office": {"meta.organization": "东湖市公共资源交易中心"},
    "c03_compiled_benxi": {"meta.organization": "本溪市明山区人民政府"},  # 本溪 is no 本局
    "d01_wrapped_noyear": {  # a wrapped title printing no year, the year below it
        "meta.title": "东湖县农业农村局政府信息公开工作年度报告",
        "meta.organization": "东湖县农业农村局",
    },
    "d02_wrapped_year_second": {"meta.title": "东湖县农业农村局政府信息公开2022年度报告"},
    "e01_fees_none_received": {
        "cell:legacy.applications.received": 12,
        "cell:legacy.fees.amount_wan_yuan": 0,
    },
    "e02_fees_none_only": {  # 未发生…收费及减免: no fees, and no count of applications
        "cell:legacy.applications.received": None,
        "cell:legacy.fees.amount_wan_yuan": 0,
    },
    "e03_fees_none_first": {
        "cell:legacy.applications.received": 12,
        "cell:legacy.fees.amount_wan_yuan": 0,
    },
    "e04_costs_of_review": {  # …也未产生因行政复议、行政诉讼而支出的费用; then 1 and 1
        "cell:legacy.review.total": 1,
        "cell:legacy.litigation.total": 1,
        "cell:legacy.applications.answered": None,  # 经复议维持原答复；提起行政诉讼1件
    },
    "f01_dump_short_sections": {"sections": ["一", "二", "三", "四", "五", "六"]},
    "f02_dump_short_answers": {"sections": ["一", "二", "三", "四", "五", "六"]},
    "f03_dump_sub_short_sentence": {
        "subsections": ["主动公开", "依申请公开", "政府信息管理", "平台建设"]
    },
    "g01_subset_channel_category": {"cell:legacy.active.by_channel.website": None},
    "g02_newspaper_as_total": {"cell:legacy.active.total": 1365},
    "g03_received_before_applicant": {"cell:legacy.applications.received": 12},
    "h01_session_xianwei": {"cell:legacy.training.meetings": None},  # 十三届县委四次全会
    "h02_session_zhengfu": {"cell:legacy.training.meetings": None},  # 县十七届政府二次全体会议
    # the third review
    "c1_halfyear_overview": None,  # a 上半年 summary whose 概述 cites the annual report
    "c3_jiedu_two_sections": None,  # 一图读懂
    "g3_wrapped_news_accepted": None,  # a news item whose wrapped line looked like a table row
    "r2_news_shenyi": None,  # …审议了…关于2023年全市政府信息公开工作情况的报告
    "r3_firstthree_quarters": None,  # 2023年前三季度…情况的报告
    "r5_niandu_shangbannian": None,  # 2023年度上半年…
    # the wrapped prose line (…部分公开2 / 件…) is no table row; its 本年新收…申请12件 is read
    # from the text (modern_prose: no table 2 was printed)
    "g2_pdf_wrapped_prose": {"cell:applications.new_received.total": 12},
    "l1_comma_joined_dump": {  # a comma-joined one-line page is a page, not a contents line
        "sections": ["一", "二", "三", "四", "五"],
        "cell:legacy.active.total": 356,
    },
    "w1_portal_header_column": {"meta.title": "东湖县农业农村局2022年政府信息公开工作年度报告"},
    "w2_portal_header_noyear_title": {
        "meta.title": "东湖县交通运输局2022年政府信息公开工作年度报告",
        "meta.organization": "东湖县交通运输局",
    },
    "d3_xinxi_riqi": {"meta.published": "2023-01-20"},  # 信息日期
    "d5_shangwang_after": {"meta.published": "2023-01-20"},  # 上网日期
    "d6_gongbu_after": {"meta.published": "2023-01-20", "meta.issuer": "东湖县统计局"},
    "d7_luru_after": {"meta.published": "2023-01-20"},  # 录入日期
    "o1_compiled_wo_qi": {"meta.organization": None},  # 由我旗政务服务局编制
    "o2_compiled_wo_xiao": {"meta.organization": None},  # 我校
    "o3_contact_wo_qi": {"meta.organization": None},
    "n1_contact_school": {"meta.contact.office": "东湖县石门镇中心小学"},
    "n2_contact_zixuntai": {"meta.contact.office": "东湖县政务服务中心咨询台"},
    "n3_contact_kindergarten": {"meta.contact.office": "东湖县石门镇中心幼儿园"},
    "n4_contact_school_org": {"meta.organization": "东湖县石门镇中心小学"},
    "o4_compiled_bianban": {"meta.organization": "东湖县机构编制委员会办公室"},
    "o5_compiled_shianban": {"meta.organization": "东湖县食品安全委员会办公室"},
    "k1_subset_channel_gelei": {"cell:legacy.active.by_channel.website": 980},  # 各类信息
    "e1_none_apps_and_fees": {"cell:legacy.applications.received": 0},
    "e2_none_apps_and_fees2": {"cell:legacy.applications.received": 0},  # 未发生依申请公开及收费
    # the fourth review
    "g1_glued_rows": {  # 二、上年结转政府信息公开申请数量1000001: a row label holds 、
        "cell:applications.carried_over.total": 1,
        "cell:applications.results.partial.total": 1,
        "cell:applications.carried_forward.total": 0,
    },
    "k1_contents_per_line": {"sections": ["一", "二", "三", "四", "五"]},  # 四、复议、诉讼情况,
    "k2_contents_per_line_notoc": {"sections": ["一", "二", "三", "四", "五"]},
    "k3_contents_per_line": {"sections": ["一", "二", "三", "四"]},  # 二、…情况,(一)…,(二)…,
    "q4_wrapped_two_sections": {  # 关于2016年度全县政府信息公开 / 工作情况的报告
        "meta.title": "关于2016年度全县政府信息公开工作情况的报告",
        "meta.year": 2016,
    },
    "f1_fee_shouqu_received12": {"cell:legacy.applications.received": 12},
    "f2_fee_er_shouqu_nofigure": {"cell:legacy.applications.received": None},  # …而收取费用
    "f3_fee_shouqu_nofigure": {"cell:legacy.applications.received": None},  # …收取费用的情况
    "n1_contact_ju_person": {"meta.contact.office": "东湖县商务局"},  # 请与东湖县商务局王小明联系
    "n2_contact_zhongxin_person": {"meta.contact.office": "东湖县政务服务中心"},
    # blank-line dumps whose rows or paragraphs are more lines apart: no value moves column
    "t1_prose_blank_table_tight": {"cell:applications.new_received.natural_person": 4},
    "b_rowsep3": {
        "cell:applications.new_received.commercial": 1,
        "cell:applications.new_received.total": 5,
    },
    # the fifth review
    "r5_e3_received_none_nocomma_fee": {"cell:legacy.applications.received": 0},  # …也未收取
    "r5_e4_none_yishenqing_shixiang_fee": {"cell:legacy.applications.received": 0},
    "r5_g1_prose_wrapped_glued_row": {"cell:applications.results.granted.total": None},
    "r5_g2_prose_glued_in_full_report": {"cell:applications.new_received.total": 31},
    "r5_g3_prose_summary_line_full_report": {"cell:applications.new_received.total": 31},
    "r5_o1_contact_zhongxin_zhihang": {"meta.contact.office": "中国人民银行东湖市中心支行"},
    "r5_o2_contact_juchu_liangku": {"meta.contact.office": "东湖县粮食和物资储备局储备库"},
    "r5_s1_heading_comma": {"sections": ["一", "二", "三", "四", "五"]},  # 一、概述，
    "r5_s2_2023_heading_comma": {"sections": ["一", "二", "三", "四", "五", "六"]},
    "r5_w1_portal_header_year_column": {"meta.organization": "东湖县商务局"},
    "r5_w2_header_year_two_lines": {"meta.organization": "东湖县商务局"},
    "r5_w3_header_prev_year": {  # 2022年度政府信息公开 / 年度报告 over the report's own title
        "meta.title": "东湖县商务局2023年政府信息公开工作年度报告",
        "meta.year": 2023,
    },
    # the sixth review
    "r6_g_comma_other_nonzero": {  # 1.申请人无正当理由逾期不补正，行政机关不再处理…1000001
        "cell:applications.results.other.no_correction.total": 1
    },
    "r6_o_contact_person_zhixing": {"meta.contact.office": "东湖县商务局办公室"},  # 王知行
    "r6_s_toc_wrapped": {"sections": ["一", "二", "三", "四", "五"]},  # …(二)申请答 / 复情况,
    "r6_s_toc_wrapped_titled": {"sections": ["一", "二", "三", "四", "五"]},
    "r6_w_portal_header_c01": {  # a header naming no year over a title naming no body
        "meta.title": "2022年政府信息公开工作年度报告",
        "meta.organization": "东湖市发展和改革委员会",
    },
    # the seventh review: two glued rows on one line (规章000行政规范性文件317)
    "r7_g_two_rows_t1": {
        "cell:active_disclosure.regulations.in_force": 0,
        "cell:active_disclosure.normative_documents.in_force": 7,
    },
    "r7_g_two_rows_t2": {  # 行政处罚48行政强制6
        "cell:active_disclosure.punishment.decisions": 48,
        "cell:active_disclosure.coercion.decisions": 6,
    },
    # round 8 of real pages (cases written by the reviewer, names and numbers invented)
    "r8_pipe_lead_label": {
        "cell:active_disclosure.regulations.repealed": 2,
        "cell:active_disclosure.normative_documents.in_force": 6,
    },  # | 规章 / | / 1 / | / 2 …
    "r8_label_colon_definition": {
        "cell:active_disclosure.regulations.total_published": 5,
        "cell:active_disclosure.normative_documents.made": 3,
    },  # 规章:地方行政规章指…
    "r8_notice_wrapping_report": {
        "meta.title": "某镇2009年政府信息公开年度报告",
        "cell:legacy.active.total": 30,
    },  # 关于公布《…年度报告》的通知, the report below
    "r8_notice_alone": None,  # the same notice, the report only attached
    "r8_category_not_total": {
        "cell:legacy.active.total": None
    },  # 应主动公开的其他类信息6条: a category
    "r8_fees_none_charged": {
        "cell:legacy.fees.amount_wan_yuan": 0,
        "cell:legacy.applications.received": 0,
    },  # 没有向…收取…任何费用
    "r8_fees_no_items": {"cell:legacy.fees.amount_wan_yuan": 0},  # 没有任何信息公开的收费项目
    "r8_docno_empty_label": {
        "meta.doc_no": None,
        "meta.published": "2023-01-12",
    },  # 文 号: 文件分类: 所属机构:
    "r8_docno_beizhu": {"meta.doc_no": "厦某府〔2019〕7号"},  # 备注/文号:
    "r8_title_docno_signer": {
        "meta.title": "2014年某州第一中学 政府信息公开工作年度报告",
        "meta.organization": "某州第一中学",
        "meta.doc_no": "某一中 [2015] 5号",
    },  # 某一中 [2015] 5号 签发人:王某某 2014年…
    "r8_published_source_prefix": {"meta.published": "2025-01-24"},  # 发布来源:… 发布时间:…
    "r8_overview_year_runin": {
        "meta.year": 2024,
        "meta.title": None,
    },  # no title: the year opening 一、总体情况
    "r8_overview_year_subheading": {"meta.year": 2022},
    "r8_overview_year_span": {"meta.year": None},  # 2019年以来 is no year of the report
    "r8_contact_direct": {
        "meta.contact.office": "东湖经济技术开发区管委会党政办公室",
        "meta.contact.phone": "0951-1234567",
    },  # 可直接与X联系
    "r8_other_year_figure": {"cell:legacy.active.total": 206},  # 2013年…202条 in a report on 2014
    # the review of round 8's fixes (cases written by the reviewer)
    "rv8_cat_gedalei_total": {"cell:legacy.active.total": 1560},  # 各大类信息 is all of them
    "rv8_cat_zhudong_gongkai_lei": {"cell:legacy.active.total": 860},
    "rv8_cat_gezhonglei": {"cell:legacy.active.total": 860},
    "rv8_cat_gedalei_website": {"cell:legacy.active.by_channel.website": 860},
    "rv8_cat_zhengwulei_website": {"cell:legacy.active.by_channel.website": 1560},
    "rv8_fees_wuyiju": {"cell:legacy.fees.amount_wan_yuan": None},  # 无依据的收费项目: other fees
    "rv8_fees_luan_shoufei": {"cell:legacy.fees.amount_wan_yuan": None},  # 决不向企业乱收费
    "rv8_fees_no_service_items": {
        "cell:legacy.fees.amount_wan_yuan": None,
        "cell:legacy.fees.amount_yuan": 35,
    },
    "rv8_fees_not_enterprises": {
        "cell:legacy.fees.amount_wan_yuan": None,
        "cell:legacy.fees.amount_yuan": 50,
    },
    "rv8_fees_postage_only": {
        "cell:legacy.fees.amount_wan_yuan": None,
        "cell:legacy.fees.amount_yuan": 30,
    },  # 邮寄费以外的费用
    "rv8_label_colon_values": {
        "cell:active_disclosure.normative_documents.made": 2,
        "cell:active_disclosure.normative_documents.repealed": 1,
        "cell:active_disclosure.normative_documents.in_force": 15,
        "cell:active_disclosure.fees.amount_wan_yuan": 1.5,
    },  # 行政规范性文件:2 1 15
    "rv8_notice_title_no_body": {
        "meta.title": "2009年政府信息公开工作年度报告",
        "meta.organization": "某县某镇人民政府",
    },
    "rv8_title_docno_org": {
        "meta.organization": "某县教育局",
        "meta.doc_no": "某县教育局 [2020] 3号",
    },
    "rv8_fees_to_applicant": {
        "cell:legacy.fees.amount_wan_yuan": 0,
        "cell:legacy.active.total": 56,
    },  # 没有向政府信息公开申请人收费; 每一条 is no figure
    # round 9 of real pages (cases written by the reviewer, names and numbers invented)
    "r9_one_section": {
        "template": "legacy",
        "cell:legacy.applications.received": 321,
        "cell:legacy.litigation.total": 0,
    },  # one heading: no tables, a report title → legacy
    "r9_no_std_sections_short": {"template": "legacy", "cell:legacy.active.total": 58},
    "r9_title_xxgk_baogao": {"template": "legacy"},  # …年政府信息公开报告
    "r9_notice_wrapper": {
        "meta.title": "某某市2009年度政府信息公开工作年度报告",
        "cell:legacy.active.total": 1500,
    },  # 关于公布 / …年度报告的通知, no 《》
    "r9_parts_of_province": {
        "cell:legacy.active.total": None,
        "cell:legacy.applications.received": 758,
    },  # 各市(地)…21万条 is a part of the province
    "r9_period_comma": {
        "meta.period.start": "2024-01-01",
        "meta.period.end": "2024-12-31",
    },  # 自…起,至…止
    "r9_published_bare_date": {
        "meta.published": "2021-02-05",
        "meta.issuer": "某某市人民政府办公室",
    },  # 2021-02-05 17:20 来源:…
    "r9_published_runtogether_time": {"meta.published": "2021-03-30"},  # 2021-03-3017:45
    "r9_published_date_source": {
        "meta.published": "2022-01-20",
        "meta.issuer": None,
    },  # 2022年01月20日来源:1
    "r9_published_fabiao": {"meta.published": "2021-03-16"},  # 发表时间:
    "r9_published_after_source": {
        "meta.published": "2016-02-03",
        "meta.issuer": "办公厅",
    },  # 文章来源:… 发布时间:…
    "r9_meta_pipe_empty_after_index": {
        "meta.index_no": "330799ZF000000/2023-12345",
        "meta.doc_no": None,
    },  # 文件编号: empty
    "r9_index_pipe_fawenshijian": {
        "meta.index_no": "640499000/2020-00007",
        "meta.published": "2020-01-21",
    },  # 发文时间
    "r9_issuer_trailing_label": {"meta.issuer": "某某县政府办公室"},  # 文字大小:
    "r9_title_leading_year": {
        "meta.organization": "某某县某某乡",
        "meta.year": 2024,
    },  # 2024某某县某某乡2024年度…
    "r9_title_doubled": {"meta.title": "某某县开发区2019年政府信息公开工作年度报告"},
    "r9_org_guanweihui": {
        "meta.organization": "高新区管委会"
    },  # …管委会党政办公室 → 管委会, not 管委
    "r9_website_byline": {"meta.website": "www.mouprov.gov.cn"},  # a news byline site
    "r9_website_menhu": {"meta.website": "http://www.moushi.gov.cn"},  # 门户(http://…)
    "r9_active_fabu_zongliang": {
        "cell:legacy.info.total": None
    },  # 主动发布信息总量 is not all information made
    "r9_review_litig_zero": {
        "cell:legacy.review.total": 0,
        "cell:legacy.litigation.total": 0,
        "cell:legacy.fees.amount_wan_yuan": 0,
    },
    "r9_withheld_none": {
        "cell:legacy.info.withheld": 0,
        "cell:legacy.applications.received": 0,
    },  # 也无不予公开信息的情况发生
    "r9_fax_labels": {
        "meta.contact.office": "某某区人民政府办公室",
        "meta.contact.fax": "84550001",
    },  # 请联系:X(电话…, 传真号码:
    "r9_office_paren": {
        "meta.contact.office": "某某州人民政府信息公开工作机构(州人民政府电子政务办公室)"
    },
    "r9_fax_paren": {
        "meta.contact.fax": "82750002",
        "meta.contact.phone": "82750001",
    },  # 82750002(传真)
    "r9_joint_review_nonzero": {
        "cell:legacy.review.total": None,
        "cell:legacy.litigation.total": None,
    },  # a joint count above 0 cannot be split
    "r9_short_name_office": {
        "meta.contact.office": "柳江区教育局办公室"
    },  # (以下简称…) inside the office
    "r9_meta_label_value_lines": {
        "meta.title": "某某县农业农村局2022年政府信息公开工作年度报告",
        "meta.index_no": "000099999/2023-00042",
        "meta.issuer": "某某县农业农村局",
        "meta.doc_no": None,
        "meta.published": "2023-01-18",
    },  # • 索引号 / its value on the next line; a menu title naming no year
    "r10_extra_row_other_docs": {
        "cell:active_disclosure.normative_documents.total_published": 88,
        "cell:active_disclosure.licensing.decisions": 0,
        "warning:ROW_UNKNOWN": True,
    },  # 其他主动公开文件 | 41 | 33 | 205: named, and the table goes on
    # the review of rounds 8–9 (cases written by the reviewer)
    "rv9_header_date_year": {
        "meta.published": "2020-01-20",
        "meta.year": 2019,
    },  # a page header date is no publication date
    "rv9_sidebar_list_date": {"meta.published": "2024-01-18"},
    "rv9_written_date_under_title": {
        "meta.published": "2024-01-28"
    },  # the label wins over a date under the title
    "rv9_sectionless_signature": {"meta.published": None},  # a signature date
    "rv9_byline_source_counter": {"meta.issuer": "某某市人民政府办公室"},
    "rv9_byline_source_benzhan": {"meta.issuer": None},
    "rv9_byline_source_news": {
        "meta.issuer": "某某县人民政府办公室"
    },  # 发布机构 wins over a byline 来源
    "rv9_label_alone_orgline": {"meta.doc_no": None, "meta.organization": "某某县农业农村局"},
    "rv9_label_alone_intro": {"meta.doc_no": None, "meta.organization": "某某县农业农村局"},
    "rv9_title_noyear_related": {
        "meta.title": "某某县教育局政府信息公开工作年度报告"
    },  # a related link is another body
    "rv9_office_keyi_body": {
        "meta.contact.office": "某某县人民政府办公室",
        "meta.organization": "某某县人民政府",
    },  # 可与相关业务科室直接联系
    "rv9_office_paren_phone": {"meta.contact.office": "县政府信息公开办公室"},
    "rv9_docno_abbrev": {"meta.organization": "某某县人民政府", "meta.doc_no": "县政办〔2020〕3号"},
    "rv9_overview_year_history": {"meta.year": None},  # 2018年 in a second paragraph is history
    "rv9_period_campaign": {"meta.period": None},  # a campaign span is no period
    "rv9_website_download": {
        "meta.website": "www.mgtzy.com"
    },  # the site the report is downloaded from
    "rv9_tongbao": None,  # …2014年政府信息公开报告审查情况通报
    "rv9_news_award": None,
    "rv9_zongjie_mentions": None,
    "rv9_notice_attachment": None,  # the report only attached
    "rv9_legacy_colon_lines": {
        "template": "legacy",
        "cell:legacy.active.total": 210,
    },  # 行政复议:1 in a legacy report
    "rv9_joint_each": {"cell:legacy.review.total": 1},  # 各1件
    "rv9_joint_fenbie": {"cell:legacy.review.total": 2},  # 分别为2件和1件
    "rv9_newspaper_fabu": {"cell:legacy.active.total": 1300},  # 《某某日报》主动发布45条
    "rv9_withheld_qucheck": {"cell:legacy.info.withheld": 2},  # 确保网上无不予公开信息
    "rv9_cat_zhengwulei": {"cell:legacy.active.total": None},  # 政务类信息 is one kind
    "rv9_gequ_region": {"cell:legacy.active.total": 350},  # 各市场监管所 is no 各市
    "rv9_fees_applicant_units": {"cell:legacy.fees.amount_wan_yuan": 0},
    "rv9_fees_dangshiren": {"cell:legacy.fees.amount_wan_yuan": 0},
    "rv9_fees_no_items": {
        "cell:legacy.fees.amount_wan_yuan": 0
    },  # 没有设立任何收费项目 under the fees heading
    "r10_meta_dash_bullets": {
        "meta.index_no": "mmxrmzf/2026-00042",
        "meta.issuer": "某某县人民政府",
        "meta.published": "2026-02-11",
    },  # - 索引号: …
    "r10_pipe_meta_empty_cells": {
        "meta.index_no": None,
        "meta.doc_no": None,
    },  # | 索引号: | 公开形式: |
    "r10_contact_lianluo": {"meta.contact.office": "青松镇人民政府政务办公室"},  # 联络
    "r10_website_zhuanlan": {"meta.website": "http://www.mouqu.gov.cn/zfxxgk/ndbg/nlist.htm"},
    "r10_published_spaced_date": {"meta.published": "2021-01-22"},  # 2021- 01- 22
    "r10_year_mangled_period": {
        "meta.year": 2023,
        "meta.period.start": "2023-01-01",
        "template": "unknown",
    },  # 20231月1日至12月31日
    "r10_published_byline_site": {"meta.published": "2025-01-22"},
    "r10_issuer_label_nextline": {"meta.issuer": "市青松中心", "meta.published": "2025-01-21"},
    "r10_org_intro_title": {"meta.organization": "青松县白石苗族乡"},  # 特编制…乡2024年…年度报告
    "r10_org_abbrev": {"meta.organization": "青松自治旗文化事务委员会"},  # (以下简称旗文委)
    "r10_tw_dangan": {
        "cell:active_disclosure.normative_documents.total_published": 19
    },  # 規範性檔案: a mirror's Taiwan phrase for 文件
    # the third review (cases written by the reviewer)
    "rv10_notice_attach_inline": {"template": "2021"},  # the report under 附件 on the page
    "rv10_notice_attach_legacy": {"cell:legacy.active.total": 1260},
    "rv10_intro_benju": {"meta.organization": "青山区交通运输局"},  # 现公布本局2021年…: no name
    "rv10_intro_woxian": {"meta.organization": "青山县人民政府"},
    "rv10_title_noparen": {
        "cell:active_disclosure.licensing.made": None
    },  # 第二十条第五项 without parentheses
    "rv10_note_blanks": {"warning:ROW_UNKNOWN": False},  # a note with blank cells only
    "rv10_sec3_pipe": {"warning:ROW_UNKNOWN": False},
    "rv10_t2_colon": {
        "cell:applications.new_received.natural_person": 10
    },  # table-2 rows label:values
    "rv10_twoline_title_date": {"meta.published": "2022-01-20"},
    "rv10_wrapped_title_date": {"meta.published": "2022-01-20"},
    "rv10_title_twice_date": {"meta.published": "2022-01-20"},
    "rv10_breadcrumb_date": {"meta.published": "2022-01-20"},
    "rv10_site_header_date": {"meta.published": None},  # …门户网站 2024-05-10: a header
    "rv10_alone_issuer_banshichu": {"meta.issuer": "青山区青山街道办事处"},
    "rv10_alone_issuer_gonghui": {"meta.issuer": "青山区总工会"},
    "rv10_alone_index_space": {"meta.index_no": "11330100MB1234567X / 2022-00042"},
    "rv10_topic_alone_wu": {"meta.topic": None},
    "rv10_period_comma_campaign": {
        "meta.period.start": "2021-01-01",
        "meta.period.end": "2021-12-31",
    },
    "rv10_period_comma_noqi": {"meta.period.start": "2021-01-01"},
    "rv10_site_body_download": {"meta.website": "http://www.qingshan.gov.cn"},
    "rv10_ke_lianxi": {"meta.contact.office": "青山区交通运输局办公室"},  # 可联系X办公室
    "rv10_docno_issuer": {"meta.organization": "青山区教育局"},
    "rv10_noyear_shortform": {"meta.title": "青山区教育局2021年政府信息公开工作年度报告"},
    "rv10_noyear_portal_gov": {"meta.title": "青山区教育局2021年政府信息公开工作年度报告"},
    "rv10_overview_comma_sub": {"meta.year": 2021},
    "rv10_overview_long_sub": {"meta.year": 2021},
    "rv10_yearfirst_longbody": {"template": "legacy"},
    "rv10_title_quanwen": {"template": "legacy"},  # (全文)
    "rv10_fabu_total": {"cell:legacy.active.total": 236},  # 全年共主动发布
    "rv10_withheld_plain": {"cell:legacy.info.withheld": 0},  # 没有不予公开的政府信息
    "rv10_each0": {"cell:legacy.review.total": 0, "cell:legacy.litigation.total": 0},
    "rv10_fenbie00": {"cell:legacy.review.total": 0, "cell:legacy.litigation.total": 0},
    "rv10_gonggong": {"cell:legacy.active.total": 300},  # 公共服务类 is a kind
    "rv10_dangshiren_land": {
        "cell:legacy.fees.amount_wan_yuan": None
    },  # 当事人 of a land registration
    "rv10_marked_fax_intro": {"meta.contact.fax": "0551-1234568"},
    # the fourth review (cases written by the reviewer)
    "rv11_legacy_colon_t2": {
        "template": "legacy",
        "cell:legacy.active.total": 520,
    },  # 予以公开:8 in legacy prose
    "rv11_gong_channel": {"cell:legacy.active.total": 213},  # 简报共主动发布…45条 is a channel
    "rv11_budget_title": None,  # …部门预算和三公经费预算信息公开报告
    "rv11_fenbie_01": {
        "cell:legacy.review.total": 0,
        "cell:legacy.litigation.total": 1,
    },  # 分别为0件和1件
    "rv11_intro_quanjiao": {"meta.organization": "全椒县"},  # 全椒县 is a place
    "rv11_intro_benxi": {"meta.organization": "本溪市"},
    "rv11_kelianxi_body": {"meta.contact.office": "青山县人力资源和社会保障局办公室"},
    "rv11_period_campaign_first": {
        "meta.period.start": "2018-01-01",
        "meta.period.end": "2018-12-31",
    },
    "rv11_t1_blank_row": {
        "cell:active_disclosure.normative_documents.in_force": 12,
        "warning:ROW_UNKNOWN": False,
    },  # a blank row of no item
    "rv11_website_far": {"meta.website": "www.qsgk.cn"},
    "rv11_withheld_review": {
        "cell:legacy.info.withheld": None
    },  # 发布的信息中没有不予公开的: a check
    "rv11_fenbie_21": {
        "cell:legacy.review.total": 2,
        "cell:legacy.litigation.total": 1,
    },  # 分别为2件和1件
    # the fifth review (cases written by the reviewer)
    "rv12_self_jiguan": {"meta.organization": "青山县自然资源局"},  # 特编制本机关2023年…
    "rv12_self_wosheng": {"meta.organization": "青山县自然资源局"},
    "rv12_web_nongov": {"meta.website": "www.qingshan.cn"},  # 本报告…在…网(www.x.cn)公布
    "rv12_office_keyu": {
        "meta.contact.office": "青山县民政局办公室"
    },  # the introduction's 可与 before the body's 直接与
    # round 11 of real pages
    "r11_title_niandu_gongzuo": {
        "meta.title": "甲乡2019年政府信息公开年度工作报告",
        "meta.organization": "甲乡",
        "meta.year": 2019,
    },  # …信息公开年度工作报告
    "r11_title_niandu_gongzuo2": {"meta.organization": "乙乡人民政府", "meta.year": 2019},
    "s7_next_year_dates": {
        "cell:legacy.active.total": 156,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # a clause of next year's dates before the figure (在2010年1月至3月，又…24余条)
    "s7_title_toolbar": {
        "meta.title": "东川市白沙区人民政府2020年政府信息公开工作年度报告",
        "meta.year": 2020,
    },  # …年度报告 字号:T|T 保护视力色: 杏仁黄 … 【关闭窗口】 on the title's line
    "s7_title_byline": {
        "meta.title": "东川市白沙区人民政府2020年政府信息公开工作年度报告",
        "meta.published": "2021-01-25",
        "preamble": "",
    },  # …年度报告 发布时间:2021-01-25 来源:… on the title's line
    "r12_other_year_alone": {
        "cell:legacy.active.total": None,
        "cell:legacy.active.by_channel.website": None,
        "cell:legacy.applications.received": 0,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 2010年我镇主动公开…30条 in a report on 2009: that year's, named
    "r12_category_lei": {
        "cell:legacy.active.total": 80,
        "cell:legacy.consultations": None,
    },  # 问题咨询类20条 is a category of the information published
    "r12_modern_headings_2012": {
        "template": "legacy",
        "cell:legacy.active.total": 40,
        "cell:legacy.applications.received": 3,
        "cell:legacy.review.total": 1,
    },  # a 2012 report with the 2019 headings: its prose is read
    "r12_counter_qi": {
        "cell:legacy.applications.received": 7,
        "cell:legacy.review.total": 2,
    },  # 收到7起…申请, 行政复议案共2起
    "r12_chu_wei_ling": {
        "cell:legacy.org.query_points": 2,
        "cell:legacy.applications.received": 0,
        "cell:legacy.fees.amount_wan_yuan": 0,
    },  # 两处公开查询点; …依申请办理事项为零; 收费和减免为零
    "r12_own_name_street": {
        "cell:legacy.active.total": 300,
        "cell:legacy.active.by_channel.wechat": 120,
        "cell:legacy.applications.received": 4,
        "cell:legacy.review.total": 2,
    },  # 青禾街道共收到… in 青禾街道's own report: the body itself, not a part
    "r12_org_renmin": {
        "meta.organization": "禾县人民政府",
        "meta.year": 2015,
    },  # 2015年禾县人民政府信息公开年度报告: 人民 + 政府信息公开 share 政府
    "r12_compiled_by_town": {
        "meta.organization": "青禾镇",
        "meta.year": 2009,
    },  # 由青禾镇编制的…报告, before the contact office's body
    "r12_year_after_lead": {
        "meta.year": 2010,
        "cell:legacy.active.total": 175,
    },  # 根据《条例》要求,2010年,我局… opens the overview
    "r12_year_no_comma": {
        "meta.year": 2019
    },  # 2019年我局政府信息公开工作… (no comma after the year)
    "r12_published_xinxi": {"meta.published": "2019-03-13"},  # 信息发布时间:2019-03-13
    "r12_meta_download_row": {
        "meta.title": "青禾市政府办公室2014年政府信息公开年度报告",
        "meta.doc_no": None,
        "meta.index_no": "000000001/2015-00001",
    },  # 文件下载 | X报告.doc row; 文号 | 关键词 | (an empty value)
    "r12_meta_header_row": {
        "meta.index_no": "000000000000000001/2010-00001",
        "meta.issuer": "青禾区禾木镇人民政府",
    },  # a row of labels, their values on the next row
    "r12_office_zhidian": {
        "meta.contact.office": "青禾区人民政府信息公开办公室"
    },  # 可致电<office>,电话:
    "r12_office_lianxi_colon": {
        "meta.contact.office": "青禾县人民政府办公室信息室"
    },  # 请联系:<office ending in 室>,
    "r12_quoted_title_vs_period": {
        "meta.year": 2021
    },  # 《青禾镇2020年…年度报告》 named by the introduction, period and overview 2021: the year is 2021 and Y1 names the title's 2020
    "r12_fee_typo": {
        "cell:active_disclosure.fees.amount_wan_yuan": 3.5
    },  # 行政事业型收费 (型 for 性)
    "r12_unknown_row_after_header": {
        "cell:active_disclosure.fees.amount_wan_yuan": None,
        "warning:ROW_UNKNOWN": True,
    },  # a row of no standard item right under a sub-table's header is named, not taken as a column
    "r12_cut_after_overview": {
        "meta.year": 2021,
        "warning:TABLES_NOT_FOUND": True,
    },  # 本报告…六部分 + a whole 2021 period + 一、概述, the page cut there: a report, its tables missing
    "s7_doc_no_line": {
        "meta.doc_no": "东政办〔2021〕5号",
        "meta.year": 2020,
    },  # a red-headed document's number and signer on a line above the title
    "s7_www_space": {
        "meta.website": "www.qinghe.gov.cn"
    },  # www. qinghe.gov.cn (a space after www.)
    "s7_part_headings": {
        "sections": ["一", "二", "三"],
        "meta.year": 2020,
    },  # 第一部分 总体情况 / 第二部分 …: sections and the overview's year
    "rv13_t1_unit_row": {
        "cell:active_disclosure.normative_documents.made": 2,
        "cell:active_disclosure.normative_documents.in_force": 2,
    },  # a unit row | (件) | (件) | (件) | under table 1's header
    "rv13_t1_split_header": {
        "cell:active_disclosure.normative_documents.made": 3,
        "cell:active_disclosure.normative_documents.total_published": 12,
    },  # 本年新 / 制作数量 on two rows
    "rv13_weiling_rates": {
        "cell:legacy.applications.received": 13,
        "cell:legacy.litigation.total": 2,
    },  # 差错率为零, 败诉率为零 are rates, not counts
    "rv13_weiling_rates2": {
        "cell:legacy.applications.received": None,
        "cell:legacy.review.total": None,
        "cell:legacy.litigation.total": None,
    },  # 超期答复…为零, 纠错率为零, 败诉率为零
    "rv13_compare_clause": {
        "cell:legacy.active.total": 156,
        "cell:legacy.applications.received": 3,
    },  # 与2008年相比，全年共主动公开…: the report year's
    "rv13_base_year_mid": {
        "cell:legacy.active.total": 156
    },  # 2009年，我局在2008年工作的基础上…156条
    "rv13_since_date": {"cell:legacy.active.total": 156},  # 于2008年10月开通专栏，今年…
    "rv13_year_mid": {"cell:legacy.active.total": 156},  # 县政府2008年底印发的目录，全年…
    "rv13_law_year": {"cell:legacy.active.total": 220},  # (2008年修订)…220条
    "rv13_year_from_date": {
        "cell:legacy.active.total": 88
    },  # the year guessed from the date (2010), every figure of 2009: kept
    "rv13_category_total": {
        "cell:legacy.active.total": 320
    },  # 政务类、业务类和服务类320条: all of them
    "rv13_office_chu": {
        "cell:legacy.org.query_points": None,
        "warning:PROSE_FIGURES_UNKEYED": False,
    },  # 秘书三处, 秘书二处: offices, not places
    "rv13_yiqi_together": {
        "cell:legacy.review.total": 1,
        "cell:legacy.litigation.total": 2,
        "warning:PROSE_FIGURES_UNKEYED": False,
    },  # 与…一起研究 (together); 行政复议一起 (a count)
    "rv13_xinfang": {
        "cell:legacy.complaints": None
    },  # 信访投诉4起 are petitions, not disclosure complaints
    "rv13_street_centre": {
        "cell:legacy.active.total": 300
    },  # 街道社区服务中心…40条 is a part of the street office
    "rv13_compiled_by_each": {
        "meta.organization": None
    },  # 各乡镇年度报告由各乡镇编制 names no body
    "rv13_year_line_generic": {
        "meta.title": "政府信息公开工作年度报告",
        "meta.year": 2020,
    },  # a bare 2021 line above a generic title
    "rv13_quoted_nianbao": {
        "meta.year": 2019
    },  # 《…2019年政府信息公开年报》 in the introduction, a 2021 date
    "rv13_quoted_nianbao_nodate": {"meta.year": 2019},  # the same, no date
    "rv13_fazhi_report": None,  # a 法治政府建设年度报告: not a disclosure report
    "r13_prev_report_title": {
        "meta.year": 2022
    },  # 公开发布《…2021年…年度报告》 in a report on 2022
    "r13_overview_only": {
        "template": "unknown",
        "warning:TABLES_NOT_FOUND": True,
    },  # a page cut to 一、总体情况 with the five standard subsections
    "r13_parts_of_unread_total": {
        "cell:legacy.consultations": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 咨询75,其中:咨询电话接听50次,当面受理咨询25次: the parts of a total printed without its unit
    "r13_period_tiaoli": {
        "meta.period.start": "2009-01-01",
        "cell:legacy.active.total": 120,
    },  # 自2009年1月1日《条例》实施之日起,至2009年12月31日止
    "r13_first_year_2008": {
        "meta.year": 2008,
        "cell:legacy.active.total": 120,
    },  # the first year's period, 2008年5月1日至12月31日: a report
    "r13_office_address_paren": {
        "meta.contact.office": "青禾市公安局",
        "meta.organization": "青禾市公安局",
    },  # 请与X(地址:…;电话:…)联系
    "r13_office_xiangqing": {"meta.contact.office": "青禾市公安局政务公开办公室"},  # 详情与X联系
    "r13_org_paren": {"meta.organization": "工业园区(青禾街道)"},  # a body named with a parenthesis
    "r13_t1_split_header": {
        "cell:active_disclosure.normative_documents.made": 4
    },  # 本年新 / 制作数量 on separate lines (a crawler's dump)
    "r13_intro_xianjiang": {
        "meta.organization": "东川区南关街道办事处",
        "meta.year": 2024,
    },  # 现将X2024年度政府信息工作年度报告予以公开
    "r14_title_head_guanweihui": {
        "meta.organization": "甲乙区行政服务中心管委会",
        "meta.year": 2020,
    },  # …管委会2020年 / 政府信息公开工作年度报告
    "r14_title_head_jiedao": {
        "meta.organization": "丙丁街道"
    },  # …街道2023年 / 政府信息公开工作年度报告
    "r14_index_gongkaifenlei": {
        "meta.index_no": "001234567/2023-100200"
    },  # 索 引 号 | … | 公开分类 | |
    "r14_byline_zuozhe": {"meta.published": "2025-02-06"},  # 作者: 来源: 发布时间:2025-02-06 10:37
    "r14_title_bar": {
        "meta.title": "甲乙省文化厅2021年政府信息公开工作年度报告"
    },  # …年度报告 - 政府信息公开年报 - 甲乙省文化厅 (a browser's title bar)
    "r14_jiedu_first_line": None,  # 文字解读:…年度报告: an interpretation, not the report
    "r14_yixiang": {
        "cell:legacy.active.total": None,
        "cell:legacy.applications.received": 2,
    },  # 作为一项常态工作: no count
    "r14_oneline_short": {
        "meta.title": "2011年青禾区卫生局政府信息公开年报",
        "cell:legacy.active.total": 54,
        "cell:legacy.applications.received": 3,
    },  # a short report on one line, its title first
    "r14_year_bounded": {
        "cell:legacy.active.by_channel.website": 506,
        "cell:legacy.applications.received": 3,
        "cell:legacy.consultations": 40,
    },  # 2015年1月至今, 截至…,2015年度共, 2015年度累计: the year's own
    "r14_mixed_complaints": {
        "cell:legacy.active.by_channel.website": 2625,
        "cell:legacy.consultations": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 各类投诉咨询310件: complaints and consultations together
    "r14_org_office_dangzhengban": {
        "meta.organization": "青禾乡"
    },  # 请与青禾乡党政办联系: the body is 青禾乡
    "r14_office_space_paren": {
        "meta.contact.office": "青禾县青禾镇人民政府办公室"
    },  # 请联系X办公室 (联系电话…)
    "r14_staff_each": {
        "cell:legacy.org.staff_fulltime": 1,
        "cell:legacy.org.staff_parttime": 1,
    },  # 专职与兼职人员各一人
    "r14_chu_before": {
        "cell:legacy.org.query_points": None
    },  # 申请受理窗口1处, 公共查阅室1处: places, named
    "r14_heading_gap": {
        "cell:legacy.applications.received": 2,
        "warning:PROSE_FIGURES_UNKEYED": False,
    },  # 一 → 三: the plans of 四 are not facts
    "rv14_apps_parts_nounit": {
        "cell:legacy.applications.received": None
    },  # 受理申请总数：12，其中当面申请5件…: the parts keep their keys
    "rv14_prev_year_midclause": {
        "cell:legacy.active.total": 150
    },  # 我局2009年共主动公开…120条，2010年共主动公开…150条 in a report on 2010
    "rv14_work_summary": None,  # a 政务公开工作总结 cut to an overview with the standard subsections
    "rv14_legacy_cut_many": {
        "cell:legacy.active.total": 86
    },  # no title, the 条例 and a 2009 period, four sections of its own
    "rv14_weiling_list": {
        "cell:legacy.review.total": 0,
        "cell:legacy.litigation.total": 0,
    },  # 依申请公开逾期答复、行政复议、行政诉讼数量均为零
    "rv14_since_year_none": {
        "cell:legacy.review.total": 0,
        "cell:legacy.litigation.total": 0,
        "cell:legacy.applications.received": 0,
    },  # 2008年以来，…未收到; 2008年《条例》实施后，…未发生 in a report on 2009
    "rv14_noyear_subsections": {
        "cell:legacy.active.total": 186
    },  # a legacy report with no year and subsections 加强平台建设, 强化监督保障
    "rv14_quoted_overview_year": {
        "meta.year": 2020
    },  # the introduction's 《…2020年…》 over an overview opening 2019年，新修订的《条例》…
    "rv14_chu_after": {"cell:legacy.org.query_points": 2},  # 设立…查阅点2处
    "rv14_yiqi_paren": {"cell:legacy.litigation.total": 1},  # 行政诉讼一起（已结案）
    "rv14_street_jinnian": {"cell:legacy.applications.received": 4},  # 街道今年受理…申请4件
    "rv14_xinfang_disclosure": {"cell:legacy.complaints": 2},  # 涉及政府信息公开工作的信访投诉2件
    "rv14_title_digit_line": {
        "meta.year": 2020,
        "meta.organization": "青禾县卫生健康委员会",
    },  # 青禾县卫生健康委员会2020 / 政府信息公开工作年度报告
    "rv14_office_women": {"meta.contact.office": None},  # 详情与我们联系
    "r15_category_after_qizhong": {
        "cell:legacy.active.total": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 其中，业务工作类信息主动公开80条: a category
    "r15_tab_rows": {
        "cell:active_disclosure.normative_documents.made": 2,
        "cell:active_disclosure.normative_documents.in_force": 9,
    },  # rows with tab-separated cells
    "r15_stats_without_groups": {
        "cell:legacy.active.total": 120,
        "cell:legacy.applications.received": 7,
    },  # a 统计表 without its group rows
    "r15_stats_benian_leiji": {
        "cell:legacy.extra.主动公开信息数": 120
    },  # 指标名称 | 计量单位 | 本年累计: read (as rows of no national key)
    "rv15_nav_jiedu": {
        "template": "2021"
    },  # a menu item 政策解读 above a whole report: not NOT_A_REPORT
    "rv15_weiling_before": {
        "cell:legacy.applications.received": 13,
        "cell:legacy.review.total": 2,
        "cell:legacy.litigation.total": 1,
    },  # 超期答复的申请为零, 被纠错的…复议案件为零: not counts of cases
    "rv15_statement_year_nei": {
        "cell:legacy.applications.received": 5,
        "cell:legacy.review.total": 2,
    },  # 2009年内，我局未收到… in a report on 2010
    "rv15_xinfang_consult": {"cell:legacy.consultations": 320},  # 信访等渠道接受群众咨询320人次
    "rv15_mixed_label": {
        "cell:legacy.consultations": 180,
        "cell:legacy.applications.by_channel.online": 6,
    },  # 咨询投诉热线接受群众咨询180人次
    "rv15_single_part": {"cell:legacy.consultations": None},  # 咨询总数45，其中网上咨询30次
    "rv15_yixiang_count": {
        "cell:legacy.applications.received": 1,
        "cell:legacy.review.total": 1,
    },  # 受理…申请一项, 行政复议一项
    "rv15_yiqi_together": {"cell:legacy.complaints": None},  # 对…投诉一起会商处理 (together)
    "rv15_chu_office": {"cell:legacy.org.query_points": None},  # 查阅点设在委办公室二处
    "rv15_contents_line": {
        "cell:legacy.active.total": 156,
        "sections": ["一", "二", "三", "四"],
    },  # 全文包括：一、概述；二、…: a list of contents, not headings
    "rv15_fazhi_tiaoli": None,  # a 法治政府建设年度报告 citing the 条例
    "rv15_base_year": {
        "cell:legacy.active.total": 156
    },  # 在2009年公开工作的基础上全年共主动公开…156条
    "rv15_quoted_lastyear": {
        "meta.year": 2021
    },  # 对照《…2020年…年度报告》中提出的…: last year's report
    # 现将经局党组会议审议通过的2021年度…报告 names no body; the overview's 2021年,青山区人民政府… does
    "rv15_xianjiang_junk": {"meta.organization": "青山区人民政府"},
    "r16_hot_topic_request": {
        "cell:legacy.applications.received": None
    },  # 未接到公众关注热点或重大舆情回应的申请: not disclosure applications
    "r16_qizhong_part_of_unread": {
        "cell:legacy.active.total": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 发布各类…信息356条,其中,通过县政务网主动公开政务信息28条
    "r16_address_paren": {"meta.contact.address": "白石乡白石村二组"},  # 地址:…(电话:…;电子邮箱:…)
    "r16_index_bumen": {
        "meta.index_no": "QH0001/2022-00001",
        "meta.issuer": "白石乡",
    },  # 索引号: | X | 部门: | Y |
    "r16_period_shi": {"meta.period.start": "2022-01-01"},  # 自2022年1月1日始至…止
    "rv16_chaoshi_weiling": {
        "cell:legacy.applications.received": 12
    },  # 全年依申请公开答复超时为零 then 受理…申请12件
    "rv16_tousu_weiling": {"cell:legacy.applications.received": 12},  # 因…申请引发的投诉为零
    "rv16_buyu_weiling": {"cell:legacy.applications.received": 12},  # 全年不予公开的申请为零
    "rv16_fuyi_chexiao": {"cell:legacy.review.total": 2},  # 行政复议被撤销、变更的为零
    "rv16_yixiang_before": {"cell:legacy.applications.received": 1},  # 共受理一项政府信息公开申请
    "rv16_contents_short": {
        "cell:legacy.applications.answered": 12,
        "cell:legacy.applications.answers.granted": 9,
    },  # a contents list 一、概述；二、… in a short introduction
    "rv16_zixun_tousu_gong": {
        "cell:legacy.consultations": 210
    },  # 咨询、投诉共230人次，其中咨询210人次: the mixed total no key's, its 咨询 part the consultations
    "rv16_zhuanjianzhi": {
        "cell:legacy.org.staff_fulltime": 1,
        "cell:legacy.org.staff_parttime": 1,
    },  # 专兼职工作人员各1名
    "rv16_stats_groups_worded": {
        "cell:legacy.active.total": 642,
        "cell:legacy.applications.received": 14,
    },  # 统计表 groups worded 一、主动公开政府信息情况
    "r15_normative_lei": {
        "cell:legacy.active.normative_docs": 319
    },  # 其中发布规范性文件类319条: the normative documents' count, not a category
    "rv17_shuli_qizhong": {
        "cell:legacy.active.total": 156
    },  # 共梳理政府信息180条，其中主动公开政府信息156条
    "rv17_jiedai_qizhong": {
        "cell:legacy.applications.received": 12
    },  # 共接待…来访来电350人次，其中受理…申请12件
    "rv17_zixun_qizhong": {
        "cell:legacy.consultations": 320
    },  # 共接待群众来访500人次，其中接受…咨询320人次
    "rv17_zero_then_2009": {
        "cell:legacy.review.total": 0
    },  # 未发生…复议 then 2009年…复议1件 (another year's)
    "rv17_zero_then_cum": {
        "cell:legacy.applications.received": 0
    },  # 未收到…申请 then 《条例》实施以来共受理…3件
    "rv17_zero_then_other_body": {
        "cell:legacy.applications.received": 0
    },  # 未收到 then 县政府办公室共受理…3件
    "rv17_sub_yi_under_apps": {
        "cell:legacy.applications.answered": 12,
        "cell:legacy.applications.answers.granted": 9,
    },  # 一、申请情况 / 二、答复情况 inside 三、依申请公开
    "rv17_weishoudao_jianyi": {"cell:legacy.applications.received": 0},  # 未收到…申请和意见建议
    "rv17_weishoudao_huiying": {
        "cell:legacy.applications.received": 0
    },  # 未收到需要答复回应的…申请
    "rv17_staff_per_unit": {
        "cell:legacy.org.staff_fulltime": None
    },  # 各科室配备专兼职信息员各1名，共12名
    "rv17_yinfa_weiling": {
        "cell:legacy.review.total": 0,
        "cell:legacy.litigation.total": 0,
    },  # 因…引发的行政复议、行政诉讼均为零
    "rv17_bei_shenqing": {"cell:legacy.review.total": 0},  # 被申请行政复议为零
    "rv18_weixin_zixun": {
        "cell:legacy.consultations": 265
    },  # 共接待群众来访500人次，其中通过微信接受…咨询265人次
    "rv18_xinhan_weiling": {
        "cell:legacy.applications.received": 14,
        "warning:PROSE_FIGURES_DIFFER": False,
    },  # 其中…信函申请为零: one kind of applications
    "rv18_buyu_gap": {
        "cell:legacy.applications.received": 14,
        "warning:PROSE_FIGURES_DIFFER": False,
    },  # 对申请不予公开的为零
    "rv18_zeling_fuyi": {
        "cell:legacy.review.total": 1,
        "warning:PROSE_FIGURES_DIFFER": False,
    },  # 被责令重新答复的复议案件为零
    "rv18_jianyi_then_apps": {
        "cell:legacy.applications.received": 0
    },  # 未收到…意见建议及政府信息公开申请
    "rv18_redian_apps": {
        "cell:legacy.applications.received": 0
    },  # 未收到有关社会热点问题的咨询和政府信息公开申请
    "r17_list_items": {
        "cell:legacy.active.total": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 主动公开了权力清单及行政审批许可事项87件: items of a list
    "r17_fees_dui_gongzhong": {
        "cell:legacy.fees.amount_wan_yuan": 0
    },  # 未对公众提出依申请公开收取任何费用
    "r17_column_line": {"meta.year": 2024},  # a portal column 信息公开 above the report
    "r17_qingkuang_baogao": {
        "meta.title": "2008年度青山市粮食局政府信息公开情况报告",
        "meta.year": 2008,
    },  # 2008年度…政府信息公开情况报告
    "r17_own_wording_two": {
        "sections": ["一", "二", "三", "四"],
        "cell:legacy.active.total": 42,
    },  # 一、加强组织领导 / 二、信息公开主要工作 / 三、依申请公开情况: two sections of the report's own wording
    "rv19_cut_overview_fangmian": {
        "meta.year": 2023,
        "warning:TABLES_NOT_FOUND": True,
    },  # a page cut to 一、总体情况, subsections …方面, citing the 条例
    # label rows, then 一、总体情况 citing the 条例 under subsections of its own wording and no
    # section on disclosure: a work summary cut to its body reads the same (refused)
    "rv19_cut_overview_label_rows": None,
    "rv19_cut_two_sections": {
        "meta.year": 2022,
        "sections": ["一", "二"],
        "meta.organization": "青川市航道事务中心",
    },  # 一、总体情况 + 二、主动公开情况。, no title
    "rv19_cut_overview_no_regulation": None,  # a work summary cut to 一、总体情况, no 条例
    "r18_cut_after_t1_title": {
        "meta.year": 2024,
        "template": "2021",
        "sections": ["一", "二"],
    },  # overview subsections 依申请公开办理情况, 政府信息资源管理情况, 政府信息公开监督保障情况
    "r18_site_byline_org_below": {
        "meta.published": "2024-01-19",
        "meta.organization": "兰溪县石桥镇人民政府",
        "meta.issuer": "石桥镇党政办",
    },  # www… 发布时间:… 来源:…; the body between the title and its repetition
    "r18_period_shi_comma": {
        "meta.period.start": "2024-01-01",
        "meta.period.end": "2024-12-31",
    },  # 自…始,至…止
    "r18_org_bare_bianzhi": {
        "meta.organization": "青山市白果乡"
    },  # …规定,编制青山市白果乡2023年…年度报告
    "r18_org_unit_caption": {
        "meta.organization": "南湖市住房和城乡建设局"
    },  # 单位: <body> 2024年度 above table 1
    "r18_contact_no_lianxi": {
        "meta.contact.office": "清河县市场监督管理局",
        "meta.organization": "清河县市场监督管理局",
    },  # 如有疑问请与X(地址:…,联系电话:…)。
    "r18_period_lost_nian_yue": {
        "meta.period.start": "2023-01-01",
        "meta.period.end": "2023-12-31",
    },  # 202311日起至20231231日止
    "r18_website_and_other_channels": {
        "cell:legacy.active.total": 517,
        "cell:legacy.active.by_channel.website": None,
    },  # 通过门户网站和其他信息公开渠道…517条: every channel
    "r18_website_and_other_qudao": {
        "cell:legacy.active.total": 517,
        "cell:legacy.active.by_channel.other": None,
    },  # 通过政府网站和其他渠道…517条
    "r18_consult_channels": {
        "cell:legacy.consultations": None,
        "cell:legacy.active.total": 860,
        "cell:legacy.applications.received": 5,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 当面咨询…, 热线咨询…, 电话接听咨询约1.3万: parts, no total
    "r18_two_websites": {
        "cell:legacy.active.by_channel.website": 87,
        "warning:PROSE_FIGURES_DIFFER": True,
    },  # 截止2014年12月31日 (the year end) …87条; another site 213条: named
    "r18_unnumbered_headings": {
        "template": "legacy",
        "cell:legacy.active.total": 5321,
        "cell:legacy.applications.received": 214,
        "cell:legacy.review.total": 31,
        "cell:legacy.litigation.total": 42,
    },  # 概述 / 主动公开情况 without numerals, 2014
    "r18_none_shenqing_gongkai": {
        "cell:legacy.applications.received": 0,
        "cell:legacy.fees.amount_wan_yuan": 0,
        "cell:legacy.info.withheld": 0,
    },  # 没有申请公开政府信息和不予公开政府信息的情况; 没有关于信息公开的收费及减免情况
    "r18_none_yishenqing": {
        "cell:legacy.applications.received": 0,
        "cell:legacy.fees.amount_wan_yuan": 0,
    },  # 没有依申请公开信息的情况
    "r18_gonggao_title": {
        "template": "legacy",
        "meta.organization": "青州省水利厅",
        "meta.year": 2015,
        "cell:legacy.active.total": 1265,
    },  # …年度报告的公告, rows label: | value |
    "r18_fragment_from_five": {
        "sections": ["五", "六", "七", "八"],
        "cell:legacy.review.total": 4,
        "cell:legacy.litigation.total": 6,
        "cell:legacy.fees.amount_wan_yuan": 0,
        "cell:legacy.consultations": None,
    },  # a later page: 五…八; 日均…3人次 is a daily mean
    "r18_byline_source_label": {
        "meta.issuer": None,
        "meta.published": "2015-03-20",
    },  # 来源: 发布机构: names no source
    "r18_iso_period": {
        "meta.organization": "青石县农业局",
        "meta.period.start": "2016-01-01",
        "meta.period.end": "2016-12-31",
        "warning:PROSE_FIGURES_UNKEYED": False,
    },  # 自2016-1-1起至2016-12-31止; 由X根据《…》规定编制
    "r18_org_bianzhi_trad": {
        "meta.organization": "青石县白沙镇",
        "cell:legacy.applications.received": 0,
    },  # 特结合我镇实际,编制X2016年…年度报告
    "r18_colon_pipe_rows": {
        "meta.title": "2015年青州省水利厅政府信息公开工作年度报告",
        "meta.organization": "青州省水利厅",
        "meta.index_no": "420B03-99-2016-0007-1",
        "meta.written": "2016-03-28",
        "meta.issuer": "青州省水利厅办公室",
        "meta.doc_no": "青水办〔2016〕5号",
    },  # 信息名称: | … | rows
    "r18_ways_count": {"cell:legacy.active.total": 76},  # 通过三条途径: a count of ways
    "r19_overview_short_body": {
        "meta.organization": None,
        "meta.year": 2023,
    },  # the overview opens 2023年,县林业局…: a short name names no body
    "r19_overview_body_subheading": {
        "meta.organization": "青岭市林业和草原局",
        "meta.year": 2023,
    },  # (一)主动公开。2023年,X坚持…: the body after the year
    "r19_period_lost_yue": {
        "meta.period.start": "2023-01-01",
        "meta.period.end": "2023-12-31",
    },  # 统计期限为2023年11日至1231日: 月 lost, 年 kept
    "r19_zixun_gateway": {
        "meta.year": 2021,
        "meta.organization": "青禾海事局",
        "meta.contact.postcode": "570123",
        "warning:TEXT_TRADITIONAL": True,
    },  # 政府資訊公開 (a big5 gateway): read as 信息; 郵遞區號
    "rv20_none_chaoqi": {
        "cell:legacy.applications.received": None,
        "cell:legacy.active.total": 140,
    },  # 没有申请公开政府信息超期答复的情况: not the applications
    "rv20_none_shoufei_qingkuang": {
        "cell:legacy.applications.received": None
    },  # 无申请公开政府信息收费情况: about fees
    "rv20_fee_yin_tousu": {
        "cell:legacy.fees.amount_yuan": 350,
        "cell:legacy.fees.amount_wan_yuan": None,
    },  # 没有因收取费用引发投诉: no fees statement
    "rv20_site_yiwai_other": {
        "cell:legacy.active.by_channel.other": 45,
        "cell:legacy.active.total": None,
    },  # 门户网站以外的其他方式: the other channel
    "rv20_consult_hotline_number": {
        "cell:legacy.consultations": 560
    },  # 热线咨询电话12345 is a number, not a channel count
    "rv20_yearend_leiji": {
        "cell:legacy.active.total": None
    },  # 截至2016年12月31日，累计…: a running total
    "rv20_yearend_since_open": {
        "cell:legacy.active.by_channel.website": None
    },  # 截至…12月31日，…自开通以来…: a running total
    "rv20_yearend_lishi": {"cell:legacy.active.total": None},  # 截止2016年12月31日…1230条(含历年)
    "rv20_frag_halfyear": None,  # a half-year summary cut, starting at 三
    "rv20_frag_plan": None,  # a work plan page starting at 二 (推进主动公开…)
    "rv20_cut_summary_cites": None,  # a work summary cut to 一、基本情况 citing the 条例
    "rv20_cut_plan_cites": None,  # a plan cut to 一、总体情况
    "rv20_bianzhi_wancheng": {
        "meta.organization": "青禾县交通运输局"
    },  # 编制完成2016年度…: 完成 is no body
    "rv20_xianjiang_quanxian": {
        "meta.organization": "青禾县人民政府"
    },  # 现将全县各部门2016年度…工作报告如下
    "r19_intro_nianduo": {
        "template": "legacy",
        "meta.year": 2011,
        "cell:legacy.active.total": 86,
    },  # 本年度报告根据《…条例》…要求编制: the report itself
    "r19_quannian_leiji": {
        "cell:legacy.active.total": 37
    },  # 2010年,我局全年累计共主动向社会公开信息37条: the year's
    "r19_year_leiji": {"cell:legacy.active.total": 418},  # 2015年市林业局…累计418条: the year's
    "r19_section_over_overview": {
        "cell:legacy.active.total": 93,
        "cell:legacy.info.total": 48,
        "meta.period.start": "2014-01-01",
        "warning:PROSE_FIGURES_DIFFER": True,
    },  # the 主动公开 section's 93 over the overview's 其中主动公开文件数6件
    "r19_per_unit_staff": {
        "cell:legacy.org.staff_fulltime": None
    },  # 在各科室指定了一名专职人员: one per office
    "r19_staff_modifier": {
        "cell:legacy.org.staff_fulltime": 3,
        "cell:legacy.org.staff_parttime": 25,
        "cell:legacy.org.query_points": 2,
        "cell:legacy.active.total": 204,
    },  # 3 名政府信息公开全职工作人员; 2个公共查阅点
    "r20_bianxie_org": {
        "meta.organization": "青禾县",
        "cell:legacy.active.total": 3210,
        "cell:legacy.applications.received": 5,
    },  # 编写青禾县2017年度…年度报告: the body, not the contact office
    "r20_news_headline": None,  # a news item headlined 青禾省发布2016年…年度报告
    "r20_compiled_by_long": {
        "meta.organization": "青禾省机关事务管理局",
        "meta.year": 2021,
    },  # 由X根据<a long clause>要求编制而成
    "r20_village_query_points": {
        "cell:legacy.org.query_points": None,
        "cell:legacy.active.total": 210,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 村(社区)政府信息查阅点15个: the villages' points, a part
    "rv21_ovbody_party_gov": {
        "meta.organization": None
    },  # 2023年，青禾县委县政府高度重视…我局: no body
    "rv21_ovbody_centre_zhen": {"meta.organization": None},  # X便民服务中心…我镇: another body
    "rv21_ovbody_partner": {
        "meta.organization": None
    },  # (一)主动公开。2022年，青禾经济开发区管委会…我局配合: a partner
    "rv21_sec_part_of_body": {
        "cell:legacy.active.total": 8600
    },  # the section's 县政府办公室…1260条 is a part
    "rv21_sec_halfyear": {"cell:legacy.active.total": 450},  # the section's 上半年…210条 is a part
    "rv21_sec_fees_part": {"cell:legacy.fees.amount_yuan": 480},  # 其中收取复制费用320元 is a part
    "rv21_run_benniandu_mo": {
        "cell:legacy.active.total": 412
    },  # 截至本年度末…累计3260条，其中2016年新增412条: the running total is not the year's; its
    # 其中<year>新增 part is (r27_new_this_year_after_running)
    "rv21_run_niandi": {"cell:legacy.active.total": 420},  # 2016年底…累计5600条，全年新增…420条
    "rv21_xiangshehui_zhengqiu": {
        "cell:legacy.active.total": 268
    },  # 主动向社会公开征求意见稿6件 is no total
    "rv21_staff_han_zhuanzhi": {"cell:legacy.org.staff_fulltime": 1},  # 3名工作人员(含专职1名)
    "rv21_staff_fei_zhuanzhi": {"cell:legacy.org.staff_fulltime": None},  # 2名非专职工作人员
    "rv21_bennianbao_song": None,  # 本年报送 is no 本年报
    "rv21_frag_1to12": {
        "cell:legacy.fees.amount_wan_yuan": 0,
        "cell:legacy.review.total": 0,
    },  # a last page: 2016年1-12月 is the whole year
    "rv21_iso_period_shixian": {
        "meta.period.start": "2021-01-01",
        "meta.period.end": "2021-12-31",
    },  # 数据的时限为2021-01-01至2021-12-31
    "rv21_quanzhou_county": {"meta.organization": "全州县"},  # 全州县 is a county
    "rv21_ovbody_ok": {
        "meta.organization": "青禾县自然资源局"
    },  # 2023年，青禾县自然资源局认真贯彻落实…
    "r21_overview_zongti_gongkai": {
        "meta.year": 2020,
        "template": "unknown",
        "meta.organization": "青禾省退役军人事务厅",
    },  # 一、总体公开情况: the overview, its year
    "r21_sent_copies": {
        "cell:legacy.active.total": None,
        "cell:legacy.active.by_channel.website": 218,
        "cell:legacy.applications.received": 3,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 向市档案馆送交主动公开政府信息…9件: copies sent
    "rv22_title_gongbu_gonggao": {
        "template": "legacy",
        "cell:legacy.active.total": 286,
    },  # X关于公布2016年度…年度报告的公告 is the report
    "rv22_title_fabu_tables": {
        "meta.year": 2021,
        "warning:TABLES_NOT_FOUND": False,
    },  # X发布2021年…年度报告 with its tables is the report
    "rv22_intro_zhengwu_office": {
        "meta.organization": "青禾市政务公开办公室"
    },  # 现将青禾市政务公开办公室2016年度…: 政务公开 in a name
    "rv22_contact_ge_keshi": {
        "meta.contact.office": None,
        "meta.organization": None,
    },  # 请与各承办科室(电话…)
    "rv22_period_youxiaoqi": {"meta.period": None},  # 数据有效期2020-01-01至2020-12-31 is no period
    "rv22_xiangshehui_zhinan": {
        "cell:legacy.active.total": 482
    },  # 主动向社会公开政府信息公开指南和目录2份
    "rv22_website_other_media": {
        "cell:legacy.active.total": 528,
        "cell:legacy.active.by_channel.other": 86,
    },  # 门户网站发布被其他媒体转载: other media
    "rv22_staff_wu_zhuanzhi": {"cell:legacy.org.staff_fulltime": None},  # 3名工作人员无专职
    "rv22_per_office_gong": {
        "cell:legacy.org.staff_parttime": 15
    },  # 各科室确定兼职信息员共15名: a sum
    "rv22_yilai_leiji": {
        "cell:legacy.active.by_channel.website": None
    },  # 2016年…门户网站自开通以来累计…
    "rv22_sec_catalogue": {
        "cell:legacy.active.total": 172
    },  # 截至…目录系统中…1860条: a catalogue's total
    "rv22_sec_county": {"cell:legacy.active.total": 172},  # 全县各级行政机关…25600条: the county's
    "rv22_chuci_zhiwai": {
        "cell:legacy.info.withheld": None,
        "cell:legacy.applications.received": 6,
    },  # 除此之外，没有…不予公开…的情况
    "rv22_consult_qizhong": {
        "cell:legacy.consultations": 1280
    },  # 窗口共接待咨询1280人次，其中电话咨询320人次
    "rv22_consult_two_channels": {"cell:legacy.consultations": 2160},  # 当面咨询及来电咨询2160人次
    "rv22_ovbody_dangongwei": {"meta.organization": None},  # 2021年，青禾街道党工委高度重视…
    "r21_title_alias_two_lines": {
        "meta.title": "自治区民委(宗教事务局)2019年度政府信息公开年度报告",
        "meta.organization": "自治区民委(宗教事务局)",
        "template": "2019",
        "cell:active_disclosure.normative_documents.published": 6,
    },  # a two-line title whose body carries its other name in parentheses
    "rv23_gongbu_editor_line": {
        "template": "legacy",
        "cell:legacy.active.total": 482,
    },  # X公布2016年…年度报告 with (责任编辑：…) above the introduction: the report itself
    "rv23_gongbu_toolbar_editor": {
        "template": "legacy",
        "cell:legacy.active.total": 482,
    },  # 编辑：县政府办公室 字号 in a toolbar row
    "rv23_gongkai_bing_baosong": {
        "cell:legacy.active.total": 318
    },  # 全年主动公开并报送政府信息318条
    "rv23_platform_baosong": {
        "cell:legacy.active.total": 356
    },  # 通过…平台录入报送主动公开信息356条
    "rv23_xiangshehui_nianbao": {
        "cell:legacy.active.total": 482
    },  # 主动向社会公开政府信息公开工作年度报告1份
    "r22_active_and_request": {
        "cell:legacy.info.on_request": None,
        "cell:legacy.active.by_channel.website": None,
    },  # 全年主动和依申请公开信息1587条; 门户网站、县物价信息网及政府信息平台…1502条: several outlets
    "r22_subset_category": {
        "cell:legacy.active.total": None
    },  # 其中主动公开的公文类信息有19条: a category
    "r22_postcode_seven": {
        "meta.contact.postcode": None
    },  # 邮编:4512300 (a misprint): no six-digit code
    "rv24_normative_lei_you": {
        "cell:legacy.active.normative_docs": 23,
        "cell:legacy.active.total": 482,
    },  # 其中主动公开规范性文件类有23件
    "rv24_website_wenjian_lei_you": {
        "cell:legacy.active.by_channel.website": 280
    },  # 通过网站公开的文件类有280条
    "rv24_two_websites_pingtai": {
        "cell:legacy.active.by_channel.website": 436
    },  # 县政府门户网站和局网站信息公开平台: two websites
    "rv24_jishi_not_and": {
        "cell:legacy.active.by_channel.website": 436
    },  # 门户网站及时更新…: 及时 is no 及
    "rv24_gongkai_bing_songjiao": {
        "cell:legacy.active.total": 482
    },  # 全年共主动公开并送交县档案馆政府信息482条
    "rv24_baosong_danganju": {
        "cell:legacy.active.total": 482
    },  # 向县档案局报送…纸质文本126份: copies sent; 482 the total
    "r23_yinyan_first_line": {
        "meta.year": 2015,
        "meta.period.start": "2015-01-01",
        "meta.contact.phone": "22301234",
    },  # a first line 引言 is no title of another document
    "r23_column_label_title": {
        "meta.title": "青川2015年政府信息公开工作年度报告",
        "meta.organization": "青川",
    },  # 每日一报 | <title>: a column label
    "r23_spam_org": {
        "meta.organization": None,
        "meta.year": 2010,
    },  # a hijacked mirror's 彩票娱乐平台大全 names no body
    "r23_intro_in_overview": {
        "meta.organization": "甲乙市",
        "meta.year": 2021,
    },  # 现向社会公布甲乙市2021年度… under 一、总体情况
    "r23_weiyou_fees": {
        "cell:legacy.fees.amount_wan_yuan": 0,
        "cell:legacy.active.total": 52,
    },  # 2015年未有收费及减免情况
    "rv25_head_gongbu_le": {
        "meta.organization": "青禾县林业局"
    },  # 向社会公布了本局2020年…: no announcement of this report
    "rv25_head_dangzhengban": {
        "meta.organization": "青禾县青禾镇"
    },  # a page with no preamble: 由镇党政办公室…编制 names no body
    "rv25_head_notice_title": {
        "meta.organization": "青禾市林业局"
    },  # a notice title in 《》 names no body
    "rv25_jinsha_county": {"meta.organization": "金沙县林业局"},  # 金沙 is a place
    "rv25_fucai_centre": {
        "meta.organization": "青禾省福利彩票发行中心"
    },  # a lottery centre is a body
    "rv25_qita_weiyou": {
        "cell:legacy.fees.amount_yuan": 35,
        "cell:legacy.fees.amount_wan_yuan": None,
    },  # …35元，其他未有收费情况
    "rv25_outlet_news_wang": {
        "cell:legacy.active.by_channel.website": None,
        "cell:legacy.active.total": 482,
    },  # 门户网站、青禾新闻网等媒体: outlets of other kinds
    "r24_intro_legacy_parts": {
        "template": "legacy",
        "meta.year": 2013,
    },  # 本年度报告 listing a legacy report's parts, no period
    "r24_bare_province_office": {
        "meta.organization": None
    },  # 请与省政务公开办公室联系: a bare level names no body
    "r25_issuer_fontsize": {
        "meta.issuer": "示例市测试委员会",
        "meta.published": "2024-01-20",
    },  # 来源:X字号:[ 大 中 小 ]分享: — the page's buttons end the value
    "r26_contact_lianxifangshi": {
        "meta.contact.phone": "023-61234567",
        "meta.contact.address": "青禾县云岭乡新街8号",
    },  # 联系方式:023-… is the phone
    "r26_contact_huoqu": {
        "meta.contact.phone": "0871-6123456"
    },  # 获取本报告联系方式:0871-… is the phone
    "r26_statute_quote": None,  # a page quoting 条例 art. 4 (…和政府信息公开工作年度报告) is no report
    "r27_org_department_of_government": {
        "meta.organization": "青禾市人民政府水库建设项目领导小组办公室"
    },  # a body named after the government (…人民政府X领导小组办公室综合科) is not the government
    "r27_period_since_law": {
        "meta.period.start": "2008-05-01",
        "meta.period.end": "2008-12-31",
        "meta.year": 2008,
    },  # 自2008年5月1日《条例》实施之日起,至2008年12月31日止
    "r27_new_this_year_after_running": {
        "cell:legacy.active.total": 800
    },  # 累计…3000条,其中,本年度新增…800条: the year is the new figure
    "r27_year_clause_leiji": {
        "cell:legacy.active.total": 21
    },  # 2012年,全局累计主动公开…21条 in a report on 2012
    "r26_header_repeated": {
        "cell:active_disclosure.normative_documents.published": 2,
        "cell:active_disclosure.normative_documents.made": 3,
        "warning:HEADER_REPEATED": True,
    },  # 本年新制作数量 printed twice: the second is 本年新公开数量
    "r26_title_run_in": {
        "meta.title": "2024年青禾市政府信息公开工作年度报告",
        "meta.organization": "青禾市",
        "meta.year": 2024,
    },  # the title run into the introduction on the first line
    "r27_consult_channels_no_total": {
        "cell:legacy.consultations": None,
        "warning:PROSE_FIGURES_DIFFER": False,
    },  # 网上咨询35人次,接听咨询电话700余人次,现场…: channels, no total, no rival
    "r29_breakdown_channel": {
        "cell:applications.new_received.total": 12
    },  # 依申请公开请求12件,其中网络平台收到5件,窗口受理4件…: parts to the sentence end
    "r29_request_zero": {"cell:applications.new_received.total": 0},  # 未收到依申请公开请求
    "r29_no_carry_forward_typo": {
        "cell:applications.new_received.total": 3,
        "cell:applications.carried_forward.total": 0,
    },  # 无转结下年度继续办理件
    "r29_handled_all_named": {
        "cell:applications.new_received.total": None,
        "cell:applications.carried_forward.total": 3,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 办理…申请33件 (new and carried) is named, not keyed
    "r30_meeting_news": None,  # 召开…年报编制部署会: news
    "r30_notice_first_line": None,  # 关于做好…统计工作的通知 quoting a report title
    "r30_bare_numeral_heading": {
        "meta.organization": "松川市统计局",
        "cell:legacy.active.total": 212,
    },  # 一概述 (no 、) is a heading
    "r30_issuer_update_time": {
        "meta.issuer": "青禾市",
        "meta.published": "2020-03-20",
    },  # 来源:X 更新时间:… ends the source
    "rv31_other_body_first": {
        "cell:applications.new_received.total": 15
    },  # 全县各单位共收到320件 is no figure of the bureau
    "rv31_prev_year_first": {
        "cell:applications.new_received.total": 12
    },  # 2022年…8件,2023年…12件 in a report on 2023
    "rv31_since_2019": {
        "cell:applications.new_received.total": 12
    },  # 自2019年以来累计收到56件 is running
    "rv31_two_years": {"cell:applications.new_received.total": None},  # 2022年至2023年共收到30件
    "rv31_qizhong_new_carried": {
        "cell:applications.new_received.total": 12,
        "cell:applications.carried_over.total": 3,
    },  # 共收到15件,其中本年度新收12件,上年结转3件
    "rv31_han_carried_comma": {
        "cell:applications.new_received.total": None,
        "cell:applications.carried_over.total": 3,
    },  # 共受理15件,含上年结转3件
    "rv31_partial_zero": {
        "cell:applications.new_received.total": None
    },  # 未收到企业提出的…申请 is no zero
    "rv31_zero_of_kind": {
        "cell:applications.new_received.total": 6
    },  # 未收到涉及商业秘密的…申请 is no zero
    "rv31_no_overdue": {
        "cell:applications.new_received.total": 6
    },  # 无逾期答复…申请的情况 is no zero
    "rv31_remedy_notice": {
        "cell:review_litigation.review.total": 2
    },  # 告知…可依法申请行政复议 says no zero
    "rv31_review_organ": {
        "cell:review_litigation.review.total": 2
    },  # 作为复议机关…12件 is not its own
    "rv31_banshi_shenqing": {"cell:applications.new_received.total": 4},  # 受理群众办事申请1500件
    "rv31_proposals": {"cell:applications.new_received.total": None},  # 受理…提案23件
    "rv31_problems_section": {
        "cell:applications.new_received.total": None
    },  # section 五 states no figure of the year
    "rv31_review_other_year": {
        "cell:review_litigation.review.total": 0
    },  # 2022年的复议1件已于本年审结
    "rv31_d4_scenic_zone": {
        "meta.organization": "青禾市风景名胜区管理委员会"
    },  # a city zone is no county (D4 not evaluated)
    "rv31_mobile_phone": {"meta.contact.phone": "13812345678"},  # a mobile number whole
    "rv31_compiled_ben_baogao_shi": {
        "meta.organization": "青禾区人民政府"
    },  # 本报告是X根据…编制的 names the body
    "r29_no_heading": {
        "cell:applications.new_received.total": 3,
        "cell:applications.carried_over.total": 1,
        "cell:review_litigation.review.total": 0,
    },  # no 一、 heading found: the running text is read
    "r30_title_column_tag": {
        "meta.title": "青禾县人民政府2023年政府信息公开工作年度报告",
        "meta.organization": "青禾县人民政府",
    },  # 【年报专栏】 before the title is a portal tag
    "r32_no_carry_not_zero": {
        "cell:applications.new_received.total": 3
    },  # 受理政府信息公开3件; 无…申请结转办理情况 is no zero
    "r32_preamble_unnumbered": {
        "cell:applications.new_received.total": 3
    },  # the text before the first heading is read
    "r32_preamble_before_two": {
        "cell:applications.new_received.total": 4,
        "cell:review_litigation.review.total": 2,
    },  # a page beginning inside section 一
    "r32_zero_all_applicants": {
        "cell:applications.new_received.total": 0
    },  # 未收到公民、法人或其他组织的…申请
    "r32_zero_no_noun": {"cell:applications.new_received.total": 0},  # 全镇未收到依申请公开
    "r32_zero_public_submitted": {
        "cell:applications.new_received.total": 0
    },  # 未收到公众提交的…申请
    "r32_zero_applicant_raised": {
        "cell:applications.new_received.total": 0
    },  # 未收到申请人提出的依申请公开
    "r32_zhuanjie_review_application": {
        "cell:applications.carried_over.total": 2,
        "cell:applications.carried_forward.total": 3,
        "cell:review_litigation.review.total": 1,
    },  # 上年转结, 转下一年办理, 行政复议申请N件
    "r32_issuer_liulan": {"meta.issuer": "青禾县政务公开办"},  # X 浏览: ends the issuer
    "r32_written_zhuanxie": {
        "meta.written": "2024-01-10",
        "meta.published": None,
    },  # 撰写时间 is when it was written
    "r33_active_total_no_zhudong": {
        "cell:legacy.active.total": 77
    },  # (一)主动公开…:2012年度全镇共公开政府信息77条
    "rv34_b01_citizen_first": {
        "cell:applications.new_received.total": None
    },  # 公民提出的…10件,企业提出的2件: parts
    "rv34_b02_window_first": {
        "cell:applications.new_received.total": None
    },  # 窗口受理6件,外网受理9件: channels
    "rv34_b03_outcome_inclause": {
        "cell:applications.new_received.total": None
    },  # 受理的…申请中予以公开8件: an outcome
    "rv34_b08_email_first": {
        "cell:applications.new_received.total": None
    },  # 通过电子邮箱收到5件,通过来访收到3件
    "rv34_b09_units_from": {
        "cell:applications.new_received.total": None
    },  # 收到来自3个乡镇群众的…申请6件
    "rv34_b11_deadline_article": {
        "cell:applications.new_received.total": None
    },  # 自收到申请之日起20个工作日内
    "rv34_c03_last_year_words": {
        "cell:applications.new_received.total": 14
    },  # 去年收到9件,今年收到14件
    "rv34_c04_qunian_compare": {
        "cell:applications.new_received.total": None
    },  # 较去年的12件有所上升,共计18件
    "rv34_c05_carried_into_year": {
        "cell:applications.carried_forward.total": None
    },  # 上年度结转至2023年度办理的2件 is no carry forward
    "rv34_c09_by_month": {"cell:applications.new_received.total": None},  # 3月收到1件,8月收到2件
    "rv34_d01_quanxian": {
        "cell:applications.new_received.total": 15
    },  # 全县共收到320件,其中我局收到15件
    "rv34_d02_xitong": {
        "cell:applications.new_received.total": None
    },  # 全市税务系统…450件,我局受理12件
    "rv34_f07_fee_zero": {
        "cell:applications.new_received.total": None
    },  # 无政府信息公开申请收费情况 is no zero
    "rv34_f08_objection_zero_alone": {
        "cell:applications.new_received.total": None
    },  # 未收到…申请人对答复结果提出异议 is no zero
    "rv34_h01_review_all_then_part": {
        "cell:review_litigation.review.total": None
    },  # 复议15件,其中涉及政府信息公开2件
    "rv34_h03_combined": {
        "warning:PROSE_FIGURES_UNKEYED": False
    },  # 行政复议和行政诉讼案件共3件 is neither
    "rv34_i01_buzu_heading": {
        "cell:applications.new_received.total": None
    },  # 五、存在的不足及改进措施 states no figure
    "rv34_k02_2020_since": {
        "cell:applications.new_received.total": None
    },  # …施行以来,共收到27件 runs on
    "r35_aggregate_named": {
        "cell:applications.new_received.total": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 各级行政机关…: several bodies, named not keyed
    "r35_banli_named": {
        "cell:applications.new_received.total": None,
        "warning:PROSE_FIGURES_UNKEYED": True,
    },  # 办理依申请公开17条 named; 不掌握…答复6条 is no 办结
    "r35_gongmin_total": {
        "cell:applications.new_received.total": 46
    },  # 收到公民信息申请共…: all applicants
    "r35_zero_any_form": {
        "cell:applications.new_received.total": 0
    },  # 未收到任何形式的依申请公开信息
    "rv36_info_items_not_requests": {
        "cell:applications.new_received.total": None
    },  # 依申请公开共6条: information released, not requests
    "rv36_year_carried_forward": {
        "cell:applications.carried_over.total": None,
        "cell:applications.carried_forward.total": 1,
    },  # 2023年结转下一年度办理1件 is carried forward
    "rv36_ontime_late": {
        "warning:PROSE_FIGURES_UNKEYED": False
    },  # 按时答复28件,延期答复2件: no handled total
    "rv36_review_share": {
        "cell:review_litigation.review.total": None
    },  # 受理行政复议申请32件,涉及政府信息公开的0件
    "rv36_litig_last_year": {
        "warning:PROSE_FIGURES_UNKEYED": False
    },  # 上年度…起诉1件 is no lawsuit of the year
    "rv36_bu_zheng": {
        "cell:applications.new_received.total": 5
    },  # 收到申请人补正材料2份 is no request count
    "rv37_same_count_twice": {
        "cell:applications.new_received.total": 2,
        "warning:PROSE_FIGURES_UNKEYED": False,
    },  # the same count said twice (受理…2件，已完成…申请2件) is one
    "rv37_breakdown_kinds": {
        "cell:applications.new_received.total": 860
    },  # 其中自然人…，法人或其他组织… are the total's own parts
    "rv37_breakdown_carried_zero": {
        "cell:applications.new_received.total": 9,
        "cell:applications.carried_over.total": 0,
    },  # 其中…上年度结转0件: the total is the new requests
}


def _field(r: ogi.Report, name: str) -> object:
    if name.startswith("cell:"):
        return _cells(r).get(name[5:])
    if name.startswith("warning:"):
        return any(w.code == name[8:] for w in r.warnings)
    if name == "sections":
        return [s.number for s in r.sections]
    if name == "subsections":
        return [ss.title for ss in r.sections[0].subsections]
    value: object = r
    for part in name.split("."):
        value = getattr(value, part)
    return value


@pytest.mark.parametrize("case", sorted(REVIEW_CASES))
def test_review_case(case: str) -> None:
    expected = REVIEW_CASES[case]
    path = REVIEW / f"{case}.txt"
    if expected is None:
        with pytest.raises(ogi.NotAReport):
            ogi.convert(path)
        return
    r = ogi.convert(path)
    assert {name: _field(r, name) for name in expected} == expected


@pytest.mark.parametrize(
    ("head", "title", "organization", "year"),
    [
        (  # a year printed without 年, the body on the line above
            "某某省生态环境厅\n2022政府信息公开工作年度报告",
            "某某省生态环境厅2022政府信息公开工作年度报告",
            "某某省生态环境厅",
            2022,
        ),
        (
            "某某自治区政府国资委2020政府信息公开工作年度报告",
            "某某自治区政府国资委2020政府信息公开工作年度报告",
            "某某自治区政府国资委",
            2020,
        ),
        (  # …工作开展年度报告, under a title label without a colon
            "标      题 某某自治区统计厅2025年政务信息公开工作开展年度报告",
            "某某自治区统计厅2025年政务信息公开工作开展年度报告",
            "某某自治区统计厅",
            2025,
        ),
    ],
)
def test_title_wordings_seen_on_portals(
    tmp_path: Path, head: str, title: str, organization: str, year: int
) -> None:
    r = convert(
        tmp_path, head + "\n一、总体情况\n本年做好公开工作。\n二、主动公开政府信息情况\n无。\n"
    )
    assert (r.meta.title, r.meta.organization, r.meta.year) == (title, organization, year)


def test_metadata_labels_seen_on_portals(tmp_path: Path) -> None:
    """A spaced label with an empty value at the line's end (文      号), 所属主题 after an
    empty 文号:, 日期:, and the page's 字体 widget after the issuer."""
    text = (
        "索引号 000011111/2026-00031 文      号\n发布机构 发布日期 2026-01-16 18:22:45\n"
        "文 号: 所属主题: 州政府信息公开年报\n来源: 某某高新技术产业开发区管理委员会 字体:[ 大 中 小 ]\n"
        "某某自治区统计厅2025年政府信息公开工作年度报告\n一、总体情况\n本年做好公开工作。\n"
    )
    meta = convert(tmp_path, text).meta
    assert (meta.index_no, meta.published, meta.doc_no, meta.topic, meta.issuer) == (
        "000011111/2026-00031",
        "2026-01-16",
        None,
        "州政府信息公开年报",
        "某某高新技术产业开发区管理委员会",
    )
    dated = convert(
        tmp_path, "某区科技局2020年政府信息公开工作年度报告\n日期: 2021-01-20\n", "d.txt"
    )
    assert dated.meta.published == "2021-01-20"


def test_a_note_in_a_legacy_figure_s_label_names_no_part(tmp_path: Path) -> None:
    """通过委门户网站(包括委属单位网站…)…7500余条: the 单位 inside the note made it a part of
    the body's count, and the figure was dropped without a word."""
    text = (
        "某某省发展改革委2015年政府信息公开工作年度报告\n一、概述\n其中，通过委门户网站（包括委属单位"
        "网站、省公共资源交易网）主动公开各类信息7500余条；通过官方微博发布各类信息200多条。\n"
    )
    cells = _cells(convert(tmp_path, text))
    assert cells["legacy.active.by_channel.website"] == 7500


def test_a_list_of_contents_on_one_line_is_no_page(tmp_path: Path) -> None:
    """A wiki's contents line (一、概述,(一)…,二、主动公开政府信息情况,…) above the report:
    before, it was split into six empty sections and the report's own sections were lost
    inside the last one."""
    toc = (
        "一、概述,(一)注重重点推进,深化公开内容。,(二)注重开拓创新,力求稳中有进。,二、主动公开政府信息情况,"
        "(一)主动公开范围,(二)主动公开途径,三、依申请公开政府信息情况,(一)申请情况,四、复议、诉讼情况,"
        "五、咨询处理情况,六、主要问题和改进措施,"
    )
    body = (
        "一、概述\n本年度报告由某市政府办公厅编制。\n二、主动公开政府信息情况\n"
        "2012年，全市共主动公开政府信息3000条，其中规范性文件120条。\n"
    )
    r = convert(tmp_path, "某市2012年政府信息公开工作年度报告\n" + toc + "\n" + body)
    assert [s.number for s in r.sections] == ["一", "二"]
    assert _cells(r)["legacy.active.total"] == 3000


def test_small_shapes_of_real_pages(tmp_path: Path) -> None:
    """Headings after the ?? a crawler left for undecodable indents; a title line that is a
    linked file's name (….docx); a person named after the contact office."""
    text = (
        "??根据《中华人民共和国政府信息公开条例》编制本报告。\n??一、总体情况\n??本年做好公开工作。\n"
        "??二、主动公开政府信息情况\n??无。\n"
    )
    r = convert(tmp_path, "某某省人民政府办公厅2025年政府信息公开工作年度报告\n" + text)
    assert [s.number for s in r.sections] == ["一", "二"]
    titled = convert(
        tmp_path, "某某苏木2021年政府信息公开工作年度报告.docx\n一、总体情况\n无。\n", "d.txt"
    )
    assert titled.meta.title == "某某苏木2021年政府信息公开工作年度报告"
    contact = (
        "某某省商务厅2023年政府信息公开工作年度报告\n如对本年度报告有疑问，请与某某省商务厅办公室王小明"
        "联系（电话:65361000）。\n一、总体情况\n无。\n"
    )
    assert convert(tmp_path, contact, "c.txt").meta.contact.office == "某某省商务厅办公室"
    whole = contact.replace("某某省商务厅办公室王小明", "某某市卫生健康委员会")
    assert convert(tmp_path, whole, "w.txt").meta.contact.office == "某某市卫生健康委员会"


def test_table_rows_whose_cells_ran_together_one_row_a_line(tmp_path: Path) -> None:
    """规章000 / 行政规范性文件214: a row a line, its label and digits run together (before:
    no cell, and a warning that the labels had no values beside them)."""
    body = (
        "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容本年制发件数本年废止件数现行有效件数\n"
        "规章000\n行政规范性文件214\n第二十条第(五)项\n信息内容本年处理决定数量\n行政许可15\n"
    )
    cells = _cells(convert(tmp_path, HEAD + body))
    assert [
        cells[f"active_disclosure.normative_documents.{c}"]
        for c in ("made", "repealed", "in_force")
    ] == [2, 1, 4]
    assert cells["active_disclosure.regulations.in_force"] == 0
    assert cells["active_disclosure.licensing.decisions"] == 15
    prose = convert(tmp_path, HEAD + "本年共计发布信息30条，联系电话0532123\n", "p.txt")
    assert not prose.cells


def test_title_split_after_the_year_and_page_counters_and_postcode(tmp_path: Path) -> None:
    text = (
        "某某新区某某街道办事处2023年度政府\n信息公开工作年度报告\n"
        "时间:2026-01-26 09:42来源:某某新区某某街道作者: 点击:\n"
        "如对本报告有疑问，请与某某街道党政办公室联系，地址:某某镇东山路12号邮编:255100,联系电话:0533-1234567。\n"
        "一、总体情况\n无。\n"
    )
    meta = convert(tmp_path, text).meta
    assert (meta.title, meta.organization) == (
        "某某新区某某街道办事处2023年度政府信息公开工作年度报告",
        "某某新区某某街道办事处",
    )
    assert (meta.issuer, meta.published) == ("某某新区某某街道", "2026-01-26")
    assert (meta.contact.address, meta.contact.postcode) == ("某某镇东山路12号", "255100")


def test_contents_line_and_no_title_the_overview_introduces_the_report(tmp_path: Path) -> None:
    """A wiki copy: the contents line, then 一、概述 whose text is the introduction naming
    the 年度报告 (no title line): a report, its contents line in the preamble."""
    text = (
        "一、概述,(一)注重重点推进,深化公开内容。,(二)注重开拓创新,力求稳中有进。,二、主动公开政府信息情况,"
        "(一)主动公开范围,三、依申请公开政府信息情况,(一)申请情况,四、复议、诉讼情况,五、咨询处理情况,\n"
        "一、概述\n2012年度报告根据《条例》的要求，由市政府办公厅综合各区政府的政府信息公开年度报告编制而成。"
        "本年度报告中所列数据的统计期限从2012年1月1日到12月31日止。\n"
    )
    r = convert(tmp_path, text)
    assert [s.number for s in r.sections] == ["一"] and r.preamble.startswith("一、概述,(一)")


def test_blank_cells_as_extra_empty_lines(tmp_path: Path) -> None:
    """A dump with a blank line between cells prints a blank cell as one more empty line:
    the lone 3 after seven line breaks is the 总计 (before: the 自然人, with ROW_SHORT)."""
    header = [
        "申请人情况",
        "自然人",
        "法人或其他组织",
        "总计",
        "商业企业",
        "科研机构",
        "社会公益组织",
    ]
    header += ["法律服务机构", "其他"]
    head = "\n\n".join(
        ["某某镇2020年政府信息公开工作年度报告", "一、总体情况", "本年收到申请3件。"]
        + ["三、收到和处理政府信息公开申请情况"]
        + header
    )
    rows = (
        "\n\n一、本年新收政府信息公开申请数量"
        + "\n" * 8
        + "3"
        + "\n\n二、上年结转政府信息公开申请数量"
    )
    rows += "\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n"
    cells = _cells(convert(tmp_path, head + rows))
    assert cells["applications.new_received.total"] == 3
    assert cells["applications.new_received.natural_person"] is None
    assert cells["applications.carried_over.other_org"] == 0
