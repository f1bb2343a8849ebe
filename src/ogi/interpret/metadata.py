"""Report metadata from the running text (DOMAIN.md §3): title, organization, year,
period, the 索引号/发布日期 label block in any of its shapes, website, contact, signature and
attachments. Values are kept as printed; dates become ISO dates; phone dashes are unified.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ogi import bodies
from ogi.interpret import labels as L
from ogi.interpret.lines import Line, is_chrome


def has_meta_label(text: str) -> bool:
    """Whether a line starts with a metadata label (索引号:, 发布日期:, …) — extractors use
    this to keep a page's metadata block that sits outside the article body."""
    m = L.META_LABEL_RE.search(L.nfkc(text).replace("|", " "))
    return m is not None


def iso_date(text: str | None) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD (2019年01月17日, 2023-1-18 16:34)."""
    if not text:
        return None
    m = L.DATE_RE.search(text)
    if not m:
        return None
    y, mo, d = (g for g in m.groups() if g is not None)
    return _iso(y, mo, d)


def _iso(y: str, mo: str, d: str) -> str | None:
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def read_metadata(
    preamble: list[Line], all_lines: list[Line], hints: Mapping[str, Any]
) -> tuple[dict[str, Any], set[str]]:
    """Metadata fields and the preamble lines they consumed (title, label block)."""
    consumed: set[str] = set()
    meta: dict[str, Any] = {}
    preamble, joined = _title_tails(preamble)
    block = _label_block(preamble, consumed)
    title, org_line = _title(preamble, consumed)
    has_body = len(all_lines) > len(preamble) + 2  # lines after the preamble: a report
    if title is not None and (own := _report_under_notice(title, preamble, has_body)) is not None:
        consumed.add(own)
        # a title naming no body (2009年政府信息公开…报告): the notice's sender names it
        title, org_line = own, None if _title_prefix(own) else _notice_sender(preamble)
    title_doc_no = None
    if title is not None and (numbered := L.TITLE_DOC_NO_RE.match(title)) is not None:
        title_doc_no, title = numbered.group(1), title[numbered.end() :]
    printed_title = title or block.get("title") or hints.get("title")
    meta["title"] = printed_title or _quoted_title(preamble)
    for name in ("index_no", "issuer", "doc_no", "topic"):
        meta[name] = block.get(name) or hints.get(name)
    meta["doc_no"] = meta["doc_no"] or title_doc_no or _doc_no_line(preamble, consumed)
    meta["published"] = (
        iso_date(block.get("published"))
        or iso_date(hints.get("published"))
        or _date_under_title(preamble, title)
    )
    meta["written"] = iso_date(block.get("written")) or iso_date(hints.get("written"))
    text = "\n".join([line.text for line in all_lines])
    intro = "\n".join([line.text for line in preamble if line.text not in consumed])
    meta["period"] = _period(text)
    meta["contact"] = _contact(intro, text)
    meta["website"] = _website(text)
    meta["signature"] = _signature(all_lines)
    meta["attachments"] = list(hints.get("attachments", [])) or _attachments(all_lines)
    # 某县教育局 [2020] 3号 2019年…报告: the number's issuer, before the contact office's body
    issuer = L.DOC_NO_ISSUER_RE.sub("", title_doc_no) if title_doc_no else None
    # (an introduction printed under 一、总体情况, on a page with no preamble, is the text's head)
    organization = (
        _organization(
            meta["title"],
            org_line,
            intro,
            meta["contact"]["office"],
            issuer,
        )
        or _unit_caption(text)
        or _overview_body(text[:3000])
    )
    # a page with no preamble announcing the report under 一、总体情况 (现向社会公布甲乙市2021年度
    # …): its body, over none or a bare office (市行政审批局)
    if not intro.strip() and (m := L.HEAD_ANNOUNCE_RE.search(text[:INTRO_FALLBACK_CHARS])):
        named = m.group(1)
        bare = organization is None or L.BARE_LEVEL_NAME_RE.match(organization) is not None
        if (
            bare
            and L.INTRO_NOT_BODY_RE.search(named) is None
            and not L.SELF_NAMED_RE.fullmatch(named)
        ):
            organization = named
    # a hijacked mirror's spam in the body's place (彩票娱乐平台大全2010年…年度报告) names none
    spam = organization is not None and L.SPAM_NAME_RE.search(organization) is not None
    meta["organization"] = None if spam else organization
    meta["organization_key"] = bodies.organization_key(meta["organization"])
    # a title only the introduction names (《…2020年…年度报告》) is weighed against the period
    # and the overview's year
    quoted = None if printed_title else meta["title"]
    meta["year"] = _year(printed_title, text, meta["period"], meta["published"], quoted)
    consumed.update(whole for whole, parts in joined.items() if parts <= consumed)
    return meta, consumed


#: How much of the text stands for the introduction when no line precedes the first section.
INTRO_FALLBACK_CHARS = 600


def _doc_no_line(preamble: list[Line], consumed: set[str]) -> str | None:
    """A document number printed alone on a line of the head (青政办〔2021〕5号, its signer
    maybe beside it), as a red-headed document prints it above or below its title."""
    for line in preamble[:TITLE_LINES]:
        if "号" in line.text and (m := L.DOC_NO_LINE_RE.match(line.text)) is not None:
            consumed.add(line.text)
            return m.group(1).strip()
    return None


def _title_tails(preamble: list[Line]) -> tuple[list[Line], dict[str, set[str]]]:
    """The preamble with a title's line that goes on with the page's byline or tools
    (…年度报告 发布时间:2021-01-25 浏览次数:88) cut in two lines, and the parts of each line cut
    (the line is consumed when both are)."""
    joined: dict[str, set[str]] = {}
    out = []
    for k, line in enumerate(preamble):
        cut = L.TITLE_TAIL_RE.search(line.text) if k < TITLE_LINES and "报告" in line.text else None
        printed = L.TITLE_TAIL_RE.search(line.printed) if cut else None
        if cut is None or printed is None:
            out.append(line)
            continue
        title = line._replace(
            text=line.text[: cut.start(1)], printed=line.printed[: printed.start(1)]
        )
        tail = line._replace(text=line.text[cut.end() :], printed=line.printed[printed.end() :])
        joined[line.text] = {title.text, tail.text}
        out += (title, tail)
    return (out, joined) if joined else (preamble, joined)


#: How many lines of the preamble are looked at for the title.
TITLE_LINES = 20


def _label_block(preamble: list[Line], consumed: set[str]) -> dict[str, str]:
    """The metadata block's values by field. A label's value wins over a date byline's
    (2021-01-28 10:05 来源:…), which only fills what no label gives."""
    found: dict[str, str] = {}
    byline: dict[str, str] = {}
    in_block = False  # the line before was a line of the block
    alone: str | None = None  # the field of a label printed alone on the line before
    header: list[str] = []  # the fields of a row of labels only, its values on the next row
    for line in preamble:
        flat = line.text
        if flat[:1] in "wh " and (site := L.LEADING_SITE_RE.match(flat)) is not None:
            flat = flat[site.end() :]
        if header:
            values = _row_cells(flat)
            if len(values) == len(header) and not any(map(_label_alone, values)):
                consumed.add(line.text)
                for name, value in zip(header, values):
                    if value not in L.EMPTY_META_VALUES:
                        found.setdefault(name, value)
                header = []
                continue
            header = []
        if "|" in flat and (fields := _header_row(flat)):
            consumed.add(line.text)
            header = fields
            continue
        if (field := _label_alone(flat)) is not None:
            consumed.add(line.text)
            alone = field
            continue
        if alone is not None:
            name, alone, value = alone, None, flat.strip(L.BULLETS)
            if value in L.EMPTY_META_VALUES:
                consumed.add(line.text)  # 主题分类 / 无: no value
                continue
            if _alone_value(name, value) and not _block_labels(flat, True):
                consumed.add(line.text)
                found.setdefault(name, value)
                continue
        matches = _block_labels(flat, in_block)
        in_block = bool(matches)
        if not matches:
            if not byline and (dated := L.DATE_BYLINE_RE.match(flat)) is not None:
                consumed.add(line.text)
                byline["published"] = dated.group(1)
                if (source := _byline_source(flat, dated.end())) is not None:
                    byline["issuer"] = source
            elif not byline and "-" in flat and (sited := L.DATE_AFTER_SITE_RE.search(flat)):
                consumed.add(line.text)
                byline["published"] = sited.group(1)
            continue
        consumed.add(line.text)
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(flat)
            value = flat[m.end() : end]
            if (tail := L.META_VALUE_END_RE.search(value)) is not None:
                value = value[: tail.start()]  # the page's counters: 字号: [ ] 浏览次数:
            value = " ".join(value.replace("|", " ").split())
            name = L.META_FIELDS[re.sub(r"\s+", "", m.group(1))]
            if L.LABEL_AT_START_RE.match(value):
                continue  # an empty cell, then a label of no field (| 索引号: | 公开形式: |)
            if value not in L.EMPTY_META_VALUES and name not in found:
                found[name] = value
    return byline | found


def _row_cells(flat: str) -> list[str]:
    return [cell.strip() for cell in flat.strip(" |").split("|")]


def _header_row(flat: str) -> list[str]:
    """The fields of a portal table's row of labels alone (索引号 | 公开方式 | 发布机构 |), whose
    values are the next row's cells; [] for any other line."""
    cells = _row_cells(flat)
    if len(cells) < MIN_HEADER_LABELS:
        return []  # 文号 | 关键词 | || is a row of two labels whose values are empty
    fields = [L.META_FIELDS.get(re.sub(r"\s+", "", cell)) for cell in cells]
    return [f for f in fields if f is not None] if all(fields) else []


#: The fewest labels a row of labels alone holds (fewer: labels with empty values).
MIN_HEADER_LABELS = 3


def _byline_source(flat: str, end: int) -> str | None:
    """The source a date byline names after the date (来源:某某市人民政府办公室), less the
    page's counters run into it; None when it names nothing (本站, 1)."""
    source = L.BYLINE_SOURCE_RE.search(flat, max(0, end - 4))
    if source is None or source.group(1) in L.META_FIELDS:
        return None  # 来源: 发布机构: — a label with no value, then the next label
    value = source.group(1)
    if (tail := L.META_VALUE_END_RE.search(value)) is not None:
        value = value[: tail.start()]
    value = L.COUNTER_WORDS_RE.sub("", value)
    return value if len(value) >= 2 and value not in L.EMPTY_META_VALUES else None


#: The longest value read under a label printed alone on its line (no paragraph).
MAX_ALONE_VALUE = 60


def _label_alone(flat: str) -> str | None:
    """The field of a metadata label printed alone on its line, a colon after it or none
    (• 索引号; 信息来源:), its value on the next line; None for any other line (文号 : | is an
    empty cell)."""
    text = flat.strip(L.BULLETS).rstrip(":：").rstrip()
    if not text or len(text) > 12 or "|" in flat or ":" in text or "：" in text:
        return None
    if (m := L.META_LABEL_ALONE_RE.fullmatch(text)) is None:
        return None
    return L.META_FIELDS[re.sub(r"\s+", "", m.group(1))]


def _alone_value(field: str, value: str) -> bool:
    """Whether a line can be the value under a label printed alone: short, no label of its
    own (栏目: …, 字体:), no title, and the shape of its field's values (an index number,
    a date, a document number, a body's name): not the title's first line or a sentence."""
    if not value or len(value) > MAX_ALONE_VALUE or "|" in value:
        return False
    if L.LABEL_COLON_RE.search(value) or _is_title(value):
        return False
    shape = L.META_VALUE_SHAPES.get(field)
    return shape is None or shape.search(value) is not None


def _block_labels(flat: str, in_block: bool) -> list[re.Match[str]]:
    """The labels of a line of the metadata block, none for any other line: a line that
    opens with a label and a colon (or a cell's pipe), or with labels spaced from their
    values (索 引 号 xxx 公开方式 主动公开) — two on the line, or one right under such a line.
    One look at the line's start decides for most lines."""
    opening = flat.lstrip(L.BULLETS)
    if L.META_LABEL_CELL_RE.match(opening):
        spaced = False
    elif L.META_LABEL_SPACED_RE.match(opening):
        spaced = True
    else:
        return []
    if L.PERIOD_RE.search(flat):
        return []  # 时间：2022年1月1日至12月31日 is the statistics period, not a date
    if not spaced:
        return list(L.META_LABEL_CELL_RE.finditer(flat))
    matches = list(L.META_LABEL_SPACED_RE.finditer(flat))
    return matches if len(matches) >= 2 or in_block else []


def _title(preamble: list[Line], consumed: set[str]) -> tuple[str | None, str | None]:
    """The title and the line printed next to it that may name the organization: the line
    before it (its first half, or a cover's organization), or, for a title that names no
    body, an organization printed on the line after it (the title sometimes repeated
    below: 2022年…年度报告 / 桃江县松木塘镇人民政府 / 2022年…年度报告)."""
    previous: str | None = None
    earlier: str | None = None  # the line before ``previous``
    head = preamble[:TITLE_LINES]
    for k, line in enumerate(head):
        if line.text in consumed:
            continue
        # Page 8 - <title>; a title in a row of a portal's table (… | ||)
        text = L.FLIPBOOK_HEADER_RE.sub("", line.text).strip(L.BULLETS)
        text = L.TITLE_LABEL_RE.sub("", text) if text[:1] in "标名信文" else text
        if "." in text:
            text = L.TITLE_FILE_EXT_RE.sub("", text)  # …年度报告.docx: a linked file's name
        if "|" in text:
            text = L.TITLE_COLUMN_PREFIX_RE.sub("", text)  # 每日一报 | <title>: a column label
        text = _without_widgets(_undoubled(text))
        if text[:1] in "【[" and (tag := L.TITLE_TAG_RE.match(text)) is not None:
            text = text[tag.end() :]  # 【年报专栏】<title>: a portal's column tag
        run_in = L.TITLE_RUN_IN_RE.match(text) if previous is None else None
        if run_in is not None:
            text = run_in.group(1)  # the title run into the introduction on the first line
        titled = _is_title(text)
        if titled and run_in is not None:
            return text, None  # the line stays the preamble's: its introduction is text
        if titled:
            # a menu's 部门信息公开工作年度报告 over the report's title, or a portal's header
            # right above it (its body named differently)
            if title_year(text) is None and (
                full := _full_title_below(text, head[k + 1 :])
                or _full_title_below("", head[k + 1 : k + 2])
            ):
                consumed.add(full)
                return full, None
            consumed.add(line.text)
            if (
                previous is not None
                and _title_head(previous)
                and (not previous[-1:].isdigit() or text[:1] == "年" or _named_head(previous))
            ):
                consumed.add(previous)
                # a two-line title: the organization (and year), then "…年度报告"; the year
                # itself may be cut (…人民政府2020 / 年政府信息…)
                if not _title_prefix(text) or previous[-1:].isdigit():
                    return _joined_title(previous, earlier, text, head[k + 1 :], consumed)
            elif not _title_prefix(text) and (
                below := _org_below([ln for ln in head[k + 1 :] if ln.text not in consumed])
            ):  # (past the page's byline: 发布时间:… 来源:…)
                consumed.add(below)
                return text, below
            elif not _title_prefix(text) and (
                named := _title_below(head[k + 1 :], need_year=False, need_body=True)
            ):
                consumed.add(named)  # a header (2022年度政府信息公开年报), then the title
                return named, None
            return text, previous
        if (
            previous is not None
            and len(text) <= WRAPPED_TAIL_CHARS
            and _wrapped_title(previous, text)
        ):
            # a title wrapped before its last words (…2013年度信息公开工作 / 年度报告); one
            # printing no year or no body gives way to a title printing both just below (a
            # portal's header 东湖县人民政府信息公开 / 年度报告 over the report's own title)
            joined = previous + text
            has_year, has_body = title_year(joined) is not None, bool(_title_prefix(joined))
            better = _title_below(head[k + 1 :], need_year=not has_year, need_body=not has_body)
            if (not has_year or not has_body) and better:
                consumed.add(better)
                return better, None
            consumed.update((previous, line.text))
            return joined, None
        previous, earlier = line.text, previous
    return None, None


def _named_head(text: str) -> bool:
    """A title's first line that names its body before the year (青禾县卫健委2020), not
    a year alone (2021): a bare year line joins only a title line opening with 年."""
    year = L.TITLE_HEAD_YEAR_RE.search(text)
    return year is not None and year.start() > 0


def _joined_title(
    previous: str, earlier: str | None, text: str, after: list[Line], consumed: set[str]
) -> tuple[str, str | None]:
    """A title printed over two lines (the body and year, then …年度报告) or three (东川市白沙区
    / 人民政府2020年 / …年度报告), and the line naming its body; a title whose first line is
    its year alone (2020年 / …年度报告 / 东川市白沙区人民政府) takes the body printed below."""
    head = previous
    if (
        earlier is not None
        and L.ORG_CONTINUES_RE.match(previous)
        and _title_head(earlier)
        and not L.TITLE_HEAD_YEAR_IN_RE.search(earlier)
    ):
        consumed.add(earlier)
        head = earlier + previous
    joined = head + text
    if not _title_prefix(joined) and (below := _org_below(after)):
        consumed.add(below)
        return joined, below
    return joined, head


#: The most a title's wrapped last line holds (年度报告, 工作年度报告).
WRAPPED_TAIL_CHARS = 10
_LATIN_OR_COLON = re.compile(r"[A-Za-z:]")


def _undoubled(text: str) -> str:
    """A title printed twice on one line of a run-together page (X报告X报告) → once."""
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= MIN_DOUBLED_TITLE and text[:half] == text[half:]:
        return text[:half]
    return text


def _without_widgets(text: str) -> str:
    """A title with the page's widgets printed after it on its line (…年度报告 保护视力色:
    【打印本页】 【关闭窗口】), or a browser's title bar (…年度报告 - 政府信息公开年报 - 某厅)
    → the title alone."""
    end = text.rfind("报告") + 2
    tail = text[end:].strip() if end > 1 else ""
    return text[:end] if tail and (tail[0] in TITLE_BAR_SEPARATORS or is_chrome(tail)) else text


#: What separates a page's title from the site's name in a browser's title bar.
TITLE_BAR_SEPARATORS = "-_|"


#: The shortest title that is taken as printed twice.
MIN_DOUBLED_TITLE = 12


def _date_under_title(preamble: list[Line], title: str | None) -> str | None:
    """A date printed alone on the line right under the title, or under the body's name
    printed under it (title / 崇武镇党政办公室 / 2010年3月10日): the page's publication date;
    a date elsewhere may be a header's, a list's or a signature's."""
    if title is None:
        return None
    texts = [line.text.strip() for line in preamble[:20]]

    def of_title(text: str) -> bool:  # the title, a breadcrumb ending in it, its wrapped tail
        return bool(text) and (text.endswith(title) or (len(text) >= 4 and title.endswith(text)))

    for i, text in enumerate(texts):
        if not of_title(text):
            continue
        j = i + 1
        while j < len(texts) and of_title(texts[j]):
            j += 1  # printed twice, or wrapped
        below = texts[j : j + 2]
        if len(below) == 2 and len(below[0]) <= 20 and L.TITLE_HEAD_END_RE.search(below[0]):
            below = below[1:]  # the body's name between
        if below and (m := L.DATE_LINE_RE.match(below[0].strip("()（） "))):
            return iso_date(m.group(0))
        if below and (m := L.SITE_DATE_LINE_RE.search(below[0])):
            return iso_date(m.group(1))  # 银川市人民政府门户网站 www.yinchuan.gov.cn 2022-01-27
    return None


def _report_under_notice(title: str, preamble: list[Line], has_body: bool) -> str | None:
    """The report's own title line when the title found is a notice publishing it (某镇人民
    政府关于公布《某镇2009年政府信息公开年度报告》的通知) and the report follows on the page,
    its title printed on a line of its own; None otherwise (a notice alone is no report)."""
    if "通知" not in title:
        return None
    quoted = L.NOTICE_OF_REPORT_RE.search(title)
    if quoted is None:
        return None
    own = quoted.group(1)
    for previous, line in zip([None, *preamble], preamble):
        if line.text.strip() == own:
            # the title as an attachment's name (附件: / X年度报告) with no report below it:
            # the notice alone
            attached = previous is not None and previous.text.startswith("附件")
            return None if attached and not has_body else line.text
    return None


def _notice_sender(preamble: list[Line]) -> str | None:
    """The body that sends a notice publishing the report (某县某镇人民政府关于公布…)."""
    for line in preamble[:NOTICE_LINES]:
        if m := L.NOTICE_SENDER_RE.search(line.text):
            return m.group(1)
    return None


#: How many first lines of a page a notice's sender is looked for in.
NOTICE_LINES = 6


def _wrapped_title(first: str, rest: str) -> bool:
    """Whether two lines are one title wrapped before its last words: together a title
    that names its body or its year (…农业农村局政府信息公开工作 / 年度报告; 关于2016年度全县
    政府信息公开 / 工作情况的报告), the first no title of its own (a portal's menu, 政府信息公开
    / 年度报告, names neither)."""
    joined = first + rest
    named = title_year(joined) is not None or bool(_title_prefix(joined))
    return named and _is_title(joined) and not _is_title(first)


def _quoted_title(preamble: list[Line]) -> str | None:
    """The report's title named in its introduction (现发布《…年度报告》), when no line of
    its own prints one."""
    for line in preamble[:10]:
        if "《" in line.text:
            for m in L.TITLE_QUOTED_RE.finditer(line.text):
                # a title prints no Latin letters or colon (a hijacked copy prepends spam);
                # one referred to (对照《…2020年…年度报告》中提出的…) is last year's
                referred = L.REFERRED_BEFORE_RE.search(line.text, max(0, m.start() - 8), m.start())
                title = m.group(1)
                if referred is None and _is_title(title) and not _LATIN_OR_COLON.search(title):
                    return title
    return None


def _title_head(text: str) -> bool:
    """The first line of a title printed on two lines: a short organization, a place, or
    an organization and the year (宿州市人民政府2016年)."""
    if len(text) > 40:
        return False
    if L.TITLE_HEAD_END_RE.search(text):
        return True
    year = L.TITLE_HEAD_YEAR_RE.search(text)
    if year is None:
        return False
    # the organization before the year (not a label: 所属年度：2022年), or the year alone
    body = text[: year.start()].removesuffix(L.TITLE_HEAD_BEFORE_YEAR)
    body = L.ALIAS_NOTE_RE.sub("", body)  # 自治区民委(宗教事务局): the name before its other name
    return not body or bool(L.TITLE_HEAD_END_RE.search(body))


#: How many lines after a title naming no body are looked at for one that names it.
NAMED_TITLE_LOOKAHEAD = 3


def _title_below(after: list[Line], *, need_year: bool, need_body: bool) -> str | None:
    """A title within the next lines printing what the one above lacks: its year (a
    portal's header 东湖市人民政府信息公开 / 年度报告 over 2022年政府信息公开工作年度报告), or
    its body (2022年度政府信息公开 / 年度报告 over 东湖县商务局2023年…年度报告; a page header
    or a column's name 2022年度政府信息公开年报 over the title)."""
    for line in after[:NAMED_TITLE_LOOKAHEAD]:
        text = L.FLIPBOOK_HEADER_RE.sub("", line.text).strip(L.BULLETS)
        if not _is_title(text):
            continue
        if (need_year and title_year(text) is not None) or (need_body and _title_prefix(text)):
            return text
    return None


def _full_title_below(title: str, after: list[Line]) -> str | None:
    """A title further down the page's head that prints both its year and its body, when
    the title above names no body (a menu's 部门信息公开工作年度报告; "" for any) or the same
    one; not a link to another body's report (相关链接)."""
    body = _title_prefix(title)
    if body and L.ORG_END_RE.search(body) is None:
        body = ""  # 部门: no body's name
    for line in after:
        text = L.FLIPBOOK_HEADER_RE.sub("", line.text).strip(L.BULLETS)
        if _is_title(text) and title_year(text) is not None and (named := _title_prefix(text)):
            same = named == body or named.endswith(body)  # 区教育局 / 青山区教育局
            return text if not body or same else None
    return None


def _org_below(after: list[Line]) -> str | None:
    """The organization printed on the line after a title that names none: a short line
    ending as a body's name does, no sentence and no title itself."""
    if not after:
        return None
    text = after[0].text
    if not "\u4e00" <= text[:1] <= "\u9fff":
        return None  # a name opens with a character (not ——, 【, a digit)
    if len(text) > 40 or _is_title(text) or any(c in text for c in "。，,；;：:"):
        return None
    return text if L.ORG_END_RE.search(text) else None


#: A short label and its colon opening a line (栏目:, 所属栏目:, 标题:).
_LABEL_PREFIX = re.compile(r"^[^:\d]{1,8}:")


def _is_title(text: str) -> bool:
    """A title line: an annual-report title, short, no sentence in it."""
    if len(text) > 80 or "。" in text or "，" in text or "," in text:
        return False  # a sentence
    if ":" in text and _LABEL_PREFIX.match(text):
        return False  # a label and its value (栏目：2022年政府信息公开年报)
    return _title_parts(text) is not None


def _title_parts(title: str) -> tuple[str, int | None] | None:
    """The organization a title prints (before or after its year, '' when none) and its
    year (None when it prints none), or None when ``title`` is no annual-report title."""
    if m := _organization_year_title(title):
        return m.group(1).strip(), int(m.group(2))
    if m := L.TITLE_YEAR_FIRST_RE.match(title):
        return _whole_government(m.group(2).strip()), int(m.group(1))
    if m := L.TITLE_YEAR_AFTER_RE.match(title):
        return _whole_government(m.group(1).strip()), int(m.group(2))
    if m := L.TITLE_NO_YEAR_RE.match(title):
        return _whole_government(m.group(1).strip()), None
    return None


def _whole_government(organization: str) -> str:
    """A body named before 政府信息公开 whose 政府 the title shares with it (2015年禾县人民政府
    信息公开年度报告: 禾县人民 + 政府信息公开) → 禾县人民政府."""
    return organization + "政府" if organization.endswith("人民") else organization


def _organization_year_title(text: str) -> re.Match[str] | None:
    """A title that prints its organization (group 1), then its year (group 2)."""
    if "关于" in text and (m := L.TITLE_ABOUT_RE.match(text)):
        return m
    return L.TITLE_RE.match(text)


def _title_prefix(title: str) -> str:
    """The organization printed in a title (before or after its year), or ''; a year a
    portal prints before the title (2024某县某乡2024年度…) is not part of it."""
    parts = _title_parts(title)
    if not parts:
        return ""
    prefix = parts[0]
    if prefix[:4].isdigit() and L.TITLE_YEAR_PREFIX_RE.match(prefix):
        return prefix[4:]
    return prefix


def title_year(title: str) -> int | None:
    """The year an annual-report title prints (None when it prints none or is no title)."""
    parts = _title_parts(title)
    return parts[1] if parts else None


def _organization(
    title: str | None,
    org_line: str | None,
    intro: str,
    office: str | None,
    doc_issuer: str | None = None,
) -> str | None:
    """The reporting body: printed in the title or beside it; else the body the
    introduction says compiled the report, or names in the report's title; else the issuer
    of a document number printed before the title; else the body of the contact office."""
    if title:
        prefix = _title_prefix(title)
        if (
            org_line
            and prefix
            and org_line.startswith(prefix)
            and L.ORG_END_RE.search(org_line)
            and not L.TITLE_HEAD_YEAR_IN_RE.search(org_line)  # …2023年度政府 / 信息公开…
        ):
            return org_line
        if prefix:
            return prefix
        if org_line and L.ORG_END_RE.search(org_line) and len(org_line) <= 40:
            return org_line  # a title naming no body, its organization printed beside it
    if compiler := _compiled_by(intro):
        return compiler
    if "报告" in intro and (named := L.INTRO_TITLE_RE.search(intro)) is not None:
        # 本局, 我县, 全区 name no body, nor 经局党组会议审议通过的, 区政府办公室汇总编制的
        body = named.group(1).removeprefix("的")  # 按要求编制的X2021年度…
        if (
            not L.SELF_NAMED_RE.fullmatch(body)
            and not body.endswith("的")
            and L.INTRO_NOT_BODY_RE.search(body) is None
        ):
            return body  # 特编制某乡2024年…年度报告: the body its title names
    if doc_issuer and L.ORG_END_RE.search(doc_issuer):
        return doc_issuer  # a full name (青山区教育局), not an abbreviation (县政办)
    if office and not L.SELF_REFERENCE_RE.match(office):  # 本局…受理大厅 names no body
        m = L.REPORTING_BODY_RE.match(office)
        # not cut inside a parenthesis: 工业园区(青禾街道) is the body's whole name
        if m and m.group(1).count("(") == m.group(1).count(")"):
            return m.group(1)
        body = L.OFFICE_TAIL_RE.sub("", office)  # 青禾乡党政办 → 青禾乡
        left = body if 2 <= len(body) < len(office) else office
        # 省政务公开办公室 names no body: a bare level, no place
        return None if L.BARE_LEVEL_NAME_RE.match(left) else left
    return None


def _unit_caption(text: str) -> str | None:
    """The body a table's caption names (单位: 东阳市自然资源局 2023年度), when nothing else
    named the organization."""
    if "单位" not in text:
        return None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "单位" in line and (m := L.UNIT_CAPTION_RE.fullmatch(line)) is not None:
            around = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
            if any(L.CAPTION_NEIGHBOUR_RE.search(n) for n in around):
                return _caption_body(m.group(1))
    return None


def _caption_body(name: str) -> str | None:
    """The body a caption names, less the office that filled the form in."""
    if L.SELF_REFERENCE_RE.match(name):
        return None
    if L.OFFICE_AS_BODY_RE.search(name):
        return name
    body = L.OFFICE_TAIL_RE.sub("", name)  # 青禾县人民政府办公室 fills in its government's form
    return body if len(body) >= 2 else name


def _compiled_by(intro: str) -> str | None:
    """The body the introduction says compiled the report (由安阳街道办事处…编制), less an
    office inside it (…厚桥街道党政办公室综合科 → …厚桥街道), or None."""
    m = L.COMPILED_BY_RE.search(intro) if "编制" in intro else None
    if m is None or L.SELF_REFERENCE_RE.match(m.group(1)) or m.group(1)[0] in "各每":
        return None  # 由我局办公室编制, 由各乡镇编制 name no body
    body = (
        m.group(1)
        if L.OFFICE_AS_BODY_RE.search(m.group(1))
        else L.OFFICE_TAIL_RE.sub("", m.group(1))
    )
    return body if len(body) >= 2 else m.group(1)


def _year(
    title: str | None,
    text: str,
    period: dict[str, str] | None,
    published: str | None,
    quoted: str | None = None,
) -> int | None:
    if title and (year := title_year(title)) is not None:
        return year
    if title and period and period.get("start"):
        return int(period["start"][:4])  # a title without its year: the period's
    head = text[:3000]
    period_year = int(period["start"][:4]) if period and period.get("start") else None
    own = title_year(quoted) if quoted else None  # the title the introduction publishes
    named = own
    # the pattern ends with 年度报告: a text without it (one quick search) is not scanned
    if named is None and "年度报告" in head and (m := L.TITLE_ANYWHERE_RE.search(head)):
        named = int(m.group(1))
    if named is not None:
        # a title the text names (《青禾镇2020年…年度报告》) weighed against the period and the
        # overview's year; one named elsewhere (last year's: 公开发布《…2021年…年度报告》 in
        # a report on 2022) gives way to the overview's year too
        overview = _overview_year(head)
        if period_year is not None and period_year != named:
            return named if overview == named else period_year
        if own is None and period_year is None and overview is not None:
            return overview
        return named
    if period_year is not None:
        return period_year
    if (year := _introduction_year(head, L.INTRO_YEAR_RE)) is not None:
        return year
    if published:
        return int(published[:4]) - 1
    return _introduction_year(head, L.INTRO_LEAD_YEAR_RE) or _overview_year(head)


def _overview_year(head: str) -> int | None:
    """The year that opens the first paragraph under 一、总体情况 (2023年，我局…), for a
    report printing no title, period, announcement or date (a page cut to its body)."""
    for k, below in enumerate(_under_overview(head)):
        m = L.OVERVIEW_LEAD_YEAR_RE.match(below)
        # the first paragraph, or one run into a subheading ((二)…。2021年，)
        if m and (k == 0 or m.group(0).lstrip()[:1] in "(（"):
            return int(m.group(1))
    return None


def _under_overview(head: str) -> list[str]:
    """The lines right under the first 一、总体情况 (the first OVERVIEW_YEAR_LINES), less
    subheadings on lines of their own ((一)主动公开: the paragraph is below it)."""
    lines = head.splitlines()
    for i, line in enumerate(lines):
        if L.OVERVIEW_HEADING_RE.match(line):
            below = lines[i + 1 : i + 1 + L.OVERVIEW_YEAR_LINES]
            return [b for b in below if not L.SUBHEADING_LINE_RE.match(b)]
    return []


def _overview_body(head: str) -> str | None:
    """The body the first paragraph under 一、总体情况 opens with after its year (2021年，
    广州市港务局在…), for a report whose title and introduction name none."""
    for below in _under_overview(head)[:1]:
        m = L.OVERVIEW_BODY_RE.match(below)
        if m is not None and _reports(m.group(1), below[m.start(1) :]):
            return m.group(1)
    return None


def _reports(name: str, paragraph: str) -> bool:
    """Whether ``name``, opening the overview's paragraph (given from the name on), is the
    body that reports: not a party and government pair (县委县政府高度重视…), a site, or a
    body the paragraph's first sentence then sets apart from the reporter it calls 我局, 我镇
    (青禾镇便民服务中心…我镇)."""
    if L.OVERVIEW_NOT_BODY_RE.search(name):
        return False
    sentence = paragraph.split("。", 1)[0]
    kinds = L.PRONOUN_BODY_RE.findall(sentence)
    return all(re.search(kind + L.KIND_NAME_END, name) for kind in kinds)


def _introduction_year(head: str, pattern: re.Pattern[str]) -> int | None:
    """The year ``pattern`` finds in the line that announces the report, for a report whose
    title is lost: 现将2020年度…工作总结报告如下 (:data:`~ogi.interpret.labels.INTRO_YEAR_RE`);
    2025年，…现将工作情况报告如下 (the weaker ``INTRO_LEAD_YEAR_RE``, after the publication
    date's)."""
    for line in head.splitlines():
        if L.REPORT_INTRO.search(line) and (m := pattern.search(line)):
            return int(m.group(1))
    return None


def _period(text: str) -> dict[str, str] | None:
    """The statistics period: 自2024年1月1日至12月31日; printed with a comma before its end
    or with its 年 lost, only a whole year is taken."""
    found: list[tuple[int, dict[str, str]]] = []
    if (m := L.PERIOD_RE.search(text)) and (span := _span(m)):
        if _single_whole_year(span) and m.start() < PERIOD_FIRST_CHARS:
            return span  # the common case: one search, early in the text
        found.append((m.start(), span))
    for pattern in (L.PERIOD_COMMA_RE, L.PERIOD_LOST_NIAN_RE, L.PERIOD_ISO_RE):
        for m in pattern.finditer(text):
            span = _span(m)
            # or the 条例's first year: 自2008年5月1日《条例》实施之日起,至2008年12月31日止
            since_law = L.IN_FORCE_DAY in m.group(0)
            if (
                span
                and span["end"][4:] == "-12-31"
                and (span["start"][4:] == "-01-01" or since_law)
            ):
                found.append((m.start(), span))
                break
    # the first printed single whole year, else the first printed (a five-year campaign's
    # 2016年1月1日至2020年12月31日 before the report's own period is not it)
    whole = [f for f in found if _single_whole_year(f[1])]
    return min(whole or found, key=lambda f: f[0])[1] if found else None


#: A whole year printed this early is the period: the other forms are not looked for (two
#: whole-text scans that open with a digit).
PERIOD_FIRST_CHARS = 3000


def _single_whole_year(span: dict[str, str]) -> bool:
    start, end = span["start"], span["end"]
    return start[:4] == end[:4] and (start[4:], end[4:]) == ("-01-01", "-12-31")


def _span(m: re.Match[str]) -> dict[str, str] | None:
    y1, m1, d1, y2, m2, d2 = m.groups()
    start, end = _iso(y1, m1, d1), _iso(y2 or y1, m2, d2)
    if start is None or end is None:
        return None
    return {"start": start, "end": end}


def _contact(intro: str, text: str) -> dict[str, str | None]:
    def first(pattern: re.Pattern[str], needs: str = "") -> str | None:
        """Group 1 (or the match) of the first match in the intro, else in the text; a
        text without ``needs`` (a character every match holds) is not searched."""
        m = None
        for part in (intro, text):
            if needs in part and (m := pattern.search(part)):
                break
        return _found(m)

    phone = first(L.PHONE_RE)
    fax = _fax(intro) or _fax(text)  # the introduction's first, in any form
    return {
        # the introduction's wording first (请与, else 可与), then the text's
        "office": _office(_named_office(intro) or _named_office(text)),
        "address": first(L.ADDRESS_RE),
        "postcode": first(L.POSTCODE_RE),
        "phone": _dashes(phone),
        "fax": _dashes(fax),
        "email": _without_mail_label(first(L.EMAIL_RE, "@")),
    }


def _fax(text: str) -> str | None:
    """The fax number a text prints: 传真:…, 电话(传真):…, or …(传真)."""
    return _found(L.FAX_RE.search(text) or L.SHARED_FAX_RE.search(text)) or _marked_fax(text)


def _named_office(text: str) -> str | None:
    """The contact office a text names: 请与/直接与 wording first, else 可与/可联系; a name
    split over lines is looked for with the line breaks removed."""
    joined: str | None = None  # the text without line breaks, made once when needed
    for pattern in (L.OFFICE_RE, L.OFFICE_WEAK_RE):
        if m := pattern.search(text):
            return _found(m)
        if "\n" in text:
            joined = joined if joined is not None else text.replace("\n", "")
            if m := pattern.search(joined):
                return _found(m)
    return None


def _marked_fax(text: str) -> str | None:
    """The number printed before a (传真) mark: 82750001、82750002(传真)."""
    if "传" not in text:
        return None
    for mark in L.FAX_MARK_RE.finditer(text):
        number = L.FAX_BEFORE_MARK_RE.search(text, max(0, mark.start() - 20), mark.start())
        if number is not None:
            return number.group(1)
    return None


def _without_mail_label(email: str | None) -> str | None:
    """The address without an E-mail label run into it (E-mailwencheng@163.com)."""
    return L.EMAIL_LABEL_RE.sub("", email) if email and email[:1] in "Ee" else email


def _office(office: str | None) -> str | None:
    """The contact office as named: less a 以下简称 note (柳江区教育局(以下简称区教育局)办公室),
    a phone number in parentheses after it and a person's name after it; a pronoun (我们,
    我局) names none."""
    if office is not None and L.PRONOUN_OFFICE_RE.fullmatch(office):
        return None
    if office is not None and "(" in office:
        office = L.SHORT_NAME_NOTE_RE.sub("", office)
    return _without_person(office)


def _without_person(office: str | None) -> str | None:
    """The contact office without the person named after it (…办公室王小明 → …办公室)."""
    if office is None or not (m := L.OFFICE_PERSON_RE.match(office)):
        return office
    return office if m.group(2).endswith(L.OFFICE_ENDINGS) else m.group(1)


def _found(m: re.Match[str] | None) -> str | None:
    """The first group a match filled (patterns with alternatives fill one), or the whole
    match of a pattern without groups."""
    if m is None:
        return None
    return next((g for g in m.groups() if g is not None), m.group(0))


def _dashes(phone: str | None) -> str | None:
    if phone is None:
        return None
    return re.sub(r"\s*[—–－]\s*|\s*-\s*", "-", phone).replace(" ", "")


def _website(text: str) -> str | None:
    if "http" not in text and "www." not in text:
        return None  # every URL_RE match opens with one of them; most texts have none
    named = [
        m for m in L.URL_RE.finditer(text) if _names_site(text[max(0, m.start() - 40) : m.start()])
    ]
    # the site the report says to download it from; else a government site (.gov.cn) before
    # a news site's byline (中国某某门户网 www.x.cn)
    about_report = [
        m
        for m in named
        if L.REPORT_MENTION_RE.search(
            text[_sentence_start(text, m.start()) : m.start()] + _clause_after(text, m.end())
        )
    ]
    best = next(
        (m for m in about_report if L.DOWNLOAD_RE.search(_clause_after(text, m.end()))),
        next(
            iter(about_report),  # 本报告…在某县人民政府网(www.x.cn)公布
            next((m for m in named if ".gov" in m.group(0)), named[0] if named else None),
        ),
    )
    return best.group(0).rstrip(".,;").replace(" ", "") if best else None


def _clause_after(text: str, start: int) -> str:
    """The rest of the sentence after ``start`` (up to 。 or the line's end, at most 80
    characters)."""
    rest = text[start : start + 80]
    return rest.split("。", 1)[0].split("\n", 1)[0]


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence (or the line) holding ``end`` starts."""
    return max(text.rfind("。", 0, end), text.rfind("\n", 0, end)) + 1


def _names_site(before: str) -> bool:
    """Whether the words before a URL name a web site (…门户网站, 政府网, 政府门户(http…),
    信息公开专栏(http…))."""
    return "网" in before or "门户" in before or "专栏" in before


def _signature(lines: list[Line]) -> dict[str, str | None]:
    tail = [line.text for line in lines[-8:] if not L.ATTACHMENT_LINE_RE.match(line.text)]
    for i in range(len(tail) - 1, 0, -1):
        if L.DATE_LINE_RE.match(tail[i]):
            office = tail[i - 1].strip()
            if len(office) <= 40 and L.ORG_END_RE.search(office):
                return {"office": office, "date": iso_date(tail[i])}
            break
    return {"office": None, "date": None}


def signature_lines(signature: dict[str, str | None], lines: list[Line]) -> set[str]:
    """The printed lines that make up the signature (to keep them out of section text)."""
    if not signature.get("office"):
        return set()
    tail = [line.text for line in lines[-8:]]
    return {t for t in tail if t == signature["office"] or L.DATE_LINE_RE.match(t)}


def _attachments(lines: list[Line]) -> list[dict[str, str | None]]:
    out = []
    for _, m in attachment_lines(lines):
        name = re.sub(r"^附件\s*\d*\s*[:]\s*", "", m.group(1).strip())
        out.append(
            {"name": m.group(1).strip() if not name else name, "href": None, "size": m.group(2)}
        )
    return out


def attachment_lines(lines: list[Line]) -> list[tuple[Line, re.Match[str]]]:
    """The lines that name an attachment (kept out of section text), each with its
    :data:`ATTACHMENT_LINE_RE` match. Such a line opens with 附件 (no case to ignore there),
    which most lines do not: they are passed over without the search."""
    if "附件" not in "\n".join([line.text for line in lines]):
        return []  # one search of the whole text: most reports name no attachment
    match = L.ATTACHMENT_LINE_RE.match
    return [(line, m) for line in lines if line.text.startswith("附件") and (m := match(line.text))]
