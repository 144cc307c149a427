"""Quantity extraction: a table of hard cases, and properties over open-ended input."""
from __future__ import annotations

import re

import cn2an
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.extract import extract_mentions, mention_rows
from tests.conftest import seed_paths

C, P, G, M, S = "count", "percent", "change", "money", "measure"
E, MT, AP, LT = "exact", "more_than", "approx", "less_than"

# (text, [(value, unit, kind, qualifier, direction), …]); [] means "no quantity here".
CASES: list[tuple[str, list[tuple]]] = [
    # --- Arabic digits -----------------------------------------------------------------------
    ("开展治安检查579次", [(579, "次", C, E, None)]),
    ("配发学习书籍160余册", [(160, "册", C, MT, None)]),
    ("分类搭建7800多个应用模型", [(7800, "个", C, MT, None)]),
    ("线索转案率95.16%", [(95.16, "%", P, E, None)]),
    ("满意度达99.23%", [(99.23, "%", P, E, None)]),
    ("注册用户突破105万，大幅提升", [(1050000, "", C, MT, None)]),
    ("审核案件1,234件", [(1234, "件", C, E, None)]),
    ("共办理案件12,345,678件", [(12345678, "件", C, E, None)]),
    ("受理诉求3.2万件", [(32000, "件", C, E, None)]),
    ("培训1.5万人次，能力提升", [(15000, "人次", C, E, None)]),
    ("全局发起协同任务15万余起", [(150000, "起", C, MT, None)]),
    ("共计3.2万余名“香山义警”", [(32000, "名", C, MT, None)]),
    ("受教育师生和家长达90余万人", [(900000, "人", C, MT, None)]),
    ("高效服务中外人员39万人", [(390000, "人", C, E, None)]),
    ("推送短信提醒近40万条", [(400000, "条", C, AP, None)]),
    ("服务群众约6.5万人次", [(65000, "人次", C, AP, None)]),
    ("提供服务1万余件次", [(10000, "件次", C, MT, None)]),
    ("活动1800余场次", [(1800, "场次", C, MT, None)]),
    ("地区生产总值3.5万亿元", [(3.5e12, "元", M, E, None)]),
    # ranges are one mention with the lower value; the upper end gives multiplier and unit
    ("每月开展3至5次培训", [(3, "次", C, E, None)]),
    ("每人培训3~5次，覆盖100人", [(3, "次", C, E, None), (100, "人", C, E, None)]),
    ("每户补助3至5万元", [(30000, "元", M, E, None)]),
    ("1-10月，共办理案件12件", [(12, "件", C, E, None)]),
    ("办理时限压缩至3-5天", [(3, "天", S, E, None)]),
    ("咨询电话0730-5222915。", []),
    ("完成投资3.5亿元", [(350000000, "元", M, E, None)]),
    ("投入资金2000万元", [(20000000, "元", M, E, None)]),
    ("发放补贴500元", [(500, "元", M, E, None)]),
    ("人均可支配收入28336元", [(28336, "元", M, E, None)]),
    ("人均补助1200元/人", [(1200, "元/人", M, E, None)]),
    ("总收入突破500亿", [(5e10, "", C, MT, None)]),
    ("护航长江南京段98公里水域", [(98, "公里", S, E, None)]),
    ("仅用时7分钟就将男子救助上船", [(7, "分钟", S, E, None)]),
    ("水域警力均在2分钟内抵达现场", [(2, "分钟", S, LT, None)]),
    ("办结时限压缩至3个工作日", [(3, "个工作日", S, E, None)]),
    ("新建绿地12平方米", [(12, "平方米", S, E, None)]),
    ("治理面积3.6平方公里", [(3.6, "平方公里", S, E, None)]),
    ("清运垃圾120吨", [(120, "吨", S, E, None)]),
    ("审核各类行政处罚案件61案113人", [(61, "案", C, E, None), (113, "人", C, E, None)]),
    ("采集声纹、虹膜536套，步态254套", [(536, "套", C, E, None), (254, "套", C, E, None)]),
    ("配备管理民警3人、辅警3人", [(3, "人", C, E, None), (3, "人", C, E, None)]),
    ("举办各类专业培训班153期、小课堂147期", [(153, "期", C, E, None), (147, "期", C, E, None)]),
    ("合格率100%，优秀率90%以上", [(100, "%", P, E, None), (90, "%", P, MT, None)]),
    ("通办窗口占比达91%", [(91, "%", P, E, None)]),
    ("学校实现防冲撞设施100%覆盖", [(100, "%", P, E, None)]),
    ("驻企警务室32间", [(32, "间", C, E, None)]),
    ("帮助约1.8万辆汽车、869辆电动自行车车主", [(18000, "辆", C, AP, None), (869, "辆", C, E, None)]),
    ("策划制作近20部普法视频", [(20, "部", C, AP, None)]),
    ("全年接警超过3000起", [(3000, "起", C, MT, None)]),
    ("逾5000人参加", [(5000, "人", C, MT, None)]),
    ("超2万人次参与", [(20000, "人次", C, MT, None)]),
    ("不足10%的案件", [(10, "%", P, LT, None)]),
    ("不到30人", [(30, "人", C, LT, None)]),
    ("参训人员50人左右", [(50, "人", C, AP, None)]),
    ("发案率控制在5%以下", [(5, "%", P, LT, None)]),
    ("大约200名志愿者", [(200, "名", C, AP, None)]),
    ("将近300户", [(300, "户", C, AP, None)]),
    ("累计开展培训3余场次", [(3, "场次", C, MT, None)]),
    ("出动警力1200余人次，检查场所300余家", [(1200, "人次", C, MT, None), (300, "家", C, MT, None)]),
    ("效率提高了2倍", [(2, "倍", G, E, "up")]),
    # --- Changes and directions --------------------------------------------------------------
    ("刑事发案同比下降6.9%", [(6.9, "%", G, E, "down")]),
    ("重复警情较改革前下降14.2%", [(14.2, "%", G, E, "down")]),
    ("通行效率提升20%", [(20, "%", G, E, "up")]),
    ("拥堵警情下降13%", [(13, "%", G, E, "down")]),
    ("治安警情、刑事警情同比分别下降7.1%、14.1%", [(7.1, "%", G, E, "down"), (14.1, "%", G, E, "down")]),
    ("破获各类案件、抓获刑事犯罪嫌疑人同比分别上升49.6%52.3%",
     [(49.6, "%", G, E, "up"), (52.3, "%", G, E, "up")]),
    ("与前三年平均值相比分别下降17.11%、17.12%、17.66%、9.47%",
     [(17.11, "%", G, E, "down"), (17.12, "%", G, E, "down"), (17.66, "%", G, E, "down"), (9.47, "%", G, E, "down")]),
    ("全区生产总值完成346.3亿元,同比增长6.1%", [(34630000000, "元", M, E, None), (6.1, "%", G, E, "up")]),
    ("预期增长5%左右", [(5, "%", G, AP, "up")]),
    ("降幅达12.5%", [(12.5, "%", G, E, "down")]),
    ("增幅为8%", [(8, "%", G, E, "up")]),
    ("比上年提高3.2个百分点", [(3.2, "个百分点", G, E, "up")]),
    ("同比下降1.5个百分点", [(1.5, "个百分点", G, E, "down")]),
    ("新收行政复议申请371件,同比上涨104.97%", [(371, "件", C, E, None), (104.97, "%", G, E, "up")]),
    ("满意度提升至98%", [(98, "%", P, E, None)]),
    ("最远距离由原来的11公里缩短至4公里", [(11, "公里", S, E, None), (4, "公里", S, E, None)]),
    ("案件数量减少5件", [(5, "件", G, E, "down")]),
    ("前进两个位次", [(2, "个", G, E, "up")]),
    ("推进执法办案管理中心质效提升五项工程落地见效", [(5, "项", C, E, None)]),  # a programme, not a rise
    ("环比增长15.3%", [(15.3, "%", G, E, "up")]),
    ("万元GDP能耗下降3%", [(3, "%", G, E, "down")]),
    # --- Chinese numerals ----------------------------------------------------------------------
    ("全局共组织专题讲座十余次", [(10, "次", C, MT, None)]),
    ("登记案件线索一万二千九百八十六件", [(12986, "件", C, E, None)]),
    ("依托秦淮河和南京长江大桥两个屯警点", [(2, "个", C, E, None)]),
    ("接待区、办公区、办案区、生活区四个功能区", [(4, "个", C, E, None)]),
    ("培训民警两千余人次", [(2000, "人次", C, MT, None)]),
    ("建成廿个服务站", [(20, "个", C, E, None)]),
    ("收到捐款叁佰元", [(300, "元", M, E, None)]),
    ("共有五十万人受益", [(500000, "人", C, E, None)]),
    ("完成投资三千亿元", [(3e11, "元", M, E, None)]),
    ("满意度达百分之九十五点一六", [(95.16, "%", P, E, None)]),
    ("七成以上的群众表示满意", [(70, "%", P, MT, None)]),
    ("约三百名群众参加", [(300, "名", C, AP, None)]),
    ("开展巡逻十二次", [(12, "次", C, E, None)]),
    ("查处案件三百五十起", [(350, "起", C, E, None)]),
    ("共有一千零五户", [(1005, "户", C, E, None)]),
    ("新增十万八千个岗位", [(108000, "个", C, E, None)]),
    # --- Full-width digits and characters ------------------------------------------------------
    ("办理案件１２３件", [(123, "件", C, E, None)]),
    ("满意率达９８．５％", [(98.5, "%", P, E, None)]),
    ("增长１５％", [(15, "%", G, E, "up")]),
    ("共有３．５万人参加", [(35000, "人", C, E, None)]),
    # --- Split lines, PDF spaces, lost separators (through the cleaner) ------------------------
    ("派出所所长等各类培训118\n\n期，参训民警", [(118, "期", C, E, None)]),
    ("深度参与等 14部省市立法工作，反馈 32件", [(14, "部", C, E, None), (32, "件", C, E, None)]),
    ("注册用户 105 万", [(1050000, "", C, E, None)]),
    ("培训 1.5 万人次", [(15000, "人次", C, E, None)]),
    ("同比分别上升49.6%52.3%", [(49.6, "%", G, E, "up"), (52.3, "%", G, E, "up")]),
    ("检查 579\n次", [(579, "次", C, E, None)]),
    # --- Not quantities: dates and years -------------------------------------------------------
    ("2024年，全市公安机关", []),
    ("2023年度法治政府建设", []),
    ("二〇二三年十二月十五日", []),
    ("2025年2月28日", []),
    ("发布时间:2022-12-06 17:16", []),
    ("20221128日,南京市公安局接报", []),
    ("于2019年1月7日审议通过", []),
    ("3月底前完成", []),
    ("交出一份群众满意的2020成绩单", []),  # a year before 成绩, not 2020成
    ("《法治政府建设实施纲要(2021-2025年)》", []),
    ("截止2022年底", []),
    # --- Not quantities: ordinals, enumerators, list markers -----------------------------------
    ("一是推动社会治理", []),
    ("三是支撑一线执法", []),
    ("第一时间直查快处", []),
    ("作为“第一议题”", []),
    ("履行第一责任人职责", []),
    ("（一）坚持规范引领", []),
    ("一、主要举措和成效", []),
    ("第三章 附则", []),
    ("位列第79位", []),
    ("1.优化政府组织机构", []),
    # --- Not quantities: idioms and set phrases ------------------------------------------------
    ("统一登记、统一编号、统一发布", []),
    ("健全“情指行”一体化机制", []),
    ("各级公安机关“一把手”认真履行", []),
    ("进一步明确职责分工", []),
    ("捍卫“两个确立”、做到“两个维护”", []),
    ("落实“三统一”工作制度", []),
    ("推行“一案一周一通报”机制", []),
    ("拓展“高效办成一件事”清单", []),
    ("全国行政复议“一张网”基本形成", []),
    ("深入推进派出所一室两队改革", []),
    ("形成三圈五域防控格局", []),
    ("推动一区一警两辅", []),
    ("实现两升两降", []),
    ("增强“四个意识”、坚定“四个自信”", []),
    ("严格落实中央八项规定精神", []),
    ("开展“三会一课”", []),
    ("查处一批违法案件", []),
    ("建立一站式服务", []),
    ("全国首批", []),
    # --- Not quantities: slogans and named programs --------------------------------------------
    ("纳入十四五建设契机", []),
    ("“八五”普法规划", []),
    ("八五普法启动", []),
    ("构建“1+3+N”社区警务团队", []),
    ("“2+4+N”群众诉求会商研判处置机制", []),
    ("党的二十大和二十届三中全会精神", []),
    ("紧紧围绕省委“1310”具体部署", []),
    ("三级接报案中心", []),
    ("市区两级反诈中心", []),
    ("坚持案件五级审核", []),
    # --- Not quantities: phone numbers, codes, event dates -------------------------------------
    ("拨打12345热线", []),
    ("完善民意110“五全”机制", []),
    ("粤公网安备44200002443367", []),
    ("泸治县办〔2021〕30号", []),
    ("索引号011043217/2023-06630", []),
    ("开展“12.4”国家宪法日宣传", []),
    ("4.15全民国家安全教育日", []),
    ("12.2全国交通安全日", []),
    ("举报电话12389", []),
    ("实行24小时轮班值守工作制", []),
    ("两个屯警点24小时屯警水面", [(2, "个", C, E, None)]),
    ("24小时内办结", [(24, "小时", S, LT, None)]),
    ("PM2.5浓度下降", []),
    ("Windows10系统", []),
    # --- Mixed sentences ------------------------------------------------------------------------
    ("“第一议题”学习27次,配发学习书籍160余册", [(27, "次", C, E, None), (160, "册", C, MT, None)]),
    ("举办“公安先锋大讲堂”9期;组织专题学习班18期,轮训1898人次",
     [(9, "期", C, E, None), (18, "期", C, E, None), (1898, "人次", C, E, None)]),
    ("一是落实“跨省通办”工作,梳理填报事项11项、“省内通办”事项55项",
     [(11, "项", C, E, None), (55, "项", C, E, None)]),
    ("2023年,全国新收行政复议案件31.5万件,同比增长17.1%",
     [(315000, "件", C, E, None), (17.1, "%", G, E, "up")]),
    ("纠错率达12.83%。全国共制发意见书3800余份", [(12.83, "%", P, E, None), (3800, "份", C, MT, None)]),
]


def _mentions(text: str):
    return [(m.value, m.unit, m.kind, m.qualifier, m.direction) for m in extract_mentions(clean(text).text)]


def _close(a: tuple, b: tuple) -> bool:
    return abs(a[0] - b[0]) <= 1e-6 * max(1.0, abs(a[0])) and a[1:] == b[1:]


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_extraction_cases(text: str, expected: list[tuple]) -> None:
    got = _mentions(text)
    assert len(got) == len(expected), got
    assert all(_close(g, e) for g, e in zip(got, expected)), got


SUBJECTS = [
    ("全局发起协同任务15万余起", "协同任务"),
    ("有关工作受到中央、部省领导15次批示肯定", "批示肯定"),
    ("反馈32件涉及公安业务的规范性文件征求意见", "规范性文件"),
    ("线索转案率95.16%", "线索转案率"),
    ("治安警情、刑事警情同比分别下降7.1%、14.1%", ["治安警情", "刑事警情"]),
    ("建成1400余个由社区民警主导、基层力量参与的“1+3+N”社区警务团队", "社区警务团队"),
    ("审核各类行政处罚案件61案113人", ["行政处罚案件", "行政处罚案件"]),
    ("其中税收收入30.2亿元,占财政收入的82.1%", ["税收收入", "税收收入"]),
    ("策划制作近20部“天下无诈”“飙车炸街”等普法视频和歌曲", "普法视频和歌曲"),
    ("加强18类易受骗重点群体的精准建库", "重点群体"),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subjects(text: str, expected) -> None:
    subjects = [m.subject for m in extract_mentions(text)]
    expected = expected if isinstance(expected, list) else [expected]
    assert len(subjects) == len(expected)
    assert all(e in (s or "") for s, e in zip(subjects, expected)), subjects


def test_sentence_and_section_path() -> None:
    text = "一、主要举措\n（二）聚焦现代警务。一是健全机制。全局发起协同任务15万余起，支撑实战。二是强化培训。培训1.5万人次。"
    first, second = extract_mentions(text)
    assert first.sentence == "全局发起协同任务15万余起，支撑实战。"
    assert first.section_path == "一、/（二）/一是"
    assert second.section_path == "一、/（二）/二是"


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_raw_spans_hold_the_mention(path) -> None:
    raw = path.read_text(encoding="utf-8")
    rows = mention_rows("0" * 16, path.name, 2024, clean(raw))
    assert rows
    for row in rows:
        assert re.sub(r"\s+", "", raw[row["char_start"] : row["char_end"]]) == row["surface"]


def test_split_mention_span_includes_the_line_break() -> None:
    raw = "派出所所长等各类培训118\n\n期，参训民警"
    (row,) = mention_rows("0" * 16, "a.txt", 2024, clean(raw))
    assert raw[row["char_start"] : row["char_end"]] == "118\n\n期"


MEASURE_WORDS = ["件", "起", "次", "人次", "名", "个", "场次", "项", "册", "辆"]


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=2, max_value=10**12), st.sampled_from(MEASURE_WORDS))
@example(500001000, "件")  # cn2an.an2cn writes 五亿一千 (no 零), which cn2an itself cannot read back
def test_any_integer_in_chinese_numerals_is_extracted(number: int, unit: str) -> None:
    # A lone 一 (一批, 一起, 一个…) is read as a word; every other integer is a number.
    text = f"全年共办理{cn2an.an2cn(number)}{unit}，同比持平。"
    (mention,) = extract_mentions(text)
    assert mention.value == number and mention.unit == unit


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(MEASURE_WORDS))
def test_any_integer_in_digits_is_extracted(number: int, unit: str) -> None:
    text = f"全年共办理{number}{unit}。"
    (mention,) = extract_mentions(text)
    assert mention.value == number and mention.unit == unit


_ALPHABET = st.sampled_from(
    list("一二三四五六七八九十百千万亿两〇零余多约近超第是年月日号个件次人%％.．,，、。；\n 0123456789０１２３")
    + ["万人次", "个百分点", "同比下降", "分别", "“", "”", "《", "》", "亿元", "以上", "左右", "内"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_extractor_never_raises_and_spans_lie_inside(text: str) -> None:
    cleaned = clean(text)
    for mention in extract_mentions(cleaned.text):
        assert 0 <= mention.start < mention.end <= len(cleaned.text)
        assert mention.value >= 0
    for row in mention_rows("0" * 16, "a.txt", None, cleaned):
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
@example("|百分")  # a '|' next to a numeral once split the slogan check's context
def test_extractor_survives_any_unicode(text: str) -> None:
    cleaned = clean(text)
    for row in mention_rows("0" * 16, "a.txt", None, cleaned):
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
