"""The issuing body, from the most reliable place that names it: the title, a congress
delivery line, the signature, a page header, a headline, the opening sentence, and last the body
or place the text names most."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from pipeline.clean import CleanText
from pipeline.divisions import (
    ZONE_NAME,
    Division,
    Location,
    city_by_short_name,
    county_by_short_name,
    county_mentions,
    consistent,
    find_divisions,
    full_name_pattern,
    is_place_name,
    is_province_tail,
    locate,
    most_mentioned,
    place_chain_at_start,
    place_pattern,
    short_place_at_start,
    strip_places,
    townships_in,
)
from pipeline.metadata.header import Header
from pipeline.metadata.location import INFORMAL_SHORT, government_of, resolve_relative, spell_out, with_city
from pipeline.metadata.names import agency_prefix, is_org, is_township_name, org_at_start, orgs_in
from pipeline.metadata.titles import is_report_title, subtitle_under
from pipeline.metadata.vocabulary import (
    ACTS,
    BUREAU_SELF,
    CENTRAL_BODY,
    DELIVERING,
    LEVEL,
    ORG_SUFFIX,
    RELATIVE_AT_START,
    RELATIVE_ORG,
    TOWNSHIP,
    WEBSITE,
    is_body,
)

# The people's congress a government work report is delivered to names its government's place.
_CONGRESS = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十\d]+届(?:人民代表大会|$)")  # also a line broken after 届
# 现在，我代表省人民政府，向大会报告工作: the body a government work report speaks for.
_RELATIVE_IN_TEXT = re.compile(  # one body: 市委市政府各部门…省委 is none
    rf"(?:现将|^|[，,。])(?P<name>(?:{LEVEL})(?:(?!委|局|厅|政府)[\u4e00-\u9fff]){{1,12}}?(?:{ORG_SUFFIX}))"
    r"(?=\d{4}年|[（(]|法治|在|坚持|认真|全面|深入|紧紧|始终|持续|以|按照|围绕|立足|聚焦|扎实|开展|召开|组织)"
)
_REPORTED = re.compile(r"现将(?P<name>[\u4e00-\u9fff]{2,20}?)(?:19|20)\d{2}\s*年度?[^，,。]{0,30}报告如下")
# The party committee's office that steers rule-of-law work issues news and plans of its own:
# 黄山市委全面依法治市委员会印发…, 海门市委依法治市办召开…, 由河北省委依法治省办组织…; not a
# body something is sent to (并报省委全面依法治省委员会办公室出台).
_RULE_OF_LAW_OFFICE = re.compile(
    r"(?P<office>(?:省|市|县|区|州|旗)委(?:全面)?依法治[省市县区州旗]"
    r"(?:委员会(?:办公室)?|办(?:公室)?))(?=(?:近日|日前)?(?:召开|印发|组织|开展|出台|部署|举办|发布|下发|制定|牵头|在))"
)
_CLAUSE_BREAK = "，,。；;：:（( \n由"
_RELATIVE_MENTION = re.compile(
    rf"(?:^|[，,。；;、“（(])(?P<name>(?:{LEVEL})[\u4e00-\u9fff]{{1,10}}?(?:厅|局|委员会))(?![\u4e00-\u9fff]{{0,1}}(?:长|党组|系统))"
)
MIN_RELATIVE_MENTIONS = 2
_MEETING = re.compile(
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午)?[，,])?(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|自治区|市|州|盟|县|区|旗))"
    r"[^，,。]{2,40}?(?:会议|大会|推进会|座谈会|发布会|培训班)(?:在[^，,。]{2,20})?(?:召开|举行|举办|开班)"
)
# A news item's credit before its first sentence: 湖南日报·新湖南客户端8月28日讯(记者…), 本报讯
_NEWS_CREDIT = re.compile(r"[^，,。]{0,30}?(?:\d{1,2}月\d{1,2}日|网|报|台|社)讯(?:[（(][^）)]{0,40}[）)])?\s*")
# Central bodies every local text cites (国务院决策部署, 中央依法治国办部署要求): never its subject by count.
_CITED_ABOVE = ("国务院", "中央全面依法治国委员会", "中央全面依法治国委员会办公室", "中央依法治国办")
# 全省…, 我省…, 各市(含定州、辛集市)、省政府各部门: a province speaks (not 峨山县召开全省…推进会)
_SPEAKS_FOR_PROVINCE = re.compile(r"^全省|^[^。]*我省|省政府各部门|各设区的?市")
_JOINT_LEVEL = re.compile(
    rf"^(?P<place>[\u4e00-\u9fff]{{0,8}}?)(?P<level>{LEVEL})(?:党)?委[和、](?:(?P=level))?(?:人民)?政府$"
)
_DISCLOSURE_OWNER = re.compile(
    r"(?:公布|发布)《?(?:\d{4}\s*年度?)?(?P<org>[\u4e00-\u9fff（）()]{4,40}?)(?:\d{4}\s*年度?)?(?:政府)?信息公开工作年度报告"
    r"|本(?:年度)?报告[^。]{0,80}?由(?P<compiler>[\u4e00-\u9fff（）()]{4,40}?)编制"  # 本年度报告根据《条例》…由重庆市公安局编制
    r"|疑问[,，]?请与(?P<contact>[\u4e00-\u9fff（）()]{4,40}?)联系"  # the office it names for questions
    r"|《(?P<guide>[\u4e00-\u9fff（）()]{4,40}?)政府信息公开指南"  # its own disclosure guide
)

# 全市公安机关 speaks for the 市公安局, 全省司法行政系统 for the 省司法厅
_WHOLE_SYSTEM = re.compile(
    r"^(?:全(?P<level>省|市|县)|(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|县|区)))"
    r"(?P<system>公安机关|司法行政系统|各级行政机关|各级政府|检察机关|法院"
    r"|(?P<department>人社|人力资源和社会保障|教育|民政|交通运输|生态环境|市场监管|应急管理|自然资源)(?:系统|工作))$"
)
# 全市人社系统, 广州市应急管理工作 → the department: a department's whole system or work speaks through it (a province's 厅,
# a city's or county's 局; market regulation is a 局 at every level)
_DEPARTMENT_OF_SYSTEM = {
    "人社": "人力资源和社会保障", "人力资源和社会保障": "人力资源和社会保障", "教育": "教育", "民政": "民政",
    "交通运输": "交通运输", "生态环境": "生态环境", "市场监管": "市场监督管理", "应急管理": "应急管理", "自然资源": "自然资源",
}
_COURT_BY_LEVEL = {"省": "高级人民法院", "市": "中级人民法院", "县": "人民法院"}
_TOWNSHIP_SELF = re.compile(r"(?:我|全|本)(?:镇|乡|街道)|(?:镇|乡|街道)党(?:工)?委")
_ADVERBS = "不断|持续|扎实|全面|深入|积极|全力|着力|高位|强力|奋力"
_LEVELS = tuple(LEVEL.split("|"))
_MAX_LEAD_LINE = 80  # 风起甘孜,潮涌横断;日月恒升,进无止境。: a feature's short lead line
_MAX_LEAD_IN = 6  # 全省唯一 阜城县入选…, 喜报！…: what may stand before a headline's subject
_MAX_ADDRESSEE = 40  # 中共红河州委、红河州人民政府: a salutation line is short
# 武汉市推进科技创新中心: a clause; 市政府新闻办召开发布会: a press office hosts another body's news;
# 在巴中市中心巴人广场: the city centre; 来源:衡东县融媒体中心: the outlet that ran the story; 包头市被中央依法治国办…命名: a
# clause in the passive; 肃南县政府副县长…到地震局: an official's visit; …人民代表大会第三次会议 is a session that resolves, not a meeting held
_NOT_A_NAME = re.compile(
    rf"在|的|与|到|副[县市区省州镇乡旗]长|门户网|子网站|主要领导|带领|率领|位于|地处|莅临|下设|及|、|了|被|部门|两级|全部|成立|组建|按照|组织(?=[省市县区镇乡])|[镇乡村]级|(?<=[县市区])级(?!机关)|邀请|{ACTS}|推进|打造|加快|(?<!次)会议|新闻办|贯彻|落实|报讯|坚持|始终|市中心$|行政中心$|融媒体中心$|新闻中心$|报社$|电视台$|大局$|府院$|加班|[（(]略[)）]|认为|表示|联合|开办|举办|创办|以来|查办$|^信息中心$"
    r"|^(?:[\u4e00-\u9fff]{1,2}快办|浙里办|随申办|津心办|苏服办|[\u4e00-\u9fff]{1,2}政务通|[\u4e00-\u9fff]事通)$"  # a portal's service app (渝快办)
)

_DEPARTMENTS = (
    r"(?:公安|司法|教育|财政|民政|交通运输|自然资源|生态环境|住房和城乡建设|水利|农业农村|商务|文化和旅游|卫生健康"
    r"|应急管理|人力资源和社会保障|市场监督管理)"
)
_BARE_DEPARTMENT = re.compile(rf"{_DEPARTMENTS}厅")
# 发布机构:卫生健康局, 我代表镇人民政府: a body named without any place is no full name; another
# place in the text may give it (山海关区卫生健康局 in the headline, 在紫蓬镇第三届人民代表大会…)
_PLACELESS = re.compile(rf"{_DEPARTMENTS}(?:局|委员会)|(?:镇|乡|街道)(?:人民政府|政府|办事处)")
_TERM_NUMBER = r"第[一二三四五六七八九十\d]{1,3}届"  # 第十四届: a body's term
_TERM = re.compile(rf"{_TERM_NUMBER}(?=人民政府$)")
# Party bodies share titles with the government (中共长春市委 长春市人民政府): such a pair issues
# together, and a party committee a text only mentions (衡水市委宣传部) is no issuer;
# 日喀则市委员会, 拉萨市第九届委员会 are party committees too.
_PARTY_BODY = re.compile(rf"^中共|(?:省|市|县|区|州|旗|党)委(?:员会)?$|{_TERM_NUMBER}委员会$|党组$|党委$")
# The 政法 system's organs and work, which a place's 政法委 steers and speaks for.
_MIN_POLITICAL_LEGAL = 4
_POLITICAL_LEGAL_ORGANS = re.compile(r"政法(?:机关|战线|系统|队伍|工作|单位)")
_SPEAKER_LEVEL = re.compile(r"我(?P<level>省|市|州|县|区)")
_WHOLE_POLITICAL_LEGAL = re.compile(r"全(?P<level>省|市|州|县|区)[^，,。]{0,4}政法")
_COMMITTEE_LEVEL = re.compile(r"(?P<level>自治区|省|市|州|县|区)(?:党)?委政法委")
# What a paragraph may say before its subject: a time, then who led (在市委的正确领导下,)
_LEAD_IN = (
    r"(?:(?:近年来|今年以来|今年来|近日|\d{4}\s*年(?:以来|来|度|是[^，,。]{2,30}?)?|\d{1,2}月\d{1,2}日(?:上午|下午)?)[，,]\s*"
    r"|\d{4}\s*年(?=[\u4e00-\u9fff]))?"  # 2024年宁河经济开发区在…: a year run into its subject
    r"(?:在[^，,。]{2,80}?下[，,]\s*){0,2}"  # 在市委的正确领导下,在市人大…监督指导下,
)
_SPEAKER_SELF = re.compile(  # 我市坚持…, not 我市公安机关…
    rf"{_LEAD_IN}我(?P<level>省|市|县|区)"
    r"(?=坚持|深入|全面|认真|扎实|紧紧|始终|持续|以|按照|围绕|立足|聚焦|在|积极|不断|各级(?:行政机关|政府))"
)
_OPENING = re.compile(
    rf"^{_LEAD_IN}"
    rf"(?P<subject>[\u4e00-\u9fff]{{0,8}}?(?:{LEVEL})(?:党)?委[和、](?:{LEVEL})?(?:人民)?政府"
    r"|[\u4e00-\u9fff]{2,24}?)"
    r"(?:在|坚持|全面|深入|认真|紧紧|始终|持续|积极|不断|以|按照|围绕|立足|聚焦|紧扣|扎实|召开|印发|出台"
    r"|向社会|发布|通报|举行|举办|组织|开展|部署|启动|对照|严厉|依法(?!治)|严格|查处"  # 1月31日,省公安厅向社会发布…: an act reported
    r"|[,，]作为)"  # 中山市公安局小榄分局,作为…的派出机构: a body introduced
)


def _in_full(name: str) -> str:
    """淄博市政府 → 淄博市人民政府, 烟台市政府办公室 → 烟台市人民政府办公室; 市政府 → 市人民政府,
    placed later by the city the text names."""
    government = re.search(r"(?<!人民)政府(?:办公室|办公厅)?$", name)
    if government and (place_chain_at_start(name) == name[: government.start()] or name[: government.start()] in _LEVELS):
        return f"{name[: government.start()]}人民{name[government.start():]}"
    # 城关区法院, 天津市检察院, 防城港市中级法院: a court or procuratorate of a place signs as 人民…, its key;
    # as_printed gives back the short form where the text prints only that
    judicial = re.search(r"(?<!人民)(?P<kind>法院|检察院)$", name)
    if judicial is None:
        return name
    kind, short = judicial.group("kind"), name[: judicial.start()]
    place = place_chain_at_start(name) or next((level for level in _LEVELS if name.startswith(level)), None)  # 市中级法院
    if place is None:
        province = next((full for k in (2, 3) if k == len(short) and (full := city_by_short_name(short))
                         and full.endswith(("省", "自治区"))), None)
        if province:  # 浙江检察院, 山东法院: the province's
            return f"{province}{'高级人民法院' if kind == '法院' else '人民检察院'}"
        county = county_by_short_name(short) if len(short) <= 4 and not name.startswith("全") else None
        return f"{county}人民{kind}" if county else name  # 循化法院, 射洪检察院: a county's by its one short name
    if name[len(place) : judicial.start()] in ("", "中级", "高级"):
        if kind == "法院" and place.endswith(("省", "自治区")) and short == place:
            return f"{place}高级人民法院"  # 山东省法院: a province's court is its high court
        return f"{short}人民{kind}"
    return name


_PURPOSE_THEN_YEAR = re.compile(r"(?:为|根据|按照)[^。]{4,200}?[,，](?=(?:19|20)\d{2}\s*年(?:以来|度)?[,，])")


# 2024年,在市委市政府的正确领导下,市市场监管局把握新形势…: the body named right after who led it
_LED_BODY = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s*年(?:以来|度)?[，,]\s*)?在[^，,。]{{2,60}}?(?:领导|指导)下[，,]\s*"
    rf"(?P<subject>(?:{LEVEL})?[\u4e00-\u9fff]{{1,16}}?(?:{ORG_SUFFIX}))(?=[\u4e00-\u9fff])"
)


def _names_a_body(subject: str) -> bool:
    """A clause's subject that is a body's name, in full (酒泉市司法局) or by its level (市应急局)."""
    return is_org(subject) and (org_at_start(subject) == subject or bool(RELATIVE_ORG.match(subject)))


def _body_after_leadership(text: str) -> str | None:
    """在区委、区政府的正确领导下,区生态环境局严格落实…: whatever verb follows, the body led is the subject."""
    match = _LED_BODY.match(text)
    subject = match.group("subject") if match else ""
    return subject if _names_a_body(subject) and not _NOT_A_NAME.search(subject) else None


def _body_after_purpose(text: str) -> str | None:
    """为深入践行…,推动…化解,酒泉市司法局部署开展…: the body named right after a purpose clause."""
    if not re.match(r"(?:为|根据|按照)", text):
        return None
    for comma in re.finditer(r"[,，]", text[:200]):
        match = _OPENING.match(text[comma.end() :])
        if match and _names_a_body(subject := match.group("subject")):
            return subject  # also 市应急局 (根据《…》有关规定,市应急局对照…)
    return None


def _opening_subject(paragraphs: list[tuple[int, str]]) -> str | None:
    """The subject of the opening sentence: '2023年以来，济宁市公安局在…' → 济宁市公安局; a
    feature's lead line without one (风起甘孜,潮涌横断;…。) lets the next paragraph open."""
    leads = 0
    for _, text in paragraphs[:4]:
        if not is_body(text) or re.match(r"本(?:年度)?报告", text):
            continue  # 本年度报告根据《政府信息公开条例》…编制: a disclosure report's preamble; its body follows
        if purpose := _PURPOSE_THEN_YEAR.match(text):
            text = text[purpose.end() :]  # 为深入贯彻…的工作要求,2020年,闵行区在…: the sentence after the purpose
        match = _OPENING.match(_after_credit(text))
        if match is None and (body := _body_after_purpose(text) or _body_after_leadership(text)):
            return body
        if match:
            subject = _JOINT_LEVEL.sub(r"\g<place>\g<level>人民政府", match.group("subject"))  # 云南省委、省政府
            subject = _WHOLE_SYSTEM.sub(_system_head, subject)
            of_place = re.sub(r"(?:法治政府建设|依法行政)(?:工作)?$", "", subject)
            if of_place != subject and is_place_name(of_place):
                return of_place  # 2016年,内蒙古自治区法治政府建设工作在…: the region's government
            if of_place != subject and (whole := re.fullmatch(r"全(省|市|县|区)", of_place)):
                return f"{whole.group(1)}人民政府"  # 2023年,全省法治政府建设工作坚持…: the province's
            subject = _in_full(subject)
            if is_org(subject) and (org_at_start(subject) or CENTRAL_BODY.fullmatch(subject)):
                return subject
            if _BARE_DEPARTMENT.fullmatch(subject):
                return f"省{subject}"  # 2022年,司法厅坚持…: a department (厅) is a province's
            if re.match(r"全[省市县区州旗盟]", subject):
                return None  # 2022年,全州严格落实…: the whole prefecture, not 全州县
            if is_place_name(subject) or short_place_at_start(subject) == subject:
                return subject  # 今年以来,伊犁州深入…
            if city := city_by_short_name(subject):
                return city  # 2024年,在省委、省人民政府的坚强领导下,株洲深入…
            if county := county_by_short_name(subject):
                return county  # 2023 年,邹城坚持以习近平…: a county-level place by the one short name it goes by
            if (zone := ZONE_NAME.match(subject)) and place_pattern().fullmatch(zone.group("place")):
                return subject  # 2024年宁河经济开发区在区委…: a zone named after its place speaks for itself
            if RELATIVE_ORG.match(subject) or is_township_name(subject):
                return subject
            if subject.endswith("街") and is_township_name(f"{subject}道"):
                return f"{subject}道"  # 2020年,石门街以…: 广州's 街道 go by 街
        if leads or len(text) > _MAX_LEAD_LINE or re.search(r"\d{4}\s*年|我(?:省|市|县|区|局)", text):
            return None
        leads += 1
    return None


def _letterhead_over_portal(letterhead: str | None, header: Header) -> str | None:
    """A department's letterhead atop a page whose 来源 is its government's portal (来源:杭州市人民政府
    门户网站): the portal hosts the report, the department wrote it."""
    if not letterhead or not header.org or letterhead == header.org or not is_org(letterhead):
        return None
    portal = re.search(rf"(?:来源|信息来源)[:：]\s*{re.escape(header.org)}(?:门户)?网站", header.host)
    return letterhead if portal and header.org.endswith("人民政府") and not letterhead.endswith("人民政府") else None


def _department_under(letterhead: str | None, opening: Callable[[], str | None]) -> str | None:
    """辽宁省人民政府 as a page's banner, then 2024年省市场监管局坚持…: a department's report on its
    government's portal is the department's."""
    if not letterhead or not WEBSITE.sub("", letterhead).endswith("人民政府"):
        return None
    subject = opening()
    return subject if subject and re.search(r"(?:局|厅|委员会|委)$", subject) else None


def _system_head(match: re.Match[str]) -> str:
    """全市公安机关 → 市公安局, 全省司法行政系统 → 省司法厅, 全市各级行政机关 → 市人民政府,
    全市检察机关 → 市人民检察院, 全省法院 → 省高级人民法院, 渭南市司法行政系统 → 渭南市司法局: the body
    that heads a level's system."""
    place = match.group("level") or match.group("place")
    if match.group("place") and not is_place_name(place):
        return match.group()
    if match.group("system") in ("各级行政机关", "各级政府"):
        return f"{place}人民政府"
    if match.group("system") == "检察机关":
        return f"{place}人民检察院"  # 全市检察机关在市委和省检察院的坚强领导下: the city's procuratorate reports
    if match.group("system") == "法院":
        return (court_of(place) if match.group("place") else f"{place}{_COURT_BY_LEVEL[place]}") or match.group()
    if department := match.group("department"):
        name = _DEPARTMENT_OF_SYSTEM[department]
        provincial = place.endswith(("省", "自治区")) and department != "市场监管"
        return f"{place}{name}{'厅' if provincial else '局'}"
    body = "公安" if match.group("system") == "公安机关" else "司法"
    return f"{place}{body}{'厅' if place.endswith(('省', '自治区')) else '局'}"  # 渭南市司法行政系统 → 渭南市司法局


def _disclosure_owner(text: str) -> str | None:
    """特向社会公布2019年度莆田市公安局城厢分局政府信息公开工作年度报告, 本年度报告…由重庆市公安局
    编制: the body whose disclosure report it is."""
    match = _DISCLOSURE_OWNER.search(text)
    if match is None:
        return None
    if compiler := match.group("compiler") or match.group("contact"):  # …由洛阳市政府办公室编制: the office
        # a government's disclosure office (政务公开办公室) compiles the government's report; its general office
        # (办公室, 办公厅) is named as itself when it compiles it (annotators: 11 of 15), else it is a contact
        office = r"|(?:人民)?政府办公(?:室|厅)" if match.group("contact") else ""
        compiler = re.sub(rf"(?:(?:政府信息和)?政务公开(?:工作协调小组)?办公室{office})$", "人民政府", compiler)
    name = match.group("org") or compiler or match.group("guide")
    township = re.sub(r"(?:人民政府|政府|办事处)$", "", name or "")
    if township != name and TOWNSHIP.match(township):
        return re.sub(r"(?<=[镇乡木])政府$", "人民政府", name)  # 现公布顺安镇(人民)政府2016年…年度报告: the township's own
    return org_at_start(name)


def _meeting_place(paragraphs: list[tuple[int, str]]) -> str | None:
    """11月6日,辽宁省建设更高水平法治政府工作推进会议召开: the place whose meeting a news item
    opens on (its government)."""
    for _, text in paragraphs[:3]:
        if is_body(text) and (match := _MEETING.match(sentence := _after_credit(text))):
            place = full_name_pattern().match(match.group("place"))
            if not place or place.group() != match.group("place"):
                return None
            # 四川省司法厅与眉山市司法局联合举办的…培训班开班: the body that holds it
            return org_at_start(sentence[match.start("place") :]) or place.group()
    return None


# 阜阳市召开全市应急管理工作座谈会…市应急管理局党委书记、局长胡天立出席会议并讲话
_CONVENED = re.compile(
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午)?[，,]|近日[，,]|日前[，,])?(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|自治区|市|州|县|区))"
    r"(?:召开|[^，,。]{2,40}?(?:会议|大会|推进会|座谈会)(?:在[^，,。]{2,20})?(?:召开|举行))"
)
_HOST_CHIEF = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<level>省|自治区|市|州|县|区)(?P<bureau>[\u4e00-\u9fff]{2,12}?(?:局|厅))"
    r"(?:党(?:委|组)书记、)?(?:局长|厅长)[\u4e00-\u9fff]{2,3}(?:出席|主持|作|讲话|参加)"
)


def _meeting_host_bureau(paragraphs: list[tuple[int, str]]) -> str | None:
    """A place's meeting on one field of work that the field's bureau chief leads or reports to
    (…召开全市应急管理工作座谈会…市应急管理局局长…出席会议并讲话): the bureau's news."""
    for _, text in paragraphs[:3]:
        if (convened := _CONVENED.match(_after_credit(text))) is None:
            continue
        place = convened.group("place")
        if not is_place_name(place):
            return None
        level = "省" if place.endswith("自治区") else place[-1]
        chief = next((m for _, t in paragraphs[:4] for m in _HOST_CHIEF.finditer(t)), None)
        if chief and chief.group("level").replace("自治区", "省") == level:
            return place + chief.group("bureau")
        return None
    return None


def _after_credit(text: str) -> str:
    """A paragraph without the news credit before its first sentence: 湖南日报·新湖南客户端8月28日讯
    (记者…)8月28日,湘潭市召开… → 8月28日,湘潭市召开…."""
    credit = _NEWS_CREDIT.match(text)
    return text[credit.end() :] if credit else text


def _reported_body(paragraphs: list[tuple[int, str]]) -> str | None:
    """现将郑东新区2025年度法治政府建设情况报告如下: the body or place whose report it is."""
    for _, text in paragraphs[:4]:
        match = _REPORTED.search(text)
        if match and (is_org(name := match.group("name")) or is_place_name(name) or TOWNSHIP.match(name)):
            return name
    return None


def _acting_rule_of_law_office(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """The rule-of-law office a headline or the opening paragraphs show acting."""
    for text in [title or ""] + [text for _, text in paragraphs[:3]]:
        for match in _RULE_OF_LAW_OFFICE.finditer(text):
            office, start = match.group("office"), match.start()
            # its place before it (黄山市委…, 海门市委…, 泸县县委…, 中共…), after a clause break or 由
            head = next(
                (i for i in range(max(0, start - 12), start + 1)
                 if i == start or _names_place_of_level(text[i:start].removeprefix("中共"), office[0])),
            )
            if head == 0 or text[head - 1] in _CLAUSE_BREAK:
                return text[head:start] + office
    return None


def _names_place_of_level(text: str, level: str) -> bool:
    """海门 before 市委, or 泸县 before 县委: a place of that level."""
    return is_place_name(text + level) or (text.endswith(level) and is_place_name(text))


def _relative_in_text(paragraphs: list[tuple[int, str]]) -> str | None:
    """现将市人社局2021年…报告, 2023年,市公安局认真…: a body named by its level only."""
    for _, text in paragraphs[:4]:
        match = _RELATIVE_IN_TEXT.search(text)
        if match:
            return match.group("name")
    return None


def speaks_as_bureau(paragraphs: list[tuple[int, str]]) -> bool:
    """我局, 本厅: a text a bureau writes of itself."""
    return any(BUREAU_SELF.search(text) for _, text in paragraphs)


_TERM_BODY = re.compile(rf"{_TERM_NUMBER}(?:人民代表大会|人大)")


def _most_named_org(paragraphs: list[tuple[int, str]]) -> str | None:
    """The place-anchored body the opening paragraphs name most (central bodies are only ever
    mentioned there, not issuers)."""
    counts: Counter[str] = Counter()
    bureau = speaks_as_bureau(paragraphs)  # 我局…: a bureau's text, not its government's
    for _, text in paragraphs[:8]:
        if text.endswith((":", "：")) and len(text) <= _MAX_ADDRESSEE and not re.search(r"[，,。]", text):
            continue  # 中共红河州委、红河州人民政府: the body addressed, not the issuer
        counts.update(
            o for o in orgs_in(text)
            if not CENTRAL_BODY.fullmatch(o) and not _PARTY_BODY.search(o) and not _NOT_A_NAME.search(o)
            and not (bureau and o.endswith("政府"))
            and not _TERM_BODY.search(o)  # 郯城县第十九届人大常委会…通过: a body a text cites, by its term
        )
    return counts.most_common(1)[0][0] if counts else None


def _most_named_relative(paragraphs: list[tuple[int, str]]) -> str | None:
    """A feature that never names its body in full but keeps naming it by level (2024年,省司法厅
    坚持…, 省司法厅提请…): that body, when it is clearly the one named most."""
    counts = Counter(
        m.group("name")
        for _, text in paragraphs[:20]
        for m in _RELATIVE_MENTION.finditer(text)
        if not _PARTY_BODY.search(m.group("name")) and not _NOT_A_NAME.search(m.group("name"))
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_RELATIVE_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _most_named_place(paragraphs: list[tuple[int, str]]) -> str | None:
    """A text that names no body speaks for the place it names most: a township or 街道 the
    national table knows (…2023年,清波街道以…, 清波街道党工委…), or a county or district
    (郏县创建…汇报会举行, 郏县县委、县政府…); a tie names nothing. A text that speaks as 我局
    is a bureau's, not its place's."""
    if speaks_as_bureau(paragraphs):
        return None
    if _SPEAKS_FOR_PROVINCE.search(paragraphs[0][1] if paragraphs else ""):
        return None  # 全省司法行政工作会议…在积石山: a province's text, whatever county it names
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
    place, times = ranked[0]
    if place in townships and times == 1 and not any(_TOWNSHIP_SELF.search(text) for _, text in paragraphs):
        return None  # 推进新建街道“大科制”改革: new streets, not a 街道 the table knows of elsewhere
    if place in counties and (city := _city_named_more(place, times, opening)):
        return city  # 合肥正全力争创…, …长丰县…: the city speaks, a county is an example
    return place


def _only_division(name: str) -> Division | None:
    """The one division a name names (长丰县, 西青区, 甘肃省庆阳市华池县: the last of a chain, within
    the ones before it), or None when it names none or an ambiguous one."""
    places = find_divisions(name)
    if not places or (len(places) > 1 and not is_place_name(name)):
        return None
    last = [d for d in places[-1] if all(any(consistent(d, o) for o in before) for before in places[:-1])]
    return last[0] if len(last) == 1 else None


def _city_named_more(county: str, times: int, paragraphs: list[tuple[int, str]]) -> str | None:
    """The county's own city when the text names that city (合肥市, 合肥) on its own more often
    than the county."""
    division = _only_division(county)
    city = division.city if division else None
    if not city or city == county:
        return None
    short = re.sub(r"(?:市|地区|盟|自治州)$", "", city)
    names = (city, short) if len(short) >= 2 else (city,)
    text = "".join(t for _, t in paragraphs)
    for name in names:
        text = text.replace(name + county, "")  # 天津市西青区 names the district
    named = len(re.findall("|".join(map(re.escape, names)), text))
    return city if named > times else None


def _government_part(name: str) -> str:
    """中共长春市委长春市人民政府 → 中共长春市委、长春市人民政府: a party committee and its
    government that issue together are both the issuer, written the way such pairs sign
    (annotators wrote 9 such pairs whole, 3 as the government alone); of another joint issuer,
    the body that is not the party's; a party committee that issues alone (中共…镇委员会) keeps its name."""
    if not _PARTY_BODY.search(name):
        return name
    government = re.fullmatch(r"(?:中共)?(?P<place>.+?)(?:人民)?政府党组", name)
    if government:  # 省政府党组召开会议: the government's party group acts for the government
        return f"{government.group('place')}人民政府"
    bodies = [
        org for org in orgs_in(name)
        if not _PARTY_BODY.search(org) and name.endswith(org) and name[: -len(org)] not in ("", "中共")
    ]
    if not bodies:
        return name  # a pair orgs_in cannot split: _official_name tries _first_of_joint
    party = re.sub(r"[、\s]", "", name[: -len(bodies[-1])])
    pair = re.fullmatch(r"中共(?P<place>.+?)(?:委|委员会)", party)
    place = pair.group("place") if pair else ""
    if len(place) > 2 and place[-1] == place[-2]:
        place = place[:-1]  # 中共浚县县委 浚县人民政府
    if pair and bodies[-1] == f"{place}人民政府":
        return f"{party}、{bodies[-1]}"
    return bodies[-1]


def _first_of_joint(name: str) -> str:
    """Two issuers run together: the government body of a party-and-government pair
    (中共…广顺街道工作委员会重庆市荣昌区人民政府广顺街道办事处), else the one that signs first
    (鹤岗市人民政府鹤岗市中级人民法院 → 鹤岗市人民政府)."""
    for i in range(3, len(name) - 3):
        head, tail = name[:i], name[i:]
        place = place_chain_at_start(tail)
        # both issuers start from the same place; 广州市公安局增城区分局 is one body
        if place and head.removeprefix("中共").startswith(place) and is_org(head) and is_org(tail) \
                and not _PARTY_BODY.search(tail):
            return tail if _PARTY_BODY.search(head) else head
    return name


def _place_acting_in(headline: str) -> str | None:
    """高港区部署开展法治政府建设专项活动: a headline whose subject is a place (its government).
    A short lead-in that names no place may go first (全省唯一 阜城县入选…, 喜报！…)."""
    place = full_name_pattern().search(headline[:_MAX_LEAD_IN + 8])
    if place is None or place.start() > _MAX_LEAD_IN or find_divisions(headline[: place.start()]):
        short = place_pattern().match(headline)  # 合肥争创…: a city by its short name (not 山西启动…)
        city = city_by_short_name(short.group()) if short else None
        if city is None or not city.endswith(("市", "州", "盟")):
            return None
        name, rest = city, headline[short.end() :]
    else:
        name, rest = place.group(), headline[place.end() :]
    if re.match(rf"(?:{_ADVERBS})?(?:{ACTS}|印发|出台|推进|启动|获评|入选|安排|创建|争创)", rest):
        return name
    return None


def _political_legal_committee(paragraphs: list[tuple[int, str]], header: Header) -> str | None:
    """A review of a place's 政法 work (全市政法战线…, 全省政法机关…) that names no issuer is the
    work of the party committee's 政法委, which steers it: 中共江西省委政法委员会."""
    text = "\n".join(paragraph for _, paragraph in paragraphs)
    if text.count("政法") < _MIN_POLITICAL_LEGAL or "政法委" not in text or len(_POLITICAL_LEGAL_ORGANS.findall(text)) < 2:
        return None
    levels = Counter(
        match.group("level")
        for pattern in (_SPEAKER_LEVEL, _WHOLE_POLITICAL_LEGAL, _COMMITTEE_LEVEL)
        for match in pattern.finditer(text)
    )
    if not levels:
        return None
    level = levels.most_common(1)[0][0]  # 全市政法战线… (×4) over a quoted 我省
    if (place := most_mentioned(level, text, header.host)) is None:
        return None
    name = place.province if level in ("省", "自治区") else place.city if level in ("市", "州") else place.district
    if not name:
        return None
    return political_legal_committee_of(name)


def political_legal_committee_of(place: str) -> str:
    """黑龙江省 → 中共黑龙江省委政法委员会, 大理白族自治州 → 中共大理白族自治州委员会政法委员会."""
    return f"中共{place}{'委' if place.endswith(('省', '市')) else '委员会'}政法委员会"


_SHORT_POLITICAL_LEGAL = re.compile(r"(?:中共)?(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市))委政法委")


def _speaker_government(paragraphs: list[tuple[int, str]]) -> str | None:
    """2024年,我市坚持…现将有关情况报告如下: a government that speaks of itself as 我市 (its place
    is the one the text names most)."""
    opening = next((text for _, text in paragraphs[:4] if is_body(text)), "")
    speaker = _SPEAKER_SELF.match(opening)
    if speaker is None:
        return None
    if speaker.group("level") == "区" and "自治区" in " ".join(text for _, text in paragraphs[:6]):
        return "自治区人民政府"  # 我区 of 广西, whose text speaks of 自治区本级
    return f"{speaker.group('level')}人民政府"


_PREFECTURE_LEADERS = re.compile(r"(?:盟|地)委[、和]行署")
_PREFECTURE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:盟|地区)")


def _prefecture_office(paragraphs: list[tuple[int, str]]) -> str | None:
    """盟委、行署主要领导同志认真履行…: a league's or prefecture's report speaks for its 行政公署
    (兴安盟行政公署), the one 盟 or 地区 the text names."""
    text = "\n".join(paragraph for _, paragraph in paragraphs)
    if not _PREFECTURE_LEADERS.search(text) or speaks_as_bureau(paragraphs):
        return None  # 在盟委、行署的坚强领导下,我局…: a bureau's report
    places = {m.group() for m in _PREFECTURE.finditer(text) if is_place_name(m.group())}
    return f"{places.pop()}行政公署" if len(places) == 1 else None


def _congress_place(paragraphs: list[tuple[int, str]]) -> str | None:
    """——2020年12月24日在汉南区第九届人民代表大会第五次会议上: the report of 汉南区's government."""
    for _, text in paragraphs[:12]:
        match = _CONGRESS.search(text)
        if match and (is_place_name(match.group("place")) or TOWNSHIP.match(match.group("place"))):
            return match.group("place")
    return None


def _title_issuer(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """The body a title starts with; a headline led only by its place (白银市2017年共查处…96万余起)
    reports figures the reporter had from a body it names (记者从市交警支队获悉), whose they are."""
    prefix = agency_prefix(title) if title else None
    if prefix and not is_org(prefix) and not is_report_title(title) and (source := _reporter_source(paragraphs)):
        return source
    if prefix and is_place_name(prefix):  # 玉林市2016年政府信息公开工作年度报告 / …玉林市人民政府办公室编制了…: the office's
        opening = "".join(text for _, text in paragraphs[:3])
        compiled = re.search(rf"由?(?P<office>{re.escape(prefix)}(?:人民)?政府办公[室厅])(?:编制了|编制|汇总)", opening)
        if compiled:
            return compiled.group("office")
    return prefix


def _delivering_body(paragraphs: list[tuple[int, str]]) -> str | None:
    """我代表市人民政府向大会报告工作: the body the speaker represents, of the place whose congress
    hears it (——在虎林市第七届人民代表大会…上: 虎林市人民政府, not the prefecture's); its term
    (我代表区十五届人民政府) is no part of its name."""
    org = next((_in_full(re.sub(r"第?[一二三四五六七八九十\d]+届", "", m.group("org")))
                for _, text in paragraphs[:12] if (m := DELIVERING.search(text))), None)
    relative = (re.match(r"(?P<level>自治县|自治州|自治旗)(?=人民政府)", org) or RELATIVE_ORG.match(org)) if org else None
    if relative and (place := _congress_place(paragraphs)) and place.endswith(relative.group("level")):
        return place + org[len(relative.group("level")) :]  # 我代表自治县人民政府 in 青龙满族自治县: the county's
    return org


_SPEAKER_LINE = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,20}?(?:部|厅|局|委员会|人民政府|法院|检察院))(?:党组|党委)?[\u4e00-\u9fff、]{0,12}?"
    r"(?:部长|厅长|局长|主任|书记|省长|市长|县长|区长|院长|检察长)\s*[\u4e00-\u9fff]{2,4}$"
)


# 宁波市鄞州区第十七届人民代表大会第三次会议听取和审查了…工作报告…决定批准这个报告: the session's resolution
_RESOLVING_SESSION = re.compile(
    rf"(?P<session>(?P<place>[\u4e00-\u9fff]{{2,20}}?){_TERM_NUMBER}人民代表大会第[一二三四五六七八九十\d]{{1,3}}次会议)[,，]?听取(?:和|并)审[议查]了"
)


def _resolving_session(paragraphs: list[tuple[int, str]]) -> str | None:
    """A congress session's resolution on a report it heard: the session resolves, not the body
    whose report it approves."""
    for _, text in paragraphs[:6]:
        match = _RESOLVING_SESSION.search(text)
        if match and is_place_name(match.group("place")):
            return match.group("session")
    return None


def _speaker_body(paragraphs: list[tuple[int, str]]) -> str | None:
    """A speech to 同志们 under its speaker's line (市教育局局长、党委书记 赵青山): the speaker's body."""
    texts = [text.strip() for _, text in paragraphs[:8]]
    if not any(re.match(r"同志们[:：，,]", text) for text in texts):
        return None
    for text in texts[:5]:
        if (line := _SPEAKER_LINE.match(text)) and (is_org(line.group("org")) or RELATIVE_ORG.match(line.group("org"))):
            return line.group("org")
    return None


def _congress_body(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """The place whose congress hears the report, or its court when the report is the court's
    (在灵台县第十七届人民代表大会…上作法院工作报告)."""
    place = _congress_place(paragraphs)
    if place and title and (reporting := org_at_start(title)) and re.fullmatch(r"(?:(?:19|20)\d{2}年)?工作[报報]告", title[len(reporting) :]):
        return reporting  # 荆州市人民代表大会常务委员会工作报告: the body whose work the congress hears
    opening = " ".join([title or "", *(text for _, text in paragraphs[:4])])
    court = re.search(r"法院工作报告|院长[^。]{0,40}?(?:作[^。]{0,10}?报告|报告工作)", opening)
    procuratorate = re.search(r"检察(?:院)?工作报告|检察长[^。]{0,40}?(?:作[^。]{0,10}?报告|报告工作)", opening)
    if (court or procuratorate) and place is None and (session := _SESSION_OPENING.search(opening)):
        place = session.group("place") if is_place_name(session.group("place")) else None  # 山东省十三届人大…召开
    if place and court:
        return court_of(place)
    if place and procuratorate:
        return f"{place}人民检察院"  # 河北省人民检察院检察长…在河北省第十四届人民代表大会…上作工作报告
    return place


# News that opens on the session hearing a report: 1月20日上午,山东省十三届人民代表大会第三次会议召开…
_SESSION_OPENING = re.compile(
    r"(?:^|\s|日(?:上午|下午|晚上?)?[，,]?)(?P<place>[\u4e00-\u9fff]{2,12}?)第?[一二三四五六七八九十\d]+届人民代表大会第[一二三四五六七八九十\d]+次会议"
)


# 温州中院, 黑龙江高院, 宁乡法院, 日喀则市两级法院: a court named by its place and level the informal way
_COURT_OF_PLACE = re.compile(r"(?!全[州市县区省])(?P<place>[\u4e00-\u9fff]{2,8}?)(?:两级)?(?P<kind>中院|高院|法院)(?!院长|系统)")  # not 全州法院: the whole prefecture's


_OTHER_ACTOR = re.compile(r"警方|公安|民警|政府|司法局|检察")


def _court_of_place(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """A story that names its court only informally (温州中院公布…, 乐东法院按照…): that court's
    official name; a city's courts (温州法院, 两级法院) speak through its intermediate court."""
    texts = [title or ""] + [text for _, text in paragraphs[:4] if is_body(text)][:2]
    for text in texts:
        for match in _COURT_OF_PLACE.finditer(text):
            name = match.group("place")
            start, place = next(
                ((i, place) for i in range(len(name) - 1) if (place := _place_named(name[i:]))), (None, None)
            )
            if place is None:
                continue
            before = text[: match.start() + start]
            if orgs_in(before) or _OTHER_ACTOR.search(before) or re.search(r"(?:在|经|由|与|和|同|被)$", before):
                break  # 宁乡市司法局联合宁乡法院…, 在宁乡法院的指导下…: the court is not the subject
            return court_of(place, match.group("kind"))
    return None


def _place_named(name: str) -> str | None:
    """温州 → 温州市, 宁乡 → 宁乡县, 温州市 → 温州市: the one place a full or short name names."""
    return name if is_place_name(name) else city_by_short_name(name) or county_by_short_name(name)


def court_of(place: str, kind: str = "法院") -> str | None:
    """宁乡县 → 宁乡县人民法院, 温州市 → 温州市中级人民法院, 黑龙江省 → 黑龙江省高级人民法院."""
    division = _only_division(place)
    if division is None:
        return None
    if kind == "高院" or division.city is None:
        return f"{division.province}高级人民法院"
    if kind != "中院" and division.name == division.city and division.name.endswith(("县", "旗")):
        return f"{division.name}人民法院"  # 乐东黎族自治县, a county under its province
    if kind == "中院" or division.district is None:
        return f"{division.city}中级人民法院"
    return f"{with_city(division.name, division)}人民法院"


def _most_named_central_body(paragraphs: list[tuple[int, str]]) -> str | None:
    """A news item on 司法部's report names no local body at all: the ministry it names most.
    A text that speaks as 我局 or 我市 is a local body's, whatever ministry it cites."""
    if any(re.search(r"(?:我|本)(?:局|委|厅|办|市|县|区|州|镇|乡)", text) for _, text in paragraphs):
        return None
    counts = Counter(
        m.group() for _, text in paragraphs[:8] for m in CENTRAL_BODY.finditer(text) if m.group() not in _CITED_ABOVE
    )
    name, count = counts.most_common(1)[0] if counts else (None, 0)
    return name if count >= 2 else None


def choose_agency(
    title: str | None,
    letterhead: str | None,
    signature_org: str | None,
    header: Header,
    paragraphs: list[tuple[int, str]],
    cleaned: CleanText,
) -> str | None:
    """The issuer, from the most reliable place that names it."""
    opening = cache(lambda: _opening_subject(paragraphs))  # asked by two finders, worked out once
    candidates = (  # tried in order, each computed only when the ones before found nothing
        lambda: _resolving_session(paragraphs),
        lambda: _title_issuer(title, paragraphs),
        # a work report delivered to a congress: the body its speaker represents, else the congress's place
        lambda: _delivering_body(paragraphs),
        lambda: _congress_body(title, paragraphs),
        lambda: signature_org,
        lambda: _speaker_body(paragraphs),  # 农业农村部党组副书记、副部长 韩俊 / … / 同志们: a speech's body
        lambda: _disclosure_owner(cleaned.text[:600]),
        lambda: _issuer_before_colon(title, paragraphs),  # 中央依法治国办:关于…的决定
        lambda: _letterhead_over_portal(letterhead, header),  # 杭州市人力资源和社会保障局 atop a 来源:…门户网站 page
        # a page's 来源 or byline names the publisher in full (黄石市司法局) before a headline's subject
        lambda: header.org if header.org and not RELATIVE_ORG.match(header.org) else None,
        lambda: org_at_start(title) if title else None,  # 嘉兴市南湖区司法局在区政府常务会议…作专题汇报
        lambda: central.group() if title and (central := CENTRAL_BODY.match(title)) else None,  # 国家卫健委发布…
        lambda: _acting_rule_of_law_office(title, paragraphs),
        lambda: header.org,  # 来源:区司法局 before a place a headline names (资阳区召开…)
        lambda: _breadcrumb_body(header.host),  # 首页 > 机构专页 > 番禺区人民政府市桥街道办事处 > 政府工作报告
        lambda: _reporter_source(paragraphs),  # 记者从市委政法委获悉: the body that gave the news
        lambda: _place_acting_in(title) if title else None,  # 高港区部署开展…专项活动
        lambda: _place_acting_in(subtitle_under(paragraphs, title).lstrip("—-")),  # ——银川市奋力创建全国法治政府建设示范市
        lambda: RELATIVE_ORG.match(title).group() if title and RELATIVE_ORG.match(title) else None,
        lambda: _relative_at_title_start(title),  # 省统计局再次荣获…: the headline's subject
        lambda: _police_of_place(title, paragraphs),  # 黄石公安机关“向人民报告”: the city's 公安局
        lambda: _department_under(letterhead, opening),  # a government's portal banner over 省市场监管局坚持…
        lambda: WEBSITE.sub("", letterhead) if letterhead else None,
        lambda: _meeting_host_bureau(paragraphs),  # …召开全市应急管理工作座谈会…市应急管理局局长…讲话
        opening,
        lambda: _court_of_place(title, paragraphs),  # 温州中院, 黑龙江高院, 宁乡法院: a court by its short name
        lambda: _reported_body(paragraphs),
        lambda: _meeting_place(paragraphs),
        lambda: _relative_in_text(paragraphs),
        lambda: _political_legal_committee(paragraphs, header),  # 全市政法战线…: the party's 政法委
        lambda: _speaker_government(paragraphs),
        lambda: _prefecture_office(paragraphs),  # 盟委、行署主要领导…: the league's 行政公署
        lambda: _press_conference_body(paragraphs),  # 市政府新闻办举行发布会，通报全市公安机关…
        lambda: _most_named_org(paragraphs),
        lambda: _most_named_relative(paragraphs),
        lambda: _most_named_place(paragraphs),
        lambda: _most_named_central_body(paragraphs),
    )
    unplaced = None  # 市公安局 in a text that never says which city: kept as printed if nothing better
    for find in candidates:
        candidate = find()
        if candidate:
            # 区司法局党组深入贯彻…: the bureau's party group speaks for it (not 中共…局党组, an issuer by name)
            candidate = candidate if candidate.startswith("中共") else re.sub(r"(?<=[局厅院])党组$", "", candidate)
        if candidate and not _NOT_A_NAME.search(candidate):  # 蓬溪县法治政府建设推进会在县公安局: a clause
            if _PLACELESS.fullmatch(candidate):
                unplaced = unplaced or candidate
                continue
            if name := _official_name(candidate, signature_org, header, cleaned):
                return _without_province(name)
            if unplaced is None and RELATIVE_ORG.match(candidate):
                unplaced = spell_out(candidate)
    if unplaced and _PLACELESS.fullmatch(unplaced) and (level := _level_printed_with(unplaced, cleaned.text)):
        return _official_name(level + unplaced, signature_org, header, cleaned) or unplaced
    return unplaced


_BREADCRUMB_STEP = re.compile(r"\s*(?:>>|[>＞»›》])\s*")


def _breadcrumb_body(host: str) -> str | None:
    """The last body a page's breadcrumb steps through: the section of the site it owns."""
    for line in host.splitlines():
        if "首页" not in line or not _BREADCRUMB_STEP.search(line):
            continue
        bodies = [step for step in _BREADCRUMB_STEP.split(line) if step and org_at_start(step) and is_org(step)]
        if bodies:
            return bodies[-1]
    return None


def _level_printed_with(body: str, text: str) -> str | None:
    """来源:公安局 over a story that says 市公安局: the level the text names the body at, when one."""
    counts = Counter({level: text.count(level + body) for level in _LEVELS if level + body in text})
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None


def _official_name(candidate: str, signature_org: str | None, header: Header, cleaned: CleanText) -> str | None:
    """A name as found → the body's name as the text would sign it; None if it names no body."""
    candidate = _in_full(_first_of_joint(_government_part(_repair_typos(candidate))))
    if re.match(r"兵团(?!团)", candidate):
        candidate = f"新疆生产建设{candidate}"  # 兵团司法局: the 新疆生产建设兵团's, as it signs
    candidate = _TERM.sub("", candidate)  # 博尔塔拉蒙古自治州第十四届人民政府工作规则: the government, not its term
    if not candidate.startswith("中共"):  # 湛江市公安局党委: the bureau speaks; 中共…交通运输局党组 signs itself
        candidate = re.sub(r"(?<=[局厅])(?:党委|党组)$", "", candidate)
    if is_place_name(candidate) or TOWNSHIP.match(candidate) or short_place_at_start(candidate) == candidate:
        return government_of(candidate, cleaned, header.division)  # 静海区2023年度…报告: the district government
    candidate = _province_in_full(candidate)
    if (committee := _SHORT_POLITICAL_LEGAL.fullmatch(candidate)) and is_place_name(committee.group("place")):
        return political_legal_committee_of(committee.group("place"))  # 黑龙江省委政法委, as it signs
    if _BARE_DEPARTMENT.fullmatch(candidate):
        candidate = f"省{candidate}"  # 记者从公安厅获悉: a department (厅) is a province's
    if RELATIVE_ORG.match(candidate) and not find_divisions(candidate):  # 市中区… names a place
        candidate = resolve_relative(candidate, cleaned, header)
        if not candidate:
            return None
    candidate = _placed_by_branch(_police_branch(candidate))
    if CENTRAL_BODY.fullmatch(candidate):
        return spell_out(candidate)  # a ministry's official name: 国家卫健委 → 国家卫生健康委员会
    spelled = spell_out(candidate)
    if spelled != candidate and (spelled in cleaned.text or spelled in header.host or candidate.endswith(INFORMAL_SHORT)):
        candidate = spelled  # 包头市市场监管局 where the text (or its page's 发布机构) also prints 包头市市场监督管理局; 通城县人社局
    candidate = _fuller_name(candidate, (signature_org, header.org, *_printed_with_places(candidate, cleaned.text)))
    return _prefecture_in_full(_with_headquarters(candidate, cleaned.text))


def _province_in_full(name: str) -> str:
    """宁夏司法厅 → 宁夏回族自治区司法厅: a province's department (and its bureau: 宁夏公安厅交通管理局)
    signs with the province's full name."""
    if not re.search(r"厅(?:[\u4e00-\u9fff]{2,8}(?:局|总队))?$", name) or place_chain_at_start(name):
        return name
    for length in (2, 3):
        province = city_by_short_name(name[:length])
        if province and province.endswith(("省", "自治区")) and len(name) > length + 1:
            return f"{province}{name[length:]}"
    return name


def _prefecture_in_full(name: str) -> str:
    """伊犁州人民政府 → 伊犁哈萨克自治州人民政府: an autonomous prefecture's government signs with its
    full name (its departments are written as printed: 大理州公安局; spelling them out too won 9 and
    lost 10 over 2,720 annotated texts)."""
    short = re.fullmatch(r"(?P<place>[\u4e00-\u9fff]{1,5}州)人民政府", name)
    if short is None or short.group("place").endswith("自治州"):
        return name
    places = find_divisions(short.group("place"))
    cities = {division.city for division in places[0]} if len(places) == 1 else set()
    city = cities.pop() if len(cities) == 1 else None
    return f"{city}人民政府" if city and city.endswith("自治州") else name


# A body under vertical management signs with its headquarters first: 国家税务总局上海市税务局.
_HEADQUARTERS = ("国家税务总局",)


def _with_headquarters(name: str, text: str) -> str:
    return next((f"{head}{name}" for head in _HEADQUARTERS if f"{head}{name}" in text), name)


def _without_province(name: str) -> str:
    """山东省淄博市公安局, 宁夏吴忠市公安局 → 淄博市公安局, 吴忠市公安局: a city's or county's body is not named with its province
    (a 直辖市 is a city: 北京市大兴区统计局 stays)."""
    province = full_name_pattern().match(name)
    if province is not None and province.group().endswith(("省", "自治区")):
        end = province.end()
    else:  # 宁夏吴忠市公安局: the province's short name before a city's body
        end = next((k for k in (2, 3) if (city_by_short_name(name[:k]) or "").endswith(("省", "自治区"))), 0)
    rest = name[end:]
    if province is None and re.match(r"[\u4e00-\u9fff]{1,6}?(?:新区|开发区|高新区|经济区|试验区)", rest):
        return name  # 江西赣江新区管理委员会, 陕西西咸新区…: a state-level area keeps its province in its name
    return rest if end and place_chain_at_start(rest) and org_at_start(rest) == rest else name


def _printed_with_places(name: str, text: str) -> list[str]:
    """The same body printed with more places in front (大兴区统计局 → 北京市大兴区统计局)."""
    chain = place_chain_at_start(name) or ""
    places = find_divisions(chain)
    if not places or not any(d.district == d.name for d in places[0]) or not chain.endswith("区"):
        return []  # only a district's body is printed with its city before it; a county's is known alone
    found = []
    for match in re.finditer(rf"[\u4e00-\u9fff]{{2,12}}(?={re.escape(name)})", text):
        before = match.group()
        places = next((before[i:] for i in range(len(before) - 1) if is_place_name(before[i:])), None)
        if places:
            found.append(places + name)
    return found


def _repair_typos(name: str) -> str:
    """元谋县县卫生健康局 → 元谋县卫生健康局, 廉江市民政局民政局 → 廉江市民政局; 泸县县委 is
    the committee of 泸县."""
    return re.sub(r"(.{2,8})\1$", r"\1", re.sub(r"(县|区)\1(?!委)", r"\1", name))


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
    government = re.match(rf"(?P<level>{LEVEL})政府(?!办|工作)", title)
    if government:  # 市政府与自治区司法厅举行签约仪式 → 市人民政府
        return f"{government.group('level')}人民政府"
    match = RELATIVE_AT_START.match(title)
    return match.group() if match and RELATIVE_ORG.match(match.group()) else None


# 黄石公安机关, 青海省公安机关; 2023年，镇江公安学习…; 海东警方打掉…: a place's police as the subject
_POLICE_OF_PLACE = re.compile(
    r"(?:^|[，,])(?:\d{4}\s*年[，,]?\s*)?(?P<place>[\u4e00-\u9fff]{2,8}?)"
    r"(?:公安(?:机关)?(?![局厅部处所队警工系的和、与及分干民]|[\u4e00-\u9fff]{1,4}分局)|警方|110报警服务台)"  # 潮州市110报警服务台共受理…
)


def _police_of_place(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """黄石公安机关…, 党的十八大以来，青海省公安机关…: a place's police as a whole speak through its
    public security bureau (a province's: its 公安厅); a district's branch is not guessed."""
    texts = [title or ""] + [text for _, text in paragraphs[:4] if is_body(text)][:2]
    joined = "".join(texts)
    for text in texts:
        for match in _POLICE_OF_PLACE.finditer(text):
            place = match.group("place")
            if place.startswith("全") or (is_province_tail(place, joined) and not re.search(rf"{place}[县市区]", joined)):
                continue  # 全州公安机关: the whole prefecture's police, not 全州县; 黑龙江…龙江公安: not 龙江县
            place = _place_named(place)
            if place is None:
                continue  # 要求全市公安机关…: no place named
            if place.endswith("区") and not place.endswith("自治区"):
                return _district_police(place)
            return police_of(place)
    return None


def _district_police(district: str) -> str | None:
    """绿园区 → 长春市公安局绿园分局: a city district's police is its city bureau's branch."""
    division = _only_division(district)
    if division is None or not division.city or division.city == division.name or division.name.endswith("新区"):
        return None  # 浦东新区, 滨海新区: their branches' names are not derived this way
    if division.city == "重庆市":
        return f"重庆市公安局{division.name}分局"  # 重庆市公安局渝中区分局: 重庆's branches keep 区
    short = division.name.removesuffix("区")
    return f"{division.city}公安局{short if len(short) > 1 and not short.endswith(('县', '市')) else division.name}分局"


_TRAFFIC_WORDS = re.compile(r"交警|交通警察|交管")
# a story about traffic from its first words (春运, 交通违法, 酒驾), not a police review that mentions it
_TRAFFIC_STORY = re.compile(r"交警|交通|交管|酒驾|醉驾|春运|驾驶|道路")
MIN_TRAFFIC_WORDS = 4  # 银川's police news mentions its traffic police three times and is still the bureau's


def traffic_police_of(agency: str | None, location: Location, text: str) -> str | None:
    """拉萨交警全力守护“五一”…: news of a city's traffic police is its 交通警察支队's (交警支队 when the
    text prints 公安局交警支队), not the bureau's, and a province's its department's traffic police; a
    municipality's and a county's are named otherwise."""
    city = location.city
    traffic_words = len(_TRAFFIC_WORDS.findall(text))
    if city is None and location.province and agency in (None, f"{location.province}公安厅") \
            and traffic_words >= MIN_TRAFFIC_WORDS and _TRAFFIC_STORY.search(text[:80]):
        return _provincial_traffic_police(location.province, text)
    if (
        not city or location.district or city == location.province
        or agency not in (None, f"{city}公安局", f"{city}交警支队")
        # a unit the text names as its source (记者从市交警支队获悉) needs no count of traffic words
        or (agency != f"{city}交警支队" and traffic_words < MIN_TRAFFIC_WORDS)
    ):
        return None
    return f"{city}公安局{'交警支队' if '公安局交警支队' in text else '交通警察支队'}"


# Provinces whose department's traffic police is a 交通管理局 (as their texts print it); elsewhere a 交通警察总队
_TRAFFIC_BUREAU_PROVINCES = ("宁夏", "贵州", "西藏", "山西")


def _provincial_traffic_police(province: str, text: str) -> str | None:
    """A province's traffic police go by one of two names (宁夏's 交通管理局, 新疆's 交警总队): the
    one the text prints, else the one the province uses when the text names its traffic police
    only by their work (全省公安交通管理部门)."""
    if re.search(r"交警总队|交通警察总队", text):
        return f"{province}公安厅交通警察总队"  # spelled out even where printed short (annotators: 2 of 3)
    if re.search(r"(?<!公安部)(?:交通管理局|交管局)", text):  # not the ministry's 公安部交管局
        return f"{province}公安厅交通管理局"
    if re.search(r"交通管理部门|交管部门|公安交警", text):
        bureau = province.startswith(_TRAFFIC_BUREAU_PROVINCES)
        return f"{province}公安厅{'交通管理局' if bureau else '交通警察总队'}"
    return None


def police_of(place: str) -> str:
    """The body a place's police speak through: a province's 公安厅, a city's or county's 公安局."""
    return f"{place}公安厅" if place.endswith(("省", "自治区")) else f"{place}公安局"


def _issuer_before_colon(title: str | None, paragraphs: list[tuple[int, str]]) -> str | None:
    """A page that prints its document as 'issuer: title' above the title alone."""
    for _, text in paragraphs[:3]:
        if title and text.endswith(title) and text != title:
            head = re.fullmatch(r"(?P<org>[\u4e00-\u9fff]{3,30})\s*[:：]\s*", text[: -len(title)])
            if head and is_org(head.group("org")):  # is_org also takes a central body (中央依法治国办)
                return head.group("org")
    return None


def _placed_by_branch(name: str) -> str:
    """市公安局梅县区分局 → 梅州市公安局梅县区分局: a city's bureau named by level before the
    district branch that places it."""
    bureau = re.match(r"(?:市|州)[\u4e00-\u9fff]{1,12}?(?:局|委员会)", name)
    if bureau is None or place_chain_at_start(name):  # 市中区人社局 is placed already
        return name
    places = find_divisions(name[bureau.end() :])  # the branch after the bureau: 梅县区分局
    if not places or len(places[0]) != 1 or not (city := places[0][0].city) or places[0][0].district is None:
        return name
    return city + name[1:]


_REPORTER_SOURCE = re.compile(  # 记者从大理州公安局2月25日举办的…新闻发布会上获悉: the body holding it
    r"(?:记者|笔者)(?:近日|日前|昨天|今天|\d{1,2}日)?从(?P<org>[\u4e00-\u9fff]{3,30}?)"
    r"(?:(?:\d{1,2}月)?\d{1,2}日)?(?:(?:召开|举办|举行)的[^，,。]{0,30}?上)?(?:获悉|了解到|得知)"
)


def _reporter_source(paragraphs: list[tuple[int, str]]) -> str | None:
    """记者(笔者)从市委政法委获悉…: a news item's facts come from the body the reporter names."""
    for _, text in paragraphs[:8]:
        if (match := _REPORTER_SOURCE.search(text)) and (is_org(match.group("org")) or RELATIVE_ORG.match(match.group("org"))):
            return match.group("org")
    return None


def _police_branch(name: str) -> str:
    """公安西青分局 → 天津市公安局西青分局, 贵阳公安南明分局 → 贵阳市公安局南明分局: a district's
    police branch as its city names it."""
    branch = re.fullmatch(
        r"(?P<city>[\u4e00-\u9fff]{2,3}?(?:市)?)?公安(?!局)(?P<district>[\u4e00-\u9fff]{1,6}?[区县])?(?P<short>[\u4e00-\u9fff]{2,4})?分局",
        name,
    )
    if branch is None:
        return name
    district = branch.group("district") or (f"{branch.group('short')}区" if branch.group("short") else "")
    if branch.group("city"):
        city = branch.group("city")
        city = city if is_place_name(city) else city_by_short_name(city)
        places = find_divisions(district)
        within = [d for d in places[0] if d.city == city] if city and len(places) == 1 else []
        place = within[0] if len(within) == 1 else None
    else:
        place = _only_division(district)
    if place is None or not place.city:
        return name
    return f"{place.city}公安局{place.name.removesuffix('区').removesuffix('县')}分局"


_POLICE_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*(?:市|区|县)?公安局(?:常务)?副?(?:局长|政委)$")
_PRESS_OFFICE = re.compile(  # 上海市政府新闻办昨天(3日)举行…
    r"(?P<place>(?:[\u4e00-\u9fff]{1,8}?)?[市州县区])(?:人民)?政府新闻办(?:公室)?"
    r"(?:近日|日前|昨天|今天|昨日|今日)?(?:[（(]\d{1,2}日[）)])?(?:举行|召开|举办)"
)


def _press_conference_body(paragraphs: list[tuple[int, str]]) -> str | None:
    """A government press office holds the conference; the body that reports at it is the news
    item's agency: a body the opening names (聊城市公安局…介绍), or the place's police when it
    reports on 全市公安机关."""
    opening = [text for _, text in paragraphs[:4]]
    office = next((m for text in opening if (m := _PRESS_OFFICE.search(text))), None)
    if office is None:
        return None
    for text in opening:
        for name in orgs_in(text):
            if "新闻办" not in name and not name.endswith("政府") and not _PARTY_BODY.search(name) \
                    and not CENTRAL_BODY.match(name):  # 全市公安机关将公安部部署的…: not the ministry
                return name
    speakers = [text for _, text in paragraphs[:8]]  # 发布人: 罗勇 市公安局常务副局长
    if any("全市公安机关" in text or "公安工作" in text for text in opening) or any(
        _POLICE_SPEAKER.search(text) for text in speakers
    ):
        return f"{office.group('place')}公安局"  # 市公安局 when the office is the 市政府新闻办: placed later
    return None

