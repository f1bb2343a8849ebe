"""Property-based tests: the value parser, the label matcher and text-table recovery never
raise on arbitrary input, round-trip what they should, and mutated seed texts never crash
the interpreter."""

from __future__ import annotations

from conftest import TEXT_SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ogi.document import Document, Paragraph, Provenance
from ogi.interpret import interpret
from ogi.interpret import labels as L
from ogi.interpret.tables import read_tables
from ogi.interpret.tokens import tokens
from ogi.interpret.values import looks_like_value, parse_change, parse_count, parse_money

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CELL_TEXT = st.text(
    alphabet=st.sampled_from(
        list("0123456789+-./,()（）减增其中万元亿件 |一二三四五六七、总计规章\n\t　")
    ),
    max_size=40,
)
SEED_LINES = [p.read_text(encoding="utf-8").splitlines() for p in TEXT_SAMPLES]


@FAST
@given(st.one_of(st.text(max_size=60), CELL_TEXT))
def test_value_parsers_never_raise(text: str) -> None:
    looks_like_value(text)
    for parsed in (
        parse_count(text),
        parse_change(text),
        parse_money(text, "万元"),
        parse_money(text, None),
    ):
        assert parsed.value is None or isinstance(parsed.value, (int, float))
        assert parsed.ok or parsed.value is None


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_counts_round_trip(n: int) -> None:
    assert parse_count(str(n)).value == n
    assert parse_count(f"{n:,}").value == n
    assert parse_change(f"减{n}").value == -n
    assert parse_change(f"+{n}").value == n


@FAST
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_change_pairs_add_up(decrease: int, increase: int) -> None:
    assert parse_change(f"减{decrease}/增{increase}").value == increase - decrease


@FAST
@given(st.text(max_size=80))
def test_label_matching_never_raises(text: str) -> None:
    key = L.norm(text)
    for table in (L.T2_ROWS, L.T2_GROUPS, L.T1_ITEMS, L.SECTION_KINDS):
        L.first_match(key, table)
    L.is_table_header(key)
    L.cn_number(key[:3])


@FAST
@given(st.integers(min_value=1, max_value=99))
def test_chinese_numerals_round_trip(n: int) -> None:
    digits = "一二三四五六七八九"
    text = (("" if n // 10 == 1 else digits[n // 10 - 1]) + "十" if n >= 10 else "") + (
        digits[n % 10 - 1] if n % 10 else ""
    )
    assert L.cn_number(text) == n


@SLOW
@given(st.lists(CELL_TEXT, max_size=120))
def test_text_table_recovery_never_raises(lines: list[str]) -> None:
    document = Document(
        blocks=[Paragraph(line, Provenance(line=i)) for i, line in enumerate(lines)]
    )
    out = read_tables(tokens(document))
    assert all(r.key.count(".") >= 2 for r in out.readings)


@st.composite
def mutated_seed(draw: st.DrawFn) -> list[str]:
    lines = list(draw(st.sampled_from(SEED_LINES)))
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        if not lines:
            break
        i = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["drop", "empty", "delete_char", "duplicate"]))
        if action == "drop":
            del lines[i]
        elif action == "empty":
            lines[i] = "|" if "|" in lines[i] else ""
        elif action == "delete_char" and lines[i]:
            j = draw(st.integers(min_value=0, max_value=len(lines[i]) - 1))
            lines[i] = lines[i][:j] + lines[i][j + 1 :]
        else:
            lines.insert(i, lines[i])
    return lines


@SLOW
@given(mutated_seed())
def test_mutated_seeds_never_crash_the_interpreter(lines: list[str]) -> None:
    document = Document(
        blocks=[Paragraph(line, Provenance(line=i)) for i, line in enumerate(lines) if line.strip()]
    )
    fields = interpret(document)
    for cell in fields["cells"]:
        assert cell["value"] is None or isinstance(cell["value"], (int, float))
