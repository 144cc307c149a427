"""Placing an agency: the code table, short district names, special zones, ambiguous names."""
from __future__ import annotations

import pytest

from pipeline.divisions import (
    county_mentions,
    Location,
    division_of_code,
    is_zone,
    is_place_name,
    locate,
    city_by_short_name,
    most_mentioned,
    division_of_site,
    locate_township,
    locate_zone,
    strip_places,
    townships_in,
)

CASES = [
    ("南京市公安局", "", Location("江苏省", "南京市", None)),
    ("汉中市公安局南郑分局", "", Location("陕西省", "汉中市", "南郑区")),  # 分局 named after its district
    ("中山市公安局", "", Location("广东省", "中山市", None)),  # prefecture city without districts
    ("江苏省公安厅", "", Location("江苏省", None, None)),
    ("广西壮族自治区司法厅", "", Location("广西壮族自治区", None, None)),
    ("北京市公安局", "", Location("北京市", "北京市", None)),  # municipality
    ("北京市朝阳区司法局", "", Location("北京市", "北京市", "朝阳区")),
    ("重庆市渝北区人民政府", "", Location("重庆市", "重庆市", "渝北区")),  # missing from the table
    ("公安县公安局", "", Location("湖北省", "荆州市", "公安县")),  # 公安局 is not 公安县
    ("区公安分局", "", Location()),  # nor is 公安分局
    ("昆山市人民政府", "", Location("江苏省", "苏州市", "昆山市")),  # county-level city
    ("仙桃市公安局", "", Location("湖北省", "仙桃市", None)),  # governed by the province directly
    ("平潭综合实验区公安局", "", Location("福建省", "福州市", "平潭县")),  # special zone
    ("玄武公安分局", "", Location("江苏省", "南京市", "玄武区")),
    ("福州市鼓楼区人民政府", "", Location("福建省", "福州市", "鼓楼区")),
    ("鼓楼区司法局", "南京市鼓楼区 南京市", Location("江苏省", "南京市", "鼓楼区")),  # the text decides
    ("鼓楼区司法局", "福州市鼓楼区 福州市", Location("福建省", "福州市", "鼓楼区")),
    ("城中区人民政府", "推动西宁在新青海建设中", Location("青海省", "西宁市", "城中区")),  # a short city name decides
    ("黔南布依族苗族自治州市场监督管理局", "", Location("贵州省", "黔南布依族苗族自治州", None)),
    ("上海市浦东新区人民政府", "", Location("上海市", "上海市", "浦东新区")),
    ("黔西南州人民政府", "", Location("贵州省", "黔西南布依族苗族自治州", None)),  # autonomous prefecture, short
    ("湘西州司法局", "", Location("湖南省", "湘西土家族苗族自治州", None)),
    ("东乌旗人民政府", "", Location("内蒙古自治区", "锡林郭勒盟", "东乌珠穆沁旗")),  # banner, two characters
    ("海南州教育局", "", Location("青海省", "海南藏族自治州", None)),  # not 海南省, not 乌海市海南区
    ("海南省公安厅", "", Location("海南省", None, None)),
    ("横县人民政府", "", Location("广西壮族自治区", "南宁市", "横县")),  # renamed 横州市 in 2021
    ("株洲县司法局", "", Location("湖南省", "株洲市", "株洲县")),  # now 渌口区
    ("株洲市司法局", "", Location("湖南省", "株洲市", None)),  # a former county lends no short name
    ("伊犁州人民政府", "", Location("新疆维吾尔自治区", "伊犁哈萨克自治州", None)),  # no 族 in 新疆's names
    ("郑东新区管理委员会", "", Location("河南省", "郑州市", "郑东新区")),  # a zone without a code
    ("福州市长乐生态环境局", "", Location("福建省", "福州市", "长乐区")),  # a city bureau's office by its district's short name
    ("司法部", "", Location(None, None, None)),
    (None, "", Location(None, None, None)),
]


@pytest.mark.parametrize(("agency", "context", "expected"), CASES)
def test_locate(agency, context, expected) -> None:
    assert locate(agency, context) == expected


MOST_MENTIONED = [
    # 示范县 holds 范县 (河南 濮阳): a one-character name inside a word is not a place
    ("县", "创建法治政府建设示范县，泸西县全面推进依法行政。", "泸西县"),
    ("县", "濮阳市范县推进依法行政，范县人民政府", "范县"),  # its city right before it: a place
    # a tie is broken by the province or city the text also names
    ("区", "鼓楼区推进依法行政，福州市", "鼓楼区"),
    ("区", "鼓楼区推进依法行政", None),  # 南京, 福州, 开封, 徐州 all have one
    ("市", "市委、市政府领导下，宜春市公安局、宜春警方", "宜春市"),
    # a province named by none of its own names: placed by two or more of its cities' short names
    ("省", "太原、阳泉等地公安机关先后破获数起案件", "山西省"),
    ("省", "维护社会长治久安", None),  # one short name may be a word
]


@pytest.mark.parametrize(("short", "expected"), [("株洲", "株洲市"), ("宁夏", "宁夏回族自治区"), ("天津", "天津市"), ("吉安", None), ("兰州", "兰州市")])
def test_city_by_short_name(short: str, expected: str | None) -> None:
    """A municipality is listed as a province and as its own city, under one name; 吉安 is a city
    and a county."""
    assert city_by_short_name(short) == expected


@pytest.mark.parametrize(("level", "text", "expected"), MOST_MENTIONED)
def test_most_mentioned(level: str, text: str, expected: str | None) -> None:
    found = most_mentioned(level, text)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("name", "body"),
    [("宁夏回族自治区司法厅", "司法厅"), ("宁夏司法厅", "司法厅"), ("汉中市公安局南郑分局", "公安局南郑分局"),
     ("北京市朝阳区司法局", "司法局"), ("司法部", "司法部")],
)
def test_strip_places(name: str, body: str) -> None:
    assert strip_places(name) == body


@pytest.mark.parametrize(
    ("name", "expected"),
    [("营口市鲅鱼圈区", True), ("鲅鱼圈区", True), ("江苏省南京市", True), ("营口市委", False), ("示范县", False)],
)
def test_is_place_name(name: str, expected: bool) -> None:
    assert is_place_name(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://lyj.hunan.gov.cn/ 时间:2017-05-02", "湖南省"),
        ("来源 hrss.tj.gov.cn", "天津市"),
        ("https://www.gov.cn/", None),  # the central portal is no province
        ("sft.nx.gov.cn www.hunan.gov.cn", None),  # two provinces: no answer
        ("https://web.archive.org/web/2023/http://wjw.zhangye.gov.cn/art/1.html", "张掖市"),
        ("http://www.changge.gov.cn/", "长葛市"),  # 长 read chang as well as zhang
        ("gaj.yichun.gov.cn", None),  # 宜春 or 伊春: nothing picks one
        ("gaj.yichun.gov.cn www.jiangxi.gov.cn", "宜春市"),  # the province's domain picks it
        ("www.zhangye.gov.cn www.shiyan.gov.cn", None),  # two cities that cannot both be right
        ("www.sz.gov.cn", None),  # initials are not read
    ],
)
def test_division_of_site(text: str, expected: str | None) -> None:
    found = division_of_site(text)
    assert (found.name if found else None) == expected


def test_division_codes_and_the_ties_they_break() -> None:
    code = division_of_code("370402")
    assert code is not None and (code.city, code.district) == ("枣庄市", "市中区")
    assert division_of_code("011337") is None  # an organisation code, not a division
    assert locate("市中区人力资源和社会保障局") == Location()  # 枣庄, 内江, 乐山… all have one
    assert locate("市中区人力资源和社会保障局", hint=code) == Location("山东省", "枣庄市", "市中区")


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [
        ("丁蜀镇人民政府", "", ("江苏省", "无锡市", "宜兴市")),
        ("虹桥街道", "入选上海市第一批法治示范街镇", ("上海市", "上海市", "长宁区")),
        ("虹桥街道", "", (None, None, None)),  # four 虹桥街道 and nothing to choose among them
        ("我镇", "", (None, None, None)),  # not a township the table knows
        ("清波街道办事处", "法治上城", ("浙江省", "杭州市", "上城区")),
    ],
)
def test_locate_township(name: str, context: str, expected: tuple) -> None:
    found = locate_township(name, context)
    assert (found.province, found.city, found.district) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("大鹏新区", True), ("苏州工业园区", True), ("浦东新区", False), ("滨海新区", False), ("南京市", False)],
)
def test_is_zone(name: str, expected: bool) -> None:
    """A zone is run by a 管理委员会; 浦东新区 and 滨海新区 are districts with a 人民政府."""
    assert is_zone(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("宁河经济开发区", Location("天津市", "天津市", "宁河区")),
        ("南京市公安局", Location()),  # no zone
    ],
)
def test_locate_zone(name: str, expected: Location) -> None:
    assert locate_zone(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丁蜀镇人民政府", ["丁蜀镇"]),
        ("全州上下加快建设乡村基础设施", []),  # 乡村 is the countryside, not a township 建设乡
        ("为建设平安镇江作出更大贡献", []),  # 镇 starts 镇江
        ("苏木乡镇各级干部", []),
    ],
)
def test_townships_in(text: str, expected: list[str]) -> None:
    assert townships_in(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全州县城所有污水处理厂均实现达标排放", []),  # 全州 + 县城: the whole prefecture's county towns
        ("全州县人民政府召开常务会议", ["全州县"]),
        ("燕子矶滨江区域首次列入马拉松终点赛段", []),  # 区域, not 滨江区
        ("郏县创建省级文明城市", ["郏县"]),
    ],
)
def test_county_mentions(text: str, expected: list[str]) -> None:
    assert county_mentions(text) == expected
