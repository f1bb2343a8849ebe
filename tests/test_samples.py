"""The shipped samples against their hand-checked expected JSON, plus explicit assertions
of the printed values of each seed (written from the seed text, not from the output)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TEXT_SAMPLES, seed
from regen_goldens import expected_path

import ogi
from ogi.layout import T2_COLUMNS


@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.name)
def test_sample_matches_expected_json(sample: Path, in_root: Path) -> None:
    rel = sample.relative_to(in_root)
    expected = expected_path(rel).read_text(encoding="utf-8")
    assert ogi.convert(str(rel)).to_json() == expected


def _values(report: ogi.Report, prefix: str, keys: list[str]) -> list[object]:
    return [report.get(f"{prefix}.{k}") for k in keys]


T2 = list(T2_COLUMNS)


def test_seed_000_table1_as_printed() -> None:
    r = ogi.convert(seed("000"))
    assert r.template == "2019"
    a = "active_disclosure"
    assert _values(r, a + ".regulations", ["made", "published", "total_published"]) == [0, 0, 0]
    assert _values(r, a + ".normative_documents", ["made", "published", "total_published"]) == [
        1,
        1,
        9,
    ]
    assert _values(r, a + ".licensing", ["prev_items", "change", "decisions"]) == [153, -10, 3358]
    assert _values(r, a + ".other_services", ["prev_items", "change", "decisions"]) == [0, 0, 0]
    assert _values(r, a + ".punishment", ["prev_items", "change", "decisions"]) == [2018, 258, 240]
    assert _values(r, a + ".coercion", ["prev_items", "change", "decisions"]) == [4, 0, 5]
    assert _values(r, a + ".fees", ["prev_items", "change"]) == [1, 0]
    assert r.get(a + ".procurement.items") == 67
    assert r.get(a + ".procurement.amount_wan_yuan") == 42780.0
    raw = {c.key: c.raw for c in r.cells}
    assert raw[a + ".licensing.change"] == "减13/增3"
    assert raw[a + ".punishment.change"] == "减26/增284"
    assert raw[a + ".coercion.prev_items"] == "4(其中行政强制措施2,行政强制执行2)"
    assert raw[a + ".procurement.amount_wan_yuan"] == "4.2780亿元"


def test_seed_000_tables_2_and_3_and_checks() -> None:
    r = ogi.convert(seed("000"))
    t2 = [k for k, _ in r.flat() if k.startswith("applications.")]
    assert len(t2) == 23 * 7  # 一、二, (一)(二), 8 + 3 + 5 sub-rows, (六), (七), 四
    assert all(r.get(k) == 0 for k in t2)
    review = _values(
        r, "review_litigation.review", ["maintained", "corrected", "other", "pending", "total"]
    )
    assert review == [0, 0, 0, 1, 1]
    checks = {c.id: c for c in r.checks}
    assert checks["R1"].ok
    assert not checks["D9"].ok and checks["D9"].severity == "warning"
    assert "active_disclosure.punishment.prev_items" in checks["D9"].keys


def test_seed_001_blanks_stay_null() -> None:
    r = ogi.convert(seed("001"))
    assert r.template == "2021"
    assert r.template_by_table == {"active_disclosure": "2021", "applications": "2019-or-2021"}
    a = "active_disclosure"
    assert _values(r, a + ".regulations", ["made", "repealed", "in_force"]) == [None, None, None]
    assert r.has(a + ".regulations.made")
    assert _values(r, a + ".normative_documents", ["made", "repealed", "in_force"]) == [10, 0, 10]
    assert r.get(a + ".licensing.decisions") == 29482
    assert r.get(a + ".punishment.decisions") == 1280
    assert r.get(a + ".coercion.decisions") == 1808
    assert r.get(a + ".fees.amount_wan_yuan") == 0
    p = "applications"
    assert _values(r, p + ".new_received", T2) == [15, 0, 0, 0, 0, 0, 15]
    assert _values(r, p + ".carried_over", T2) == [None] * 6 + [0]
    assert _values(r, p + ".results.granted", T2) == [15, 0, 0, 0, 0, 0, 15]
    assert _values(r, p + ".results.unable.not_held", T2) == [0] * 7
    assert _values(r, p + ".results.other.subtotal", T2) == [None] * 6 + [0]
    assert _values(r, p + ".results.total", T2) == [15, None, None, None, None, None, 15]
    assert _values(r, p + ".carried_forward", T2) == [None] * 6 + [0]
    assert not r.has(p + ".results.other.no_correction.total")
    assert [c.id for c in r.failed_checks()] == []


def test_seed_002_department_2019() -> None:
    r = ogi.convert(seed("002"))
    a = "active_disclosure"
    assert r.template == "2019"
    assert _values(r, a + ".other_services", ["prev_items", "change", "decisions"]) == [5, 0, 12]
    assert _values(r, a + ".punishment", ["prev_items", "change", "decisions"]) == [528, 31, 506]
    assert _values(r, a + ".coercion", ["prev_items", "change", "decisions"]) == [26, 2, 0]
    assert r.get(a + ".procurement.items") == 83
    assert r.get(a + ".procurement.amount_wan_yuan") == pytest.approx(12.047407)
    assert [c.raw for c in r.cells if c.key == a + ".procurement.amount_wan_yuan"] == [
        "120474.07元"
    ]
    assert _values(r, "applications.new_received", T2) == [1, 0, 0, 0, 0, 0, 1]
    assert _values(r, "applications.results.total", T2) == [1, 0, 0, 0, 0, 0, 1]
    titles = [s.title for s in r.sections]
    assert len(titles) == 6 and titles[4] == "存在的主要问题及改进情况"
    assert r.sections[4].text.startswith("一、存在问题。")  # reused numeral stays text


def test_seed_003_legacy_fourteen_sections() -> None:
    r = ogi.convert(seed("003"))
    assert r.template == "legacy"
    numbers = [s.number for s in r.sections]
    assert numbers == [
        "一",
        "二",
        "三",
        "四",
        "五",
        "六",
        "七",
        "八",
        "九",
        "十",
        "十一",
        "十二",
        "十三",
        "十四",
    ]
    assert r.sections[-1].title == "其它应报告的事项"
    assert r.get("legacy.applications.received") == 48
    cell = next(c for c in r.cells if c.key == "legacy.applications.received")
    assert cell.source["kind"] == "prose" and "48件" in (cell.raw or "")


def test_seed_004_legacy_five_sections() -> None:
    r = ogi.convert(seed("004"))
    assert r.template == "legacy"
    assert [s.number for s in r.sections] == ["一", "二", "三", "四", "五"]
    assert r.sections[2].kind == "fees"
    assert r.get("legacy.applications.received") == 1
    assert r.preamble.startswith("按照《中华人民共和国政府信息公开条例》")


def test_metadata_per_seed() -> None:
    m0 = ogi.convert(seed("000")).meta
    assert (m0.title, m0.organization, m0.year) == (
        "太仆寺旗2019年政府信息公开工作年度报告",
        "太仆寺旗",
        2019,
    )
    assert m0.period is not None and (m0.period.start, m0.period.end) == (
        "2019-01-01",
        "2019-12-31",
    )
    assert (m0.contact.phone, m0.contact.email) == ("0479-2265799", "tpsqzwj@163.com")
    assert m0.website == "http://www.tpsq.gov.cn/"

    m1 = ogi.convert(seed("001")).meta
    assert m1.index_no == "4311030021/2023-05993" and m1.issuer == "冷水滩区"
    assert m1.published is None and m1.doc_no is None  # printed empty
    assert (m1.signature.office, m1.signature.date) == (
        "永州市冷水滩区政务公开领导小组办公室",
        "2023-01-18",
    )
    assert m1.period is not None and m1.period.end == "2022-12-31"
    assert m1.website == "http://www.lst.gov.cn" and m1.year == 2022

    m2 = ogi.convert(seed("002")).meta
    c = m2.contact
    assert (c.address, c.postcode, c.phone, c.fax, c.email) == (
        "厦门市同安区环城西路97号",
        "361100",
        "0592-7313071",
        "7311936",
        "tazfj@126.com",
    )
    assert c.office == "同安区城市管理局" and m2.year == 2020

    m3 = ogi.convert(seed("003")).meta
    assert m3.published == "2019-01-17" and m3.written == "2019-01-17"
    assert m3.index_no == "115323260151757350-/2021-10284933"
    assert m3.issuer == "大姚县政府办" and m3.contact.phone == "0878-6222279"
    assert (m3.signature.office, m3.signature.date) == ("大姚县人民政府办公室", "2018-12-28")
    assert m3.attachments[0].name.endswith("(大姚县).doc") and m3.attachments[0].size == "0K"

    m4 = ogi.convert(seed("004")).meta
    assert m4.year == 2017 and m4.website == "www.qsq.gov.cn"
