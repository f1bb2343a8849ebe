"""The vocabulary of legacy reports (2008–2018): prose phrasings and the rows of the
2014–2018 national 统计表 (DOMAIN.md §1.2, §4.7, §5.27). The one place for these facts;
:mod:`ogi.interpret.labels` holds the vocabulary shared with the 2019/2021 formats.

All patterns run on :func:`ogi.interpret.labels.norm` text (NFKC, no whitespace).

Prose key patterns are written around ``#``, which stands for the figure itself: the text
before ``#`` is the clause up to the figure (since the previous figure), the text after it
runs to the next figure or the end of the clause. ``主动公开[^#]*#`` therefore reads "a figure
whose label mentions 主动公开", and ``召开了?#[^#]{0,12}会`` reads "召开 N 次 … 会".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ogi.interpret import labels as L

# ---------------------------------------------------------------- figures in prose

#: Units a figure in prose may carry, grouped by what they count.
UNITS_DOCS = ("条", "件", "份", "篇", "项")
#: Channel figures: "栏目29个" is not a count of documents.
UNITS_CHANNEL = ("条", "件", "份", "篇")
UNITS_APPS = ("件", "条", "份", "宗", "项", "个", "次", "人次", "起")
UNITS_TIMES = ("次", "场", "期", "个", "班")
UNITS_PEOPLE = ("人", "人次", "名")
UNITS_MONEY = ("元", "万元")
ALL_UNITS = (
    "人次",
    "万元",
    "元",
    "条",
    "件",
    "份",
    "宗",
    "项",
    "个",
    "次",
    "期",
    "篇",
    "场",
    "人",
    "名",
    "班",
    "家",
    "起",
    "处",
)

#: Chinese numerals in prose ("三件", "两次", "一百零五条"): digit values and multipliers.
CN_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
CN_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL_CHARS = "".join(CN_DIGIT_VALUES) + "".join(CN_MULTIPLIERS)

#: A figure: an optional "about" word, a number (Arabic or Chinese), an optional 万, an
#: optional 余/多 ("4800余条"), a unit. Without a unit a number is not a figure.
FIGURE_RE = re.compile(
    r"(?P<about>约|近|逾|超过)?"
    rf"(?P<num>\d+(?:\.\d+)?|[{CN_NUMERAL_CHARS}]+)"
    r"(?P<wan>万)?(?P<approx>余|多)?"
    rf"(?P<unit>{'|'.join(ALL_UNITS)})"
)
#: The end of a figure (the number's last character, 万, 余/多, the unit): found wherever
#: FIGURE_RE finds a figure and nowhere else, and far cheaper to search for (no optional
#: opening word to try at every position).
FIGURE_HINT = re.compile(rf"[\d{CN_NUMERAL_CHARS}]万?[余多]?(?:{'|'.join(ALL_UNITS)})")
#: What a count of the report's own parts is followed by (``七个部分``, ``六个方面``).
PARTS_OF_TEXT = ("部分", "方面", "章节")
#: What follows 个 when it counts no statistic: the report's parts, or time (15个工作日).
NOT_COUNTED_AFTER_GE = (*PARTS_OF_TEXT, "工作日", "月", "小时", "星期", "季度")
#: What a count of cases (一起行政复议案件, 行政复议一起。) is followed by; a bare 一起 followed
#: by anything else is "together" (与…一起研究, 一起核对申请), no count.
CASE_AFTER_YIQI = re.compile(r"案|行政|申请|复议|诉讼|投诉|举报|事件|事故|政府信息|依申请|信息公开")
#: Before a 一起: "together with" (与申请人一起, 与县法制办一起), not a count (复议一起).
TOGETHER_BEFORE_YIQI = re.compile(r"[与和同跟][^,，。;；]{0,8}$")
#: What may follow a count at the end of its item (行政诉讼一起（已结案）, 一起和…两起).
AFTER_COUNT = frozenset("，,。;；、和(（")
#: What a count of places (两处公开查询点) is followed by; 秘书三处 is an office.
PLACE_AFTER_CHU = re.compile(r"[^,，。;；]{0,10}?(?:点|室|场所|窗口|中心)")
#: The same right before the count (设立查阅点2处; not 查阅点设在…秘书三处).
PLACE_BEFORE_CHU = re.compile(r"(?:点|窗口|场所|查阅室|阅览室|查询室)\s*$")
#: A case noun before a 一起 (行政诉讼一起（已结案）, 行政诉讼一起和行政复议两起).
CASE_BEFORE_YIQI = re.compile(r"(?:案件?|申请|复议|诉讼|投诉|举报)[^,，。;；与和同跟]{0,4}$")
#: A session of a congress or conference, numbered within its term (十七届人大一次会议,
#: 政协九届四次全会): the number of 次 is an ordinal.
SESSION_RE = re.compile(
    r"届(?:人大|政协|党代会|人民代表大会|委员会|全委会|纪委|[省市县区]委|党委|[省市县区]?政府)?(?:常委会)?"
    r"[一二三四五六七八九十]+次(?:会议|全会|全体会议)"
)
#: Any other number (a year, a date, a percentage, a document number) ends a figure's label.
OTHER_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

SENTENCE_END = re.compile(r"(?<=[。;；!?！？])")
#: A line ending so does not run on to the next one.
LINE_ENDS_SENTENCE = re.compile(r"[。;；!?！？:：]$")
CLAUSE_END = re.compile(r"[,，]")

#: A label that names a part of the reporting body ("其中县直单位主动公开1104条"): a
#: sub-total, never the body's total.
PART_OF_BODY = re.compile(
    r"县直|市直|区直|省直|乡镇|街道|各部门|部门|单位|本级|各镇|各乡|局属|委办局|各市(?!场)|各县|各区(?!域)|各地"
    r"|各村|村级|村(?=\(|（|政府信息|信息公开)|社区(?!服务中心)"
)
#: Before such a word: the body itself (我街道, 本单位, 本部门), not a part of it.
THE_BODY_ITSELF = frozenset("我本")
#: Before such a word: each of the body's parts (各街道), never the body.
EACH_PART = frozenset("各")
#: What follows a body's kind (街道) when a street office's report names itself by it
#: (街道官方微信…, 街道共收到…), not one of its parts (街道社区服务中心).
OWN_KIND_FOLLOWERS = re.compile(
    r"官方|门户|网站|微信|微博|公众号|共|全年|本年|今年|年度|\d{4}\s*年|主动|收到|受理|通过"
)
#: A clause of dates only, whose year the next clause's figures are of (在2010年1月至3月，).
DATES_CLAUSE = re.compile(
    r"^\s*(?:在|于|从|自)?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月(?:份)?)?"
    r"(?:\s*(?:至|到|-|—|~)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:份)?)?(?:期间|间|内|底|初)?\s*$"
)
#: Petitions (信访投诉) count no disclosure complaint unless their words say they are about
#: disclosure (涉及政府信息公开的信访投诉2件).
PETITIONS = re.compile(r"信访")
PETITION_ABOUT_DISCLOSURE = re.compile(r"信息公开")
#: Full-time and part-time staff counted together, each the same (专职与兼职人员各一人).
BOTH_STAFF = re.compile(r"专职[、和与及]兼职|专兼职")
STAFF_KEYS = ("legacy.org.staff_fulltime", "legacy.org.staff_parttime")
#: Items of a list published (权力清单…事项87件, 公开目录…项): no count of information disclosed.
LIST_ITEMS = re.compile(r"清单|事项")
#: One count of complaints and consultations together (投诉咨询, 咨询投诉, 举报咨询).
_MIXED = r"(?:(?:投诉|举报)[、和及与]?咨询|咨询[、和及与]?(?:投诉|举报))"
MIXED_COMPLAINTS = re.compile(rf"{_MIXED}(?:类|事项|问题|件)?(?:共计?|合计)?$")
#: A clause counting such a mixed total (各类投诉咨询310件): its 其中 parts are its parts.
MIXED_TOTAL_CLAUSE = re.compile(rf"{_MIXED}(?:类|事项|问题)?\d")
#: The keys the parts of such a count would take: none of them is that kind's total.
MIXED_KEYS = frozenset({"legacy.consultations", "legacy.complaints"})
#: The keys of a body's whole count, which a part after 其中 never is (其中，通过县政务网主动
#: 公开政务信息28条 is no total).
TOTAL_KEYS = frozenset(
    {"legacy.active.total", "legacy.applications.received", "legacy.consultations"}
)
#: A consultations count's channel, right before it (当面咨询, 12345热线咨询, 电话接听咨询约…).
_CONSULT_CHANNELS = r"(当面|现场|电话|热线|网上|在线|网络|信函|来信|来电|微信|邮件|邮箱)"
CONSULT_CHANNEL = re.compile(
    _CONSULT_CHANNELS
    + r"[^，,。；;\d]{0,6}?[咨谘]询[^，,。；;\d]{0,3}$"
    + r"|[咨谘]询(电话|热线)[^，,。；;\d]{0,3}$"  # 接听咨询电话700余人次
)
CONSULT_CHANNEL_WORD = re.compile(_CONSULT_CHANNELS)
#: The same, followed by its figure, anywhere in a sentence: the channels a report counts.
CONSULT_CHANNEL_FIGURE = re.compile(
    r"(?:"
    + _CONSULT_CHANNELS
    + r"[^，,。；;\d]{0,6}?[咨谘]询|[咨谘]询(电话|热线))"
    + r"[^，,。；;\d]{0,3}\d+(?:\.\d+)?\s*[万余多]*\s*(?:人次|次|件|条|人)"
)
#: Words after a count that make it a count of ways or measures (四条途径, 三项措施), not of
#: information.
WAYS_AFTER = re.compile(r"(?:途径|渠道|措施|举措|原则|做法|路径|环节|步骤)")
#: Words naming a channel in a 其中 part (其中，通过县政务网…): a channel's count, no total.
CHANNEL_WORDS = re.compile(r"通过|网站|门户|政务网|微博|微信|公报|公开栏|电子屏")
#: Keys of a part of a total (a channel, an answer kind): a 其中 part may take them.
PART_KEY = re.compile(r"\.by_channel\.|\.answers\.")
#: What a body's own name drops when its report names it (青禾街道办事处 → 青禾街道).
OWN_NAME_SUFFIX = re.compile(r"(?:办事处|人民政府|政府)$")
#: A label counting within a total just given (在网站上主动公开的政府信息中便民办事服务信息6条):
#: a category's count, not the total's.
SUBSET_OF = re.compile(r"的(?:政府)?(?:信息|文件)中")
#: After :data:`SUBSET_OF`, a kind of document counted (…通过网站发布的规范性文件12件): a
#: category, even when a channel is named.
CATEGORY_NOUN = re.compile(r"规范性文件|文件|(?<!各)类|解读|政策")
#: A label naming a kind of information (机构设置类信息, 应主动公开的其他类信息): a category's
#: count, never a total or a channel's. 各类/各大类/各种类/多类信息 are all of them, and so
#: may 公开类信息 be (政务类信息 is one kind beside 业务类, 服务类).
CATEGORY_LABEL = re.compile(
    r"(?<![各大种多两全几一二三四五六七八九十\d])(?<!公开)类(?:(?:政府)?信息(?:主动)?(?:公开|发布)?)?$"
)
#: A label of a figure per unit or a rule's minimum (各科室均确定1名, 每个单位至少一名): not a
#: count of the body's.
PER_UNIT = re.compile(
    r"各[^#]{0,8}均|(?<!全[县区市镇乡])各(?:科室|股室|处室|部门|单位|科|股|处)(?:(?!共)[^#]){0,8}?"
    r"(?:指定|确定|明确|配备|安排)(?![^#]*(?:共|合计))"
    r"|每个|每一|每家|至少|不少于|日均|月均|平均"
)
WHOLE_BODY = re.compile(r"全县|全区|全市|全省|全镇|全乡|全年|全旗|全州|合计|总计|总数")
#: Cumulative figures ("截至目前…8354条", "开博至今…1.2万条") are not the year's figures.
CUMULATIVE = re.compile(r"截至|截止|至今|累计")
#: The section kind each legacy key's figures belong under (legacy.<part>.…).
KEY_SECTION = {
    "active": "active_disclosure",
    "applications": "applications",
    "fees": "fees",
    "review": "review_litigation",
    "litigation": "review_litigation",
}
#: Words that keep a figure dated at the year's end a running total (累计, 自开通以来, 含历年).
RUNNING_CUES = re.compile(r"累计|以来|至今|历年")
#: A running total's own words bounding it to the year when right before it (全年累计, 本年度
#: 累计; not 截至本年度末).
YEAR_WORD_BOUND = re.compile(r"(?:全年|本年度)(?:内|共)?(?:累计|至今)")
#: The year's own new figure after a running total (其中本年度新增412条): the total is running.
#: A clause of the year alone (2012年，…), opening the clause after it.
YEAR_CLAUSE_ALONE = re.compile(r"\s*(?:19|20)\d{2}\s*年度?\s*[，,]")
NEW_THIS_YEAR = re.compile(r"(?:本年度?|全年|今年|\d{4}\s*年度?)内?新增")
#: Part words in the sentence of a figure stated under its own section (局机关, 上半年, 其中…):
#: it gives way to no figure stated before it.
PART_WORDS = re.compile(
    r"其中|上半年|下半年|局机关|办公室|公开栏|专栏|重点领域|以来|累计|历年|分别|截至|截止|目录"
    r"|全县|全市|全区|全省|各级"
)
#: Where copies of disclosed information are sent: an archive, a library, a reading room.
_RECIPIENT = r"(?:档案馆|档案局|图书馆|查阅室|查阅中心|办公厅)"
#: Copies of disclosed information sent there (送交, 移交, 向县档案馆报送; not 主动公开并报送).
SENT_COPIES = re.compile(
    r"(?<!公开并)(?:送交|移交|移送)"
    rf"|向[^#]{{0,12}}{_RECIPIENT}[^#]{{0,4}}报(?:送|备)|(?<!公开并)报(?:送|备)[^#]{{0,4}}{_RECIPIENT}"
)
#: The website joined to every other channel (门户网站和其他信息公开渠道, 政府网站及其他渠道).
WEBSITE_AND_OTHERS = re.compile(r"(?:网站|门户网?|政府网|政务网)(?:和|及|与|以及|等)其[他它]")
#: The website listed with outlets of other kinds (门户网站、县物价信息网及政府信息平台): no one
#: channel's count (two websites together are the website's: 门户网站和法制办网站).
OUTLET_LIST = re.compile(
    r"网站?(?:[、和与]|及(?!时))(?:(?!网站)[^#()（）]){0,14}(?:平台(?!栏目)|媒体|公开栏(?!目)|电子屏|显示屏)"
)
#: A label counting what is not the named channel (门户网站以外的其他方式).
OTHER_THAN = re.compile(r"以外|之外|除")
#: The report's year bounding a running word to the year (2015年度累计, 2015年1月至今, 全年).
YEAR_BOUND = re.compile(r"\d{4}\s*年度|\d{4}\s*年\s*1\s*月(?!\d)|全年|本年度")
#: One label counting review and litigation together (行政复议、提起行政诉讼的案件).
REVIEW_AND_LITIGATION = re.compile(r"复议[、和及与或,，]\s*(?:提起)?(?:行政)?诉讼")
#: Words that give each of several items its own count (各1件, 分别为2件和1件).
#: A label summing its items (共发布, 共计): 共 not inside 公共.
SUMMED_RE = re.compile(r"(?<!公)共")
#: A clause opening with a year (2013年主动公开…): the year its figures are of.
CLAUSE_YEAR = re.compile(r"\s*(\d{4})\s*年度?(?!\s*\d{1,2}\s*月|\s*(?:以来|至|到|后|起|-|—|《))")
#: A year that governs the figure after it (2009年共主动公开…120条, 比2009年主动公开的180条),
#: not background (在2008年工作的基础上, (2008年修订), 于2008年10月开通专栏).
YEAR_GOVERNS = re.compile(
    r"((?:19|20)\d\d)\s*年度?\s*(?:共|全年|主动|受理|收到|发布|公开(?!工作)|办理|接受|通过|累计)"
)
#: Any year named (2010年, 2010年1月): a figure after another year than the report's, in its
#: clause or in a clause of dates before it (在2010年1月至3月，又主动公开…), is that year's.
YEAR_MENTION = L.YEAR_MENTION
#: Section titles whose text describes plans or problems, not what happened.
NOT_FACTS_TITLE = re.compile(r"问题|计划|打算|安排|思路|下一步|下步|改进")

#: A sentence (or the one before it) about requests for disclosure: answer kinds, channels and
#: closures are read there, or anywhere under the 依申请公开 heading.
APPLICATION_CONTEXT = re.compile(r"信息公开(?:的)?申请|依申请公开|公开申请|申请公开")
#: Complaints and appeals count only when they concern disclosure.
DISCLOSURE_CONTEXT = re.compile(r"信息公开|政务公开|公开工作")
#: A fee counts only when it is the fee for providing information.
FEE_CONTEXT = re.compile(r"信息公开|依申请|检索|复制|邮寄|提供(?:政府)?信息")
ANY_APPLICATION = re.compile(r"申请")
APPLICATIONS = frozenset({"applications"})


@dataclass(frozen=True)
class ProsePattern:
    """A legacy key, the pattern of its label around ``#`` and the units it takes. With a
    ``context`` or ``topics``, the figure counts only where the sentence (or the one before
    it) matches ``context`` or the text falls under a heading of one of ``topics``."""

    key: str
    pattern: re.Pattern[str]
    units: tuple[str, ...]
    context: re.Pattern[str] | None = None
    topics: frozenset[str] = frozenset()

    def applies(self, context: str, topic: str | None) -> bool:
        """Whether the figure's surroundings allow this key."""
        if self.context is None and not self.topics:
            return True
        in_context = self.context is not None and bool(self.context.search(context))
        return in_context or topic in self.topics


def _p(
    key: str,
    rx: str,
    units: tuple[str, ...],
    context: re.Pattern[str] | None = None,
    topics: frozenset[str] = frozenset(),
) -> ProsePattern:
    return ProsePattern(key, L.joinable(key, re.compile(rx)), units, context, topics)


def _apps(key: str, rx: str) -> ProsePattern:
    """A figure about applications: in an application sentence or the 依申请 section."""
    return _p(key, rx, UNITS_APPS, APPLICATION_CONTEXT, APPLICATIONS)


def _channel(key: str, rx: str) -> ProsePattern:
    """An application channel ("信函申请1条"): in a sentence naming 申请, or the 依申请 section."""
    return _p(key, rx, UNITS_APPS, ANY_APPLICATION, APPLICATIONS)


_A = "legacy.applications"
#: Each prose pattern opens with a literal where it can: the alternation of a unit's patterns
#: is searched at every position of a label otherwise.
_ANS = f"{_A}.answers"
#: Figure labels → legacy keys, most specific first (the first that matches wins); compiled
#: when first read (:func:`__getattr__`).
PROSE_FIGURES: tuple[ProsePattern, ...]


def _prose_figures() -> tuple[ProsePattern, ...]:
    return (
        # documents by disclosure attribute ("政府信息总数2210条，其中主动公开…，依申请公开信息数38条…")
        _p(
            "legacy.info.total",
            # not what was disclosed actively (主动发布信息总量达137条: the active total)
            r"(?<!主动发布)(?<!主动公开)(?:政府信息总数|信息总数|信息总量|制作(?:政府)?信息(?:共计|共)?#)",
            UNITS_DOCS,
        ),
        _p(
            "legacy.info.on_request",
            r"(?<!受理)(?<!收到)(?<!主动和)(?<!主动及)(?<!主动、)依申请公开(?:的)?(?:政府)?信息(?:数)?[^#申请]*#",
            UNITS_DOCS,
        ),
        _p("legacy.info.withheld", r"不予公开(?:的)?(?:政府)?信息(?:数)?[^#]*#", UNITS_DOCS),
        _p("legacy.consultations", r"[咨谘]询[^#]{0,6}#", ("件", "条", "次", "人次")),
        # applications by channel
        _channel(f"{_A}.by_channel.in_person", r"当面[^#]*#"),
        _channel(f"{_A}.by_channel.fax", r"传真[^#]*#"),
        _channel(f"{_A}.by_channel.email", r"(?:电子邮件|电子邮箱)[^#]*#"),
        _channel(f"{_A}.by_channel.online", r"(?:网上|网络|在线|互联网|网站)[^#]*申请[^#]*#"),
        _channel(f"{_A}.by_channel.letter", r"(?:信函|来信|邮寄)[^#]*#"),
        # answers and their reasons
        _apps(f"{_A}.denied_reasons.state_secret", r"国家秘密[^#]*#"),
        _apps(f"{_A}.denied_reasons.commercial_secret", r"商业秘密[^#]*#"),
        _apps(f"{_A}.denied_reasons.privacy", r"个人隐私[^#]*#"),
        _apps(f"{_ANS}.already_public", r"已(?:经)?主动公开[^#]*#"),
        _apps(f"{_ANS}.partial", r"部分公开[^#]*#"),
        _apps(f"{_ANS}.denied", r"(?:不同意公开|不予公开)[^#]*#"),
        _apps(f"{_ANS}.granted", r"(?:同意公开|予以公开)[^#]*#"),
        _apps(f"{_ANS}.not_this_agency", r"(?:不属于本|非本)(?:行政)?(?:机关|单位|部门)[^#]*#"),
        _apps(f"{_ANS}.not_exist", r"不存在[^#]*#"),
        _apps(f"{_ANS}.asked_to_amend", r"(?:更改|补充|补正)[^#]*#"),
        _apps(f"{_ANS}.other_channel", r"其他途径[^#]*#"),
        _apps(f"{_A}.closed_on_time", r"按时办结[^#]*#"),
        _apps(f"{_A}.closed_extended", r"延期办结[^#]*#"),
        _apps(f"{_A}.closed", r"办结[^#]*#"),
        _apps(f"{_A}.answered", r"答复[^#]*#"),
        # review, litigation, appeals, complaints (before "received": "收到行政复议申请2件")
        _p("legacy.review.total", r"复议[^#]*#", UNITS_APPS),
        _p("legacy.litigation.total", r"诉讼[^#]*#", UNITS_APPS),
        _p("legacy.appeals", r"申诉[^#]*#", UNITS_APPS, DISCLOSURE_CONTEXT, APPLICATIONS),
        _p("legacy.complaints", r"(?:举报|投诉)[^#]*#", UNITS_APPS, DISCLOSURE_CONTEXT),
        _p(
            f"{_A}.received",
            r"(?:(?:收到|受理|接收|接到|办理|处理)[^#]*(?:信息公开[^#]*申请|依申请公开|公开申请)"
            r"|(?:信息公开|依申请公开)申请(?:总数|数))[^#]*#",
            UNITS_APPS,
        ),
        # the count before the noun: 共收到4件信息公开申请, 受理2件依申请公开, 收到12件申请人
        # 提出的政府信息公开申请 (not 受理1件申请人…提出的复议)
        _p(
            f"{_A}.received",
            r"(?:收到|受理|接收|接到)#(?:(?:政府)?(?:信息)?(?:公开)?(?:申请(?!人)|依申请)"
            r"|申请人[^#。]{0,10}?公开申请)",
            UNITS_APPS,
        ),
        # a bare "收到申请8件" counts only under the 依申请公开 heading
        _p(
            f"{_A}.received",
            r"(?:(?:收到|受理|接收|接到)[^#]*申请|申请(?:总数|数))[^#]*#",
            UNITS_APPS,
            topics=APPLICATIONS,
        ),
        # responses to public concerns (回应解读)
        _p("legacy.response.interpretations", r"解读[^#]*#", UNITS_DOCS),
        _p("legacy.response.press_conferences", r"新闻发布会[^#]*#", UNITS_TIMES),
        _p("legacy.response.interviews", r"在线访谈[^#]*#", UNITS_TIMES),
        # active disclosure by channel, then its total
        _p(
            "legacy.active.by_channel.gazette",
            r"公报[^#]*(?:公开|发布|刊登|刊发)[^#]*#",
            UNITS_CHANNEL,
        ),
        _p(
            "legacy.active.by_channel.website",
            r"(?:网站|门户网|门户站|政府网)[^#]*(?:公开|发布)[^#]*#",
            UNITS_CHANNEL,
        ),
        _p("legacy.active.by_channel.weibo", r"微博[^#]*(?:公开|发布|推送)[^#]*#", UNITS_CHANNEL),
        _p("legacy.active.by_channel.wechat", r"微信[^#]*(?:公开|发布|推送)[^#]*#", UNITS_CHANNEL),
        _p("legacy.active.normative_docs", r"主动公开[^#]*规范性文件[^#]*#", UNITS_DOCS),
        _p(
            "legacy.active.normative_docs",
            r"^其中[^#]*规范性文件[^#]*#",
            UNITS_DOCS,
            re.compile("主动公开"),
        ),
        # 主动向社会公开(各类)信息37条, not 主动向社会公开征求意见稿6件
        _p(
            "legacy.active.total",
            r"主动公开[^#]*#|主动(?:向社会|对外)公开(?:各类|各项)?(?:政府)?信息(?!公开)[^#]*#",
            UNITS_DOCS,
        ),
        # 全年共主动发布政府信息236条: the year's sum (通过《某报》主动发布信息45条, 简报共主动
        # 发布45条 are a channel's)
        _p("legacy.active.total", r"全年共?主动发布[^#]*#", UNITS_DOCS),
        # under the 主动公开 heading, the year's count of information published (2016年共发布
        # 各类信息247条); a channel's count is named above (…报刊发布各类信息45条 is not this)
        _p(
            "legacy.active.total",
            r"(?<![报刊纸站博信视台])(?:发布|公开)了?(?:各类|各项)(?:政府)?信息#",
            UNITS_DOCS,
            topics=frozenset({"active_disclosure"}),
        ),
        # …, the year's sum without 主动 (2012年度全镇共公开政府信息77条)
        _p(
            "legacy.active.total",
            r"共(?:发布|公开)了?(?:政府)?信息#",
            UNITS_DOCS,
            topics=frozenset({"active_disclosure"}),
        ),
        # organisation, meetings and training
        # 专职人员3名、兼职人员5名 (the word before the figure, not past a 和 that closed an
        # earlier item: 3名专职和2名兼职), or 3名专职 (the word right after it, not a rule:
        # 每个单位至少一名专职人员: :data:`PER_UNIT`); 全职 is 专职 (健全职责 is not); 专兼职 is
        # neither
        _p(
            "legacy.org.staff_fulltime",
            r"(?:专职|全职(?![责能]))[^#兼和及、]*#"
            r"|#(?:(?!其中|含|非|无|未|没有|不设)[^#兼和及、，,(（]){0,8}?(?<![非无])(?:专职|全职(?![责能]))",
            UNITS_PEOPLE,
        ),
        _p(
            "legacy.org.staff_parttime",
            r"(?<!专)兼职[^#专和及、]*#|#兼职",
            UNITS_PEOPLE,
        ),
        _p(
            "legacy.org.staff",
            r"(?:(?:从事|负责)[^#]*(?:公开|政务)[^#]*人员|公开工作人员)[^#]*#",
            UNITS_PEOPLE,
        ),
        _p("legacy.org.units", r"专门机构[^#]*#", ("个",)),
        _p(
            "legacy.org.query_points",
            r"(?:查阅点|查询点|受理点)[^#]*#|#(?:公共)?(?:政府信息)?(?:公开)?(?:查阅点|查询点|受理点)",
            ("个", "处"),
        ),
        _p("legacy.training.trainees", r"(?:培训|参训)[^#]*#", UNITS_PEOPLE),
        _p(
            "legacy.training.classes",
            r"(?:培训[^#]*#|(?:举办|开展|组织)了?#[^#]{0,12}培训)",
            UNITS_TIMES,
        ),
        _p(
            "legacy.training.meetings",
            r"(?:(?:会议|推进会|专题会|联席会|工作会)[^#]*#|召开了?#[^#]{0,12}会)",
            UNITS_TIMES,
        ),
    )


#: Which channels a label names; a label naming several plus "其他" is the "other" channel.
ACTIVE_CHANNELS = (
    ("gazette", re.compile(r"公报")),
    ("website", re.compile(r"网站|门户网|门户站|政府网|政务网")),
    ("weibo", re.compile(r"微博")),
    ("wechat", re.compile(r"微信")),
)
ACTIVE_OTHER_CHANNEL = re.compile(r"其[他它](?:[^。,;，、]{0,6}?)(?:渠道|方式|媒体)")
#: Media that have no channel key (报刊, 电视): a label naming one beside a keyed channel
#: counts several channels together (通过报刊、电视、政务微信等媒体…285条), none of them alone.
UNKEYED_MEDIA = re.compile(
    r"报刊|报纸|电视|广播|电台|杂志|(?<!信息)(?<!网站)(?:宣传|公开|公告)栏(?!目)|显示屏"
)


@dataclass(frozen=True)
class NoneStatement:
    """A sentence saying something did not happen: the keys it sets to 0, its pattern, a
    pattern that, found in the same clause, means the sentence is about something else, and
    the section kinds it is read under (any when empty)."""

    keys: tuple[str, ...]
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    topics: frozenset[str] = frozenset()
    #: a pattern that, found in the clause before the statement, makes it a rule's wording
    #: (确保网上无不予公开信息), not a statement of what happened
    unless_before: re.Pattern[str] | None = None
    #: a …为零 statement: its 0 gives way to a count printed for the key
    weak: bool = False


_NEG = r"(?:没有|未|无)(?!障碍|论)"
#: One character between a 为零 statement's subject and 为零, not a word that makes it about
#: something else than a count of cases (败诉率, 纠错, 逾期答复, 差错).
_NOT_A_COUNT_GAP = (
    r"(?:(?!率|超期|超时|逾期|差错|纠错|败诉|撤销|变更|纠正|不满意|引发|原因|被|责令|重新)[^。,;])"
)
#: The same words before the subject in its list item (超期答复的申请为零, 被纠错的…复议案件为零).
_NOT_A_COUNT_BEFORE = re.compile(
    r"超期|超时|逾期|差错|纠错|败诉|不予|不满意|投诉|原因|未办结|撤销|变更|纠正|责令|重新"
)
#: A count stated as nothing: 为零, 为0 (not 为0.5, 为01, 为0件 — a figure — or 分别为0件和1件).
_IS_NONE = rf"(?<!分别)为[零0](?![\d.、和]|{'|'.join(ALL_UNITS)})"
#: Whom a report says it charged nothing (没有向申请人收取…费用), not 企业 or 群众 in general.
_APPLICANT = r"(?:申请人|申请者|申请单位|依申请公开对象|申请对象|公民、法人或者?其他组织)"
_ABOUT_COSTS = re.compile(
    r"(?:复议|诉讼)(?:相关|有关|而|所)?(?:支出|产生|发生)?的?(?:费用|支出|经费)"
)
#: "未发生…行政复议、行政诉讼" → 0 for both; "未收到…申请" → received 0; "未收费" → 0.
NONE_STATEMENTS: tuple[NoneStatement, ...] = (
    # not the costs of one (未产生…诉讼相关的费用支出)
    NoneStatement(
        ("legacy.review.total",), re.compile(rf"{_NEG}[^。,;]{{0,40}}?复议"), _ABOUT_COSTS
    ),
    NoneStatement(
        ("legacy.litigation.total",), re.compile(rf"{_NEG}[^。,;]{{0,50}}?诉讼"), _ABOUT_COSTS
    ),
    NoneStatement(("legacy.complaints",), re.compile(rf"{_NEG}[^。,;]{{0,30}}?(?:举报|投诉)")),
    # 也无不予公开信息的情况发生, 没有不予公开的政府信息; not 确保网上无不予公开信息 (a rule)
    NoneStatement(
        ("legacy.info.withheld",),
        re.compile(
            r"(?:没有|无|未)(?:发生|出现)?不予公开(?:的)?(?:政府)?信息"
            r"(?:的?(?:情况|事项|发生)|(?=[。,;]|$))"
            # 没有申请公开政府信息和不予公开政府信息的情况: both none
            r"|(?:没有|无)(?<!外,没有)(?<!外,无)(?:依)?申请公开(?:的)?(?:政府)?信息[和及、]不予公开(?:的)?(?:政府)?"
            r"信息的?情况"
        ),
        unless_before=re.compile(r"确保|网上|杜绝|防止|严禁|信息中|之中|除此|之外|以外"),
    ),
    NoneStatement(("legacy.appeals",), re.compile(rf"{_NEG}[^。,;]{{0,40}}?申诉")),
    NoneStatement(
        (f"{_A}.received",),
        re.compile(
            r"(?:没有|未)(?:收到|受理|接到|接收)[^。,;]{0,30}?申请"
            r"|(?:没有|未)(?:发生|产生)[^。,;]{0,16}?(?:依申请公开|公开申请|信息公开申请)"
            # 没有申请公开政府信息(和不予公开政府信息)的情况, 没有依申请公开信息的情况 (not …超期
            # 答复的情况, …被拒绝…的情况, …收费情况)
            r"|(?:没有|无)(?<!外,没有)(?<!外,无)(?:依)?申请公开(?:的)?(?:政府)?信息"
            r"(?:[和及、]不予公开(?:的)?(?:政府)?信息)?"
            r"(?:的?情况|(?=[。,;]|$))"
        ),
        # not about fees (未产生依申请公开信息收费) or review and litigation
        re.compile(
            r"复议|诉讼|申诉|举报|投诉|(?:依申请公开|公开申请)[^。,;及和、也]{0,8}?(?:收费|收取|费用)"
            # applications about hot topics or suggestions (…热点或重大舆情回应的申请)
            r"|(?:热点|舆情|提案|建议)[^。,;及和、]{0,8}?的申请"
        ),
    ),
    NoneStatement(
        ("legacy.fees.amount_wan_yuan",),
        # not 减免收费 (a heading over the fees waived: 依申请公开政府信息减免收费情况);
        # 没有向申请人收取…任何费用, 没有任何信息公开的收费项目; not 邮寄费以外的费用
        re.compile(
            rf"(?:没有|未|无|不|免)(?<!减免)(?:[向对][^。,;收]{{0,10}}?(?:{_APPLICANT}|公众|群众)"
            rf"[^。,;收]{{0,12}}?)?(?:收取|收)"
            r"[^。,;]{0,12}?费"
            r"|免费提供|(?:没有|未)(?:发生|产生)[^。,;]{0,16}?收费"
            # 没有因信息公开收取或减免费用 (not 没有因收取费用引发投诉)
            r"|(?:没有|未)因(?:政府)?(?:信息公开|依申请公开)(?:申请)?而?(?:收取|收)(?:或减免)?(?:任何)?费用?"
            r"|(?:没有|未)因?[^。,;]{0,10}?(?:信息公开|申请)[^。,;]{0,6}?(?:发生|产生)的?收费"
            r"|(?:没有|无)(?:任何)?[^。,;]{0,8}?(?:信息公开|依申请公开)[^。,;]{0,4}?收费项目"
            # 未有收费及减免情况, 没有收费和减免的情况
            r"|(?:没有|未|无)有?(?:任何)?收费(?:[及和与]减免)?的?情况"
            # 没有关于信息公开的收费及减免情况
            r"|(?:没有|无)(?:关于)?[^。,;]{0,8}?(?:信息公开|依申请公开)的?收费(?:[及和与]减免)?的?情况"
        ),
        re.compile(r"以外|之外|除了?"),
        # 仅收取复印费35元，其他未有收费情况 (right before it; not 其他组织…未收费)
        unless_before=re.compile(r"(?:其他|其余|另外?)$"),
    ),
    # …为零: 依申请办理事项为零, 收费和减免为零, 行政复议、行政诉讼为零
    # (not a rate or a kind of case: 差错率为零, 败诉率为零, 逾期答复…为零, 纠错…为零)
    NoneStatement(
        (f"{_A}.received",),
        # the count itself (依申请办理事项为零, 政府信息公开申请为零), not one kind of them
        # (信函申请为零, 申请内容不明确为零, 对申请不予公开的为零)
        re.compile(
            rf"(?:依|公开|信息)申请(?:办理)?(?:事项|数量|件数|总数|数)?(?:均|都)?{_IS_NONE}"
        ),
        re.compile(r"复议|诉讼|收费|费用|减免"),
        unless_before=_NOT_A_COUNT_BEFORE,
        weak=True,
    ),
    NoneStatement(
        ("legacy.fees.amount_wan_yuan",),
        re.compile(rf"(?:收费|费用){_NOT_A_COUNT_GAP}{{0,8}}?{_IS_NONE}"),
        weak=True,
    ),
    *(
        NoneStatement(
            (key,),
            re.compile(rf"{subject}{_NOT_A_COUNT_GAP}{{0,12}}?{_IS_NONE}"),
            unless_before=_NOT_A_COUNT_BEFORE,
            weak=True,
        )
        for key, subject in (("legacy.review.total", "复议"), ("legacy.litigation.total", "诉讼"))
    ),
    # under the fees heading: 没有设立任何收费项目, 未向当事人收取…费用
    NoneStatement(
        ("legacy.fees.amount_wan_yuan",),
        re.compile(
            r"(?:没有|无|未)(?:设立|设置)?(?:任何)?[^。,;]{0,6}?收费项目"
            r"|(?:没有|未|不)向当事人[^。,;收]{0,6}?收取[^。,;]{0,12}?费"
        ),
        topics=frozenset({"fees"}),
    ),
)

#: Every none-statement holds one of these (its opening word, or 为零): a sentence without them
#: has none.
NONE_HINT = re.compile(r"[没未无不免]|为[零0]")

#: Money figures in prose: 收取费用 N 元 / 万元 (in a sentence about providing information).
FEES_LABEL = re.compile(r"(?:收取|收费|费用)[^#]*#")

# ---------------------------------------------------------------- the 2014–2018 统计表

#: The header that opens the national statistics table.
STATS_UNIT_HEADER = re.compile(r"^(?:单位|计量单位)$")
STATS_VALUE_HEADER = re.compile(r"^(?:统计数|数量|数值|本年累计|本年数|全年累计|数据)$")
#: Units printed in the 单位 column.
STATS_UNITS = frozenset(
    {"条", "件", "个", "次", "人", "人次", "万元", "元", "篇", "场", "期", "项", "家", "处", "名"}
)
#: A row label's numbering: "一、", "(一)", "1.", "其中:".
STATS_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d+[.、]|其中[::]?)+"
)

#: Top-level groups of the table (一…九), by their label.
STATS_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("active", re.compile(r"主动公开(?:政府信息)?情况")),
    ("response", re.compile(r"回应解读")),
    ("applications", re.compile(r"依申请公开(?:政府信息)?情况")),
    ("review", re.compile(r"行政复议")),
    ("litigation", re.compile(r"行政诉讼")),
    ("complaints", re.compile(r"举报投诉")),
    ("fees", re.compile(r"收取的?费用")),
    ("org", re.compile(r"机构建设|保障经费情况")),
    ("training", re.compile(r"会议和培训|会议及培训")),
)
#: The group rows that print their own figure, and its key.
STATS_GROUP_KEYS = {
    "review": "legacy.review.total",
    "litigation": "legacy.litigation.total",
    "complaints": "legacy.complaints",
    "fees": "legacy.fees.amount_wan_yuan",
}

_R = "legacy.review"
_L = "legacy.litigation"
#: Rows of each group: key ← label pattern (numbering stripped), specific first. An empty key
#: is a heading row inside a group (it prints no figure). Compiled when first read.
STATS_ROWS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]


def _rows(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(key, label pattern) pairs compiled, in order."""
    return tuple((key, re.compile(rx)) for key, rx in pairs)


def _stats_rows() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    return {
        "active": _rows(
            ("legacy.active.normative_docs", r"^主动公开规范性文件"),
            ("legacy.active.normative_docs_issued", r"^制发规范性文件"),
            ("legacy.active.total", r"^主动公开政府信息数"),
            ("", r"^通过不同渠道和方式公开"),
            ("legacy.active.by_channel.gazette", r"^政府公报"),
            ("legacy.active.by_channel.website", r"^政府网站"),
            ("legacy.active.by_channel.weibo", r"^政务微博"),
            ("legacy.active.by_channel.wechat", r"^政务微信"),
            ("legacy.active.by_channel.other", r"^其他方式"),
        ),
        "response": _rows(
            ("legacy.response.hot_topics", r"^回应公众关注热点|^回应.*舆情"),
            ("", r"^通过不同渠道和方式回应"),
            ("legacy.response.press_conferences_by_head", r"主要负责同志参加新闻发布会"),
            ("legacy.response.press_conferences", r"新闻发布会"),
            ("legacy.response.interviews_by_head", r"主要负责同志参加.*在线访谈"),
            ("legacy.response.interviews", r"在线访谈"),
            ("legacy.response.interpretations", r"政策解读"),
            ("legacy.response.weibo_wechat", r"微博微信"),
            ("legacy.response.other", r"^其他方式"),
        ),
        "applications": _rows(
            (f"{_A}.received", r"^收到申请"),
            (f"{_A}.by_channel.in_person", r"^当面申请"),
            (f"{_A}.by_channel.fax", r"^传真申请"),
            (f"{_A}.by_channel.email", r"^电子邮件申请|^电子邮箱申请"),
            (f"{_A}.by_channel.online", r"^网络申请|^网上申请"),
            (f"{_A}.by_channel.letter", r"^信函申请"),
            (f"{_A}.by_channel.other", r"^其他形式申请|^其他方式申请"),
            (f"{_A}.closed_on_time", r"^按时办结"),
            (f"{_A}.closed_extended", r"^延期办结"),
            (f"{_A}.closed", r"^申请办结"),
            (f"{_A}.answered", r"^申请答复"),
            (f"{_ANS}.already_public", r"已(?:经)?主动公开"),
            (f"{_ANS}.partial", r"^同意部分公开"),
            (f"{_ANS}.granted", r"^同意公开"),
            (f"{_ANS}.denied", r"^不同意公开"),
            (f"{_A}.denied_reasons.state_secret", r"国家秘密"),
            (f"{_A}.denied_reasons.commercial_secret", r"商业秘密"),
            (f"{_A}.denied_reasons.privacy", r"个人隐私"),
            (f"{_A}.denied_reasons.security_stability", r"危及国家安全|三安全一稳定"),
            (f"{_A}.denied_reasons.not_gov_info", r"不是.*所指政府信息|非.*所指政府信息"),
            (f"{_A}.denied_reasons.other_law", r"法律法规规定的其他情形"),
            (f"{_ANS}.not_this_agency", r"^不属于本"),
            (f"{_ANS}.not_exist", r"信息不存在"),
            (f"{_ANS}.asked_to_amend", r"更改补充"),
            (f"{_ANS}.other_channel", r"其他途径"),
        ),
        "review": _rows(
            (f"{_R}.maintained", r"^维持"),
            (f"{_R}.corrected", r"纠错|纠正"),
            (f"{_R}.other", r"^其他情形"),
        ),
        "litigation": _rows(
            (f"{_L}.maintained", r"^维持|驳回"),
            (f"{_L}.corrected", r"纠错|纠正"),
            (f"{_L}.other", r"^其他情形"),
        ),
        "org": _rows(
            ("legacy.org.units", r"专门机构"),
            ("legacy.org.query_points", r"查阅点|查询点"),
            ("legacy.org.staff_fulltime", r"^专职"),
            ("legacy.org.staff_parttime", r"^兼职"),
            ("legacy.org.staff", r"工作人员"),
            ("legacy.org.budget_wan_yuan", r"专项经费|经费"),
        ),
        "training": _rows(
            ("legacy.training.meetings", r"会议"),
            ("legacy.training.classes", r"培训班"),
            ("legacy.training.trainees", r"接受培训|培训人员|培训人数"),
        ),
    }
    #: Keys of the 统计表 whose values are money in 万元.


STATS_MONEY_KEYS = frozenset({"legacy.fees.amount_wan_yuan", "legacy.org.budget_wan_yuan"})
#: Where a local row the national table does not have is kept: ``legacy.extra.<label>``.
STATS_EXTRA_PREFIX = "legacy.extra"


#: The tables compiled when first read: only a legacy report reads its prose figures or its
#: 统计表's rows, and they are most of this module's patterns (a modern report's conversion,
#: and a process's start, never compile them).
_COMPILED_WHEN_READ: dict[str, Callable[[], object]] = {
    "PROSE_FIGURES": _prose_figures,
    "STATS_ROWS": _stats_rows,
}


@cache
def prose_figures_for(unit: str) -> tuple[tuple[ProsePattern, ...], re.Pattern[str] | None]:
    """The patterns of :data:`PROSE_FIGURES` that take ``unit``, in their order, and one
    pattern that searches a text exactly when one of them does (:func:`labels.any_of
    <ogi.interpret.labels.any_of>`, which every prose pattern may join: :func:`_p`; None
    when no pattern takes the unit). Most figures match no pattern (a count of meetings, of
    villages…) and are answered with one search. Built for a unit when a figure first has it
    (an alternation costs about half a millisecond to compile)."""
    taking = tuple(p for p in _read("PROSE_FIGURES") if unit in p.units)
    if not taking:
        return (), None
    return taking, L.any_of(tuple((p.key, p.pattern) for p in taking))


def _read(name: str) -> Any:
    """A table of :data:`_COMPILED_WHEN_READ`, built if not yet (a name inside this module
    does not go through the module's ``__getattr__``)."""
    return globals()[name] if name in globals() else __getattr__(name)


def __getattr__(name: str) -> object:
    """A table of :data:`_COMPILED_WHEN_READ`, compiled at its first reading and kept."""
    build = _COMPILED_WHEN_READ.get(name)
    if build is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = build()
    return value
