"""Cell value parsing (DOMAIN.md §4.6)."""

from __future__ import annotations

import pytest

from ogi.interpret.values import looks_like_value, parse_change, parse_count, parse_money


@pytest.mark.parametrize(
    "text, value",
    [
        ("0", 0),
        ("12", 12),
        ("１２", 12),  # full-width digits
        ("1,234", 1234),
        ("4(其中行政强制措施2,行政强制执行2)", 4),
        ("4（其中行政强制措施2，行政强制执行2）", 4),
        ("3件", 3),
        ("", None),
        ("/", None),
        ("—", None),
        ("无", None),
    ],
)
def test_count(text: str, value: int | None) -> None:
    assert parse_count(text).value == value
    assert parse_count(text).ok


def test_blank_and_placeholder_are_blank_not_zero() -> None:
    assert parse_count("").blank and parse_count("/").blank
    assert not parse_count("0").blank and parse_count("0").value == 0


@pytest.mark.parametrize(
    "text, value",
    [
        ("+123", 123),
        ("减4", -4),
        ("增7", 7),
        ("36", 36),
        ("减13/增3", -10),
        ("减26/增284", 258),
        ("-5", -5),
    ],
)
def test_change(text: str, value: int) -> None:
    assert parse_change(text).value == value


@pytest.mark.parametrize(
    "text, default, value, unit",
    [
        ("4.2780亿元", None, 42780.0, "亿元"),
        ("120474.07元", None, 12.047407, "元"),
        ("26.55", "万元", 26.55, None),
        ("75.9260", "万元", 75.926, None),
        ("0", "万元", 0, None),
        ("3万元", None, 3, "万元"),
    ],
)
def test_money(text: str, default: str | None, value: float, unit: str | None) -> None:
    parsed = parse_money(text, default)
    assert parsed.value == value and parsed.unit == unit and parsed.ok


def test_money_without_any_unit_is_not_guessed() -> None:
    parsed = parse_money("27270", None)
    assert parsed.value is None and not parsed.ok


def test_unparseable_is_not_ok() -> None:
    assert not parse_count("约三十").ok
    assert parse_count("约三十").value is None


@pytest.mark.parametrize("label", ["1.属于国家秘密", "规章", "(一)予以公开", "本年增/减", "总计"])
def test_labels_are_not_values(label: str) -> None:
    assert not looks_like_value(label)


@pytest.mark.parametrize(
    "value", ["0", "减13/增3", "4(其中行政强制措施2,行政强制执行2)", "4.2780亿元", "", "/"]
)
def test_values_are_values(value: str) -> None:
    assert looks_like_value(value)
