"""Figures the text of a 2019+ report states about requests, reviews and lawsuits: read by
interpret.modern_prose, keyed when their table was not read, compared with the tables by
checks A11 and R5. Sentences in the shapes of real reports, with invented names."""

from __future__ import annotations

import pytest
from conftest import ROOT, seed

import ogi
from ogi.interpret.labels import nfkc
from ogi.interpret.modern_prose import stated_figures
from ogi.registry import Registry

#: Reports with their tables whose text restates some figures (invented, in real shapes).
TEXT_VS_TABLES = ROOT / "tests" / "data" / "text_vs_tables"

CASES = [
    (
        "2024年，全区共收到政府信息公开申请620件，上年结转5件，共办结612件，结转下年度13件，"
        "因政府信息公开引起行政复议54件，行政诉讼8件。",
        {
            "received": 620,
            "carried_over": 5,
            "handled": 612,
            "carried_forward": 13,
            "review": 54,
            "litigation": 8,
        },
    ),
    ("2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。", {"received": 8}),
    (
        "2022年，共收到10件依申请公开请求，2021年结转政府信息公开申请2件，共办结10件，"
        "结转2023年度继续办理2件。",
        {"received": 10, "carried_over": 2, "handled": 10, "carried_forward": 2},
    ),
    # new + carried over in one figure
    (
        "全年共处理政府信息公开申请1261件(含上年度结转申请74件)，答复1181件，结转下年度继续办理80件。",
        {"received_all": 1261, "carried_over": 74, "handled": 1181, "carried_forward": 80},
    ),
    # stated zeros
    ("2023年，我局未收到行政许可申请；全年未接到信息公开申请。", {"received": 0}),
    (
        "本年度，我局未收到和处理政府信息公开申请，也没有发生政府信息公开行政复议、行政诉讼等情况。",
        {"received": 0, "review": 0, "litigation": 0},
    ),
    (
        "2022年，我委收到政府信息公开申请0宗，无信息公开类行政复议及诉讼案件。",
        {"received": 0, "review": 0, "litigation": 0},
    ),
    ("2024年共受理30件依申请公开，无结转下年度继续办理。", {"received": 30, "carried_forward": 0}),
    # traps: other subjects, parts, part of the year, approximate, a lawsuit lost
    ("受理区政府网站和人民网留言板咨询投诉2021件，办结2021件，办结率100%。", {}),
    ("2021年度，未收到法人或者其他组织对依申请公开政府信息的申请。", {}),
    ("上半年，共收到政府信息公开申请3件，均已按期答复。", {}),
    ("1-9月，共收到政府信息公开申请3件。", {}),
    ("全年共收到政府信息公开申请1500余件。", {}),
    ("未出现因依申请公开引发的行政复议和行政诉讼被撤销或败诉等情况。", {}),
    ("行政复议144件，行政诉讼97件，均依法办理。", {}),  # not about disclosure
    ("2020年，青禾街道未发生因政府信息公开申请提起的行政复议案件。", {"review": 0}),
    (
        "全年共收到依申请公开14件(其中信件申请10件，网络申请4件)，已办结12件，2件结转下年办理。",
        {"received": 14, "handled": 12, "carried_forward": 2},
    ),
    ("行政复议7件，复议后起诉1件，均与政府信息公开有关。", {"review": 7}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stated_figures(text: str, expected: dict[str, int]) -> None:
    found = {f.kind: f.value for f in stated_figures([(nfkc(text), None)])}
    assert found == expected


def test_received_before_a_parenthesis_of_carried_requests_may_include_them() -> None:
    (received, carried, _) = stated_figures(
        [(nfkc("全年共收到公开申请1466件(上年度结转16件，结转下年度9件)。"), None)]
    )
    assert (received.kind, received.value, received.open_carry) == ("received", 1466, True)
    assert (carried.kind, carried.value) == ("carried_over", 16)


def _convert(text: str) -> ogi.Report:
    registry = Registry.load(entry_points=False)
    return ogi.convert(text.encode("utf-8"), filename="r.txt", registry=registry)


TABLES_AS_IMAGES = """青禾县水利局2023年政府信息公开工作年度报告
一、总体情况
2023年，青禾县水利局认真贯彻落实《中华人民共和国政府信息公开条例》。
(二)依申请公开
全年共收到政府信息公开申请12件，上年结转1件，共办结11件，结转下年度2件。
因政府信息公开引起行政复议1件，行政诉讼0件。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
无。
六、其他需要报告的事项
无。
"""


def test_tables_not_read_key_the_figures_the_text_states() -> None:
    report = _convert(TABLES_AS_IMAGES)
    prose = {c.key: c for c in report.cells if c.source.get("kind") == "prose"}
    assert {k: c.value for k, c in prose.items()} == {
        "applications.new_received.total": 12,
        "applications.carried_over.total": 1,
        "applications.carried_forward.total": 2,
        "review_litigation.review.total": 1,
    }
    assert prose["applications.new_received.total"].raw.startswith("全年共收到政府信息公开申请12件")
    (unkeyed,) = [w for w in report.warnings if w.code == "PROSE_FIGURES_UNKEYED"]
    assert "办结/答复 11" in unkeyed.message and "行政诉讼 0" in unkeyed.message
    # no table was read: the report still says so, and is partial
    assert "TABLES_NOT_FOUND" in report.completeness.reasons
    assert not report.completeness.complete


def _seed_000_overview(sentence: str) -> ogi.Report:
    text = seed("000").read_text(encoding="utf-8")
    head, tail = text.split("一、总体情况\n", 1)
    return _convert(head + "一、总体情况\n" + sentence + "\n" + tail)


def _by_id(report: ogi.Report) -> dict[str, ogi.report.CheckRecord]:
    return {c.id: c for c in report.checks}


def test_text_disagreeing_with_table_2_warns_a11() -> None:
    # seed 000's table 2 prints no request (本年新收 0, 上年结转 0)
    checks = _by_id(_seed_000_overview("本年度共受理政府信息公开申请2件，均按时答复。"))
    assert checks["A11.received"].ok is False
    assert "收到申请 2" in checks["A11.received"].message
    agree = _by_id(_seed_000_overview("本年度共受理政府信息公开申请0件。"))
    assert agree["A11.received"].ok is True
    assert "A11.received" not in _by_id(ogi.convert(seed("000")))


def test_text_disagreeing_with_table_3_warns_r5() -> None:
    review = ogi.convert(seed("000")).get("review_litigation.review.total")
    said = f"因政府信息公开引起行政复议{review + 2}件，行政诉讼0件。"
    checks = _by_id(_seed_000_overview(said))
    assert checks["R5.review"].ok is False
    assert checks["R5.litigation"].ok is True
    same = _by_id(_seed_000_overview(f"因政府信息公开引起行政复议{review}件。"))
    assert same["R5.review"].ok is True


def test_all_applicants_together_are_no_part() -> None:
    # 收到公民、法人或其他组织提交…申请3条 against a table printing 1 new request
    path = TEXT_VS_TABLES / "r33_a11_all_applicants.txt"
    checks = _by_id(ogi.convert(path))
    assert checks["A11.received"].ok is False
    assert "公民、法人或其他组织" in checks["A11.received"].message  # quoted as printed


def test_a11_reads_no_month_or_part_as_the_year() -> None:
    # 2023年2月，本机关收到…3件 (a month's), then 全年本机关新收…31件 (the table's 31)
    path = TEXT_VS_TABLES / "rv34_z11_by_month.txt"
    checks = _by_id(ogi.convert(path))
    assert checks["A11.received"].ok is True
    assert "31" in checks["A11.received"].message


@pytest.mark.parametrize(
    "name",
    [
        "rv36_b01_ontime_late",  # 按时答复28件，延期答复2件 (no handled total)
        "rv36_b03_review_no_qizhong",  # 受理行政复议申请32件，涉及政府信息公开的0件
        "rv36_b04_year_carried_forward",  # 2023年结转下一年度办理5件 (carried forward)
        "rv36_b07_dangchang",  # 当场答复3件 (one way of answering)
        "rv36_b11_lit_shang_niandu",  # 上年度…起诉1件 (another year's lawsuit)
    ],
)
def test_text_read_against_tables_raises_no_false_alarm(name: str) -> None:
    report = ogi.convert(TEXT_VS_TABLES / f"{name}.txt")
    failed = [c.id for c in report.checks if c.id.startswith(("A11", "R5")) and c.ok is False]
    assert failed == []


def test_a_second_count_of_a_kind_is_named_not_dropped() -> None:
    # the overview says 12, section 三's text 13: the first is keyed, the other named
    text = TABLES_AS_IMAGES.replace(
        "三、收到和处理政府信息公开申请情况\n",
        "三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请13件。\n",
    )
    report = _convert(text)
    assert report.get("applications.new_received.total") == 12
    (unkeyed,) = [w for w in report.warnings if w.code == "PROSE_FIGURES_UNKEYED"]
    assert "收到申请 13" in unkeyed.message
