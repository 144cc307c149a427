"""What a web page's header lines (set aside by cleaning) and a report's signature say about
its publisher, title and date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.clean import BULLETS, DAY_FIRST_STAMP, WEIBO_STAMP, SetAside, is_clock, without_glosses
from pipeline.divisions import Division, division_of_code, division_of_site
from pipeline.metadata.dates import date_only, find_date
from pipeline.metadata.names import is_org, is_org_line
from pipeline.metadata.vocabulary import BYLINE, WEBSITE, body_start

_HEADER_DATE_LABEL = re.compile(
    r"(?P<label>发布时间|发布日期|发布时期|发布于|发表日期|发表时间|发文日期|发文时间|公开日期|公开时间|公布日期|公布时间"
    r"|成文日期|成文时间|印发日期|生效日期|(?<!归档)日期|(?<!归档)(?<!现在)时间)[\s|:：]*"  # not when it was filed
)
# preferred to 成文日期 and the like (发布时期: a common slip for 发布时间)
_PUBLICATION_LABELS = ("发布时间", "发布日期", "发布时期", "发布于", "发表日期", "发表时间", "发文日期", "发文时间", "公开日期", "公开时间", "公布日期", "公布时间")
_HEADER_ORG_LABEL = re.compile(
    r"(?:来源|源自|信息来源|发布机构|发文机关|发文单位|发布单位|成文单位|责任编辑|供稿单位|欢迎访问)[\s|:：]*"
    r"(?P<org>[\u4e00-\u9fff（）()]{3,40})"
)

# A page's metadata table may name the document: 标  题:…, 名  称:…, 内容概述 | … (up to the next label); a
# mirror may have turned the padding into question marks (標????????題 | …).
_HEADER_TITLE = re.compile(
    r"(?:^|[\s|])(?:标[\s?]*题|名[\s?]*称|文件名称|信息名称|内容概述|(?<![^\s|])称(?=\s*[:：]))\s*(?:[:：]|\||(?<=题)\s)[\s|]*"
    r"(?P<title>[^|]+?)(?=\s+\S{1,6}\s*[:：]|\s*\||$)"  # also 称: where a capture lost the label's first character
)

# A headline run into the page's header line: 我省命名…项目发布时间:2021-09-16 来源:山西日报
_TITLE_BEFORE_LABEL = re.compile(r"^(?P<title>[^\s|:：>]{8,60}?)\s*(?:发布时间|发布日期)\s*[:：]")
# …——封丘县人民法院司法为民工作纪实 作者:郭文涛 发布时间:…: a headline before its byline
_TITLE_BEFORE_BYLINE = re.compile(r"^(?![\d（(])(?P<title>(?:(?!来源|记者|发布)[^|:：>]){8,80}?)\s+作者\s*[:：]")

# A banner clock (2025年02月17日 星期一) is no page's date, except the edition date of an e-paper.
_CLOCK = re.compile(r"(?:^|\s)(?P<stamp>\d{4}年\d{1,2}月\d{1,2}日)\s*星期", re.MULTILINE)
_EDITION = re.compile(r"当前版[:：]|第\s*[A-Z]?\d{1,3}\s*版|^\d{1,5}版[:：]", re.MULTILINE)  # 第A9版:综合, 00015版:今日湖州
# A disclosure index number starts with the publisher's division code (370402/2022-00029) or its
# unified social credit code, whose third to eighth characters are that code (11440115MB2D065126).
_INDEX_NUMBER = re.compile(
    r"(?:索\s*引\s*号[\s|:：]*|^(?=[0-9A-Z]+/\d{4}-\d+$))"  # also a line that is nothing but the number
    r"(?:(?P<code>\d{6})\d{0,6}[/\-]|[0-9A-Z]{2}(?P<credit>\d{6})[0-9A-Z]{10}[/\-])"
)

# 编辑: 李盛元来源: 经济晚报2025-06-22 14:59:21: a source line stamped with date and time, or ending in a date
_SOURCE_STAMP = re.compile(r"(?:来源|稿源|编辑|作者).{0,30}?(?P<stamp>\d{4}-\d{1,2}-\d{1,2})(?:\s*\d{1,2}:\d{2}|\s*$)")  # also 来源:新华社佚名2018-02-07
# 《小康》 ● 中国小康网   2019-12-11 15:55:50: a short line that ends in a date and time
_TRAILING_STAMP = re.compile(r"^.{0,40}?(?:[\s·•]|(?<=[报報]))(?P<stamp>\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*评论\S*)?$")  # also 苏州日报·2025-12-05 08:34, 开州日报2017-08-14 11:13:24
# A time stamp opening a header line: 2016-12-09 09:01 来源: 青海日报
_LEADING_STAMP = re.compile(
    # a section word, a publisher or the site first: 政务   2024-11-07 17:33, usa.fjsen.com 2016-07-07 15:19:50,
    # 中央政府门户网站 www.gov.cn   2010年04月06日, 安徽省政务公开办  2018/3/26
    r"^(?:[\u4e00-\u9fff]{1,16}\s+)?(?:(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+)?"  # also http://www.newdu.com 2017-10-20
    r"(?P<stamp>\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}/?|\.\d{1,2}\.\d{1,2}(?=\s+\d{1,2}:)|年\d{1,2}月\d{1,2}日))"  # also 2020/12/17/, 2017.02.16 11:34
    r"(?:\s*(?<=日)\d{1,2}:\d{2}(?::\d{2})?|\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|\||$|(?=来源|稿源))"  # 2023年05月18日14:44, 2020年03月23日来源:
    r"(?!\s*星期)"  # 2024年10月24日 星期四: a banner clock, not the page's date
)


@dataclass(frozen=True)
class Header:
    date: dt.date | None = None
    org: str | None = None
    byline_date: dt.date | None = None
    host: str = ""  # every header line, where a place may be named (来源:海州宣传, 发布机构 沂水县沙沟镇)
    title: str | None = None
    division: Division | None = None  # the publisher's division, from the code its 索引号 starts with


def read_header(set_aside: tuple[SetAside, ...]) -> Header:
    date = org = byline_date = title = division = None
    written = None  # 成文日期 and other dates: used when no publication date is given
    for index, line in enumerate(set_aside):
        if index + 1 < len(set_aside) and is_clock(line.text, set_aside[index + 1].text):
            continue  # a reader's clock, set aside as chrome
        text = without_glosses(line.text).strip().lstrip(BULLETS + "-").strip()  # • 2022-01-07 16:51; 發(fā)布日期
        title_match = _HEADER_TITLE.search(text) or _TITLE_BEFORE_LABEL.match(text) or _TITLE_BEFORE_BYLINE.match(text)
        # not 湘潭县人民政府门户网站, nor the publisher before its date (哈尔滨市呼兰区人民政府 发布时间:…)
        if title is None and title_match and not WEBSITE.search(found := title_match.group("title")) and not is_org_line(found):
            title = re.sub(r"\s+", "", found) or None
        index = _INDEX_NUMBER.search(text)
        if division is None and index:
            division = division_of_code(index.group("code") or index.group("credit"))
        stamp = _LEADING_STAMP.match(text) or _SOURCE_STAMP.search(text) or _TRAILING_STAMP.search(text)
        if stamp and byline_date is None:
            byline_date = find_date(stamp.group("stamp"))
        if (post := WEIBO_STAMP.match(text)) and byline_date is None:  # 山东法制报 26-01-22 16:06: a microblog post's
            byline_date = find_date(f"20{post.group('year')}-{post.group('month')}-{post.group('day')}")
        if (day_first := DAY_FIRST_STAMP.match(text)) and date is None:  # dates the page, makes no news
            day, month, year = day_first.groups()
            date = find_date(f"{year}-{month}-{day}")  # None for 31.04.2017, as for any impossible date
        for label in _HEADER_DATE_LABEL.finditer(text):
            found = find_date(text[label.end() : label.end() + 24])
            # 来源:泉州市泉港区人民政府 时间:2025-02-10: the time a source line gives is the publication's
            if label.group("label") in _PUBLICATION_LABELS or "来源" in text[: label.start()]:
                date = date or found
            else:
                written = written or found
        org_match = _HEADER_ORG_LABEL.search(text)
        source = WEBSITE.sub("", org_match.group("org")) if org_match else ""  # 来源:自然资源部门户网站
        if org is None and source and is_org(source):
            org = source
        byline = BYLINE.match(text)
        if byline:
            byline_date = byline_date or find_date(byline.group("stamp") or byline.group("stamp2"))
            byline_org = re.sub(r"(?:主办|承办|协办)$", "", byline.group("org") or byline.group("org2") or "")  # …办公室主办
            if org is None and byline_org and is_org(byline_org):
                org = byline_org
    host = "\n".join(line.text for line in set_aside)
    if byline_date is None and _EDITION.search(host) and (clock := _CLOCK.search(host)):
        byline_date = find_date(clock.group("stamp"))  # an e-paper's banner dates its edition
    return Header(date or written, org, byline_date, host, title, division or division_of_site(host))


# A notice whose page ran its lines together: …现印发给你们,请认真贯彻执行。 聊城市人民政府办公室 2021 年 5 月 21 日
_RUN_IN_SIGNATURE = re.compile(
    r"印发给你们[^。]{0,40}。\s*(?P<org>[\u4e00-\u9fff]{4,30})?\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)


def signature_of(paragraphs: list[tuple[int, str]]) -> tuple[str | None, dt.date | None]:
    """The signature: the last date-only paragraph after the body has begun, and the
    organisation lines just above it; of a joint signature, the first body signs first
    (国家发展改革委办公厅 / 税务总局办公厅 / 2019年8月20日)."""
    first = body_start(paragraphs)
    for index in range(len(paragraphs) - 1, first - 1, -1):
        if date := date_only(paragraphs[index][1]):
            top = index
            while top > max(first, index - 3) and is_org_line(paragraphs[top - 1][1].strip()):
                top -= 1
            return (paragraphs[top][1].strip() if top < index else None), date
    for _, text in paragraphs[:3]:
        if (run_in := _RUN_IN_SIGNATURE.search(text)) and (run_in.group("org") is None or is_org(run_in.group("org"))):
            return run_in.group("org"), find_date(run_in.group("date"))
    tail = [text for _, text in paragraphs[-2:] if is_org_line(text)]
    return (tail[-1] if tail else None), None
