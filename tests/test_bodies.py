"""Body identity: organization_key, 索引号 codes, alias files, grouping (ogi.bodies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogi.bodies import (
    BodyRef,
    canonical_key,
    index_code,
    load_aliases,
    organization_key,
    resolve_bodies,
)
from ogi.errors import OgiError


@pytest.mark.parametrize(
    "name, key",
    [
        ("青禾县", "青禾县"),
        ("青禾县人民政府", "青禾县"),
        ("青禾县 政府", "青禾县"),
        ("（青禾县）人民政府", "青禾县"),
        ("青禾县人民政府办公室", "青禾县人民政府办公室"),
        ("青禾县政府办", "青禾县人民政府办公室"),
        ("青禾县政府办公室", "青禾县人民政府办公室"),
        ("浙江省人民政府办公厅", "浙江省人民政府办公厅"),
        ("城东街道办事处", "城东街道"),
        ("同安区城市管理局", "同安区城市管理局"),
        ("人民政府", "人民政府"),  # nothing left to name a jurisdiction: kept whole
        ("县人民政府", "县人民政府"),
        ("", None),
        (None, None),
    ],
)
def test_organization_key(name: str | None, key: str | None) -> None:
    assert organization_key(name) == key


def test_samples_in_every_format_share_their_key() -> None:
    """The text dump prints 永州市冷水滩区人民政府, the HTML page 永州市冷水滩区: one body."""
    assert organization_key("永州市冷水滩区人民政府") == organization_key("永州市冷水滩区")
    assert organization_key("大姚县人民政府") == organization_key("大姚县")


@pytest.mark.parametrize(
    "index_no, code",
    [
        ("4311030021/2023-05993", "index:4311030021"),
        ("115323260151757350-/2021-10284933", "uscc:115323260151757350"),
        ("11341702486344515H/202110-00013", "uscc:11341702486344515H"),
        ("0142768-8/2022-00185", "index:0142768-8"),
        ("bgs01/2023-00011", None),
        ("lanshanquczj/2020-0000077", None),
        ("XM02100-0101-2019-00001", None),
        (None, None),
    ],
)
def test_index_code(index_no: str | None, code: str | None) -> None:
    assert index_code(index_no) == code


def test_alias_file(tmp_path: Path) -> None:
    path = tmp_path / "aliases.txt"
    path.write_text(
        "# renamed in 2019\n青禾县城市管理局 = 青禾县综合行政执法局\n旧名\t新名\n", encoding="utf-8"
    )
    aliases = load_aliases(path)
    assert aliases == {"青禾县城市管理局": "青禾县综合行政执法局", "旧名": "新名"}
    assert canonical_key("青禾县城市管理局", aliases) == "青禾县综合行政执法局"


def test_alias_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.txt"
    path.write_text("only one name\n", encoding="utf-8")
    with pytest.raises(OgiError, match="line 1"):
        load_aliases(path)
    with pytest.raises(OgiError, match="cannot read"):
        load_aliases(tmp_path / "missing.txt")


def test_renamed_body_joined_by_alias_and_named_by_latest_report() -> None:
    refs = [
        BodyRef("a", "青禾县城市管理局", None, 2018),
        BodyRef("b", "青禾县综合行政执法局", None, 2019),
    ]
    assert set(resolve_bodies(refs, {}).values()) == {"青禾县城市管理局", "青禾县综合行政执法局"}
    bodies = resolve_bodies(refs, {"青禾县城市管理局": "青禾县综合行政执法局"})
    assert bodies == {"a": "青禾县综合行政执法局", "b": "青禾县综合行政执法局"}


def test_index_code_joins_names_only_when_their_years_do_not_overlap() -> None:
    code = "11331099MB1C23456X/2022-00012"
    renamed = [BodyRef("a", "甲局", code, 2020), BodyRef("b", "乙局", code, 2021)]
    assert set(resolve_bodies(renamed, {}).values()) == {"乙局"}
    shared_portal = [BodyRef("a", "甲局", code, 2021), BodyRef("b", "乙局", code, 2021)]
    assert set(resolve_bodies(shared_portal, {}).values()) == {"甲局", "乙局"}


def test_report_without_name_or_code_has_no_body() -> None:
    bodies = resolve_bodies(
        [BodyRef("x", None, None, 2020), BodyRef("y", None, "4311030021/2023-1", 2020)], {}
    )
    assert bodies == {"x": None, "y": "index:4311030021"}
