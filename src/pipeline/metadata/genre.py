"""What kind of text it is (annual report, news, other) and the year it reports on."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from pipeline.clean import CleanText
from pipeline.metadata.dates import chinese_or_arabic_int, find_date, year_value
from pipeline.metadata.header import Header
from pipeline.metadata.titles import is_report_title
from pipeline.metadata.vocabulary import (
    ACTS,
    DELIVERING,
    NEWS_MARKERS,
    NOTICE_GENRES,
    YEAR,
    YEARBOOK_ENTRY,
    YEAR_IN_TITLE,
    is_body,
)

ANNUAL_REPORT, NEWS, OTHER = "annual_report", "news", "other"

# A government work report is delivered early in the year after the one it reviews; one delivered
# from this month on reviews the year it is delivered in (汉南区, 2020年12月24日).
LATE_DELIVERY_MONTH = 10
# …实施方案(2021—2025年), …指标体系(2021年版): a document's genre, its edition or span after it
# A gazette's issue (2022年政府公报第5期, 苏州市人民政府公报 公报第5期(总第173期))
GAZETTE_ISSUE = re.compile(r"公报\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:第?\d+(?:\s*[-—–]\s*\d+)?期|[（(]?总第\d+期)")  # also 公报2019年1-3期
# A title that names another genre: a notice, plan, reading, guide (信息公开指南), a plan's proposal
# (…规划的建议), a rectification report (…问题整改工作进展情况, not …建设情况及…整改情况), a gazette's
# issue, a forwarded plan (省委、省政府转发《…规划》)
_OTHER_GENRE_TITLE = re.compile(
    rf"(?:解读|{NOTICE_GENRES}|(?<!通过)决议|情况分析|工作谋划|讲话|講話|状况公报|函|条例|规划|纲要|公示|规则|指标体系|倡议书|一封信|指南|规划的建议|典型案例|第[一二三四五六七八九十百\d]{1,4}批|主要职责|情况表|一览表|分解表|清单|情况说明|研究|的思考|思考与实践"
    r"|预案|业务数据|数据情况|汇总表|自评报告|重点工作任务|思考及建议|(?:一季度|上半年|前三季度)[^，,。]{0,10}(?:完成|落实)情况)"
    r"(?:[（(][^（()）]{1,16}[）)]){0,2}(?:全文)?$"  # also …规划(2026-2030年)(草案)
    rf"|^[^及]*整改(?:工作)?(?:进展)?情况$|{GAZETTE_ISSUE.pattern}|^[^，,。]{{0,20}}转发《[^》]+》$"
)
# 整改率96.5% 2023年全省应急管理成果通报: a headline that leads with a figure reports on a notice
_FIGURE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{1,8}\d+(?:\.\d+)?%")
_REPORT_WORDS = re.compile(r"(?:法治政府|依法行政|法治建设|政府工作|工作)(?:.*)(?:报告|总结|情况)")
_REPORT_PHRASE = re.compile(
    r"(?:报告|汇报|总结)如下|报告如次|特此报告|现将.{0,30}(?:报告|汇报)"
    rf"|{DELIVERING.pattern}"
)

# A news item may open straight on its event: 吴忠市水务局于2025年6月25日组织开展了…
_EVENT_OPENING = re.compile(
    r"于?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,30}?(?:组织|召开|开展|举办|举行|启动|莅临|督导|调研|检查)"
    r"|(?:^|[，,])(?:\d{1,2}月\d{1,2}[日号]|昨日|昨天|今天|今日)(?:上午|下午|晚)?[，,][^。]{2,100}?(?:召开|举行|举办|开展|组织|发布|公布)",
    re.MULTILINE,  # also under a caption line: (资料图片) / 8月5日下午,海口市公安局召开…
)
_NEWS_HEADLINE = re.compile(rf"{ACTS}|审议|听取|推进会|座谈会|发布|启动|出台|获评|荣获|命名|入选")  # 国家卫健委发布2020年度…报告

# An official's own 述法 report, and a policy reading: other genres.
_PERSONAL_DUTY = re.compile(r"本人.{0,20}(?:履行|履职)")
# not 政策解读742条 (a count), nor 定期发布政策解读、典型案例… (news of what a body publishes)
_EXPLAINS = re.compile(r"作(?:如下|以下)解读|解读如下|^[^\n，,。、]{0,40}政策解读(?!\s*\d)[^\n，,。、]{0,40}$", re.MULTILINE)
# A headline on an event held: 自治区法治政府建设新闻发布会召开.
_HELD = re.compile(r"(?:会|会议|仪式|活动|培训班|论坛)(?:在[\u4e00-\u9fff]{2,10})?(?:召开|举行|举办|开班|开幕)$")
# 六盘水年鉴2017, 遂宁年鉴(2021)…: a yearbook's page, not news of one (…年鉴编纂工作会议, …年鉴出版发行)
_YEARBOOK = re.compile(r"^(?!.*(?:会议|出版|发行|编纂|首发))[^，,。]{0,12}年鉴\s*[（(]?(?P<year>(?:19|20)\d{2})")
_REPLY_TO_DEPUTIES = re.compile(r"(?:建议|提案)[^，,。]{0,20}办理情况(?:的)?报告$")
# 湖南曝光15起…典型案例: a headline counting or exposing cases is news of them, not their list
_CASES_REPORTED = re.compile(r"(?:曝光|\d+起|入选)[^，,。]*典型案[例件]")  # also 48个案件入选全国典型案例
# Reports of other genres that are yearly too.
# 市人大常委会表决通过关于…的决议, 县委常委会研究部署2024年工作谋划: news of a body acting on a document
_ACT_ON_DOCUMENT = re.compile(r"(?:表决|审议|研究|部署|召开|听取)[^，,。]{0,30}(?:决议|工作谋划)$")
# statistics, budgets, and a half-year's own summary (not news of one published: …联合发布…半年分析报告)
_OTHER_YEARLY = re.compile(r"统计公报|预算执行|决算|^(?!.*(?:发布|公布|通报|召开)).*(?:上半年|半年)[^，,。]{0,12}(?:总结|报告)$")
# A government's yearly report on its information disclosure (政府信息公开工作年度报告) is a yearly
# work report: every annotator who met one unprompted typed it annual_report.
_DISCLOSURE_REPORT = re.compile(r"信息公开(?:工作)?(?:年度)?报告|信息公开(?:工作)?年报")
_PUBLISHES_REPORT = re.compile(r"(?:发布|公布)了?\s*(?:19|20)\d{2}")  # 贵州省发布2016年政府信息公开工作年度报告: news of it

# A plan's own span after its name: …实施方案(2021—2025年)
_PLAN_SPAN = re.compile(  # also inside the name of the plan a notice issues (…方案(2021—2025年)》的通知), or a draft
    r"[（(](?P<year>(?:19|20)\d{2})\s*年?\s*[—–\-~－至]+\s*(?:19|20)\d{2}\s*年?[）)](?:》?(?:的通知)?|[（(](?:草案|征求意见稿|送审稿|试行)[）)])$"
)
# The reports a people's congress hears each year (annotators: 220 of 224 titles so ending are yearly
# reports), not news of the session or of deputies discussing one (代表们分组审议市人民检察院工作报告)
# 巴哈尔古丽•赛买提院长作2020年度新疆高院工作报告: a headline on a report's delivery, not the report
_DELIVERS = re.compile(r"(?:院长|检察长|省长|市长|县长|区长|州长|主任|主席)[\u4e00-\u9fff·•]{0,10}(?<!工)作[^，,。]{0,30}报告$")  # not 主席团工作报告
_CONGRESS_REPORT_TITLE = re.compile(
    rf"^(?!.*(?:开幕|闭幕|召开|举行|审议|热议|讨论|听取|学习|解读|聚焦|点赞)|.*{_DELIVERS.pattern})"
    r".*(?:政府|常务委员会|常委会|人民法院|人民检察院)(?:(?:19|20)\d{2}年)?工作[报報]告(?:[（(][^（()）]{1,8}[）)])?$"
)
# A government work report's own title, not a document about one (2020年市《政府工作报告》重点工作督查方案)
_WORK_REPORT_TITLE = re.compile(r"(?:政府|法院|检察院|常务委员会)(?:(?:19|20)\d{2}年)?工作报告(?:[（(][^（()）]{1,8}[）)])?$")  # also 金坛区政府2024年工作报告
# A year the text names, but not the end of a span (2016-2020年, 2018至2020年); 截至2020年 is one.
_NAMED_YEAR = re.compile(r"(?<![\d—–\-~－])(?<![^截]至)(?P<year>(?:19|20)\d{2})\s*年(?!远景)")  # not 2035年远景目标: a goal
# The national days of law count from their first year: 第十个国家宪法日 was in 2023.
# Days and months observed every year since a known first one: 第37个国际禁毒日 → 2024
_FIRST_LAW_DAY = {
    "国家宪法日": 2014, "宪法宣传周": 2018, "全国法制宣传日": 2001,
    "国际禁毒日": 1988, "国际消费者权益日": 1983, "全民国家安全教育日": 2016, "世界知识产权日": 2001,
    "安全生产月": 2002, "全国防灾减灾日": 2009, "全国交通安全日": 2012,
}
_LAW_DAYS = re.compile(rf"第(?P<ordinal>[一二三四五六七八九十\d]{{1,3}})个[“\"]?(?P<day>{'|'.join(_FIRST_LAW_DAY)})")
# A campaign named for its year: “雷火2023”, ‘砺剑2023’, “陇风-2020”, “云剑”2020
_CAMPAIGN_YEAR = re.compile(
    r"[“‘\"「][\u4e00-\u9fff]{2,4}(?:[-—·][\u4e00-\u9fff]{2,4})?"
    r"(?:[-—·]?(?P<year>20\d{2})[”’\"」]|[”’\"」][-—·]?(?P<after>20\d{2})(?![\d\u4e00-\u9fff]))"
)


def _campaign_year(match: re.Match[str]) -> int:
    return int(match.group("year") or match.group("after"))
# The party congresses and plenary sessions a news item studies date it: 学习贯彻党的十九届四中全会
# 精神 on 12月18日 was news in 2019, on 3月6日 in 2020 (the session met in October 2019).
_CONGRESS_MET = {"十八": (2012, 11), "十九": (2017, 10), "二十": (2022, 10)}
_PLENUM_MET = {
    "十八": {"一": (2012, 11), "二": (2013, 2), "三": (2013, 11), "四": (2014, 10), "五": (2015, 10), "六": (2016, 10), "七": (2017, 10)},
    "十九": {"一": (2017, 10), "二": (2018, 1), "三": (2018, 2), "四": (2019, 10), "五": (2020, 10), "六": (2021, 11), "七": (2022, 10)},
    "二十": {"一": (2022, 10), "二": (2023, 2), "三": (2024, 7), "四": (2025, 10)},
}
# 十八届三中、四中、五中全会: the last one named; 党的十八大以来 is since, not when
_PLENUM = re.compile(r"(?P<congress>十八|十九|二十)届(?:[一二三四五六七]中[、和及])*(?P<session>[一二三四五六七])中全会(?!以来)")
_CONGRESS = re.compile(r"(?P<congress>十八|十九|二十)大(?!以来)")
# 十四届全国人大二次会议: the National People's Congress meets each March, its term's first year below
_NPC_TERM_BEGAN = {"十二": 2013, "十三": 2018, "十四": 2023}
# not 民法典由十三届全国人大三次会议审议通过: a law's passage, not the session an item studies
_NPC_SESSION = re.compile(r"(?P<term>十二|十三|十四)届全国人(?:大|民代表大会)第?(?P<session>[一二三四五])次会议(?!\s*(?:审议|表决)?通过)")
_NPC_MONTH = 3
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<month>\d{1,2})月\d{1,2}[日号]")
# A headline's year, not a span's end (2020年度宁波…, ——2019,四川公安…; not 2016—2020年)
_HEADLINE_YEAR = re.compile(r"(?<![\d–\-~－至])(?<!\d—)(?<!\d年—)(?<!\d——)(?P<year>(?:19|20)\d{2})(?:\s*年|[,，])(?![\d—–\-~－至])")
EARLY_MONTHS = 4  # a news item this early in a year may review the year before (2: 3 fewer right of 1,760)
# A news item dated this early names only a case's past (1988年5月21日的命案); no report is older
# than the tables' floor.
# 本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止: the year a disclosure report counts
_STATISTICS_PERIOD = re.compile(rf"统计期限[为是自从]?\s*{YEAR}\s*年\s*1\s*月\s*1\s*日起?\s*(?:至|到)\s*(?:(?P=year)\s*年\s*)?12\s*月\s*31\s*日")
# 2025年是“十四五”规划收官之年: a five-year plan's last year, when the text prints no other year
_PLAN_CLOSE = re.compile(r"(?:“|‘)?十(?P<plan>[一二三四五六七八九])五(?:”|’)?(?:规划|規劃)?(?:的)?收官|收官(?:“|‘)?十(?P<plan2>[一二三四五六七八九])五")
_PLAN_LAST_YEAR = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
_EARLIEST_NEWS_YEAR = 2000
_EARLIEST_REPORT_YEAR = 1990
# News of a meeting held (召开常务会议, 述法评议会) dates itself by the meeting, not the year it reviews
_MEETING_HELD = re.compile(r"召开[^，,。]{0,30}会议?|常务会议|述法|座谈会|推进会|部署会|评议会")
# A news item reposted with its outlet's credit: 山东法制传媒网:今年以来,…
_MEDIA_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:网|报|台|社)[:：]")
# What marks a text without a headline as a document of another kind: a disclosure report, a
# yearbook entry, a plan or its reading, a draft for comment, an open letter, a notice
_OTHER_MARKS = re.compile(
    r"年鉴|[【〔]概况[】〕]|\d{4}卷|解读|征求意见|公开信|朋友[们]?[:：]|各[^\n。]{1,30}[:：]\n"
    r"|本(?:方案|通知|规划|条例|办法|要点|意见|细则|规定)|(?:方案|通知|规划|条例|办法|要点)(?:如下|》?$)|印发"
    r"|(?:工作|的)总体要求是|现向社会公开征集|(?:结果|情况|意见)反馈如下",  # …的总体要求是: a year's work plan; 现向社会公开征集…: a call
    re.MULTILINE,  # a genre word as a document's own name (本方案, …通知如下), not 追捕方案, 民警通知我
)
_GUIDED = re.compile(r"坚持以习近平")  # how a year's work report opens on its year (2022年,…坚持以习近平…)
# a report that lost its title may open on its leadership (在市委、市政府的坚强领导下,…); a feature under
# a headline opens so too (在自治区司法厅的正确领导下,吴忠市司法局聚焦…)
_LED = re.compile(r"^在[^，,。]{2,30}(?:正确|坚强)领导下")
_NEWS_TIME = re.compile(r"近日|日前|\d{1,2}月\d{1,2}[日号]")
# A reporter's voice: an official quoted (…负责人说。), a news site's 网讯, the body in the third person (该局)
_REPORTER_VOICE = re.compile(
    r"(?:负责人|局长|主任|书记|厅长|队长|所长|市长|县长|区长)[^，,。]{0,12}(?:说|表示|介绍)[。，,:：]|网讯"
    r"|该(?:局|厅|委|市|县|区|镇|街道|支队|大队)"
)
_GOVERNMENT_WORDS = re.compile(
    r"政府|政法|平安|法治|依法|执法|行政|机关|党委|党组|公安|司法|部门|监督|审查|建设|治理|服务|工作|群众|制度"
    r"|警方|民警|派出所|案件"  # police work is government work
    r"|环境|环保|督察|专项行动|领导小组|通报"  # and environmental protection, campaigns, notices
)
MIN_GOVERNMENT_DENSITY = 2.0  # government words per 1,000 characters below which a text is "other"
# 现发布东风区人力资源和社会保障局2017年政府信息公开工作年度报告…2018年工作思路: the report it frames
_REPORT_FRAME = re.compile(  # not 现将贯彻落实《…(2021—2025年)》情况报告如下: a plan's span
    rf"(?:现将|现发布|现公布|特发布|特公布|现予公布)[^。，,《》]{{0,40}}?(?<![\d—–\-~－至]){YEAR}\s*年度?[^。，,《》]{{0,30}}?报告"
)
_SPEAKS_AS = r"我(?:局|委|办|县|区|市|镇|乡)"  # 2021年我局在…: a body reporting on itself
_BODY_YEAR = re.compile(rf"(?<!自){YEAR}\s*年(?:度|以来|，|,|是|全年|上半年|来|法治政府建设|工作|{_SPEAKS_AS})")  # not 自2006年以来: a span's start
# A report's first section heading on its year: 一、2022年工作开展情况
_YEAR_HEADING = re.compile(rf"^一、\s*{YEAR}\s*年度?[^，,。]{{0,16}}(?:工作|情况|成效|举措)[^，,。]{{0,8}}$")


_PART_YEAR = re.compile(r"上半年|[一二三四1-4]\s*季度|\d{1,2}\s*[-—–至]\s*\d{1,2}\s*月")
_PART_OPENING = r"(?:今年)?(?:上半年|前三季度|[一二三四]季度)"
_PART_YEAR_REPORT = re.compile(r"(?:报告|总结|计划|情况|通报)(?:[（(][^（()）]*[)）])?$")
_READING = re.compile(r"(?:文字|图文|政策)?解读[:：]")
_LAYS_DOWN = re.compile(r"(?:制定|提出)如下(?:意见|方案|措施)|特制定本(?:方案|规划|办法|意见|计划|细则)")
_SALUTATION = re.compile(r"^同志们[:：，,]", re.MULTILINE)
_NOTICE_WORDING = re.compile(r"特此(?:通告|公告|通知|通报)|印发给你们|现将[^。]{0,20}情况通报如下")
_SENDS_REPORT = re.compile(r"报告》?[^《》。]{0,40}印发给你们")  # 《政府工作报告》已经…通过,现印发给你们


def doc_type_of(title: str | None, text: str, cleaned: CleanText, header: Header) -> str:
    density = 1000 * len(_GOVERNMENT_WORDS.findall(text)) / max(len(text), 1)
    if density < MIN_GOVERNMENT_DENSITY:
        return OTHER
    if YEARBOOK_ENTRY.search(text[:300]) or re.match(r"\s*(?:概况|综述|概述)\n+(?:19|20)\d{2}\s*年", text):
        return OTHER  # 【人民调解】2020年,县司法局…, 概况 / 2007年,全省检察机关…: a yearbook's entry, whatever it reports
    if _ADOPTION_NOTE.search(text[:200]) and not (title and _CONGRESS_REPORT_TITLE.search(title)):
        return OTHER  # (2021年1月18日伊吾县…会议通过) / …听取和审议了…报告: a session's resolution
    if re.search(r"值此[^。]{0,24}之际[^。]{0,10}(?:我谨|谨)代表", text[:300]) or (title and re.search(r"简介$", title)) \
            or (re.search(r"部门(?:决算|预算)", text[:80]) and "信息公开" not in text[:400]):
        return OTHER  # a new year's greetings, a body's profile, a department's accounts
    if any(_YEARBOOK.search(aside.text) for aside in cleaned.set_aside[:6]):
        return OTHER  # 广州年鉴2015 返回目录 前一篇 后一篇: a yearbook's page under its navigation
    if title and (_YEARBOOK.search(title) or _REPLY_TO_DEPUTIES.search(title)):
        return OTHER  # a yearbook's page, a reply to deputies (…代表建议、批评和意见办理情况报告)
    if title and ((_OTHER_GENRE_TITLE.search(title) and not is_report_title(title) and not _FIGURE_HEADLINE.match(title)
                   and not _CASES_REPORTED.search(title) and not _ACT_ON_DOCUMENT.search(title))
                  or _OTHER_YEARLY.search(title)):
        return OTHER  # not …工作总结暨2025年重点工作计划: a year's report with the next year's plan
    if title and (_PART_YEAR.search(title) and _PART_YEAR_REPORT.search(title) or _READING.match(title)):
        return OTHER  # …上半年工作总结及下半年重点工作计划, …2023年4季度): part of a year; 文字解读:…年度报告: a reading
    # part of a year's report, its title lost: 上半年,市应急管理局… / 一、上半年主要工作及成效, or a section on it
    # (——2022年7月14日在…会议上 / 2022年上半年工作回顾, 一、一季度工作进展情况)
    if title is None and (
        (re.match(_PART_OPENING, text) and re.search(rf"^一、\s*{_PART_OPENING}", text[:3000], re.MULTILINE))
        or re.search(rf"^(?:一、\s*)?(?:{YEAR}\s*年)?{_PART_OPENING}[^\n]{{0,10}}(?:工作回顾|工作(?:进展|开展)?情况|主要工作)", text[:3000], re.MULTILINE)
    ):
        return OTHER
    if not (title and _PUBLISHES_REPORT.search(title) and not re.search(r"本(?:年度)?报告", text[:600])) and (
        (title and _DISCLOSURE_REPORT.search(title)) or _DISCLOSURE_REPORT.search(text[:300])
        or ("政府信息公开条例" in text[:400] and re.search(r"本(?:年度)?报告|主动公开政府信息|依申请公开", text[:600]))
        or (title is None and re.match(r"\s*一、\s*总体情况", text) and "信息公开" in text[:400])  # a disclosure report's first section
    ):
        return ANNUAL_REPORT  # 现公布2022年…信息公开工作年度报告, also one that lost its title
    if title and _CONGRESS_REPORT_TITLE.search(title.split("——")[0]):  # 政府工作报告——坚持改进作风,…: a section run in
        return ANNUAL_REPORT  # 荆州市人民代表大会常务委员会工作报告, 政府工作报告: a year's report to a congress
    if _NOTICE_WORDING.search(text[:3000]) and not _SENDS_REPORT.search(text[:3000]) \
            and not (title and re.search(r"(?<!关于)(?:发布|印发|公布)", title)):  # 宁乡警方发布通告…: news of a notice
        return OTHER  # …特此通告, 现印发给你们: a notice that speaks to its addressees, whatever its title lost
    if _PERSONAL_DUTY.search(text[:300]):
        return OTHER  # 本人切实履行推进法治政府建设第一责任人职责…: an official's own 述法 report
    if _LAYS_DOWN.search(text[:1500]):
        return OTHER  # …结合我市实际制定如下意见, 特制定本规划: an opinion, plan or measure that lays itself down
    if _SALUTATION.search(text[:800]) and not (title and (is_report_title(title) or "工作报告" in title)) \
            and "报告工作" not in text[:800]:
        return OTHER  # 同志们: a speech (not a work report delivered to deputies and 同志们)
    if _EXPLAINS.search(text[:400]):
        return OTHER  # 《雷山县2024年法治政府建设工作要点》已制定发布…现作如下解读: a policy reading
    if title and _acts_in_headline(title) and any(NEWS_MARKERS.search(s.text) for s in cleaned.set_aside):
        return NEWS  # 国家卫健委发布2020年度…报告, not 郑州市交通运输局2022年…工作开展情况报告
    if title and (_HELD.search(title) or re.search(r"召开[^，,。]{0,10}会议", title)):
        return NEWS  # 自治区法治政府建设新闻发布会召开, 省政府召开常务会议: a headline on an event held
    if title and _DELIVERS.search(title):
        return NEWS
    if title and is_report_title(title) and _REPORT_WORDS.search(title):
        return ANNUAL_REPORT
    if title and _NEWS_HEADLINE.search(title) and not is_report_title(title):
        return NEWS  # 山西启动2019年法治政府建设全面督察: a headline on what a body did
    if _REPORT_PHRASE.search(text[:3000]) or _REPORT_PHRASE.search(text[-1500:]):
        return ANNUAL_REPORT
    if title and re.search(r"关于.{2,80}(?:报告|汇报)$", title) and not YEAR_IN_TITLE.search(title) \
            and not re.search(r"法治政府建设|法治建设", title):
        return OTHER  # 自治区人民政府关于依法行政情况的报告: a report on one matter, of no year, no rule-of-law report
    opening = next((p for p in text.split("\n") if is_body(p)), "")
    rule_of_law = re.search(r"法治(?:政府)?(?:部门)?建设|依法行政|法治化", text[:600])
    sections = re.search(r"^一、", text, re.MULTILINE)
    # 2023年是…开局之年,全市公安机关… / 一、…: a report's opening and sections, also under a web header
    # (嘉定区坚持以习近平…思想为指导,全面推进法治政府建设… / 一、…: a place's report that opens on its guide)
    report_body = (
        re.match(rf"(?:{YEAR}\s*年|今年(?:以)?来|近年来)", opening) or _GUIDED.search(opening[:24])
        or (title is None and _LED.match(opening))
    ) and (
        rule_of_law and sections
    )
    if title is None and report_body:
        return ANNUAL_REPORT
    if title is None and re.match(rf"{YEAR}\s*年(?:度|以来)?[，,]", opening) \
            and re.search(r"^一、[^\n]{0,16}工作(?:开展|完成|落实)?情况$", text, re.MULTILINE):
        return ANNUAL_REPORT  # 2025年以来,县应急管理局… / 一、重点工作开展情况: a year's work report
    if title is None and rule_of_law and re.match(r"一、", text) and re.search(r"^二、", text, re.MULTILINE):
        return ANNUAL_REPORT  # 一、全面加强党对法治建设的领导 … 二、…: a report's sections, its title and opening lost
    if title is None and re.search(rf"^(?:一、\s*)?{YEAR}\s*年度?工作(?:回顾|情况|总结)$", text[:600], re.MULTILINE) \
            and not re.search(r"(?<!工)作了?[^，,。]{0,12}报告", text[:300]):  # not news of its delivery (…向大会作政府工作报告)
        return ANNUAL_REPORT  # 2015年工作回顾 / 一、2020年工作情况: the first section of a year's report that lost its title
    if title is None and re.match(rf"(?:{YEAR}\s*年(?:度|以来)?|今年以来|一年来)(?:[，,]|(?={_SPEAKS_AS}))", opening) \
            and (_GUIDED.search(opening[:80]) or re.search(r"在[^，,。]{2,40}(?:(?:正确|坚强)的?领导|的领导下)", opening[:80])
                 or re.search(r"各项工作(?:取得|实现)", opening)):  # …,各项工作取得了新进展: a year reviewed
        # 今年以来,赣州市司法局在市委…领导下,坚持以习近平…为指导 (or 2021年我局在县委…领导下) under a portal's or repost's header: a
        # year's work report that lost its title (annotators: 152 of 154 such openings), not news
        return ANNUAL_REPORT
    web_header = header.byline_date is not None or any(NEWS_MARKERS.search(s.text) for s in cleaned.set_aside)
    if web_header or NEWS_MARKERS.search(text[:300]) or _EVENT_OPENING.search(text[:300]) or _MEDIA_CREDIT.match(text):
        return NEWS
    if (title and is_report_title(title)) or (title is None and re.search(r"年度?.{0,6}法治政府建设", text[:600])):
        return ANNUAL_REPORT
    if re.match(rf"{YEAR}\s*年(?:度|以来)?[，,]", opening) and (rule_of_law or _GUIDED.search(opening[:60])):
        # 2023年,市市场监管局…法治政府建设…取得了新成效, 2022年,长治市司法局坚持以习近平…思想为指导:
        # a year's work report that lost its title
        return ANNUAL_REPORT
    if report_body:
        return ANNUAL_REPORT
    # a document addressed to bodies (各市市场监督管理局…:) or sending one (印发给你们) is no news
    addressed = re.search(r"^[^\n。]{2,160}[:：]$|印发给你们", text[:400], re.MULTILINE)
    if title is None and (rule_of_law or _LAW_DAYS.search(text[:300])) and _NEWS_TIME.search(text[:300]) and not addressed:
        return NEWS  # a news item that lost its headline: 近日, 3月19日, 12月4日是…宪法日
    if title is None and _REPORTER_VOICE.search(text[:400]) and not addressed:
        return NEWS  # …”省委依法治省办相关负责人说。, 该局以…: a reporter writing
    if title or not _OTHER_MARKS.search(text[:800]):
        return NEWS  # a headline, or a text without one that is no disclosure, plan, yearbook or letter
    return OTHER


def _reviews_year(paragraphs: list[tuple[int, str]], year: int) -> bool:
    """The opening reviews `year` (2024年,全市公安机关…; 通报2024年…工作成效) and names no later one."""
    text = "".join(paragraph for _, paragraph in paragraphs)
    if _MEETING_HELD.search(text) and "发布会" not in text:
        return False  # 2月20日,省长主持召开常务会议…2016年全省…: news of the meeting, held this year
    named = {int(match.group("year")) for match in _NAMED_YEAR.finditer(text)}
    reviewed = re.search(rf"{year}\s*年(?:度|[,，]|全年|以来|全市|全省|全区|全州|全县)|去年", text)
    return bool(reviewed) and max(named, default=0) <= year


def _results_year(title: str) -> int | None:
    """The year a headline gives its results for (重庆警方2019年破获…, 2023年太原公安…); not the
    object of an act or an award reported (省人大常委会会议听取审议2024年…报告, 被评为2016年度…
    优秀单位 are news of the meeting and of the award)."""
    match = _HEADLINE_YEAR.search(title)
    before = title[: match.start()] if match else ""
    if match is None or _NEWS_HEADLINE.search(before) or re.search(r"审议|听取|评为|位列|获|入选|表彰", before):
        return None
    return int(match.group("year"))


def _acts_in_headline(title: str) -> bool:
    """A headline that reports an act; in a report's own title an act word after its year
    names the work reported on (…2022年法治政府建设工作开展情况报告)."""
    year = YEAR_IN_TITLE.search(title)
    scope = title[: year.start()] if year and is_report_title(title) else title
    return bool(_NEWS_HEADLINE.search(scope))


def report_year_of(
    title: str | None,
    paragraphs: list[tuple[int, str]],
    doc_type: str,
    published: dt.date | None,
    delivered: dt.date | None,
) -> int | None:
    year = _report_year(title, paragraphs, doc_type, published, delivered)
    if year is not None and year < (_EARLIEST_NEWS_YEAR if doc_type == NEWS else _EARLIEST_REPORT_YEAR):
        return None  # 1988年5月21日的命案: a case's past, not the year an item or report is about
    return year


def _report_year(
    title: str | None,
    paragraphs: list[tuple[int, str]],
    doc_type: str,
    published: dt.date | None,
    delivered: dt.date | None,
) -> int | None:
    if doc_type == NEWS and (session := _session_year(title, paragraphs, published)) is not None:
        return session  # 江西高院工作报告高票通过: news of the session that hears last year's report is of its year
    if doc_type == NEWS and published is not None:
        published_report = re.search(rf"(?:发布|公布){YEAR}\s*年度?[^，,。]{{0,20}}报告", title or "")
        if published_report and (year := year_value(published_report.group("year"))) and year < published.year:
            return year  # 国家卫健委发布2020年度法治政府建设报告: the news is the report on 2020
        if title and (year := _results_year(title)) == published.year - 1:
            return year  # 2020年度宁波“平安账单”出炉, ——2019,四川公安…: last year's results
        campaign = _CAMPAIGN_YEAR.search(title or "")
        if campaign and _campaign_year(campaign) == published.year - 1:
            return published.year - 1  # 1月7日: “燕赵—砺剑铸盾2021”专项行动取得丰硕战果: last year's campaign
        if published.month <= EARLY_MONTHS and _reviews_year(paragraphs[:4], published.year - 1):
            return published.year - 1  # 1月10日…通报2024年全市公安工作: early in a year, news of the last
        # 去年依法办结行政复议案件29.3万件: a news item on last year's figures
        return published.year - 1 if title and re.search(r"去年|上年|上一年", title) else published.year
    if title and (yearbook := _YEARBOOK.search(title)):
        return int(yearbook.group("year")) - 1  # 遂宁年鉴(2021): the yearbook of 2021 records 2020
    if doc_type == ANNUAL_REPORT and (period := next((m for _, t in paragraphs[:8] if (m := _STATISTICS_PERIOD.search(t))), None)):
        # 2020年,我镇…; 现将2022年度政府信息公开工作报告如下: a year the opening names wins over a period copied from last year
        opening = " ".join(text for _, text in paragraphs[:2])
        named = {m.group(1) or m.group(2) for m in re.finditer(r"^((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年度?[^。，,《》]{0,20}报告", opening)}
        if not named - {period.group("year")}:
            return year_value(period.group("year"))
    if delivered is not None and (
        (title is None and doc_type == ANNUAL_REPORT)
        or (title and _WORK_REPORT_TITLE.search(title) and not YEAR_IN_TITLE.search(title))
    ):
        return _year_reviewed(delivered.year, delivered)  # also a work report whose title is lost: ——2017年1月10日在…会议上
    if title:
        span = _PLAN_SPAN.search(title)
        if span and published is not None:
            return published.year  # 沈阳市法治政府建设实施方案(2021—2025年), issued in 2023: the year it is issued
        match = span or YEAR_IN_TITLE.search(title)  # …实施方案(2021—2025年) with no date: its first year
        if match and (year := year_value(match.group("year"))):
            if _WORK_REPORT_TITLE.search(title) and "年度" not in title:
                # no delivery line: the page's date, when it falls in the title's year or the next
                near = published if published is not None and 0 <= published.year - year <= 1 else None
                return _year_reviewed(year, delivered or near)
            if re.search(r"工作报告$", title) and "年度" not in title and _heading_year(paragraphs) == year - 1:
                return year - 1  # 市水务局2021年工作报告 / 一、2020年工作回顾: a work meeting's report on the year before
            return year
    if doc_type == OTHER and published is not None:
        return published.year  # a notice or plan whose title names no year: the year it is issued
    if doc_type == OTHER and (adopted := next((m for _, t in paragraphs[:3] if (m := _ADOPTION_NOTE.search(t))), None)):
        return year_value(adopted.group("year"))  # 关于…工作报告的决议 / (2024年1月20日…会议通过): the year it was adopted
    if doc_type == NEWS and (year := _observance_year(paragraphs[:4])) is not None:
        return year  # 今年6月26日是第37个“国际禁毒日”…2022年以来: the day's year, not the span's start
    if (year := _heading_year(paragraphs)) is not None:
        return year  # 今年以来,…司法局… / 一、2022年工作开展情况: the year its first section reviews
    for _, text in paragraphs[:6]:
        match = _REPORT_FRAME.search(text) or _BODY_YEAR.search(text)
        if match and (year := year_value(match.group("year"))):
            return year + 1 if doc_type == NEWS and _reviewed_early_next_year(year, text) else year
    if doc_type == ANNUAL_REPORT:
        for _, text in paragraphs[:6]:  # 一、总体情况 / 2022年铁岭县分局紧紧围绕…: a section that opens on its year
            if (opening := re.match(rf"{YEAR}\s*年(?![\d\-—–至])", text)) and (year := year_value(opening.group("year"))):
                return year
    if doc_type == NEWS:
        for _, text in paragraphs[:4]:
            if (event := find_date(text)) is not None:
                return event.year  # 2019年1月15日,在…召开了…: the year of the event reported
        for _, text in paragraphs[:2]:
            for year in _years_named(text):
                if year not in _target_years(text):
                    # 开展了全市2018年“12•4”宣传活动, not 确保实现2035年基本建成…; 2月25日,…会议…总结2021年工作: 2022's
                    return year + 1 if _reviewed_early_next_year(year, text) else year
    if (year := _most_named_year(paragraphs, published)) is not None:
        return year
    if doc_type == NEWS and published is None:
        return _year_of_events_named(paragraphs) or _latest_year_named(paragraphs)
    if doc_type == OTHER and published is None:
        opening = next((text for _, text in paragraphs[:3] if is_body(text)), "")
        if (plan_year := re.match(rf"{YEAR}\s*年", opening)) and (year := year_value(plan_year.group("year"))):
            return year  # 2025年全市应急管理工作总体要求是…: the year a plan opens on
        return _year_of_events_named(paragraphs)  # 关于制定“十五五”时期…规划的建议, 二十届四中全会…: the session that made it
    if published is not None:
        # An annual report is signed in the first months of the following year.
        return published.year - 1 if doc_type == ANNUAL_REPORT and published.month <= 6 else published.year
    if doc_type == ANNUAL_REPORT and title and _CONGRESS_REPORT_TITLE.search(title):
        # 政府工作报告 in an undated excerpt: the last year its review names, else the session it studies
        return _latest_year_named(paragraphs) or _year_of_events_named(paragraphs)
    if (close := next((m for _, t in paragraphs[:6] if (m := _PLAN_CLOSE.search(t))), None)) is not None:
        return _PLAN_LAST_YEAR.get(close.group("plan") or close.group("plan2"))
    return None


_EARLY_EVENT = re.compile(rf"(?<!\d)[1-{EARLY_MONTHS}]月\d{{1,2}}[日号]")


def _reviewed_early_next_year(year: int, text: str) -> bool:
    """An undated item on a meeting early in a year (2月25日,…会议,总结2021年工作) that reviews `year`
    happened the year after it (annotators: the event's year)."""
    reviewed = re.search(
        rf"(?:总结|回顾)了?{year}\s*年|{year}\s*年度?(?:工作)?(?:总结|回顾|工作情况)|{year}\s*年度[^，,。]{{0,12}}(?:表彰|考核|考评)",
        text,
    )
    return bool(reviewed) and bool(_EARLY_EVENT.search(text))


def _observance_year(paragraphs: list[tuple[int, str]]) -> int | None:
    """第十个国家宪法日 → 2023: a day observed every year since a known first one dates the item."""
    for _, text in paragraphs:
        if (day := _LAW_DAYS.search(text)) and (ordinal := chinese_or_arabic_int(day.group("ordinal"))):
            return _FIRST_LAW_DAY[day.group("day")] + ordinal - 1
    return None


def _heading_year(paragraphs: list[tuple[int, str]]) -> int | None:
    """一、2022年工作开展情况: the year a report's first section reviews."""
    for _, text in paragraphs[:8]:
        if (heading := _YEAR_HEADING.match(text)) and (year := year_value(heading.group("year"))):
            return year
    return None


# a resolution's or rule's bracketed adoption note: (2024年1月20日九江市第十六届人民代表大会第四次会议通过)
_ADOPTION_NOTE = re.compile(rf"[（(]\s*{YEAR}\s*年[^（()）]{{2,60}}(?:通过|批准)[）)]")
# news of a congress session hearing or passing a court's, procuratorate's or government's report
_SESSION_NEWS = re.compile(r"工作[报報]告[^，,。]{0,6}(?:获|高票|全票|满票)?[^，,。]{0,4}通过|(?<!工)作[^，,。]{0,20}工作[报報]告")
_SESSION_HELD = re.compile(r"(?:人民代表大会|人大)[^。]{0,6}?第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")


def _session_year(title: str | None, paragraphs: list[tuple[int, str]], published: dt.date | None) -> int | None:
    """The year of the session a news item reports on: its day's, else the year after the one the
    report reviews (2016年,澄迈检察院… is heard in 2017)."""
    if title and YEAR_IN_TITLE.search(title):
        return None  # …院长作2020年度新疆高院工作报告: the year the title names is the one reported
    lead = " ".join(text for _, text in paragraphs[:2])
    if not (_SESSION_NEWS.search(title or "") or (_SESSION_NEWS.search(lead) and _SESSION_HELD.search(lead))):
        return None
    if published is not None:
        return published.year
    reviewed = re.search(rf"(?:^|[。\s]|回顾总结){YEAR}\s*年(?:度)?(?:[，,]|工作|法院工作|检察工作)", lead)
    return year_value(reviewed.group("year")) + 1 if reviewed and year_value(reviewed.group("year")) else None


def _year_reviewed(delivery_year: int, delivered: dt.date | None) -> int:
    """A government work report is named for the year it is delivered, about the year before,
    unless it is delivered late in that same year."""
    if delivered is not None and delivered.year > delivery_year:
        return delivery_year  # 2018年紫蓬镇政府工作报告, delivered 2019年2月26日: named for the year it reviews
    if delivered is not None and delivered.year < delivery_year:
        delivery_year = delivered.year  # 2024年疏附县政府工作报告, delivered 2023年1月5日: the page misnamed it
    late = delivered is not None and delivered.year == delivery_year and delivered.month >= LATE_DELIVERY_MONTH
    return delivery_year if late else delivery_year - 1


def _year_of_events_named(paragraphs: list[tuple[int, str]]) -> int | None:
    """An undated news item is still dated by the campaign it reports on (“雷火2023”) or, failing
    that, by the latest party or people's congress session it studies: that session's year, or the next when the item's
    own day (3月6日) falls before the month the session met."""
    text = "\n".join(paragraph for _, paragraph in paragraphs)
    campaigns = [_campaign_year(match) for match in _CAMPAIGN_YEAR.finditer(text)]
    if campaigns:
        return max(campaigns)
    sessions = [
        met
        for match in _PLENUM.finditer(text)
        if (met := _PLENUM_MET[match.group("congress")].get(match.group("session"))) is not None
    ] + [_CONGRESS_MET[match.group("congress")] for match in _CONGRESS.finditer(text)] + [
        (_NPC_TERM_BEGAN[match.group("term")] + "一二三四五".index(match.group("session")), _NPC_MONTH)
        for match in _NPC_SESSION.finditer(text)
    ]
    if not sessions:
        return None
    year, month = max(sessions)
    day = _MONTH_DAY.search(text)
    return year + 1 if day and int(day.group("month")) < month else year


def _latest_year_named(paragraphs: list[tuple[int, str]]) -> int | None:
    """An undated item reports on the last year it names (截至2020年11月底…), unless it names that
    year only as a start (2022年以来…, 自2021年…创建以来): then the item is later, by how much unknown."""
    text = "\n".join(paragraph for _, paragraph in paragraphs)
    targets = _target_years(text)
    latest = max((year for year in _years_named(text) if year not in targets), default=None)  # not 力争到2025年…
    since = rf"{latest}\s*年(?:[^，,。；;]{{0,12}}(?:以来|至今|到如今)|(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?起)"
    if latest is None or re.search(since, text):  # 2022年以来, 2019年3月起; not 2021年发生的一起…
        return None
    return latest


def _target_years(text: str) -> set[int]:
    """The years a text sets as goals (力争到2025年, 确保实现2035年…), not years it reports on."""
    return {int(m.group("year")) for m in re.finditer(r"(?:到|(?<!截)至|实现)(?P<year>(?:19|20)\d{2})\s*年", text)}


def _years_named(text: str) -> Iterator[int]:
    """The years a paragraph names, in order, outside book titles (《…(2021-2025年)》)."""
    for match in _NAMED_YEAR.finditer(text):
        if text.count("《", 0, match.start()) == text.count("》", 0, match.start()):
            yield int(match.group("year"))


def _most_named_year(paragraphs: list[tuple[int, str]], published: dt.date | None) -> int | None:
    """A report that lost its title and never frames its year still names it most (2022年,
    …2022年…), leaving out plan spans (2021-2025年), book titles and years after publication."""
    counts: Counter[int] = Counter(
        year for _, text in paragraphs for year in _years_named(text) if published is None or year <= published.year
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
