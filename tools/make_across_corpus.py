"""Write the cross-year test corpora: one fictional body, 青禾县, reporting for 2017–2024 in
the three formats (legacy prose 2017–2018, 2019 format 2019–2020, 2021 format 2021–2024),
as text dumps shaped like the seeds in samples/text (one table cell per line, " |" after it).

    python tools/make_across_corpus.py     # rewrites tests/data/across/{good,planted}/

``good/`` is consistent across years (every X rule that can be evaluated holds);
``planted/`` is the same corpus with exactly three cross-year errors (PLANTED below).
The figures are written out here, not derived from the parser's vocabulary; the tables use
the official layouts of tools/official_layout.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import official_layout as O  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "across"
COLS = O.T2_COLUMNS[:-1]  # the six applicant columns
USCC = "11331099MB1C23456X"

LEGACY = {2017: {"received": 12, "active": 1280}, 2018: {"received": 15, "active": 1350}}
NEW_RECEIVED = {
    2019: [18, 3, 0, 1, 1, 0],
    2020: [22, 4, 1, 0, 2, 1],
    2021: [27, 2, 0, 1, 1, 0],
    2022: [31, 5, 1, 0, 0, 2],
    2023: [26, 3, 0, 0, 1, 1],
    2024: [35, 6, 1, 1, 2, 0],
}
CARRIED_OVER_2019 = [2, 1, 0, 0, 0, 0]
CARRIED_FORWARD = {
    2019: [3, 0, 0, 0, 0, 0],
    2020: [1, 1, 0, 0, 1, 0],
    2021: [4, 0, 0, 0, 0, 0],
    2022: [2, 1, 0, 0, 0, 1],
    2023: [5, 0, 0, 0, 0, 0],
    2024: [3, 2, 0, 0, 0, 0],
}
#: (row key, column index) printed blank although its value is 0: blanks are never checked.
BLANKS = {2023: {("carried_forward", 2)}}
T1_2019 = {
    2019: {
        "regulations": ["0", "0", "0"],
        "normative_documents": ["4", "4", "31"],
        "licensing": ["120", "+6", "1830"],
        "other_services": ["14", "0", "210"],
        "punishment": ["310", "+12", "85"],
        "coercion": ["18", "0", "7"],
        "fees": ["6", "减1"],
        "procurement": ["23", "1520.5万元"],
    },
    2020: {
        "regulations": ["0", "0", "0"],
        "normative_documents": ["5", "5", "36"],
        "licensing": ["126", "减3", "1955"],
        "other_services": ["14", "+2", "236"],
        "punishment": ["322", "减5", "92"],
        "coercion": ["18", "+1", "9"],
        "fees": ["5", "0"],
        "procurement": ["27", "1873.2万元"],
    },
}
#: 2021 format: (made, repealed) of normative documents; in force starts at 36 (end of 2020).
NORMATIVE_2021 = {2021: (4, 2), 2022: (6, 3), 2023: (3, 1), 2024: (5, 4)}
DECISIONS_2021 = {
    2021: (2010, 101, 11, "12.5"),
    2022: (2150, 96, 8, "0"),
    2023: (2088, 120, 12, "0"),
    2024: (2230, 133, 10, "3.75"),
}
REVIEW = {  # review / litigation_direct / litigation_after_review: maintained, corrected, other, pending
    2019: ([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]),
    2020: ([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]),
    2021: ([0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]),
    2022: ([2, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]),
    2023: ([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]),
    2024: ([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]),
}

#: The three planted cross-year errors (docs/across.md, tests/test_across.py).
PLANTED = {
    # X1 (2021→2022): 2022 prints 上年结转 自然人 6, but 2021 carried 4 forward; 2022 stays
    # consistent in itself (本年新收 lowered by 2), so only the cross-year rule sees it.
    "X1": "2022 carried_over.natural_person 4 → 6 (new_received 31 → 29)",
    # X3 (2022→2023): 2023 prints 本年废止 2 instead of 1 with 现行有效 unchanged (43).
    "X3": "2023 normative_documents.repealed 1 → 2",
    # X4 (2023→2024): a digit typed twice: 本年新收 自然人 350 instead of 35.
    "X4": "2024 new_received.natural_person 35 → 350",
}


def figures(planted: bool) -> dict[int, dict[str, object]]:
    """Per year, what the report prints (before rendering)."""
    new = {y: list(v) for y, v in NEW_RECEIVED.items()}
    repeal = dict(NORMATIVE_2021)
    over_2022_extra = 0
    if planted:
        new[2022][0] -= 2
        over_2022_extra = 2
        repeal[2023] = (repeal[2023][0], repeal[2023][1] + 1)
        new[2024][0] = 350
    out: dict[int, dict[str, object]] = {y: {"legacy": v} for y, v in LEGACY.items()}
    over = CARRIED_OVER_2019
    in_force = 36
    for year in sorted(NEW_RECEIVED):
        carried = list(over)
        if year == 2022:
            carried[0] += over_2022_extra
        out[year] = {"apps": applications(new[year], carried, CARRIED_FORWARD[year])}
        out[year]["review"] = REVIEW[year]
        if year in T1_2019:
            out[year]["t1"] = T1_2019[year]
        else:
            made, repealed = NORMATIVE_2021[year]
            in_force += made - repealed
            lic, pun, coe, fee = DECISIONS_2021[year]
            out[year]["t1"] = {
                "regulations": ["0", "0", "0"],
                "normative_documents": [str(made), str(repeal[year][1]), str(in_force)],
                "licensing": [str(lic)],
                "punishment": [str(pun)],
                "coercion": [str(coe)],
                "fees": [fee],
            }
        over = CARRIED_FORWARD[year]
    return out


def applications(new: list[int], over: list[int], forward: list[int]) -> dict[str, list[int]]:
    """Table 2 rows (six applicant columns) that satisfy A1, A2 per column."""
    rows: dict[str, list[int]] = {"new_received": new, "carried_over": over}
    done = [n + o - f for n, o, f in zip(new, over, forward)]
    shares = {
        "results.granted": 2,
        "results.partial": 8,
        "results.unable.not_held": 5,
        "results.denied.third_party": 10,
        "results.not_processed.repeat": 20,
    }
    for key, div in shares.items():
        rows[key] = [t // div for t in done]
    rows["results.other"] = [t - sum(rows[k][i] for k in shares) for i, t in enumerate(done)]
    rows["results.total"] = done
    rows["carried_forward"] = forward
    return rows


def cells(text: str) -> list[str]:
    """One printed cell per line, as in the seed dumps."""
    return [f"{text} |" if text else "|"]


def row(label: str, values: list[str]) -> list[str]:
    return cells(label) + [line for v in values for line in cells(v)] + ["||"]


def table1(year: int, t1: dict[str, list[str]], layout: list) -> list[str]:
    lines = []
    for title, headers, items, _columns in layout:
        lines += cells(title) + ["|||"] + cells("信息内容")
        lines += [ln for h in headers for ln in cells(h)] + ["||"]
        for label, item in items:
            lines += row(label, t1[item])
    return lines


def _with_total(values: list[int], blank: set[int]) -> list[str]:
    return [("" if i in blank else str(v)) for i, v in enumerate(values)] + [str(sum(values))]


def table2(year: int, apps: dict[str, list[int]], format_2021: bool) -> list[str]:
    blanks = BLANKS.get(year, set())

    def vals(key: str) -> list[str]:
        return _with_total(apps[key], {c for k, c in blanks if k == key})

    lines = cells(O.T2_HEADER_NOTE) + cells("申请人情况") + ["||||||||"]
    lines += cells("自然人") + cells("法人或其他组织") + cells("总计") + ["|||||||"]
    lines += [ln for a in O.T2_APPLICANTS for ln in cells(a)] + ["|||||"]
    for label, key in O.T2_TOP:
        lines += row(label, vals(key))
    lines += cells(O.T2_RESULTS_LABEL)
    zero = [0] * 6
    for group, subs in O.T2_RESULT_GROUPS:
        if group:
            lines += cells(group)
        for label, key in subs:
            lines += row(label, _with_total(apps.get(key, zero), set()))
    if format_2021:
        group, subs = O.T2_OTHER_2021
        lines += cells(group)
        for label, key in subs:
            values = apps["results.other"] if key.endswith("misc") else zero
            lines += row(label, _with_total(values, set()))
    else:
        lines += row(O.T2_OTHER_SINGLE[0], _with_total(apps["results.other"], set()))
    lines += row(O.T2_TOTAL[0], vals("results.total"))
    lines += row(O.T2_FORWARD[0], vals("carried_forward"))
    return lines


def table3(groups: tuple[list[int], ...]) -> list[str]:
    lines = cells("行政复议") + cells("行政诉讼") + ["|||||||||||||"]
    lines += [ln for p in O.T3_PARTS for ln in cells(p)]
    lines += cells("未经复议直接起诉") + cells("复议后起诉") + ["||||||||"]
    lines += [ln for p in O.T3_PARTS * 2 for ln in cells(p)] + ["|||||"]
    for parts in groups:
        lines += [ln for v in [*parts, sum(parts)] for ln in cells(str(v))]
    return lines


def intro(year: int) -> list[str]:
    return [
        f"本报告根据《中华人民共和国政府信息公开条例》要求,由青禾县人民政府办公室编制。"
        f"本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。"
        f"如对本报告有疑问,请与青禾县人民政府办公室联系(电话:0571-8765432)。"
    ]


def legacy_report(year: int, fig: dict[str, int]) -> list[str]:
    return [
        f"青禾县{year}年政府信息公开工作年度报告",
        *intro(year),
        "一、概述",
        f"{year}年,我县认真贯彻《中华人民共和国政府信息公开条例》,政府信息公开工作稳步推进。",
        "二、主动公开政府信息的情况",
        f"全年主动公开政府信息{fig['active']}条,其中通过政府网站公开的占绝大多数。",
        "三、依申请公开政府信息和不予公开政府信息的情况",
        f"全年共受理政府信息公开申请{fig['received']}件,均在法定期限内答复。",
        "四、政府信息公开的收费及减免情况",
        "本年度未收取任何费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "六、政府信息公开工作存在的主要问题及改进情况",
        "公开内容的深度有待提高,下一步将加强培训。",
        "七、其他需要报告的事项",
        "无。",
        "青禾县人民政府办公室",
        f"{year + 1}年3月20日",
    ]


def modern_report(year: int, fig: dict[str, object]) -> list[str]:
    format_2021 = year >= 2021
    head = []
    if format_2021:
        head = [f"索引号: | {USCC}/{year + 1}-00012 | 发布日期: | {year + 1}-01-20 |"]
    layout = O.T1_2021 if format_2021 else O.T1_2019
    return [
        *head,
        f"青禾县人民政府{year}年政府信息公开工作年度报告",
        *intro(year),
        "一、总体情况",
        f"{year}年,青禾县人民政府坚持以公开为常态、不公开为例外,全面推进政务公开。",
        "二、主动公开政府信息情况",
        *table1(year, fig["t1"], layout),  # type: ignore[arg-type]
        "三、收到和处理政府信息公开申请情况",
        *table2(year, fig["apps"], format_2021),  # type: ignore[arg-type]
        "四、政府信息公开行政复议、行政诉讼情况",
        *table3(fig["review"]),  # type: ignore[arg-type]
        "五、存在的主要问题及改进情况",
        "政策解读的针对性还需加强,下一步将完善解读机制。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        "青禾县人民政府办公室",
        f"{year + 1}年1月20日",
    ]


def write(folder: Path, planted: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for year, fig in figures(planted).items():
        lines = legacy_report(year, fig["legacy"]) if "legacy" in fig else modern_report(year, fig)
        path = folder / f"qinghe_{year}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("wrote", path)


def main() -> int:
    write(OUT / "good", planted=False)
    write(OUT / "planted", planted=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
