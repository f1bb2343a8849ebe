"""Is a readable document an OGI annual report at all? A notice, a 解读 page or any other
document gets a clear ``NOT_A_REPORT`` verdict instead of being forced into the schema."""

from __future__ import annotations

from ogi.interpret import labels as L
from ogi.interpret.templates import subsections_named
from ogi.report import Report, Section

MIN_REPORT_SECTIONS = 3
#: The 条例 of 2007 came into force on 1 May 2008: the first reports cover May–December.
FIRST_REPORT_YEAR = 2008
#: A first line this long or shorter, without a full stop, is read as a title.
MAX_TITLE_CHARS = 60
#: How much of a first 概述 section is read as the report's introduction.
OVERVIEW_CHARS = 600
#: How much of the preamble an introduction is looked for in.
INTRO_CHARS = 1000


def not_a_report(report: Report) -> str | None:
    """Why ``report`` is not an annual report, or None when it is one."""
    title = L.norm(report.meta.title or "")
    if title and L.COMPANION_TITLE.search(title):
        return f"the title {report.meta.title!r} names a companion document, not the annual report"
    if any(c.source.get("kind") == "table" for c in report.cells):
        return None
    first = _first_line(report.preamble)
    if (
        L.NOTICE_FIRST_LINE.search(first)
        and _companion_first_line(report.preamble)
        and title not in first
    ):  # 关于做好…统计工作的通知 over a body quoting a report's 《title》
        return f"the first line {first[:60]!r} names a notice, not the annual report"
    if title and _news_item(title, report):
        return f"the title {report.meta.title!r} heads a news item about the report, not the report"
    first = _first_line(report.preamble)
    if L.INTERPRETATION_FIRST_LINE.match(first) and "报告" in first:  # 文字解读:…年度报告
        return (
            f"the first line {first[:60]!r} names an interpretation of the report, not the report"
        )
    head = (
        title + L.norm(report.preamble[:3000]) + "".join(L.norm(s.title) for s in report.sections)
    )
    companion = _companion_first_line(report.preamble)
    if report.sections and report.sections[0].kind == "overview" and not companion:
        # a legacy report's introduction is often the text of its 一、概述
        head += L.norm(report.sections[0].text[:OVERVIEW_CHARS])
    if L.STATUTE_DUTY_RE.search(head):
        head = L.STATUTE_DUTY_RE.sub("", head)
    if L.REPORT_WORDS.search(head) or _titled_work_report(title or report.preamble):
        return None
    known = {s.kind for s in report.sections} - {"legacy_other"}
    if len(known) >= MIN_REPORT_SECTIONS:
        return None
    if known and (_introduces_report(report.preamble) or _announces_report(report.preamble)):
        return None
    # two standard sections found and a whole year's statistics period printed (统计期限自
    # 1月1日起至12月31日止), under no first line naming a companion (…上半年…总结)
    period = report.meta.period
    # (or the rest of the year the 条例 came into force: 2008年5月1日至2008年12月31日)
    whole_year = (
        period is not None
        and period.start is not None
        and period.end is not None
        and period.end[4:] == "-12-31"
        and (period.start[4:] == "-01-01" or period.start == f"{FIRST_REPORT_YEAR}-05-01")
        and period.start[:4] == period.end[:4]
    )
    if len(known) >= 2 and whole_year and not _companion_first_line(report.preamble):
        return None
    # one standard section under an introduction that calls itself the report under the
    # 条例 over a whole year (本报告根据《条例》…统计期限为2021年1月1日至2021年12月31日): a page
    # cut after its first section
    # (under no title line naming another document: 法治政府建设年度报告, 部门决算…)
    other_title = _titled(report.preamble) and not _report_first_line(report.preamble)
    if known and whole_year and not other_title and _calls_itself_report(report.preamble):
        return None
    # a page cut to its 一、总体情况, whose subsections are the 2021 guidelines' own ((一)主动
    # 公开 (二)依申请公开 (三)政府信息管理 (四)平台建设 (五)监督保障), under no title line naming
    # another document (a 工作总结 or 上半年 summary prints its own)
    if len(report.sections) <= 2 and not other_title and _standard_overview(report):
        return None
    # a later page of a report split over several (五、…六、…七、…): sections in sequence from
    # above 一, two of a known kind, figures read, under no title of another document
    if not other_title and report.cells and _fragment(report.sections, known):
        return None
    # a page cut to its body: nothing printed before 一、总体情况 (a portal's label rows
    # aside), whose text tells the year's disclosure under the 条例 (2021年，…根据《中华人民共和国
    # 政府信息公开条例》…): the title was left on the page above
    if not report.preamble.strip() and report.meta.year is not None and _overview_cites(report):
        return None
    return "readable, but no annual-report title, standard table or report sections were found"


def _news_item(title: str, report: Report) -> bool:
    """Whether a page is news about the report: a headline X发布2016年…年度报告 with an editor
    or a newspaper named, or a meeting's (召开…年报编制部署会), and none of the report's own parts (no three sections of a known
    kind, no introduction calling itself the report)."""
    meeting = L.MEETING_TITLE_RE.search(title) is not None  # 召开…年报编制部署会
    headline = L.NEWS_HEADLINE_RE.match(title) and L.NEWS_MARKERS_RE.search(report.preamble)
    if not meeting and not headline:
        return False
    known = {s.kind for s in report.sections} - {"legacy_other"}
    head = L.norm(report.preamble[:INTRO_CHARS])
    return len(known) < MIN_REPORT_SECTIONS and L.SELF_REPORT_RE.search(head) is None


def _introduces_report(preamble: str) -> bool:
    """An introduction that calls itself the report and lists the report's standard parts
    (编制本报告。本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况…),
    under no first line naming a companion document (…上半年工作总结, …解读)."""
    head = L.norm(preamble[:3000])
    if L.SELF_REPORT_RE.search(head) is None or _companion_first_line(preamble):
        return False
    if L.UNIVERSITY_RULES in head:
        return False  # a university's report (学校信息主动公开情况…): not in this schema's scope
    parts = max(
        len(set(L.STANDARD_SECTION_TITLE.findall(head))),
        len(set(L.LEGACY_PART_NAMES.findall(head))),
    )
    return parts >= MIN_REPORT_SECTIONS


def _calls_itself_report(preamble: str) -> bool:
    """An introduction that says 本报告 and cites the disclosure 条例, under no first line
    naming a companion document."""
    head = L.norm(preamble[:INTRO_CHARS])
    cites = L.CITES_REGULATION_RE.search(head) is not None
    return (
        cites and L.SELF_REPORT_RE.search(head) is not None and not _companion_first_line(preamble)
    )


def _standard_overview(report: Report) -> bool:
    """Whether the first section is an overview with at least three of the standard
    subsections of the 2021 guidelines."""
    if not report.sections or report.sections[0].kind != "overview":
        return False
    titles = [sub.title for sub in report.sections[0].subsections]
    return len(subsections_named(titles, L.OVERVIEW_SUBSECTIONS_RE)) >= MIN_STANDARD_SUBSECTIONS


def _fragment(sections: list[Section], known: set[str]) -> bool:
    """Whether the sections start above 一 and run on, at least three of them, two of a
    known kind, no two titled as a plan's tasks (二、推进主动公开 / 三、规范依申请公开) and none
    about part of the year (上半年, 1-6月) — not a page of a work plan or a half-year summary."""
    first = L.cn_number(sections[0].number) if sections else None
    if first is None or first < 2 or len(sections) < MIN_REPORT_SECTIONS or len(known) < 2:
        return False
    planned = sum(1 for s in sections if L.PLAN_TITLE_RE.match(L.norm(s.title)))
    words = "".join(s.title + s.text[:OVERVIEW_CHARS] for s in sections)
    return planned < 2 and L.FRAGMENT_PART_YEAR_RE.search(L.norm(words)) is None


def _overview_cites(report: Report) -> bool:
    """Whether the first section is the overview, its opening text cites the disclosure
    条例, and the page shows a report's parts: a section on active disclosure or requests
    (二、主动公开情况), or the overview's subsections on them ((一)主动公开方面 (二)依申请公开方面)
    — not a work summary, a self-inspection or a plan cut to its body (二、主要做法,
    二、存在的问题, 二、重点任务)."""
    if not report.sections or report.sections[0].kind != "overview":
        return False
    first = report.sections[0]
    text = first.text + "".join(sub.text for sub in first.subsections[:1])
    head = L.norm(text[:OVERVIEW_CHARS])
    if L.CITES_REGULATION_RE.search(head) is None:
        return False
    parts = {s.kind for s in report.sections} & REPORT_PART_KINDS
    named = subsections_named([sub.title for sub in first.subsections], L.OVERVIEW_SUBSECTIONS_RE)
    return bool(parts) or len(named) >= 2


#: Sections only a disclosure report has (a work summary's are its own).
REPORT_PART_KINDS = frozenset({"active_disclosure", "applications", "review_litigation"})


#: How many standard overview subsections make a page cut to its overview a report.
MIN_STANDARD_SUBSECTIONS = 3


def _announces_report(preamble: str) -> bool:
    """An introduction about disclosure work that announces the report below it (依据《…政府
    信息公开条例》…编制本报告; 现将…信息公开工作总结报告如下), not a part of the year's or a
    companion's (上半年, 季度, 解读), under no first line naming a companion document."""
    head = L.norm(preamble[:INTRO_CHARS])
    return (
        L.REPORT_INTRO.search(head) is not None
        and ("信息公开" in head or "政务公开" in head)
        and L.PART_YEAR_INTRO.search(head) is None
        and not _companion_first_line(preamble)
    )


def _titled_work_report(title_or_text: str) -> bool:
    """Whether the title (or, with none, the first line) names the year's disclosure work a
    情况的报告 (关于2016年度全县政府信息公开工作情况的报告), not a part of the year's."""
    first = _first_line(title_or_text)
    return L.REPORT_TITLE_WORDS.match(first) is not None and not L.PART_OF_YEAR.search(first)


def _report_first_line(preamble: str) -> bool:
    """Whether the first line names an annual disclosure report (…政务公开工作年度报告 too),
    not a part of the year or a companion."""
    first = _first_line(preamble)
    return L.ANNUAL_REPORT_LINE.search(first) is not None and not _companion_first_line(preamble)


def _titled(preamble: str) -> bool:
    """Whether the text opens with a title line (short, no full stop), not a portal's column
    name (信息公开, 政府信息公开年报)."""
    first = _first_line(preamble)
    column = L.COLUMN_NAME_RE.fullmatch(first) is not None
    return bool(first) and len(first) <= MAX_TITLE_CHARS and "。" not in first and not column


def _first_line(text: str) -> str:
    """The first line of a text, in its matching form."""
    return L.norm(text.split("\n", 1)[0])


def _companion_first_line(preamble: str) -> bool:
    """Whether the first line, read as an unrecognised title (short, no full stop), names a
    companion document (…上半年…总结, …解读)."""
    first = _first_line(preamble)
    titled = len(first) <= MAX_TITLE_CHARS and "。" not in first
    return titled and L.COMPANION_TITLE.search(first) is not None
