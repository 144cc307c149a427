"""Document metadata: who issued a text, where, about which year, when, and what kind it is.

Reports put these facts in different places: a title line (南京市公安局2024年度…报告), a
letterhead above a year-only title, a web page's 发布时间 header or byline, a newspaper credit
line, the delivery line of a speech (——2019年2月26日在…会议上), or only the signature at the end
(汉中市公安局南郑分局 / 二〇二三年十二月十五日). Each fact is taken from the most reliable place
that has it; a title is never guessed from a body sentence or a section heading.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pipeline.clean import CleanText, SetAside, simplified_view, traditional_view, without_glosses
from pipeline.metadata.agency import (
    choose_agency,
    police_of,
    political_legal_committee_of,
    speaks_as_bureau,
    traffic_police_of,
)
from pipeline.metadata.dates import DELIVERY, NEWSPAPER_CREDIT, dated_line, find_date, opening_stamp, top_date
from pipeline.metadata.duties import bureau_from_duties
from pipeline.metadata.genre import ANNUAL_REPORT, GAZETTE_ISSUE, NEWS, OTHER, doc_type_of, report_year_of
from pipeline.metadata.header import read_header, signature_of
from pipeline.metadata.location import as_printed, government_of, locate_agency, with_city, with_municipality
from pipeline.metadata.titles import (
    headline_of,
    yearbook_entry_title,
    looks_like_title,
    portal_banner,
    strip_site_marks,
    title_further_down,
    top_title,
    with_subtitle,
)
from pipeline.metadata.vocabulary import paragraphs_of

# News of a place's rule-of-law government as such (…荣获全国法治政府建设示范市, 法治政府建设成效…)
_GOVERNMENT_NEWS = re.compile(r"法治政府建设|依法行政")
# Police work: 民警, 警情, 公安(机关), 派出所, 治安, 破获…案, 抓获…嫌疑人
_POLICE_WORK = re.compile(r"民警|警情|公安|警方|破获|抓获|犯罪嫌疑人|刑事案件|侦破|派出所|治安|刑侦|警务")
MIN_POLICE_WORDS = 4
_WHOLE_PROVINCE = re.compile(r"全省|全区|我省|省委政法委|自治区党委政法委")
MIN_POLITICAL_LEGAL_WORDS = 2  # 政法 named at least this often, and at least half as often as police work
MIN_POLICE_NEWS_WORDS = 6  # …and so much of it that a government guessed from the place gives way
MAX_POSTING_DELAY_DAYS = 60  # a speech page posted later than this re-posts it

__all__ = ["ANNUAL_REPORT", "NEWS", "OTHER", "DocumentMetadata", "extract_metadata", "find_date"]


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
    # the agency's full official name in simplified characters: one key per body across scripts and spellings
    agency_key: str | None = None


def extract_metadata(cleaned: CleanText) -> DocumentMetadata:
    """Metadata of a clean text. A text in traditional characters is read in simplified form; its
    title and agency are returned as printed (an agency it never prints whole, in its script), and
    `agency_key` keeps the agency's official name in simplified form so that one body is one key."""
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

    def printed_as(value: str | None) -> str | None:
        """The value as the page prints it, None where it never prints it whole."""
        if not value:
            return None
        if (at := flat.find(value)) >= 0:
            return "".join(cleaned.text[kept[i]] for i in range(at, at + len(value)))
        for original, seen in zip(cleaned.set_aside, view.set_aside):  # a header line: 发文机关 …
            printed, read = without_glosses(original.text), without_glosses(seen.text)
            if (at := read.find(value)) >= 0 and len(read) == len(printed):
                return printed[at : at + len(value)]
        return None

    agency = metadata.agency
    printed_agency = printed_as(agency)
    if agency and printed_agency is None:
        # 青海省高级人民法院, built from 省高院 on a page in traditional script: 青海省高級人民法院; on a
        # simplified page with a 繁體版 link or a variant (陜西) it stays simplified
        printed_agency = traditional_view(agency) if _mostly_traditional(cleaned.text, simplified) else agency
    return replace(metadata, title=printed_as(metadata.title) or metadata.title, agency=printed_agency)


# A page written in traditional script differs from its simplified reading in about one character
# in four; a simplified page with a 繁體版 link or a variant (陜西) in a few.
_TRADITIONAL_SHARE = 0.05


def _mostly_traditional(text: str, simplified: str) -> bool:
    chinese = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    differing = sum(1 for a, b in zip(text, simplified) if a != b)
    return chinese > 0 and differing / chinese >= _TRADITIONAL_SHARE


# bureaus whose provincial counterpart is a 厅 (公安厅, 司法厅…): 甘肃省公安局 names no body
_DEPARTMENT_AS_BUREAU = re.compile(r"^(?:公安|司法|教育|财政|民政|交通运输|自然资源|生态环境|住房和城乡建设|水利|农业农村|应急管理|人力资源和社会保障|卫生健康)局$")


def _by_level(bureau: str, text: str) -> str | None:
    """我局 in a text that names no place but speaks as 我市 or 全县: the bureau by that level (市水利局),
    as the text would name it; the place stays unknown."""
    if not bureau.endswith("局"):
        return None
    counts = {level: len(re.findall(rf"(?:我|全|本){level}", text)) for level in "市县区"}
    level, count = max(counts.items(), key=lambda item: item[1])
    return f"{level}{bureau}" if count and list(counts.values()).count(count) == 1 else None


def _posted_soon_after(posted: dt.date | None, delivered: dt.date | None) -> dt.date | None:
    """A speech's page (时间:2022-02-23) posted within weeks of its delivery (——2022年1月10日在…会议上)
    is published on the page's date; a page posted months or years later re-posts it."""
    if posted is None or delivered is None or not 0 <= (posted - delivered).days <= MAX_POSTING_DELAY_DAYS:
        return None
    return posted


def _extract(cleaned: CleanText) -> DocumentMetadata:
    paragraphs = paragraphs_of(cleaned)
    report_title, letterhead, first_line = top_title(paragraphs)
    header = read_header(cleaned.set_aside)
    if letterhead and report_title and portal_banner(letterhead, report_title, header.org, paragraphs):
        # 宁县人民政府 (the portal) / 教育局政府信息公开 / 2024年度…报告, published by 宁县教育局: the bureau's title
        report_title, letterhead = report_title.removeprefix(letterhead) or None, None
    title = (
        (strip_site_marks(header.title) if header.title and looks_like_title(header.title) else None)
        or report_title or first_line or title_further_down(paragraphs) or headline_of(paragraphs, cleaned)
    )
    signature_org, signature_date = signature_of(paragraphs)
    delivered = dated_line(paragraphs[:12], DELIVERY)
    agency = choose_agency(title, letterhead, signature_org, header, paragraphs, cleaned)
    title = yearbook_entry_title(paragraphs, title) or with_subtitle(title, paragraphs)
    doc_type = doc_type_of(title, cleaned.text, cleaned, header)
    # a notice or plan is dated by its signature (成文), which its page posts days later
    signed_first = doc_type == OTHER and signature_date is not None and not (title and GAZETTE_ISSUE.search(title))
    published = (
        dated_line(paragraphs, NEWSPAPER_CREDIT)
        or _posted_soon_after(header.date or header.byline_date, delivered)
        or delivered
        or (signature_date if signed_first else header.date)
        or signature_date
        or header.date
        or header.byline_date
        or top_date(paragraphs)
        or opening_stamp(paragraphs)
    )
    location = locate_agency(agency, letterhead, header, paragraphs, cleaned)
    place = location.district or location.city or location.province
    if agency is None and (bureau := bureau_from_duties(cleaned.text)):
        place = location.province if bureau.endswith("厅") else place
        if place == location.province != location.city and bureau.endswith("局") and _DEPARTMENT_AS_BUREAU.search(bureau):
            place = None  # 我局 in a text placed only in its province: a city's or county's bureau, which one unknown
        agency = f"{with_city(place, location)}{bureau}" if place else _by_level(bureau, cleaned.text)
    police_words = len(_POLICE_WORK.findall(cleaned.text))
    government_news = bool(_GOVERNMENT_NEWS.search(cleaned.text[:600]))
    if (
        agency and agency.endswith("人民政府") and doc_type == NEWS and police_words >= MIN_POLICE_NEWS_WORDS
        and location.district is None and (location.city or location.province)
        and not re.search(r"(?<!党委)政府(?!新闻办|网|门户)", cleaned.text) and not government_news
    ):
        agency = None  # police news placed in a city whose government it never names: that city's police
    political_legal = cleaned.text.count("政法")
    if agency is None and doc_type == NEWS and political_legal >= MIN_POLITICAL_LEGAL_WORDS and 2 * political_legal >= police_words:
        # 政法机关…平安建设, 扫黑除恶: news of a place's political-legal work as a whole that names no
        # issuer is its party committee's 政法委's, which steers it, not its police's (a bureau that
        # names itself keeps its news of the 政法队伍 campaign)
        committee_place = None if location.district else location.city or (
            location.province if _WHOLE_PROVINCE.search(cleaned.text) else None  # 抚州市…: not 江西's, its city unplaced
        )
        agency = political_legal_committee_of(committee_place) if committee_place else None
    if agency is None and doc_type == NEWS and police_words >= MIN_POLICE_WORDS:
        # police news that names no body: the police of the place it is about (城市 → 公安局, 省 → 公安厅)
        police_place = location.city or location.province
        if police_place and not location.district:
            agency = police_of(police_place)
            location = locate_agency(agency, letterhead, header, paragraphs, cleaned)
    if doc_type == NEWS and (traffic := traffic_police_of(agency, location, cleaned.text)):
        agency = traffic
    if agency is None and place and (doc_type != NEWS or government_news) and not speaks_as_bureau(paragraphs):
        # a report or notice that never names its issuer and whose duties are no department's:
        # the government of the one place it is about (全省…, 省政府…) issues it; not a text that
        # speaks as 我局, whose bureau its duties did not name
        agency = government_of(place, cleaned, header.division)
        location = locate_agency(agency, letterhead, header, paragraphs, cleaned)  # 上海市人民政府: also the city
    official = with_municipality(agency, location, cleaned.text)
    return DocumentMetadata(
        agency=as_printed(official, f"{cleaned.text}\n{header.host}"),
        province=location.province,
        city=location.city,
        district=location.district,
        report_year=report_year_of(title, paragraphs, doc_type, published, delivered),
        published_date=published,
        doc_type=doc_type,
        title=title,
        agency_key=official,
    )
