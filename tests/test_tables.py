"""Table recovery from grids and from every text layout, through the format-blind
interpreter (a Document built here stands in for any extractor)."""

from __future__ import annotations

from conftest import seed

import ogi
from ogi.document import CellSpec, Document, Paragraph, Table, grid_from_rows
from ogi.registry import Registry

ZEROS7 = " ".join(["0"] * 7)

REPORT_2021_SPACED = f"""某某局2023年政府信息公开工作年度报告
一、总体情况
本报告统计期限为2023年1月1日至2023年12月31日。
二、主动公开政府信息情况
第二十条第(一)项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
行政规范性文件 2 1 5
第二十条第(八)项
信息内容 本年收费金额(单位:万元)
行政事业性收费 26.55
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4
二、上年结转政府信息公开申请数量 {ZEROS7}
三、本年度办理结果
(一)予以公开 2 0 0 0 0 0 2
(二)部分公开(区分处理的,只计这一情形,不计其他情形) {ZEROS7}
(三)不予公开
{" ".join(["0"] * 56)}
(四)无法提供
1.本机关不掌握相关政府信息 1 0 0 0 0 0 1
2.没有现成信息需要另行制作 {ZEROS7}
3.补正后申请内容仍不明确 {ZEROS7}
(五)不予处理
1.信访举报投诉类申请 {ZEROS7}
2.重复申请 {ZEROS7}
3.要求提供公开出版物 {ZEROS7}
4.无正当理由大量反复申请 {ZEROS7}
5.要求行政机关确认或重新出具已获取信息 {ZEROS7}
(六)其他处理
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 1 0 0 0 0 1
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 {ZEROS7}
3.其他 {ZEROS7}
(七)总计 3 1 0 0 0 0 4
四、结转下年度继续办理 {ZEROS7}
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
1 0 0 0 1 0 0 0 0 0 0 0 0 0 0
五、存在的主要问题及改进情况
无。
六、其他需要报告的事项
无。
"""


def convert_text(text: str) -> ogi.Report:
    return ogi.convert(
        text.encode("utf-8"), filename="r.txt", registry=Registry.load(entry_points=False)
    )


def test_spaced_rows_2021_with_other_subrows() -> None:
    r = convert_text(REPORT_2021_SPACED)
    assert r.template == "2021"
    assert r.template_by_table == {"active_disclosure": "2021", "applications": "2021"}
    assert r.get("active_disclosure.normative_documents.in_force") == 5
    assert r.get("active_disclosure.fees.amount_wan_yuan") == 26.55
    assert r.get("applications.results.other.no_correction.commercial") == 1
    assert r.get("applications.results.other.misc.total") == 0
    assert r.get("applications.results.unable.not_held.total") == 1
    assert r.get("review_litigation.review.total") == 1
    assert [c.id for c in r.failed_checks()] == []
    assert [s.number for s in r.sections] == ["一", "二", "三", "四", "五", "六"]


def test_values_without_row_labels_are_aligned_and_flagged() -> None:
    r = convert_text(REPORT_2021_SPACED)
    assert r.get("applications.results.denied.admin_query.total") == 0
    assert "ROW_LABELS_MISSING" in [w.code for w in r.warnings]


def test_one_pipe_row_per_line() -> None:
    text = REPORT_2021_SPACED.replace("行政规范性文件 2 1 5", "行政规范性文件 | 2 | 1 | 5 |")
    r = convert_text(text)
    assert r.get("active_disclosure.normative_documents.made") == 2
    assert r.get("active_disclosure.normative_documents.repealed") == 1


def test_short_row_is_flagged_not_silently_aligned() -> None:
    text = REPORT_2021_SPACED.replace("(一)予以公开 2 0 0 0 0 0 2", "(一)予以公开 2 2")
    r = convert_text(text)
    assert "ROW_SHORT" in [w.code for w in r.warnings]
    assert not r.has("applications.results.granted.total")


def _grid(rows: list[list[tuple[str, int, int]]], index: int = 0) -> Table:
    """Build a grid from rows of (text, rowspan, colspan)."""
    return grid_from_rows([[CellSpec(*cell) for cell in row] for row in rows], index=index)


def _values(*numbers: object) -> list[tuple[str, int, int]]:
    return [(str(n), 1, 1) for n in numbers]


def test_grid_with_rowspans_and_colspans() -> None:
    header = [
        [
            ("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", 3, 3),
            ("申请人情况", 1, 7),
        ],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(t, 1, 1) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]],
    ]
    body = [
        [("一、本年新收政府信息公开申请数量", 1, 3), *_values(5, 1, 0, 0, 0, 0, 6)],
        [("二、上年结转政府信息公开申请数量", 1, 3), *_values(0, 0, 0, 0, 0, 0, 0)],
        [("三、本年度办理结果", 22, 1), ("(一)予以公开", 1, 2), *_values(4, 1, 0, 0, 0, 0, 5)],
        [
            ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", 1, 2),
            *_values(1, "", "", "", "", "", 1),
        ],
        [("(三)不予公开", 8, 1), ("1.属于国家秘密", 1, 1), *_values(0, 0, 0, 0, 0, 0, 0)],
        [("2.其他法律行政法规禁止公开", 1, 1), *_values(0, 0, 0, 0, 0, 0, 0)],
        [("(七)总计", 1, 2), *_values(5, 1, 0, 0, 0, 0, 6)],
        [("四、结转下年度继续办理", 1, 3), *_values(0, 0, 0, 0, 0, 0, 0)],
    ]
    document = Document(
        blocks=[Paragraph("三、收到和处理政府信息公开申请情况"), _grid(header + body, index=4)]
    )
    registry = Registry.load(entry_points=False)
    from ogi.pipeline import _build  # the interpreter + Report assembly, no extractor

    report = _build(ogi.records.Source(b"x", "x"), registry.extractors["text"], document)
    assert report.get("applications.new_received.natural_person") == 5
    assert report.get("applications.results.partial.commercial") is None
    assert report.get("applications.results.partial.total") == 1
    assert report.get("applications.results.denied.law_prohibited.total") == 0
    assert report.get("applications.results.total.total") == 6
    cell = next(c for c in report.cells if c.key == "applications.results.granted.commercial")
    assert (cell.source["table"], cell.source["row"], cell.source["col"]) == (4, 5, 4)


def test_a_replaced_token_is_classified_anew() -> None:
    """A token cut out of a fused run (dataclasses.replace with new text) gets the matching
    form and value kind of its own text, not of the run it came from."""
    from dataclasses import replace

    from ogi.interpret.tokens import CELL, Token

    run = Token(CELL, "000", fused=True)
    piece = replace(run, text="0", fused=False, split_from="000")
    assert (piece.norm, piece.is_value) == ("0", True)
    label = replace(run, text="规章", fused=False)
    assert (label.norm, label.is_value) == ("规章", False)


def test_a_count_with_a_leading_zero_is_never_read_as_one_number() -> None:
    """``00`` is two cells run together (0 and 0), not the count 0: kept as raw with no
    value, and the whole row named, since its values may have shifted."""
    text = seed("000").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = lines.index("行政事业性收费 |")
    lines[at + 1 : at + 3] = ["00 |"]  # two value cells printed as one
    report = ogi.convert("\n".join(lines).encode(), filename="x.txt")
    cell = next(c for c in report.cells if c.key == "active_disclosure.fees.prev_items")
    assert (cell.value, cell.raw) == (None, "00")
    keys = {k for w in report.warnings if w.code == "ROW_ALIGNMENT_AMBIGUOUS" for k in w.keys}
    assert {"active_disclosure.fees.prev_items", "active_disclosure.fees.change"} <= keys
    assert any(
        w.code == "VALUE_UNPARSED" and w.keys == ["active_disclosure.fees.prev_items"]
        for w in report.warnings
    )
