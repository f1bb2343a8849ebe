"""The interpreter's quick paths answer exactly as the plain computation they stand for."""

from __future__ import annotations

import re

import pytest
from conftest import TEXT_SAMPLES
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ogi
from ogi.interpret import labels as L

#: Characters the normalisation treats specially, mixed with plain CJK, digits and letters.
TRICKY = (
    "本年新收上年结转予以公开不予公开其他处理总计办理结果政府信息公开三、(一)（七）"
    "0123456789abcXYZ０１２ＡＢ\u3000 \t\n\"'“”‘’「」『』—–－‒―-\u200b\u200c\u200d\u2060\ufeff"
    "﹝﹞〔〕①ⅣＫ㎡：:，,;；"
)
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=30)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_norm_and_nfkc_quick_look_is_exact(text: str) -> None:
    L.nfkc.cache_clear()
    L.norm.cache_clear()
    assert L.nfkc(text) == L.nfkc_rewritten(text)
    assert L.norm(text) == L.norm_rewritten(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=20))
def test_ascii_quick_answers_are_exact(text: str) -> None:
    L.nfkc.cache_clear()
    L.norm.cache_clear()
    assert L.nfkc(text) == L.nfkc_rewritten(text) == text
    assert L.norm(text) == "".join(L.nfkc_rewritten(text).replace('"', "").replace("'", "").split())
    assert L.norm(text) == L.norm_rewritten(text)


def _sample_labels() -> list[str]:
    out = []
    for path in TEXT_SAMPLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [L.norm(cell) for cell in line.split("|") if cell.strip()]
    return out


TABLES = [L.SECTION_KINDS, L.T1_ITEMS, L.T2_ROWS, L.T2_GROUPS]


def _in_order(text: str, table: L.Patterns) -> str | None:
    return next((name for name, rx in table if rx.search(text)), None)


@pytest.mark.parametrize("table", TABLES, ids=["sections", "t1", "t2_rows", "t2_groups"])
def test_first_match_answers_as_the_patterns_in_order(table: L.Patterns) -> None:
    labels = _sample_labels()
    assert len(labels) > 300
    matched = 0
    for text in labels:
        L.clear_first_match()
        found = L.first_match(text, table)
        assert found == _in_order(text, table), text
        matched += found is not None
    assert matched > 0  # the samples print labels of every table


@settings(max_examples=300, deadline=None)
@given(texts)
def test_first_match_on_any_text(text: str) -> None:
    for table in TABLES:
        L.clear_first_match()
        assert L.first_match(text, table) == _in_order(text, table)


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<x>a)(?P=x)", r"(?i)abc"])
def test_vocabulary_patterns_may_not_use_flags_or_back_references(pattern: str) -> None:
    with pytest.raises(ValueError, match="flags or back-references"):
        L._compile([("name", pattern)])


#: The address pattern as first written: an optional 办公 before 地址 (and, as later, the
#: address ending before the next contact label: 地址:…号邮编:…).
_OLD_ADDRESS = re.compile(
    r"(?:办公)?地址\s*[:]\s*((?:(?!邮编|邮政编码|联系电话|电话|传真|电子邮箱|邮箱)[^,;)])+)"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["办公", "地址", ":", " ", "青禾路1号", ",", ";", ")", "电话"])))
def test_address_pattern_reads_what_the_optional_prefix_read(pieces: list[str]) -> None:
    text = "".join(pieces)
    old, new = _OLD_ADDRESS.search(text), L.ADDRESS_RE.search(text)
    assert (old and old.group(1)) == (new and new.group(1))


def _email(text: str) -> str | None:
    report = ogi.convert(text.encode("utf-8"), filename="r.txt")
    return report.model_dump()["meta"]["contact"]["email"]


def test_email_is_still_found_and_absent_when_no_at_sign() -> None:
    head = "青禾县人民政府2022年政府信息公开工作年度报告\n"
    assert _email(head + "电子邮箱:qinghe@example.gov.cn\n") == "qinghe@example.gov.cn"
    assert _email(head + "电子邮箱:无\n") is None


def test_text_tokens_are_the_tokens_the_dataclass_makes() -> None:
    """Text tokens are made from memoised specs without ``__init__``: every field, the
    matching form and the value kind included, is what the constructor gives."""
    from ogi.document import Document, Paragraph, Provenance
    from ogi.interpret.tokens import Token, text_cells, tokens

    lines = [ln for p in TEXT_SAMPLES for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += ["规章 0 0 0", "a | \u20630012 | |", "||", "- 3 -", "三、本年新收"]
    made = 0
    for i, line in enumerate(lines):
        prov = Provenance(line=i)
        for tok, (kind, text, fused, filler, *_rest) in zip(
            tokens(Document([Paragraph(line, prov)])), text_cells(line), strict=True
        ):
            plain = Token(kind, text, prov, fused=fused, filler=filler)
            assert tok == plain
            assert (tok.norm, tok.is_value, tok.is_label) == (
                plain.norm,
                plain.is_value,
                plain.is_label,
            )
            made += 1
    assert made > 500


def test_every_control_character_is_unprintable() -> None:
    """has_control answers printable text without a search: every character its pattern
    finds must be unprintable to Python (checked over all of Unicode)."""
    from ogi.interpret.hygiene import _CONTROL_RE, has_control

    found = [c for c in map(chr, range(0x110000)) if _CONTROL_RE.search(c)]
    assert len(found) > 2000  # C0, C1, the surrogates and the bidi controls
    assert not [c for c in found if c.isprintable()]
    assert has_control("a\u202eb") and not has_control("本年新收\t0") and has_control("\x00")


LINE_BITS = st.sampled_from(
    [
        "三",
        "、",
        "(",
        ")",
        "（",
        "）",
        "一",
        "十",
        " ",
        "\u3000",
        "0",
        "12",
        "|",
        ".",
        "-",
        "—",
        "第",
        "页",
        "共",
        "/",
        "总体情况",
        "无障碍浏览",
        "【",
        "首页",
        ">",
        "下载",
        "a",
        "\t",
    ]
)
lines = st.lists(LINE_BITS, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(lines)
@example("三 总体情况")
@example("三 是总体情况")
def test_line_quick_answers_are_the_patterns_answers(text: str) -> None:
    from ogi.interpret.lines import is_chrome
    from ogi.interpret.textgrid import _PAGE_FOOTER, is_page_footer

    # h1's quick answers (an ASCII line; the spaced form only after a numeral) against the
    # plain computation: H1_RE, else H1_SPACED_RE (or H1_BARE_RE, no space: 一概述) under a
    # short known section title
    spaced = L.H1_SPACED_RE.match(text) or L.H1_BARE_RE.match(text)
    spaced_title = (
        spaced is not None
        and len(L.norm(spaced.group(2))) <= L.MAX_SPACED_TITLE
        and L.first_match(L.norm(spaced.group(2)), L.SECTION_KINDS) is not None
    )
    assert bool(L.h1(text)) == bool(L.H1_RE.match(text) or spaced_title)
    assert bool(L.h2(text)) == bool(L.H2_RE.match(text))
    key = L.norm(text)
    widgets = bool(L.PAGE_WIDGETS.fullmatch(key) and L.PAGE_WIDGET_SURE.search(key))
    chrome = bool(L.PAGE_CHROME.match(key)) or key in L.PAGE_WIDGET_ALONE or widgets
    assert is_chrome(text) == (chrome and not text.isascii())
    assert is_page_footer(text) == bool(_PAGE_FOOTER.match(L.nfkc(text)))


def _close_notes_one_by_one(blocks: list) -> list:  # type: ignore[type-arg]
    """The plain reading: every pair of neighbouring lines tried in turn."""
    from ogi.document import Paragraph
    from ogi.interpret.textgrid import _merge_note

    out, i = [], 0
    while i < len(blocks):
        block, nxt = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Paragraph) and isinstance(nxt, Paragraph):
            merged = _merge_note(block.text, nxt.text.strip())
            if merged is not None:
                out.append(Paragraph(merged, block.prov))
                i += 2
                continue
        out.append(block)
        i += 1
    return out


NOTE_LINES = [
    "4(其中行政强制措施2,",
    "行政强制执行2)",
    "3（其中",
    "许可1）",
    "规章 5",
    "(一)",
    "x)",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*NOTE_LINES, None]), max_size=10))
def test_wrapped_notes_are_closed_as_line_by_line(texts: list[str | None]) -> None:
    from ogi.document import Heading, Paragraph, Provenance
    from ogi.interpret.textgrid import _block_flags, _close_open_notes

    blocks = [
        Heading("二、主动公开") if t is None else Paragraph(t, Provenance(line=i))
        for i, t in enumerate(texts)
    ]
    assert _close_open_notes(blocks, _block_flags(blocks)) == _close_notes_one_by_one(blocks)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_line_flags_are_the_three_line_tests(text: str) -> None:
    """One memoised look at a paragraph's text answers the three questions the whole-document
    passes of reflow ask of it, each as its own test would."""
    from ogi.document import Paragraph
    from ogi.interpret import textgrid as G

    G.line_flags.cache_clear()
    flags = G.line_flags(text)
    assert bool(flags & G._FOOTER) == G.is_page_footer(text.strip())
    assert bool(flags & G._CLOSES_NOTE) == (text.rstrip()[-1:] in (")", "）"))
    assert bool(flags & G._VALUE_ROW) == (G._value_row(Paragraph(text)) is not None)
    assert bool(flags & G._REWRITTEN) == (G.reflow_text(text) != (text,))


def test_memoised_functions_answer_as_the_function_and_stay_bounded() -> None:
    """A memoised function answers what the function answers, computes each answer once,
    keeps the function's name and docstring, and empties its table when it is full."""
    from ogi.interpret.memo import memoised

    calls: list[str] = []

    def shout(text: str) -> str:
        """Upper case."""
        calls.append(text)
        return text.upper()

    memo = memoised(3)(shout)
    assert [memo(t) for t in ("a", "b", "a", "c", "b")] == ["A", "B", "A", "C", "B"]
    assert calls == ["a", "b", "c"]
    assert memo.cache_size() == 3
    assert memo("d") == "D" and memo.cache_size() == 1  # full: emptied, then "d" kept
    memo.cache_clear()
    assert memo.cache_size() == 0 and memo("a") == "A" and calls[-1] == "a"
    assert (memo.__name__, memo.__doc__, memo.__wrapped__) == ("shout", "Upper case.", shout)  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        memo(["unhashable"])  # type: ignore[arg-type]


REFLOW_LINES = [
    *NOTE_LINES,
    "||||",
    "|---|---|",
    "# 一、总体情况",
    "| | （七）总计 | 4 |",
    "- 3 -",
    "第2页 共9页",
    "大姚县人民政府",
    "规章 5 0 12",
    "行政许可 3  7",
    "（二）部分公开 0",
    "一、总体情况 2022年，我县政务公开工作。二、主动公开政府信息情况 见下表。" * 2,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*REFLOW_LINES, None]), max_size=14))
def test_reflow_runs_only_the_steps_some_line_needs(texts: list[str | None]) -> None:
    """reflow skips the steps no line needs (by the lines' memoised flags); the result is
    the one every step run over every block gives."""
    from ogi.document import Document, Heading, Paragraph, Provenance
    from ogi.interpret import textgrid as G

    blocks = [
        Heading("二、主动公开") if t is None else Paragraph(t, Provenance(line=i))
        for i, t in enumerate(texts)
    ]
    plain: list = []  # type: ignore[type-arg]
    unfooted = G._without_page_furniture(blocks, G._block_flags(blocks))
    for block in G._close_open_notes(unfooted, G._block_flags(unfooted)):
        if isinstance(block, Paragraph):
            plain.extend(Paragraph(t, block.prov) for t in G.reflow_text(block.text))
        else:
            plain.append(block)
    assert G.reflow(Document(blocks)).blocks == G.align_columns(plain)


def test_str_split_cuts_at_exactly_the_whitespace_of_the_pattern() -> None:
    """norm removes whitespace with ``str.split``: the same characters ``\\s`` matches, every
    code point checked (so norm's output is the one the pattern gave)."""
    import sys

    pattern = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(pattern.fullmatch(char)) == char.isspace(), hex(code)
    text = "\u3000本年\u00a0新收\t（件）\n\u2003a b\u200b"
    assert "".join(text.split()) == re.sub(r"\s+", "", text)


def _prose_arounds(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (words around a figure, unit) the legacy samples ask prose keys for."""
    from ogi.interpret import legacy

    asked: list[tuple[str, str]] = []
    plain_key = legacy._key

    def spy(around: str, unit: str, *rest: object) -> str | None:
        asked.append((around, unit))
        return plain_key(around, unit, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(legacy, "_key", spy)
    for path in TEXT_SAMPLES:
        ogi.convert(path.read_bytes(), filename=path.name)
    return asked


def _prose_alphabet() -> str:
    from ogi.interpret import legacy_labels as V

    chars = {c for p in V.PROSE_FIGURES for c in p.pattern.pattern if "\u4e00" <= c <= "\u9fff"}
    return "".join(sorted(chars)) + "#0"


@pytest.mark.parametrize("pattern", [r"(a)\1#", r"(?i)abc#"])
def test_prose_patterns_may_not_use_flags_or_back_references(pattern: str) -> None:
    from ogi.interpret import legacy_labels as V

    with pytest.raises(ValueError, match="flags or back-references"):
        V._p("legacy.x", pattern, ("条",))


def test_prose_patterns_can_be_joined() -> None:
    from ogi.interpret import legacy_labels as V

    for p in V.PROSE_FIGURES:
        assert p.pattern.flags == re.UNICODE, p.key
        assert not re.search(r"\\\d|\(\?P|\(\?[aiLmsux]", p.pattern.pattern), p.key


def test_prose_units_alternation_answers_as_its_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from ogi.interpret import legacy_labels as V

    asked = _prose_arounds(monkeypatch)
    assert len(asked) > 40  # the two legacy samples' figures
    matched = 0
    for around, unit in asked:
        patterns = tuple(p for p in V.PROSE_FIGURES if unit in p.units)
        plain = any(p.pattern.search(around) for p in patterns)
        taking, either = V.prose_figures_for(unit)
        assert taking == patterns  # in PROSE_FIGURES' order
        if either is None:  # a unit no pattern takes (家)
            assert not patterns
            continue
        assert (either.search(around) is not None) == plain, (around, unit)
        matched += plain
    assert 0 < matched < len(asked)  # both answers are exercised


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_prose_units_alternation_on_any_text(data: st.DataObject) -> None:
    from ogi.interpret import legacy_labels as V

    text = data.draw(st.text(alphabet=st.sampled_from(_prose_alphabet()), max_size=24))
    for unit in {u for p in V.PROSE_FIGURES for u in p.units}:
        patterns, either = V.prose_figures_for(unit)
        assert either is not None
        plain = any(p.pattern.search(text) for p in patterns)
        assert (either.search(text) is not None) == plain, (text, unit)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_plain_digit_cells_read_as_the_patterns_read_them(text: str) -> None:
    """``24`` takes the quick path; ``24 `` (the same matching form) takes the patterns."""
    from ogi.interpret import values

    values.looks_like_value.cache_clear()
    values.parse_count.cache_clear()
    assert values._plain_digits(text) and not values._plain_digits(text + " ")
    assert values.looks_like_value(text) == values.looks_like_value(text + " ")
    assert values.parse_count(text) == values.parse_count(text + " ")
