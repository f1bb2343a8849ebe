"""The official table layouts of the annual-report formats (国办公开办函〔2019〕60号 and
〔2021〕30号), as fixtures for rendering samples in other formats.

The Chinese labels are deliberately written out from the official templates, not imported
from the parser's vocabulary: a fixture that reused the code under test would prove nothing.
The canonical key layout (which columns a table has) comes from ``ogi.layout``, its one place.
"""

from __future__ import annotations

from ogi.layout import T2_COLUMNS as LAYOUT_T2_COLUMNS

T1_2019 = [
    (
        "第二十条第(一)项",
        ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
        [("规章", "regulations"), ("规范性文件", "normative_documents")],
        ["made", "published", "total_published"],
    ),
    (
        "第二十条第(五)项",
        ["上一年项目数量", "本年增/减", "处理决定数量"],
        [("行政许可", "licensing"), ("其他对外管理服务事项", "other_services")],
        ["prev_items", "change", "decisions"],
    ),
    (
        "第二十条第(六)项",
        ["上一年项目数量", "本年增/减", "处理决定数量"],
        [("行政处罚", "punishment"), ("行政强制", "coercion")],
        ["prev_items", "change", "decisions"],
    ),
    (
        "第二十条第(八)项",
        ["上一年项目数量", "本年增/减"],
        [("行政事业性收费", "fees")],
        ["prev_items", "change"],
    ),
    (
        "第二十条第(九)项",
        ["采购项目数量", "采购总金额"],
        [("政府集中采购", "procurement")],
        ["items", "amount_wan_yuan"],
    ),
]
T1_2021 = [
    (
        "第二十条第(一)项",
        ["本年制发件数", "本年废止件数", "现行有效件数"],
        [("规章", "regulations"), ("行政规范性文件", "normative_documents")],
        ["made", "repealed", "in_force"],
    ),
    ("第二十条第(五)项", ["本年处理决定数量"], [("行政许可", "licensing")], ["decisions"]),
    (
        "第二十条第(六)项",
        ["本年处理决定数量"],
        [("行政处罚", "punishment"), ("行政强制", "coercion")],
        ["decisions"],
    ),
    (
        "第二十条第(八)项",
        ["本年收费金额(单位:万元)"],
        [("行政事业性收费", "fees")],
        ["amount_wan_yuan"],
    ),
]

T2_COLUMNS = list(LAYOUT_T2_COLUMNS)
T2_HEADER_NOTE = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
T2_APPLICANTS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

# (group label or None, [(row label, key)])
T2_RESULT_GROUPS = [
    (
        None,
        [
            ("(一)予以公开", "results.granted"),
            ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "results.partial"),
        ],
    ),
    (
        "(三)不予公开",
        [
            ("1.属于国家秘密", "results.denied.state_secret"),
            ("2.其他法律行政法规禁止公开", "results.denied.law_prohibited"),
            ("3.危及“三安全一稳定”", "results.denied.security_stability"),
            ("4.保护第三方合法权益", "results.denied.third_party"),
            ("5.属于三类内部事务信息", "results.denied.internal_affairs"),
            ("6.属于四类过程性信息", "results.denied.process_info"),
            ("7.属于行政执法案卷", "results.denied.enforcement_file"),
            ("8.属于行政查询事项", "results.denied.admin_query"),
        ],
    ),
    (
        "(四)无法提供",
        [
            ("1.本机关不掌握相关政府信息", "results.unable.not_held"),
            ("2.没有现成信息需要另行制作", "results.unable.needs_creation"),
            ("3.补正后申请内容仍不明确", "results.unable.unclear"),
        ],
    ),
    (
        "(五)不予处理",
        [
            ("1.信访举报投诉类申请", "results.not_processed.petition"),
            ("2.重复申请", "results.not_processed.repeat"),
            ("3.要求提供公开出版物", "results.not_processed.publication"),
            ("4.无正当理由大量反复申请", "results.not_processed.excessive"),
            ("5.要求行政机关确认或重新出具已获取信息", "results.not_processed.confirm_reissue"),
        ],
    ),
]
T2_OTHER_SINGLE = ("(六)其他处理", "results.other.subtotal")
T2_OTHER_2021 = (
    "(六)其他处理",
    [
        (
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "results.other.no_correction",
        ),
        (
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "results.other.unpaid_fee",
        ),
        ("3.其他", "results.other.misc"),
    ],
)
T2_TOTAL = ("(七)总计", "results.total")
T2_TOP = [
    ("一、本年新收政府信息公开申请数量", "new_received"),
    ("二、上年结转政府信息公开申请数量", "carried_over"),
]
T2_RESULTS_LABEL = "三、本年度办理结果"
T2_FORWARD = ("四、结转下年度继续办理", "carried_forward")

T3_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
T3_COLUMNS = ["maintained", "corrected", "other", "pending", "total"]
T3_PARTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

SECTION_TABLE = {"active_disclosure": 1, "applications": 2, "review_litigation": 3}
