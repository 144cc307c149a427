"""Document metadata: who issued a text, where, about which year, when, and what kind it is.

Reports put these facts in different places: a title line (南京市公安局2024年度…报告), a
letterhead above a year-only title, a web page's 发布时间 header or byline, a newspaper credit
line, the delivery line of a speech (——2019年2月26日在…会议上), or only the signature at the end
(汉中市公安局南郑分局 / 二〇二三年十二月十五日). Each fact is taken from the most reliable place
that has it; a title is never guessed from a body sentence or a section heading.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import cn2an

from pipeline.clean import BULLETS, HEADING_START, TRAILING_NOTE, CleanText, SetAside, simplified_view
from pipeline.divisions import (
    Division,
    Location,
    county_mentions,
    division_of_code,
    find_divisions,
    full_name_pattern,
    is_division_name,
    is_place_name,
    locate,
    locate_township,
    most_mentioned,
    division_of_site,
    place_chain_at_start,
    place_pattern,
    short_place_at_start,
    strip_places,
    townships_in,
)

ANNUAL_REPORT, NEWS, OTHER = "annual_report", "news", "other"
# The level words a body is named by when the text leaves out its place (市公安局, 县委、县政府).
_LEVEL = "自治区|省|市|州|县|区|旗"
_BUREAU_DUTIES = Path(__file__).with_name("data") / "bureau_duties.csv"
# A bureau is named from its duties only when they clearly point one way.
MIN_DUTY_HITS = 4
MIN_DUTY_LEAD = 2.0

_CN_DIGIT = "〇零一二三四五六七八九十两"
_NUM = rf"(?:\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})"
_YEAR = rf"(?P<year>(?:19|20)\d{{2}}|[{_CN_DIGIT}]{{4}})"
_DATE = re.compile(
    rf"{_YEAR}\s*(?:年\s*(?P<m1>{_NUM})\s*月\s*(?P<d1>{_NUM})\s*日"
    rf"|[-/.](?P<m2>\d{{1,2}})[-/.](?P<d2>\d{{1,2}})(?!\d))"
)
# A title line stamped with its date: 2024年度新江湾城街道法治政府建设工作报告 2024-12-12.
_TITLE_STAMP = re.compile(rf"(?<=[\u4e00-\u9fff）)》])\s*{_DATE.pattern}$")
_HEADER_DATE_LABEL = re.compile(
    r"(?P<label>发布时间|发布日期|发布于|发文日期|发文时间|成文日期|成文时间|印发日期|日期|时间)[\s|:：]*"
)
_PUBLICATION_LABELS = ("发布时间", "发布日期", "发布于", "发文日期", "发文时间")  # preferred to 成文日期 and the like
_HEADER_ORG_LABEL = re.compile(
    r"(?:来源|源自|信息来源|发布机构|发文机关|发文单位|发布单位|成文单位|责任编辑|供稿单位)[\s|:：]*"
    r"(?P<org>[\u4e00-\u9fff（）()]{3,40})"
)
# A byline: a time stamp and the publishing body (2024-08-09 08:46 黄石市司法局, 清水县人民政府 2024年01月08日).
_BYLINE = re.compile(
    r"^(?:(?P<stamp>\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?P<org>\S{2,40})?"
    r"|(?P<org2>[\u4e00-\u9fff]{3,30})\s+(?P<stamp2>\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+来源[:：]\S*)?)?)$"
)
# A page's metadata table may name the document: 标  题:…, 名  称:… (up to the next label).
_HEADER_TITLE = re.compile(
    r"(?:^|[\s|])(?:标\s*题|名\s*称|文件名称)\s*(?:[:：]|\||(?<=题)\s)[\s|]*(?P<title>[^|]+?)(?=\s+\S{1,6}\s*[:：]|\s*\||$)"
)
# A headline run into the page's header line: 我省命名…项目发布时间:2021-09-16 来源:山西日报
_TITLE_BEFORE_LABEL = re.compile(r"^(?P<title>[^\s|:：>]{8,60}?)\s*(?:发布时间|发布日期)\s*[:：]")
# A disclosure index number starts with the publisher's division code (370402/2022-00029) or its
# unified social credit code, whose third to eighth characters are that code (11440115MB2D065126).
_INDEX_NUMBER = re.compile(
    r"索\s*引\s*号[\s|:：]*(?:(?P<code>\d{6})\d{0,6}[/\-]|[0-9A-Z]{2}(?P<credit>\d{6})[0-9A-Z]{10}[/\-])"
)
# A time stamp opening a header line: 2016-12-09 09:01 来源: 青海日报
# 编辑: 李盛元来源: 经济晚报2025-06-22 14:59:21: a source line stamped with date and time
_SOURCE_STAMP = re.compile(r"(?:来源|编辑|作者).{0,30}?(?P<stamp>\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}")
_LEADING_STAMP = re.compile(
    r"^(?P<stamp>\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|\||$)"
    r"(?!\s*星期)"  # 2024年10月24日 星期四: a banner clock, not the page's date
)
# 《…》 after a document number: 宁政发〔2019〕35号《南京市人民政府关于…的报告》
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")
_NEWSPAPER_CREDIT = re.compile(r"《\s*[\u4e00-\u9fff]{2,12}报\s*》\s*[（(]\s*(?P<date>[^）)]{8,20}?)\s*\d*\s*版\s*[）)]")
_DELIVERY = re.compile(r"(?P<date>(?:19|20)\d{2}\s*年[^年]{2,10}?日)\s*在[^。，]{2,40}?(?:会议|大会)(?:上|$)")
# The people's congress a government work report is delivered to names its government's place.
_CONGRESS = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十\d]+届人民代表大会")
# A government work report is delivered early in the year after the one it reviews; one delivered
# from this month on reviews the year it is delivered in (汉南区, 2020年12月24日).
LATE_DELIVERY_MONTH = 10

# Issuing bodies end in one of these; longest first so 公安分局 wins over 局.
_ORG_SUFFIX = (
    "人民政府办公室|人民政府办公厅|人民政府法制办公室|人民政府|公安分局|分局|公安局|公安厅|管理委员会|委员会|办公室|办公厅"
    "|人民法院|人民检察院|监督管理局|管理局|服务局|事务局|党组|局(?![面限部势])|厅|常委会|委|办事处|办(?![法理公事])|院|署|中心"
    "|支队|大队"
)
_ORG_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}(?:{_ORG_SUFFIX})$")
_ORG_TAIL = re.compile(rf"[\u4e00-\u9fff]{{0,14}}?(?:{_ORG_SUFFIX})")
_PLACE_WORDS = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:省|市|区|县|旗|乡|镇|街道|自治州|盟|新区|实验区)$")
# Central bodies carry no place name.
_CENTRAL_BODY = re.compile(
    r"国务院|最高人民法院|最高人民检察院|审计署|海关总署|国家[\u4e00-\u9fff]{2,12}?总局|(?:司法|公安|财政|民政|外交|国防|教育|科学技术|工业和信息化|自然资源"
    r"|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|应急管理|退役军人事务|人力资源和社会保障)部"
)
# Bodies a text names by level only (市公安局, 县自然资源局, 现将市人社局…): the place is found
# in the rest of the text; common short forms are spelled out.
_RELATIVE_ORG = re.compile(
    rf"^(?P<level>{_LEVEL})(?P<org>人民政府|[\u4e00-\u9fff]{{1,12}}?(?:{_ORG_SUFFIX}))$"
)
_RELATIVE_IN_TEXT = re.compile(
    rf"(?:现将|^|[，,。])(?P<name>(?:{_LEVEL})[\u4e00-\u9fff]{{1,12}}?(?:{_ORG_SUFFIX}))"
    r"(?=\d{4}年|[（(]|法治|在|坚持|认真|全面|深入|紧紧|始终|持续|以|按照|围绕|立足|聚焦|扎实|开展|召开|组织)"
)
ABBREVIATIONS = {
    "人社局": "人力资源和社会保障局", "人力社保局": "人力资源和社会保障局", "人社厅": "人力资源和社会保障厅", "市场监管局": "市场监督管理局",
    "住建局": "住房和城乡建设局", "住建厅": "住房和城乡建设厅", "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫健局": "卫生健康局",
    "发改委": "发展和改革委员会", "发改局": "发展和改革局", "教体局": "教育体育局", "文旅局": "文化和旅游局",
    "医保局": "医疗保障局", "应急局": "应急管理局", "工信局": "工业和信息化局", "科技局": "科学技术局",
    "退役军人局": "退役军人事务局", "环保局": "环境保护局",
}
_LEVEL_HINT = re.compile(r"(?P<level>市|县|区|州|旗)委、(?P=level)(?:人民)?政府")
_OTHER_GENRE_TITLE = re.compile(
    r"(?:政策解读|解读|通知|通报|意见|办法|规定|细则|方案|决定|公告|通告|函|批复|条例|要点|计划|规划)$"
)
_GENRE_END = re.compile(r"(?:报告|总结|通知|通报|意见|办法|规定|细则|方案|决定|公告|通告|批复|要点|计划|安排)$")
# A notice that issues a document: 现将《…工作要点》印发给你们.
_PROMULGATION = re.compile(r"现将《(?P<title>[^《》]{6,60})》(?:印发|转发|下发)给你们")
_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|苏木)$")
_WEBSITE = re.compile(r"(?:门户网站|官方网站|网站|官网|政务网|政府网)$")
_SITE_TAG = re.compile(r"^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|[（(][\u4e00-\u9fff]{2,8}[）)])")
_PAGE_TITLE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)》]{6})_[^_]{1,60}(?:_[^_]{1,60})*$")
_BRACKETED_NUMBER = re.compile(r"^[\[【［][^\]】］]{2,20}号[\]】］]\s*")
_PAGE_TITLE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:网站|网|门户)\s*[-—–|｜]\s*(?=\S{6})")
_SITE_SUFFIX = re.compile(r"[（(](?:全文|全文发布|摘要|图文|附全文|附图解)[）)]$")
_REPORT_TITLE = re.compile(r"(?:报告|总结|报告书|工作情况|建设情况)$")
_STRICT_REPORT_TITLE = re.compile(r"年.{0,20}(?:法治政府|依法行政|法治建设|政府工作|工作).{0,20}(?:报告|总结)$")
_REPORT_WORDS = re.compile(r"(?:法治政府|依法行政|法治建设|政府工作|工作)(?:.*)(?:报告|总结|情况)")
_SELF_NAMED = re.compile(r"《(?P<title>[^《》]{8,60}?报告)》")
_YEAR_IN_TITLE = re.compile(rf"{_YEAR}\s*年")
_REPORT_PHRASE = re.compile(r"(?:报告|汇报|总结)如下|报告如次|特此报告|现将.{0,30}(?:报告|汇报)")
# A news item may open straight on its event: 吴忠市水务局于2025年6月25日组织开展了…
_EVENT_OPENING = re.compile(
    r"于?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,30}?(?:组织|召开|开展|举办|举行|启动)"
    r"|(?:^|[，,])\d{1,2}月\d{1,2}[日号](?:上午|下午|晚)?[，,][^。]{2,100}?(?:召开|举行|举办|开展|组织)"
)
# What bodies do in news: a headline that reports an act (省政府党组召开会议审议2019年度…报告) is
# news, and a phrase that holds one (蓬溪县法治政府建设推进会在县公安局) is no organisation's name.
_ACTS = "召开|开展|举行|举办|部署"
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}?分局")
_JOINT_LEVEL = re.compile(
    rf"^(?P<place>[\u4e00-\u9fff]{{0,8}}?)(?P<level>{_LEVEL})(?:党)?委[和、](?:(?P=level))?(?:人民)?政府$"
)
_DISCLOSURE_OWNER = re.compile(
    r"(?:公布|发布)《?(?:\d{4}\s*年度?)?(?P<org>[\u4e00-\u9fff（）()]{4,40}?)(?:\d{4}\s*年度?)?(?:政府)?信息公开工作年度报告"
)
# 全市公安机关 speaks for the 市公安局, 全省司法行政系统 for the 省司法厅
_WHOLE_SYSTEM = re.compile(r"^全(?P<level>省|市|县)(?P<system>公安机关|司法行政系统)$")
_TOWNSHIP_SELF = re.compile(r"(?:我|全|本)(?:镇|乡|街道)|(?:镇|乡|街道)党(?:工)?委")
_BUREAU_SELF = re.compile(r"(?:我|本)(局|委|厅)(?![\u4e00-\u9fff]{0,2}(?:会议|委员))")  # 我局, not 我委员会
_ADVERBS = "不断|持续|扎实|全面|深入|积极|全力|着力|高位|强力"
_LEVELS = tuple(_LEVEL.split("|"))
_MAX_LEAD_IN = 6  # 全省唯一 阜城县入选…, 喜报！…: what may stand before a headline's subject
_MAX_ADDRESSEE = 40  # 中共红河州委、红河州人民政府: a salutation line is short
_NEWS_HEADLINE = re.compile(rf"{_ACTS}|审议|听取|推进会|座谈会")
# Reports of other genres that are yearly too.
_OTHER_YEARLY = re.compile(r"政府信息公开|信息公开工作|统计公报|预算执行|决算")
_NOT_A_NAME = re.compile(rf"在|的|与|及|、|了|邀请|{_ACTS}|推进会|会议")
# Party bodies share titles with the government (中共长春市委 长春市人民政府): the government body
# is the issuer of such a pair, and a party committee a text mentions (衡水市委宣传部) is not.
_PARTY_BODY = re.compile(r"^中共|(?:省|市|县|区|州|旗|党)委$|党组$|党委$")
# A year the text names, but not the end of a span (2016-2020年).
_NAMED_YEAR = re.compile(r"(?<![\d—–\-~－至])(?P<year>(?:19|20)\d{2})\s*年")
_NEWS_TIME = re.compile(r"近日|日前|\d{1,2}月\d{1,2}[日号]")
_NEWS_MARKERS = re.compile(r"发布时间|发布于|责任编辑|记者|通讯员|来源\s*[:：]|阅读次数|浏览次数|讯[（(]|日电|本报")
_GOVERNMENT_WORDS = re.compile(
    r"政府|法治|依法|执法|行政|机关|党委|党组|公安|司法|部门|监督|审查|建设|治理|服务|工作|群众|制度"
)
MIN_GOVERNMENT_DENSITY = 2.0  # government words per 1,000 characters below which a text is "other"
_OPENING = re.compile(
    r"^(?:(?:近年来|今年以来|今年来|近日|\d{4}\s*年(?:以来|来|度|是[^，,。]{2,30}?)?|\d{1,2}月\d{1,2}日(?:上午|下午)?)[，,]\s*)?"
    r"(?:在[^，,。]{2,80}?下[，,]\s*){0,2}"  # 在市委的正确领导下,在市人大…监督指导下,
    rf"(?P<subject>[\u4e00-\u9fff]{{0,8}}?(?:{_LEVEL})(?:党)?委[和、](?:{_LEVEL})?(?:人民)?政府"
    r"|[\u4e00-\u9fff]{2,24}?)"
    r"(?:在|坚持|全面|深入|认真|紧紧|始终|持续|以|按照|围绕|立足|聚焦|紧扣|扎实|召开)"
)
_BODY_YEAR = re.compile(rf"{_YEAR}\s*年(?:度|以来|，|,|是|全年|上半年|来|法治政府建设|工作)")
_TITLE_MAX = 80
_BODY_MIN = 60


@dataclass(frozen=True)
class DocumentMetadata:
    agency: str | None
    province: str | None
    city: str | None
    district: str | None
    report_year: int | None
    published_date: dt.date | None
    doc_type: str
    title: str | None


def chinese_or_arabic_int(text: str) -> int | None:
    """12 / 十二 / 二〇二三 → int; None when the text is no plain number."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):
        return None
    return int(value) if float(value).is_integer() else None


def parse_date(match: re.Match[str]) -> dt.date | None:
    year = chinese_or_arabic_int(match.group("year"))
    month = chinese_or_arabic_int(match.group("m1") or match.group("m2") or "")
    day = chinese_or_arabic_int(match.group("d1") or match.group("d2") or "")
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> dt.date | None:
    for match in _DATE.finditer(text):
        date = parse_date(match)
        if date is not None:
            return date
    return None


def _year_value(token: str) -> int | None:
    year = chinese_or_arabic_int(token)
    return year if year is not None and 1949 <= year <= 2100 else None


def _paragraphs(cleaned: CleanText) -> list[tuple[int, str]]:
    """(clean start offset, text) of every non-empty paragraph."""
    result, start = [], 0
    for part in cleaned.text.split("\n"):
        if part.strip():
            result.append((start, part))
        start += len(part) + 1
    return result


def _is_org(text: str) -> bool:
    return bool(_ORG_LINE.match(text)) or bool(_CENTRAL_BODY.fullmatch(text))


def _is_org_line(text: str) -> bool:
    return len(text) <= 40 and _is_org(_WEBSITE.sub("", text))


def _is_body(text: str) -> bool:
    return len(text) >= _BODY_MIN or ("。" in text and ("，" in text or "," in text))


def _strip_site_marks(text: str) -> str:
    """A title without what a site or a filing system puts around it."""
    text = _SITE_SUFFIX.sub("", _SITE_TAG.sub("", _TITLE_STAMP.sub("", text))).strip()
    site, _, rest = text.partition("_")
    if rest and _is_org(site) and _looks_like_title(rest):
        text = rest  # 长沙市司法局_关于长沙市2020年法治政府建设情况的报告
    text = _PAGE_TITLE_HEAD.sub("", _PAGE_TITLE_TAIL.sub("", text))  # 长沙市政府门户网站-…报告_法治政府_…
    bracketed = _BRACKETED_NUMBER.match(text)
    if bracketed:
        return text[bracketed.end() :]  # [天政发〔2026〕7号]天水市人民政府关于…的报告
    bare = _DOC_NUMBER.sub("", text).strip()
    if bare.startswith("《") and bare.endswith("》") and bare.count("《") == 1:
        return bare[1:-1]  # a title line printed as 《…》, perhaps after its document number
    if bare != text and bare.startswith("关于"):
        return bare  # 朝交发[2022]97号关于印发…的通知
    return text


def _looks_like_title(text: str) -> bool:
    if not 5 <= len(text) <= _TITLE_MAX or text.endswith(("。", "；", ";", "：", ":", "，", ",")):
        return False
    if _DOC_NUMBER.match(text) and not _DOC_NUMBER.sub("", text).strip():
        return False  # 西政办〔2020〕20号
    if text.endswith("文件") and _is_org(text[:-2]):
        return False  # 四平市人民政府文件: the letterhead of an official document
    return "。" not in text and "|" not in text and not HEADING_START.match(text) and not _DATE.fullmatch(text)


def _is_report_title(text: str) -> bool:
    ending = TRAILING_NOTE.sub("", text)  # …工作年度报告(2018年度)
    return _looks_like_title(text) and bool(_REPORT_TITLE.search(ending)) and "年" in text


# --- title ------------------------------------------------------------------------------------


def _top_title(paragraphs: list[tuple[int, str]]) -> tuple[str | None, str | None, str | None]:
    """(report title, letterhead, first title-like line) from the paragraphs above the body."""
    top: list[str] = []
    for _, text in paragraphs[:8]:
        if _is_body(text):
            break
        top.append(_strip_site_marks(text))
    letterhead = next((t for t in top[:3] if _is_org_line(t)), None)
    first_line = _about_title(top) or next((t for t in top if _looks_like_title(t) and not _is_org_line(t)), None)
    for index, text in enumerate(top):
        candidate = text
        if not _is_report_title(candidate) and index + 1 < len(top):
            # A wrapped title: 'X关于2023年度法治政府建设' + '情况的报告'.
            joined = text + top[index + 1]
            if (
                _looks_like_title(text) and not _is_org_line(text) and _is_report_title(joined)
                # not a spam or site line above a title that stands alone
                and not (_is_report_title(top[index + 1]) and _YEAR_IN_TITLE.search(top[index + 1]))
            ):
                candidate = joined
        if not _is_report_title(candidate):
            continue
        if letterhead and top.index(letterhead) > index and candidate in top[top.index(letterhead) + 1 :]:
            continue  # the title again under the letterhead: read it there
        if letterhead and top.index(letterhead) < index and not candidate.startswith(letterhead) and (
            _YEAR_IN_TITLE.match(candidate) or candidate.startswith("关于")
        ):
            return letterhead + candidate, letterhead, first_line  # 济宁市公安局 / 2023年度…报告
        return candidate, letterhead, first_line
    return None, letterhead, first_line


def _about_title(top: list[str]) -> str | None:
    """西平县人民政府办公室 / 关于印发西平县2020年度法治政府建设 / 工作安排的通知: a 关于… title
    wrapped over lines, with the issuer's line above it."""
    for index, text in enumerate(top):
        if not text.startswith("关于"):
            continue
        joined = text
        for more in top[index + 1 : index + 3]:
            if _GENRE_END.search(joined):
                break
            joined += more
        if not (_GENRE_END.search(joined) and _looks_like_title(joined)):
            return None
        above = top[index - 1] if index > 0 and _is_org_line(top[index - 1]) else ""
        return above + joined
    return None


def _title_further_down(paragraphs: list[tuple[int, str]]) -> str | None:
    """A report that lost its title line often still names itself: a standalone title line
    after a cover letter, or 《…关于2021年度法治政府建设情况的报告》 in the opening text."""
    for index, (_, text) in enumerate(paragraphs[:12]):
        text = _strip_site_marks(text)
        wrapped = text + paragraphs[index + 1][1] if index + 1 < len(paragraphs) and _looks_like_title(text) else text
        for candidate in (text, wrapped):  # 2024年度交通运输法治政府建设 / 工作总结 (never a date line + title)
            if _looks_like_title(candidate) and _STRICT_REPORT_TITLE.search(candidate):
                return candidate
    for _, text in paragraphs[:3]:
        if issued := _PROMULGATION.search(text):
            return issued.group("title")  # the notice's own heading is lost: the document it issues
        for match in _SELF_NAMED.finditer(text):
            title = match.group("title")
            if _STRICT_REPORT_TITLE.search(title) and _agency_prefix(title):
                return title
    return None


def _headline(paragraphs: list[tuple[int, str]], cleaned: CleanText) -> str | None:
    """A news page's headline: the last title-like paragraph above its header or byline, else
    the first one right below it."""
    headers = [s for s in cleaned.set_aside if _NEWS_MARKERS.search(s.text) or _BYLINE.match(s.text.strip())]
    if not headers:
        return None
    header_start = headers[0].raw_start
    above = [text for start, text in paragraphs if cleaned.offsets[start] < header_start]
    titles = [t for t in above if _looks_like_title(t) and not _is_org_line(t)]
    if titles:
        return _strip_site_marks(titles[-1])
    below = [text for start, text in paragraphs if cleaned.offsets[start] > header_start][:1]
    if below and _looks_like_title(_strip_site_marks(below[0])) and not _is_org_line(below[0]):
        return _strip_site_marks(below[0])
    return None


# --- agency -----------------------------------------------------------------------------------


def _agency_prefix(title: str) -> str | None:
    """The issuing body a title starts with, before or right after its year."""
    head = re.split(rf"关于|{_YEAR}\s*年(?:度)?", title, maxsplit=1)[0]
    if head and _is_org(head):
        return head
    after_year = re.match(rf"^{_YEAR}\s*年度?(?P<rest>.+)$", title)
    if after_year:
        rest = after_year.group("rest")
        found = _org_at_start(rest)
        if found:
            return found
        place = place_chain_at_start(rest)  # 2025年陇西县法治政府建设情况: the county's government
        if place and re.match(r"法治|依法", rest[len(place) :]):
            return place
    if head and (is_place_name(head) or _TOWNSHIP.match(head)):
        return head
    return None


def _org_at_start(text: str) -> str | None:
    """A place-anchored organisation name at the start of `text` (聊城市东昌府区人民政府…,
    昌吉州人民政府, 黔南州交通运输局)."""
    head = place_chain_at_start(text) or short_place_at_start(text)
    if head is None:
        return None
    position = len(head) + len(place_chain_at_start(text[len(head) :]) or "")  # 黔南州都匀市…
    tail = _ORG_TAIL.match(text, position)
    if tail is None:
        return None
    # A bureau's branch named after its district: 杭州市公安局滨江区分局, 汉中市公安局南郑分局.
    branch = _BRANCH.match(text, tail.end()) if tail.group().endswith("局") else None
    if branch and place_pattern().match(text, tail.end()):
        return text[: branch.end()]
    return text[: tail.end()]


def _orgs_in(text: str) -> list[str]:
    """Place-anchored bodies in `text`, each named from the first place of its chain."""
    found = []
    consumed = 0
    for place in place_pattern().finditer(text):
        if place.start() < consumed:
            continue  # 海沧区 inside 厦门市海沧区 is the same body
        if len(place.group()) <= 2 and place.group()[0] in "和与及" and place.start() > 0 and (
            "\u4e00" <= text[place.start() - 1] <= "\u9fff"
        ):
            continue  # 法制办公室和县人民政府: a conjunction, not 和县
        org = _org_at_start(text[place.start() :])  # also by a short name: 黔南州交通运输局
        chain = place_chain_at_start(text[place.start() :])
        if org:
            found.append(org)
        elif chain and re.match(r"政府(?!门户|网|信息)", text[place.start() + len(chain) :]):
            found.append(f"{chain}人民政府")  # 厦门市海沧区政府 → 厦门市海沧区人民政府
        consumed = place.start() + len(chain or place.group())
    found += [m.group() for m in _CENTRAL_BODY.finditer(text)]
    return found


def _opening_subject(paragraphs: list[tuple[int, str]]) -> str | None:
    """The subject of the opening sentence: '2023年以来，济宁市公安局在…' → 济宁市公安局."""
    for _, text in paragraphs[:4]:
        if not _is_body(text):
            continue
        match = _OPENING.match(text)
        if match:
            subject = _JOINT_LEVEL.sub(r"\g<place>\g<level>人民政府", match.group("subject"))  # 云南省委、省政府
            subject = _WHOLE_SYSTEM.sub(_system_head, subject)
            if subject.endswith("政府") and not subject.endswith("人民政府") and (
                place_chain_at_start(subject) == subject[:-2] or subject[:-2] in _LEVELS
            ):
                subject = f"{subject[:-2]}人民政府"  # 淄博市政府; 市政府, placed by the city the text names
            if _is_org(subject) and (_org_at_start(subject) or _CENTRAL_BODY.fullmatch(subject)):
                return subject
            if is_place_name(subject) or _RELATIVE_ORG.match(subject) or _is_township_name(subject):
                return subject
        return None
    return None


def _system_head(match: re.Match[str]) -> str:
    """全市公安机关 → 市公安局, 全省司法行政系统 → 省司法厅: the body that heads a level's system."""
    body = "公安" if match.group("system") == "公安机关" else "司法"
    return f"{match.group('level')}{body}{'厅' if match.group('level') == '省' else '局'}"


def _disclosure_owner(text: str) -> str | None:
    """特向社会公布2019年度莆田市公安局城厢分局政府信息公开工作年度报告: the body whose
    disclosure report it is."""
    match = _DISCLOSURE_OWNER.search(text)
    return _org_at_start(match.group("org")) if match else None


def _relative_in_text(paragraphs: list[tuple[int, str]]) -> str | None:
    """现将市人社局2021年…报告, 2023年,市公安局认真…: a body named by its level only."""
    for _, text in paragraphs[:4]:
        match = _RELATIVE_IN_TEXT.search(text)
        if match:
            return match.group("name")
    return None


def _spell_out(name: str) -> str:
    for short, full in ABBREVIATIONS.items():
        if name.endswith(short):
            return name[: -len(short)] + full
    return name


def _resolve_relative(name: str, cleaned: CleanText, header: _Header) -> str | None:
    """市公安局 → 宜春市公安局: prefix the place of that level the text names most, else the
    publisher's place from the page's index number or address."""
    match = _RELATIVE_ORG.match(name)
    if match is None:
        return name
    level = match.group("level")
    for place in (most_mentioned(level, cleaned.text, header.host), header.division):
        if place is None:
            continue
        name_of_place = {"省": place.province, "自治区": place.province, "市": place.city, "州": place.city}.get(
            level, place.district
        )
        if name_of_place and (level in ("省", "自治区", "市") or name_of_place.endswith(level)):
            return f"{_with_city(name_of_place, place)}{_spell_out(match.group('org'))}"  # 区司法局 → 连云港市海州区司法局
    return None


def _with_city(place: str, location: Division | Location) -> str:
    """A district's official name carries its city (城中区 → 西宁市城中区, the way a district
    government signs); a county, a county-level city or a larger place stays as it is."""
    return f"{location.city}{place}" if place.endswith("区") and location.city and location.district == place else place


def _official_place(place: str, cleaned: CleanText, hint: Division | None) -> str:
    """A place the text names alone, as a body the text never names in full is signed."""
    if not place.endswith("区") or not is_division_name(place):
        return place  # a county, or a chain of places (营口市鲅鱼圈区) already in full
    return _with_city(place, locate(place, cleaned.text, hint))


def _government_of(place: str, cleaned: CleanText, hint: Division | None = None) -> str:
    """静海区 → the fullest '…静海区人民政府' the page names (天津市静海区人民政府), else the official
    name of the place with 人民政府; a 街道 acts through its 街道办事处."""
    body = "办事处" if place.endswith("街道") else "人民政府"
    texts = [cleaned.text] + [s.text for s in cleaned.set_aside]
    names = {
        m.group()
        for text in texts
        for m in re.finditer(rf"[\u4e00-\u9fff]{{0,8}}{re.escape(place)}{body}(?!办)", text)
    }
    names = {n for n in names if _org_at_start(n) == n}
    return max(names, key=len) if names else f"{_official_place(place, cleaned, hint)}{body}"


def _most_named_org(paragraphs: list[tuple[int, str]]) -> str | None:
    """The place-anchored body the opening paragraphs name most (central bodies are only ever
    mentioned there, not issuers)."""
    counts: Counter[str] = Counter()
    for _, text in paragraphs[:8]:
        if text.endswith((":", "：")) and len(text) <= _MAX_ADDRESSEE and not re.search(r"[，,。]", text):
            continue  # 中共红河州委、红河州人民政府: the body addressed, not the issuer
        counts.update(
            o for o in _orgs_in(text)
            if not _CENTRAL_BODY.fullmatch(o) and not _PARTY_BODY.search(o) and not _NOT_A_NAME.search(o)
        )
    return counts.most_common(1)[0][0] if counts else None


def _is_township_name(name: str) -> bool:
    """A township the national table knows, alone or after its places: 清波街道, 凤阳县枣巷镇."""
    found = townships_in(name)
    if not found or not name.endswith(found[-1]):
        return False
    places = name[: -len(found[-1])]
    return not places or place_chain_at_start(places) == places


def _most_named_place(paragraphs: list[tuple[int, str]]) -> str | None:
    """A text that names no body speaks for the place it names most: a township or 街道 the
    national table knows (…2023年,清波街道以…, 清波街道党工委…), or a county or district
    (郏县创建…汇报会举行, 郏县县委、县政府…); a tie names nothing. A text that speaks as 我局
    is a bureau's, not its place's."""
    if any(_BUREAU_SELF.search(text) for _, text in paragraphs):
        return None
    opening = paragraphs[:8]
    townships = Counter(name for _, text in opening for name in townships_in(text))
    counties = Counter(name for _, text in opening for name in county_mentions(text))
    if any(_TOWNSHIP_SELF.search(text) for _, text in paragraphs):  # 我镇, 全镇: a township speaks
        townships = townships or Counter(name for _, text in paragraphs for name in townships_in(text))
        counties = Counter() if townships else counties
    counts = townships + counties
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _government_part(name: str) -> str:
    """中共长春市委长春市人民政府 → 长春市人民政府: of a joint party-and-government issuer, the
    government body; a party committee that issues alone (中共…镇委员会) keeps its name."""
    if not _PARTY_BODY.search(name):
        return name
    government = re.fullmatch(r"(?:中共)?(?P<place>.+?)(?:人民)?政府党组", name)
    if government:  # 省政府党组召开会议: the government's party group acts for the government
        return f"{government.group('place')}人民政府"
    bodies = [
        org for org in _orgs_in(name)
        if not _PARTY_BODY.search(org) and name.endswith(org) and name[: -len(org)] not in ("", "中共")
    ]
    return bodies[-1] if bodies else name


def _place_acting_in(headline: str) -> str | None:
    """高港区部署开展法治政府建设专项活动: a headline whose subject is a place (its government).
    A short lead-in that names no place may go first (全省唯一 阜城县入选…, 喜报！…)."""
    place = full_name_pattern().search(headline[:_MAX_LEAD_IN + 8])
    if place is None or place.start() > _MAX_LEAD_IN or find_divisions(headline[: place.start()]):
        return None
    if re.match(rf"(?:{_ADVERBS})?(?:{_ACTS}|印发|出台|推进|启动|获评|入选|安排)", headline[place.end() :]):
        return place.group()
    return None


def _congress_place(paragraphs: list[tuple[int, str]]) -> str | None:
    """——2020年12月24日在汉南区第九届人民代表大会第五次会议上: the report of 汉南区's government."""
    for _, text in paragraphs[:12]:
        match = _CONGRESS.search(text)
        if match and (is_place_name(match.group("place")) or _TOWNSHIP.match(match.group("place"))):
            return match.group("place")
    return None


def _most_named_central_body(paragraphs: list[tuple[int, str]]) -> str | None:
    """A news item on 司法部's report names no local body at all: the ministry it names most.
    A text that speaks as 我局 or 我市 is a local body's, whatever ministry it cites."""
    if any(re.search(r"(?:我|本)(?:局|委|厅|办|市|县|区|州|镇|乡)", text) for _, text in paragraphs):
        return None
    counts = Counter(
        m.group() for _, text in paragraphs[:8] for m in _CENTRAL_BODY.finditer(text) if m.group() != "国务院"
    )
    name, count = counts.most_common(1)[0] if counts else (None, 0)
    return name if count >= 2 else None


@lru_cache(maxsize=1)
def _duty_table() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    with _BUREAU_DUTIES.open(encoding="utf-8") as handle:
        return tuple((row["bureau"], row["self"], tuple(row["keywords"].split("|"))) for row in csv.DictReader(handle))


def bureau_from_duties(text: str) -> str | None:
    """我局 in a text that never names itself: the bureau whose duties it describes
    (企业开办, 个体工商户 → 市场监督管理局), when they clearly point to one."""
    selves = set(_BUREAU_SELF.findall(text))
    # a province's department says 我厅: the bureau's duties, its name ending in 厅 (生态环境厅)
    bureaus = [(bureau, words) for bureau, self, words in _duty_table() if self in selves]
    if "厅" in selves:
        bureaus += [(bureau[:-1] + "厅", words) for bureau, self, words in _duty_table() if self == "局"]
    scores = sorted(((sum(text.count(word) for word in words), bureau) for bureau, words in bureaus), reverse=True)
    if not scores or scores[0][0] < MIN_DUTY_HITS:
        return None
    runner_up = next((score for score, bureau in scores[1:] if bureau[:2] != scores[0][1][:2]), 0)
    return scores[0][1] if scores[0][0] >= MIN_DUTY_LEAD * runner_up else None


# --- header, signature, dates -----------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    date: dt.date | None = None
    org: str | None = None
    byline_date: dt.date | None = None
    host: str = ""  # every header line, where a place may be named (来源:海州宣传, 发布机构 沂水县沙沟镇)
    title: str | None = None
    division: Division | None = None  # the publisher's division, from the code its 索引号 starts with


def _header(set_aside: tuple[SetAside, ...]) -> _Header:
    date = org = byline_date = title = division = None
    written = None  # 成文日期 and other dates: used when no publication date is given
    for line in set_aside:
        text = line.text.strip().lstrip(BULLETS + "-").strip()  # • 2022-01-07 16:51
        title_match = _HEADER_TITLE.search(text) or _TITLE_BEFORE_LABEL.match(text)
        if title is None and title_match:
            title = re.sub(r"\s+", "", title_match.group("title")) or None
        index = _INDEX_NUMBER.search(text)
        if division is None and index:
            division = division_of_code(index.group("code") or index.group("credit"))
        stamp = _LEADING_STAMP.match(text) or _SOURCE_STAMP.search(text)
        if stamp and byline_date is None:
            byline_date = find_date(stamp.group("stamp"))
        for label in _HEADER_DATE_LABEL.finditer(text):
            found = find_date(text[label.end() : label.end() + 24])
            if label.group("label") in _PUBLICATION_LABELS:
                date = date or found
            else:
                written = written or found
        org_match = _HEADER_ORG_LABEL.search(text)
        if org is None and org_match and _is_org(org_match.group("org")):
            org = org_match.group("org")
        byline = _BYLINE.match(text)
        if byline:
            byline_date = byline_date or find_date(byline.group("stamp") or byline.group("stamp2"))
            byline_org = byline.group("org") or byline.group("org2")
            if org is None and byline_org and _is_org(byline_org):
                org = byline_org
    host = "\n".join(line.text for line in set_aside)
    return _Header(date or written, org, byline_date, host, title, division or division_of_site(host))


def _body_start(paragraphs: list[tuple[int, str]]) -> int:
    return next((index for index, (_, text) in enumerate(paragraphs) if _is_body(text)), 0)


def _date_only(text: str) -> dt.date | None:
    """二〇二三年十二月十五日, ( 2021-03-05): a paragraph that is nothing but a date."""
    text = text.strip().strip("()（）[]【】 ").lstrip(BULLETS + " ")
    text = re.sub(r"\s*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分)$", "", text)  # 2022-01-07 16:51, 09时24分
    match = _DATE.fullmatch(text) if len(text) <= 20 else None
    return parse_date(match) if match else None


def _top_date(paragraphs: list[tuple[int, str]]) -> dt.date | None:
    """The first date-only line between the title and the body, or the date stamped on a title
    line: the page's publication date."""
    for _, text in paragraphs[: _body_start(paragraphs)]:
        if date := _date_only(text):
            return date
        stamp = _TITLE_STAMP.search(text)
        if stamp and _REPORT_TITLE.search(text[: stamp.start()]):
            return parse_date(stamp)
    return None


def _signature(paragraphs: list[tuple[int, str]]) -> tuple[str | None, dt.date | None]:
    """The signature: the last date-only paragraph after the body has begun, and the
    organisation line just above it."""
    first = _body_start(paragraphs)
    for index in range(len(paragraphs) - 1, first - 1, -1):
        if date := _date_only(paragraphs[index][1]):
            above = paragraphs[index - 1][1].strip() if index > 0 else ""
            return (above if _is_org_line(above) else None), date
    tail = [text for _, text in paragraphs[-2:] if _is_org_line(text)]
    return (tail[-1] if tail else None), None


def _dated_line(paragraphs: list[tuple[int, str]], pattern: re.Pattern[str]) -> dt.date | None:
    for _, text in paragraphs:
        match = pattern.search(text.strip())
        if match and (date := find_date(match.group("date"))):
            return date
    return None


# --- type and year ----------------------------------------------------------------------------


def _doc_type(title: str | None, text: str, cleaned: CleanText, header: _Header) -> str:
    density = 1000 * len(_GOVERNMENT_WORDS.findall(text)) / max(len(text), 1)
    if density < MIN_GOVERNMENT_DENSITY:
        return OTHER
    if title and (_OTHER_GENRE_TITLE.search(title) or _OTHER_YEARLY.search(title)):
        return OTHER
    if re.search(r"信息公开(?:工作)?(?:年度)?报告", text[:300]) or ("政府信息公开条例" in text[:400] and "本报告" in text[:400]):
        return OTHER  # 现公布2022年…信息公开工作年度报告: a disclosure report that lost its title
    if title and _NEWS_HEADLINE.search(title) and any(_NEWS_MARKERS.search(s.text) for s in cleaned.set_aside):
        return NEWS
    if title and _is_report_title(title) and _REPORT_WORDS.search(title):
        return ANNUAL_REPORT
    if _REPORT_PHRASE.search(text[:3000]) or _REPORT_PHRASE.search(text[-1500:]):
        return ANNUAL_REPORT
    web_header = header.byline_date is not None or any(_NEWS_MARKERS.search(s.text) for s in cleaned.set_aside)
    if web_header or _NEWS_MARKERS.search(text[:300]) or _EVENT_OPENING.search(text[:300]):
        return NEWS
    if (title and _is_report_title(title)) or re.search(r"年度?.{0,6}法治政府建设", text[:600]):
        return ANNUAL_REPORT
    opening = next((p for p in text.split("\n") if _is_body(p)), "")
    rule_of_law = re.search(r"法治(?:政府)?(?:部门)?建设|依法行政|法治化", text[:600])
    if re.match(rf"{_YEAR}\s*年(?:度|以来)?[，,]", opening) and rule_of_law:
        return ANNUAL_REPORT  # 2023年,市市场监管局…法治政府建设…取得了新成效: a report that lost its title
    sections = re.search(r"^一、", text, re.MULTILINE)
    if re.match(rf"(?:{_YEAR}\s*年|今年(?:以)?来|近年来)", opening) and rule_of_law and sections:
        return ANNUAL_REPORT  # 2023年是…开局之年,全市公安机关… / 一、…: a report's opening and sections
    # a document addressed to bodies (各市市场监督管理局…:) or sending one (印发给你们) is no news
    addressed = re.search(r"^[^\n。]{2,160}[:：]$|印发给你们", text[:400], re.MULTILINE)
    if title is None and rule_of_law and _NEWS_TIME.search(text[:300]) and not addressed:
        return NEWS  # a news item that lost its headline: 近日, 3月19日, 12月4日是…宪法日
    return NEWS if title else OTHER


def _report_year(
    title: str | None,
    paragraphs: list[tuple[int, str]],
    doc_type: str,
    published: dt.date | None,
    delivered: dt.date | None,
) -> int | None:
    if doc_type == NEWS and published is not None:
        # 去年依法办结行政复议案件29.3万件: a news item on last year's figures
        return published.year - 1 if title and re.search(r"去年|上年|上一年", title) else published.year
    if title:
        match = _YEAR_IN_TITLE.search(title)
        if match and (year := _year_value(match.group("year"))):
            # A government work report is named for the year it is delivered, about the year before.
            if "政府工作报告" in title and "年度" not in title:
                late = delivered is not None and delivered.year == year and delivered.month >= LATE_DELIVERY_MONTH
                return year if late else year - 1
            return year
    for _, text in paragraphs[:6]:
        match = _BODY_YEAR.search(text)
        if match and (year := _year_value(match.group("year"))):
            return year
    if doc_type == NEWS:
        for _, text in paragraphs[:4]:
            if (event := find_date(text)) is not None:
                return event.year  # 2019年1月15日,在…召开了…: the year of the event reported
        for _, text in paragraphs[:2]:
            for year in _years_named(text):
                return year  # 开展了全市2018年“12•4”宣传活动
    if (year := _most_named_year(paragraphs, published)) is not None:
        return year
    if published is not None:
        # An annual report is signed in the first months of the following year.
        return published.year - 1 if doc_type == ANNUAL_REPORT and published.month <= 6 else published.year
    return None


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


# --- all together -----------------------------------------------------------------------------


def _choose_agency(
    title: str | None,
    letterhead: str | None,
    signature_org: str | None,
    header: _Header,
    paragraphs: list[tuple[int, str]],
    cleaned: CleanText,
) -> str | None:
    """The issuer, from the most reliable place that names it."""
    candidates = (  # tried in order, each computed only when the ones before found nothing
        lambda: _agency_prefix(title) if title else None,
        lambda: _congress_place(paragraphs),
        lambda: signature_org,
        lambda: _disclosure_owner(cleaned.text[:600]),
        # a page's 来源 or byline names the publisher in full (黄石市司法局) before a headline's subject
        lambda: header.org if header.org and not _RELATIVE_ORG.match(header.org) else None,
        lambda: _org_at_start(title) if title else None,  # 嘉兴市南湖区司法局在区政府常务会议…作专题汇报
        lambda: header.org,  # 来源:区司法局 before a place a headline names (资阳区召开…)
        lambda: _place_acting_in(title) if title else None,  # 高港区部署开展…专项活动
        lambda: _WEBSITE.sub("", letterhead) if letterhead else None,
        lambda: _opening_subject(paragraphs),
        lambda: _relative_in_text(paragraphs),
        lambda: _RELATIVE_ORG.match(title).group() if title and _RELATIVE_ORG.match(title) else None,
        lambda: _relative_at_title_start(title),
        lambda: _most_named_org(paragraphs),
        lambda: _most_named_place(paragraphs),
        lambda: _most_named_central_body(paragraphs),
    )
    for find in candidates:
        candidate = find()
        if not candidate or _NOT_A_NAME.search(candidate):
            continue  # 蓬溪县法治政府建设推进会在县公安局: a clause, not a name
        candidate = _government_part(_repair_typos(candidate))
        if is_place_name(candidate) or _TOWNSHIP.match(candidate):
            return _government_of(candidate, cleaned, header.division)  # 静海区2023年度…报告: the district government
        if _RELATIVE_ORG.match(candidate) and not find_divisions(candidate):  # 市中区… names a place
            candidate = _resolve_relative(candidate, cleaned, header)
            if not candidate:
                continue
        if (spelled := _spell_out(candidate)) != candidate and spelled in cleaned.text:
            candidate = spelled  # 包头市市场监管局 where the text also prints 包头市市场监督管理局
        return _fuller_name(candidate, (signature_org, header.org, *_printed_with_places(candidate, cleaned.text)))
    return None


def _printed_with_places(name: str, text: str) -> list[str]:
    """The same body printed with more places in front (大兴区统计局 → 北京市大兴区统计局)."""
    places = find_divisions(place_chain_at_start(name) or "")
    if not places or not any(d.district == d.name for d in places[0]):
        return []  # only a body of a district or county is printed with its city before it
    found = []
    for match in re.finditer(rf"[\u4e00-\u9fff]{{2,12}}(?={re.escape(name)})", text):
        before = match.group()
        places = next((before[i:] for i in range(len(before) - 1) if is_place_name(before[i:])), None)
        if places:
            found.append(places + name)
    return found


def _repair_typos(name: str) -> str:
    """元谋县县卫生健康局 → 元谋县卫生健康局, 廉江市民政局民政局 → 廉江市民政局."""
    return re.sub(r"(.{2,8})\1$", r"\1", re.sub(r"(县|区)\1", r"\1", name))


def _fuller_name(candidate: str, others: tuple[str | None, ...]) -> str:
    """The same body spelled out elsewhere: 宁夏司法厅 in the title and 宁夏回族自治区司法厅 in the
    来源 line; 省卫生健康委 in the title and 贵州省卫生健康委员会 in the signature."""
    for other in others:
        if not other or len(other) <= len(candidate):
            continue
        if other.startswith(candidate) and other[len(candidate) :] in ("员会", "会"):
            return other
        if strip_places(other) == strip_places(candidate) and locate(other) == locate(candidate) != Location():
            return other
    return candidate


def _relative_at_title_start(title: str | None) -> str | None:
    """区司法局开展宪法宣传周活动 → 区司法局."""
    if not title:
        return None
    government = re.match(rf"(?P<level>{_LEVEL})政府(?!办|工作)", title)
    if government:  # 市政府与自治区司法厅举行签约仪式 → 市人民政府
        return f"{government.group('level')}人民政府"
    match = re.match(rf"(?:{_LEVEL})(?:人民政府|[\u4e00-\u9fff]{{1,12}}?(?:{_ORG_SUFFIX}))", title)
    return match.group() if match and _RELATIVE_ORG.match(match.group()) else None


def _locate_agency(agency: str | None, letterhead: str | None, header: _Header,
                   paragraphs: list[tuple[int, str]], cleaned: CleanText) -> Location:
    if agency and _CENTRAL_BODY.fullmatch(agency):
        return Location()
    location = locate(agency, cleaned.text, header.division)
    if location.province is not None:
        return location
    if agency and (township := locate_township(agency, cleaned.text + header.host, header.division)).province:
        return township
    # A township, or a body the text never names: place it by its host site or header, by the
    # division code of its index number, else by the place of the level its text speaks of
    # (市委、市政府 → the city it names most).
    for host in (letterhead, header.org, header.host):
        if host and (found := locate(host, cleaned.text, header.division)).province is not None:
            return found
    if (coded := header.division) is not None:
        return Location(coded.province, coded.city, coded.district)
    hint = _LEVEL_HINT.search(cleaned.text[:3000])
    levels = [hint.group("level")] if hint else []
    if re.search(r"(?:我|本)厅", cleaned.text):
        levels.insert(0, "省")  # a province's department
    # Else the level the text speaks from most: 我县/全县/县委 → a county, 我市/全市/市委 → a city.
    counts = {level: len(re.findall(rf"(?:我|全|本){level}|{level}(?:委|政府)", cleaned.text)) for level in "县区市"}
    levels += [level for level, count in sorted(counts.items(), key=lambda kv: -kv[1]) if count]
    for level in levels:
        place = most_mentioned(level, cleaned.text, header.host)
        if place is not None:
            return Location(place.province, place.city, place.district)
    return Location()


def extract_metadata(cleaned: CleanText) -> DocumentMetadata:
    """Metadata of a clean text. A text in traditional characters is read in simplified form;
    title and agency are returned as printed."""
    simplified = cleaned.simplified
    if simplified is None:
        return _extract(cleaned)
    view = CleanText(
        simplified,
        cleaned.offsets,
        tuple(SetAside(a.raw_start, a.raw_end, simplified_view(a.text) or a.text) for a in cleaned.set_aside),
    )
    metadata = _extract(view)

    # a title may have been joined from lines: find it with the line breaks taken out
    kept = [i for i, char in enumerate(simplified) if char != "\n"]
    flat = "".join(simplified[i] for i in kept)

    def as_printed(value: str | None) -> str | None:
        if not value:
            return value
        if (at := flat.find(value)) >= 0:
            return "".join(cleaned.text[kept[i]] for i in range(at, at + len(value)))
        for original, seen in zip(cleaned.set_aside, view.set_aside):  # a header line: 发文机关 …
            if (at := seen.text.find(value)) >= 0 and len(seen.text) == len(original.text):
                return original.text[at : at + len(value)]
        return value

    return replace(metadata, title=as_printed(metadata.title), agency=as_printed(metadata.agency))


def _extract(cleaned: CleanText) -> DocumentMetadata:
    paragraphs = _paragraphs(cleaned)
    report_title, letterhead, first_line = _top_title(paragraphs)
    header = _header(cleaned.set_aside)
    title = (
        (_strip_site_marks(header.title) if header.title and _looks_like_title(header.title) else None)
        or report_title or first_line or _title_further_down(paragraphs) or _headline(paragraphs, cleaned)
    )
    signature_org, signature_date = _signature(paragraphs)
    delivered = _dated_line(paragraphs[:12], _DELIVERY)
    agency = _choose_agency(title, letterhead, signature_org, header, paragraphs, cleaned)
    published = (
        _dated_line(paragraphs, _NEWSPAPER_CREDIT)
        or delivered
        or header.date
        or signature_date
        or header.byline_date
        or _top_date(paragraphs)
    )
    doc_type = _doc_type(title, cleaned.text, cleaned, header)
    location = _locate_agency(agency, letterhead, header, paragraphs, cleaned)
    if agency is None and (bureau := bureau_from_duties(cleaned.text)):
        place = location.province if bureau.endswith("厅") else location.district or location.city or location.province
        agency = f"{_with_city(place, location)}{bureau}" if place else None
    return DocumentMetadata(
        agency=agency,
        province=location.province,
        city=location.city,
        district=location.district,
        report_year=_report_year(title, paragraphs, doc_type, published, delivered),
        published_date=published,
        doc_type=doc_type,
        title=title,
    )
