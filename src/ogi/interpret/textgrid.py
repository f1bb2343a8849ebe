"""Text as users really hold it, brought back to lines and cells before it is interpreted.

Crawler dumps put a whole page on one line (portal chrome first, headings run into their
text, table cells separated by a space or by nothing); PDF-to-text tools add page footers
and running headers and keep columns only as runs of spaces; Markdown exporters add ``#``
and ``|---|`` rows. :func:`reflow` rewrites the Paragraph blocks of any Document into the
shapes the token stream already reads — one line per heading or paragraph, table cells as
pipe cells (``a | 0 | | 3 |``) — and leaves every other block alone. A cell whose digits
ran together with its neighbours' is marked with :data:`FUSED_MARK` so the table readers
can recover the split (only when the arithmetic decides it) or flag it, never read it as one
number.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import reduce
from operator import or_

from ogi.document import Block, Document, Paragraph
from ogi.interpret import labels as L
from ogi.interpret.memo import memoised
from ogi.interpret.sections import heading_starts, is_contents_line, subsection_starts
from ogi.interpret.tokens import FUSED_MARK
from ogi.interpret.values import looks_like_value

NBSP = "\u00a0"
#: A line longer than this that holds several numbered sections is a one-line page dump.
LONG_LINE = 120
#: A shorter line is one too when it holds a second heading (…一、概述 … 二、…): a short
#: report's whole text on one line.
SHORT_DUMP = 60
#: ... and sentences (a list of contents, 一、概述；二、…, has none).
SHORT_DUMP_SENTENCES = 2
#: What a sentence has and a table row has not: a full stop or colon outside the row label's
#: note, 其中, a counted figure (…申请36件，其中予以公开8). A row label may hold 、 and commas
#: (二、上年结转…; 1.申请人无正当理由逾期不补正，行政机关不再处理…); a sentence of several
#: figures is told apart by a comma between a value and the next label (:func:`_glued_table_line`).
_PROSE_MARK = re.compile(r"[。；;：:]|其中|\d\s*[件条项个次人份]")
#: A dump of one cell a paragraph: at least this many paragraphs, and this share of them
#: two lines after the one before (a blank line between cells).
BLANK_LINE_STYLE_MIN = 20
BLANK_LINE_STYLE_SHARE = 0.6
#: The longest label next to which empty lines are read as blank cells.
BLANK_CELL_LABEL_CHARS = 40
#: The longest line read as a table row whose cells ran together (规章000).
GLUED_LINE_CHARS = 80

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PAGE_FOOTER = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*/\s*\d{1,3}|[-—–－]?\s*\d{1,3}\s*[-—–－]?\s*共\s*\d{1,3}\s*页"
    r"|(?:P\.|Page)\s*\d{1,4})\s*$"
)


def reflow(document: Document) -> Document:
    """The Document with its Paragraph blocks rewritten as described above. Each step runs
    only when some block needs it (:func:`line_flags`): most text dumps need none."""
    blocks = _blank_line_cells(document.blocks)
    flags = _block_flags(blocks)
    union = _union(flags)
    if union & _FOOTER:
        blocks = _without_page_furniture(blocks, flags)
        flags = _block_flags(blocks)
        union = _union(flags)
    if union & _CLOSES_NOTE:
        merged = _close_open_notes(blocks, flags)
        if merged is not blocks:
            blocks, flags = merged, _block_flags(merged)
            union = _union(flags)
    if union & _LONE_PIPE and union & _BARE:
        joined = _join_separator_pipes(blocks, flags)
        if joined is not blocks:
            blocks, flags = joined, _block_flags(joined)
            union = _union(flags)
    if union & _REWRITTEN:
        blocks, union = _rewritten(blocks, flags)
    else:
        blocks = list(blocks)
    if union & _VALUE_ROW:
        blocks = align_columns(blocks)
    return replace(document, blocks=blocks)


def _blank_line_cells(blocks: list[Block]) -> list[Block]:
    """A dump with each cell a paragraph and a blank line between cells prints a blank cell
    as one more empty line (自然人 / (blank) ×5 / 总计: the total after seven line breaks). A
    text file's paragraphs keep their line numbers; in such a dump (most paragraphs two lines
    apart) each extra empty line next to a value becomes an empty cell again, so the values
    keep their columns. The same list is returned for any other document."""
    if (
        len(blocks) < BLANK_LINE_STYLE_MIN
        or _blank_line_gaps(blocks[:BLANK_LINE_STYLE_MIN]) is None
    ):
        return blocks  # one look at the first paragraphs answers most documents
    gaps = _blank_line_gaps(blocks)
    if gaps is None:
        return blocks
    out: list[Block] = [blocks[0]]
    for gap, before, block in zip(gaps, blocks, blocks[1:]):
        if gap > 2 and _blank_cells_between(before, block):
            first = (before.prov.line or 0) + 2
            out.extend(Paragraph("", replace(before.prov, line=first + k)) for k in range(gap - 2))
        out.append(block)
    return out


def _blank_line_gaps(blocks: list[Block]) -> list[int] | None:
    """How many lines each of ``blocks`` is after the one before, when every block has its
    line number (a text file's) and most are two lines apart (a blank line between
    paragraphs); None otherwise."""
    lines = [b.prov.line for b in blocks]
    numbered = [line for line in lines if line is not None]
    if len(numbered) < len(lines):
        return None
    gaps = [b - a for a, b in zip(numbered, numbered[1:])]
    return gaps if gaps.count(2) >= BLANK_LINE_STYLE_SHARE * len(gaps) else None


def _blank_cells_between(before: Block, after: Block) -> bool:
    """Whether the empty lines between two paragraphs are a table's blank cells: a value
    cell on one side, a value or a short label on the other."""
    if not isinstance(before, Paragraph) or not isinstance(after, Paragraph):
        return False
    a, b = before.text.strip(), after.text.strip()
    value_a, value_b = looks_like_value(a), looks_like_value(b)
    short = BLANK_CELL_LABEL_CHARS
    return (value_a and (value_b or len(a) <= short)) or (value_b and len(a) <= short)


def _rewritten(source: list[Block], flags: list[int]) -> tuple[list[Block], int]:
    """Each Paragraph that :func:`reflow_text` rewrites replaced by the lines it makes;
    the other blocks shared (blocks are not mutated). Also every flag bit set in some
    block of the result: the kept blocks' flags, and those of the lines made."""
    blocks: list[Block] = []
    union = 0
    for block, flag in zip(source, flags):
        if flag & _REWRITTEN:
            assert isinstance(block, Paragraph)  # only a Paragraph has flags
            for text in reflow_text(block.text):
                blocks.append(Paragraph(text, block.prov))
                union |= line_flags(text)
        else:
            blocks.append(block)
            union |= flag
    return blocks, union


def _union(flags: list[int]) -> int:
    """Every bit set in some block (there are few distinct values)."""
    return reduce(or_, set(flags), 0)


#: What one paragraph's text is, as bits (:func:`line_flags`).
_FOOTER, _CLOSES_NOTE, _VALUE_ROW, _REWRITTEN, _LONE_PIPE, _PIPED, _BARE = 1, 2, 4, 8, 16, 32, 64
_LEAD_PIPE = 128


@memoised(1 << 13)
def line_flags(text: str) -> int:
    """The bits of a paragraph's text that the passes over the whole document look for: a
    page-number line (:func:`is_page_footer`), a line that can close a wrapped note
    (:func:`_closes_note`), a row of values (:func:`_value_row`), a text that
    :func:`reflow_text` rewrites; and whether it holds a pipe (only a pipe: ``_LONE_PIPE``;
    with text: ``_PIPED``; several pipes and no text: neither) or text without one
    (``_BARE``; a text after one opening pipe, ``| 规章``, is bare too, with ``_LEAD_PIPE``:
    a crawler's row start). Memoised: a dump repeats its cell lines, and one look at a text
    replaces five."""
    stripped = text.strip()
    pipes = 0 if not stripped else _BARE if "|" not in stripped else _PIPED
    if stripped == "|":
        pipes = _LONE_PIPE
    elif stripped[:1] == "|" and "|" not in stripped[1:] and stripped[1:].strip():
        pipes = _BARE | _LEAD_PIPE
    elif pipes == _PIPED and not stripped.replace("|", "").strip():
        pipes = 0  # pipes only (||, |||||): a row's padding, in either style
    return (
        pipes
        | (_FOOTER if is_page_footer(stripped) else 0)
        | (_CLOSES_NOTE if _closes_note(text) else 0)
        | (_VALUE_ROW if _value_row_match(text) is not None else 0)
        | (0 if reflow_text(text) == (text,) else _REWRITTEN)
    )


def _block_flags(blocks: list[Block]) -> list[int]:
    """:func:`line_flags` of each block (0 for a block that is not a Paragraph)."""
    return [line_flags(b.text) if isinstance(b, Paragraph) else 0 for b in blocks]


# ---------------------------------------------------------------- page furniture


def is_page_footer(text: str) -> bool:
    """``- 3 -``, ``— 3 —``, ``第3页``, ``第3页 共9页``, ``3/9``, a flip-book's ``P. 3``: a
    page number line (never one with a ``|``, which a text dump's cell lines have)."""
    return "|" not in text and _PAGE_FOOTER.match(L.nfkc(text)) is not None


def _without_page_furniture(blocks: list[Block], flags: list[int]) -> list[Block]:
    """Drop page-number lines, and running headers: a line printed at least twice, each
    time right after a page-number line. ``flags``: the blocks' :func:`line_flags`."""
    footers = {i for i, f in enumerate(flags) if f & _FOOTER}
    if not footers:
        return blocks
    texts = [b.text.strip() if isinstance(b, Paragraph) else None for b in blocks]
    after: Counter[str] = Counter(
        text for i in footers if i + 1 < len(texts) and (text := texts[i + 1])
    )
    counts = Counter(t for t in texts if t)
    head = {t for t in texts[:3] if t}
    running = {
        t
        for t, n in after.items()
        if n >= 2 and (counts[t] == n or t in head and counts[t] == n + 1)
    }
    return [b for i, b in enumerate(blocks) if i not in footers and texts[i] not in running]


# ---------------------------------------------------------------- separator pipes

#: Lone ``|`` lines after a line without a pipe needed before a dump is taken to be of the
#: separator style, and the largest share of lines holding a cell and its pipe it may have.
SEPARATOR_PIPES_MIN = 4
SEPARATOR_PIPES_MIXED = 0.2


def _join_separator_pipes(blocks: list[Block], flags: list[int]) -> list[Block]:
    """Two dump styles print a line holding only ``|``. In the one the readers know, every
    cell line ends with its own pipe (``规章 |``, ``0 |``) and a lone ``|`` is an empty cell
    (the padding that ends each row). In the other, a crawler's, each cell is a line of its
    own and the lone ``|`` after it is the separator (``规章`` / ``|`` / ``0`` / ``|``): read as
    empty cells, those would shift every value of a row. A dump whose lone pipes follow
    lines without one, and that has (almost) no line holding a cell with its pipe, is of the
    second style: each lone pipe after a line without one is joined to that line (``0 |``),
    which is the first style, and a lone pipe after another pipe stays an empty cell. A row
    may open with a pipe of its own (``| 规章`` / ``|`` / ``1`` / ``|``): that line is a cell
    line too, and its opening pipe goes (``规章 |``). The same list is returned for a dump of
    the first style."""
    after_cell = [i for i in range(1, len(flags)) if flags[i] & _LONE_PIPE and flags[i - 1] & _BARE]
    if len(after_cell) < SEPARATOR_PIPES_MIN:
        return blocks
    with_pipe = sum(1 for f in flags if f & _PIPED)
    if with_pipe > SEPARATOR_PIPES_MIXED * len(after_cell):
        return blocks
    joined = set(after_cell)
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if i in joined:
            previous = out[-1]
            assert isinstance(previous, Paragraph)  # only a Paragraph has flags
            text = previous.text.rstrip()
            if flags[i - 1] & _LEAD_PIPE:
                text = text.lstrip()[1:].lstrip()
            out[-1] = Paragraph(text + " |", previous.prov)
        else:
            out.append(block)
    return out


_OPEN_NOTE = re.compile(r"\d+[(（][^)）]*")
_NOTE_END = re.compile(r"[^\s(（)）]{1,40}[)）]")


def _close_open_notes(blocks: list[Block], flags: list[int]) -> list[Block]:
    """A value with a note that wraps onto the next line (``4(其中行政强制措施2,`` … /
    ``行政强制执行2)``): the continuation is put back into the value, so the note does not
    end the row as a label of its own. ``flags``: the blocks' :func:`line_flags`. The same
    list is returned when no note was closed."""
    out: list[Block] = []
    start = 0  # blocks before it are in ``out`` or were merged
    for j in [j for j, f in enumerate(flags) if f & _CLOSES_NOTE]:
        i = j - 1  # the only line block j can close a note of
        line, closing = blocks[i], blocks[j]
        if i < start or not isinstance(line, Paragraph) or not isinstance(closing, Paragraph):
            continue
        merged = _merge_note(line.text, closing.text.strip())
        if merged is not None:
            out.extend(blocks[start:i])
            out.append(Paragraph(merged, line.prov))
            start = j + 1
    if start == 0:
        return blocks
    out.extend(blocks[start:])
    return out


def _closes_note(text: str) -> bool:
    """A paragraph ending in a closing parenthesis: the only kind that can end a note."""
    return text.rstrip()[-1:] in (")", "）")


def _merge_note(line: str, continuation: str) -> str | None:
    """``line`` with ``continuation`` appended to its unclosed note, or None."""
    if continuation[-1:] not in (")", "）") or not _NOTE_END.fullmatch(continuation):
        return None
    pieces = re.split(r"(\s+)", line)
    for k, piece in enumerate(pieces):
        if _OPEN_NOTE.fullmatch(piece):
            pieces[k] = piece + continuation
            return "".join(pieces)
    return None


# ---------------------------------------------------------------- one paragraph


@memoised(1 << 13)
def reflow_text(text: str) -> tuple[str, ...]:
    """One paragraph's text as lines: Markdown marks removed, a one-line page dump cut
    into headings, paragraphs and table cells (memoised: a dump repeats its cell lines)."""
    return tuple(_reflow_text(text))


def _reflow_text(text: str) -> list[str]:
    if "-" in text and _MD_SEPARATOR.match(text):
        return []
    if "#" in text and _MD_HEADING.match(text):
        return [_MD_HEADING.sub("", text)]
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return [_markdown_row(stripped)]
    if (glued := _glued_table_line(stripped)) is not None:
        return [glued]
    if (":" in stripped or "：" in stripped) and (row := _label_colon_row(stripped)) is not None:
        return [row]
    if len(text) > LONG_LINE or (
        len(text) > SHORT_DUMP
        and "二、" in text
        and text.count("。") >= SHORT_DUMP_SENTENCES
        and "；" not in text  # 全文包括：一、概述；二、…: a list of contents
    ):
        # a page dump holds no cell separator, save one its crawler put at the end (… |)
        page = stripped[:-1] if stripped.endswith("|") else text
        lines = split_page_dump(page) if "|" not in page else None
        if lines is not None:
            return lines
    return [text]


def _glued_table_line(line: str) -> str | None:
    """A table line whose cells ran together with no separator, one row a line (规章000,
    行政规范性文件214, 信息内容本年制发件数本年废止件数现行有效件数) → its cells as pipe cells,
    a run of digits marked as fused (the readers split it only where one split is possible
    or the arithmetic decides). Only a short line with no space or pipe, ending in a digit or
    opening a table-1 header, whose labels are all known table labels; None otherwise."""
    if (
        len(line) > GLUED_LINE_CHARS
        or not line
        or not (line[-1].isdigit() or line.startswith("信息内容"))
        or line.isascii()
        or " " in line
        or "|" in line
        or "\t" in line  # 规章\t0\t0\t0: cells a tab apart, not run together
        or _PROSE_MARK.search(L.NOTE_RE.sub("", line))  # …申请12，其中予以公开8: a sentence
    ):
        return None
    cells = fused_cells(line)
    is_label = [not c.startswith(FUSED_MARK) and not looks_like_value(c) for c in cells]
    labels = [c for c, label in zip(cells, is_label) if label]
    if len(cells) < 2 or not labels or not all(_known_table_label(c) for c in labels):
        return None
    if any(
        label and not before and cell[:1] in ",，、"
        for before, label, cell in zip(is_label, is_label[1:], cells[1:])
    ):
        return None  # 予以公开8，部分公开2 is a sentence; 规章000行政规范性文件317, two rows
    return " | ".join(cells) + " |"


#: The fewest values after a colon that make a table-2 row (its columns are seven).
T2_COLON_ROW_VALUES = 3
_LABEL_COLON_VALUES = re.compile(r"([^:：\d|]{1,40}?)\s*[:：]\s*(\d[\d.\s]*)")


def _label_colon_row(line: str) -> str | None:
    """A table row printed as its label, a colon and its values (规章:0 0 0, 行政许可:36,
    一、本年新收政府信息公开申请数量:10 0 …) → the row as pipe cells; None for anything else
    (电话:0551…, a metadata value, 行政复议:1)."""
    m = _LABEL_COLON_VALUES.fullmatch(line)
    label = L.norm(m.group(1)) if m else ""
    if m is None:
        return None
    values = m.group(2).split()
    # rows of table 1; of table 2 only with a row's values (予以公开:8 in legacy prose is
    # one figure); never 行政复议:1
    t2_row = len(values) >= T2_COLON_ROW_VALUES and L.first_match(label, L.T2_ROWS)
    if L.first_match(label, L.T1_ITEMS) is None and not t2_row:
        return None
    return " | ".join([m.group(1).strip(), *values]) + " |"


def _known_table_label(cell: str) -> bool:
    key = L.norm(cell)
    return L.is_table_header(key) or L.first_match(key, L.T2_ROWS) is not None


def _markdown_row(row: str) -> str:
    """``| | （七）总计 | 4 |`` → ``（七）总计 | 4 |``: the outer pipes go, and so do the empty
    cells before a row's first label (the place of a label merged from the row above)."""
    cells = row.strip().strip("|").split("|")
    first = next((i for i, c in enumerate(cells) if c.strip()), len(cells))
    if first < len(cells) and not looks_like_value(cells[first]):
        cells = cells[first:]
    return " | ".join(c.strip() for c in cells) + " |"


_CHROME_TAIL = re.compile(r"\s*(?:【[^】]{0,10}】|扫一扫|主办[:：]|网站标识码|关闭窗口)")


def split_page_dump(text: str) -> list[str] | None:
    """A whole page on one line → lines, or None when the line holds fewer than two
    numbered sections (then it is an ordinary long paragraph).

    The line is cut at each section heading found in sequence (一、 then 二、 …); what comes
    before the first is chrome, title and preamble; inside each section, subsection
    headings start new lines and a standard table's text becomes cells."""
    starts = heading_starts(text)
    if len(starts) < 2 and not (starts and _lone_standard_heading(text, starts[0])):
        return None
    if is_contents_line(text, starts):
        return None
    head, body = text[: starts[0]], text[starts[0] :]
    tail = _CHROME_TAIL.search(body, starts[-1] - starts[0])
    if tail is not None:
        body = body[: tail.start()]
    lines = _preamble_lines(head)
    bounds = [s - starts[0] for s in starts] + [len(body)]
    for a, b in zip(bounds, bounds[1:]):
        lines.extend(_section_lines(body[a:b]))
    lines[-1:] = _signature_split(lines[-1])
    return [line for line in lines if line.strip()]


def _lone_standard_heading(text: str, start: int) -> bool:
    """Whether the one numbered section found in a long line is a standard section under
    its standard title where a sentence or a note ended (…报告公开如下。 一、总体情况 2024年，
    …): a page cut off after its first section (one heading is enough only then)."""
    before = text[:start].rstrip()
    if before and before[-1] not in "。：:；;)）":
        return False
    m = L.h1(text[start : start + 80])
    return m is not None and L.STANDARD_SECTION_TITLE.match(m.group(2).strip()) is not None


_SIGNATURE_END = re.compile(
    r"^(?P<text>.*(?:[。！!)）]|事项))(?P<office>[^。，,；;\s|]{2,40}?" + L.ORG_SUFFIX + r")\s*"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$"
)


def _signature_split(line: str) -> list[str]:
    """The last paragraph of a page dump with the signature (office and date) run into
    it: the signature gets its own lines, where the metadata reader looks for it."""
    m = _SIGNATURE_END.match(line)
    if m is None:
        return [line]
    return [m.group("text"), m.group("office"), m.group("date")]


def _preamble_lines(head: str) -> list[str]:
    """Chrome, title and preamble: the report starts at the last title printed on its own
    (after a space, its organization without punctuation — not a title quoted inside a
    sentence); the page's navigation before it is dropped; the title gets a line."""
    found: tuple[int, int] | None = None
    for m in L.TITLE_ANYWHERE_RE.finditer(head):
        start = _piece_start(head, m.start())
        if m.start() - start <= 40 and not _SENTENCE_PUNCT.search(head[start : m.start()]):
            found = (start, m.end())
    if found is None:
        pieces = head.split()
        body = next((k for k, p in enumerate(pieces) if len(p) > 30 or "。" in p), None)
        if body is None:  # no sentence: the last piece is the title (…2011年某局…年报)
            return pieces[-1:]
        return [" ".join(pieces[body:])]
    title = head[found[0] : found[1]].strip()
    return [*_title_organization(head[: found[0]], title), title, head[found[1] :].strip()]


def _title_organization(before: str, title: str) -> list[str]:
    """A title printed on two lines, the organization above ``2014年度…报告``, comes out
    of a dump as two pieces: the organization piece, as a line of its own above the
    title (where the metadata reader joins them), or nothing."""
    if not title[:1].isdigit():
        return []
    before = before.rstrip(" " + NBSP + "\u3000")
    org = before[_piece_start(before, len(before)) :]
    if (
        not org
        or len(org) > 40
        or _SENTENCE_PUNCT.search(org)
        or not L.TITLE_HEAD_END_RE.search(org)
    ):
        return []
    return [org]


def _piece_start(text: str, end: int) -> int:
    """Where the piece of ``text`` that ends at ``end`` starts: after the last space,
    no-break space or ideographic space before ``end`` (0 when there is none)."""
    return max(text.rfind(sep, 0, end) for sep in (" ", NBSP, "\u3000")) + 1


_SENTENCE_PUNCT = re.compile(r"[，,。；;：:、《》“”]")


_TABLE_ANCHOR = re.compile(
    r"第二十条第|信息内容|[(（]本列数据|申请人情况|行政复议[\s\u00a0]*行政诉讼"
)


def _section_lines(text: str) -> list[str]:
    """One section of a page dump: its heading line, its paragraphs (cut at subsection
    headings) and its table as cells."""
    anchor = _TABLE_ANCHOR.search(text)
    if anchor is not None and "。" in text[anchor.start() :]:
        anchor = None  # a sentence: the words are prose here, not a table's header
    prose, table = (text[: anchor.start()], text[anchor.start() :]) if anchor else (text, "")
    cuts = [0, *subsection_starts(prose), len(prose)]
    lines = [prose[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    lines = [part for line in lines for part in _title_apart(line)]
    if table:
        lines.extend(f"{cell} |" for cell in table_cells(table))
    return lines


#: The second part of a two-part title is this short at most (夯实工作基础).
MAX_TITLE_PART = 12
_FIGURE_OR_COMMA = re.compile(r"[\d,，、；;：:]")
#: A section or subsection heading whose paragraph follows after a gap (一、概述 2016年…;
#: （一）重点领域信息公开情况 围绕…): a short title holding no punctuation, then whitespace.
_TITLE_GAP = re.compile(
    r"^((?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
    r"[^\s。，,；;：:]{2,24})\s+(?=\S)"
)


def _title_apart(line: str) -> list[str]:
    """A dump's heading line as its heading and its paragraph, when a gap parts them; not a
    two-part title (（一）强化组织领导 夯实工作基础。…: a short phrase, no figure, up to the
    full stop)."""
    m = _TITLE_GAP.match(line)
    if m is None:
        return [line]
    rest = line[m.end() :]
    phrase = rest.partition("。")[0]
    two_part = (
        "。" in rest
        and len(phrase) <= MAX_TITLE_PART
        and not _FIGURE_OR_COMMA.search(phrase)
        and not L.STANDARD_SUBSECTION_RE.search(m.group(1))  # （一）依申请公开 严格依法答复。
    )
    return [line] if two_part else [m.group(1), rest]


# ---------------------------------------------------------------- table text → cells


def table_cells(text: str) -> list[str]:
    """The cells of a table printed as running text. Cells separated by spaces (a blank
    cell as a no-break space) are split there; text with no separator is cut at the
    boundaries between labels and values, and a value run that may hold several cells is
    marked with :data:`FUSED_MARK`. Spaces may separate some cells only: a piece between
    two spaces that is a value run glued to a label (``210000021（二）部分公开``: a row's
    seven values and the next row's label) is cut as text without separators is."""
    if text.count(" ") >= 8:
        out: list[str] = []
        for piece in text.split(" "):
            if piece == "":
                continue
            cut = fused_cells(piece) if _glued(piece) else []
            if len(cut) > 1:
                out.extend(cut)
            else:
                out.append(_cell(piece))
        return out
    return fused_cells(text)


def _glued(piece: str) -> bool:
    """Whether a label and a value may have run together in a piece: it holds a run of
    digits that is no numbered word (``2022年``, ``第20条``, ``(1)``) and a CJK character,
    and it is no value (``减13/增3``, ``4(其中…)``, ``4.2780亿元`` stay one cell) unless a
    row's outline number follows its digits (``210000021（二）部分公开…`` reads as a value
    with a note). A numbered label (``1.属于国家秘密``) is given back whole by
    :func:`fused_cells`."""
    if _LOOSE_DIGITS.search(piece) is None or not any("\u4e00" <= c <= "\u9fff" for c in piece):
        return False
    return not looks_like_value(piece) or _ROW_NUMBER_OPEN.search(piece) is not None


#: A run of digits that is not the number of a year, article, item, date or issue.
_LOOSE_DIGITS = re.compile(r"\d+(?![\d年条项月日号期)）])")


def _cell(piece: str) -> str:
    return "" if piece.strip(NBSP + " \u3000") == "" else piece.strip()


#: Characters of a printed value that never start a label.
_VALUE_START = re.compile(r"[\d]")
_UNIT_AFTER = re.compile(r"^(?:亿元|万元|元)")
_CHANGE_SIGN = re.compile(r"^(?:[增减][\d]|/[增减]?\d)")


def fused_cells(text: str) -> list[str]:
    """Cells of a table whose cells ran together with no separator.

    State machine over the characters: in a *label* run until a digit, or a ``+``/``-``
    sign before one, starts a value (a digit followed by ``.`` and a CJK character is a
    sub-row number such as ``2.重复申请`` and stays with the label); in a *value* run until a
    character that is neither digit, decimal point, unit, change sign nor a parenthesised
    note. A sign between digits stays in the run (``2648-18538`` is 2648 | -18 | 538 or
    13 | — | 30 alike: the run is never split at it, nor read). Each no-break space is a
    blank cell of its own. Label runs are cut into the known header and row labels
    (:data:`labels.FUSED_LABEL_BREAK`); a value run is one cell only if it cannot hold
    several (then it is marked)."""
    cells: list[str] = []
    i, n = 0, len(text)
    label = ""
    while i < n:
        ch = text[i]
        if ch == NBSP or ch == " ":
            if label:
                cells.extend(_split_label(label))
                label = ""
            if ch == NBSP:
                cells.append("")
            i += 1
            continue
        signed = ch in "+-" and i + 1 < n and text[i + 1].isdigit()
        if (ch.isdigit() and not _is_row_number(text, i)) or signed:
            if label:
                cells.extend(_split_label(label))
                label = ""
            end = _value_end(text, i + 1 if signed else i)
            cells.append(FUSED_MARK + text[i:end])
            i = end
            continue
        label += ch
        i += 1
    if label:
        cells.extend(_split_label(label))
    return cells


def _is_row_number(text: str, i: int) -> bool:
    """``2.`` before a CJK character: the number of a sub-row label, not a value."""
    return i + 2 < len(text) and text[i + 1] in ".、．" and "\u4e00" <= text[i + 2] <= "\u9fff"


def _value_end(text: str, i: int) -> int:
    """Where the value run starting at ``i`` ends."""
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isdigit():
            if _is_row_number(text, i):
                return i
            i += 1
        elif ch == "." and i + 1 < n and text[i + 1].isdigit():
            i += 1
        elif (m := _UNIT_AFTER.match(text[i:])) is not None:
            i += len(m.group(0))
        elif _CHANGE_SIGN.match(text[i : i + 3]):
            i += 1
        elif ch in "+-" and i + 1 < n and text[i + 1].isdigit():
            i += 1  # ``2648-18538``: a sign or a blank's dash — the run cannot tell, one run
        elif _ROW_NUMBER_OPEN.match(text, i):
            return i
        elif ch in "(（" and (close := _closing(text, i)) is not None:
            i = close + 1
        else:
            return i
    return n


_ROW_NUMBER_OPEN = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")


def _closing(text: str, i: int) -> int | None:
    for j in range(i + 1, min(len(text), i + 40)):
        if text[j] in ")）":
            return j
    return None


def _split_label(label: str) -> list[str]:
    """A run of labels printed together → the known labels it holds."""
    parts = [p for p in L.FUSED_LABEL_BREAK.split(label) if p]
    return parts or [label]


# ---------------------------------------------------------------- columns from spaces


_ROW = re.compile(r"^(?P<label>.*?\S)?(?P<gap>\s+)(?P<values>[\d\s]+)$")
#: A non-value line that starts another table or section: column positions stop there.
_RUN_BREAK = re.compile(
    r"第二十条|信息内容|申请人情况|勾稽关系|^\s*行政复议|^\s*[一二三四五六七八九十]+、"
)


def align_columns(blocks: list[Block]) -> list[Block]:
    """Rows of a table flattened to one line each (``（二）部分公开 ␣␣␣␣␣␣0``): when the
    whitespace between cells is consistent over a table, rewrite the rows as pipe cells with
    their blank cells in place. Two shapes are recognised: one space between cells with a
    blank cell as one more space, and ``pdftotext -layout`` columns at fixed positions."""
    out = list(blocks)
    for start, end in reversed(_row_runs(out)):
        rows = [out[i] for i in range(start, end)]
        fixed = _single_space_rows(rows) or _positional_rows(rows)
        if fixed is not None:
            out[start:end] = fixed
    return out


def _value_row(block: Block) -> re.Match[str] | None:
    if not isinstance(block, Paragraph):
        return None
    return _value_row_match(block.text)


def _value_row_match(text: str) -> re.Match[str] | None:
    """A row of a table flattened to one line, its values at the end (no pipe cells)."""
    if "|" in text:
        return None
    text = text.rstrip()
    if not text[-1:].isdigit():
        return None  # the row's values end it
    m = _ROW.match(text)
    if m is None or not m.group("values").strip():
        return None
    return m


def _row_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """Stretches of blocks where rows with values dominate (a table), as index ranges;
    lines without values (wrapped labels, headers) may sit between them, a line that
    starts another table or section ends the stretch."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last = -1
    for i, block in enumerate(blocks):
        if _value_row(block) is not None:
            if start is None or i - last > 3:
                if start is not None:
                    runs.append((start, last + 1))
                start = i
            last = i
        elif start is not None and (
            not isinstance(block, Paragraph) or _RUN_BREAK.search(block.text)
        ):
            runs.append((start, last + 1))
            start = None
    if start is not None:
        runs.append((start, last + 1))
    return [(a, b) for a, b in runs if b - a >= 3]


def _single_space_rows(rows: list[Block]) -> list[Block] | None:
    """Rows whose cells are separated by exactly one space and whose blank cells are empty
    strings between two spaces: rewritten as pipe rows when every row with values splits
    into the same number of value cells."""
    widths: Counter[int] = Counter()
    split: list[tuple[Paragraph, list[str], list[str]] | None] = []
    for block in rows:
        m = _value_row(block)
        if m is None or not isinstance(block, Paragraph) or " " not in block.text.strip():
            split.append(None)
            continue
        parts = block.text.strip().split(" ")
        k = len(parts)
        while k > 0 and (parts[k - 1] == "" or parts[k - 1].isdigit()):
            k -= 1
        label, values = parts[:k], parts[k:]
        if "" in label:
            return None
        widths[len(values)] += 1
        split.append((block, label, values))
    if not widths or not any("" in s[2] for s in split if s):
        return None
    width, count = widths.most_common(1)[0]
    if width < 2 or count < len([s for s in split if s]) * 0.8:
        return None
    out: list[Block] = []
    for block, s in zip(rows, split):
        if s is None or len(s[2]) != width:
            out.append(block)
            continue
        cells = [" ".join(s[1])] if s[1] else []
        out.append(Paragraph(" | ".join(cells + s[2]) + " |", s[0].prov))
    return out


def _positional_rows(rows: list[Block]) -> list[Block] | None:
    """``pdftotext -layout`` rows: value columns stand at fixed character positions. The
    positions are learnt from the widest rows; a shorter row's values are put in the
    column they stand under, the others left blank. None when the rows do not agree."""
    spans: list[list[tuple[int, str]]] = []
    for block in rows:
        m = _value_row(block)
        if m is None:
            spans.append([])
            continue
        base = m.start("values")
        spans.append(
            [(base + v.start(), v.group()) for v in re.finditer(r"\d+", m.group("values"))]
        )
    widths = Counter(len(s) for s in spans if s)
    if not widths:
        return None
    width = max(widths)
    full = [s for s in spans if len(s) == width]
    if width < 2 or len(full) < 2 or len(widths) == 1:
        return None
    columns = [sorted(s[k][0] for s in full) for k in range(width)]
    centers = [c[len(c) // 2] for c in columns]
    if any(max(c) - min(c) > 3 for c in columns):
        return None
    out: list[Block] = []
    for block, s in zip(rows, spans):
        if not s or len(s) == width:
            out.append(block)
            continue
        slots = [""] * width
        ok = True
        for start, value in s:
            k = min(range(width), key=lambda j: abs(centers[j] - start))
            if abs(centers[k] - start) > 3 or slots[k]:
                ok = False
                break
            slots[k] = value
        m = _value_row(block)
        if not ok or m is None:
            out.append(block)
            continue
        assert isinstance(block, Paragraph)
        label = (m.group("label") or "").strip()
        out.append(Paragraph(" | ".join(([label] if label else []) + slots) + " |", block.prov))
    return out
