"""The Chinese label vocabulary: every table label, section title and metadata label ogi
recognises, with its variants (DOMAIN.md §1, §3, §4). This is the one place for it.

All matching happens on :func:`norm` text: NFKC (full-width → half-width), zero-width
characters and all whitespace removed, quotes dropped, dashes unified.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The key layout (rows and columns by template) lives in ogi.layout; re-exported here for
# the table readers, which pair these keys with the labels below.
from ogi.interpret.memo import memoised
from ogi.layout import (
    APPLICANT_COLUMNS as APPLICANT_COLUMNS,
)
from ogi.layout import (
    T1_COLUMNS_BY_TEMPLATE as T1_COLUMNS_BY_TEMPLATE,
)
from ogi.layout import (
    T1_ITEMS_2019_ONLY as T1_ITEMS_2019_ONLY,
)
from ogi.layout import (
    T2_COLUMNS as T2_COLUMNS,
)
from ogi.layout import (
    T2_GROUP_ROWS as T2_GROUP_ROWS,
)
from ogi.layout import (
    T3_COLUMNS as T3_COLUMNS,
)
from ogi.layout import (
    T3_GROUPS as T3_GROUPS,
)
from ogi.records import ATTACHMENT_SUFFIXES as ATTACHMENT_SUFFIXES  # the patterns use them

CN_DIGITS = "一二三四五六七八九十"
#: The CJK Unified Ideographs block, as a character-class range (``[{CJK}]``).
CJK = "\u4e00-\u9fff"
#: Full-width and CJK punctuation and ideographs, between which a space is layout, not text.
CJK_WIDE = "\u3000-\u9fff\uff00-\uffef"
#: The sign a printed change (本年增/减) carries: 增3, 减4, +3, -4.
CHANGE_SIGNS = {"增": 1, "减": -1, "+": 1, "-": -1}

# Character classes, not str.translate: translate with a mapping walks non-ASCII text one
# dictionary lookup at a time (≈ 30× slower on a line of Chinese).
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_QUOTES = re.compile("[\"'“”‘’「」『』]")
_DASHES = re.compile("[—–－‒―]")


#: Every character :func:`nfkc` or :func:`norm` changes once the text is NFKC: text that is
#: NFKC already and holds none of them is its own matching form (one search instead of five
#: substitutions; most cells and labels are such text).
_NFKC_CHANGES = re.compile("[\u200b\u200c\u200d\u2060\ufeff﹝﹞]")
_NORM_CHANGES = re.compile("[\u200b\u200c\u200d\u2060\ufeff﹝﹞\"'“”‘’「」『』—–－‒―\\s]")


@memoised(1 << 16)
def nfkc(text: str) -> str:
    """NFKC plus zero-width removal and 〔〕 unification; keeps spaces and characters."""
    if text.isascii():
        return text  # ASCII is NFKC, and holds nothing the substitutions change
    if unicodedata.is_normalized("NFKC", text) and not _NFKC_CHANGES.search(text):
        return text
    return nfkc_rewritten(text)


def nfkc_rewritten(text: str) -> str:
    """:func:`nfkc` by rewriting the text (what the quick look saves when nothing changes)."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    return text.replace("﹝", "〔").replace("﹞", "〕")


@memoised(1 << 16)
def norm(text: str) -> str:
    """The matching form of a label: NFKC, no whitespace, no quotes, dashes unified."""
    if text.isascii() and text.isalnum():
        return text  # ``24``, ``x``: no space, quote or dash, and NFKC already
    if unicodedata.is_normalized("NFKC", text) and not _NORM_CHANGES.search(text):
        return text
    return norm_rewritten(text)


def norm_rewritten(text: str) -> str:
    """:func:`norm` by rewriting the text (what the quick look saves when nothing changes).
    Whitespace goes by ``str.split``, which cuts at exactly the characters a pattern's
    ``\\s`` matches (``str.isspace``; a test checks every code point) and scans Chinese text
    several times faster than the pattern. It starts from the memoised :func:`nfkc` of the
    text (the same string :func:`nfkc_rewritten` gives): a line's is usually known by then."""
    return "".join(_DASHES.sub("-", _QUOTES.sub("", nfkc(text))).split())


def cn_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 14 → 十四, 20 → 二十 (up to 99)."""
    tens, units = divmod(number, 10)
    out = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens - 1] + "十")
    return out + (CN_DIGITS[units - 1] if units else "")


def cn_number(text: str) -> int | None:
    """The value of a Chinese numeral up to 99 (一 → 1, 十四 → 14, 二十 → 20)."""
    if not text or any(ch not in CN_DIGITS for ch in text):
        return None
    if "十" not in text:
        return CN_DIGITS.index(text) + 1 if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    high = CN_DIGITS.index(tens) + 1 if tens else 1
    low = CN_DIGITS.index(ones) + 1 if ones else 0
    return high * 10 + low


Patterns = tuple[tuple[str, re.Pattern[str]], ...]
#: Per vocabulary table (by identity: the tables are module constants): the table, the
#: answers given so far (labels repeat within a report and across reports, and every answer
#: is a pure function of the text; forgotten when too many) and :func:`any_of` the table.
_FIRST_MATCH: dict[int, tuple[Patterns, dict[str, str | None], re.Pattern[str]]] = {}
FIRST_MATCH_CACHE = 1 << 14


def clear_first_match() -> None:
    """Forget the answers :func:`first_match` remembers."""
    _FIRST_MATCH.clear()


def any_of(table: Patterns) -> re.Pattern[str]:
    """One pattern that searches a text exactly when some pattern of ``table`` does: their
    alternation (the table's patterns share flags and hold no back-references, which
    :func:`_compile` ensures). Most texts match none, and then one search answers."""
    return re.compile("|".join(f"(?:{rx.pattern})" for _, rx in table))


def first_match(text: str, table: Patterns) -> str | None:
    """The name of the first pattern in ``table`` that searches ``text``."""
    entry = _FIRST_MATCH.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _FIRST_MATCH[id(table)] = (table, {}, any_of(table))
    answers = entry[1]
    try:
        return answers[text]
    except KeyError:
        pass
    if len(answers) >= FIRST_MATCH_CACHE:
        answers.clear()
    if not entry[2].search(text):
        answers[text] = None
        return None
    found = answers[text] = next((name for name, rx in table if rx.search(text)), None)
    return found


def joinable(name: str, rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx``, checked to be one :func:`any_of` may join with others: no flags, no
    back-references (a ValueError names the pattern otherwise)."""
    if rx.flags != re.UNICODE or re.search(r"\\\d|\(\?P=|\(\?[aiLmsux]", rx.pattern):
        raise ValueError(f"vocabulary pattern {name!r} uses flags or back-references")
    return rx


def _compile(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A vocabulary table: (name, pattern) pairs searched in order by :func:`first_match`
    (each :func:`joinable`: :func:`any_of` joins them into one alternation)."""
    return tuple((name, joinable(name, re.compile(rx))) for name, rx in pairs)


# ---------------------------------------------------------------- headings and sections

#: A heading's numeral may follow question marks a crawler left for undecodable indent
#: characters (??一、总体情况).
H1_RE = re.compile(rf"^[\s?？]*([{CN_DIGITS}]{{1,3}})\s*[、.]\s*(.*)$")
H2_RE = re.compile(rf"^[\s?？]*[(（]\s*([{CN_DIGITS}]{{1,3}})\s*[)）]\s*(.*)$")


#: A heading whose numeral is parted from its title by a space only (一 概 述): a heading
#: only when the line is a short section title of a known kind (:func:`h1`).
H1_SPACED_RE = re.compile(
    r"^\s*([一二三四五六七八九十]{1,3})[ \t\u3000]+((?!是)\S[^。，,；;]{0,40})$"
)
#: The same with no space at all (一概述, 二主动公开政府信息情况): only a standard title.
H1_BARE_RE = re.compile(
    r"^\s*([一二三四五六七八九十]{1,3})((?:概述|总体情况|基本情况|主动公开|依申请公开|收到和处理"
    r"|因政府信息公开|政府信息公开|存在的|其他需要|其它需要)[^。，,；;]{0,22})$"
)
MAX_SPACED_TITLE = 24
SPACED_NUMERALS = frozenset("一二三四五六七八九十")
#: A heading numbered as a part (第一部分 总体情况; 第二部分：主动公开政府信息情况).
H1_PART_RE = re.compile(
    r"^\s*第\s*([一二三四五六七八九十]{1,3})\s*部分\s*[、.:：]?\s*((?!是)[^。，,；;]{2,40})$"
)


@memoised(1 << 14)
def h1(text: str) -> re.Match[str] | None:
    """:data:`H1_RE` at the start of ``text`` (``三、…``), a part's heading (``第三部分 …``),
    or a short line that is a known section title under a numeral and a space (``二
    政府信息主动公开情况``) or none (``一概述``). Its numeral is
    Chinese, so an ASCII text (a cell line such as ``0 |``; ``isascii`` costs nothing) is
    answered at once. Memoised: sections, templates and the token stream ask it of every
    line."""
    if text.isascii():
        return None
    if m := H1_RE.match(text):
        return m
    if text.lstrip()[:1] == "第":
        return H1_PART_RE.match(text)
    if text[:1] not in SPACED_NUMERALS and not (
        text[:1].isspace() and text.lstrip()[:1] in SPACED_NUMERALS
    ):
        return None  # most lines: the spaced form opens with a numeral too
    spaced = H1_SPACED_RE.match(text) or H1_BARE_RE.match(text)
    if spaced is None or len(title := norm(spaced.group(2))) > MAX_SPACED_TITLE:
        return None
    return spaced if first_match(title, SECTION_KINDS) is not None else None


@memoised(1 << 14)
def h2(text: str) -> re.Match[str] | None:
    """:data:`H2_RE` at the start of ``text`` (``（三）…``), answered as :func:`h1`."""
    return None if text.isascii() else H2_RE.match(text)


#: Section title → canonical kind (DOMAIN.md §4.1); order matters (first match wins).
SECTION_KINDS = _compile(
    [
        ("fees", r"收费(及减免)?(情况)?$|收费和减免|收费及减免"),
        ("review_litigation", r"复议|诉讼"),
        ("applications", r"依申请|收到和处理|申请情况|申请公开"),
        ("active_disclosure", r"主动公开"),
        ("problems", r"问题"),
        ("other", r"其[他它].{0,6}事项|需要说明的事项"),
        ("overview", r"总体|概述|基本情况|基本概况|工作概况"),
    ]
)
#: Headings only the 2019/2021 formats have: such a report is never read for legacy figures,
#: even when its tables are missing (images, attachments).
MODERN_SECTION_HINTS = re.compile(r"收到和处理政府信息公开申请")
#: Subsections of 一、总体情况 that only the 2021 guidelines set.
_OVERVIEW_OWN = r"(?:政府信息)?(?:资源)?管理|(?:政府信息公开)?平台建设|(?:政府信息公开)?监督保障"
MODERN_SUBSECTIONS = re.compile(rf"(?:{_OVERVIEW_OWN})(?:情况|方面)?")
#: The revised 条例 (2019) cited by article: the 2008 条例 had 38 articles, so a report
#: made under 第五十条 follows the 2019 formats (依据《条例》第五十条规定，编制本报告).
MODERN_REGULATION_CITE = re.compile(r"第五十条")
LEGACY_SECTION_HINTS = re.compile(
    r"收费及减免|收费和减免|依申请公开政府信息和不予公开|概述"
    r"|依申请公开(?:政府)?(?:信息)?(?:工作)?(?:的)?(?:办理)?情况"
    r"|政府信息依申请公开"
)
#: The six sections of the 2019 and 2021 formats: kind (:data:`SECTION_KINDS`) and heading.
STANDARD_SECTIONS = (
    ("overview", "一、总体情况"),
    ("active_disclosure", "二、主动公开政府信息情况"),
    ("applications", "三、收到和处理政府信息公开申请情况"),
    ("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
    ("problems", "五、存在的主要问题及改进情况"),
    ("other", "六、其他需要报告的事项"),
)
#: The standard section titles of the 2019 and 2021 formats, as printed at a section start.
STANDARD_SECTION_TITLE = re.compile(
    r"总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况"
    r"|政府信息公开行政复议、?行政诉讼情况|存在的主要问题及改进情况|其[他它]\S{0,4}报告的事项"
)
#: A contents line of one heading and its listed subheadings (二、主动公开政府信息情况,(一)主动
#: 公开范围,(二)…), asked of a line holding no figure.
LISTED_HEADING_RE = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}、[^,，。]{1,30}[,，]\s*[(（][一二三四五六七八九十]{1,3}[)）]"
)
#: A heading alone ending in a comma (四、复议、诉讼情况,): a contents line only right after
#: another one (a report may end a heading line with a comma, its text below).
#: The wrapped end of a contents line (复情况,): short, no figure, ending in a comma.
LISTED_TAIL_RE = re.compile(r"^[^\d。]{1,30}[,，]\s*$")
LISTED_ALONE_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、[^,，。\d]{1,30}[,，]\s*$")
#: The subsections of 一、总体情况 in the 2019+ format, a whole title each (（一）依申请公开):
#: a phrase after one is its text, not a second part of the title.
STANDARD_SUBSECTION_RE = re.compile(
    r"[)）](?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)(?:情况|工作)?$"
)
#: How the text after a run-in heading usually starts (一是, 2022年, 我县, 根据…).
BODY_START = re.compile(
    r"一是|1[.、]|\d{4}年|我[县区市局委旗办]|根据|按照|全年|今年|本年|截至|加强|在|为|自|\(一\)|（一）"
)
#: Words a section title ends with (for headings run into their text).
TITLE_END_WORD = re.compile(
    r"情况|事项|概述|说明|安排|问题|不足|措施|意见|计划|建设|概况|成效|举措|做法"
)
#: Where a subsection's text starts when its heading runs into it (stricter than BODY_START:
#: subsection titles are phrases such as 加强组织领导).
SUB_BODY_START = re.compile(r"一是|首先|\d{4}年|我[县区市局委旗办]|根据|按照|今年以来|本年度")

# ---------------------------------------------------------------- table 1 (主动公开)

T1_TITLE_RE = re.compile(r"第二十条第\(?([一二三四五六七八九十]+)\)?项")
T1_HEADER_START = re.compile(r"^信息内容$")

T1_ITEMS = _compile(
    [
        ("regulations", r"^规章$"),
        # 规范性档案: a mirror converted 文件 to Taiwan's 檔案 (OpenCC's s2twp)
        ("normative_documents", r"^(行政)?规范性(?:文件|档案)$"),
        ("licensing", r"^行政许可$"),
        ("other_services", r"其他对外管理服务事项"),
        ("punishment", r"^行政处罚$"),
        ("coercion", r"^行政强制$"),
        ("fees", r"^行政事业[性型]收费$"),  # 型: a typo printed on real pages
        ("procurement", r"^政府集中采购$"),
    ]
)

#: A note printed after a row label, in parentheses (规章(设区的市、自治州人民政府应提供相关数据)),
#: asked of the label's matching form (ASCII parentheses).
LABEL_NOTE_RE = re.compile(r"\([^()]*\)$")
#: A row label followed by its definition in words (规章:地方行政规章指…。), not by a value
#: (规章:0 0 0): group 1 is the label.
LABEL_DEFINITION_RE = re.compile(r"([^:：]{1,12})[:：]\s*[\u4e00-\u9fff]")

#: Column label → (column key, template that label belongs to, or None for both).
T1_COLUMNS: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(rx), key, tpl)
    for rx, key, tpl in [
        (r"制发|^本年发件", "made", "2021"),
        (r"废止", "repealed", "2021"),
        (r"现行有效", "in_force", "2021"),
        (r"新制作", "made", "2019"),
        (r"新公开", "published", "2019"),
        (r"对外公开", "total_published", "2019"),
        (r"上一?年.{0,2}项目", "prev_items", "2019"),
        (r"增/?减|^本年增/?$", "change", "2019"),  # 本年增/ : the header cut short
        (r"本年处理决定", "decisions", "2021"),
        (r"处理决定", "decisions", None),
        (r"收费金额", "amount_wan_yuan", "2021"),
        (r"采购项目", "items", "2019"),
        (r"采购.{0,2}金额", "amount_wan_yuan", "2019"),
    ]
)
#: A money unit printed in a column header: 采购总金额（万元）, 本年收费金额(单位:万元).
HEADER_UNIT = re.compile(r"\((?:单位[:：]?)?(亿元|万元|元)\)")
#: A header truncated to "本年新": the first is 新制作数量, the second 新公开数量.
T1_TRUNCATED_NEW = re.compile(r"^本年度?新$")

# ---------------------------------------------------------------- table 2 (申请)

#: Columns of each item when the header row is missing, by template (the official forms).
T1_DEFAULT_COLUMNS = T1_COLUMNS_BY_TEMPLATE

#: Leaf rows, matched anywhere in the label (specific before general).
T2_ROWS = _compile(
    [
        ("new_received", r"本年新收"),
        ("carried_over", r"上年结转"),
        ("carried_forward", r"结转下"),
        ("results.denied.state_secret", r"国家秘密"),
        ("results.denied.law_prohibited", r"法律行政法规禁止|其他法律行政"),
        ("results.denied.security_stability", r"三安全一稳定"),
        ("results.denied.third_party", r"第三方"),
        ("results.denied.internal_affairs", r"内部事务"),
        ("results.denied.process_info", r"过程性"),
        ("results.denied.enforcement_file", r"执法案卷"),
        ("results.denied.admin_query", r"行政查询"),
        ("results.unable.not_held", r"不掌握"),
        ("results.unable.needs_creation", r"另行制作"),
        ("results.unable.unclear", r"仍不明确|补正后申请"),
        ("results.not_processed.petition", r"信访"),
        ("results.not_processed.repeat", r"重复申请"),
        ("results.not_processed.publication", r"出版物"),
        ("results.not_processed.excessive", r"大量反复"),
        ("results.not_processed.confirm_reissue", r"确认或重新出具"),
        ("results.other.no_correction", r"逾期不补正|无正当理由逾期"),
        ("results.other.unpaid_fee", r"缴纳费用|逾期未缴费|收费通知"),
        ("results.partial", r"部分公开"),
        ("results.granted", r"予以公开"),
        ("results.total", r"^\(七\)(办理结果)?总计$|^办理结果总计$"),
    ]
)
#: Group rows: their own values, when printed, are the group's subtotal.
T2_GROUPS = _compile(
    [
        ("results", r"本年度办理结果|^三、?办理结果$"),
        ("results.denied", r"^(\(三\))?不予公开$"),
        ("results.unable", r"^(\(四\))?无法提供$"),
        ("results.not_processed", r"^(\(五\))?不予处理$"),
        ("results.other", r"^(\(六\))?其[他它]处理$"),
    ]
)
T2_OTHER_MISC = re.compile(r"^(\d[.、])?其[他它]$")
T2_HEADER = re.compile(r"勾稽关系|申请人情况|^自然人$|法人或其他组织|^商业企业$|^科研机构$")
T2_TOTAL_RE = re.compile(r"^总计$")

# ---------------------------------------------------------------- table 3 (复议、诉讼)

#: The first header cell of a 2014–2018 统计表 opens with one of these (a prefix test, asked
#: of every cell of every report; the table's own vocabulary is in legacy_labels, loaded only
#: when a report has one).
STATS_HEADER_STARTS = ("统计指标", "指标名称")
#: The label that opens table 3 (its matching form, whole): a set, as the readers ask it of
#: every label cell they pass.
T3_START = frozenset({"行政复议", "行政复议行政诉讼"})
#: Where a run of table labels printed with no separator is cut into cells.
FUSED_LABEL_BREAK = re.compile(
    r"(?=第二十条第|信息内容|本年|上一年|(?<!本年)处理决定|对外公开|现行有效|(?<!集中)采购|规章"
    r"|(?<!行政)规范性文件|行政规范性文件|行政许可|其他对外管理|行政处罚|行政强制"
    r"|行政事业性收费|政府集中采购|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议"
    r"|复议后起诉|行政诉讼)"
)
#: Fragments of table 3's header words, as PDF text prints them one line each (结果维 / 持).
T3_HEADER_FRAGMENT = re.compile(r"^[结果维持纠正其他尚未审总计经复议直接起诉后行政诉讼]+$")
T3_HEADER = re.compile(
    r"^(行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计)$"
)

# ---------------------------------------------------------------- template markers (§1.5)

TEMPLATE_2021_ROWS = frozenset({"results.other.no_correction", "results.other.unpaid_fee"})

# ---------------------------------------------------------------- values (§4.6)

PLACEHOLDERS = frozenset({"/", "-", "--", "---", "无", "空", "\\", "×", "x", "X", "/ /"})
#: CJK characters that may stand beside digits in a value cell printed loosely (约12, 12余,
#: 十二): such a cell is still a value cell — kept with its raw text — never a label.
LOOSE_VALUE_CHARS = frozenset("约余多近共计合个件条项份宗次万元亿千百十零〇一二三四五六七八九两")
CN_NUMERAL_CHARS = frozenset("零〇一二三四五六七八九十百千万两")
#: A page number line that a PDF-to-text dump leaves inside the body (- 3 -, — 3 —, 第3页,
#: 第3页 共9页, Page 3 of 9): never a table cell.
PAGE_FOOTER_RE = re.compile(
    r"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
#: Printed "not available" markers in value cells.
NOT_AVAILABLE_RE = re.compile(r"^(?:n/?a|null|none|nil|\?+|？+)$", re.IGNORECASE)
MONEY_UNITS = {"元": "0.0001", "万元": "1", "亿元": "10000"}
COUNT_UNITS = ("件", "条", "项", "个", "宗", "份", "次")

# ---------------------------------------------------------------- metadata (§3)

#: Metadata label (any inner spacing) → field of Meta.
META_LABELS: tuple[tuple[str, str], ...] = (
    ("信息索引号", "index_no"),
    ("信息索取号", "index_no"),
    ("信息索引", "index_no"),
    ("索引号", "index_no"),
    ("发布机构", "issuer"),
    ("发文机关", "issuer"),
    ("发文机构", "issuer"),
    ("发文单位", "issuer"),
    ("信息来源", "issuer"),
    ("所属机构", "issuer"),
    ("发布单位", "issuer"),
    ("发布部门", "issuer"),
    ("部门", "issuer"),
    ("发布来源", "issuer"),
    ("文章来源", "issuer"),
    ("来源", "issuer"),
    ("发布文号", "doc_no"),
    ("文件编号", "doc_no"),
    ("发文字号", "doc_no"),
    ("备注/文号", "doc_no"),
    ("文号", "doc_no"),
    ("关键词", "keywords"),
    ("作者", "author"),
    ("发布日期", "published"),
    ("公布日期", "published"),
    ("上网日期", "published"),
    ("信息日期", "published"),
    ("录入日期", "published"),
    ("刊登日期", "published"),
    ("日期", "published"),
    ("发布时间", "published"),
    ("信息发布时间", "published"),
    ("信息发布日期", "published"),
    ("发文日期", "published"),
    ("公开日期", "published"),
    ("发表日期", "published"),
    ("发表时间", "published"),
    ("发文时间", "published"),
    ("信息提供日期", "published"),
    ("公开时间", "published"),
    ("时间", "published"),
    ("更新时间", "published"),
    ("更新日期", "published"),
    ("成文日期", "written"),
    ("撰写时间", "written"),
    ("撰写日期", "written"),
    ("印发日期", "written"),
    ("生成日期", "written"),
    ("主题分类", "topic"),
    ("文件分类", "topic"),
    ("信息分类", "topic"),
    ("类目名称", "topic"),
    ("信息类别", "topic"),
    ("组配分类", "topic"),
    ("所属主题", "topic"),
    ("公文目录", "topic"),
    ("主题词", "topic"),
    ("公开分类", "topic"),
    ("分类", "topic"),
    ("信息名称", "title"),
    ("名称", "title"),
    ("标题", "title"),
    ("有效性", "validity"),
    # read only so that their values end the field before them (索引号: … 公开方式: 主动公开)
    ("时效性", "validity"),
    ("废止日期", "expiry"),
    ("生效日期", "expiry"),
    ("更新日期", "updated"),
    ("失效日期", "expiry"),
    ("备案登记号", "registration"),
    ("公开方式", "disclosure_mode"),
    ("公开范围", "disclosure_mode"),
)

#: The reporting body inside a longer office name (包头市青山区人民政府办公室信息股 → …人民政府);
#: a government's name ends the body unless another body named after it follows (青禾市人民
#: 政府水库建设项目领导小组办公室综合科 → …领导小组办公室), not its own disclosure office
#: (青禾市政府信息公开工作领导小组办公室, 政务服务中心: the government's).
_GOVERNMENT_END = r"(?!(?!信息公开|政务|政府信息)[^办]{2,}?(?:领导小组|指挥部|委员会|局|管理处))"
REPORTING_BODY_RE = re.compile(
    r"^(.+?(?:人民政府" + _GOVERNMENT_END + r"|领导小组办公室|委员会|管委会|办事处|街道(?!办事处)"
    r"|局|厅|部|署|委(?!会)|(?<!人民)政府" + _GOVERNMENT_END + r"))"
)
ORG_SUFFIX = r"(?:人民政府办公室|人民政府|政府办公室|办公室|领导小组办公室|委员会|管理委员会|局|厅|部|署|委|办|街道办事处|办事处|政府|中心|院|所|站|股|科)"
#: A portal's column tag before a title (【年报专栏】, 【工作动态】), dropped from it.
TITLE_TAG_RE = re.compile(r"^[【\[][^】\]\d]{1,12}[】\]]\s*(?=\S)")
#: A first line opening with the report's title run into the introduction (2024年青禾市政府
#: 信息公开工作年度报告根据《…条例》编制…): group 1 is the title.
TITLE_RUN_IN_RE = re.compile(
    r"^(.{0,40}?(?:19|20)\d{2}\s*年度?.{0,24}?信息公开.{0,8}?(?:年度报告|年报))"
    r"(?=根据|按照|依据|依照|是根据|本报告|现予|现将)"
)
#: An annual-report title: organization, year, (政府/政务)信息公开…报告 (…年度报告, …工作报告,
#: …年报, …工作开展年度报告); a year printed 2018度 or 2022 (年 dropped) is still the year.
TITLE_RE = re.compile(
    r"^(.{0,40}?)(?<!\d)((?:19|20)\d{2})\s*(?:年度?|度)?\s*(?:度)?(?:政府|政务)?信息公开(?:工作)?(?:开展)?"
    r"(?:情况)?的?(?:(?:年度?)?(?:工作)?报告|年报)"  # …年度工作报告 too
)
#: The same, phrased 关于…的年度报告 (云南省卫生健康委关于2022年政府信息公开工作的年度报告);
#: asked first of a text holding 关于 (the organization ends before it).
TITLE_ABOUT_RE = re.compile(
    r"^(.{0,40}?)关于(\d{4})\s*年度?\s*(?:全[省市县区镇乡旗州])?(?:政府|政务)?信息公开(?:工作)?(?:开展)?(?:情况)?的?"
    r"(?:年度?)?报告"
)
#: A title with its year after 信息公开工作: 连云区教育局政府信息公开工作2024年度报告.
TITLE_YEAR_AFTER_RE = re.compile(r"^(.{0,40}?)(?:政府|政务)?信息公开(?:工作)?(\d{4})\s*年度?报告$")
#: The first line of a title printed on two lines that ends with the year
#: (宿州市人民政府2016年 / 政府信息公开工作年度报告).
TITLE_HEAD_YEAR_RE = re.compile(r"(?:19|20)\d\d\s*(?:年度?)?$")
#: What a title's first line may print between its body and its year (…办公室关于2020年).
TITLE_HEAD_BEFORE_YEAR = "关于"
#: The opening of a title's middle line that goes on with the body's name on the line above
#: (东川市白沙区 / 人民政府2020年 / 政府信息公开工作年度报告).
ORG_CONTINUES_RE = re.compile(
    r"^(?:人民政府|政府|办公室|委员会|管委会|管理委员会|街道办事处|办事处)"
)
#: A title's first line holding the year (…街道办事处2023年度政府 / 信息公开工作年度报告) is
#: no organization line, whatever it ends with.
TITLE_HEAD_YEAR_IN_RE = re.compile(r"\d{4}\s*年")
#: A flip-book page's header before the title it repeats (Page 8 - …, P. 8 - …).
FLIPBOOK_HEADER_RE = re.compile(r"^(?:Page|P\.)\s*\d{1,4}\s*[-—–]\s*")
#: A title that starts with its year: 2022年XX市人民政府办公室政府信息公开工作年度报告.
TITLE_YEAR_FIRST_RE = re.compile(
    r"^(\d{4})\s*年度?\s*(.{2,40}?)(?:政府|政务)?信息公开(?:工作)?(?:情况)?(?:(?:年度?)?报告|年报)$"
)
#: A title without a year (the year then comes from the statistics period).
#: (Not …年报 alone: a portal's column is named 政府信息公开年报.)
TITLE_NO_YEAR_RE = re.compile(r"^(.{0,40}?)(?:政府|政务)?信息公开(?:工作)?年度报告$")
#: A title named in the introduction: 现发布《包头市市场监管局2022年政府信息公开工作年度报告》.
TITLE_QUOTED_RE = re.compile(r"《([^《》]{4,80}?(?:年度报告|年报))》")
TITLE_ANYWHERE_RE = re.compile(r"(\d{4})\s*年度?(?:政府|政务)?信息公开(?:工作)?年度报告")
#: The year an introduction that announces the report names: 现将(我办)2020年度…报告如下, or the
#: year opening its paragraph (2025年，区公安分局…现将工作情况报告如下), not 2019年以来.
INTRO_YEAR_RE = re.compile(r"现将[^。，,\d]{0,12}(\d{4})\s*年")
#: The weaker cue: the year opening the paragraph that announces the report (2025年，区公安
#: 分局…现将工作情况报告如下), not a date (2025年1月) or a span (2019年以来).
INTRO_LEAD_YEAR_RE = re.compile(r"^\s*(\d{4})\s*年(?!以来|至|到|-|\s*\d{1,2}\s*月)")
#: The first section of a report, 一、总体情况 (or 概述, 概况, 基本情况), under which a report
#: with no title and no period opens with its year (2023年，我局…).
OVERVIEW_HEADING_RE = re.compile(
    r"^\s*(?:一\s*[、.．]|第一部分\s*[、.．:：]?)\s*(?:总体(?:公开)?情况|概述|概况|基本情况)\s*$"
)
#: The subsections of 一、总体情况 the 2021 guidelines set ((一)主动公开 … (五)监督保障).
OVERVIEW_SUBSECTIONS_RE = re.compile(
    rf"(?:主动公开|依申请公开(?:办理)?|{_OVERVIEW_OWN})(?:工作)?(?:情况|方面)?"
)
#: The year opening the overview's first paragraph, after a run-in subheading ((一)主动公开
#: 情况。2024年，…) or a lead (根据《条例》要求，2010年，…), then a comma or the body (2019年我局…):
#: not a date (2024年1月), a span (2019年以来) or a phrase (2022年在区政府网站…).
OVERVIEW_LEAD_YEAR_RE = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十][)）][^。，,\d]{0,12}[。.：:]\s*)?"
    r"(?:根据[^。，,\d]{0,40}[，,]\s*)?"
    r"(\d{4})\s*年度?(?!以来|至|到|-|\s*\d{1,2}\s*月)\s*(?:[，,]|(?=[我本全]))"
)
#: The body an overview's first paragraph opens with, after its year (2021年，广州市港务局在…,
#: 2024年,青溪经济技术开发区认真贯彻…): a full name before the verb, not a short one (县档案局,
#: 市供销社) nor a pronoun or a whole (我局, 全区, 各单位).
OVERVIEW_BODY_RE = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十][)）][^。，,\d]{0,12}[。.：:]\s*)?\d{4}\s*年度?\s*[，,]\s*"
    rf"(?![我本全各该省市县区州旗盟镇乡])([{CJK}]{{4,30}}?(?:"
    + ORG_SUFFIX
    + r"|开发区|高新区|管委会|园区|街道|[镇乡]))"
    r"(?=认真|坚持|深入|严格|按照|紧紧|积极|进一步|以|在|全面|持续|扎实|围绕|始终|高度|不断|大力"
    r"|切实|着力|聚焦|结合|根据|依据|贯彻|把|将|继续)"
)
#: What makes such a name no reporting body: a party and government pair (县委县政府), a web
#: site or platform.
OVERVIEW_NOT_BODY_RE = re.compile(r"委.{0,2}政府|网站$|平台$|党工委|党委|党组|工委$")
#: A pronoun naming the reporting body by its kind (我局, 我镇, 本中心): the body named before
#: it must be of that kind.
PRONOUN_BODY_RE = re.compile(r"[我本](局|镇|乡|县|区|市|委|办|厅|院|中心|街道|处|所|站|单位|署|会)")
#: What a body of that kind's name may end with after it (青溪镇人民政府 for 我镇).
KIND_NAME_END = r"(?:人民政府|政府|办事处)?$"
#: A subsection heading on a line of its own ((一)主动公开, (二)依申请公开情况).
SUBHEADING_LINE_RE = re.compile(r"^\s*[(（][一二三四五六七八九十][)）][^。:：]{0,30}$")
#: A date at the end of a site's byline under the title (某市人民政府门户网站 www.x.gov.cn
#: 2025-01-22 10:05): the page's publication date.
_SITE_DATE = r"(?:网站|网|\.cn|\.com|\.net)/?\s+(\d{4}-\d{1,2}-\d{1,2})"
_CLOCK = r"\s+\d{1,2}:\d{2}(?::\d{2})?"
DATE_AFTER_SITE_RE = re.compile(_SITE_DATE + _CLOCK + r"\s*$")
#: The same byline without its time, asked only of the line right under the title (a page
#: header prints a site and today's date too).
SITE_DATE_LINE_RE = re.compile(_SITE_DATE + f"(?:{_CLOCK})?" + r"\s*$")
#: The report's own title named by its introduction (特编制某乡2024年…年度报告; 现公布某委员会
#: (以下简称某委)2024年…年度报告; 现将某街道办事处2024年度政府信息工作年度报告予以公开; 编制并
#: 向社会公布某委2021年度…): group 1 is the body.
INTRO_TITLE_RE = re.compile(
    r"(?:特编制|编制了|编制(?![并本])|编写(?![并本])|现公布|现发布|特公布|现予公布|现将|向社会公布)《?([^，。,；;《》()]{2,40}?)"
    r"(?:\((?:以下)?简称[^()]*\))?\d{4}\s*年度?(?:政府)?信息(?:公开)?(?:工作)?(?:年度)?报告"
)
#: Words that make what INTRO_TITLE_RE took no body's name (编制并向社会公布…, 编制本报告现向…).
INTRO_NOT_BODY_RE = re.compile(
    r"公布|(?<![务息])公开|发布|报告|^[并各]|^全[县区市省镇乡旗州盟](?![县市区旗])|^(?:完成|上报|印发|形成)"
)
#: A body named by a pronoun or a whole (本局, 我县, 全区, 该委): no name.
SELF_NAMED_RE = re.compile(
    r"[本我全该](?:机关|单位|部门|系统|委员会|公司|街道|中心|局|县|区|市|省|州|旗|委|办|镇|乡|院|所|校|厅|署)"
)
#: Words of the sentence before a URL that speak of the report (本报告, 电子版, 年报).
REPORT_MENTION_RE = re.compile(r"报告|电子版|年报")
#: Words after a URL that name it as the report's download (…网(www.x.com)下载).
DOWNLOAD_RE = re.compile(r"下载|查阅|查看|获取")
#: How many lines under the overview heading are looked at for that year.
OVERVIEW_YEAR_LINES = 3
#: Page chrome (DOMAIN.md §5, item 23), asked of a line's matching form (no whitespace).
#: Words that open no line of a report: the line is portal furniture whatever follows
#: (a breadcrumb runs on with the page's path, source and time).
PAGE_CHROME = re.compile(
    r"^(?:无障碍浏览|无障碍阅读|长者模式|长者版|设为首页|加入收藏|首页>|当前位置|字体大小:)"
)
#: A line made of widgets only: 【打印本页】【关闭窗口】, 字号:[大] [中] [小], 分享到: 微信 微博,
#: 扫一扫在手机上查看当前页面. Their words also make lines of reports (【案例一】…, 打印复印费…,
#: 分享经验…, and a wrapped line of prose may hold just "微信、微博、"): such a line is text. So
#: the whole line must be widgets and separators, and it must hold a bracket 【】[] or a
#: word no report prints as prose (:data:`PAGE_WIDGET_SURE`); or be one of the lone
#: widgets :data:`PAGE_WIDGET_ALONE`.
_WIDGET_MARKS = r"[【】\[\]()（）:：|/·,，、]*"
#: Widget words no report prints as prose.
_WIDGET_SURE_WORDS = (
    "打印本页|打印此页|打印正文|打印文章|我要打印|关闭窗口|关闭本页|关闭此页|字号|分享到|分享至|"
    "收藏本页|我要纠错|返回顶部|返回首页|视力保护色|保护视力色|扫一扫在手机上?(?:查看|打开)当前页面?|扫一扫"
)
#: Widget words that prose prints too (微信, 关闭, 下载…).
_WIDGET_WORDS = (
    "打印|关闭|字体|[大中小T]|默认|分享|微信|新浪微博|腾讯微博|微博|QQ空间|QQ好友|朋友圈|收藏|纠错|"
    "返回|下载"
)
PAGE_WIDGETS = re.compile(
    rf"(?:{_WIDGET_MARKS}(?:{_WIDGET_SURE_WORDS}|{_WIDGET_WORDS}))+{_WIDGET_MARKS}"
)
PAGE_WIDGET_SURE = re.compile(rf"[【】\[\]]|{_WIDGET_SURE_WORDS}")
PAGE_WIDGET_ALONE = frozenset({"打印", "下载", "分享:", "视力保护色:", "保护视力色:"})


def is_table_header(text: str) -> bool:
    """Whether a (normalised) piece is a known table header or row label — used to split a
    line such as "信息内容 本年制发件数 本年废止件数" into cells."""
    return bool(
        T1_HEADER_START.match(text)
        or T1_TRUNCATED_NEW.match(text)
        or T3_HEADER.match(text)
        or T2_HEADER.search(text)
        or first_match(text, T1_ITEMS)
        or any(pattern.search(text) for pattern, _, _ in T1_COLUMNS)
        or text in ("社会公益组织", "法律服务机构", "其他", "总计")
    )


# ---------------------------------------------------------------- is it a report? (DOMAIN.md §5.4)

#: Pages that accompany a report without being one: 解读, 图解, notices, format templates.
COMPANION_TITLE = re.compile(
    r"解读|图解|一图读懂|图读|通知|征求意见|工作要点|格式|指南|目录|上半年|季度|数据统计|自查|整改|督查"
)
#: A news headline about the report (贵州省发布2016年政府信息公开工作年度报告) ...
NEWS_HEADLINE_RE = re.compile(r"^(?!关于)[^，。,]{2,20}?(?:发布|公布)了?\d{4}\s*年")
#: A headline about a meeting or training on the report (青禾县召开2023年度政府信息公开工作年报
#: 编制部署会): news, whatever page it is on.
MEETING_TITLE_RE = re.compile(r"召开|举办|部署会|推进会|培训会|培训班|座谈会|动员会|工作会议")
#: A first line naming an official notice (关于做好…工作的通知): no report.
NOTICE_FIRST_LINE = re.compile(r"^.{0,40}关于.{2,50}的(?:通知|意见|函)$")
#: ... on a page that shows it is news: its editor, a newspaper as the source.
NEWS_MARKERS_RE = re.compile(r"责任编辑|来源[:：]\s*[^\s]{0,12}(?:日报|晚报|报社|新闻网|电视台)")
#: Words before a quoted title that refer to another report than this one (对照《…》中提出的).
REFERRED_BEFORE_RE = re.compile(r"对照|参照|根据|按照|依据|对比|相比|较")
#: A portal's column name printed above a page (信息公开, 政府信息公开年报): no title.
COLUMN_NAME_RE = re.compile(
    r"(?:政府)?(?:信息|政务)公开(?:年报|年度报告|专栏)?|年度报告|年报|引言|前言|导言|导语"
)
#: Words a hijacked mirror puts where a body's name stood (彩票娱乐平台大全, 博彩平台网址大全).
SPAM_NAME_RE = re.compile(
    r"博彩|投注|百家乐|葡京|真人(?:娱乐|视讯)|官网|网址|网投|bet|平台大全|(?:彩票|娱乐|体育)(?:平台|网|城)"
)
#: The announcement that opens a page with no preamble (现向社会公布甲乙市2021年度…年度报告): its
#: body, not inside a quoted title (《…》), not 公布了…, not a part of another report (…报告中).
HEAD_ANNOUNCE_RE = re.compile(
    r"(?<!《)(?:现向社会公布|现公布|现将)([^，。,；;《》()了]{2,30}?)\d{4}\s*年度?(?:政府)?信息(?:公开)?"
    r"(?:工作)?(?:年度)?报告(?!中)"
)
#: A name that opens with a bare level (省政务公开办公室, 市行政审批局): no place, no body.
BARE_LEVEL_NAME_RE = re.compile(r"^[省市县区镇乡]")
#: The parts a legacy report's introduction lists (全文包括概述、主动公开政府信息情况…).
LEGACY_PART_NAMES = re.compile(
    r"概述|主动公开政府信息(?:的)?情况|依申请公开政府信息(?:的)?情况|收费(?:及|和)减免|"
    r"行政复议|存在的主要问题"
)
#: A portal's column label printed before the title on its line (每日一报 | …).
TITLE_COLUMN_PREFIX_RE = re.compile(r"^[^|\d]{1,12}\|\s*(?=\S)")
#: A line naming an annual report of disclosure work (政府信息公开工作年度报告, 政务公开…年报).
ANNUAL_REPORT_LINE = re.compile(
    r"(?:信息公开|政务公开)[^。]{0,8}(?:年度报告|年报|年度工作报告|工作情况$)"
)
#: A first line naming an interpretation of the report (文字解读:…年度报告, 图解…, 一图读懂…).
INTERPRETATION_FIRST_LINE = re.compile(r"^(?:【)?(?:文字|政策|图文|图表)?(?:解读|图解)|^一图读懂")
#: Words that name an annual disclosure report.
REPORT_WORDS = re.compile(r"信息公开.{0,6}(?:年度报告|年报|工作报告)")
#: The 条例's own words listing an office's duties (art. 4: 组织编制本行政机关的政府信息公开指南、
#: 政府信息公开目录和政府信息公开工作年度报告), which a page quoting the law prints: no report.
STATUTE_DUTY_RE = re.compile(r"本行政机关的政府信息公开指南[^。；;]{0,40}?(?:年度报告|年报)")
#: A title naming the year's disclosure work a 情况的报告 (关于2016年度全县政府信息公开工作情况的
#: 报告), asked of the title line only (a news item quotes one); not of a part of the year.
REPORT_TITLE_WORDS = re.compile(
    r"^.{0,30}?\d{4}年度?[^。，,\n]{0,6}?信息公开(?:工作)?(?:开展)?情况的报告"
    # …2010年政府信息公开报告, the whole title ((全文) after it)
    r"|^(?!.*(?:预算|决算|经费|采购)).{0,30}?\d{4}年度?[^。，,\n]{0,20}?信息公开报告(?:\(全文\))?$"
)
#: A work plan's task headings (推进…, 规范…, 强化…): a plan's, not a report's sections.
PLAN_TITLE_RE = re.compile(r"(?:推进|规范|强化|加强|深化|完善|做好|抓好|提升|健全|落实|推动|拓展)")
#: Part of a year in a page's sections (上半年, 季度, 1-6月; not 1-12月 nor 以来).
FRAGMENT_PART_YEAR_RE = re.compile(
    r"上半年|下半年|季度|(?<!\d)(?!1\s*[-—至到]\s*12\s*月)\d{1,2}\s*[-—至到]\s*\d{1,2}\s*月"
)
PART_OF_YEAR = re.compile(r"半年|季度|\d{1,2}\s*[-—至到]\s*\d{1,2}月|以来")
#: The disclosure 条例 cited (《中华人民共和国政府信息公开条例》, 《条例》).
CITES_REGULATION_RE = re.compile(r"信息公开条例|《条例》")
#: The rules a university's disclosure report follows (out of this schema's scope).
UNIVERSITY_RULES = "高等学校信息公开办法"
#: A text calling itself the report (本报告, 本年度报告, 本年报).
SELF_REPORT_RE = re.compile(r"本(?:年度)?报告|本年报(?![送表刊])")
#: How a report's introduction announces what follows (依据…条例…编制本报告; 现将…工作情况
#: 报告如下) when no title survives above it.
REPORT_INTRO = re.compile(r"编制本(?:年度)?报告|报告如下|特此报告|形成本报告")
#: Words of an introduction to a part of the year or to a companion page (上半年, 第三季度,
#: 自查, 整改).
PART_YEAR_INTRO = re.compile(r"半年|季度|解读|图解|自查|整改|督查")

# ---------------------------------------------------------------- metadata patterns (§3)

DATE_CN = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
DATE_ISO = r"(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})"
DATE_RE = re.compile(f"{DATE_CN}|{DATE_ISO}")
DATE_LINE_RE = re.compile(rf"^\s*(?:{DATE_CN}|{DATE_ISO})\s*$")
PERIOD_RE = re.compile(
    DATE_CN
    + r"\s*[起始]?\s*(?:至|到|-|~|—|–)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
#: The period printed with a comma before its end (自2024年1月1日起,至2024年12月31日止; 自2009年
#: 1月1日《条例》实施之日起,至…): read only as a whole year (a campaign's span is printed so too).
PERIOD_COMMA_RE = re.compile(
    DATE_CN
    + r"\s*(?:《[^》]{1,12}》实施之日)?\s*[起始]?\s*[,，]\s*(?:至|到)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
#: A period opening on the day a law came into force (《条例》实施之日起): the 条例's first year.
IN_FORCE_DAY = "实施之日"
#: The period with its 年 lost, or its 年 and 月 (20231月1日至12月31日, 202111日起至20211231日止,
#: DOMAIN.md §5.16): read only as a whole year.
PERIOD_LOST_NIAN_RE = re.compile(
    r"(?<!\d)(20\d{2})\s*年?\s*(1)\s*月?\s*(1)\s*日\s*[起始]?\s*[,，]?\s*(?:至|到|-|—)\s*(?:(20\d{2})\s*年?\s*)?"
    r"(12)\s*月?\s*(31)\s*日"
)
#: The period in ISO dates (自2015-1-1起至2015-12-31止): read only as a whole year.
PERIOD_ISO_RE = re.compile(
    r"(?:统计|数据|时限|期限|报告期)(?:(?!有效)[^。,，;；\d]){0,12}"
    + DATE_ISO
    + r"\s*[起始]?\s*[,，]?\s*(?:至|到|~)\s*"
    + DATE_ISO
)
#: A URL, a space a page printed after its scheme or www. kept out (www. x.gov.cn).
URL_RE = re.compile(r"(?:https?://|www\.)(?: (?=[A-Za-z0-9]))?[A-Za-z0-9./_\-?=&%#:~]+")
PHONE_RE = re.compile(
    r"(?:联系电话|电\s*话\s*\(传\s*真\)|电\s*话\s*[、/]\s*传\s*真|电\s*话|联系方式(?=\s*:))\s*[:]?\s*"
    r"(1[3-9]\d{9}(?!\d)|(?:0\d{2,3}\s*[-—–]?\s*)?\d{7,8}(?:-\d{1,4})?(?!\d))"
)
FAX_RE = re.compile(r"传\s*真(?:号码)?\s*[:]\s*((?:0\d{2,3}[-—–]?)?\d{7,8})")
#: A fax number marked after it (82750002(传真)): the mark, then the number just before it
#: (two searches: a pattern opening with the number would try every digit of the text).
FAX_MARK_RE = re.compile(r"\(\s*传\s*真\s*\)")
FAX_BEFORE_MARK_RE = re.compile(r"((?:0\d{2,3}[-—–]?)?\d{7,8})\s*$")
#: The one number of 电话(传真): / 电话/传真: — the phone and the fax. (Each pattern of
#: the whole-text searches opens with a literal, which the engine finds far faster.)
SHARED_FAX_RE = re.compile(
    r"电\s*话\s*(?:\(\s*传\s*真\s*\)|[、/]\s*传\s*真)\s*[:]?\s*((?:0\d{2,3}[-—–]?)?\d{7,8})"
)
POSTCODE_RE = re.compile(r"邮\s*(?:编|政编码|递区号)\s*[:]?\s*(\d{6})(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
#: An E-mail label run into the address without a colon (E-mailwencheng@163.com), asked of
#: the address found (the whole-text search stays a plain one).
EMAIL_LABEL_RE = re.compile(r"^(?i:e-?mail)(?=[A-Za-z0-9._%+\-]+@)")
#: 办公地址 or 地址 (the address is group 1; a leading 办公 would change no match, and a
#: pattern that opens with a literal is searched far faster).
#: A web site's 地址 (门户网站地址:http://…) is no postal address.
#: A part in parentheses belongs to it: 吉林市龙潭区人民政府(遵义东路65号).
ADDRESS_RE = re.compile(
    r"地址(?<!网站地址)\s*[:]\s*(?!https?:|www\.)"
    r"((?:(?!邮编|邮政编码|邮递区号|联系电话|电话|传真|电子邮箱|邮箱)"
    r"(?:[^,;()]|\((?!邮编|邮政编码|邮递区号|联系电话|电话|传真|电子邮箱|邮箱)[^()]*\)))+)"
)
#: The body an introduction says compiled the report (由安阳街道办事处结合有关统计数据编制;
#: 由…人民政府厚桥街道党政办公室综合科编制).
COMPILED_BY_RE = re.compile(
    r"(?:由|本(?:年度)?报告是)\s*([^\s,，。;；()（）《》]{2,40}?(?:"
    + ORG_SUFFIX
    + r"|[镇乡县区市旗]|街道))\s*(?:结合[^。,，;；]{0,20}?|根据[^。,，;；]{0,100}?)?(?:负责)?编制"
)
#: A table's caption naming the body that fills it (单位: 东阳市自然资源局 2023年度, 填报单位：…),
#: not a unit of measure (单位：件, 单位:万元).
UNIT_CAPTION_RE = re.compile(
    r"\s*(?:填报|统计)?单位\s*[:]\s*([^\s:|]{2,40}?" + ORG_SUFFIX + r")(?:\s*\d{4}\s*年度?)?\s*"
)
#: What a table's caption stands next to: its title above (…统计表, 二、主动公开政府信息情况),
#: its first row below (统计指标 | 单位 | 统计数, 第二十条第(一)项, 信息内容 | …).
CAPTION_NEIGHBOUR_RE = re.compile(r"\||表|第二十条|统计|信息内容|主动公开政府信息")
#: A body named by itself (本局, 我局办公室, 本单位): no organization (本溪市 is one).
SELF_REFERENCE_RE = re.compile(
    r"^[本我](?:局|委|办|厅|院|单位|行政机关|机关|部门|中心|镇|乡|街道|区|县|市|府|所|站|旗|盟|州"
    r"|校|司|会|馆|队|处|科)"
)
#: A contact "office" that is a pronoun alone (请与我们联系, 详情与我局联系): no office.
PRONOUN_OFFICE_RE = re.compile(
    r"[我本](?:们|局|委|办|厅|院|单位|机关|部门|中心|镇|乡|街道|区|县|市|府|所|站)?"
)
#: A committee's office that is a body of its own (机构编制委员会办公室, 食品安全委员会办公室):
#: nothing is stripped from it.
OFFICE_AS_BODY_RE = re.compile(r"(?:编制|安全|安全生产|保密|爱国卫生|国防动员)委员会办公室$")
#: An office inside the compiling body (党政办公室综合科): what is left is the body.
OFFICE_TAIL_RE = re.compile(
    r"(?:(?<=政府)|(?<=街道)|(?<=办事处)|(?<=[镇乡局委厅院会心所站队]))"
    r"(?:党政(?:综合)?办(?:公室)?|综合办(?:公室)?|办公室|[\u4e00-\u9fff]{0,2}[科股])+$"
)
#: 请与<office>联系 (直接与, 详情与, 可与 a named office, not 相关业务科室; 联络; its address in
#: parentheses before 联系), or 请联系<office>, /
#: 请联系:<office>, / 可致电<office>, (the office then ends as a body's name or a room does).
_OFFICE_AFTER = (
    r"(?:与\s*((?:[^\s,。;:()]|\([^()\d:]{1,20}\)){2,50}?)\s*(?:\([^()]{0,80}?[:\d][^()]{0,80}\))?\s*"
    r"(?:联系|联络(?!员))"
    r"|(?:联系|致电)\s*[:]?\s*([^\s,。;():]{1,38}?(?:" + ORG_SUFFIX + r"|室))(?=\s*[,;。(])"
    # 请与X(地址:…,联系电话:…)。: the 联系 inside the parentheses
    r"|与\s*(?!各|相关|有关)((?:[^\s,。;:()]|\([^()\d:]{1,20}\)){2,50}?)\s*\([^()]{0,80}?(?:电话|地址)[^()]{0,80}\)"
    r"\s*(?=[。;]|$))"
)
OFFICE_RE = re.compile(r"(?:请|直接|详情)" + _OFFICE_AFTER)
#: The weaker wording 可与/可联系/可致电 <office>, asked when no 请/直接 wording names one
#: (申请人可联系县政务服务中心 in the body is not the report's contact); never 可与相关业务科室.
OFFICE_WEAK_RE = re.compile(r"可(?=与\s*(?!相关|有关|各)|联系|致电)" + _OFFICE_AFTER)
#: A note giving a name's short form: (以下简称区教育局); a phone number in parentheses after
#: the office's name (县政府信息公开办公室(电话0551-1234567)).
SHORT_NAME_NOTE_RE = re.compile(r"\((?:以下)?简称[^()]*\)|\([^()]*\d{5,}[^()]*\)$")
ATTACHMENT_LINE_RE = re.compile(
    r"^附件\s*\d*\s*[:]?\s*(.+?\.(?:"
    + "|".join(ATTACHMENT_SUFFIXES)
    + r"))(?:\s+(\d+(?:\.\d+)?\s*[KMG]B?))?",
    re.IGNORECASE,
)
ORG_END_RE = re.compile(ORG_SUFFIX + r"$")
#: The first line of a title printed on two lines: an organization, or the place whose
#: government reports (平潭综合实验区 / 2014年度政府信息公开工作年度报告).
#: A body's other name in parentheses after it (自治区民委(宗教事务局)).
ALIAS_NOTE_RE = re.compile(r"[(（][^()（）]{1,12}[)）]$")
TITLE_HEAD_END_RE = re.compile(r"(?:" + ORG_SUFFIX + r"|管委会|街道|[省市县区州旗盟镇乡])$")
#: Labels that are the end of longer words too (印发日期, 更新日期, 失效日期): a label only
#: where no other Chinese character comes before them.
_BARE_LABELS = frozenset({"日期", "部门", "时间"})
#: Every metadata label, any inner spacing, the longest first.
_META_LABEL_ALTERNATION = "|".join(
    ("(?<![\u4e00-\u9fff])" if label in _BARE_LABELS else "") + r"\s*".join(map(re.escape, label))
    for label, _ in sorted(META_LABELS, key=lambda p: -len(p[0]))
)
META_LABEL_RE = re.compile(f"({_META_LABEL_ALTERNATION})\\s*[:]")
#: Where a title's line goes on with the page's byline, counters or tools (…年度报告 发布时间:
#: 2021-01-25; …年度报告 字号:T|T 保护视力色: 杏仁黄 …; …年度报告 【打印】): the title ends there.
#: (It opens with its literal 报告, the whitespace after it is group 1: a pattern opening
#: with a lookbehind is tried at every position of the line.)
TITLE_TAIL_RE = re.compile(
    rf"报告(\s+)(?=(?:{_META_LABEL_ALTERNATION})\s*[:：]|字号|字体|文字大小|浏览次数|浏览量|"
    r"点击数|点击量|访问次数|阅读次数|分享到|打印|【|保护视力色|视力保护色)"
)
#: The same labels in a portal's table of label and value cells, where a label may have no
#: colon: ``索 引 号 | 0142581323/2025-00001 | 发布机构 | 教育局 |``.
META_LABEL_CELL_RE = re.compile(f"({_META_LABEL_ALTERNATION})\\s*(?:[:]|(?=\\|))")
#: A value that is a label of its own (公开形式:, 公开时限: 长期公开): an empty cell before it.
LABEL_AT_START_RE = re.compile(r"[^\s:：\d]{1,8}[:：]")
#: A colon that ends a label (栏目: 政府信息公开年报, 字体:), not one inside a time (10:00).
LABEL_COLON_RE = re.compile(r"[:：](?!\d)")
#: A label alone on its line, its value on the next (• 索引号 / 000099999/2023-00042).
META_LABEL_ALONE_RE = re.compile(f"({_META_LABEL_ALTERNATION})\\s*[:]?")
#: The same labels spaced from their values, no colon (索 引 号 1133…/2024-104757 公开方式 主动
#: 公开): a label where the line or a space starts, then a space.
META_LABEL_SPACED_RE = re.compile(f"(?:^|(?<=\\s))({_META_LABEL_ALTERNATION})(?:\\s+(?=\\S)|\\s*$)")
#: A site's address opening a byline (www.x.gov.cn  发布时间:2024-01-19  来源:…): set aside so
#: that the labels after it are read.
LEADING_SITE_RE = re.compile(r"^\s*(?:https?://|www\.)[A-Za-z0-9./_\-]+\s+(?=\S)")
#: A line under the title giving the publication date, then the page's counters
#: (2022-01-20 作者:佚名 点击数:; 2021-02-05 17:20 来源:…), or the date and its time alone (a
#: date alone may be a signature, a page header or a list's).
DATE_BYLINE_RE = re.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?:\s*(?:作者|点击数|点击量|浏览次数|访问次数|阅读次数|字号|来源)\s*[:：]"
    r"|\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:作者|点击数|点击量|浏览次数|访问次数|阅读次数|字号|来源)\s*[:：]|$))"
)
#: The source a date byline names (2021-02-05 17:20 来源:某市人民政府办公室).
BYLINE_SOURCE_RE = re.compile(r"来源\s*[:：]\s*([^\s:：|]{2,40})")
#: A page counter's word run into a byline's source (某某市人民政府办公室浏览次数).
COUNTER_WORDS_RE = re.compile(r"(?:浏览次数|浏览量|点击数|点击量|访问量|阅读量|字号|字体).*$")
#: The shape of a field's value, for a value printed on the line under its label: an index
#: number (digits and - or /), a date, a document number (…〔2020〕3号), a body's name.
META_VALUE_SHAPES = {
    "index_no": re.compile(r"^[\w\-/. ]*\d[\w\-/. ]*$"),
    "published": re.compile(r"^\d{4}\s*[-/.年]"),
    "written": re.compile(r"^\d{4}\s*[-/.年]"),
    "doc_no": re.compile(r"\d\s*号|〔|\["),
    "issuer": re.compile(r"^[\u4e00-\u9fff()（）]{2,30}$"),
}
#: Where a page's counters and tools follow a metadata value on its line (来源: 六石街道
#: 字号: [ ] 浏览次数:): the value ends there.
META_VALUE_END_RE = re.compile(
    r"\s(?:字号|字体|文字大小|选择阅读字号|阅读字号|浏览次数|浏览量|点击数|点击量|访问次数|阅读次数|分享到|打印|【"
    r"|更新时间|更新日期|浏览)"
    r"|(?:作者|点击[数量率]?|浏览次数|浏览量|访问量|阅读量|文字大小|字号|分享到?)\s*[:：]"
)
#: A note in parentheses (规章（设区的市…）, 通过委门户网站（包括委属单位网站…）): a row
#: label's or a figure's label's aside, not its words.
NOTE_RE = re.compile(r"[(（][^()（）]*[)）]")
#: A file name's extension after a title (…年度报告.docx: the title of a linked file).
TITLE_FILE_EXT_RE = re.compile(r"\.(?:docx?|wps|pdf|ofd|xlsx?)$", re.IGNORECASE)
#: A person's name after the contact office (…商务厅办公室王小明): two or three characters
#: after an office's ending, themselves no office (…办公室综合科 stays whole).
OFFICE_PERSON_RE = re.compile(
    r"^(.+(?:办公室|办|科|股|处|组|中心|局|厅|委))([\u4e00-\u9fff]{2,3})$"
)
OFFICE_ENDINGS = (
    *"室办科股处局厅委站所组部会院司队馆社校心学园台厂场库段圃",
    "支行",
    "分行",
    "机关",
)
#: A title label printed before the title on its line, colon or not (标      题 某厅2025年…).
#: A document number and its signer printed before the title on its line (某一中 [2015] 5号
#: 签发人:王某某 2014年…年度报告): group 1 is the number.
#: A document number printed alone on a line of a red-headed document's head, its signer
#: maybe beside it (青政办〔2021〕5号  签发人：李某某).
DOC_NO_LINE_RE = re.compile(
    r"^\s*(\S{1,12}\s*[\[〔［(（]\s*\d{4}\s*[\]〕］)）]\s*\d{1,4}\s*号)\s*"
    r"(?:签\s*发\s*人\s*[:：]\s*[\u4e00-\u9fff]{2,4})?\s*$"
)
TITLE_DOC_NO_RE = re.compile(
    r"^\s*(\S{1,12}\s*[\[〔［(（]\s*\d{4}\s*[\]〕］)）]\s*\d{1,4}\s*号)\s*"
    r"(?:签\s*发\s*人\s*[:：]\s*[\u4e00-\u9fff]{2,4}\s+)?"
)
#: A notice publishing a report, the report's title quoted in it or not (关于公布《某镇2009年
#: …年度报告》的通知; 关于公布某市2009年度…年度报告的通知, or its second line alone): group 1
#: is that title.
NOTICE_OF_REPORT_RE = re.compile(
    r"(?:.*关于(?:公布|印发|发布|公开))?《?((?:(?!关于)[^《》]){4,80}?(?:年度报告|年报))》?的通知"
)
#: The sender of a notice publishing a report (某县某镇人民政府关于公布《…》的通知).
NOTICE_SENDER_RE = re.compile(r"([\u4e00-\u9fff]{2,30}?)关于(?:公布|印发|发布|公开)")
#: A year without 年 opening a title's organization, then its name (2024某县某乡): a
#: portal's date, not the body's.
TITLE_YEAR_PREFIX_RE = re.compile(r"(?:19|20)\d{2}(?=[\u4e00-\u9fff])")
#: A document number's year and serial (某县教育局 [2020] 3号 → 某县教育局).
DOC_NO_ISSUER_RE = re.compile(r"\s*[\[〔［(（]\s*\d{4}.*$")
TITLE_LABEL_RE = re.compile(
    r"^\s*(?:标\s*题|名\s*称|信息名称|文件名称|文件下载|附件下载)\s*(?:[:：]\s*\|?|\|)?\s*"
)
#: Bullets a portal prints before each line of its metadata list (• 索 引 号: …).
BULLETS = " |•·●◆■▪◇○-"
META_FIELDS = {label: name for label, name in META_LABELS}
#: Values that say nothing (来源：原创 names no body).
EMPTY_META_VALUES = {"", "无", "-", "/", "原创", "本站", "本网", "本站原创", "本网原创"}

# ---------------------------------------------------------------- 2019+ prose figures (A11, R5)

#: Sentences of a 2019+ report's running text that restate table 2 and 3 figures
#: (interpret.modern_prose; checks A11 and R5). A sentence is cut into clauses at commas;
#: an application clause names a request for information (申请 after 信息公开/依申请, or
#: 依申请公开 itself); the clauses after it in its sentence share its subject.
MODERN_SENTENCE_END = re.compile(r"[。;；!！?？]")
#: The numerals of the 2019+ formats' last two sections (problems, other matters).
LATE_SECTION_NUMBERS = frozenset({"五", "六"})
#: Any year named (2010年, 2022年度, 2010年1月): group 1 (legacy prose and modern_prose).
YEAR_MENTION = re.compile(r"((?:19|20)\d\d)\s*年")
MODERN_CLAUSE_END = re.compile(r"[,，、]")
MODERN_APPLICATION = re.compile(
    r"依申请|(?:信息公开|公开政府信息|政府信息)[^,，。]{0,8}?申请|申请公开|公开申请"
    r"|受理[^,，。]{0,6}?政府信息公开"
)
#: Clauses about other things counted with the same verbs (受理…办结): messages, hotlines,
#: complaints, licensing; a change against last year. The clauses after one in its sentence
#: share its subject.
MODERN_OTHER_SUBJECT = re.compile(
    r"留言|热线|咨询|投诉|工单|信访|信箱|来信|来电|行政许可|审批|撤回|撤销|同比|比上年|较上年"
    r"|较\d{4}年|增长|下降|增加|减少"
)
#: A clause counting one kind of applicant or one channel (法人或者其他组织…, 网络申请4件):
#: a part, no total; the sentence's subject goes on after it.
MODERN_PART_OF = re.compile(
    r"法人或者?其他组织|自然人|商业企业|科研机构|网上|网络|网站|平台|信函|信件|当面|现场|邮寄|快递"
    r"|传真|电子邮件|书面|企业|律师|窗口|邮箱|来访|直接受理|(?<!结)转办"
)
#: All applicants named together (公民、法人或其他组织提交的申请): no one kind of applicant.
MODERN_ALL_APPLICANTS = re.compile(r"公民[、，,]?法人(?:或者?|和|及)其他组织")
#: A statement that no review or lawsuit was lost or reversed (未出现…行政复议被撤销或败诉):
#: says nothing of how many there were.
MODERN_NO_LOSS = re.compile(r"败诉|被撤销|被纠错|被纠正|纠错|被确认违法")
#: A sentence about part of the year (上半年, 1-9月, 第三季度): none of its figures is the year's.
MODERN_PART_YEAR = re.compile(
    r"[上下]半年|季度|(?<!\d)(?!1\s*[-—~至到]\s*12\s*月)\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月"
    r"|(?<!\d)(?!12)\d{1,2}月份?(?:以来|至今|底)"
)
#: A clause opening a breakdown (其中自然人34件): no total — unless it splits the total into
#: the new requests and those carried over (其中本年度新收12件, 含上年结转3件: the total
#: before is then both, MODERN_SPLITS_CARRIED).
MODERN_BREAKDOWN = re.compile(r"^\s*(?:其中|包括|分别|含)")
MODERN_SPLITS_CARRIED = re.compile(r"新收|结转")  # 其中…结转下一年度 splits nothing (below)
#: Counts of several bodies together (全县各单位, 全市各级行政机关) or other requests counted
#: with the same verbs (群众办事申请, 人大代表建议和政协委员提案): no figure of the body's table.
MODERN_NOT_OWN = re.compile(r"各单位|各部门|各乡镇|各街道|各级|各县|各区|所属|下属|系统")
MODERN_NOT_REQUEST = re.compile(
    r"办事|提案|建议|许可|审批|来信|咨询|举报|之日|来自\d|涉及|主要|予以|部分公开|不予|无法|复议|诉讼|补正|材料"
)
#: The body's own share (其中我局收到15件, 本级…): its figure, the total before it is not.
MODERN_OWN = re.compile(
    r"我局|本局|本机关|我办|本办|我委|本委|我厅|本厅|本级|我镇|我乡|我街道|本单位|我单位|本部门|我部门"
)
#: A count of any kind (for a part clause: 企业提出的申请2件).
MODERN_ANY_COUNT = re.compile(r"\d+\s*(?:件|条|份|宗|封)")
#: Words making a count the whole (共收到, 合计, 本年新收…), not one kind's.
MODERN_TOTAL_WORD = re.compile(r"共|合计|总计|全部|累计|新收|本年")
#: An outcome before 答复N件 (本机关不掌握…答复6条, 告知…): not all the requests handled.
MODERN_NOT_HANDLED = re.compile(
    r"不掌握|不予|无法|告知|不属于|部分公开|予以公开|当场|按时|延期|逾期|超期|限期"
)
#: A sum of counts printed before it (合计15件, 共计, 总计).
MODERN_SUM = re.compile(r"合计|共计|总计")
#: Another time than the year: last year (去年, 较去年), a month or a day (3月收到1件, 12月28日
#: 收到的…) — not the year's span (1月1日至12月31日, 截至12月31日).
MODERN_OTHER_TIME = re.compile(
    r"去年|前年|较上年|(?<!结转)(?<!转结)上一?年度?(?!结转|转结|度?结转|度?转结)|(?<![\d至到-])(?!12月(?:3[01]日|底|末))(?!1月1日)\d{1,2}月(?:\d{1,2}日)?(?!\d)"
)
#: Words naming the report's year again after another time (今年, 全年, 本年度).
MODERN_THIS_YEAR = re.compile(r"今年|全年|本年")
#: Running totals (自2019年以来累计, 截至目前, 历年): no year's figure.
MODERN_RUNNING = re.compile(r"以来|至今|截至目前|截止目前|历年|累计收到|累计受理")
#: A review counted by the body as the review organ (县政府作为复议机关…受理…12件): not the
#: reviews of its own disclosure.
MODERN_REVIEW_ORGAN = re.compile(r"复议机关|作为复议")
_COUNT = r"(?P<n>\d+)\s*(?P<u>件|条|份|宗|封)(?![\d%％])"
#: (kind, pattern) in the order a clause is asked; the first match wins. Kinds:
#: received (本年新收, sometimes with 上年结转: A11 allows either), received_all (new and
#: carried over: 累计处理, 含上年结转), carried_over, handled (办结/答复), carried_forward.
MODERN_APPLICATION_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx))
    for kind, rx in [
        (
            "carried_forward",
            r"结转(?:到|至)?(?:下一?年度?|下一年|\d{4}年度?)[^\d,，]{0,10}?" + _COUNT,
        ),
        ("carried_forward", _COUNT + r"(?:正在办理|转入下一?年|结转下一?年)"),
        (
            "carried_forward",
            r"(?<!结)转(?:入|至|到)?下一?年度?(?:继续)?(?:办理)?[^\d,，]{0,6}?" + _COUNT,
        ),
        (
            "carried_over",
            r"(?:上一?年度?|\d{4}年度?)(?:结转|转结)(?:(?!下一?年|至)[^\d,，]){0,16}?" + _COUNT,
        ),
        ("carried_over", r"结转上一?年度?[^\d,，]{0,6}?" + _COUNT),
        ("received_all", r"(?:(?:累计|共|实际)处理|累计办理)[^\d,，]{0,20}?" + _COUNT),
        # 办理政府信息公开申请61件，办结54件，结转下一年7件: the requests handled this year
        ("received_all", r"办理[^\d,，]{0,12}?申请" + _COUNT),
        ("received_all", r"办理[^\d,，]{0,8}?依申请公开(?:件|信息)?" + _COUNT),
        (
            "received",
            r"(?:收到|受理|接收|接到|新收)(?:了|到)?[^\d,，]{0,24}?" + _COUNT,
        ),
        # 依申请公开…合计12件 (requests: 件/宗; 依申请公开共6条 counts information released)
        (
            "received",
            r"依申请公开[^\d,，]{0,8}?(?:合计|共计|共)(?P<n>\d+)\s*(?P<u>件|宗)(?![\d%％])",
        ),
        ("received", r"依申请公开(?:请求|申请)" + _COUNT),
        ("handled", r"(?:办结|答复|回复|办复)(?:了|共)?" + _COUNT),
    ]
)
#: 无下年度结转 (carried forward: 0).
MODERN_NO_CARRY_FORWARD = re.compile(
    r"(?:无|没有)(?:下一?年度?(?:结转|转结)|(?:结转|转结)(?:到|至)?下一?年)"
)
#: A statement that no request came in (未收到政府信息公开申请, 未接到公民提出的公开政府信息
#: 申请, 无依申请公开事项), said of requests as a whole: not of one kind (未收到涉及商业秘密的…
#: 申请, 未收到企业提出的…申请) or of late answers (无逾期答复政府信息公开申请的情况).
MODERN_NO_APPLICATION = re.compile(
    r"(?:(?:未|没有)(?:收到|接到|受理)(?:过|任何(?:形式的?)?|和处理)?(?:公民|群众|社会公众|公众|申请人)?"
    r"(?:提出|提交)?的?|无)"
    r"(?:要求|有关)?(?:政府信息公开|依申请公开|公开政府信息|信息公开|申请公开政府信息)"
    r"(?:政府信息|政务信息|信息)?(?:的)?(?:办理)?(?:申请|事项|请求|$)"
    r"(?![^,，。]{0,6}?(?:复议|诉讼))(?!\s*(?:结转|转结|超期|逾期|延期|人|收费|费用))"
)
#: A review or litigation clause of a sentence about disclosure (因政府信息公开引起行政复议
#: 54件); 复议后起诉 names one column and is no total.
MODERN_DISCLOSURE = re.compile(r"信息公开|依申请")
#: A part of a review count that concerns disclosure, after it (其中涉及政府信息公开的2件,
#: ，涉及政府信息公开的0件).
MODERN_DISCLOSURE_SHARE = re.compile(
    r"(?:涉及|关于|属于)[^。；;]{0,12}?信息公开[^。；;]{0,6}?\d+\s*[件起宗]"
)
#: A part of a review count that concerns disclosure (其中涉及政府信息公开的2件).
MODERN_DISCLOSURE_PART = re.compile(r"涉及|信息公开|依申请")
MODERN_REVIEW = re.compile(
    r"行政复议(?:申请|案件|案)?(?:共计|共)?" + _COUNT.replace("件|条|份|宗|封", "件|起|案|宗")
)
MODERN_LITIGATION = re.compile(
    r"(?<!复议后)(?<!复议和)(?<!复议及)(?<!复议、)(?<!复议与)行政诉讼(?:案件|案)?(?:共计|共)?"
    + _COUNT.replace("件|条|份|宗|封", "件|起|案|宗")
)
#: No review or litigation happened (未发生…行政复议和行政诉讼, 无信息公开类行政复议及诉讼案件,
#: 没有因政府信息公开被申请行政复议): a negated happening, not a remedy a reply names (告知
#: 申请人可依法申请行政复议, 对未予公开的…).
_NONE_HAPPENED = (
    r"(?:(?:未|没有)(?:发生|出现|收到|接到|引起|因|被|有)|尚未接到|无(?:涉及|因|政府信息公开|信息公开|依申请))"
    r"(?:(?!告知|可依法|可以|有权|不服)[^\d。；;,，]){0,32}?"
)
MODERN_NO_REVIEW = re.compile(_NONE_HAPPENED + r"行政复议")
MODERN_NO_LITIGATION = re.compile(_NONE_HAPPENED + r"诉讼")

# ---------------------------------------------------------------- body identity (docs/across.md)

#: Rewrites applied, in order, to the end of a normalised organization name to get its
#: ``organization_key``. A people's government is named by its jurisdiction (青禾县人民政府,
#: 青禾县政府 → 青禾县); the government's general office (县政府办, 县人民政府办公室) is a
#: different body that publishes its own report, so it keeps one spelling of its suffix;
#: a street office is named by its street (XX街道办事处 → XX街道).
ORG_KEY_SUFFIXES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rx), repl)
    for rx, repl in [
        (r"^(.{2,}?)(?<!人民)(?:人民)?政府办公厅$", r"\1人民政府办公厅"),
        (r"^(.{2,}?)(?<!人民)(?:人民)?政府办(?:公室)?$", r"\1人民政府办公室"),
        (r"^(.{2,}?)(?<!人民)(?:人民)?政府$", r"\1"),
        (r"^(.+?)街道办事处$", r"\1街道"),
    ]
)
#: A body whose jurisdiction is a county or below (立法法 art. 93: only 国务院部门 and the
#: governments of provinces, 设区的市 and 自治州 make 规章; check D4): a township or street
#: (…镇人民政府, …街道办事处), a county or district government (…县人民政府, 青禾市东城区
#: 人民政府, not …自治区人民政府), or a body named after its county (青禾县公安局, 青禾市东城
#: 区住房和城乡建设局). Asked of the NFKC name without spaces; 县域/区域/城乡 are no units, nor
#: a city's zones (风景名胜区, 自然保护区, 保税港区, 开发区, 社区) or 红旗.
LOCAL_BODY_RE = re.compile(
    r"(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处|街道办事处)?$"
    r"|街道办事处$"
    r"|(?<!自治)(?<!地)(?:县|旗|区)(?:人民政府|政府)(?:办公室)?$"
    r"|^[^省市州盟区]{1,7}(?:县|旗)(?![域级城])"
    r"|(?:市|州|盟)[^市省局委办厅院会所站队中心]{1,6}(?:县|(?<!红)旗|(?<!自治)(?<!地)(?<!名胜)(?<!保护)(?<!港)(?<!社)(?<!园)(?<!开发)(?<!功能)(?<!示范)(?<!试验)(?<!保税)(?<!片)(?<!库)(?<!景)(?<!工业)(?<!产业)(?<!高新)(?<!经济)(?<!自贸)(?<!矿)(?<!林)(?<!牧)(?<!老)(?<!湾)(?<!灾)(?<!辖)(?<!校)(?<!厂)(?<!营)(?<!街)区)(?![域级划])"
)
#: Characters dropped from a name before the suffix rules: punctuation, brackets, spaces.
ORG_KEY_DROP = re.compile(r"[\W_]+")
#: 统一社会信用代码: 18 characters (GB 32100-2015 alphabet, no I O Z S V).
USCC_RE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
