"""Where the issuer sits: province, city and district of a body, and the full name of a body
the text names only by level (市公安局) or by its place (静海区 → 天津市静海区人民政府)."""
from __future__ import annotations

import re
from functools import cache

from pipeline.clean import CleanText
from pipeline.divisions import (
    Division,
    Location,
    find_divisions,
    is_division_name,
    is_place_name,
    is_zone,
    locate,
    locate_township,
    locate_zone,
    most_mentioned,
    places_at_start,
    short_place_at_start,
    townships_in,
    written_short,
)
from pipeline.metadata.header import Header
from pipeline.metadata.names import org_at_start
from pipeline.metadata.vocabulary import CENTRAL_BODY, LEVEL, RELATIVE_ORG

_DATELINE = re.compile(r"(?:新华社|中新社|新華社)[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日电")
ABBREVIATIONS = {
    "人社局": "人力资源和社会保障局", "人力社保局": "人力资源和社会保障局", "人社厅": "人力资源和社会保障厅", "市场监管局": "市场监督管理局",
    "住建局": "住房和城乡建设局", "住建厅": "住房和城乡建设厅", "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫健局": "卫生健康局",
    "发改委": "发展和改革委员会", "发改局": "发展和改革局", "教体局": "教育体育局", "文旅局": "文化和旅游局",
    "医保局": "医疗保障局", "应急局": "应急管理局", "工信局": "工业和信息化局", "科技局": "科学技术局",
    "退役军人局": "退役军人事务局", "环保局": "环境保护局", "发展改革委": "发展和改革委员会", "民委": "民族事务委员会",
    "交通运输委": "交通运输委员会", "安监局": "安全生产监督管理局", "国土厅": "国土资源厅", "国土局": "国土资源局", "城市管理委": "城市管理委员会", "安委办": "安全生产委员会办公室", "规划资源局": "规划和自然资源局", "疾控局": "疾病预防控制局",
    "卫生计生委": "卫生和计划生育委员会", "应急厅": "应急管理厅", "林水局": "林业水利局", "政府办": "人民政府办公室",
    "城管执法委": "城市管理执法委员会", "人民政府法制办": "人民政府法制办公室", "环保厅": "环境保护厅", "市场监管委": "市场监督管理委员会", "管委会": "管理委员会", "旅游委": "旅游发展委员会", "政府安办": "人民政府安全生产委员会办公室", "安全监管局": "安全生产监督管理局",
    "政府法制办": "人民政府法制办公室", "法制办": "人民政府法制办公室", "教委": "教育委员会",
    "人社部": "人力资源和社会保障部", "人力资源社会保障部": "人力资源和社会保障部", "住建部": "住房和城乡建设部",
    "工信部": "工业和信息化部", "科技部": "科学技术部", "文旅部": "文化和旅游部",
}
# The short forms above that no body signs with, spelled out wherever they are found in the
# official name (agency_key); the others (卫生健康委, 发改委…) only where the text also prints the
# full name. The agency itself is written as printed (as_printed).
INFORMAL_SHORT = (
    "人社局", "人力社保局", "人社厅", "交通运输委", "规划资源局", "疾控局",
    "卫健委", "卫生计生委", "应急厅", "应急局", "林水局", "政府办", "城管执法委", "法制办", "教委", "市场监管局",
    "环保局", "安监局", "安委办", "国土厅", "国土局", "城市管理委", "环保厅", "市场监管委", "旅游委", "政府安办", "安全监管局",
)
# Short forms spelled out only after a bare place or level (云南省法制办, 上海市教委), not after a
# body (国务院法制办 → 国务院法制办公室, 中共长沙市委法制办) or inside a longer word (科教委, 宗教委)
_AFTER_PLACE_ONLY = {"法制办": "法制办公室", "教委": None}
_LEVEL_WORDS = ("", *LEVEL.split("|"))
_LEVEL_HINT = re.compile(r"(?P<level>市|县|区|州|旗)委、(?P=level)(?:人民)?政府")


def spell_out(name: str) -> str:
    for short, full in ABBREVIATIONS.items():
        if name.endswith(short):
            head = name[: -len(short)]
            if short in _AFTER_PLACE_ONLY and not (is_place_name(head) or head in _LEVEL_WORDS):
                return head + _AFTER_PLACE_ONLY[short] if _AFTER_PLACE_ONLY[short] else name
            return head + full
    return name


# Words a body's name is printed with for short inside a longer name: 县政府办公室 (besides ABBREVIATIONS); a
# government alone keeps its full name (陇西县政府 → 陇西县人民政府: annotators split 9 to 10 over sets 216-303)
_SHORT_FORMS = {"人民政府": "政府"}


def as_printed(official: str | None, text: str) -> str | None:
    """The issuer as the text names it: the official name where printed, else the fullest way the
    text writes that same body (广州市市场监管局, 西城区应急局, 黔西南州人民政府, 中共遵义市委 遵义市人民政府);
    a body the text names only by level (市公安局) is left as composed (annotators: 66 times of 70)."""
    if not official or official in text:
        return official
    if "、" in official:  # joint issuers printed side by side: 中共海南省委 海南省人民政府
        joint = re.search(r"[ \u3000]*".join(map(re.escape, official.split("、"))), text)
        return joint.group() if joint else official
    street = {official.removesuffix("道")} if official.endswith("街道") else set()  # 石门街道, printed 石门街
    found = [variant for variant in _written_variants(official) | street if variant in text]
    return max(found, key=len) if found else _without_unprinted_city(official, text)


def _without_unprinted_city(official: str, text: str) -> str:
    """西安市高陵区人民政府 for a text that never prints 西安市高陵区: a composed district body is named
    without the city the text does not put before its district (annotators: 11 times of 13; 3 of 9
    where the text prints the two together)."""
    places = places_at_start(official)
    position = sum(map(len, places))
    if len(places) < 2 or not places[-1].endswith(("区", "县", "旗", "市")) or not official[position:]:
        return official
    city, district = places[-2], places[-1]
    if f"{city}{district}" in text or f"{city.removesuffix('市')}{district}" in text:
        return official
    return district + official[position:]


def _written_variants(official: str) -> set[str]:
    """The same body's name with fewer places in front, places for short, and its body for short."""
    places = places_at_start(official)
    position = sum(map(len, places))
    if township := next(iter(townships_in(official[position:])), None):
        if official.startswith(township, position):  # 理合务镇人民政府, printed 理合务镇政府
            places.append(township)
            position += len(township)
    body = official[position:]
    if not places or not body:
        return set()
    bodies = {body} | {body[: -len(full)] + short for short, full in ABBREVIATIONS.items() if body.endswith(full)}
    for full, short in _SHORT_FORMS.items():  # 人民政府办公室 → 政府办公室, not 人民政府 → 政府 alone
        bodies |= {written.replace(full, short) for written in bodies if full in written and written != full}
    if body in ("人民检察院", "人民法院"):  # 甘肃省检察院, 西峡县法院 where the text never prints 人民 (17 of 28 news items)
        bodies.add(body.removeprefix("人民"))
    heads = set()
    for start in range(len(places)):  # 武汉市武昌区人民检察院 → 武昌区人民检察院, never no place at all
        for first in (places[start], *written_short(places[start])):
            heads.add(first + "".join(places[start + 1 :]))
    return {head + tail for head in heads for tail in bodies} - {official}


def resolve_relative(name: str, cleaned: CleanText, header: Header) -> str | None:
    """市公安局 → 宜春市公安局: prefix the place of that level the text names most, else the
    publisher's place from the page's index number or address."""
    match = RELATIVE_ORG.match(name)
    if match is None:
        return name
    level = match.group("level")
    named_most = cache(lambda: most_mentioned(level, cleaned.text, header.host))  # each looked up once
    places = [(named_most, level), (lambda: header.division, level)]
    if level == "市":
        municipality = cache(lambda: _municipality(cleaned.text, header.host))
        if _named_more(municipality(), named_most(), cleaned.text):
            places.insert(0, (municipality, "省"))  # 北京 named more than 雄安, which its 市卫生健康委 supports
        # a county-level city's body (华蓥市文化广电旅游局) when no prefecture-level city is named
        places.append((lambda: most_mentioned("县级市", cleaned.text, header.host), "县级市"))
        places.append((municipality, "省"))  # 重庆: a municipality's 市公安局
    for find, of_level in places:  # each looked up only when the ones before placed nothing
        if (place := find()) is None:
            continue
        name_of_place = {
            "省": place.province, "自治区": place.province, "市": place.city, "州": place.city
        }.get(of_level, place.district)
        if name_of_place and (of_level in ("省", "自治区", "市", "县级市") or name_of_place.endswith(level)):
            full_place, org = with_city(name_of_place, place), match.group("org")
            printed = next((n for n in (f"{full_place}{org}", f"{name_of_place}{org}") if n in cleaned.text), None)
            # 县市场监管局 where the text also prints 霍山县市场监管局: the body as the text names it;
            # else 区司法局 → 连云港市海州区司法局
            return printed or f"{full_place}{spell_out(org)}"
    return None


def _named_more(municipality: Division | None, city: Division | None, text: str) -> bool:
    """Whether the text names a municipality (北京, 上海…) more often than the prefecture-level city it
    names most."""
    if municipality is None:
        return False
    times = lambda name: text.count(name) + (text.count(short) if (short := name.removesuffix("市")) != name else 0)
    return city is None or times(municipality.province) > times(city.city or "")


def _municipality(text: str, host: str) -> Division | None:
    place = most_mentioned("省", text, host)
    return place if place is not None and place.name.endswith("市") else None


def with_city(place: str, location: Division | Location) -> str:
    """A district's official name carries its city (城中区 → 西宁市城中区, the way a district
    government signs); a county, a county-level city or a larger place stays as it is."""
    return f"{location.city}{place}" if place.endswith("区") and location.city and location.district == place else place


def with_municipality(agency: str | None, location: Location, text: str) -> str | None:
    """朝阳区人民政府 in 北京 → 北京市朝阳区人民政府: a body of a municipality's district has the
    municipality in front in its official name (a district of a prefecture-level city is known
    without its city). A district name other cities have too (和平区, 江北区) takes it only where the
    text prints them together. The agency as printed is as_printed's."""
    district, city = location.district, location.city
    if not (agency and district and district.endswith("区") and city and city == location.province and agency.startswith(district)):
        return agency
    shared = len({division.city for places in find_divisions(district) for division in places if division.name == district}) > 1
    if shared and not re.search(rf"{city.removesuffix('市')}市?{district}", text):
        return agency
    return f"{city}{agency}"


def _official_place(place: str, cleaned: CleanText, hint: Division | None) -> str:
    """A place the text names alone, as a body the text never names in full is signed: by its
    full name (伊犁州 → 伊犁哈萨克自治州), a district with its city."""
    if short_place_at_start(place) == place:
        found = locate(place, cleaned.text, hint)
        return found.district or found.city or place
    if not place.endswith("区") or not is_division_name(place):
        return place  # a county, or a chain of places (营口市鲅鱼圈区) already in full
    return with_city(place, locate(place, cleaned.text, hint))


def government_of(place: str, cleaned: CleanText, hint: Division | None = None) -> str:
    """静海区 → the fullest '…静海区人民政府' the page names (天津市静海区人民政府), else the official
    name of the place with 人民政府; a 街道 acts through its 街道办事处 (named so where printed), a zone through its
    管理委员会, a 地区 or 盟 through its 行政公署."""
    body = (
        "办事处" if place.endswith("街道") else "管理委员会" if is_zone(place)
        else "行政公署" if place.endswith(("地区", "盟")) else "人民政府"
    )
    texts = [cleaned.text] + [s.text for s in cleaned.set_aside]
    if body == "办事处" and not any(f"{place}办事处" in text for text in texts):
        return place  # 西溪街道, its 办事处 never printed: named as the page names it (annotators 12 to 1)
    names = {
        m.group()
        for text in texts
        for m in re.finditer(rf"[\u4e00-\u9fff]{{0,8}}{re.escape(place)}{body}(?!办)", text)
    }
    names = {n for n in names if org_at_start(n) == n}
    return max(names, key=len) if names else f"{_official_place(place, cleaned, hint)}{body}"


def locate_agency(agency: str | None, letterhead: str | None, header: Header,
                   paragraphs: list[tuple[int, str]], cleaned: CleanText) -> Location:
    location = _locate_agency(agency, letterhead, header, paragraphs, cleaned)
    if location.province and location.province.endswith("市") and location.city is None:
        return Location(location.province, location.province, location.district)  # a 直辖市 is its own city
    if location.district is None and location.city and location.city.endswith(("县", "旗")):
        return Location(location.province, None, location.city)  # 澄迈县, a county its province governs, is no city
    return location


def _locate_agency(agency: str | None, letterhead: str | None, header: Header,
                   paragraphs: list[tuple[int, str]], cleaned: CleanText) -> Location:
    central = CENTRAL_BODY.match(agency or "")
    if central and not find_divisions(agency[central.end() :]):  # 司法部, 国家发展改革委办公厅: no place
        return Location()
    location = locate(agency, cleaned.text, header.division)
    if location.province is not None:
        return location
    if agency and (township := locate_township(agency, cleaned.text + header.host, header.division)).province:
        return township
    if agency and (zone := locate_zone(agency, cleaned.text, header.division)).province:
        return zone
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
    if "市" in levels:
        levels.append("县级市")  # 我局 of 香格里拉市, which only a plan's title names
    for level in levels:
        place = most_mentioned(level, cleaned.text, header.host)
        if place is not None:
            return Location(place.province, place.city, place.district)
    # Last, the province a text that names no body keeps naming (广西政法这十年, 法治广西); a
    # news agency's dateline (新华社北京6月30日电) names where it writes from.
    region = most_mentioned("省", _DATELINE.sub("", cleaned.text), header.host)
    return Location(region.province) if region is not None else Location()
