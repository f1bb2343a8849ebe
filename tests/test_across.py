"""Across years: the 青禾县 corpus (tools/make_across_corpus.py), cross-year checks X1…X4,
`ogi compare` against hand-checked goldens, `ogi check --across`, `ogi series` and the bulk
run's --across (ogi.across)."""

from __future__ import annotations

import builtins
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ogi.across import Snapshot, cross_checks, load_snapshots, pair_checks
from ogi.across.keymap import LEGACY_EQUIVALENTS, lookup
from ogi.cli import cli
from ogi.registry import Registry
from ogi.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "across"
GOOD, PLANTED = DATA / "good", DATA / "planted"
GOLDEN = ROOT / "tests" / "golden" / "across"
YEARS = range(2017, 2025)

sys.path.insert(0, str(ROOT / "tools"))
import make_across_corpus as corpus  # noqa: E402


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), obj=Registry.load(entry_points=False))


@pytest.fixture(scope="module")
def good() -> list[Snapshot]:
    return load_snapshots(str(GOOD))


@pytest.fixture(scope="module")
def planted() -> list[Snapshot]:
    return load_snapshots(str(PLANTED))


# ---------------------------------------------------------------- the corpus


def test_corpus_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    corpus.write(tmp_path / "good", planted=False)
    corpus.write(tmp_path / "planted", planted=True)
    for folder in ("good", "planted"):
        for year in YEARS:
            name = f"qinghe_{year}.txt"
            assert (tmp_path / folder / name).read_bytes() == (DATA / folder / name).read_bytes()


def test_corpus_reads_back_as_generated(good: list[Snapshot]) -> None:
    by_year = {s.year: s for s in good}
    assert sorted(by_year) == list(YEARS)
    templates = {y: by_year[y].template for y in YEARS}
    assert templates == {
        2017: "legacy",
        2018: "legacy",
        2019: "2019",
        2020: "2019",
        2021: "2021",
        2022: "2021",
        2023: "2021",
        2024: "2021",
    }
    assert {s.organization_key for s in good} == {"青禾县"}
    figures = corpus.figures(planted=False)
    for year in range(2019, 2025):
        apps = figures[year]["apps"]
        values = by_year[year].values
        for row in ("new_received", "carried_over", "results.total", "carried_forward"):
            expected = [
                None if (row, i) in corpus.BLANKS.get(year, set()) else v
                for i, v in enumerate(apps[row])
            ]
            got = [values[f"applications.{row}.{c}"] for c in corpus.COLS]
            assert got == expected, (year, row)
    assert by_year[2017].values["legacy.applications.received"] == 12
    assert by_year[2018].values["legacy.active.total"] == 1350


def test_corpus_reports_pass_their_own_checks() -> None:
    import ogi

    for folder in (GOOD, PLANTED):
        for path in sorted(folder.glob("*.txt")):
            report = ogi.convert(path)
            assert not report.failed_checks(), (path.name, report.failed_checks())
            assert not report.warnings, path.name


# ---------------------------------------------------------------- cross-year checks


def _failed(results: list[Any]) -> set[tuple[str, int, int]]:
    return {(r.id, r.other_year, r.year) for r in results if r.ok is False}


def test_consistent_corpus_passes_every_cross_year_check(good: list[Snapshot]) -> None:
    results = cross_checks(good)
    assert _failed(results) == set()
    families = {(r.id.split(".")[0], r.other_year) for r in results}
    assert {("X1", y) for y in range(2019, 2024)} <= families
    assert ("X2", 2019) in families and ("X2", 2020) not in families  # 2019 format only
    assert {("X3", y) for y in (2021, 2022, 2023)} <= families and ("X3", 2020) not in families
    assert ("X4", 2017) in families and ("X4", 2018) in families  # legacy years compared


def test_blank_cells_are_not_evaluated(good: list[Snapshot]) -> None:
    """2023 prints 结转下年度 科研机构 blank: X1.research 2023→2024 is not evaluated."""
    x1 = {r.id: r for r in cross_checks(good) if r.id.startswith("X1.") and r.year == 2024}
    assert len(x1) == 7 and [r.id for r in x1.values() if r.ok is not True] == ["X1.research"]
    assert x1["X1.research"].ok is None
    assert x1["X1.research"].message == (
        "not evaluated: blank 2023 applications.carried_forward.research"
    )


def test_legacy_year_is_compared_through_the_key_map(good: list[Snapshot]) -> None:
    (x4,) = [r for r in cross_checks(good) if r.year == 2019 and r.id.startswith("X4.applications")]
    assert x4.ok and "2018 15 → 2019 23" in x4.message


def test_planted_corpus_fails_exactly_the_three_planted_errors(planted: list[Snapshot]) -> None:
    results = cross_checks(planted)
    assert {(f.split(".")[0], a, b) for f, a, b in _failed(results)} == {
        ("X1", 2021, 2022),
        ("X3", 2022, 2023),
        ("X4", 2023, 2024),
    }
    assert _failed(results) == {
        ("X1.natural_person", 2021, 2022),
        ("X1.total", 2021, 2022),  # the total column carries the same difference
        ("X3.normative_documents", 2022, 2023),
        ("X4.applications.new_received.total", 2023, 2024),
    }
    assert len(corpus.PLANTED) == 3


def _snap(year: int, values: dict[str, Any]) -> Snapshot:
    return Snapshot(f"r{year}", "甲县", "甲县", None, year, "2019", values)


def test_x2_items_continuity() -> None:
    t1 = "active_disclosure.licensing"
    prev = _snap(2019, {f"{t1}.prev_items": 120, f"{t1}.change": 6})
    ok = pair_checks(prev, _snap(2020, {f"{t1}.prev_items": 126}))
    bad = pair_checks(prev, _snap(2020, {f"{t1}.prev_items": 125}))
    assert [(r.id, r.ok) for r in ok] == [("X2.licensing", True)]
    assert [(r.id, r.ok, r.severity) for r in bad] == [("X2.licensing", False, "warning")]
    blank = pair_checks(
        _snap(2019, {f"{t1}.prev_items": 120, f"{t1}.change": None}),
        _snap(2020, {f"{t1}.prev_items": 125}),
    )
    assert [(r.id, r.ok) for r in blank] == [("X2.licensing", None)]
    absent = pair_checks(_snap(2019, {f"{t1}.prev_items": 120}), _snap(2020, {}))
    assert absent == []


def test_x4_ignores_small_counts() -> None:
    key = "applications.new_received.total"
    assert pair_checks(_snap(2020, {key: 0}), _snap(2021, {key: 12}))[0].ok
    assert not pair_checks(_snap(2020, {key: 3}), _snap(2021, {key: 60}))[0].ok


def test_legacy_key_map() -> None:
    assert LEGACY_EQUIVALENTS["legacy.applications.received"] == "applications.new_received.total"
    values = {"legacy.applications.received": 15}
    assert lookup(values, "applications.new_received.total") == ("legacy.applications.received", 15)
    assert lookup(values, "legacy.litigation.total") is None


# ---------------------------------------------------------------- ogi compare


@pytest.mark.parametrize(
    "fmt, suffix", [("text", ".txt"), ("markdown", ".md"), ("json", ".json"), ("csv", ".csv")]
)
def test_compare_matches_the_golden(fmt: str, suffix: str, in_root: Path) -> None:
    a, b = "tests/data/across/planted/qinghe_2021.txt", "tests/data/across/planted/qinghe_2022.txt"
    result = run("compare", a, b, "--format", fmt)
    assert result.output == (GOLDEN / f"compare_2021_2022{suffix}").read_text(encoding="utf-8")
    assert result.exit_code == 1  # X1 is an error-level cross-year check


def test_compare_only_changed_and_exit_0_when_consistent(in_root: Path) -> None:
    a, b = "tests/data/across/good/qinghe_2021.txt", "tests/data/across/good/qinghe_2022.txt"
    result = run("compare", a, b, "--only-changed", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["rows"] and all(r["status"] != "same" for r in data["rows"])
    row = {r["key"]: r for r in data["rows"]}["applications.new_received.total"]
    assert (row["a"], row["b"], row["change"]) == (31, 39, 8)


def test_compare_years_apart_and_other_bodies_say_so(in_root: Path) -> None:
    a, b = "tests/data/across/good/qinghe_2019.txt", "samples/text/000_9ba4c109e1ad8830.txt"
    result = run("compare", a, b)
    assert result.exit_code == 0
    assert "different organization keys" in result.output
    assert "not evaluated" in result.output


def test_compare_writes_the_format_of_the_output_suffix(tmp_path: Path, in_root: Path) -> None:
    out = tmp_path / "c.md"
    a, b = "tests/data/across/good/qinghe_2022.txt", "tests/data/across/good/qinghe_2023.txt"
    assert run("compare", a, b, "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ogi compare")


# ---------------------------------------------------------------- bulk database, check, series


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The planted and good corpora converted by one bulk run with --db --across."""
    out = tmp_path_factory.mktemp("bulk")
    db = out / "reports.sqlite"
    result = run("convert", str(GOOD), "-o", str(out / "good"), "--db", str(db), "--across")
    assert result.exit_code == 0, result.output
    return db


def test_bulk_run_with_across_records_both_reports(bulk: Path) -> None:
    con = sqlite3.connect(bulk)
    keys = {row[0] for row in con.execute("SELECT organization_key FROM reports")}
    assert keys == {"青禾县"}
    rows = con.execute(
        "SELECT id, path, other_path, report_id FROM checks WHERE other_path IS NOT NULL"
    ).fetchall()
    assert rows and all(r[1] != r[2] and r[3] for r in rows)
    assert ("X1.total", str(GOOD / "qinghe_2022.txt"), str(GOOD / "qinghe_2021.txt")) in {
        r[:3] for r in rows
    }
    lines = (bulk.parent / "good" / "across.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rows)


def test_check_across_on_a_folder_finds_the_planted_errors() -> None:
    result = run("check", "--across", str(PLANTED))
    assert result.exit_code == 1
    failed = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert failed == [
        "X1.natural_person",
        "X1.total",
        "X3.normative_documents",
        "X4.applications.new_received.total",
    ]


def test_check_across_on_a_database_replaces_its_rows(bulk: Path) -> None:
    before = sqlite3.connect(bulk).execute("SELECT count(*) FROM checks").fetchone()
    result = run("check", "--across", str(bulk), "--jsonl")
    assert result.exit_code == 0
    oks = [json.loads(line)["ok"] for line in result.stdout.splitlines()]
    assert oks.count(None) == 1 and False not in oks
    after = sqlite3.connect(bulk).execute("SELECT count(*) FROM checks").fetchone()
    assert before == after


def test_compare_two_reports_of_a_database(bulk: Path) -> None:
    a, b = (f"{bulk}::{GOOD / f'qinghe_{y}.txt'}" for y in (2019, 2020))
    result = run("compare", a, b, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert (
        "active_disclosure.licensing.prev_items,120,126,6,changed,X2.licensing:ok" in result.output
    )


SERIES_KEYS = ("applications.new_received.total", "review_litigation.review.total")


def test_series_one_row_per_year_with_legacy_mapped(bulk: Path) -> None:
    result = run("series", str(bulk), *SERIES_KEYS, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["year"] for r in rows] == list(YEARS)
    assert {r["body"] for r in rows} == {"青禾县"}
    received = [r["applications.new_received.total"] for r in rows]
    assert received == [12, 15, 23, 30, 31, 39, 31, 45]
    assert rows[0]["mapped_from"] == (
        "applications.new_received.total=legacy.applications.received;"
        "review_litigation.review.total=legacy.review.total"
    )
    assert rows[2]["mapped_from"] == ""


def test_series_csv_and_parquet(bulk: Path, tmp_path: Path) -> None:
    result = run("series", str(bulk), *SERIES_KEYS)
    lines = result.stdout.splitlines()
    assert (
        lines[0] == "body,organization,year,template,path," + ",".join(SERIES_KEYS) + ",mapped_from"
    )
    assert len(lines) == 1 + len(YEARS)
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "s.parquet"
    assert run("series", str(bulk), *SERIES_KEYS, "-o", str(out)).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == len(YEARS)
    assert table.column("applications.new_received.total").to_pylist()[2] == 23.0


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_series_chart_with_matplotlib(bulk: Path, tmp_path: Path, suffix: str) -> None:
    pytest.importorskip("matplotlib")
    chart = tmp_path / f"s{suffix}"
    result = run("series", str(bulk), *SERIES_KEYS, "--chart", str(chart))
    assert result.exit_code == 0
    assert chart.stat().st_size > 1000
    assert f"chart written to {chart}" in result.stderr


def test_series_chart_skipped_without_matplotlib(
    bulk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    chart = tmp_path / "s.png"
    result = run("series", str(bulk), *SERIES_KEYS, "--chart", str(chart))
    assert result.exit_code == 0
    assert not chart.exists()
    assert "chart skipped: matplotlib is not installed" in result.stderr
    assert len(result.stdout.splitlines()) == 1 + len(YEARS)


def test_an_older_database_gets_the_new_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE reports (path TEXT PRIMARY KEY, organization TEXT)")
    con.execute("CREATE TABLE checks (path TEXT, id TEXT)")
    con.commit()
    con.close()
    Store(str(db)).close()
    con = sqlite3.connect(db)
    assert {"organization_key", "index_no"} <= {
        r[1] for r in con.execute("PRAGMA table_info(reports)")
    }
    assert "other_path" in {r[1] for r in con.execute("PRAGMA table_info(checks)")}


def test_load_one_errors_are_one_line(tmp_path: Path, bulk: Path) -> None:
    missing = run("compare", str(tmp_path / "x.json"), str(tmp_path / "y.json"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    assert run("series", str(tmp_path / "x.sqlite"), "k").exit_code == 2
    assert run("check", "--across", str(tmp_path / "x")).exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    invalid = run("compare", str(bad), str(bad))
    assert invalid.exit_code == 1 and "INVALID_REPORT" in invalid.stderr
    result = run("compare", str(bulk), str(bulk))
    assert result.exit_code == 1 and "DB::PATH" in result.stderr
    assert run("check").exit_code == 2


def test_across_needs_a_bulk_run() -> None:
    result = run("convert", str(GOOD / "qinghe_2021.txt"), "--across")
    assert result.exit_code == 2 and "--across needs a bulk run" in result.output


def test_cross_checks_load_only_the_statistics_they_read(bulk: Path) -> None:
    from ogi.across.rules import used_by_rules

    snaps = load_snapshots(str(bulk), wanted=used_by_rules)
    keys = {k for s in snaps for k in s.values}
    assert "applications.carried_over.total" in keys and "legacy.active.total" in keys
    assert not any(k.startswith(("applications.results.", "review_litigation.")) for k in keys)
    assert cross_checks(snaps) == cross_checks(load_snapshots(str(bulk)))


def test_database_series_view_maps_legacy_keys(bulk: Path) -> None:
    rows = (
        sqlite3.connect(bulk)
        .execute(
            "SELECT year, source_key, value FROM series "
            "WHERE body = '青禾县' AND key = 'applications.new_received.total' ORDER BY year"
        )
        .fetchall()
    )
    assert [r[0] for r in rows] == list(YEARS)
    assert rows[0][1:] == ("legacy.applications.received", 12.0)
    assert rows[2][1:] == ("applications.new_received.total", 23.0)
