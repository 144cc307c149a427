"""Words and patterns every part of the metadata reader shares: level words, date and year
patterns, the endings of a body's name, and how a paragraph of body text looks."""
from __future__ import annotations

import re

from pipeline.clean import CleanText

# The level words a body is named by when the text leaves out its place (市公安局, 县委、县政府).
LEVEL = "自治区|省|市|州|县|区|旗"
_CN_DIGIT = "〇零一二三四五六七八九十两"
_NUM = rf"(?:\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})"
_ZERO_LOOKALIKES = "○OО"  # 二O二四年, 二○二四年: a zero typed as a circle or a letter
YEAR = rf"(?P<year>(?:19|20)\d{{2}}|[{_CN_DIGIT}{_ZERO_LOOKALIKES}]{{4}})"
DATE = re.compile(
    rf"{YEAR}\s*(?:年\s*(?P<m1>{_NUM})\s*月\s*(?P<d1>{_NUM})\s*日"
    rf"|\s?[-/.]\s?(?P<m2>\d{{1,2}})\s?[-/.]\s?(?P<d2>\d{{1,2}})(?!\d))"  # also 2025- 02- 08
)

# A title line stamped with its date: 2024年度新江湾城街道法治政府建设工作报告 2024-12-12, also
# with its publisher: 上海市统计局2019年度法治政府建设情况报告 上海市统计局 2020-06-08.
TITLE_STAMP = re.compile(
    r"(?:(?<=报告|总结)\s*[\u4e00-\u9fff]{2,30}?(?:局|委员会|委|厅|人民政府|办公室)|(?<=[\u4e00-\u9fff）)》]))"
    rf"\s*(?P<dash>[-—–]\s*)?[（(]?{DATE.pattern}[)）]?$"  # also in brackets: …情况报告 (2024-02-26); …现代化 - 2019年09月04日
)

# A byline: a time stamp and the publishing body (2024-08-09 08:46 黄石市司法局, 清水县人民政府 2024年01月08日).
BYLINE = re.compile(
    r"^(?:(?P<stamp>\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?P<org>\S{2,40})?"
    r"|(?P<org2>[\u4e00-\u9fff·]{3,30})\s+(?P<stamp2>\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+来源[:：]\S*)?)?)$"
)

# Issuing bodies end in one of these; longest first so 公安分局 wins over 局.
ORG_SUFFIX = (
    "人民政府办公室|人民政府办公厅|人民政府法制办公室|人民政府|公安分局|分局|公安局|公安厅|管理委员会|管委会|委员会|办公室|办公厅"
    "|人民法院|人民检察院|监督管理局|管理局|服务局|事务局|党组|(?<![格布结开])局(?![面限部势])|厅|常委会|委|办事处|办(?![法理公事])|院|中心"
    "|支队|大队"
)

# Central bodies carry no place name.
CENTRAL_BODY = re.compile(
    r"国务院|最高人民法院|最高人民检察院|审计署|海关总署|国家[\u4e00-\u9fff]{2,12}?总局|(?:司法|公安|财政|民政|外交|国防|教育|科学技术|工业和信息化|自然资源"
    r"|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|应急管理|退役军人事务|人力资源和社会保障|环境保护|国土资源|农业|文化|卫生|监察)部"
    r"|国家(?:卫生健康|发展和改革|民族事务|卫生和计划生育)委员会|国家(?:卫生健康委|卫健委|发展改革委|发改委|民委)"
    r"|国家(?:知识产权|林业和草原|药品监督管理|文物|能源|烟草专卖|移民管理|医疗保障|粮食和物资储备|邮政|中医药管理"
    r"|外汇管理|矿山安全监察|消防救援|数据|疾病预防控制|统计|档案|保密|信访)局|中国人民银行"
    r"|中央全面依法治国委员会(?:办公室)?|中央依法治国办"
    r"|人社部|人力资源社会保障部|住建部|工信部|科技部|文旅部"  # a ministry by its short name (人社部:2015年一季度…)
)

# Bodies a text names by level only (市公安局, 县自然资源局, 现将市人社局…): the place is found
# in the rest of the text; common short forms are spelled out.
_RELATIVE = rf"(?P<level>{LEVEL})(?P<org>人民政府|[\u4e00-\u9fff]{{1,12}}?(?:{ORG_SUFFIX}))"
RELATIVE_ORG = re.compile(rf"^{_RELATIVE}$")
RELATIVE_AT_START = re.compile(_RELATIVE)  # 区司法局开展宪法宣传周活动, 省公安厅…年度报告
# Genres of official documents that are not reports (a 关于… title ends in one of them; a text
# titled so is no annual report). clean._TITLE_END is narrower on purpose: 规定, 办法 and 计划
# often end a line that a PDF broke mid-sentence.
NOTICE_GENRES = "通知|通报|意见|办法|规定|细则|方案|决定|公告|通告|批复|答复|请示|要点|计划"

TOWNSHIP = re.compile(r"^(?![我本该全各])[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|苏木)$")  # not 我镇, 全乡: the speaker, not a name
WEBSITE = re.compile(r"(?:门户网站|官方网站|网站|官网|政务网|政府网)$")
# …报告, …工作主要情况, …2025年工作总结和2026年工作计划: a year's report, also with next year's plan after it
REPORT_TITLE = re.compile(
    r"(?:报告|总结|报告书|总结汇报|工作[^，,。]{0,4}情况|建设情况|总结(?:以及|和|暨|及|与)[^，,。]{0,20}(?:计划|安排|打算|思路|谋划|要点|规划)"
    r"|工作(?:亮点|亮點|回顾)(?:以及|和|暨|及|与)[^，,。]{0,20}(?:重点|重點|计划|安排|打算|思路|要点))$"  # …2019年工作亮点及2020年工作重点
)
# not …和二〇三五年远景目标纲要: a goal; not the end of a span (《…纲要(2021—2025年)》实施方案)
YEAR_IN_TITLE = re.compile(rf"(?<!\d)(?<!\d[—–\-~－至])(?<!\d[—–\-~－至]\s){YEAR}\s*年(?!远景目标)")

# What bodies do in news: a headline that reports an act (省政府党组召开会议审议2019年度…报告) is
# news, and a phrase that holds one (蓬溪县法治政府建设推进会在县公安局) is no organisation's name.
ACTS = "召开|开展|举行|举办|部署"
# a work report delivered to a congress: 我代表县人民政府，向大会报告工作
DELIVERING = re.compile(r"我代表(?P<org>[\u4e00-\u9fff]{2,30}?)[，,]?\s*向(?:大会|本次大会)(?:作|报告)")
BUREAU_SELF = re.compile(r"(?:我|本)(局|委|厅)(?![\u4e00-\u9fff]{0,2}(?:会议|委员))")  # 我局, not 我委员会
NEWS_MARKERS = re.compile(r"发布时间|发布于|责任编辑|记者|通讯员|评论员|来源\s*[:：]|阅读次数|浏览次数|讯[（(]|日电|本报")
_BODY_MIN = 60


def paragraphs_of(cleaned: CleanText) -> list[tuple[int, str]]:
    """(clean start offset, text) of every non-empty paragraph."""
    result, start = [], 0
    for part in cleaned.text.split("\n"):
        if part.strip():
            result.append((start, part))
        start += len(part) + 1
    return result


def is_body(text: str) -> bool:
    return len(text) >= _BODY_MIN or ("。" in text and ("，" in text or "," in text))


def body_start(paragraphs: list[tuple[int, str]]) -> int:
    return next((index for index, (_, text) in enumerate(paragraphs) if is_body(text)), 0)


# A yearbook's entry: a bracketed subject, then the year it covers (【概况】 2018年,…, 【人民调解】2020年,…)
YEARBOOK_ENTRY = re.compile(r"^\s*【(?P<subject>[\u4e00-\u9fff]{2,10})】\s*(?:19|20)\d{2}\s*年度?[，,]", re.MULTILINE)
