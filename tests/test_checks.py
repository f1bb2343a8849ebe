"""The consistency rules: they pass on consistent reports and fail on inconsistent ones,
keeping the printed numbers as printed."""

from __future__ import annotations

from conftest import ROOT, seed

import ogi
from ogi.registry import Registry


def convert_text(text: str) -> ogi.Report:
    return ogi.convert(
        text.encode("utf-8"), filename="r.txt", registry=Registry.load(entry_points=False)
    )


def _seed_000_with(old: str, new: str, count: int = 1) -> ogi.Report:
    text = seed("000").read_text(encoding="utf-8")
    assert text.count(old) >= count
    return convert_text(text.replace(old, new, count))


def by_id(report: ogi.Report) -> dict[str, ogi.report.CheckRecord]:
    return {c.id: c for c in report.checks}


def test_every_rule_family_is_evaluated_on_a_2019_report() -> None:
    ids = {c.id.split(".")[0] for c in ogi.convert(seed("000")).checks}
    assert {"A1", "A2", "A7", "A8", "R1", "R2", "R3", "R4", "D1", "D9", "T1", "Y1"} <= ids


def test_total_that_does_not_add_up_is_kept_and_flagged() -> None:
    # (七)总计 natural_person printed as 3 while every part is 0
    text = seed("000").read_text(encoding="utf-8")
    head, tail = text.split("(七)总计 |\n0 |", 1)
    report = convert_text(head + "(七)总计 |\n3 |" + tail)
    assert report.get("applications.results.total.natural_person") == 3  # kept as printed
    checks = by_id(report)
    assert not checks["A2.natural_person"].ok
    assert not checks["A1.natural_person"].ok
    assert not checks["A7.results.total"].ok
    assert checks["A2.commercial"].ok
    assert "3 ≠ 0" in checks["A2.natural_person"].message


def test_review_total_mismatch_fails_r1() -> None:
    text = seed("000").read_text(encoding="utf-8")
    head, tail = text.split("0 |\n0 |\n0 |\n1 |\n1 |", 1)
    report = convert_text(head + "0 |\n0 |\n0 |\n1 |\n2 |" + tail)
    assert not by_id(report)["R1"].ok
    assert report.get("review_litigation.review.total") == 2


def test_negative_count_fails_a8() -> None:
    text = seed("000").read_text(encoding="utf-8")
    head, tail = text.split("一、本年新收政府信息公开申请数量 |\n0 |", 1)
    report = convert_text(head + "一、本年新收政府信息公开申请数量 |\n-1 |" + tail)
    assert not by_id(report)["A8"].ok


def test_blank_inputs_leave_a_rule_not_evaluated_and_named() -> None:
    checks = by_id(ogi.convert(seed("001")))
    a7 = checks["A7.carried_over"]
    assert a7.ok is None and "not evaluated" in a7.message
    assert "applications.carried_over.natural_person" in a7.message
    assert not [c.id for c in ogi.convert(seed("001")).failed_checks() if c.id[0] == "A"]


def _with_cells(text: str, report: ogi.Report, replace: dict[str, str]) -> str:
    """``text`` with the one-cell lines of the given statistics replaced."""
    lines = text.split("\n")
    for cell in report.cells:
        if cell.key in replace:
            lines[cell.source["line"] - 1] = replace[cell.key]
    return "\n".join(lines)


def test_blank_total_column_in_sub_rows_fails_no_a_rule() -> None:
    """A 2019-format report that fills the applicant columns but leaves 总计 blank in the
    result sub-rows: every rule touching a blank is not evaluated, none fails."""
    original = ogi.convert(seed("000"))
    blanks = {
        c.key: "|"
        for c in original.cells
        if c.key.startswith("applications.results.")
        and c.key.endswith(".total")
        and c.key != "applications.results.total.total"
    }
    assert len(blanks) >= 15
    report = convert_text(_with_cells(seed("000").read_text(encoding="utf-8"), original, blanks))
    assert all(report.get(k) is None for k in blanks)
    assert not [c.id for c in report.failed_checks() if c.id[0] in "AR"]
    assert by_id(report)["A2.total"].ok is None
    assert by_id(report)["A2.natural_person"].ok is True
    # a blank 总计 beside printed parts is said in words (the rule stays not evaluated)
    a7 = by_id(report)["A7.results.granted"]
    assert a7.ok is None
    granted = original.get("applications.results.granted.total")
    assert f"no 总计 value (blank, unreadable or missing), Σ printed: {granted}" in a7.message


def test_not_evaluated_says_whether_the_printed_values_add_up() -> None:
    """Seed 001 leaves 结转 blank: with the blanks left out, 新收 15 = 办理结果 15; with a
    changed printed value nothing is said of the sums (still not evaluated: a blank is not 0,
    and may hold the difference)."""
    a1 = by_id(ogi.convert(seed("001")))["A1.natural_person"]
    assert a1.ok is None
    assert "with the blanks left out, 新收+结转 15 = 办理结果总计+结转下年度 15" in a1.message
    assert "blank: applications.carried_over.natural_person" in a1.message
    original = ogi.convert(seed("001"))
    text = seed("001").read_text(encoding="utf-8")
    changed = {"applications.new_received.natural_person": "16 |"}
    a1 = by_id(convert_text(_with_cells(text, original, changed)))["A1.natural_person"]
    assert a1.ok is None  # a disagreement is not said: the blank may hold the difference
    assert "with the blanks left out" not in a1.message and "blank: " in a1.message


def test_wrong_total_with_every_input_printed_still_fails() -> None:
    original = ogi.convert(seed("000"))
    report = convert_text(
        _with_cells(
            seed("000").read_text(encoding="utf-8"),
            original,
            {"applications.new_received.total": "7 |"},
        )
    )
    assert report.get("applications.new_received.total") == 7  # kept as printed
    assert by_id(report)["A7.new_received"].ok is False
    assert by_id(report)["A1.total"].ok is False


def test_mixed_template_labels_warn_t1() -> None:
    report = _seed_000_with("本年度新制作数量", "本年制发件数")
    assert report.template_by_table["active_disclosure"] == "mixed"
    assert not by_id(report)["T1"].ok


def test_period_of_another_year_warns_y1() -> None:
    report = _seed_000_with(
        "从2019年1月1日起到2019年12月31日止", "从2018年1月1日起到2018年12月31日止"
    )
    assert not by_id(report)["Y1"].ok


def test_fees_printed_in_yuan_warn_d5() -> None:
    text = seed("001").read_text(encoding="utf-8")
    head, tail = text.split("行政事业性收费 |\n0 |", 1)
    report = convert_text(head + "行政事业性收费 |\n1200元 |" + tail)
    assert report.get("active_disclosure.fees.amount_wan_yuan") == 0.12
    assert not by_id(report)["D5"].ok


def test_in_force_below_made_warns_d2() -> None:
    text = seed("001").read_text(encoding="utf-8")
    head, tail = text.split("行政规范性文件 |\n10 |\n0 |\n10 |", 1)
    report = convert_text(head + "行政规范性文件 |\n10 |\n0 |\n4 |" + tail)
    assert not by_id(report)["D2.normative_documents"].ok


def test_rules_without_inputs_are_not_evaluated() -> None:
    ids = {c.id.split(".")[0] for c in ogi.convert(seed("003")).checks}
    assert not ids & {"A1", "A2", "R1", "D1"}


def test_report_view_answers_as_the_report() -> None:
    """The checks read statistics through a ReportView (indexed once per report): for every
    key of every text sample, and for group paths and unknown keys, it answers as the
    Report does."""
    from ogi.report import ReportView, shared_view, view_of

    for path in sorted((ROOT / "samples" / "text").glob("*.txt")):
        report = ogi.convert(path)
        view = ReportView(report)
        assert list(view.flat()) == list(report.flat())
        keys = [k for k, _ in report.flat()]
        groups = {k.rsplit(".", 1)[0] for k in keys} | {k.split(".", 1)[0] for k in keys}
        for key in [*keys, *groups, "applications.nope.total", "tables." + keys[0]]:
            assert view.has(key) == report.has(key), key
            assert view.lookup(key) == report.lookup(key), key
        for key in keys:
            assert view.get(key) == report.get(key) == view.get("tables." + key), key
        with shared_view(report) as shared:
            assert view_of(report) is shared
            assert view_of(report.model_copy()) is not shared
        assert view_of(report) is not shared
    report.tables["empty_group"] = {"inner": {}}  # a group with nothing printed under it
    for key in ("empty_group", "empty_group.inner", "empty_group.inner.x"):
        assert ReportView(report).has(key) == report.has(key), key


def test_y1_weighs_the_title_year() -> None:
    """Y1 compares the title's year too: a title naming 2020 over a 2021 period disagrees."""
    from pathlib import Path

    import ogi

    path = Path(__file__).parent / "data" / "review" / "r12_quoted_title_vs_period.txt"
    y1 = [c for c in ogi.convert(path).checks if c.id == "Y1"]
    assert len(y1) == 1 and y1[0].ok is False
    assert "title=2020" in y1[0].message and "year=2021" in y1[0].message


def test_a2_not_evaluated_when_a_sub_row_is_missing() -> None:
    """A (六)其他处理 printed with one of its three sub-rows missing: the missing row may hold
    the difference, so A2 is not evaluated (it said 5 ≠ 4 before)."""
    from pathlib import Path

    import ogi

    path = Path(__file__).parent / "data" / "review" / "r15_a2_missing_sub_row.txt"
    a2 = {c.id: c for c in ogi.convert(path).checks if c.id.startswith("A2.")}
    assert a2["A2.natural_person"].ok is None
    assert "results.other.no_correction.natural_person" in a2["A2.natural_person"].message


_T2_ZEROS = "\n".join(["0 |"] * 7)


def _handled(values: str) -> str:
    """Seed 000's (七)总计 row with ``values`` (seven lines) in place of its zeros."""
    return f"(七)总计 |\n{values}"


def test_handled_requests_with_none_received_fail_a9() -> None:
    two = "2 |\n0 |\n0 |\n0 |\n0 |\n0 |\n2 |"
    report = _seed_000_with(_handled(_T2_ZEROS), _handled(two))
    a9 = by_id(report)["A9"]
    assert a9.ok is False and "新收+结转 = 0" in a9.message
    assert report.get("applications.results.total.total") == 2  # kept as printed
    received = "一、本年新收政府信息公开申请数量 |\n" + two
    text = seed("000").read_text(encoding="utf-8")
    text = text.replace("一、本年新收政府信息公开申请数量 |\n" + _T2_ZEROS, received, 1)
    assert by_id(convert_text(text.replace(_handled(_T2_ZEROS), _handled(two), 1)))["A9"].ok


def test_a9_is_not_evaluated_when_nothing_was_handled() -> None:
    assert "A9" not in by_id(ogi.convert(seed("000")))


def test_regulations_of_a_county_body_warn_d4() -> None:
    # seed 000 is 太仆寺旗 (a banner, county level): its 规章 row prints 0 0 0
    assert by_id(ogi.convert(seed("000")))["D4"].ok
    report = _seed_000_with("规章 |\n0 |\n0 |\n0 |", "规章 |\n2 |\n2 |\n6 |")
    d4 = by_id(report)["D4"]
    assert d4.ok is False and "太仆寺旗" in d4.message
    assert report.get("active_disclosure.regulations.total_published") == 6


def test_local_body_names_a_county_or_below() -> None:
    from ogi.bodies import local_body

    local = ["青禾镇人民政府", "青禾街道办事处", "青禾县人民政府", "青禾市东城区人民政府"]
    local += ["青禾县公安局", "青禾市东城区住房和城乡建设局", "青禾旗", "上海市浦东新区人民政府"]
    higher = ["广西壮族自治区人民政府", "青禾市住房和城乡建设局", "青禾市乡村振兴局"]
    higher += ["青禾省自然资源厅", "青禾市人民政府办公室", "青禾市区域合作办公室", None]
    higher += ["青禾市风景名胜区管理委员会", "青禾市红旗渠管理局", "青禾市保税港区管理局"]
    higher += ["青禾市自然保护区管理局", "青禾市社区建设管理办公室", "青禾市牧区发展局"]
    local += ["杭州市西湖区教育局", "深圳市南山区教育局"]
    assert [n for n in local if not local_body(n)] == []
    assert [n for n in higher if local_body(n)] == []


def test_newly_published_above_all_published_warns_d6() -> None:
    assert by_id(ogi.convert(seed("000")))["D6.normative_documents"].ok
    report = _seed_000_with("规范性文件 |\n1 |\n1 |\n9 |", "规范性文件 |\n1 |\n12 |\n9 |")
    d6 = by_id(report)["D6.normative_documents"]
    assert d6.ok is False and "12 > 对外公开总数量 9" in d6.message


def test_unreadable_item_count_fails_d7_and_keeps_the_text() -> None:
    assert by_id(ogi.convert(seed("000")))["D7"].ok  # 减13/增3 is read as −10
    report = _seed_000_with("减13/增3 |", "约13 |")
    d7 = by_id(report)["D7"]
    assert d7.ok is False and d7.keys == ["active_disclosure.licensing.change"]
    cell = next(c for c in report.cells if c.key == "active_disclosure.licensing.change")
    assert (cell.value, cell.raw) == (None, "约13")


def test_procurement_amount_without_unit_warns_d10() -> None:
    assert by_id(ogi.convert(seed("000")))["D10"].ok  # 4.2780亿元
    report = _seed_000_with("4.2780亿元 |", "42780 |")
    d10 = by_id(report)["D10"]
    assert d10.ok is False and "'42780'" in d10.message
    assert report.get("active_disclosure.procurement.amount_wan_yuan") is None
