"""Never a silent partial: completeness per table, the warnings that name what is missing,
and a property test that mutates the samples and finds no statistic lost without a word."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import seed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ogi
from ogi.layout import T2_GROUP_ROWS, TABLES

MODERN = ("000", "001", "002")
JUNK = ("约12", "十二", "N/A", "12?", "1\x002", "\x00", "—", "/", "无", "？")
PLACEHOLDER_JUNK = frozenset({"—", "/", "无"})
OTHER = "applications.results.other."
OTHER_ROWS = ("subtotal", *T2_GROUP_ROWS["results.other"])
FOOTERS = ("- 3 -", "— 12 —", "第3页", "第 4 页 共 9 页")


def convert_text(text: str) -> ogi.Report:
    return ogi.convert(text.encode("utf-8"), filename="mutated.txt")


@dataclass(frozen=True)
class Sample:
    """A text sample, its lines and the report read from it (the ground truth)."""

    lines: tuple[str, ...]
    report: ogi.Report

    def cell_lines(self) -> dict[str, int]:
        """Statistic key → 0-based line index (one-cell-per-line samples)."""
        return {
            c.key: c.source["line"] - 1
            for c in self.report.cells
            if c.source.get("kind") == "table"
        }

    def rows(self) -> list[list[str]]:
        """The keys of each printed row, in order."""
        out: dict[tuple[int, int], list[str]] = {}
        for c in self.report.cells:
            if c.source.get("kind") == "table":
                out.setdefault((c.source["table"], c.source["row"]), []).append(c.key)
        return list(out.values())


_SAMPLES: dict[str, Sample] = {}


def sample(name: str) -> Sample:
    if name not in _SAMPLES:
        path = seed(name)
        _SAMPLES[name] = Sample(
            tuple(path.read_text(encoding="utf-8").split("\n")), ogi.convert(path)
        )
    return _SAMPLES[name]


def named(report: ogi.Report) -> set[str]:
    """Every statistic the report says something about: warnings, failed or unevaluated
    checks, and the completeness record."""
    keys = {k for w in report.warnings for k in w.keys}
    keys |= {k for c in report.checks if c.ok is not True for k in c.keys}
    for table in report.completeness.tables.values():
        keys |= set(table.missing) | set(table.unparsed)
        for key in table.missing:  # (六)其他处理: one row or three sub-rows, either way
            if key.startswith(OTHER):
                column = key.rsplit(".", 1)[1]
                keys |= {f"{OTHER}{row}.{column}" for row in OTHER_ROWS}
    if any(w.code == "TABLES_NOT_FOUND" for w in report.warnings):
        keys |= {k for k, _ in sample("000").report.flat()} | {
            k for k, _ in sample("001").report.flat()
        }
    return keys


def assert_nothing_silently_lost(truth: dict[str, Any], report: ogi.Report, what: str) -> None:
    """Every statistic of the mutated document is read exactly, or named."""
    said = named(report)
    wrong = [
        key
        for key, value in truth.items()
        if key not in said and (not report.has(key) or report.get(key) != value)
    ]
    assert not wrong, f"{what}: silently lost or changed: {wrong[:5]}"
    lost = [k for k, v in truth.items() if not report.has(k) or report.get(k) != v]
    if lost:  # whatever was not read exactly: the report is partial, or a check is not ok
        assert not report.completeness.complete or any(c.ok is not True for c in report.checks), (
            what
        )


# ---------------------------------------------------------------- mutations


def blank_cell(s: Sample, key: str) -> tuple[list[str], dict[str, Any]]:
    lines, truth = list(s.lines), dict(s.report.flat())
    lines[s.cell_lines()[key]] = "|"
    truth[key] = None
    return lines, truth


def junk_cell(s: Sample, key: str, junk: str) -> tuple[list[str], dict[str, Any]]:
    lines, truth = list(s.lines), dict(s.report.flat())
    lines[s.cell_lines()[key]] = f"{junk} |"
    truth[key] = None
    return lines, truth


def drop_row(s: Sample, row: list[str]) -> tuple[list[str], dict[str, Any]]:
    at = s.cell_lines()
    idx = sorted(at[k] for k in row)
    gone = set(idx) | {idx[0] - 1}  # the row's cells and its label line
    lines = [ln for i, ln in enumerate(s.lines) if i not in gone]
    return lines, dict(s.report.flat())


def drop_table(s: Sample, table: str) -> tuple[list[str], dict[str, Any]]:
    at = [i for k, i in s.cell_lines().items() if k.startswith(table + ".")]
    gone = set(range(min(at) - 1, max(at) + 1))
    lines = [ln for i, ln in enumerate(s.lines) if i not in gone]
    return lines, dict(s.report.flat())


def insert_footer(s: Sample, key: str, footer: str) -> tuple[list[str], dict[str, Any]]:
    lines = list(s.lines)
    lines.insert(s.cell_lines()[key] + 1, footer)
    return lines, dict(s.report.flat())


def fuse_cells(s: Sample, row: list[str], i: int) -> tuple[list[str], dict[str, Any]]:
    at = s.cell_lines()
    first, second = at[row[i]], at[row[i + 1]]
    lines = list(s.lines)
    a, b = lines[first].rstrip(" |"), lines[second].rstrip(" |")
    lines[first] = f"{a}{b} |"
    del lines[second]
    return lines, dict(s.report.flat())


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, list[str], dict[str, Any]]:
    s = sample(draw(st.sampled_from(MODERN)))
    keys = sorted(s.cell_lines())
    kind = draw(st.sampled_from(["blank", "junk", "row", "table", "footer", "fuse"]))
    if kind == "blank":
        key = draw(st.sampled_from(keys))
        return (f"blank {key}", *blank_cell(s, key))
    if kind == "junk":
        key, junk = draw(st.sampled_from(keys)), draw(st.sampled_from(JUNK))
        return (f"junk {junk!r} in {key}", *junk_cell(s, key, junk))
    if kind == "row":
        row = draw(st.sampled_from(s.rows()))
        return (f"drop row {row[0]}", *drop_row(s, row))
    if kind == "table":
        table = draw(st.sampled_from(TABLES))
        return (f"drop table {table}", *drop_table(s, table))
    if kind == "footer":
        key, footer = draw(st.sampled_from(keys)), draw(st.sampled_from(FOOTERS))
        return (f"footer {footer!r} after {key}", *insert_footer(s, key, footer))
    rows = [r for r in s.rows() if len(r) > 1]
    row = draw(st.sampled_from(rows))
    i = draw(st.integers(0, len(row) - 2))
    return (f"fuse {row[i]} + {row[i + 1]}", *fuse_cells(s, row, i))


@settings(
    max_examples=500,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutations())
def test_no_statistic_is_lost_without_a_word(case: tuple[str, list[str], dict[str, Any]]) -> None:
    what, lines, truth = case
    report = convert_text("\n".join(lines))
    assert_nothing_silently_lost(truth, report, what)


# ---------------------------------------------------------------- explicit cases


# the spreadsheet samples hold the statistics tables alone (as portals attach them): no
# numbered sections is the truth about them
TABLES_ALONE = ("xlsx", "xls", "et")


def test_every_sample_is_complete(in_root: Path) -> None:
    """Every shipped sample is complete — except an attachment that holds only the tables
    (a page beside it links to it): alone it lacks sections, and says so; assembled with
    its page in a bulk run it is complete."""
    reports = {p: ogi.convert(p) for p in sorted(Path("samples").rglob("*")) if p.is_file()}
    linked = {Path(a.href or a.name).name for r in reports.values() for a in r.meta.attachments}
    for path, report in reports.items():
        c = report.completeness
        if path.name in linked or path.parent.name in TABLES_ALONE:
            assert c.reasons in ([], ["SECTIONS_NOT_FOUND"]), (path, c.reasons)
            continue
        assert c.complete, (path, c.reasons)
        if report.template in ("2019", "2021"):
            assert set(c.tables) == set(TABLES)
            for name, table in c.tables.items():
                assert table.found == table.expected and not table.missing, (path, name)


@pytest.mark.parametrize(
    "name, expected",
    [
        # (table 1 cells, table 2 cells, table 3 cells) — counted on the official forms
        ("000", (22, 23 * 7, 15)),  # 2019 form: 8 items; (六)其他处理 one row
        ("001", (10, 23 * 7, 15)),  # 2021 form table 1; this report prints (六) as one row
        ("002", (22, 23 * 7, 15)),
    ],
)
def test_completeness_figures_of_the_seeds(name: str, expected: tuple[int, int, int]) -> None:
    tables = sample(name).report.completeness.tables
    assert tuple(tables[t].expected for t in TABLES) == expected
    assert tuple(tables[t].found for t in TABLES) == expected


def test_legacy_reports_expect_no_standard_table() -> None:
    for name in ("003", "004"):
        c = ogi.convert(seed(name)).completeness
        assert c.complete and c.tables == {} and c.expected_template is None
        assert c.sections_found >= 5


def test_all_tables_removed_is_partial_with_tables_not_found() -> None:
    s = sample("001")
    lines = [ln for ln in s.lines if not ln.rstrip().endswith("|") or ":" in ln]
    report = convert_text("\n".join(lines))
    assert len(report.sections) == 6
    assert not report.completeness.complete
    assert "TABLES_NOT_FOUND" in report.completeness.reasons
    assert report.template == "unknown"  # a 2022 report, not a legacy one
    # the overview's figures are read from the text; the one naming two cells is named
    assert [w.code for w in report.warnings] == ["PROSE_FIGURES_UNKEYED", "TABLES_NOT_FOUND"]
    prose = {c.key: c.value for c in report.cells if c.source.get("kind") == "prose"}
    assert prose == {
        "applications.new_received.total": 15,
        "review_litigation.review.total": 0,
    }


def test_dropped_row_is_named_by_table_incomplete() -> None:
    s = sample("000")
    row = next(r for r in s.rows() if r[0].startswith("applications.results.unable.not_held"))
    lines, _ = drop_row(s, row)
    report = convert_text("\n".join(lines))
    (warning,) = [w for w in report.warnings if w.code == "TABLE_INCOMPLETE"]
    assert warning.keys == row
    assert report.completeness.tables["applications"].missing == row
    assert report.completeness.tables["applications"].found == 23 * 7 - 7


def test_no_sections_is_said() -> None:
    s = sample("001")
    body = [ln for ln in s.lines if ln.rstrip().endswith("|")]
    report = convert_text("永州市冷水滩区2022年政府信息公开工作年度报告\n" + "\n".join(body))
    assert "SECTIONS_NOT_FOUND" in report.completeness.reasons
    assert report.completeness.tables["applications"].found == 23 * 7


def test_standard_sections_not_found_are_named() -> None:
    """A 2019+ report whose headings 五 and 六 were lost (their lines dropped here): the
    two are named, and the report stays complete (its statistics are all read). Before,
    a real PDF read with one section of six looked complete and said nothing."""
    s = sample("001")
    cut = next(i for i, ln in enumerate(s.lines) if ln.startswith("五、"))
    report = convert_text("\n".join(s.lines[:cut]))
    (note,) = [w for w in report.warnings if w.code == "SECTIONS_MISSING"]
    assert note.where["missing"] == ["五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    assert report.completeness.complete and report.completeness.sections_found == 4
    assert not [w for w in s.report.warnings if w.code == "SECTIONS_MISSING"]
    legacy = ogi.convert(seed("003"))
    assert not [w for w in legacy.warnings if w.code == "SECTIONS_MISSING"]


@pytest.mark.parametrize("junk", ["约12", "十二", "N/A", "12?", "1\x002", "\x00"])
def test_non_numeric_cell_is_kept_with_raw_and_a_warning(junk: str) -> None:
    s = sample("000")
    key = "applications.results.granted.natural_person"
    lines, _ = junk_cell(s, key, junk)
    report = convert_text("\n".join(lines))
    (cell,) = [c for c in report.cells if c.key == key]
    assert cell.value is None and cell.raw == junk
    assert any(w.code == "VALUE_UNPARSED" and w.keys == [key] for w in report.warnings)
    # the rest of the row is still read exactly
    for other in ("commercial", "research", "total"):
        k = f"applications.results.granted.{other}"
        assert report.get(k) == s.report.get(k)
    assert report.completeness.tables["applications"].unparsed == [key]
    assert not report.completeness.complete


@pytest.mark.parametrize("mark", ["—", "/", "无"])
def test_not_applicable_marks_read_as_blank(mark: str) -> None:
    s = sample("000")
    key = "review_litigation.review.corrected"
    lines, _ = junk_cell(s, key, mark)
    report = convert_text("\n".join(lines))
    (cell,) = [c for c in report.cells if c.key == key]
    assert cell.value is None and cell.raw == mark
    assert report.completeness.complete


@pytest.mark.parametrize("footer", FOOTERS)
def test_page_footer_inside_a_table_is_not_a_cell(footer: str) -> None:
    s = sample("001")
    lines, truth = insert_footer(s, "applications.new_received.research", footer)
    report = convert_text("\n".join(lines))
    assert dict(report.flat()) == truth
    assert report.completeness.complete


GRANTED = "applications.results.granted.natural_person"


def _html_with(junk: str) -> bytes:
    page = Path("samples/html/000_9ba4c109e1ad8830.html").read_bytes().decode("utf-8")
    at = page.index("(一)予以公开")
    cell = '<p style="text-align:center">0</p>'
    i = page.index(cell, at)
    return (page[:i] + cell.replace(">0<", f">{junk}<") + page[i + len(cell) :]).encode("utf-8")


def _docx_with(junk: str) -> bytes:
    import io

    import docx  # python-docx, installed with ogi-docx

    document = docx.Document("samples/docx/000_9ba4c109e1ad8830.docx")
    for table in document.tables:
        for row in table.rows:
            texts = [c.text.strip() for c in row.cells]
            if any(t.endswith("予以公开") for t in texts):
                first = next(i for i, t in enumerate(texts) if t == "0")
                row.cells[first].text = junk
                out = io.BytesIO()
                document.save(out)
                return out.getvalue()
    raise AssertionError("no 予以公开 row in the Word sample")


@pytest.mark.parametrize("junk", ["约12", "十二", "N/A", "12?", "1\x002"])
@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_non_numeric_cell_is_kept_in_every_format(fmt: str, junk: str, in_root: Path) -> None:
    if fmt == "docx" and "\x00" in junk:
        pytest.skip("XML cannot hold a NUL character")
    data, name = (_html_with(junk), "x.html") if fmt == "html" else (_docx_with(junk), "x.docx")
    report = ogi.convert(data, filename=name)
    (cell,) = [c for c in report.cells if c.key == GRANTED]
    printed = junk.replace("\x00", "\ufffd")  # HTML parsing turns NUL into U+FFFD
    assert cell.value is None and cell.raw == printed
    assert any(w.code == "VALUE_UNPARSED" and w.keys == [GRANTED] for w in report.warnings)
    assert report.get("applications.results.granted.total") == 0  # the row is still read
    assert report.completeness.tables["applications"].unparsed == [GRANTED]


def test_long_form_lists_missing_and_unparsed_statistics() -> None:
    s = sample("000")
    row = next(r for r in s.rows() if r[0].startswith("applications.results.unable.not_held"))
    lines, _ = drop_row(s, row)
    lines[s.cell_lines()[GRANTED]] = "约12 |"  # the dropped row lies below: indexes still hold
    report = convert_text("\n".join(lines))
    states = {r["key"]: r["state"] for r in report.cells_table()}
    assert [k for k, v in states.items() if v == "missing"] == row
    assert states[GRANTED] == "unparsed"
    assert states["applications.new_received.total"] == "printed"
    assert {r["state"] for r in sample("001").report.cells_table()} == {"printed", "blank"}
