"""Dates as reports print them (2023年12月15日, 二〇二三年十二月十五日, 2023-12-15) and the
lines that carry a publication date: a date-only line under the title, a newspaper credit, a
speech's delivery line."""
from __future__ import annotations

import datetime as dt
import re

import cn2an

from pipeline.clean import BULLETS
from pipeline.metadata.vocabulary import DATE, REPORT_TITLE, TITLE_STAMP, body_start

# 《人民日报》(2019年3月5日 04版), also without the brackets: 《遂宁日报》2025年11月29日03版
NEWSPAPER_CREDIT = re.compile(
    r"《\s*[\u4e00-\u9fff]{2,12}报\s*》\s*(?:[（(]\s*(?P<date>[^）)]{8,20}?)\s*\d*\s*版\s*[）)]"
    r"|(?P<bare>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*\d{1,3}\s*版$)"
)
DELIVERY = re.compile(
    r"(?P<date>(?:(?:19|20)\d{2}|[二〇○OО零][〇○OО零一二三四五六七八九]{3})\s*年[^年]{2,12}?日)\s*在(?:[^。，]{2,40}?(?:会议|大会)(?:上|$)|[^。，]{2,30}第[^。，]{1,4}届$)"
    # a delivery line on its own, after a dash or not (2024年1月29日在舟山市普陀区 / 第十八届…)
    r"|^(?:[—-]{1,2}\s*)?(?P<bare>(?:(?:19|20)\d{2}|[二〇○OО零][〇○OО零一二三四五六七八九]{3})\s*年[^年]{2,12}?日)在[^。，,]{2,30}[区县市州旗]$"
    r"|^[—-]{1,2}\s*(?P<dashed>(?:(?:19|20)\d{2}|[二〇○OО零][〇○OО零一二三四五六七八九]{3})\s*年[^年]{2,12}?日)[^。，在]{2,30}人民代表大会第[^。，]{1,4}次会议"
    r"|工作[报報]告\s*[（(]\s*(?P<titled>(?:19|20)\d{2}\s*年[^年（()）]{2,10}?日)(?:[^（()）]{2,40}(?:会议|大会))?\s*[)）]$"  # 2024年政府工作报告(2024年12月26日), 检察工作报告(2022年1月12日…第一次会议)
)  # also ——2023年1月7日在三亚市第八届 / 人民代表大会第四次会议上, set on two lines (or 在通化市东昌区 / 第九届…); ——2016年1月6日大连市西岗区第十七届人民代表大会第四次会议


_ZERO = str.maketrans("○OО", "〇〇〇")


def chinese_or_arabic_int(text: str) -> int | None:
    """12 / 十二 / 二〇二三 → int; None when the text is no plain number."""
    text = text.strip().translate(_ZERO)
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
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return None if date == UNIX_EPOCH else date  # 1970-01-01: a page's empty date field, not a date


UNIX_EPOCH = dt.date(1970, 1, 1)


def find_date(text: str) -> dt.date | None:
    for match in DATE.finditer(text):
        date = parse_date(match)
        if date is not None:
            return date
    return None


def year_value(token: str) -> int | None:
    year = chinese_or_arabic_int(token)
    return year if year is not None and 1949 <= year <= 2100 else None


def date_only(text: str) -> dt.date | None:
    """二〇二三年十二月十五日, ( 2021-03-05): a paragraph that is nothing but a date."""
    text = text.strip().strip("()（）[]【】 ").lstrip(BULLETS + " ")
    text = re.sub(r"^(?:日期|时间)\s*[:：]\s*", "", text)  # 时间:2016-04-20: a page's date under its label
    text = re.sub(r"\s*[（(]此件[^（()）]{2,8}[)）]?$", "", text)  # 2021年8月20日(此件主动公开): its disclosure note run on
    text = re.sub(r"(?:\s*(?:放大|缩小|默认|[【\[]?[大中小][】\]]?)){2,}$", "", text)  # 2016年11月28日 放大 缩小 默认: type-size buttons
    text = re.sub(r"\s*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分)$", "", text)  # 2022-01-07 16:51, 09时24分
    # 2024年01月16日  王辉, 2017-06-22周仲贵: with its writer, or its outlet
    text = re.sub(r"(?:(?<=日)|(?<=\d)(?![日号]))\s*[\u4e00-\u9fff]{2,4}$", "", text)
    text = re.sub(r"(?<=\d)\s*[\u4e00-\u9fff]{2,12}(?:网|網|报|報)$", "", text)  # 2020-11-30 中共江蘇省委新聞網: with its outlet
    match = DATE.fullmatch(text) if len(text) <= 20 else None
    return parse_date(match) if match else _run_together(text)


def _run_together(text: str) -> dt.date | None:
    """2021820, 2021520: a signature date whose 年, 月 and 日 a copy lost, read when only one split
    of month and day makes a date."""
    if not re.fullmatch(r"(?:19|20)\d{5,6}", text):
        return None
    year, rest = int(text[:4]), text[4:]
    dates = set()
    for cut in (1, 2):
        try:
            dates.add(dt.date(year, int(rest[:cut]), int(rest[cut:])))
        except ValueError:
            continue
    return dates.pop() if len(dates) == 1 else None


def top_date(paragraphs: list[tuple[int, str]]) -> dt.date | None:
    """The first date-only line between the title and the body, or the date stamped on a title
    line: the page's publication date."""
    for index, (_, text) in enumerate(paragraphs[: body_start(paragraphs)]):
        if date := date_only(text):
            return date
        stamp = TITLE_STAMP.search(text)
        # …工作汇编 2021-01-06, …研究 (2018-12-11) as the page's first line: its title line, stamped
        first_line_stamp = index == 0 and stamp is not None and re.fullmatch(r"[（(]?\d{4}-\d{1,2}-\d{1,2}[)）]?", stamp.group(0).strip())
        if stamp and (REPORT_TITLE.search(text[: stamp.start()]) or stamp.group("dash") or first_line_stamp):
            return parse_date(stamp)
    return None


# A page's stamp run into its first paragraph: 2015-11-13 07:24本报讯…, 发布时间:2025-02-21 16:32:16 | 来源:…
_OPENING_STAMP = re.compile(
    rf"^(?:(?:发布时间|发布日期)\s*[:：]\s*)?{DATE.pattern}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?=\s|\||$|本报|来源|记者|[（(])"  # not 2023年5月6日 14:30许,…派出所接到报警: an incident's time
)


# …情况的报告发布时间:2023-01-31 16:38:31来源:…: a labelled stamp anywhere in a flattened header
_LABELLED_STAMP = re.compile(rf"(?:发布时间|发布日期)\s*[:：]\s*{DATE.pattern}\s*\d{{1,2}}:\d{{2}}")


def opening_stamp(paragraphs: list[tuple[int, str]]) -> dt.date | None:
    """A date with its clock time at the very start of one of the first paragraphs, or after a
    发布时间 label: the page's stamp, which a flattened page ran into the text (a narrative date,
    2019年1月15日,在…, has neither clock nor label)."""
    for _, text in paragraphs[: max(3, body_start(paragraphs))]:
        match = _OPENING_STAMP.match(text.strip()) or _LABELLED_STAMP.search(text)
        if match and (date := parse_date(match)):
            return date
    return None


def dated_line(paragraphs: list[tuple[int, str]], pattern: re.Pattern[str]) -> dt.date | None:
    for _, text in paragraphs:
        match = pattern.search(text.strip())
        # the date the pattern captures, under whichever name its alternative gives it (date, bare)
        if match and (date := find_date(next((value for value in match.groupdict().values() if value), ""))):
            return date
    return None
