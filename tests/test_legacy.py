"""Legacy reports (2008–2018): figures from prose and from the 2014–2018 统计表.

The expected values below were written from the sample texts (tools/legacy_samples.py) and
the seed dumps, sentence by sentence — not copied from the output.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, seed
from regen_goldens import expected_path

import ogi
from ogi.interpret.legacy import chinese_integer

LEGACY = sorted(
    p
    for p in (ROOT / "samples" / "legacy").iterdir()
    if p.suffix in (".txt", ".html", ".docx", ".pdf")
)
TITLE = "某县2016年政府信息公开工作年度报告\n"


def legacy_values(report: ogi.Report) -> dict[str, Any]:
    """Every legacy statistic of a report, flat."""
    return {k: v for k, v in report.flat() if k.startswith("legacy.")}


def convert_text(body: str) -> ogi.Report:
    """A report from text written in the test."""
    return ogi.convert((TITLE + body).encode("utf-8"), filename="report.txt")


def cell(report: ogi.Report, key: str) -> Any:
    (found,) = [c for c in report.cells if c.key == key]
    return found


# ---------------------------------------------------------------- the samples


@pytest.mark.parametrize("sample", LEGACY, ids=lambda p: p.name)
def test_legacy_sample_matches_expected_json(sample: Path, in_root: Path) -> None:
    rel = sample.relative_to(in_root)
    assert ogi.convert(str(rel)).to_json() == expected_path(rel).read_text(encoding="utf-8")


def test_six_legacy_reports_across_years_and_formats() -> None:
    reports = [ogi.convert(p) for p in LEGACY if "_stats" not in p.name and p.suffix != ".pdf"]
    assert len(reports) >= 6
    assert all(r.template == "legacy" for r in reports)
    assert {r.meta.year for r in reports} == {2009, 2011, 2013, 2015, 2016, 2017, 2018}
    assert {r.source.format for r in reports} == {"text", "html", "docx"}


EXPECTED: dict[str, dict[str, Any]] = {
    "legacy_2009_qinghe.txt": {
        # 全年召开政府信息公开工作会议2次，举办…培训班3期，参加培训人员120人次
        "legacy.training.meetings": 2,
        "legacy.training.classes": 3,
        "legacy.training.trainees": 120,
        # 全年主动公开政府信息1738条，其中县直单位主动公开1104条，占64%；乡镇主动公开634条
        "legacy.active.total": 1738,
        "legacy.active.normative_docs": 21,  # 全县主动公开规范性文件21项
        "legacy.active.by_channel.website": 1530,
        "legacy.active.by_channel.gazette": 46,
        "legacy.applications.received": 0,  # 未收到政府信息公开申请
        "legacy.info.withheld": 0,  # 没有不予公开政府信息的情况
        "legacy.fees.amount_wan_yuan": 0,  # 未收取任何费用
        "legacy.review.total": 0,  # 未发生…行政复议、行政诉讼
        "legacy.litigation.total": 0,
        # section 六 (problems and plans): "计划举办培训班2期" is not a figure of 2009
    },
    "legacy_2011_donghu.html": {
        # 截至2011年底…累计公开政府信息8000余条: cumulative, not the year's figure
        "legacy.info.total": 2210,
        "legacy.active.total": 612,
        "legacy.info.on_request": 38,
        "legacy.info.withheld": 1560,
        "legacy.applications.received": 17,
        "legacy.applications.by_channel.in_person": 12,
        "legacy.applications.by_channel.online": 4,
        "legacy.applications.by_channel.letter": 1,
        "legacy.applications.answered": 17,
        "legacy.applications.answers.granted": 12,
        "legacy.applications.answers.partial": 2,
        "legacy.applications.answers.not_this_agency": 1,
        "legacy.applications.answers.not_exist": 2,
        "legacy.consultations": 156,
        "legacy.fees.amount_yuan": 120,
        "legacy.review.total": 1,
        "legacy.litigation.total": 0,
        "legacy.appeals": 0,
    },
    "legacy_2013_linchuan_water.docx": {
        "legacy.org.staff_fulltime": 2,
        "legacy.org.staff_parttime": 3,
        "legacy.org.query_points": 1,
        "legacy.active.total": 2814,
        "legacy.active.normative_docs": 15,
        "legacy.active.by_channel.website": 4800,  # 4800余条 (approximate)
        "legacy.active.by_channel.weibo": 1260,
        "legacy.applications.received": 0,  # 没有收到…政府信息公开申请
        "legacy.review.total": 3,  # 行政复议三件, stated in the 依申请 section
        "legacy.fees.amount_wan_yuan": 0,
    },
    "legacy_2017_xishan.html": {
        "legacy.org.staff_fulltime": 1,
        "legacy.active.total": 486,
        "legacy.active.by_channel.website": 402,
        "legacy.active.by_channel.wechat": 84,
        "legacy.applications.received": 3,
        "legacy.applications.by_channel.in_person": 2,
        "legacy.applications.by_channel.letter": 1,
        "legacy.fees.amount_wan_yuan": 0,
        "legacy.review.total": 0,
        "legacy.litigation.total": 0,
    },
    "legacy_2018_jinhe_transport.txt": {
        "legacy.training.meetings": 2,
        "legacy.training.classes": 1,  # 培训一期
        "legacy.training.trainees": 45,
        "legacy.active.total": 1967,  # "主动公开政府信息 1967条" (space)
        "legacy.active.by_channel.website": 1802,
        "legacy.applications.received": 5,  # 5份
        "legacy.applications.by_channel.online": 2,
        "legacy.applications.by_channel.letter": 1,  # 收到群众来信的信函申请1条
        "legacy.applications.by_channel.in_person": 2,
        "legacy.applications.closed_on_time": 5,
        "legacy.complaints": 2,  # 2宗
        "legacy.fees.amount_wan_yuan": 0,
        "legacy.review.total": 0,  # 行政复议0件
        "legacy.litigation.total": 0,
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_prose_figure_is_read_under_its_key(name: str) -> None:
    report = ogi.convert(ROOT / "samples" / "legacy" / name)
    assert legacy_values(report) == EXPECTED[name]
    assert all(c.source["kind"] == "prose" for c in report.cells)


STATS_2015 = {
    "legacy.active.total": 1367,
    "legacy.active.normative_docs": 12,
    "legacy.active.normative_docs_issued": 14,
    "legacy.active.by_channel.gazette": 36,
    "legacy.active.by_channel.website": 1290,
    "legacy.active.by_channel.weibo": 856,
    "legacy.active.by_channel.wechat": 412,
    "legacy.active.by_channel.other": 95,
    "legacy.extra.主动公开行政执法信息数": 214,
    "legacy.response.hot_topics": 8,
    "legacy.response.press_conferences": 4,
    "legacy.response.press_conferences_by_head": 1,
    "legacy.response.interviews": 3,
    "legacy.response.interviews_by_head": 1,
    "legacy.response.interpretations": 21,
    "legacy.response.weibo_wechat": 15,
    "legacy.response.other": None,
    "legacy.applications.received": 23,
    "legacy.applications.by_channel.in_person": 9,
    "legacy.applications.by_channel.fax": 0,
    "legacy.applications.by_channel.online": 11,
    "legacy.applications.by_channel.letter": 3,
    "legacy.applications.closed": 23,
    "legacy.applications.closed_on_time": 23,
    "legacy.applications.closed_extended": 0,
    "legacy.applications.answered": 23,
    "legacy.applications.answers.already_public": 6,
    "legacy.applications.answers.granted": 8,
    "legacy.applications.answers.partial": 2,
    "legacy.applications.answers.denied": 3,
    "legacy.applications.denied_reasons.state_secret": 0,
    "legacy.applications.denied_reasons.commercial_secret": 1,
    "legacy.applications.denied_reasons.privacy": 1,
    "legacy.applications.denied_reasons.security_stability": 0,
    "legacy.applications.denied_reasons.not_gov_info": 1,
    "legacy.applications.denied_reasons.other_law": 0,
    "legacy.applications.answers.not_this_agency": 2,
    "legacy.applications.answers.not_exist": 1,
    "legacy.applications.answers.asked_to_amend": 1,
    "legacy.applications.answers.other_channel": 1,
    "legacy.review.total": 1,
    "legacy.review.maintained": 1,
    "legacy.review.corrected": 0,
    "legacy.review.other": 0,
    "legacy.litigation.total": 0,
    "legacy.litigation.maintained": 0,
    "legacy.litigation.corrected": 0,
    "legacy.litigation.other": 0,
    "legacy.complaints": 2,
    "legacy.fees.amount_wan_yuan": 0,
    "legacy.org.units": 1,
    "legacy.org.query_points": 15,
    "legacy.org.staff": 26,
    "legacy.org.staff_fulltime": 4,
    "legacy.org.staff_parttime": 22,
    "legacy.org.budget_wan_yuan": 12.5,
    "legacy.training.meetings": 3,
    "legacy.training.classes": 2,
    "legacy.training.trainees": 180,
}


def test_statistics_table_as_a_grid_every_row() -> None:
    report = ogi.convert(ROOT / "samples" / "legacy" / "legacy_2015_nanshan.html")
    assert report.template == "legacy"
    assert report.template_by_table == {"legacy": "legacy-statistics"}
    # the prose (1367条, 23宗, 1件 …) agrees with the table, whose rows are kept
    assert legacy_values(report) == STATS_2015
    assert all(c.source["kind"] == "table" for c in report.cells)
    assert cell(report, "legacy.org.budget_wan_yuan").unit == "万元"
    assert cell(report, "legacy.response.other").raw is None  # a blank cell stays null
    checks = {c.id: c for c in report.checks}
    assert [checks[f"W{i}"].ok for i in (1, 3, 4, 5, 6, 7)] == [True] * 6
    # 申请答复数 printed 23, its parts add up to 24: kept as printed, flagged
    assert not checks["W2"].ok and checks["W2"].severity == "warning"
    assert "23 ≠ 24" in checks["W2"].message


def test_statistics_table_in_a_pdf_across_pages() -> None:
    printed = ogi.convert(ROOT / "samples" / "legacy" / "legacy_2015_nanshan_print.pdf")
    page = ogi.convert(ROOT / "samples" / "legacy" / "legacy_2015_nanshan.html")
    assert printed.source.pages == 3
    assert printed.template_by_table == {"legacy": "legacy-statistics"}
    assert legacy_values(printed) == STATS_2015
    assert [c.id for c in printed.checks if not c.ok] == [c.id for c in page.checks if not c.ok]


def test_statistics_table_flattened_into_text() -> None:
    report = ogi.convert(ROOT / "samples" / "legacy" / "legacy_2016_baiyun.txt")
    values = legacy_values(report)
    assert report.template_by_table == {"legacy": "legacy-statistics"}
    assert len(values) == 42
    assert values["legacy.active.by_channel.gazette"] is None  # printed blank
    assert values["legacy.applications.by_channel.email"] == 1  # a local channel row
    assert values["legacy.extra.主动公开机构领导、机构设置及人事信息数"] == 38
    assert values["legacy.applications.answers.other_channel"] is None
    checks = {c.id: c for c in report.checks}
    assert checks["W1"].ok and checks["W4"].ok and checks["W7"].ok
    assert "W2" not in checks  # a blank part: the sum is not evaluated, not counted as 0
    # the prose figures (1520条, 1480条, 18篇, 36件 …) agree with the table: no warning
    assert not [w for w in report.warnings if w.code == "PROSE_TABLE_DIFFER"]


def test_statistics_table_in_a_word_attachment() -> None:
    report = ogi.convert(ROOT / "samples" / "legacy" / "legacy_2017_xishan_stats.docx")
    values = legacy_values(report)
    assert report.template == "legacy"
    assert report.template_by_table == {"legacy": "legacy-statistics"}
    assert values["legacy.active.total"] == 486
    assert values["legacy.extra.村务公开栏公开信息数"] == 120
    assert values["legacy.training.trainees"] == 25
    assert len(values) == 22


def test_page_and_word_attachment_assemble(tmp_path: Path) -> None:
    out = tmp_path / "out"
    db = tmp_path / "reports.sqlite"
    from click.testing import CliRunner

    from ogi.cli import cli

    run = CliRunner().invoke(
        cli, ["convert", str(ROOT / "samples" / "legacy"), "-o", str(out), "--db", str(db)]
    )
    assert run.exit_code == 0, run.output
    page = json.loads(next(out.rglob("legacy_2017_xishan.json")).read_text(encoding="utf-8"))
    keys = {c["key"]: c["source"]["kind"] for c in page["cells"]}
    assert keys["legacy.extra.村务公开栏公开信息数"] == "table"
    assert keys["legacy.org.staff_fulltime"] == "prose"
    assert page["template_by_table"] == {"legacy": "legacy-statistics"}
    # the README's first query: applications per organization per year, legacy years too
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT r.organization, r.year, c.value AS received "
            "FROM cells AS c JOIN reports AS r USING (path) "
            "WHERE c.key IN ('applications.new_received.total', 'legacy.applications.received') "
            "ORDER BY r.organization, r.year"
        ).fetchall()
    years = {year: float(value) for _, year, value in rows}
    assert years == {2009: 0, 2011: 17, 2013: 0, 2015: 23, 2016: 36, 2017: 3, 2018: 5}


# ---------------------------------------------------------------- each phrasing


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        ("全年主动公开政府信息1738条。", "legacy.active.total", 1738),
        (
            "(一)主动公开政府信息的数量2016年全区主动公开政府信息2814条。",
            "legacy.active.total",
            2814,
        ),
        (
            "（一）主动公开政府信息的数量2016年全区主动公开政府信息2814条。",
            "legacy.active.total",
            2814,
        ),
        ("全年主动公开政府信息 1967条。", "legacy.active.total", 1967),
        (
            "共收到有关政府信息公开的申请17条，其中当面申请数12条。",
            "legacy.applications.received",
            17,
        ),
        (
            "共收到有关政府信息公开的申请17条，其中当面申请数12条。",
            "legacy.applications.by_channel.in_person",
            12,
        ),
        ("收到市民寄来的信函申请1条。", "legacy.applications.by_channel.letter", 1),
        ("本年度未收到政府信息公开申请。", "legacy.applications.received", 0),
        ("本年度没有收到公民提出的政府信息公开申请。", "legacy.applications.received", 0),
        ("全年行政复议0件。", "legacy.review.total", 0),
        ("全年受理政府信息公开申请3宗。", "legacy.applications.received", 3),
        ("全年受理政府信息公开申请4份。", "legacy.applications.received", 4),
        ("全年受理政府信息公开申请5项。", "legacy.applications.received", 5),
        ("全年受理政府信息公开申请6件。", "legacy.applications.received", 6),
        ("全年受理政府信息公开申请三件。", "legacy.applications.received", 3),
        ("因政府信息公开引起的行政复议两件。", "legacy.review.total", 2),
        ("全年主动公开政府信息十二条。", "legacy.active.total", 12),
        ("收取复制费用共计35元。", "legacy.fees.amount_yuan", 35),
    ],
)
def test_phrasing(sentence: str, key: str, value: int) -> None:
    report = convert_text(f"一、概述\n{sentence}\n")
    assert report.template == "legacy"
    assert report.get(key) == value
    assert cell(report, key).source["kind"] == "prose"
    assert cell(report, key).raw == sentence


def test_several_figures_in_one_sentence_each_to_its_key() -> None:
    sentence = (
        "政府信息总数2210条，其中主动公开政府信息612条，作为依申请公开信息数38条，"
        "不予公开信息数1560条。"
    )
    report = convert_text(f"一、主动公开政府信息情况\n{sentence}\n")
    assert legacy_values(report) == {
        "legacy.info.total": 2210,
        "legacy.active.total": 612,
        "legacy.info.on_request": 38,
        "legacy.info.withheld": 1560,
    }
    assert {c.raw for c in report.cells} == {sentence}


def test_none_happened_gives_zero_for_both() -> None:
    report = convert_text(
        "一、复议和诉讼情况\n全年未发生因政府信息公开申请引起的行政复议、行政诉讼。\n"
    )
    assert report.get("legacy.review.total") == 0
    assert report.get("legacy.litigation.total") == 0


def test_review_is_not_an_application_received_zero() -> None:
    report = convert_text("一、依申请公开情况\n没有收到因政府信息公开申请提起的行政复议。\n")
    assert report.get("legacy.review.total") == 0
    assert not report.has("legacy.applications.received")


def test_review_and_litigation_inside_the_applications_section() -> None:
    body = "一、概述\n二、依申请公开政府信息情况\n全年收到申请8件。因申请引起行政复议1件，行政诉讼2件。\n"
    report = convert_text(body)
    assert report.get("legacy.applications.received") == 8
    assert report.get("legacy.review.total") == 1
    assert report.get("legacy.litigation.total") == 2
    assert cell(report, "legacy.review.total").source["section"] == "二"


def test_approximate_figure_is_flagged_never_silently_exact() -> None:
    report = convert_text("一、主动公开\n全年通过政府网站公开信息4800余条。\n")
    found = cell(report, "legacy.active.by_channel.website")
    assert found.value == 4800 and found.source["approximate"] is True
    assert "4800余条" in (found.raw or "")
    assert [w.code for w in report.warnings] == ["APPROXIMATE_FIGURE"]
    exact = convert_text("一、主动公开\n全年主动公开政府信息4800条。\n")
    assert "approximate" not in cell(exact, "legacy.active.total").source


def test_subtotal_never_overwrites_the_total() -> None:
    first = convert_text(
        "一、主动公开\n全年主动公开政府信息1738条，其中县直单位主动公开1104条，占64%。\n"
    )
    assert legacy_values(first) == {"legacy.active.total": 1738}
    before = convert_text(
        "一、主动公开\n县直单位主动公开1104条，乡镇主动公开634条，全县共主动公开1738条。\n"
    )
    assert legacy_values(before) == {"legacy.active.total": 1738}


def test_cumulative_and_planned_figures_are_not_the_years() -> None:
    body = (
        "一、主动公开\n截至目前，门户网站累计发布公开信息8354条。\n"
        "二、存在的主要问题及改进措施\n下一步将主动公开政府信息500条。\n"
    )
    assert legacy_values(convert_text(body)) == {}


def test_figures_not_read_are_named_in_one_warning() -> None:
    """Before: a figure that no key names, or that is refused (a part of the body, a running
    total), was dropped without a word. An ordinal, a plan and the article 一 (一项重要工作)
    are no figures; a keyed figure is read, not named."""
    body = (
        "一、主动公开\n全年主动公开政府信息1738条，其中县直单位主动公开1104条。\n"
        "截至目前，门户网站累计发布公开信息8354条。热线释疑解惑393次，举办第四期培训班。\n"
        "把政务公开作为一项重要工作，由一名副县长分管。\n"
        "二、存在的主要问题及改进措施\n下一步将主动公开政府信息500条。\n"
    )
    report = convert_text(body)
    assert legacy_values(report) == {"legacy.active.total": 1738}
    (note,) = [w for w in report.warnings if w.code == "PROSE_FIGURES_UNKEYED"]
    assert note.message.startswith("3 figure(s) stated in the report's prose")
    quoted = note.message.split("were not read: ", 1)[1].split("；")
    assert quoted == [
        "其中县直单位主动公开1104条",
        "门户网站累计发布公开信息8354条",
        "热线释疑解惑393次",
    ]
    keyed = convert_text("一、主动公开\n全年主动公开政府信息1738条。\n")
    assert not [w for w in keyed.warnings if w.code == "PROSE_FIGURES_UNKEYED"]


def test_unkeyed_warning_quotes_as_printed_and_names_counts_of_one() -> None:
    """The warning quotes the printed words (quotes, spaces, full-width kept); 一次 and 一件
    are counts, 15个工作日 a time limit (not named)."""
    report = convert_text(
        "一、主动公开\n开展“政府开放日”活动 ３ 次，办理人大代表建议一件，均在15个工作日内办结。\n"
    )
    (note,) = [w for w in report.warnings if w.code == "PROSE_FIGURES_UNKEYED"]
    quoted = note.message.split("were not read: ", 1)[1].split("；")
    assert quoted == ["开展“政府开放日”活动 ３ 次", "办理人大代表建议一件"]


def test_another_years_figure_is_not_the_reports() -> None:
    """Before: 2015年…202条 in a report on 2016, stated first, was the total (and the year's
    206 a PROSE_FIGURES_DIFFER); it gives way to the year's figure and is named."""
    body = "一、主动公开\n2015年主动公开政府信息202条。2016年主动公开政府信息206条。\n"
    report = convert_text(body)
    assert legacy_values(report) == {"legacy.active.total": 206}
    assert [w.code for w in report.warnings] == ["PROSE_FIGURES_UNKEYED"]
    quoted = report.warnings[0].message.split("were not read: ", 1)[1].split("；")
    assert quoted == ["2015年主动公开政府信息202条。"]
    # alone, another year's figure is read (a report copying last year's wording)
    alone = convert_text("一、主动公开\n2015年度共主动公开政府信息339条。\n")
    assert legacy_values(alone) == {"legacy.active.total": 339}


def test_unkeyed_figures_quote_numerals_of_quoted_names_as_printed() -> None:
    """A numeral inside a quoted name is masked while figures are read (创业富民30条 is no
    count), never in what the warning quotes."""
    report = convert_text("一、主动公开\n围绕“三证合一”换发营业执照40多项。\n")
    (note,) = [w for w in report.warnings if w.code == "PROSE_FIGURES_UNKEYED"]
    assert note.message.endswith("围绕“三证合一”换发营业执照40多项")


def test_a_sentence_wrapped_over_lines_keeps_its_label() -> None:
    report = convert_text(
        "一、主动公开政府信息情况\n2016年全区主动公开政府信\n息2814条，方便群众查阅。\n"
    )
    assert report.get("legacy.active.total") == 2814
    assert (
        cell(report, "legacy.active.total").raw
        == "2016年全区主动公开政府信息2814条，方便群众查阅。"
    )


def test_chinese_integer() -> None:
    assert [chinese_integer(t) for t in ("三", "十二", "二十", "两", "一百零五", "三千")] == [
        3,
        12,
        20,
        2,
        105,
        3000,
    ]
    assert chinese_integer("二三") is None


# ---------------------------------------------------------------- the 统计表 as text


SPACED = """一、依申请公开政府信息情况
全年共收到申请7件。
附表：政府信息公开情况统计表
统计指标 单位 统计数
三、依申请公开情况
(一)收到申请数 件 7
1.当面申请数 件 3
2.传真申请数 件 0
3.网络申请数 件 3
4.信函申请数 件 2
四、行政复议数量 件 1
(一)维持具体行政行为数 件 1
(二)被依法纠错数 件 0
(三)其他情形数 件 0
七、依申请公开信息收取的费用 万元 0.02
某县人民政府办公室
"""


def test_statistics_table_as_spaced_text_lines() -> None:
    report = convert_text(SPACED)
    assert legacy_values(report) == {
        "legacy.applications.received": 7,
        "legacy.applications.by_channel.in_person": 3,
        "legacy.applications.by_channel.fax": 0,
        "legacy.applications.by_channel.online": 3,
        "legacy.applications.by_channel.letter": 2,
        "legacy.review.total": 1,
        "legacy.review.maintained": 1,
        "legacy.review.corrected": 0,
        "legacy.review.other": 0,
        "legacy.fees.amount_wan_yuan": 0.02,
    }
    checks = {c.id: c for c in report.checks}
    assert not checks["W1"].ok and "7 ≠ 8" in checks["W1"].message
    assert checks["W5"].ok
    # the prose "收到申请7件" agrees with the table row: the table's cell is kept
    assert cell(report, "legacy.applications.received").source["kind"] == "table"


def test_prose_that_disagrees_with_the_table_is_a_warning() -> None:
    report = convert_text(SPACED.replace("全年共收到申请7件", "全年共收到申请9件"))
    assert report.get("legacy.applications.received") == 7
    assert [w.code for w in report.warnings] == ["PROSE_TABLE_DIFFER"]


# ---------------------------------------------------------------- the seeds


def test_seed_003_prose_figures() -> None:
    report = ogi.convert(seed("003"))
    assert (
        legacy_values(report)
        == {
            "legacy.training.classes": 2,  # 2018年共开展培训二期
            "legacy.training.meetings": 3,  # 召开领导组会议、联席会议3次
            "legacy.active.by_channel.website": 9290,  # 通过县人民政府网门户站公开信息9290余条
            "legacy.active.by_channel.other": 12000,  # 通过手机报、微信公众号等新兴媒体及其他渠道…12000余条
            "legacy.response.interpretations": 53,  # 共发布政策解读信息53条
            "legacy.applications.received": 48,  # 接收办理政府信息依申请公开件48件
            "legacy.review.total": 0,  # 无信息公开相关举报、复议、诉讼情况
            "legacy.litigation.total": 0,
            "legacy.complaints": 0,
        }
    )
    assert cell(report, "legacy.active.by_channel.website").source["approximate"] is True


def test_seed_004_prose_figures() -> None:
    report = ogi.convert(seed("004"))
    assert legacy_values(report) == {
        "legacy.training.meetings": 2,  # 召开了两次政务公开工作推进会
        "legacy.applications.received": 1,  # 全年共受理依申请公开1件
        "legacy.fees.amount_wan_yuan": 0,  # 依申请公开政府信息事项未收费
        "legacy.review.total": 0,  # 没有收到…行政复议
        "legacy.litigation.total": 0,  # 未发生…行政诉讼案件
    }
    # 截至目前…发布公开信息8354条 is cumulative; 在全区组织一次…培训 is a plan (section 五)
    assert not report.has("legacy.active.by_channel.website")
    assert not report.has("legacy.training.classes")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # applications for administrative approval are not disclosure applications
        ("政务服务中心全年受理行政审批申请2345件，办结2340件。", {}),
        ("政府信息公开窗口接受当面咨询30人次。", {"legacy.consultations": 30}),
        ("制作政府信息公开宣传册500份。", {}),
        ("12345热线受理群众投诉97件。", {}),
        ("受理涉及政府信息公开的举报投诉2宗。", {"legacy.complaints": 2}),
        ("开设重点领域信息公开栏目29个。", {}),
        ("目前第四期已出版。", {}),
    ],
)
def test_figures_that_are_not_disclosure_statistics(
    sentence: str, expected: dict[str, int]
) -> None:
    assert legacy_values(convert_text(f"一、概述\n{sentence}\n")) == expected


def test_a_2019_format_page_without_its_tables_gets_no_legacy_figures() -> None:
    import re

    html = (ROOT / "samples/html/000_9ba4c109e1ad8830.html").read_text(encoding="utf-8")
    page = re.sub(r"<table.*?</table>", "", html, flags=re.S).encode("utf-8")
    report = ogi.convert(page, filename="page.html")
    assert any(s.title == "收到和处理政府信息公开申请情况" for s in report.sections)
    assert legacy_values(report) == {}


def test_statistics_table_one_cell_per_line() -> None:
    """The seed-dump shape: every cell on its own line ending in "|"."""
    rows = [
        ("指标名称", "计量单位", "数量"),
        ("一、主动公开情况", "", ""),
        ("(一)主动公开政府信息数", "条", "300"),
        ("三、依申请公开情况", "", ""),
        ("(一)收到申请数", "件", "2"),
        ("1.当面申请数", "件", ""),
        ("4.信函申请数", "件", "2"),
    ]
    cells = "".join(f"{c} |\n" for row in rows for c in row if c)
    report = convert_text(f"一、概述\n附表\n{cells}")
    assert report.template_by_table == {"legacy": "legacy-statistics"}
    assert legacy_values(report) == {
        "legacy.active.total": 300,
        "legacy.applications.received": 2,
        "legacy.applications.by_channel.in_person": None,
        "legacy.applications.by_channel.letter": 2,
    }
    assert "W1" not in {c.id for c in report.checks}  # a blank part: not evaluated


@pytest.mark.parametrize(
    ("sentence", "expected", "approximate"),
    [
        (  # DOMAIN.md §1.2: documents by disclosure attribute, not applications
            "共制作政府信息3021条,其中主动公开信息1027条,依申请公开信息459条,不予公开信息1535条。",
            {
                "legacy.info.total": 3021,
                "legacy.active.total": 1027,
                "legacy.info.on_request": 459,
                "legacy.info.withheld": 1535,
            },
            False,
        ),
        (
            "2015年度共主动公开政府信息339条。其中,政务动态类信息112条。",
            {"legacy.active.total": 339},
            False,
        ),
        ("全年主动公开政府信息13.6万条。", {"legacy.active.total": 136000}, True),
        ("全年受理政府信息公开申请十余件。", {"legacy.applications.received": 10}, True),
        ("全年主动公开政府信息近3000条。", {"legacy.active.total": 3000}, True),
        (
            "全县各部门共主动公开政府信息1738条，各乡镇共主动公开政府信息634条。",
            {"legacy.active.total": 1738},
            False,
        ),
    ],
)
def test_more_published_phrasings(
    sentence: str, expected: dict[str, int], approximate: bool
) -> None:
    report = convert_text(f"一、概述\n{sentence}\n")
    assert legacy_values(report) == expected
    flagged = {c.key for c in report.cells if c.source.get("approximate")}
    assert flagged == (set(expected) if approximate else set())


def test_statistics_table_label_wrapped_over_two_text_lines() -> None:
    """A PDF without ruling lines: a long row label runs on to the next line."""
    body = (
        "一、概述\n统计指标 单位 统计数\n一、主动公开情况\n"
        "(一)主动公开政府信息数(不同渠道和方式公开相同\n信息计1条) 条 1367\n"
        "其中:主动公开规范性文件数 条 12\n"
    )
    report = convert_text(body)
    assert legacy_values(report) == {
        "legacy.active.total": 1367,
        "legacy.active.normative_docs": 12,
    }


def _top_level_alternatives(rx: str) -> list[str]:
    """The alternatives of a regular expression at nesting depth 0."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(rx):
        if ch == "\\":
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(rx[start:i])
            start = i + 1
    return [*parts, rx[start:]]


def test_none_hint_is_necessary_for_every_none_statement() -> None:
    """The prose reader skips the none-statements of a sentence without NONE_HINT: every
    statement must open with one of its words, or hold the 为零 that NONE_HINT finds (…为零),
    or a sentence would lose its zeros."""
    import re

    from ogi.interpret import legacy_labels as V

    opener = re.compile(
        r"^\(\?:(?:没有|[未无不免])(?:\|(?:没有|[未无不免]))*\)|^(?:没有|[未无不免])"
    )
    for statement in V.NONE_STATEMENTS:
        for alternative in _top_level_alternatives(statement.pattern.pattern):
            found = opener.match(alternative)
            if found is None:  # a 为零 statement: the hint finds its mark in every match
                assert "为[零0]" in alternative, (statement.keys, alternative)
                assert V.NONE_HINT.search("为零") and V.NONE_HINT.search("为0")
                continue
            assert V.NONE_HINT.search(found.group()), alternative


def test_figure_hint_finds_what_figure_re_finds() -> None:
    """The prose reader looks for figures only in sentences where FIGURE_HINT is found: on
    every line of the legacy samples and on edge cases, it is found exactly where FIGURE_RE
    finds a figure."""
    from ogi.interpret import legacy_labels as V

    lines = [
        line
        for path in sorted((ROOT / "samples").glob("*/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    edge = [
        "约12件",
        "超过3万余次",
        "两百人次",
        "第4期",
        "12",
        "十二",
        "1.5万元",
        "共计",
        "4800余条",
    ]
    for text in lines + edge:
        assert bool(V.FIGURE_HINT.search(text)) == bool(V.FIGURE_RE.search(text)), text


@pytest.mark.parametrize(
    "sentence",
    [
        "本报告由概述、主动公开政府信息情况、政府信息依申请公开工作情况、因政府信息公开申请"
        "行政复议、提起行政诉讼的情况和政府信息公开情况统计表共七个部分组成。",
        "全文从主动公开、行政复议和行政诉讼等六个方面报告工作情况。",
    ],
)
def test_a_count_of_the_reports_own_parts_is_no_figure(sentence: str) -> None:
    """A real 2016 report's first sentence lists its parts, 行政复议 among them, then counts
    them: that seven was read as seven review requests (the report says there were none)."""
    report = convert_text(f"一、概述\n{sentence}\n二、行政复议情况\n本年度未发生行政复议。\n")
    assert report.get("legacy.review.total") == 0
    assert not [w for w in report.warnings if w.code == "PROSE_FIGURES_DIFFER"]


def test_a_figure_before_the_word_partial_is_a_figure() -> None:
    """``同意公开15件部分公开3件``: 部分 there opens the next figure's words; only a count
    in 个 of 部分 or 方面 is the report's parts."""
    report = convert_text(
        "一、概述\n本年做好公开工作。\n二、依申请公开政府信息情况\n"
        "2016年共受理政府信息公开申请20件，其中同意公开15件部分公开3件，不予公开2件。\n"
    )
    assert report.get("legacy.applications.answers.granted") == 15
    assert report.get("legacy.applications.answers.partial") == 3
