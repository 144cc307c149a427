"""Cleaning: artifacts undone, and every clean character traceable to its raw position."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean, simplified_view
from tests.conftest import seed_paths

CASES = [
    # (raw, expected clean text)
    ("培训 118\n\n期，参训民警", "培训118期，参训民警"),
    (" 南 京 市 公 安 局\n\n南京市公安局2024年度法治政府建设情况报告", "南京市公安局\n南京市公安局2024年度法治政府建设情况报告"),
    ("2023 年度推进法治政府建设工作情况报告", "2023年度推进法治政府建设工作情况报告"),
    ("深度参与等 14部省市立法工作，反馈 32件", "深度参与等14部省市立法工作，反馈32件"),
    ("通行\u3000政策的\u00a0通告", "通行政策的通告"),
    ("Power BI 报表", "Power BI报表"),
    ("当前位置:首页 > 警务动态\n\n标题一则", "标题一则"),
    ("正文第一段。\n关闭\n打印\n粤公网安备44200002443367", "正文第一段。"),
    ("一、加强组织领导\n（一）深入学习", "一、加强组织领导\n（一）深入学习"),
    ("第一段结束。\n第二段开始", "第一段结束。\n第二段开始"),
    ("a\r\nb", "a\nb"),
    # list bullets, HTML left in the text, pinyin glosses of a mirror site
    ("  • 关于2020年度法治政府建设的报告\n  •   2020年，全省推进依法行政。", "关于2020年度法治政府建设的报告\n2020年，全省推进依法行政。"),
    ("某某省人民政府br关于2020年度<br/>法治&nbsp;政府建设的报告", "某某省人民政府关于2020年度法治政府建设的报告"),
    ("法治政府建設(shè)工作的報告(bào)", "法治政府建設工作的報告"),
    ("培训(ab)报告(de)", "培训(ab)报告(de)"),  # no tone mark: not a gloss
    ("??一、2017年主要工作\n??(一)建立领导体制", "一、2017年主要工作\n(一)建立领导体制"),  # a mirror's ?? indent
    ("是否依法?是。", "是否依法?是。"),  # a question mark inside a line stays
    # site menus: a bulleted entry per line, or a row of menu words after 首页
    ("  • 首页\n  • 魅力山亭\n  • 政务公开\n正文。", "正文。"),
    ("首页 新闻中心 信息公开 政务服务 政民互动\n正文。", "正文。"),
    ("南 京 市 公 安 局\n正文。", "南京市公安局\n正文。"),  # a spaced-out title is not a menu
    # a page's metadata table, bulleted or not
    ("• 成文时间:2026年01月28日\n• 标  题:某镇2025年度法治政府建设情况报告\n• 效力状态:有效\n正文。", "正文。"),
    # a title line in book-title marks ends its line, in traditional characters too
    ("寧政發〔2019〕35號《南京市人民政府關于2018年度法治政府建設工作的報告》\n江蘇省人民政府:",
     "寧政發〔2019〕35號《南京市人民政府關于2018年度法治政府建設工作的報告》\n江蘇省人民政府:"),
    ("", ""),
    ("   \n\n  ", ""),
]


@pytest.mark.parametrize("line", ["记者：下一步还有哪些打算", "吴忠市司法局2023年法治政府建设年度报告.pdf"])
def test_interview_questions_and_file_name_titles_stay(line: str) -> None:
    assert clean(f"{line}\n正文第一句。").set_aside == ()


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_clean_cases(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


def test_wrapped_pdf_paragraphs_are_rejoined() -> None:
    line = "全市公安机关在市委、市政府和省公安厅的坚强领导"  # ~24 characters, like a PDF line
    raw = "\n\n".join([line] * 12 + ["下，坚持以人民为中心。", "一、主要举措", line, "成效。"])
    text = clean(raw).text
    assert text.split("\n") == [line * 12 + "下，坚持以人民为中心。", "一、主要举措", line + "成效。"]


def test_web_chrome_is_set_aside_not_lost() -> None:
    raw = "当前位置:首页 > 警务动态\n标题\n责任编辑:南京市公安局  发布时间:2022-12-06 17:16\n正文。"
    result = clean(raw)
    assert result.text == "标题\n正文。"
    assert [s.text for s in result.set_aside] == [
        "当前位置:首页 > 警务动态",
        "责任编辑:南京市公安局  发布时间:2022-12-06 17:16",
    ]
    for aside in result.set_aside:
        assert raw[aside.raw_start : aside.raw_end].strip() == aside.text


@pytest.mark.parametrize(
    "line",
    [
        "欢迎访问株洲县政府门户网站!",  # a welcome banner
        "正在阅读:广西政法这十年:为法治广西、平安广西保驾护航",  # the headline repeated in a reading bar
        "当前版: 001版 上一版 下一版 上一期 下一期",  # an e-paper's edition bar
        "上一篇    下一篇",
        "放大 缩小 默认",
        "■本报记者 田春宇",  # bylines, with or without the outlet
        "法治日报全媒体记者 王鹤霖 王家梁",
        "新华社北京3月12日电",  # a dateline alone on its line
        "政府信息公开",  # a lone section label
        "21.08.2017  22:45",  # an aggregator's day-first stamp
        "T17",  # a newspaper's page marker
        "搜索 高级搜索 重置信息",  # a search box
        "特约评论员 桑田",  # a commentator's byline
        "11370105MB279780XD/2023-6537798",  # an index number without its label
        "记者:崔恩硕",  # a byline with a colon
        "编辑张大为",  # an editor's credit without one
        "电子报阅读机",  # an e-paper reader's banner
        "当前报纸名称:河北法制报",
        "日期:07-28",  # an edition's day without its year
        "点击下载文字版.docx",  # a download link
        "奔流新闻13小时前",  # a feed's relative time
        "信息名称:南京市江宁区2023年度法治政府建设工作报告",  # a disclosure table's title row
        "政策解读链接:点击查看政策解读",  # a link to the policy reading
        "区委   区人大   区政府   区政协",  # links to the place's four leading bodies
        "天津市蓟州区市场监督管理局》新闻动态》公示通告》其他公示通告",  # a breadcrumb stepped with 》
        "X今日头条直播间一点号",  # share buttons
        "日期查询:2017年01月17日",  # an e-paper's date picker
        "编辑时间:2016-06-03",  # a page's edit stamp
        "您当前的位置:地方频道-泸州  >  法治前哨",
        "2017.02.16 11:34 在榆林网综合(Zaiyulin.Cn) 王佳玲",  # a page's stamp with dots
        "舟山市人民政府>法定主动公开内容>市政府工作报告>市政府工作报告执行>",  # a breadcrumb ending in its separator
        "您当前所在的位置:首页-农牧资讯-西藏要闻",
        "转自:沈阳日报",  # a repost's source
        "  • 文件所属单位:威海市文登区司法局",  # a file's owner label
        "中共荆州市委政法委员会主办",  # a site's masthead
        "日期:[2018年03月01日]--牡丹晚报--版次:[A9]",  # an e-paper's bracketed date line
        "发表日期:2022-01-17",  # a page's date under another label
        "欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网",  # injected betting spam
        "更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】",  # a writing service's ad
        "返回目录 标题导航 版面导航",  # an e-paper's navigation
        "正文复制",
        "现在时间是:2024年04月19日",  # a reader's clock
        "退出老年人模式",  # an accessibility switch
        "官方微信 新浪微博",  # follow links
        "诉讼服务热线:12368",  # a court's hotline
        "全省检察一体化门户网站导航",
        "今日  首页 - 往期报纸 - 帮助",  # an e-paper's menu
        "祥符区人民政府门户网站    www.xiangfuqu.gov.cn    时间:2021-03-02    浏览:0",  # a site's stamp line
        "安徽省政务公开办  2018/3/26",  # a publisher and its day
        "简体版繁体版",  # a script switch
        "资讯>消费>",  # a breadcrumb ending in its separator
        "分类:通知公告",  # a page's category
        "对外办公时间:周一至周五(除法定节假日)",  # office hours
        "下午:14:00-18:00",
        "链接快照平台",  # a snapshot site's label
        "国办印发《行动方案》~~~",  # an e-paper's link row
        "今报网首页",  # a portal's home link
        "黑龙江网>其他",  # a one-step breadcrumb
        "自拍偷拍亚洲一区二区",  # injected spam
        "返回四川省生态环境厅首页",  # a link home
        "赣检介绍<返回首页",
        "发文字号成文日期发布日期",  # a table's labels without their values
        "安全生产电话",
        "进入老年模式退出老年模式",  # accessibility switches
        "江城晚报 25-03-08 09:12",  # a microblog post's stamp
        "微博认证:江城晚报官方微博",  # and its badge
        "发布于2021-05-10T08:30:12  该页已被阅读",  # a page's stamp and counter
        "信息公开元数据",  # a metadata panel's label
        "|",  # a lone table bar
        "2022年7月1日星期",  # a clock cut short
        "城市信息网首页详细导航:覆盖全国县市导航(点击浏览)",
    ],
)
def test_chrome_lines(line: str) -> None:
    result = clean(f"{line}\n正文第一句。")
    assert result.text == "正文第一句。"
    assert [s.text.strip() for s in result.set_aside] == [line.strip()]


def test_a_links_block_is_set_aside_up_to_the_next_sentence() -> None:
    result = clean("正文第一句。\n友情链接\n最高人民法院\n人民法院报\n中国法院网\n地址:湖口县人民法院,联系电话:0792-6332082。")
    assert result.text == "正文第一句。\n地址:湖口县人民法院,联系电话:0792-6332082。"
    assert [s.text for s in result.set_aside] == ["友情链接", "最高人民法院", "人民法院报", "中国法院网"]


def test_lines_a_chrome_line_separated_stay_apart() -> None:
    # a portal's menu above its breadcrumb, the headline under it: two blocks, not one paragraph
    raw = "长三角营养保健产业联盟浙江省协会上海协会江苏省协会江西省协会安徽省协会台湾产业馆\n您当前的位置 :健康资讯 » 健康新闻\n2016年贵州查办卫生违法案件逾6万件\n"
    assert clean(raw).text.split("\n") == [
        "长三角营养保健产业联盟浙江省协会上海协会江苏省协会江西省协会安徽省协会台湾产业馆",
        "2016年贵州查办卫生违法案件逾6万件",
    ]


def test_a_wrapped_pdf_sentence_rejoins_across_a_page_header() -> None:
    lines = [
        "一、加强组织领导，全面落实法治政府建设主体责任。", "县政府常务会议专题研究法治政府建设工作，共计召开会",
        "议六次，研究解决重大问题十二个，印发实施方案三份。", "二、深化行政执法体制改革，规范行政执法行为，全县",
        "行政执法部门全面推行行政执法三项制度，执法案卷共", "2023/3/6 10:23 阳新县人民政府",
        "计评查一百二十件，合格率达到百分之九十八以上，有", "效提升了执法规范化水平。三、强化权力运行制约监督",
        "，自觉接受人大监督和政协民主监督，办理建议提案共", "计八十五件，办复率百分之百，群众满意度不断提高。",
    ]
    result = clean("\n".join(lines))
    assert "执法案卷共计评查一百二十件" in result.text
    assert [s.text for s in result.set_aside] == ["2023/3/6 10:23 阳新县人民政府"]


def test_a_chronicle_keeps_its_timed_entries() -> None:
    raw = "宜昌市司法局2022年工作大事记\n2022.01.10 9:30 召开全市司法行政工作会议\n2022.03.15 14:00 开展消费者权益保护法律咨询活动\n2022.12.04 10:00 举办“宪法宣传周”启动仪式\n"
    assert clean(raw).set_aside == ()


def test_a_wrapped_body_line_ending_in_主办_is_kept() -> None:
    raw = "本次活动由县委宣传部、县司法局、县普法办联合共同主办\n正文第一句。"
    assert clean(raw).set_aside == ()


def test_a_quoted_book_title_is_no_breadcrumb() -> None:
    line = "学习《宪法》》《民法典》》等法律"
    assert clean(f"{line}\n正文。").set_aside == ()


def test_an_unwrapped_headline_stays_apart_from_a_paragraph_opening_on_its_time_frame() -> None:
    headline = "稳步快跑实现全年胜 精准谋划下好先手棋—2025年宁夏回族自治区本级重点项目提前超额完成全年投资目标"
    text = clean(f"{headline}\n今年以来，自治区发展改革委坚持以重点项目建设为抓手。").text
    assert text.split("\n")[1].startswith("今年以来")


WAYBACK = """The Wayback Machine - https://web.archive.org/web/20240115083012/http://www.example.gov.cn/art/2024/1/10/art_1.html
15 captures
10 Jan 2024 - 20 Mar 2025
Dec JAN Feb
10
2023 2024 2025
success
fail
About this capture
某某县司法局2023年度法治政府建设情况报告
发布时间：2024-01-10 来源：某某县司法局
2023年，县司法局坚持依法行政。"""


def test_web_archive_banner_is_set_aside() -> None:
    result = clean(WAYBACK)
    assert result.text == "某某县司法局2023年度法治政府建设情况报告\n2023年，县司法局坚持依法行政。"
    assert len(result.set_aside) == 10
    assert result.set_aside[-1].text.startswith("发布时间")


def _assert_offset_map(raw: str) -> None:
    result = clean(raw)
    assert len(result.offsets) == len(result.text)
    assert all(
        raw[o] == c or (c == "\n" and raw[o] == "\r") for o, c in zip(result.offsets, result.text)
    )
    assert all(a < b for a, b in zip(result.offsets, result.offsets[1:]))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_offset_map_on_seeds(path) -> None:
    _assert_offset_map(path.read_text(encoding="utf-8"))


def test_raw_span_gives_exact_raw_characters() -> None:
    raw = "培训 118\n\n期，参训民警 1.5万人次"
    result = clean(raw)
    start = result.text.index("118期")
    raw_start, raw_end = result.raw_span(start, start + len("118期"))
    assert raw[raw_start:raw_end] == "118\n\n期"
    with pytest.raises(ValueError):
        result.raw_span(3, 2)


_PIECES = st.sampled_from(
    ["南京市公安局", "培训", "118", "期", "。", "，", " ", "  ", "\n", "\n\n", "\r\n", "\u3000", "\u00a0",
     "一、", "（二）", "15万余起", "PDF", "abc", "当前位置:首页 > 新闻", "关闭", "2024年", "%", "”"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=60).map("".join))
@example("南京市公安局0\r0")  # a lone '\r' between two wrapped words
def test_offset_map_round_trips(raw: str) -> None:
    _assert_offset_map(raw)
    result = clean(raw)
    if result.text:
        # Any clean span maps to a raw span that starts and ends on the same characters and
        # contains the clean characters in order.
        for start in range(0, len(result.text), max(1, len(result.text) // 7)):
            end = min(len(result.text), start + 5)
            raw_start, raw_end = result.raw_span(start, end)
            piece = raw[raw_start:raw_end]
            piece = piece.replace("\r", "\n")
            assert piece[0] == result.text[start] and piece[-1] == result.text[end - 1]
            it = iter(piece)
            assert all(c in it for c in result.text[start:end])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("杭州市農業農村局2023年度法治政府建設報告", "杭州市农业农村局2023年度法治政府建设报告"),
        ("來源:湖北省法學會", "来源:湖北省法学会"),
        ("南京市公安局2024年度法治政府建设情况报告", None),  # simplified already: nothing to convert
    ],
)
def test_simplified_view(text: str, expected: str | None) -> None:
    assert simplified_view(text) == expected
