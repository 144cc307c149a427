"""Recognising a body's name in text: a place chain followed by an organisation ending
(聊城市东昌府区人民政府, 黔南州交通运输局, 杭州市公安局滨江区分局)."""
from __future__ import annotations

import re

from pipeline.divisions import (
    city_by_short_name,
    county_by_short_name,
    is_place_name,
    place_chain_at_start,
    place_pattern,
    short_place_at_start,
    townships_in,
)
from pipeline.metadata.vocabulary import ACTS, CENTRAL_BODY, LEVEL, ORG_SUFFIX, TOWNSHIP, WEBSITE, YEAR

_ORG_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}(?:{ORG_SUFFIX})$")
_ORG_TAIL = re.compile(rf"[\u4e00-\u9fff]{{0,14}}?(?:{ORG_SUFFIX})")
_ALIASES = re.compile(r"(?P<body>.+?)\s*[（(](?P<aliases>[^（）()]+)[)）]\s*")
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}?分局")
_STREET_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,8}?街道办事处")


def is_org(text: str) -> bool:
    return bool(_ORG_LINE.match(text)) or bool(CENTRAL_BODY.fullmatch(text))


def is_org_line(text: str) -> bool:
    """A line that is a body's name; not a headline that ends on one (…成立全市首支诈骗犯罪侦查大队)."""
    return len(text) <= 40 and is_org(WEBSITE.sub("", text)) and not re.search(rf"成立|组建|揭牌|{ACTS}", text)


def agency_prefix(title: str) -> str | None:
    """The issuing body a title starts with, before or right after its year."""
    head = re.split(rf"关于|{YEAR}\s*年(?:度)?", title, maxsplit=1)[0]
    if (aliased := _ALIASES.fullmatch(head)) and all(_ORG_TAIL.fullmatch(a) for a in re.split("[、，,]", aliased.group("aliases"))):
        head = aliased.group("body")  # 上海市浦东新区生态环境局(水务局、海洋局): one body under several names
    if head and is_org(head) and _starts_as_body(head):
        return head
    joint = [part for part in re.split(r"[、\s]+", head) if part]
    if len(joint) > 1 and all(is_org(part) for part in joint):
        return "".join(joint)  # 中共铁岭市委、铁岭市人民政府关于…: joint issuers, sorted out by the caller
    after_year = re.match(rf"^{YEAR}\s*年度?(?P<rest>.+)$", title)
    if after_year:
        rest = after_year.group("rest")
        found = org_at_start(rest)
        if found:
            return found
        place = place_chain_at_start(rest)  # 2025年陇西县法治政府建设情况: the county's government
        if place and re.match(r"法治|依法", rest[len(place) :]):
            return place
    if head and (is_place_name(head) or TOWNSHIP.match(head)):
        return head
    return None


def _starts_as_body(name: str) -> bool:
    """A body's name starts with its place, its level, 中共 or a central body's name, not with a
    slogan (护一方稳定 促一方发展 区公安分局2025年…巡礼)."""
    return bool(
        place_chain_at_start(name) or short_place_at_start(name) or re.match(rf"(?:{LEVEL}|中共|公安|国家|中央|国务院)", name)
        or CENTRAL_BODY.match(name) or city_by_short_name(name[:2]) or county_by_short_name(name[:2])
        or any(name.startswith(township) for township in townships_in(name))
    )


def org_at_start(text: str) -> str | None:
    """A place-anchored organisation name at the start of `text` (聊城市东昌府区人民政府…,
    昌吉州人民政府, 黔南州交通运输局)."""
    head = place_chain_at_start(text) or short_place_at_start(text)
    if head is None:
        return None
    position = len(head) + len(place_chain_at_start(text[len(head) :]) or "")  # 黔南州都匀市…
    tail = _ORG_TAIL.match(text, position)
    if tail is None:
        return None
    # A district government's street office: 上海市杨浦区人民政府长白新村街道办事处.
    if tail.group().endswith("人民政府") and (office := _STREET_OFFICE.match(text, tail.end())):
        return text[: office.end()]
    # A bureau's branch named after its district: 杭州市公安局滨江区分局, 汉中市公安局南郑分局.
    branch = _BRANCH.match(text, tail.end()) if tail.group().endswith("局") else None
    if branch and place_pattern().match(text, tail.end()):
        return text[: branch.end()]
    return text[: tail.end()]


def orgs_in(text: str) -> list[str]:
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
        org = org_at_start(text[place.start() :])  # also by a short name: 黔南州交通运输局
        chain = place_chain_at_start(text[place.start() :])
        if org:
            found.append(org)
        elif chain and re.match(r"政府(?!门户|网|信息)", text[place.start() + len(chain) :]):
            found.append(f"{chain}人民政府")  # 厦门市海沧区政府 → 厦门市海沧区人民政府
        consumed = place.start() + len(chain or place.group())
    found += [m.group() for m in CENTRAL_BODY.finditer(text)]
    return found


def is_township_name(name: str) -> bool:
    """A township the national table knows, alone or after its places: 清波街道, 凤阳县枣巷镇."""
    found = townships_in(name)
    if not found or not name.endswith(found[-1]):
        return False
    places = name[: -len(found[-1])]
    return not places or place_chain_at_start(places) == places
