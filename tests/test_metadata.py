"""Document metadata: a table of the hard cases, each a small text and what must come out."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.clean import clean
from pipeline.metadata import extract_metadata, find_date
from pipeline.metadata.location import as_printed
from pipeline.metadata.names import org_at_start
from pipeline.metadata.titles import looks_like_title, strip_site_marks
from tests.conftest import seed_path_by_prefix

BODY = "，坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。"

CASES = {
    "agency and year in the title": (
        "南京市公安局\n\n南京市公安局2024年度法治政府建设情况报告\n\n2024年，全市公安机关" + BODY
        + "\n\n南京市公安局\n\n2025年 2月 28日\n",
        dict(agency="南京市公安局", province="江苏省", city="南京市", district=None, report_year=2024,
             published_date=dt.date(2025, 2, 28), doc_type="annual_report",
             title="南京市公安局2024年度法治政府建设情况报告"),
    ),
    "letterhead above a year-only title": (
        "济宁市公安局\n\n2023 年度推进法治政府建设工作情况报告\n\n2023 年以来，济宁市公安局在市委" + BODY,
        dict(agency="济宁市公安局", report_year=2023, published_date=None,
             title="济宁市公安局2023年度推进法治政府建设工作情况报告"),
    ),
    "signature only, date in Chinese numerals, 分局 named after its district": (
        "2022年，公安南郑分局" + BODY + "现将有关情况报告如下：\n一、加强执法规范化建设\n"
        + "今后将继续加强执法规范化建设。\n\n汉中市公安局南郑分局\n二〇二三年十二月十五日\n",
        dict(agency="汉中市公安局南郑分局", province="陕西省", city="汉中市", district="南郑区",
             report_year=2022, published_date=dt.date(2023, 12, 15), doc_type="annual_report", title=None),
    ),
    "title lost: agency from the opening sentence, no title invented": (
        "2023年,在区委、区政府的正确领导和区司法局的指导下,前进区教育局深入开展和推进法治政府建设工作,"
        "全面完成2023年度法治政府建设的各项工作任务。现将工作情况汇报如下:\n一、2023年度推进法治政府建设的主要举措\n",
        dict(agency="前进区教育局", province="黑龙江省", city="佳木斯市", district="前进区", report_year=2023,
             doc_type="annual_report", title=None),
    ),
    "title lost, a county as the subject": (
        "2019年,在省委、省政府的正确领导下,南昌县全面贯彻党的十九大精神" + BODY + "\n一、2019年推进法治政府建设情况\n",
        dict(agency="南昌县人民政府", province="江西省", city="南昌市", district="南昌县", report_year=2019,
             title=None),
    ),
    "news page: breadcrumb, headline above the 发布时间 header": (
        "南京市公安局\n\n当前位置:首页\u00a0>\u00a0警务动态\n\n刑事案件连续6年下降,南京如何构建平安城市\n"
        "责任编辑:南京市公安局\u00a0\u00a0发布时间:2022-12-06 17:16\u00a0\u00a0阅读次数:100\n\n近年来,南京市公安局坚持"
        + BODY,
        dict(agency="南京市公安局", report_year=2022, published_date=dt.date(2022, 12, 6), doc_type="news",
             title="刑事案件连续6年下降,南京如何构建平安城市"),
    ),
    "news page with a byline and header bar": (
        "12348湖北法网 信息平台入口 无障碍阅读 微信 微博 繁体登录注册\n\n黄石市司法局联合发布行政复议案件半年分析报告\n\n"
        "2024-08-09 08:46 黄石市司法局\n\n近日,黄石市司法局与黄石市中级法院强化一体、联动履职意识" + BODY
        + "\n附件:\n 已阅 0  打印   关闭\n",
        dict(agency="黄石市司法局", province="湖北省", city="黄石市", published_date=dt.date(2024, 8, 9),
             doc_type="news", report_year=2024, title="黄石市司法局联合发布行政复议案件半年分析报告"),
    ),
    "web capture: bare place in the title, banner clock is not the date": (
        "天津市静海区人民政府 2019年12月3日星期二\n\n无障碍 简体| 繁体\n\n静海区2023年度法治政府建设情况报告\n"
        "来源:静海区人民政府办公室 发布时间:2024-03-28 09:18\n\n 2023年,静海区坚持" + BODY,
        dict(agency="天津市静海区人民政府", province="天津市", city="天津市", district="静海区",
             report_year=2023, published_date=dt.date(2024, 3, 28), doc_type="annual_report",
             title="静海区2023年度法治政府建设情况报告"),
    ),
    "site tag before the title, metadata table": (
        "【法治建设报告】湖北省司法厅2022年法治政府建设年度报告\n索 引 号 | 011043217/2023-06630 | 分 类 | 政务公开 |\n"
        "---|---|---|---|\n发布机构 | 湖北省司法厅 | 发文日期 | 2023-03-16 |\n2022年,省司法厅坚持" + BODY,
        dict(agency="湖北省司法厅", province="湖北省", city=None, district=None, report_year=2022,
             published_date=dt.date(2023, 3, 16), title="湖北省司法厅2022年法治政府建设年度报告"),
    ),
    "government work report: delivered in 2019 about 2018": (
        "(山东省)2019年聊城市东昌府区人民政府工作报告(全文)\n政府工作报告\n"
        "——2019年2月26日在东昌府区第十七届人民代表大会第三次会议上\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。" + BODY + "\n一、2018年工作回顾\n",
        dict(agency="聊城市东昌府区人民政府", province="山东省", city="聊城市", district="东昌府区",
             report_year=2018, published_date=dt.date(2019, 2, 26), doc_type="annual_report",
             title="2019年聊城市东昌府区人民政府工作报告"),
    ),
    "cover letter first, the report names itself": (
        "生态环境部:\n2021年,在上海市委、市政府坚强领导下,我局以习近平新时代中国特色社会主义思想为指导" + BODY
        + "我局总结形成了《上海市生态环境局关于2021年度法治政府建设情况的报告》。\n上海市生态环境局\n2022年1月21日\n",
        dict(agency="上海市生态环境局", province="上海市", city="上海市", district=None, report_year=2021,
             published_date=dt.date(2022, 1, 21), title="上海市生态环境局关于2021年度法治政府建设情况的报告"),
    ),
    "wrapped title over two lines": (
        "某某\n\n南京市鼓楼区司法局关于2023年度法治政府\n建设情况的报告\n\n2023年，鼓楼区司法局" + BODY,
        dict(agency="南京市鼓楼区司法局", province="江苏省", city="南京市", district="鼓楼区", report_year=2023,
             title="南京市鼓楼区司法局关于2023年度法治政府建设情况的报告"),
    ),
    "township placed by its host site": (
        "禄丰市人民政府\n首页 >> 政府信息公开 >> 法定主动公开内容\n\n中村乡人民政府关于2022年法治政府建设工作情况报告\n\n"
        "日期:2023年05月11日   作者:中村乡党政办公室   来源:中村乡    点击:[]\n\n2022年来,中村乡在禄丰市委" + BODY,
        dict(agency="中村乡人民政府", province="云南省", city="楚雄彝族自治州", district="禄丰市", report_year=2022,
             published_date=dt.date(2023, 5, 11), doc_type="annual_report"),
    ),
    "newspaper credit line beats a mirror's 发布时间": (
        "去年依法办结行政复议案件29.3万件\n\n发布时间:2024-11-19 03:48:31 来源: sp20241119\n\n"
        "本报北京4月1日电 (记者张璁)日前发布的司法部2023年法治政府建设年度报告显示,全国新收行政复议案件31.5万件。\n\n"
        "  《 人民日报 》( 2024年04月02日 07 版)\n",
        dict(published_date=dt.date(2024, 4, 2), doc_type="news", title="去年依法办结行政复议案件29.3万件"),
    ),
    "a body named by its level only: 市公安局 placed by the city the text names most": (
        "2023年,市公安局认真贯彻落实中央、省委、市委有关法治政府建设工作部署" + BODY
        + "针对宜春—长沙市全程网办确定“跨省通办”事项8项,针对宜春—广州市确定事项64项。"
        "印发《宜春市公安局营商环境提升行动实施方案》。",
        dict(agency="宜春市公安局", province="江西省", city="宜春市", district=None, report_year=2023, title=None),
    ),
    "a short form spelled out: 市人社局 of 天津市": (
        "根据市委、市政府相关文件要求,现将市人社局2021年法治政府建设情况报告予以公开。\n\n"
        "本报告所列数据的期限自2021年1月1日起。如有疑问,请与市人社局法规处联系(地址:天津市和平区建设路18号)" + BODY,
        dict(agency="天津市人力资源和社会保障局", province="天津市", city="天津市", district=None, report_year=2021),
    ),
    "traditional characters: read simplified; title and agency as printed, the agency's key in simplified form to join on": (
        "北京市朝陽區人民政府2022年法治政府建設年度情況報告\n\n日期:2023-03-31 10:00    來源:北京市朝陽區人民政府\n\n"
        "  2022年,朝陽區政府深入學習貫徹落實黨的二十大精神和習近平法治思想,堅持將法治政府建設作為全面依法治區的重點任務。",
        dict(agency="北京市朝陽區人民政府", agency_key="北京市朝阳区人民政府", province="北京市", city="北京市",
             district="朝阳区", report_year=2022, published_date=dt.date(2023, 3, 31), doc_type="annual_report",
             title="北京市朝陽區人民政府2022年法治政府建設年度情況報告"),
    ),
    "a policy interpretation is 'other'; org-and-date byline": (
        "【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读\n"
        "清水县人民政府 2024年01月08日\n按照省市法治政府建设工作要求,我县总结2023年全县法治政府建设工作" + BODY,
        dict(published_date=dt.date(2024, 1, 8), doc_type="other",
             title="关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读"),
    ),
    "news without a page header: headline first, year of the event": (
        "芦山县交通运输局召开“四好农村路”示范县创建工作推进会\n"
        "2019年1月15日,在芦山县交通运输局会议室召开了“四好农村路”示范县创建工作推进会。会上,交通局局长对创建工作做了具体安排,"
        "要求各部门依法履职,加强监督,服务群众。",
        dict(agency="芦山县交通运输局", province="四川省", city="雅安市", district="芦山县", report_year=2019,
             published_date=None, doc_type="news", title="芦山县交通运输局召开“四好农村路”示范县创建工作推进会"),
    ),
    "township work report, placed by the publishing body in the metadata table": (
        "沙沟镇2021年政府工作报告\n文 号: | 发布机构: | 沂水县沙沟镇 | 发布日期: | 2021-02-27 | |\n"
        "政 府 工 作 报 告\n——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上\n各位代表:\n现在,我代表镇政府向大会报告工作" + BODY,
        dict(agency="沙沟镇人民政府", province="山东省", city="临沂市", district="沂水县", report_year=2020,
             published_date=dt.date(2021, 2, 27), doc_type="annual_report", title="沙沟镇2021年政府工作报告"),
    ),
    "agency never named: the bureau its duties describe, the county the text names": (
        "按照县委依法治县办的通知要求，结合《某某县创建法治政府建设示范县实施方案》，现将我局2022年度法治政府建设工作报告如下：\n"
        "一、主要举措\n推行企业开办全程电子化，企业登记时间压缩至1个工作日；个体工商户登记实现“一网通办”；"
        "开展食品安全抽检320批次，特种设备检验检测覆盖率100%，查处商标侵权案件12件，我县市场监管执法水平明显提升。"
        "永胜县地处云南省西北部。",
        dict(agency="永胜县市场监督管理局", province="云南省", city="丽江市", district="永胜县", report_year=2022,
             doc_type="annual_report", title=None),
    ),
    "a bureau named from its duties in a district is keyed with the city, as other district bodies are": (
        "现将我局2022年度法治政府建设工作报告如下：\n一、主要举措\n推行企业开办全程电子化，企业登记时间压缩至1个工作日；"
        "个体工商户登记实现“一网通办”；开展食品安全抽检320批次，特种设备检验检测覆盖率100%，查处商标侵权案件12件。"
        "开福区位于长沙市北部，我区市场监管执法水平明显提升。",
        dict(agency="开福区市场监督管理局", agency_key="长沙市开福区市场监督管理局", province="湖南省", city="长沙市", district="开福区", title=None),
    ),
    "a report that never names its issuer or a department: the government of its one place": (
        "一、主要工作\n2019年，全区深入推进依法行政，自治区政府常务会议专题研究法治政府建设，"
        "各盟市、旗县（市、区）完成年度任务，内蒙古自治区各级行政机关履职尽责" + BODY,
        dict(agency="内蒙古自治区人民政府", province="内蒙古自治区", city=None, district=None,
             doc_type="annual_report", title=None),
    ),
    "police news that never names its issuer is the province's police, as annotators read it": (
        "发布时间：2023-05-06\n全省公安机关开展夏季治安打击整治行动\n今年以来，云南全省公安机关破获刑事案件1.2万起，"
        "抓获犯罪嫌疑人8000余名，云南社会治安持续向好。",
        dict(agency="云南省公安厅", province="云南省", doc_type="news"),
    ),
    "a plan with its span after its name is no news, and is about its first year": (
        "某某省法治政府建设实施方案（2021—2025年）\n来源：省司法厅 发布时间：2021-08-30\n"
        "为深入推进依法行政，加快建设法治政府，结合本省实际，制定本方案。" + BODY,
        dict(doc_type="other", report_year=2021, title="某某省法治政府建设实施方案（2021—2025年）"),
    ),
    "a public notice (公示) and a set of rules (工作规则) are no news": (
        "关于全省法治政府建设示范地区名单的公示\n来源：省司法厅 发布时间：2022-06-01\n"
        "根据示范创建工作安排，经评估，拟命名以下地区为法治政府建设示范地区，现予公示。" + BODY,
        dict(doc_type="other", title="关于全省法治政府建设示范地区名单的公示"),
    ),
    "a news item that lost its headline and quotes an official": (
        "全国率先！2024年，本省全面建立起政府决策合法性评估协调机制。“一年来累计对5300余件重要决策事项进行评估。”"
        "省委依法治省办相关负责人说。" + BODY,
        dict(doc_type="news", title=None),
    ),
    "a headline on what a body did is news even without a web header": (
        "某某省启动2019年法治政府建设全面督察\n"
        "为深入推进法治政府建设，省委全面依法治省委员会办公室决定开展全面督察，现将督察工作安排报告如下。" + BODY,
        dict(doc_type="news", title="某某省启动2019年法治政府建设全面督察"),
    ),
    "a place's police as a whole speak through its public security bureau": (
        "分享\n在黄石 互动 黄石动态 黄石公安机关“向人民报告”!\n[复制链接]\n黄石公安机关“向人民报告”!\n"
        "发表于 2026-1-8 18:18:00 来自 政能量 阅读模式 倒序浏览\n今天（1月8日），黄石公安机关“向人民报告”新闻发布会举行，"
        "全市刑事警情同比下降12.5%，破获电信网络诈骗案件350起。",
        dict(agency="黄石市公安局", province="湖北省", city="黄石市", title="黄石公安机关“向人民报告”!"),
    ),
    "a province's police as a whole: its 公安厅": (
        "青海是稳疆固藏的战略要地，随处能看到警灯闪烁的警务站。\n"
        "党的十八大以来，青海省公安机关高举习近平新时代中国特色社会主义思想伟大旗帜，有力维护社会大局稳定。",
        dict(agency="青海省公安厅", province="青海省", city=None),
    ),
    "a date-and-time stamp with its newspaper is the page's date, not its title": (
        "2020年12月30日 00:19 山東法制報\n12月29日，泰安市公安局召開新聞發布會，通報社會秩序治理工作有關情況。"
        "今年以來，泰安公安機關堅持靠前一步、主動作為，深入推進法治公安建設。",
        dict(title=None, published_date=dt.date(2020, 12, 30), agency="泰安市公安局", doc_type="news"),
    ),
    "a mirror's metadata table padded with question marks still names the title": (
        "索??引??號 | 014000810/2025-00009 | 分????????類 | 行業管理?? |\n"
        "發布機構 | 江蘇省交通運輸廳 | 發文日期 | 2025-02-18 |\n"
        "標????????題 | 江蘇省交通運輸廳2024年度法治政府部門建設情況報告 | ||\n"
        "2024年,江蘇省交通運輸廳堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的二十大精神,推進法治政府建設。",
        dict(title="江蘇省交通運輸廳2024年度法治政府部門建設情況報告", agency="江蘇省交通運輸廳", agency_key="江苏省交通运输厅",
             doc_type="annual_report", published_date=dt.date(2025, 2, 18)),
    ),
    "a city's party committee named in full in a document title is not the issuer": (
        "一、推进法治政府建设的主要举措和成效\n（一）强化组织领导。成立了以市长任组长的日喀则市法治政府建设工作领导小组，"
        "按时向自治区政府报送年度法治政府建设工作情况。严格执行《中共日喀则市委员会 日喀则市人民政府关于加强法治建设的意见》。",
        dict(agency="日喀则市人民政府", province="西藏自治区", city="日喀则市"),
    ),
    "a body named by level is placed by its county printed elsewhere; 市场监管局 is spelled out as its key": (
        "2021年在县委、县政府正确领导下和市市场监督管理局的支持指导下，县市场监管局以依法行政为基本要求，全面推进法治政府建设。\n"
        "一、主要工作\n霍山县市场监管局2021年查处案件120件。",
        # readers spell 市场监管局 out 52 times of 57 over all annotated texts (7 won, 3 lost when adopted)
        dict(agency="霍山县市场监管局", agency_key="霍山县市场监督管理局", province="安徽省", city="六安市", district="霍山县"),
    ),
    "news on a city named a 平安市 is news, though it speaks of 政法 and 平安 more than of government": (
        "乌鲁木齐市被命名为自治区平安市\n来源 新疆网 发布时间 2019-03-19 12:03 阅读\n"
        "新疆网讯（记者 刘青霞）3月17日，记者从市委政法委获悉，乌鲁木齐市被命名为自治区平安地（州、市），"
        "米东区、天山区被命名为自治区优秀平安县（市、区）。",
        dict(doc_type="news", published_date=dt.date(2019, 3, 19)),
    ),
    "a line that is nothing but a date stays apart from the paragraph below and dates the page": (
        "肖良:法治江西建设启动之年要开好局\n\n2015-01-29\n来源:香港商报\n\n"
        "  【香港商报讯】记者黄颖报道:1月28日晚,江西两会全媒体直播访谈中,“法治江西”成为关键词,江西省司法厅副厅长肖良阐述了法治建设进程。",
        dict(published_date=dt.date(2015, 1, 29), doc_type="news", title="肖良:法治江西建设启动之年要开好局"),
    ),
    "a metadata table's 公开日期 dates the page": (
        "| 索引号 | 53040020261647041 | 文     号 |   |\n| 来   源 | 玉溪市湖泊管理局 | 公开日期 | 2026-01-30 |\n"
        "玉溪市湖泊管理局2025年度法治政府建设工作情况报告\n市人民政府:\n2025年,在市委、市政府的坚强领导下,市湖泊管理局坚持以习近平法治思想为指导，推进法治政府建设。",
        dict(published_date=dt.date(2026, 1, 30), title="玉溪市湖泊管理局2025年度法治政府建设工作情况报告"),
    ),
    "a table's 生效日期 dates the page when nothing else does": (
        "索引号: | 015048170/2022-00033 | 发布机构: | 海南州教育局 |\n生效日期: | 2022-02-18 | 废止日期: | |\n"
        "海南州教育局2021年度法治政府建设情况报告\n2021年,在州委、州政府的正确领导下,海南州教育局深入学习贯彻习近平法治思想。",
        dict(published_date=dt.date(2022, 2, 18)),
    ),
    "a dotted 公布日期 dates the page": (
        "湖南省公安厅关于2020年度法治政府建设情况的报告\n•【公布日期】2021.03.18\n"
        "2020年,全省公安机关深入学习贯彻习近平法治思想，推进法治公安建设。",
        dict(published_date=dt.date(2021, 3, 18)),
    ),
    "a stamp with a slashed date, time and outlet, or a date run into its time, is the byline": (
        "龙岗宝龙街道部署2021年法治政府建设考评工作\n2021/08/14 17:21 读创深圳 张玮玮\n"
        "读创/深圳商报记者 张玮玮 法治政府建设是全面推进依法治国的关键，宝龙街道于8月9日召开了部署会。",
        dict(published_date=dt.date(2021, 8, 14), doc_type="news"),
    ),
    "a people's-daily style byline with the date run into its time": (
        "下班了,上课去!\n李发兴、冯羽君\n2023年05月18日14:44 | 来源:人民网-云南频道\n"
        "云南省昆明市石林彝族自治县公安局鹿阜派出所积极探索精准式、分众式、互动式的法治宣讲。",
        dict(published_date=dt.date(2023, 5, 18), report_year=2023),
    ),
    "a news item citing a report (据《…报告》显示) is not that report, and speaks for the city it names most": (
        "开展法治政府建设示范创建，是全面加强法治政府建设的现实需要。5月31日，记者获悉，合肥正全力争创全国第二批法治政府建设示范市。\n"
        "近年来，合肥围绕打造有为政府，发挥法治护航发展功能。据《合肥市2021年法治政府建设情况报告》显示，该市在省依法行政考核中连续获评优秀。"
        "长丰县等地也积极开展示范创建。",
        dict(title=None, doc_type="news", agency="合肥市人民政府", city="合肥市", district=None),
    ),
    "a 关于 title wrapped over two lines under an issuer named by level": (
        "省人民政府关于印发贵州省\n2018年法治政府建设工作要点的通知\n黔府发〔2018〕11号\n"
        "各市、自治州人民政府，省政府各部门：\n现将《贵州省2018年法治政府建设工作要点》印发给你们，请认真贯彻执行。",
        dict(title="省人民政府关于印发贵州省2018年法治政府建设工作要点的通知", doc_type="other", report_year=2018),
    ),
    "a text that lost its headline and calls its body 该局 is a reporter's": (
        "2024年以来,梁平区公安局紧紧围绕推进公安工作现代化,取得了群众安全感指数99.08%的优异成绩。"
        "该局以党纪学习教育为契机,落实全面从严管党治警,2个党支部被评为全市公安机关基层党建示范点。",
        dict(doc_type="news", title=None),
    ),
    "a 来源 line naming a ministry's website names the ministry": (
        "智治 法治 善治——2022年自然资源工作系列述评之治理能力篇\n时间:2023-01-17 17:12:26\n来源:自然资源部门户网站\n"
        "国之兴衰系于制，民之安乐皆由治。从曾经的“管理”到如今的“治理”，改革的深化、法治的进步蕴含于一字之变。" + BODY,
        dict(agency="自然资源部", province=None, published_date=dt.date(2023, 1, 17)),
    ),
    "a page that prints 'issuer: title' above the title names its issuer": (
        "中央依法治国办:关于第一批全国法治政府建设示范地区和项目命名的决定\n  • 信息来源:人民网-人民日报\n  • 发布日期:2020-08-21\n"
        "关于第一批全国法治政府建设示范地区和项目命名的决定\n党的十八大以来，各地区各部门全面推进依法行政，加快建设法治政府。",
        dict(agency="中央依法治国办", title="关于第一批全国法治政府建设示范地区和项目命名的决定"),
    ),
    "a municipality's government taken as the issuer is the city too": (
        "2019年,上海市各级政府深入学习贯彻习近平总书记全面依法治国新理念新思想新战略,"
        "围绕使法治成为上海核心竞争力的重要标志,加快建设法治政府。现将有关情况报告如下：\n一、依法全面履行政府职能\n深化简政放权，优化营商环境。",
        dict(agency="上海市人民政府", province="上海市", city="上海市", district=None),
    ),
    "a headline on a body that issued (出台) something is news": (
        "梁子湖区出台法治政府建设工作要点为全年工作指明方向\n"
        "近日，梁子湖区印发《2018年法治政府建设工作要点》，现将有关情况报告如下。" + BODY,
        dict(doc_type="news"),
    ),
    "a county's joint issuer printed 中共…县县委 with a space": (
        "中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告\n2024年，浚县县委、县政府坚持以习近平法治思想为指导" + BODY,
        dict(agency="中共浚县县委浚县人民政府", agency_key="中共浚县县委、浚县人民政府", province="河南省", city="鹤壁市", district="浚县"),
    ),
    "平安镇江 names the city 镇江, not a township 平安镇; 镇江公安 is the city's police": (
        "2月5日，全市公安工作会议召开，要求全市公安机关聚焦现代化，为建设平安镇江作出更大的公安贡献。\n"
        "2023年，镇江公安学习新思想、践行新理念，圆满完成各项任务，破获电诈案件数同比上升70.9%。",
        dict(agency="镇江市公安局", province="江苏省", city="镇江市", district=None),
    ),
    "a breadcrumb broken after its first step, or run with >>, is no title": (
        "当前位置: 首页\n>政府信息公开>法定主动公开内容>其他主动公开内容>法治政府建设年度报告\n\n"
        "荆门市人民政府关于2022年法治政府建设情况的报告\n\n发布日期:2023-02-01 17:07 信息来源:荆门市人民政府\n\n省人民政府:\n\n"
        "2022年,荆门市坚持以习近平新时代中国特色社会主义思想为指导，大力推进依法行政。现将有关情况报告如下:",
        dict(title="荆门市人民政府关于2022年法治政府建设情况的报告", doc_type="annual_report"),
    ),
    "a site's >> breadcrumb above a headline is no title": (
        "人民网\n人民网>>湖南频道>>湖南要闻\n\n平安湖南法治湖南建设迈向更高水平\n\n2022年09月08日08:50 | 来源:  \n"
        "7日上午，湖南省委宣传部召开湖南政法工作成效新闻发布会。",
        dict(title="平安湖南法治湖南建设迈向更高水平", published_date=dt.date(2022, 9, 8), doc_type="news"),
    ),
    "reporters' and correspondents' lines are bylines, not a headline": (
        "日期:\n来源:极目新闻收集编辑:极目新闻\n极目新闻记者 周萍英\n特约通讯员 白菲斐 通讯员 黄芳芳 马艳\n"
        "“截止到9月底，随州市刑事立案4707起，同比下降8.07%。”11月3日，随州市召开新闻发布会。随州市公安局副局长介绍了专项行动情况。",
        dict(title=None),
    ),
    "a region's 厅 named by level in a text that names only a 盟 of that region": (
        "2020卷\n【概况】 2019年,自治区司法厅坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。\n"
        "全区有19所监狱,在兴安盟保安沼地区设有东部分局。",
        dict(agency="内蒙古自治区司法厅", province="内蒙古自治区", city=None),
    ),
    "an event opening under a caption line is news": (
        "(资料图片)\n8月5日下午,海口市公安局召开夏季治安打击整治“百日行动”推进会,通报前期工作,对下一步工作进行部署。\n"
        "自全国公安机关开展夏季治安打击整治“百日行动”以来,海口警方紧盯群众关注的突出治安问题,实现立案和警情数双双下降。",
        dict(doc_type="news", title=None),
    ),
    "a headline that is no report title stays news though the text names a year's 法治政府建设": (
        "芜湖市司法局纵深推进法治政府建设成效显著\n"
        "近年来,芜湖市纵深推进法治政府建设,连续多年法治政府建设考核位居全省第一位次。2024年法治政府建设取得新成效。",
        dict(doc_type="news", title="芜湖市司法局纵深推进法治政府建设成效显著"),
    ),
    "a disclosure report compiled by a body (由…编制) is that body's; by a government office, its government's": (
        "本年度报告根据《中华人民共和国政府信息公开条例》和重庆市人民政府信息公开工作相关规定，由重庆市公安局编制。"
        "全文包括主动公开政府信息情况等内容。\n一、政府信息主动公开情况\n为方便公众了解信息，市公安局主动公开信息1200条。",
        dict(agency="重庆市公安局", province="重庆市", city="重庆市"),
    ),
    "博州 is the official short form of 博尔塔拉蒙古自治州": (
        "2023年以来,在自治区党委、政府坚强领导下,博州人民政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻习近平法治思想。\n"
        "一、工作开展情况",
        dict(agency="博尔塔拉蒙古自治州人民政府", province="新疆维吾尔自治区", city="博尔塔拉蒙古自治州", district=None),
    ),
    "a news site's 网上有害信息举报 link is chrome, not the headline": (
        "法治号 手机版| 站内搜索\n\n网上有害信息举报\n\n\n2025-07-09 20:10:00 来源:法治日报-法治网\n\n"
        "七月的新疆吐鲁番盆地,骄阳炙烤着大地。吐鲁番市公安局以忠诚为魂,筑牢社会稳定防线。",
        dict(title=None),
    ),
    "现将我镇…报告如下 names the speaker, not a township called 我镇": (
        "区委、区政府:\n2025年以来,在区委、区政府的坚强领导下,观胜镇党委、政府深入学习宣传贯彻习近平法治思想,"
        "现将我镇2025年法治政府建设情况报告如下:\n一、2025年推进法治政府建设的主要举措",
        dict(agency="观胜镇人民政府"),
    ),
    "a party congress's outgoing committee (第九届委员会) is no issuer": (
        "拉萨公共安全感连续7年居全国主要城市前列\n中共拉萨市第十次代表大会20日在拉萨举行,工作报告指出,过去五年,拉萨市社会治理能力显著提高。\n"
        "拉萨市委书记代表中共拉萨市第九届委员会向大会作报告,总结了过去五年工作。",
        dict(agency=None),
    ),
    "a city's bureau named by level before the district branch that places it": (
        "当前位置:首页 > 政务公开 > 工作动态 > 区县动态\n梅县区公安举行“梅安2022”专项行动成果展暨赃物发还仪式\n"
        "来源:梅州日报  时间:2022-05-30 09:44:37\n  近日,市公安局梅县区分局在梅县区华侨城广场举行“梅安2022”专项行动成果展。",
        dict(agency="梅州市公安局梅县区分局", city="梅州市", district="梅县区"),
    ),
    "a column's name and a headline with one bar between: a title, and <county>公安 its police": (
        "齐河公安 | 群众安全感全市第一\n\n近日,德州市各县市区群众满意度和安全感测评成绩出炉。在社会治安群众安全感方面,"
        "齐河获得97.95分,名次位于全市第1名。",
        dict(title="齐河公安|群众安全感全市第一", agency="齐河县公安局", district="齐河县"),  # spaces are squeezed
    ),
    "a menu of short items, a masthead and login prompts are chrome": (
        "福建日报报业集团主管 《福建法治报》官方网站\n原创 | 法治福建 | 记者调查 | 时政 | 国内 | 普法课堂 | 法治时评 |\n\n"
        "厦门召开全市公安工作会议\n\n2019-03-22 09:37:34 来源:福建法治报\n\n"
        "福建法治报-海峡法治在3月22日讯  3月20日,厦门市公安局召开全市公安工作会议。",
        dict(title="厦门召开全市公安工作会议", doc_type="news"),
    ),
    "a login prompt above a notice is no title": (
        "欢迎光临广西专家顾问网! 今天是\n没有账号?\n注册 |\n登录 |\n咨询热线:0771-5865068\n微信\n政策文件\n\n"
        "关于深入推进依法行政加快建设法治政府的实施意见\n\n桂政发〔2015〕2号\n来源:GECC 更新日期:2015-03-02 分享到:\n\n"
        "各市、县人民政府,自治区人民政府各组成部门:\n  全区各级人民政府及其部门围绕建设法治政府的目标,推进依法行政。",
        dict(title="关于深入推进依法行政加快建设法治政府的实施意见", doc_type="other"),
    ),
    "a year's report that opens on its year and 坚持以习近平…为指导 lost its title": (
        "2022年,长治市司法局坚持以习近平新时代中国特色社会主义思想为指导,在市委、市政府的坚强领导下,履职尽责,"
        "各项工作均取得了新进展新成效。全市司法行政系统办理法律援助案件1200件。",
        dict(doc_type="annual_report", title=None, agency="长治市司法局"),
    ),
    "a news item's source body (记者从市委政法委获悉) is its agency": (
        "乌鲁木齐市被命名为自治区平安市\n\n来源 新疆网 发布时间 2019-03-19 12:03 阅读\n\n"
        "新疆网讯(记者 刘青霞)3月17日,记者从市委政法委获悉,乌鲁木齐市被命名为自治区平安地(州、市)。",
        dict(agency="乌鲁木齐市委政法委", city="乌鲁木齐市"),
    ),
    "a text that lost its headline and shows no mark of another kind of document is news": (
        "公安工作年度成果 - 2025年全省刑事治安警情在2024年同比大幅下降的基础上再下降17.7% - 2025年全省刑事立案再下降10.2% "
        "创本世纪以来新低 - 纵深推进六大专项打击行动，严打黑恶犯罪、电诈及关联犯罪。",
        dict(doc_type="news", title=None),
    ),
    "a text that lost its headline and reads as a disclosure report is a yearly report, not news": (
        "一、总体情况\n2021年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息120条，"
        "依申请公开办理15件，未发生行政复议案件。",
        dict(doc_type="annual_report", title=None),
    ),
    "区公安分局 is no place called 公安 (公安县); a slogan before it in a headline is no body": (
        "九龙坡区文明实践所 /\n当前位置:首页 > 九龙新闻 > 图文新闻 > 正文\n\n"
        "护一方稳定 促一方发展 区公安分局2025年平安建设巡礼\n\n发布日期:2026-01-21 12:21\n\n"
        "2025年,区公安分局在区委、区政府和市公安局党委的坚强领导下,高质量打好“十四五”收官战。",
        dict(province="重庆市", city="重庆市", district="九龙坡区", agency="九龙坡区公安分局", agency_key="重庆市九龙坡区公安分局",
             title="护一方稳定促一方发展区公安分局2025年平安建设巡礼"),
    ),
    "公安西青分局 is the city's bureau's branch": (
        "西青警方开展多警种集中统一行动\n\n03.12.2015  12:33\n\n"
        "   天津北方网讯: 记者日前随警出击。昨日,记者从公安西青分局了解到,涉案的五名嫌疑人已被刑事拘留。",
        dict(agency="天津市公安局西青分局", province="天津市", district="西青区"),
    ),
    "a hotline, a site's name alone, a filing date and a broken breadcrumb are chrome; 原标题 is dropped": (
        "中国规划网\n报料热线:81850000\n归档时间:2018-11-21\n当前位置:首页\n > 要闻动态 > 定西要闻\n"
        "原标题:连续3年入选“中国最安全城市”十强\n\n时间:2016-01-18 08:59来源:中国规划网 作者:洪奕宜\n\n"
        "近日，惠州市公安局通报，惠州连续3年入选“中国最安全城市”十强。",
        dict(title="连续3年入选“中国最安全城市”十强", published_date=dt.date(2016, 1, 18), agency="惠州市公安局"),
    ),
    "the next item's credit run into a sentence at the page's foot is no signature": (
        "邯郸市政府法制办加强信息宣传报道工作 将成绩纳入 依法行政考核\n\n11.05.2018  10:39\n\n"
        "河北法制报讯 (王慧英)近日,邯郸市政府法制办印发《关于加强政府法制信息宣传报道工作的通知》。"
        "市政府法制办将加强对法治政府建设宣传工作的督促检查。\n\n来源:河北法制报  2018年5月10日\n\n"
        "邢台市政府组建新一届法律顾问专家库\n河北法制报讯 (王珊)为深入贯彻落实习近平新时代中法制办",
        dict(agency="邯郸市政府法制办", agency_key="邯郸市人民政府法制办公室"),
    ),
    "a line of newspapers' names, a newspaper's name alone and a site's greeting are chrome": (
        "《西藏日报》《西藏日报藏文版》《人民日报藏文版》《西藏商报》\n北京青年报\n包头市卫生和计划生育委员会欢迎您\n"
        "拉萨公安反扒大队 开展巡逻防控工作\n2022-01-27 10:20 来源:西藏日报\n"
        "近日，拉萨市公安局反扒大队开展巡逻防控工作，抓获扒窃嫌疑人12名。",
        dict(title="拉萨公安反扒大队开展巡逻防控工作", published_date=dt.date(2022, 1, 27)),
    ),
    "a column tag in 『』 and trailing asterisks are no part of a headline": (
        "『除恶』海南“扫黑除恶”已打掉涉黑涉恶团伙258个******\n发布时间：2020-04-07\n"
        "记者从海南省公安厅获悉，海南“扫黑除恶”已打掉涉黑涉恶团伙258个。",
        dict(title="海南“扫黑除恶”已打掉涉黑涉恶团伙258个"),
    ),
    "a place alone above a feature is its dateline, not its headline": (
        "四川省自贡市\n高标准严要求全力推进法治政府建设\n近年来，自贡市坚持以习近平法治思想为指导，全力推进法治政府建设，"
        "为高质量发展提供坚实的法治保障。",
        dict(title="高标准严要求全力推进法治政府建设"),
    ),
    "a 地区's government is its 行政公署": (
        "2024年，喀什地区坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。现将有关情况报告如下：\n一、主要工作",
        dict(agency="喀什地区行政公署", province="新疆维吾尔自治区", city="喀什地区"),
    ),
    "a government press office hosts; the police that report at its conference are the agency": (
        "1月10日是第六个“中国人民警察节”。值此节日来临之际,南阳市人民政府新闻办公室举行新闻发布会,通报过去一年全市公安机关工作开展情况。\n\n"
        "2025年,在市委、市政府和省公安厅的坚强领导下,全市公安机关牢固树立“群众第一”的工作理念,刑事案件同比下降12%。",
        dict(agency="南阳市公安局", city="南阳市"),
    ),
    "a city press office named by level: the police of the city the text names": (
        "7月31日,市政府新闻办召开夏季治安打击整治行动新闻发布会,通报仙桃市夏季治安打击整治行动相关情况。\n"
        "自6月25日以来,全市公安机关将公安部部署的“夏季行动”与省公安厅组织开展的专项行动紧密结合,刑事警情同比下降12%。",
        dict(agency="仙桃市公安局"),
    ),
    "a site's list of sections and a single breadcrumb step are chrome": (
        "旗下栏目:北京上海广东河北天津海南山西吉林江苏浙江安徽福建江西\n>党建要闻\n"
        "湖南公安多项“战果”进入全国先进行列\n2024-01-10 09:30 来源:湖南日报\n"
        "记者从湖南省公安厅获悉，2023年全省刑事案件同比下降12.5%。",
        dict(title="湖南公安多项“战果”进入全国先进行列", agency="湖南省公安厅"),
    ),
    "duties that point two ways name no bureau": (
        "现将我局2022年度法治政府建设工作报告如下：\n全年人民调解120件，法律援助45件，社区矫正对象60人，公证80件；"
        "查处食品安全案件30件，特种设备检查50次，商标侵权3件，个体工商户登记900户。我县法治建设稳步推进。",
        dict(agency=None, doc_type="annual_report", title=None),
    ),
    "news on last year's figures, issued by a ministry": (
        "去年全国办结行政复议案件29万件\n发布时间:2024-04-02 08:00 来源:人民日报\n"
        "本报北京4月1日电 日前发布的司法部2023年法治政府建设年度报告显示，2023年全国新收行政复议案件31万件，"
        "其中司法部办结国务院行政复议案件4600件。",
        dict(agency="司法部", province=None, city=None, district=None, report_year=2023,
             published_date=dt.date(2024, 4, 2), doc_type="news"),
    ),
    "title ending in 工作情况 is a report; the year is the title's": (
        "某某市公安局2022年法治政府建设工作情况\n发布日期:2023-03-01 10:05 信息来源:市公安局\n"
        "2022年,市公安局以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(report_year=2022, published_date=dt.date(2023, 3, 1), doc_type="annual_report",
             title="某某市公安局2022年法治政府建设工作情况"),
    ),
    "a city and its district in the title: the district government": (
        "营口市鲅鱼圈区2021年法治政府建设情况报告\n2021年,区政府坚持依法行政,营口市委法治建设委员会通报表扬" + BODY,
        dict(agency="营口市鲅鱼圈区人民政府", province="辽宁省", city="营口市", district="鲅鱼圈区", report_year=2021),
    ),
    "letterhead above a title starting with 关于; the date in the metadata block": (
        "公文种类: 洛政文 文件编号: 洛政文〔2025〕11号 发布日期: 2025年03月12日\n发文机关: 洛阳市人民政府\n"
        "洛阳市人民政府\n\n关于2024年度法治政府建设情况的报告\n\n洛阳市人大常委会:\n\n2024年,洛阳市政府深入推进依法行政" + BODY,
        dict(agency="洛阳市人民政府", published_date=dt.date(2025, 3, 12),
             title="洛阳市人民政府关于2024年度法治政府建设情况的报告"),
    ),
    "a bulleted page: menu and metadata list set aside, the 标题 field, 发布机构 a township": (
        "  • 首页\n  • 魅力某区\n  • 政务公开\n  • 发布机构:徐庄镇\n  • 发文时间:2026年01月28日\n"
        "  • 标  题:山亭区徐庄镇2025年度法治政府建设情况报告\n\n今年以来,徐庄镇在区委、区政府的领导下" + BODY,
        dict(agency="山亭区徐庄镇人民政府", province="山东省", city="枣庄市", district="山亭区", report_year=2025,
             published_date=dt.date(2026, 1, 28), title="山亭区徐庄镇2025年度法治政府建设情况报告"),
    ),
    "the agency only in a 发文单位 field": (
        "2020年度法治政府建设工作报告\n主题分类: 其他 发文单位: 咸宁市水利和湖泊局\n市委依法治市办:\n"
        "今年以来,我局深入学习领会习近平法治思想" + BODY,
        dict(agency="咸宁市水利和湖泊局", province="湖北省", city="咸宁市", district=None),
    ),
    "two dates under the title: the first is the page's; no signature above the body": (
        "某某市卫生健康委员会2020年法治政府建设年度报告\n\n( 2021-03-05)\n\n 2020年12月15日\n\n"
        "2020年,我委坚持落实法治政府建设实施纲要" + BODY,
        dict(published_date=dt.date(2021, 3, 5), report_year=2020),
    ),
    "a title printed as 《…》 after its document number": (
        "宁政发〔2019〕35号《南京市人民政府关于2018年度法治政府建设工作的报告》\n江苏省人民政府:\n"
        "2018年是全面贯彻党的十九大精神的开局之年" + BODY,
        dict(agency="南京市人民政府", title="南京市人民政府关于2018年度法治政府建设工作的报告", report_year=2018),
    ),
    "an autonomous prefecture by its short name": (
        "黔西南州人民政府关于2020年度法治政府建设情况的报告\n省人民政府:\n2020年,黔西南州人民政府坚持以习近平" + BODY,
        dict(agency="黔西南州人民政府", agency_key="黔西南布依族苗族自治州人民政府", province="贵州省", city="黔西南布依族苗族自治州", district=None),
    ),
    "a work report delivered in December reviews that year; its congress names the issuer": (
        "2020年政府工作报告\n发布时间:2021-01-21 11:16 信息来源: 某某管委会办公室\n"
        "——2020年12月24日在汉南区第九届人民代表大会第五次会议上\n各位代表:\n现在,我代表区人民政府向大会报告工作" + BODY,  # the government as the text names it
        dict(agency="汉南区人民政府", province="湖北省", city="武汉市", district="汉南区", report_year=2020,
             published_date=dt.date(2021, 1, 21), doc_type="annual_report"),  # posted four weeks later
    ),
    "a notice issuing a work plan is 'other'; its title is the plan's": (
        "各市、自治州卫生健康局,委直属各单位:\n为深入贯彻习近平法治思想,全面落实法治政府建设的决策部署,"
        "现将《省卫生健康委2025年法治政府建设工作要点》印发给你们,请结合实际认真抓好落实。\n"
        "贵州省卫生健康委员会\n2025年5月7日\n省卫生健康委2025年法治政府建设工作要点\n一、提升依法行政能力" + BODY,
        dict(agency="贵州省卫生健康委员会", province="贵州省", published_date=dt.date(2025, 5, 7), doc_type="other",
             title="省卫生健康委2025年法治政府建设工作要点", report_year=2025),
    ),
    "news naming the city government only as 西宁市政府; the State Council is never the issuer": (
        "西宁列西北省会城市第一\n2016-12-09 09:01 来源: 青海日报\n"
        "日前发布的评估报告显示,西宁市法治政府建设水平提升显著,评估涉及23个国务院批准的较大城市。\n"
        "2016年,西宁市政府紧紧围绕建设幸福西宁,加快转变政府职能,推进依法行政。(记者 某某)",
        dict(agency="西宁市人民政府", province="青海省", city="西宁市", published_date=dt.date(2016, 12, 9),
             report_year=2016, doc_type="news"),
    ),
    "a joint party-and-government issuer is both bodies, printed as the page prints them": (
        "中共长春市委 长春市人民政府\n关于2021年度法治政府建设情况的报告\n按照省委依法治省办通知要求，现将长春市2021年度"
        "法治政府建设情况报告如下。\n2021年,长春市委、市政府坚持以习近平" + BODY,
        dict(agency="中共长春市委长春市人民政府", agency_key="中共长春市委、长春市人民政府", province="吉林省", city="长春市", report_year=2021,
             title="中共长春市委长春市人民政府关于2021年度法治政府建设情况的报告"),
    ),
    "a party group and its department": (
        "中共西藏自治区民政厅党组西藏自治区民政厅关于2025年度法治政府建设情况报告\n自治区党委、自治区人民政府:\n"
        "2025年,民政厅党组坚持以习近平" + BODY,
        dict(agency="西藏自治区民政厅", province="西藏自治区", city=None, report_year=2025),
    ),
    "news without headline or date: the event opening, the acting bureau, not the party committee": (
        "长城网某某讯(记者某某)12月4日,衡水市委宣传部、市司法局组织开展了全市2018年“12•4”国家宪法日宣传活动,"
        "100多家单位参加。\n本次活动,衡水市司法局共向群众发放宣传资料10000余份。",
        dict(agency="衡水市司法局", province="河北省", city="衡水市", report_year=2018, published_date=None,
             doc_type="news", title=None),
    ),
    "a news item opening on its event is news, not 'other'": (
        "为建设阳光、透明、开放、服务型政府,吴忠市水务局于2025年6月25日组织开展了2025年“政府开放日”活动。"
        "本次活动邀请了市民代表20余人参加,代表们实地参观了河道治理工程。",
        dict(agency="吴忠市水务局", city="吴忠市", report_year=2025, doc_type="news", title=None),
    ),
    "the publication date over the date a notice was written; 名称 field as title": (
        "发布机构: 某某区人民政府办公室 成文日期: 2020-05-21\n"
        "名称: 广州市南沙区人民政府办公室关于印发 南沙区2020年依法行政工作要点的通知\n文号: 穗南府办函〔2020〕4号 发布日期: 2020-05-26\n"
        "各镇(街),区政府各部门:\n《广州市南沙区2020年依法行政工作要点》已经区政府会议同意,现印发给你们,请认真组织实施。" + BODY,
        dict(agency="广州市南沙区人民政府办公室", district="南沙区", published_date=dt.date(2020, 5, 26), doc_type="other",
             title="广州市南沙区人民政府办公室关于印发南沙区2020年依法行政工作要点的通知", report_year=2020),
    ),
    "我委 with city-management duties, in a municipality": (
        "2021年,我委以习近平新时代中国特色社会主义思想为指导,全面贯彻落实市委、市政府关于推进法治政府建设的决策部署,"
        "紧密围绕城市管理领域重点工作扎实推进依法行政。现将有关情况报告如下:\n一、主要举措\n"
        "推进垃圾分类,整治占道经营和违法建设,加强市容环境卫生和户外广告管理,北京市城市管理水平持续提升。",
        dict(agency="北京市城市管理委员会", province="北京市", report_year=2021, doc_type="annual_report"),
    ),
    "a spam line above the title is not part of it": (
        "betway体育\n\n退役军人事务部2021年法治政府建设年度报告\n\n2021年,退役军人事务部坚持以习近平" + BODY,
        dict(agency="退役军人事务部", province=None, title="退役军人事务部2021年法治政府建设年度报告"),
    ),
    "bulleted metadata items are lines of their own, not part of the title": (
        "  • 11500224009351624E/2020-00573\n  • 2020-05-07\n\n永嘉镇2019年法治政府建设工作报告\n\n"
        "根据区委有关文件精神,永嘉镇积极开展法治政府建设" + BODY,
        dict(title="永嘉镇2019年法治政府建设工作报告", report_year=2019, doc_type="annual_report"),
    ),
    "a 发布机构 with another body's name does not replace the title's": (
        "发布机构: 西湖区文化广电新闻出版旅游局 生成日期: 2024-03-01\n西湖区文化广电旅游局2023年法治政府建设年度报告\n"
        "西湖区文化广电旅游局始终坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(agency="西湖区文化广电旅游局", published_date=dt.date(2024, 3, 1)),
    ),
    "a doubled level character in the name is a typo": (
        "2022年,元谋县县卫生健康局在县委、县政府的坚强领导下,全面推进法治政府建设工作。现将我局法治政府建设工作情况报告如下。\n"
        "一、主要做法和成效\n",
        dict(agency="元谋县卫生健康局", province="云南省", district="元谋县", report_year=2022, title=None),
    ),
    "a report that lost its title and its 报告如下 still reads as a report": (
        "2023年,市市场监管局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想,紧紧围绕法治政府建设工作要点,"
        "在持续提升依法行政效能等方面取得了新成效。\n--成功创建国家食品安全示范城市。\n--绍兴市场监管服务模式获评最佳实践案例。",
        dict(agency="绍兴市市场监督管理局", doc_type="annual_report", report_year=2023, title=None),
    ),
    "a banner by its two-character short name": (
        "东乌旗人民政府关于2020年度法治政府建设情况的报告\n2020年,东乌旗人民政府坚持以习近平" + BODY,
        dict(agency="东乌旗人民政府", province="内蒙古自治区", city="锡林郭勒盟", district="东乌珠穆沁旗"),
    ),
    "a news item on a meeting that reviewed a report is news of the meeting's year": (
        "省政府党组召开会议审议2019年度法治政府建设情况报告\n时间 : 2020-03-20 08:17:21 来源 : 本网\n"
        "3月19日,省政府党组书记、省长主持召开省政府党组会议,审议《广东省人民政府2019年度法治政府建设情况报告》" + BODY,
        dict(doc_type="news", report_year=2020, published_date=dt.date(2020, 3, 20), agency="广东省人民政府"),
    ),
    "a notice title wrapped over lines under its document number": (
        "西政办〔2020〕20号\n西平县人民政府办公室\n关于印发西平县2020年度法治政府建设\n工作安排的通知\n"
        "各乡镇人民政府,县直有关单位:\n《西平县2020年度法治政府建设工作安排》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
        "2020年7月8日\n西平县2020年度法治政府建设工作安排\n2020年是全面建成小康社会之年" + BODY,
        dict(agency="西平县人民政府办公室", doc_type="other", published_date=dt.date(2020, 7, 8),
             title="西平县人民政府办公室关于印发西平县2020年度法治政府建设工作安排的通知"),
    ),
    "an information-disclosure yearly report is a yearly report": (
        "铜陵市商务局2022年政府信息公开\n工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,结合我局政府信息公开工作实际,"
        "编制本年度报告。" + BODY,
        dict(doc_type="annual_report", title="铜陵市商务局2022年政府信息公开工作年度报告", agency="铜陵市商务局"),
    ),
    "a district name shared by several cities, placed by the index number's division code": (
        "- 索 引 号:370402/2022-00029\n- 发布机构:人力资源和社会保障局\n- 发文时间:2022年02月28日\n"
        "- 标 题:市中区人力资源和社会保障局2021年度法治政府建设情况报告\n"
        "市中区人力资源和社会保障局2021年度法治政府建设情况报告\n2021年以来,区人社局在区委、区政府正确领导下" + BODY,
        dict(agency="市中区人力资源和社会保障局", province="山东省", city="枣庄市", district="市中区",
             published_date=dt.date(2022, 2, 28), title="市中区人力资源和社会保障局2021年度法治政府建设情况报告"),
    ),
    "the same district name and no code: only what the candidates share": (
        "市中区人力资源和社会保障局2021年度法治政府建设情况报告\n2021年以来,区人社局在区委、区政府正确领导下" + BODY,
        dict(agency="市中区人力资源和社会保障局", province=None, city=None, district=None),
    ),
    "a provincial department named by level, its province from the page's address": (
        "省林业厅被评为2016年度法治政府建设优秀单位\n http://lyj.hunan.gov.cn/ 时间:2017-05-02 00:00 信息来源:\n"
        "近日,省委办公厅、省政府办公厅通报了2016年度全省法治政府建设考核情况,省林业厅在43个省直单位中脱颖而出。",
        dict(agency="湖南省林业厅", province="湖南省", city=None, published_date=dt.date(2017, 5, 2), doc_type="news"),
    ),
    "a national audit office report that lost its title": (
        "2024年,审计署坚持以习近平法治思想为指导,立足经济监督定位,深入推进审计工作法治化。\n一、聚焦服务审计事业发展大局",
        dict(agency="审计署", province=None, report_year=2024, doc_type="annual_report", title=None),
    ),
    "a headline whose subject is a district: its government": (
        "高港区部署开展法治政府建设“补短板、强弱项”专项活动\n2020-04-26 14:54:59  来源:   评论:0 点击:\n"
        "4月23日,高港区召开区政府第23次常务会议,部署开展全区法治政府建设专项活动。",
        dict(agency="高港区人民政府", agency_key="泰州市高港区人民政府", province="江苏省", city="泰州市", district="高港区", doc_type="news",
             published_date=dt.date(2020, 4, 26), report_year=2020),
    ),
    "a headline that starts with the acting body": (
        "嘉兴市南湖区司法局在区政府常务会议“学法进行时”作专题汇报\n来源: 市司法局 时间: 2021-12-20 14:55:10\n"
        "12月18日下午,南湖区召开九届区政府第72次常务会议,区司法局局长作专题汇报。",
        dict(agency="嘉兴市南湖区司法局", district="南湖区", doc_type="news", published_date=dt.date(2021, 12, 20)),
    ),
    "a bulleted time stamp under the title is the publication date": (
        "汕头市卫生健康局2021年法治政府建设年度报告\n  • 2022-01-07 16:51\n  • 来源:汕头市卫生健康局\n"
        "  •   2021年,我局坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(agency="汕头市卫生健康局", published_date=dt.date(2022, 1, 7), report_year=2021),
    ),
    "a document number above a headless ministry report": (
        "交法发〔2019〕31号\n2018年,在党中央、国务院坚强领导下,交通运输部认真贯彻落实依法治国的决定,"
        "始终把法治建设放在交通运输改革发展稳定大局中谋划和推进,推动法治政府部门建设取得实效。\n一、切实加强党的领导",
        dict(agency="交通运输部", doc_type="annual_report", report_year=2018, title=None, published_date=None),
    ),
    "a square-bracket site tag before the title; a province as issuer": (
        "[权威发布]福建省2017年法治政府建设情况报告\n——我省法治政府建设进入发展新阶段\n"
        "2017年以来,在党中央坚强领导下,福建省委、省政府深入贯彻习近平新时代中国特色社会主义思想" + BODY,
        dict(agency="福建省人民政府", province="福建省", title="福建省2017年法治政府建设情况报告", report_year=2017),
    ),
    "a cover letter, then the summary's own title wrapped over two lines": (
        "中共湖州市委、湖州市人民政府:\n根据市委依法治市办通知要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n"
        "特此报告。\n湖州市交通运输局\n2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n"
        "2024年湖州市交通运输局在市委、市政府的坚强领导下" + BODY,
        dict(agency="湖州市交通运输局", title="2024年度交通运输法治政府建设工作总结", report_year=2024,
             published_date=dt.date(2025, 1, 15), doc_type="annual_report"),
    ),
    "a title in a '|' metadata table": (
        "索 引 号 | 11620300013909010R/2025-48086 | 主题分类 | 金政发 |\n"
        "标 题 | 金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知 |\n"
        "永昌县、金川区人民政府,市政府各部门:\n《金昌市创建全国法治政府建设示范市实施方案》已经市委、市政府同意,现印发给你们。" + BODY,
        dict(agency="金昌市人民政府", province="甘肃省", city="金昌市", doc_type="other",
             title="金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知"),
    ),
    "a name typed twice": (
        "2024年,廉江市民政局民政局坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设。"
        "现将我局2024年度法治政府建设有关情况报告如下:\n一、主要举措",
        dict(agency="廉江市民政局", province="广东省", city="湛江市", district="廉江市", title=None),
    ),
    "a byline naming the publisher in full beats the first body a headline names": (
        "黄石市中级法院、黄石市司法局联合发布行政复议行政诉讼案件半年分析报告\n2024-08-09 08:46 黄石市司法局\n"
        "近日,黄石市司法局与黄石市中级法院联合发布《2024年上半年全市行政复议、行政诉讼案件情况分析报告》。",
        dict(agency="黄石市司法局", city="黄石市", published_date=dt.date(2024, 8, 9), doc_type="news"),
    ),
    "a 来源 line naming the publisher beats a county named by the headline": (
        "柞水县召开法治政府建设省级评估工作推进会\n来源:柞水县司法局 访问量: 发布日期:2022-10-21 09:31\n"
        "为扎实推进法治政府建设省级评估工作,10月11日,中共柞水县委全面依法治县办组织召开了全县工作推进会。",
        dict(agency="柞水县司法局", district="柞水县", published_date=dt.date(2022, 10, 21), doc_type="news"),
    ),
    "a cover letter signed and dated above the report's own title": (
        "生态环境部:\n现将《上海市生态环境局关于2021年度法治政府建设情况的报告》报上,请审阅。\n上海市生态环境局\n2022年1月21日\n"
        "上海市生态环境局关于2021年度法治政府建设情况的报告\n2021年,上海市生态环境局以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(agency="上海市生态环境局", title="上海市生态环境局关于2021年度法治政府建设情况的报告", report_year=2021,
             published_date=dt.date(2022, 1, 21)),
    ),
    "a district government the text never names in full: its official name, keyed with the city": (
        "2025年,城中区坚持以习近平新时代中国特色社会主义思想为指导,为推动西宁市在现代化新青海建设中提供有力法治保障。"
        "现将工作开展情况报告如下:\n一、工作进展情况\n",
        dict(agency="城中区人民政府", agency_key="西宁市城中区人民政府", province="青海省", city="西宁市", district="城中区", title=None),
    ),
    "a county government keeps the county's own name": (
        "周至县2025年度法治政府建设情况报告\n2025年,周至县坚持以习近平法治思想为指引" + BODY,
        dict(agency="周至县人民政府", province="陕西省", city="西安市", district="周至县"),
    ),
    "a province's government named by level in its title": (
        "省人民政府关于2020年度推进法治政府建设情况的报告\n2020年是湖北历史上极不平凡的一年。在党中央、国务院和省委的正确领导下,"
        "省政府坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(agency="湖北省人民政府", province="湖北省", city=None, report_year=2020),
    ),
    "海南州 is the prefecture in 青海, not 海南省": (
        "海南州教育局2021年度法治政府建设情况报告\n2021年,在州委、州政府的正确领导下,海南州教育局深入学习贯彻习近平法治思想" + BODY,
        dict(agency="海南州教育局", province="青海省", city="海南藏族自治州", district=None),
    ),
    "a bureau's party group as letterhead issues the report; a government's party group is the government": (
        "中共青岛市交通运输局党组\n2022年度法治政府建设报告\n2022年,局党组坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(agency="中共青岛市交通运输局党组", city="青岛市", title="中共青岛市交通运输局党组2022年度法治政府建设报告"),
    ),
    "a disclosure report that lost its title is a yearly report, titled by the report it publishes": (
        "根据《中华人民共和国政府信息公开条例》的规定,现公布2022年汨罗市交通运输局信息公开工作年度报告。"
        "本报告由总体情况、主动公开政府信息情况等六个部分组成。\n一、总体情况\n2022年,在市委、市政府的领导下" + BODY,
        dict(doc_type="annual_report", title="2022年汨罗市交通运输局信息公开工作年度报告"),  # the report it publishes is itself
    ),
    "a headline's lead-in before the place it is about": (
        "全省唯一 阜城县入选第二批全国法治政府建设示范地区名单\n来源: 长城网 作者:李珊珊\n2023-01-13 10:04:14\n"
        "近日,中央全面依法治国委员会办公室公布第二批全国法治政府建设示范地区名单,衡水市阜城县上榜。",
        dict(agency="阜城县人民政府", province="河北省", city="衡水市", district="阜城县", doc_type="news",
             published_date=dt.date(2023, 1, 13)),
    ),
    "a township the text names alone: placed by the national township table": (
        "2021年,丁蜀镇在市政府的正确领导下,认真贯彻法治政府建设各项要求" + BODY
        + "现将我镇2021年度法治政府建设情况报告如下:\n一、主要举措\n",
        dict(agency="丁蜀镇人民政府", province="江苏省", city="无锡市", district="宜兴市", title=None),
    ),
    "a 街道 acts through its 街道办事处; townships of one name are told apart by the places the text names; 现将…报告如下 names the report": (
        "2021年,在区委、区政府坚强领导下,虹桥街道深入学习贯彻习近平法治思想,成功入选上海市第一批法治示范创建街镇。"
        "现将虹桥街道2021年度法治政府建设工作报告如下:\n一、坚持党的领导\n",
        dict(agency="虹桥街道", province="上海市", city="上海市", district="长宁区", title="虹桥街道2021年度法治政府建设工作报告"),
    ),
    "a report that opens on its grounds: the 街道 it speaks of most; 总结如下 is a report": (
        "根据《全面深化法治领域改革纲要》提出“实行法治建设年度报告制度”,2023年,清波街道以深入学习贯彻习近平法治思想为核心,"
        "以落实“2023年法治上城建设工作要点”为牵引,全面深入开展法治政府建设。现对2023年所做工作总结如下:\n"
        "一、推进法治建设的主要举措\n今年以来,清波街道党工委将《习近平法治思想学习纲要》纳入年度学习计划。\n",
        dict(agency="清波街道", province="浙江省", city="杭州市", district="上城区", doc_type="annual_report",
             title=None),
    ),
    "news that names no body: the county it names most": (
        "(记者 张鸿雨)3月20日上午,郏县创建省级法治政府建设示范县实地核验工作汇报会举行。省司法厅、市司法局的相关领导参加。\n"
        "郏县县委、县政府历来高度重视法治政府建设工作,黄道镇等乡镇积极参与。",
        dict(agency="郏县人民政府", province="河南省", city="平顶山市", district="郏县"),
    ),
    "the place right after the year in a title": (
        "2025年陇西县法治政府建设情况\n 日期 : 2026-01-15  文章来源 : 司法局\n2025年,陇西县政府坚持以习近平新时代中国特色社会主义思想为指导"
        + BODY + "现将有关情况报告如下:\n",
        dict(agency="陇西县人民政府", province="甘肃省", city="定西市", district="陇西县",
             published_date=dt.date(2026, 1, 15)),
    ),
    "a district bureau printed elsewhere with its city keeps the fuller name": (
        "本报告由北京市大兴区统计局编制。\n一、概述\n2016年,大兴区统计局认真贯彻落实法治政府建设各项要求" + BODY,
        dict(agency="北京市大兴区统计局", province="北京市", district="大兴区"),
    ),
    "a title line stamped with its date": (
        "2024年度新江湾城街道法治政府建设工作报告 2024-12-12\n\n\n 区法治政府建设工作领导小组办公室:\n"
        "2024年,新江湾城街道法治政府建设坚持以习近平法治思想为指导,认真贯彻落实《2024年杨浦区法治政府建设工作要点》" + BODY,
        dict(title="2024年度新江湾城街道法治政府建设工作报告", published_date=dt.date(2024, 12, 12),
             agency="新江湾城街道", district="杨浦区", report_year=2024),
    ),
    "a headline on 市政府 and another body: the city government, never the clause": (
        "市政府与自治区司法厅举行签约仪式\n2022年07月21日 19:47:23 | 来源:鄂尔多斯广播电视台 | 阅读()\n"
        "7月21日,市政府与自治区司法厅举行共同推进鄂尔多斯市高质量发展建设法治示范市签约仪式。市委副书记、市长致辞。",
        dict(agency="鄂尔多斯市人民政府", province="内蒙古自治区", city="鄂尔多斯市", doc_type="news",
             published_date=dt.date(2022, 7, 21), report_year=2022),
    ),
    "a document's letterhead (…文件) is no title; a 通报 is 'other'": (
        "四平市人民政府文件\n四政函〔2020〕103号\n四平市人民政府\n关于2019年度全市法治政府\n建设(依法行政)考核结果的通报\n"
        "各县(市)区人民政府,市政府各相关部门:\n经考核评定,现将2019年度法治政府建设(依法行政)考核结果通报如下:" + BODY,
        dict(title="四平市人民政府关于2019年度全市法治政府建设(依法行政)考核结果的通报", doc_type="other",
             agency="四平市人民政府", city="四平市"),
    ),
    "a district printed with 政府 after its city": (
        "厦门市海沧区政府2015年推进依法行政工作情况及2016年工作打算\n2015年,是海沧区积极融入自贸区建设的一年" + BODY,
        dict(agency="厦门市海沧区人民政府", city="厦门市", district="海沧区"),
    ),
    "news opening on its day: the place that acts; a county by its short name": (
        "为进一步做好法治政府示范创建工作,4月14日,峨山县召开全省法治政府建设示范创建工作推进会,对创建工作进行再部署。"
        "会上,介绍了峨山县示范县创建的相关情况。",
        dict(agency="峨山彝族自治县人民政府", province="云南省", city="玉溪市", district="峨山彝族自治县", doc_type="news"),
    ),
    "a disclosure report by what it says of itself is a yearly report": (
        "根据《中华人民共和国政府信息公开条例》的有关要求,我们编制了本报告,包括总体公开情况等。\n一、总体公开情况\n"
        "2018年,省生态环境厅认真贯彻落实政务公开工作要求" + BODY,
        dict(doc_type="annual_report"),
    ),
    "an autonomous prefecture by its short name and level word": (
        "2023年,昌吉州人民政府始终坚持以习近平新时代中国特色社会主义思想为指导,推动法治政府建设工作部署在我州全面落实。"
        "现将有关情况报告如下:\n一、2023年工作开展情况\n",
        dict(agency="昌吉州人民政府", agency_key="昌吉回族自治州人民政府", province="新疆维吾尔自治区", city="昌吉回族自治州", district=None),
    ),
    "a city's 政府 in the opening sentence is keyed as its 人民政府": (
        "2017年,淄博市政府在省委、省政府的坚强领导下,深入贯彻落实党的十九大精神" + BODY + "\n一、依法全面履行政府职能\n",
        dict(agency="淄博市人民政府", province="山东省", city="淄博市"),
    ),
    "a joint 党委和政府 of a level: that level's government, placed by the province the text names": (
        "2020年,自治区党委和政府坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平总书记视察宁夏重要讲话精神,"
        "深入推进依法治区。现将有关情况报告如下:\n一、持续深化改革\n",
        dict(agency="宁夏回族自治区人民政府", province="宁夏回族自治区", city=None),
    ),
    "a province's department that says 我厅: named from its duties": (
        "2023年,我厅坚持以习近平法治思想和习近平生态文明思想为指导,着力以高品质生态环境支撑广东高质量发展。"
        "深入打好污染防治攻坚战,严格环评审批和排污许可,空气质量优良率、水质优良比例持续提升,危险废物全过程监管。"
        "有关情况报告如下。\n一、坚持以习近平法治思想引领法治政府建设\n",
        dict(agency="广东省生态环境厅", province="广东省", city=None, district=None),
    ),
    "a headline run into its header line; a bare breadcrumb is chrome": (
        "中国西藏网 > 即时新闻 > 地方\n我省命名第一批全省法治政府建设示范地区和项目发布时间:2021-09-16  来源:山西日报\n"
        "记者从省司法厅获悉,经过一年多创建,我省评选出首批30个全省法治政府建设示范地区和示范项目。",
        dict(title="我省命名第一批全省法治政府建设示范地区和项目", published_date=dt.date(2021, 9, 16), doc_type="news"),
    ),
    "a letterhead below the title does not join it": (
        "关于2024年度温州市行政复议工作的报告\n发布时间:2025-08-20 信息来源:市人大\n温州市司法局\n"
        "2024年,在市人大常委会的细致指导下,全市行政复议机构全面贯彻党的二十届三中全会精神" + BODY,
        dict(title="关于2024年度温州市行政复议工作的报告", agency="温州市司法局"),
    ),
    "a title repeated under its letterhead joins it there": (
        "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n广元市人力资源和社会保障局\n2023年法治政府建设工作年度报告\n"
        "2023年,我局坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(title="广元市人力资源和社会保障局2023年法治政府建设工作年度报告", agency="广元市人力资源和社会保障局"),
    ),
    "a branch named after its district is the issuer, not its parent bureau": (
        "本报告根据《中华人民共和国政府信息公开条例》要求编制。如有疑问,请与杭州市公安局滨江区分局联系。\n一、总体情况\n"
        "2022年,滨江区公安分局在区委区政府和杭州市公安局党委的坚强领导下" + BODY,
        dict(agency="杭州市公安局滨江区分局", city="杭州市", district="滨江区", doc_type="annual_report"),
    ),
    "a clause with 了 is never a name; a document number leaves the title": (
        "朝交发[2022]97号关于印发《朝阳市交通运输局法治政府部门建设任务与责任分工方案》的通知\n"
        "各县(市)区交通运输局:\n现将方案印发给你们,请认真贯彻执行。" + BODY,
        dict(title="关于印发《朝阳市交通运输局法治政府部门建设任务与责任分工方案》的通知", doc_type="other"),
    ),
    "a 来源 line's relative body beats the place a headline names": (
        "石泉县全面安排部署2022年全省法治政府建设评估评价工作\n\n时间:2022-10-19 16:33作者:罗偲源自:县司法局\n\n"
        "为扎实做好2022年全省法治政府建设评估评价工作,10月15日,石泉县召开全县法治政府建设评估评价部署推进会议。",
        dict(agency="石泉县司法局", province="陕西省", city="安康市", district="石泉县", doc_type="news",
             published_date=dt.date(2022, 10, 19)),
    ),
    "a people's congress standing committee keeps its 常委会; 发布于 dates a page": (
        "濮阳县人大常委会调研指导法治政府建设工作\n\n(发布于:2023-12-08 18:00)\n\n"
        "12月8日下午,濮阳县人大常委会副主任许建勋带领调研组,对我县2023年度法治政府建设工作进行调研指导。",
        dict(agency="濮阳县人大常委会", published_date=dt.date(2023, 12, 8), doc_type="news", report_year=2023),
    ),
    "a newspaper's issue line is chrome; a place acts in its headline after an adverb": (
        "3184 期 / 第7版:科普法制\n东坡区 不断推进法治政府建设工作\n\n本报讯 近日,眉山市人大常委会副主任带队调研东坡区"
        "2020年度法治政府建设情况,区级相关部门负责人陪同调研。",
        dict(title="东坡区不断推进法治政府建设工作", agency="东坡区人民政府", agency_key="眉山市东坡区人民政府", district="东坡区"),
    ),
    "a short form the text also prints in full is written in full": (
        "现发布《包头市市场监管局2022年政府信息公开工作年度报告》。\n一、总体情况\n包头市市场监督管理局高度重视政府信息公开工作" + BODY,
        dict(agency="包头市市场监督管理局", city="包头市", doc_type="annual_report"),
    ),
    "a source line stamped with date and time dates the page": (
        "“阳光下的守护”法治公安主题宣传活动启动\n编辑: 李盛元来源: 经济晚报2025-06-22 14:59:21\n"
        "6月18日,江西省公安厅举行全省公安机关“阳光下的守护”法治公安主题宣传活动启动仪式。",
        dict(agency="江西省公安厅", published_date=dt.date(2025, 6, 22), report_year=2025, doc_type="news"),
    ),
    "a metadata table whose title field is set off by spaces only": (
        "索 引 号 10001-01-2024-00122 失效时间\n发文机关 河南省人民政府 成文日期\n"
        "标  题 河南省人民政府关于2023年度法治政府建设情况的报告\n发文字号 豫政文〔2024〕46号 发布时间 2024年03月22日\n"
        "2023年,在党中央、国务院及省委的正确领导下,全省各级政府坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(title="河南省人民政府关于2023年度法治政府建设情况的报告", agency="河南省人民政府",
             published_date=dt.date(2024, 3, 22)),
    ),
    "a page title with its site's name after underscores": (
        "宝山区卫生健康委2022年法治政府建设情况报告_法治政府_上海市宝山区人民政府门户网站\n\n"
        "2022年,区卫生健康委在区委区政府的坚强领导下,以习近平新时代中国特色社会主义思想为指导" + BODY,
        # a municipality's district body takes the municipality (see with_municipality)
        dict(title="宝山区卫生健康委2022年法治政府建设情况报告", agency="宝山区卫生健康委", agency_key="上海市宝山区卫生健康委", district="宝山区"),
    ),
    "links to other sites and a reporter's byline are no title; an org-dated line dates the page": (
        "中国政府网   吉林省人民政府网   四平市人民政府网\n双辽市人民政府 梨树县人民政府 伊通满族自治县人民政府\n"
        "■见习记者 李江蔓\n四平市教育局关于2024年度法治政府建设情况的报告\n"
        "四平市教育局   2025-01-07 09:07:00   来源:政策法规调研科\n"
        "2024年,四平市教育局坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(title="四平市教育局关于2024年度法治政府建设情况的报告", agency="四平市教育局",
             published_date=dt.date(2025, 1, 7)),
    ),
    "a report that speaks as 我委 names itself in its contact line, not by a portal": (
        "2019年,我委严格按照《政府信息公开条例》的要求开展政府信息公开工作并编制本报告。如对本报告有任何疑问,"
        "请与乌鲁木齐市卫生健康委办公室联系。\n一、总体情况\n我委以政府信息公开目录管理系统、乌鲁木齐市政府门户网站为平台。",
        dict(agency="乌鲁木齐市卫生健康委", city="乌鲁木齐市", doc_type="annual_report"),
    ),
    "全市公安机关 speaks for the city's 公安局; a title-less opening with sections is a report": (
        "2023年是全面贯彻党的二十大精神的开局之年,全市公安机关以党的二十大精神为指引,认真落实苏州市委市政府关于法治政府建设的决策部署。\n"
        "一、深入学习贯彻习近平法治思想。将习近平法治思想纳入市局党委理论学习中心组年度学习计划。\n",
        dict(agency="苏州市公安局", city="苏州市", doc_type="annual_report", title=None),
    ),
    "a province's 省委、省政府 is its government": (
        "2024年,云南省委、省政府坚持以习近平新时代中国特色社会主义思想为指导,认真落实《法治政府建设实施纲要(2021—2025年)》。"
        "现将有关情况报告如下。\n一、主要举措和成效\n",
        dict(agency="云南省人民政府", province="云南省", city=None),
    ),
    "a disclosure report names its owner; 《福建省政府信息公开办法》 is no government": (
        "根据《中华人民共和国政府信息公开条例》、《福建省政府信息公开办法》和《莆田市城厢区人民政府办公室关于开展2019年政府信息公开工作"
        "年度报告编制发布有关事项的通知》要求,特向社会公布2019年度莆田市公安局城厢分局政府信息公开工作年度报告。本报告由六个部分组成。",
        dict(agency="莆田市公安局城厢分局", city="莆田市", district="城厢区", doc_type="annual_report"),
    ),
    "a township after its county opens a news item": (
        "7月5日,凤阳县枣巷镇召开2019年下半年依法行政工作部署会,镇全体机关干部参加会议。\n会议对过去上半年依法行政工作进行认真总结。",
        dict(agency="凤阳县枣巷镇人民政府", province="安徽省", city="滁州市", district="凤阳县", doc_type="news"),
    ),
    "a browser title with the portal before it and spam after it": (
        "长沙市政府门户网站-2022年长沙市卫生健康委员会政府信息公开工作年度报告_足彩app哪个是正规的\n"
        "首页 > 政府信息公开 > 政府信息公开年报\n来源:市卫生健康委员会 发布时间:2023-01-12 16:21\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》编制。",
        dict(title="2022年长沙市卫生健康委员会政府信息公开工作年度报告", doc_type="annual_report"),
    ),
    "a title field with its document number in brackets": (
        "- 发文机关: 天水市人民政府办公室\n- 发布时间: 2026-02-24\n"
        "- 标题: [天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n"
        "[天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n市委:\n"
        "2025年,市政府坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(title="天水市人民政府关于2025年法治政府建设情况的报告", agency="天水市人民政府",
             published_date=dt.date(2026, 2, 24)),
    ),
    "a browser title with the site first": (
        "长沙市司法局_关于长沙市2020年法治政府建设情况的报告\n您所在的位置:首页 > 法治工作 > 法治督察调研\n"
        "2020年,在省委、省政府的坚强领导下,我市以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(title="关于长沙市2020年法治政府建设情况的报告"),
    ),
    "a title with a note after it, and its heading repeated below": (
        "辽宁省公安厅\n省公安厅政府信息公开工作年度报告(2018年度)\n发布时间:2019年03月05日 来源:辽宁省公安厅\n"
        "省公安厅政府信息公开工作年度报告\n2018年度)\n省政府办公厅:\n按照有关通知要求,将我厅2018年度政务公开工作有关情况报告如下:",
        dict(title="省公安厅政府信息公开工作年度报告(2018年度)", doc_type="annual_report", published_date=dt.date(2019, 3, 5)),
    ),
    "share widgets and a traditional-script byline are chrome; a date written with 号 opens news": (
        "网站支持IPv6\n点击右上角微信好友\n朋友圈\n請使用瀏覽器分享功能\n■記者 彭青林\n"
        "3月19号,桦甸市公安局教育整顿领导小组召开第一次座谈会,邀请了10名社会各阶层人士代表提出建议。",
        dict(title=None, doc_type="news", agency="桦甸市公安局"),
    ),
    "a news item that lost its headline is news; a notice that lost its title is not": (
        "近日,三明市司法局组织开展行政执法人员法治培训,全市200余名行政执法人员参加,推进法治政府建设。",
        dict(doc_type="news", title=None),
    ),
    "a notice that lost its title, addressed to bodies, stays 'other'": (
        "各设区市住房和城乡建设局,厅机关各处室:\n现将《法治政府建设实施方案》印发给你们,请认真贯彻落实。"
        "12月31日前报送落实情况。推进法治政府建设,依法行政。",
        dict(doc_type="other"),
    ),
    "a newspaper's edition banner, page marker and reporter line are chrome": (
        "浙江法制报 数字报纸\n\n00001版:一版要闻\n\n全省各市司法局去年“各有高招”\n\n  本报记者 陈毅人 通讯员 肖峰 \n\n"
        "  本报讯 1月8日,浙江省司法厅在杭州召开各市司法局长座谈会,听取各市司法局法治政府建设工作情况。",
        dict(title="全省各市司法局去年“各有高招”", doc_type="news", agency="浙江省司法厅"),
    ),
    "a traditional-script mirror's chrome is read as chrome; a banner clock is no date": (
        "2024年10月24日 星期四\n位置: 首頁 》地方法學會 》綜合報道\n"
        "湖北省武漢市法學會發布《武漢法治建設年度報告·2020》(法治白皮書)\n\n時間:2021-08-24   來源:湖北省法學會  責任編輯:yyx\n"
        "8月24日,武漢市法學會發布《武漢法治建設年度報告·2020》,推進法治政府建設。",
        dict(title="湖北省武漢市法學會發布《武漢法治建設年度報告·2020》(法治白皮書)", published_date=dt.date(2021, 8, 24)),
    ),
    "a bulleted date with hours and minutes in characters dates the page": (
        "四川省人民政府2022年度法治政府建设工作情况\n\n  • 2023年03月30日 09时24分\n  • 来源: 司法厅\n"
        "  • 2022年,省政府坚持以习近平新时代中国特色社会主义思想为指导" + BODY,
        dict(agency="四川省人民政府", published_date=dt.date(2023, 3, 30), report_year=2022),
    ),
    "a metadata table with labels run into their values; a site's name line is no title": (
        "中国质量新闻网\n发文机关中共安徽省交通运输厅党组\n发文日期2021年12月21日\n时效性现行有效\n发文字号皖交发〔2021〕63号\n"
        "效力级别地方党内规范性文件\n厅直各单位,厅机关各处室:\n经厅党组会议审议同意,现将《关于贯彻落实“一规划两纲要”进一步深化"
        "交通运输法治政府部门建设的实施意见》印发给你们,请认真抓好落实。",
        dict(title="关于贯彻落实“一规划两纲要”进一步深化交通运输法治政府部门建设的实施意见", doc_type="other"),
    ),
    "a clause with 邀请 is no name": (
        "荥经县邀请人大代表和政协委员参与行政执法监督\n为推进法治政府建设,荥经县人民政府法制办公室邀请人大代表参与执法监督。",
        dict(agency="荥经县人民政府法制办公室"),
    ),
    "an injected spam line and a browser nag are chrome, a mirror's pinyin glosses are dropped": (
        "建议升级浏览器版本到最新版本!\n午夜毛片在线观看,国产精品日本欧美一区二区,久久五月激情婷婷日韩\n\n"
        "湖南省交通運輸廳2020年度政府信息公開(kāi)報告\n\n發(fā)文日期:2021-01-29 23:28:00\n\n"
        "一、總體情況\n2020年,省交通運輸廳進(jìn)一步加強政務(wù)公開(kāi)工作。",
        dict(title="湖南省交通運輸廳2020年度政府信息公開報告", doc_type="annual_report", published_date=dt.date(2021, 1, 29)),
    ),
    "市政府 after two 在…下 clauses: the city's government, placed by the city the text names": (
        "2024年,在市委的正确领导下,在市人大及其常委会的监督指导下,市政府坚持以习近平新时代中国特色社会主义思想为指导,"
        "为许昌高质量发展提供法治保障。现将有关工作报告如下。\n一、主要举措\n",
        dict(agency="许昌市人民政府", city="许昌市"),
    ),
    "全市司法行政系统 speaks for the city's 司法局; a conjunction before 县 is no 和县": (
        "2022年,全市司法行政系统在市委、市政府的正确领导下,深入践行习近平法治思想,推动《遂宁市地方性法规》实施。"
        "市政府法制办公室和县人民政府法律顾问共同参与。\n一、主要工作\n",
        dict(agency="遂宁市司法局", city="遂宁市", district=None),
    ),
    "a government work report speaks for the body its deliverer represents; its year is the one before": (
        "政府工作报告\n——2024年3月5日在第十四届人民代表大会第二次会议上\n\n各位代表：\n\n"
        "现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，广东坚持依法行政。广东全面推进法治政府建设。",
        dict(agency="广东省人民政府", province="广东省", doc_type="annual_report", report_year=2023, title="政府工作报告"),
    ),
    "a news agency's dateline is no title; a city body is named without its province": (
        "新华社北京3月12日电\n\n山东法制传媒网:今年以来,山东省淄博市公安局深入贯彻落实省公安厅决策部署" + BODY,
        dict(agency="淄博市公安局", title=None, doc_type="news"),
    ),
    "a joint signature is signed first by the lead body; a ministry's office has no place": (
        "各地区、各部门:\n为推进诚信纳税,现就有关事项通知如下。\n一、加强纳税人诚信教育。各地区要做好政策解读和舆论引导,"
        "新疆维吾尔自治区等地要加大依法诚信纳税的宣传力度。\n国家发展改革委办公厅\n税务总局办公厅\n2019年8月20日\n",
        dict(agency="国家发展改革委办公厅", published_date=dt.date(2019, 8, 20), province=None),
    ),
    "a ministry named in a headline, spelled out; news about a published report is about its year": (
        "法治资讯\n\n国家卫健委发布2020年度法治政府建设报告\n\n发布时间:2021-04-06\n\n"
        "国家卫生健康委日前发布《2020年度法治政府建设工作报告》,卫生健康法治建设成效显著。",
        dict(agency="国家卫生健康委员会", province=None, doc_type="news", report_year=2020),
    ),
    "an unwrapped headline is not run into a paragraph that opens with its time frame": (
        "稳步快跑实现全年胜 精准谋划下好先手棋—2025年宁夏回族自治区本级重点项目提前超额完成全年投资目标\n"
        "今年以来，宁夏回族自治区发展改革委坚持以重点项目建设为抓手，推进依法行政，法治政府建设取得新成效。",
        dict(title="稳步快跑实现全年胜精准谋划下好先手棋—2025年宁夏回族自治区本级重点项目提前超额完成全年投资目标"),
    ),
    "the 第N个国家宪法日 dates a news item that prints no year; an outlet's credit makes it news": (
        "山东法制传媒网:(许东亚)今年12月4日是第七个国家宪法日,东昌府区司法局开展宪法宣传活动,普及宪法知识。",
        dict(report_year=2020, doc_type="news"),
    ),
    "a policy reading is 'other'": (
        "《雷山县2024年法治政府建设工作要点》已制定发布,为便于理解,现作如下解读。\n一、制定依据及目的\n"
        "为全面贯彻落实党的二十大精神,持续推进2024年法治政府建设" + BODY,
        dict(doc_type="other"),
    ),
    "a welcome banner is chrome; a 关于 title wrapped after its issuer; a renamed county still places": (
        "欢迎访问株洲县政府门户网站!\n\n株洲县人民政府关于印发《株洲县深入推进法治政府建设\n实施方案》的通知\n\n"
        "各镇人民政府,县直机关各单位:\n现将《株洲县深入推进法治政府建设实施方案》印发给你们,请认真贯彻执行。",
        dict(title="株洲县人民政府关于印发《株洲县深入推进法治政府建设实施方案》的通知", doc_type="other",
             agency="株洲县人民政府", city="株洲市", district="株洲县"),
    ),
    "a zone acts through its 管理委员会": (
        "2025年,在市政府的正确领导下,我区扎实推进法治政府建设,现将郑东新区2025年度法治政府建设情况报告如下:\n一、坚持高位引领\n",
        dict(agency="郑东新区管理委员会", agency_key="郑州市郑东新区管理委员会", province="河南省", city="郑州市", district="郑东新区", report_year=2025),
    ),
    "a region whose 法治政府建设 the opening sentence is about; a short 州 name": (
        "2016年,内蒙古自治区法治政府建设工作在自治区党委、政府的领导下,全面推进依法行政。\n一、统筹规划\n",
        dict(agency="内蒙古自治区人民政府", province="内蒙古自治区"),
    ),
    "a prefecture named by its short name opens the text": (
        "今年以来,伊犁州深入学习贯彻党的二十大精神,认真贯彻落实自治区关于推进法治政府建设的部署要求" + BODY,
        dict(agency="伊犁哈萨克自治州人民政府", province="新疆维吾尔自治区", city="伊犁哈萨克自治州"),
    ),
    "an e-paper's banner dates its edition; a body named by level again and again": (
        "2025年02月17日 星期一      报料热线:966123\n当前版: 001版 上一版 下一版\n上一篇    下一篇\n放大 缩小 默认\n\n"
        "法治领域改革实现新突破\n\n  ■本报记者 田春宇\n\n回望2024年,全省司法行政工作纵深推进法治领域改革,为海南自由贸易港建设筑牢法治基石。\n"
        "2024年,省司法厅坚持党的绝对领导,不断加强理论学习。在全面依法治省的征程中,省司法厅高质高效完成各项重点工作。\n"
        "全面依法治省工作开创新局面。省司法厅提请召开省委依法治省办主任会议。",
        dict(agency="海南省司法厅", province="海南省", published_date=dt.date(2025, 2, 17), title="法治领域改革实现新突破"),
    ),
    "a text that names no body is placed in the province it keeps naming, not a dateline's": (
        "新华社北京9月23日电\n9月23日,“奋进新征程·广西政法这十年”新闻发布会举办。据介绍,广西全区人民群众安全感不断上升。"
        "十年来,广西在依法治区实践、政法领域改革等方面成绩斐然。",
        dict(province="广西壮族自治区", city=None),
    ),
    "the party's rule-of-law office acting in the opening is the issuer, its place kept": (
        "近日,黄山市首次组织开展述法评议活动。今年3月,黄山市委全面依法治市委员会印发《黄山市述法评议工作方案》,"
        "明确述法对象和述法内容,推进法治政府建设。",
        dict(agency="黄山市委全面依法治市委员会", city="黄山市"),
    ),
    "a rule-of-law office named by level takes the place the text names": (
        "近年来,吉林省委省政府深入贯彻落实中央关于加强市县法治建设的部署要求。在市县法治建设落实方面,"
        "省委全面依法治省委员会印发《吉林省重要举措方案》,坚持全省上下一张蓝图绘到底。",
        dict(agency="吉林省委全面依法治省委员会", province="吉林省"),
    ),
    "a rule-of-law office something is sent to is no issuer; one that organises is": (
        "2021年,省司法厅制定《实施意见》,并报省委全面依法治省委员会办公室出台,取得良好成效。\n\n"
        "据悉,示范创建活动由河北省委依法治省办组织实施,每年开展一次。",
        dict(agency="河北省委依法治省办", province="河北省"),
    ),
    "泸县县委 is the committee of 泸县, no typo": (
        "11月9日,泸县县委全面依法治县办公室组织召开法治宣传工作座谈会,推进法治政府建设。",
        dict(agency="泸县县委全面依法治县办公室", district="泸县"),
    ),
    "a 市 body of a county-level city when no prefecture-level city is named": (
        "市委、市政府:\n市文化广电旅游局在市委、市政府的领导下,在市司法局的指导下,切实推进依法行政工作。按照《华蓥市法治政府建设"
        "工作领导小组办公室关于落实2024年度法治政府建设情况报告工作的通知》要求,现将2024年法治政府建设工作情况汇报如下:\n一、主要举措\n",
        dict(agency="华蓥市文化广电旅游局", district="华蓥市", report_year=2024),
    ),
    "a procuratorate's work report: the delivery and speaker lines are no title": (
        "——2020年1月5日在襄阳市第十七届人民代表大会第五次会议上\n襄阳市人民检察院检察长 常本勇\n各位代表:\n"
        "现在,我代表市人民检察院向大会报告工作,请予审议。\n2019年,全市检察机关坚持以习近平新时代中国特色社会主义思想为指导,依法履职尽责。",
        dict(agency="襄阳市人民检察院", title=None, doc_type="annual_report", report_year=2019),
    ),
    "a year in brackets is no title": (
        "(2021年)\n2020年,审计署坚持以习近平新时代中国特色社会主义思想为指导,扎实推进审计机关法治政府建设,坚持依法审计。\n一、牢固树立政治机关意识\n",
        dict(agency="审计署", title=None, report_year=2020, province=None),
    ),
    "a report that lost its title is a report under a web header too": (
        "设为首页 | 收藏本站 | 网站地图\n\n时间:2026-01-30 来源:法治调研督察处\n"
        "2025年,在市委、市政府的正确领导下,沈阳市司法局坚持以习近平新时代中国特色社会主义思想为指导,将法治政府建设放在全局工作突出位置。\n"
        "一、主要工作和成效\n",
        dict(agency="沈阳市司法局", doc_type="annual_report", report_year=2025, published_date=dt.date(2026, 1, 30)),
    ),
    "a headline's body named by level comes before a place the opening names": (
        "省统计局再次荣获年度法治政府建设考评优秀等次\n\n作者: 来源: 时间:2018-07-25\n\n"
        "近日,江苏省全面推进依法行政工作领导小组印发《关于2017年度法治政府建设考评情况的通报》,我局法治政府建设成绩突出。",
        dict(agency="江苏省统计局", doc_type="news"),
    ),
    "a joint letterhead: the title carries both lines, the agency is the government body": (
        "中共重庆市荣昌区广顺街道工作委员会\n重庆市荣昌区人民政府广顺街道办事处\n关于2025年度法治政府建设情况的报告\n区委、区政府:\n"
        "2025年,广顺街道法治政府建设工作在党工委、办事处的正确指导下扎实推进。现将2025年法治政府建设情况汇报如下:\n一、主要举措\n",
        dict(agency="重庆市荣昌区人民政府广顺街道办事处", district="荣昌区", report_year=2025,
             title="中共重庆市荣昌区广顺街道工作委员会重庆市荣昌区人民政府广顺街道办事处关于2025年度法治政府建设情况的报告"),
    ),
    "the time on a source line is the publication date, not a file's generation date": (
        "泉港区2024年法治政府建设情况报告\n• 公文生成日期:2025-01-21\n来源:泉州市泉港区人民政府 时间:2025-02-10 16:03\n"
        "2024年,在区委的坚强领导下,我区坚持以习近平新时代中国特色社会主义思想为指导,持续推进法治政府建设各项任务落地落实。",
        dict(published_date=dt.date(2025, 2, 10), report_year=2024),
    ),
    "a news item opening on a province's meeting is the province's; a stamp after a section word": (
        "全省建设更高水平法治政府工作推进会议召开\n\n政务   2024-11-07 17:33   辽宁\n\n"
        "11月6日,辽宁省建设更高水平法治政府工作推进会议召开。省长出席会议并讲话,司法部副部长出席会议。李乐成对司法部的大力支持表示感谢。",
        dict(agency="辽宁省人民政府", province="辽宁省", published_date=dt.date(2024, 11, 7), doc_type="news", report_year=2024),
    ),
    "a title run into the first section of a flattened page": (
        "清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,清水县政府信息公开工作以习近平新时代中国特色社会主义思想为指导。",
        dict(title="清水县人民政府2019年政府信息公开工作年度报告", doc_type="annual_report", agency="清水县人民政府"),
    ),
    "an official's own duty report (述法) is 'other'": (
        "2024年以来,在县委、县政府的精心指导下,本人切实履行推进法治政府建设第一责任人职责,有效推动岩山镇法治政府建设迈上新台阶。"
        "现将个人履行推进法治政府建设工作情况汇报如下:\n一、履职情况\n",
        dict(doc_type="other"),
    ),
    "a title with its document number after it, kept apart from the addressee line": (
        "湘潭縣自然資源局2025年度法治政府建設工作報告(潭縣自然資字〔2025〕79號)\n湘潭縣人民政府門戶網站 發布時間:2025-12-24 11:51\n"
        "縣委、縣人民政府:\n2025年,我局堅持以習近平法治思想為指導,推進法治政府建設。",
        dict(title="湘潭縣自然資源局2025年度法治政府建設工作報告", published_date=dt.date(2025, 12, 24), report_year=2025),
    ),
    "a disclosure report that lost its title names itself": (
        "根据《中华人民共和国政府信息公开条例》规定,现公布建始县住房和城乡建设局2023年政府信息公开工作年度报告。"
        "本报告由总体情况等六部分组成。\n一、总体情况\n",
        dict(title="建始县住房和城乡建设局2023年政府信息公开工作年度报告", doc_type="annual_report", agency="建始县住房和城乡建设局"),
    ),
    "市委、市政府印发 in the opening: the city's government": (
        "近日,市委、市政府印发了《成都市法治政府建设实施方案(2021-2025年)》,要求各地、各部门结合实际认真贯彻落实。",
        dict(agency="成都市人民政府", city="成都市"),
    ),
    "a site's name and section is no title; the headline below is": (
        "湘西土家族苗族自治州司法局-行政复议\n\n古丈县林业局积极落实行政机关负责人出庭应诉制度\n\n"
        "来源: 作者:王波 发布时间:2023-03-15 15:36:51 字体大小:\n\n3月14日上午,吉首市人民法院审理原告诉古丈县林业局一案,该局局长出庭应诉。",
        dict(title="古丈县林业局积极落实行政机关负责人出庭应诉制度", agency="古丈县林业局", district="古丈县"),
    ),
    "an index number on its own line places the publisher; a lone section label is chrome": (
        "政府信息公开\n区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n11370105MB279780XD/2023-6537798\n区政府办公室\n"
        "2023-12-20\n\n十九届区政府第37次常务会议议题的解读如下:\n一、议题背景\n为做好2023年度法治建设考核工作,区司法局认真梳理总结法治建设工作。",
        dict(title="区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报", district="天桥区", city="济南市"),
    ),
    "a notice that issues a plan (印发你们) is titled by the plan": (
        "海政办发〔2023〕8号\n各乡镇人民政府,政府各部门:\n现将《海原县法治政府建设2023年工作要点》印发你们,请结合实际,抓好贯彻落实。\n"
        "海原县人民政府办公室\n2023年3月9日\n海原县法治政府建设2023年工作要点\n为全面深入推进依法行政,加快法治政府建设,结合我县实际,制定本要点。",
        dict(title="海原县法治政府建设2023年工作要点", doc_type="other", agency="海原县人民政府办公室"),
    ),
    "a zone named after its district speaks for itself and is placed there": (
        "经济开发区2024年度法治政府建设情况报告\n2024年宁河经济开发区在区委、区政府的正确领导下,扎实推进法治政府建设各项工作,"
        "现将2024年法治政府建设情况报告如下:\n一、主要举措\n",
        dict(agency="宁河经济开发区", province="天津市", district="宁河区"),
    ),
    "a training the province's department holds is that department's": (
        "9月15日上午,四川省司法厅与眉山市司法局联合举办的2021年全省行政复议业务培训班在眉山市开班。本次培训为期三天,提升行政复议业务水平。",
        dict(agency="四川省司法厅", province="四川省"),
    ),
    "a body named by level in a text that never says where is kept as printed": (
        "2023年,县公安局坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,法治政府建设取得新成效。\n一、主要举措\n",
        dict(agency="县公安局", province=None),
    ),
    "a title line stamped with its publisher and date": (
        "上海市统计局2019年度法治政府建设情况报告 上海市统计局 2020-06-08\n\n2019年,我局以习近平新时代中国特色社会主义思想为指导,"
        "推进统计法治建设。",
        dict(title="上海市统计局2019年度法治政府建设情况报告", agency="上海市统计局", published_date=dt.date(2020, 6, 8)),
    ),
    "an aggregator's day-first stamp dates the page without making it news": (
        "辽宁省法治政府建设2016年进展情况的报告\n\n21.08.2017  22:45\n\n国务院法制办公室:\n\n"
        "现将辽宁省法治政府建设2016年进展情况报告如下:\n2016年,辽宁省政府认真落实党中央决策部署,推进法治政府建设。",
        dict(published_date=dt.date(2017, 8, 21), doc_type="annual_report", report_year=2016),
    ),
    "a headline on an event held is news; a former ministry is a central body": (
        "国土资源部法治工作会议在京召开\n\n近日,国土资源部召开法治工作会议,总结2016年法治国土建设,部署2017年依法行政工作。"
        "国土资源部有关负责人出席会议。",
        dict(doc_type="news", agency="国土资源部", province=None),
    ),
    "a city by its short name opens the text; a run of bodies is no body named by level": (
        "2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻党的二十大精神和习近平法治思想,法治政府建设进一步纵深推进。"
        "现将有关情况报告如下:\n一、加强党的领导。市委市政府各部门积极配合省委在茶陵县城管局开展督察。\n",
        dict(agency="株洲市人民政府", city="株洲市"),
    ),
    "a title that names no body, right under its body's line": (
        "城东区卫生健康局\n政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》,编制本报告。"
        "本报告中所列数据的统计期限自2023年1月1日至2023年12月31日止。\n一、总体情况\n",
        dict(title="城东区卫生健康局政府信息公开工作年度报告", doc_type="annual_report"),
    ),
    "joint issuers: the title keeps both, the agency is the one that signs first": (
        "鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院:\n"
        "《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经审议通过,现印发给你们,请认真贯彻执行。",
        dict(agency="鹤岗市人民政府", title="鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"),
    ),
    "a city's meeting under a news credit; a byline with a middle dot dates it": (
        "湖南日报·新湖南客户端 2025-08-28 17:00:11\n湖南日报·新湖南客户端8月28日讯(记者 邓玉娇)8月28日,湘潭市召开纵深推进"
        "法治政府建设新闻发布会,增进社会公众对法治政府建设工作的了解。",
        dict(agency="湘潭市人民政府", published_date=dt.date(2025, 8, 28), report_year=2025),
    ),
    "joint party and government issuers in a title: both, as printed with 、": (
        "中共铁岭市委、铁岭市人民政府关于2022年法治政府建设情况的报告\n\n来源:铁岭市司法局   发布时间:2023年03月23日\n\n"
        "2022年,铁岭市委、市政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。现将有关情况报告如下:",
        dict(agency="中共铁岭市委、铁岭市人民政府", published_date=dt.date(2023, 3, 23), report_year=2022),
    ),
    "a report that speaks as 我市 is the city government's, not a county's it names": (
        "2024年,我市坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设取得较好成效。现将有关情况报告如下。\n"
        "一、2024年主要工作\n郴州市持续推进依法行政,苏仙区、苏仙区、北湖区开展示范创建。",
        dict(agency="郴州市人民政府", city="郴州市", district=None),
    ),
    "a page marker is chrome; a date with its writer dates the page; a subtitle's place acts": (
        "T17\n\n以高水平法治护航“大美银川”高质量发展\n\n——银川市奋力创建全国法治政府建设示范市\n\n2024年01月16日  王辉\n\n"
        "近年来,银川市坚决扛起首府责任,高度重视法治政府建设工作,兴庆区、兴庆区、金凤区积极参与。",
        # the subtitle joins the headline (annotators: 7 joined, 2 not, over sets 1–113)
        dict(title="以高水平法治护航“大美银川”高质量发展——银川市奋力创建全国法治政府建设示范市", agency="银川市人民政府", district=None,
             published_date=dt.date(2024, 1, 16)),
    ),
    "the words for townships are no township; a province's meeting is not the county it names": (
        "全省司法行政工作会议1月29日在兰州召开,研究部署2024年重点工作。\n今年我省将深入实施提升行政执法质量三年行动,"
        "在积石山保安族东乡族撒拉族自治县、积石山保安族东乡族撒拉族自治县开展法律服务,推进嘎查村、苏木乡镇法治建设。",
        dict(agency=None, district=None),
    ),
    "全市各级行政机关 speak for the city's government, not a county the text names": (
        "2023年,在省委、省政府和市委坚强领导下,全市各级行政机关坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。"
        "景德镇市持续优化营商环境,浮梁县、浮梁县、乐平市开展示范创建。\n一、主要举措\n",
        dict(agency="景德镇市人民政府", city="景德镇市", district=None),
    ),
    "我市 before an organisation-like phrase: still the city's government": (
        "2024年,我市坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设,武汉市推进科技创新中心建设。"
        "现将有关情况报告如下。\n一、主要举措\n",
        dict(agency="武汉市人民政府", city="武汉市"),
    ),
    "a page title with markup and its site left after it": (
        "關于2017年法治政府建設工作的報告 青海省人民政府網\" > 關于2017年法治政府建設工作的報告 青海省人民政府網\" />\n"
        "2017年,在黨中央、國務院和青海省委的堅強領導下,青海省各級行政機關深入學習貫徹黨的十九大精神。",
        dict(title="關于2017年法治政府建設工作的報告", report_year=2017),
    ),
    "a short line ending in a date and time dates a news page": (
        "天津市西青区部署法治政府示范创建工作\n\n 《小康》 ● 中国小康网   2019-12-11 15:55:50\n\n"
        "中国小康网天津12月11日电 日前,天津市西青区召开法治政府示范创建工作部署会。",
        dict(published_date=dt.date(2019, 12, 11), report_year=2019, doc_type="news"),
    ),
    "全省法治政府建设工作 in the opening: the province's government": (
        "2023年,全省法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导,全面落实党中央、国务院重大决策部署,"
        "甘肃省法治政府建设各项工作取得新成效。\n一、强化思想引领\n",
        dict(agency="甘肃省人民政府", province="甘肃省"),
    ),
    "a disclosure table's rows without colons are chrome, not the title": (
        "索引号 430S00/2020-015365 文号\n发布单位 湖南省交通运输厅 来源 厅法制处\n公开日期 2020-02-18 09:22 公开方式 主动公开\n\n"
        "湖南省交通运输厅关于报送2019年法治政府部门建设工作自查报告的函\n\n省司法厅:\n根据工作要求,现将自查报告随函报送。",
        dict(title="湖南省交通运输厅关于报送2019年法治政府部门建设工作自查报告的函", agency="湖南省交通运输厅"),
    ),
    "the central rule-of-law office cited by a local text is not its issuer": (
        "2023年,市司法局认真落实中央依法治国办部署要求,中央依法治国办开展督察,推进淄博市法治政府建设。\n一、主要举措\n",
        dict(agency="淄博市司法局"),
    ),
    "我区 of an autonomous region; 共同签署 is no body": (
        "一、2017年度广西法治政府建设主要情况\n2017年,我区坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设取得显著成效,"
        "奋力谱写新时代广西发展新篇章。\n1.优化政府职能。自治区本级先行先试,与嘉善县共同签署合作协议。\n",
        dict(agency="广西壮族自治区人民政府", province="广西壮族自治区"),
    ),
    "a headline whose subject is a city by its short name": (
        "合肥争创“全国法治政府建设示范市”\n\n合肥晚报 2019-08-17 00:37\n\n本报讯 记者昨从合肥市第37次常务会议上了解到,"
        "合肥将开展“全国法治政府建设示范市”创建。",
        dict(agency="合肥市人民政府", city="合肥市", doc_type="news", published_date=dt.date(2019, 8, 17)),
    ),
    "an aggregator's stamp with an impossible day dates nothing and breaks nothing": (
        "省政府召开常务会议\n\n31.04.2017  10:38\n\n2月20日,青海省政府召开常务会议,研究法治政府建设。",
        dict(published_date=None, doc_type="news"),
    ),
    "a headline on a meeting called is news": (
        "省政府召开常务会议 王建军主持\n\n21.02.2017  10:38\n\n2月20日,省长王建军主持召开青海省政府第74次常务会议,"
        "研究政务公开、法治政府建设等事宜。会议指出,2016年全省政务公开工作不断创新发展。",
        dict(doc_type="news", report_year=2017, agency="青海省人民政府"),
    ),
    "a title stamped with its date in brackets": (
        "上海市司法局2023年法治政府建设情况报告 (2024-02-26)\n\n2023年,上海市司法局在市委、市政府的坚强领导下,"
        "全面深入推进局法治政府建设各项工作取得积极成效。",
        dict(title="上海市司法局2023年法治政府建设情况报告", published_date=dt.date(2024, 2, 26)),
    ),
    "a 广州 street office by its short name (石门街), placed by its district's name in the text": (
        "2020年,石门街以习近平新时代中国特色社会主义思想为指导,按照区委、区政府部署,以白云湖片区建设为抓手,"
        "推动我街各项事业发展。现将我街2020年度法治政府建设情况报告如下:\n一、主要举措和成效\n",
        dict(agency="石门街", agency_key="石门街道", city="广州市", district="白云区", doc_type="annual_report"),
    ),
    "a title-less year's report under a repost's stamp is a report, not news": (
        "中国网 2024-03-11 16:26:26\n2023年,济南市历城区人民法院坚持以习近平新时代中国特色社会主义思想为指导,"
        "全面贯彻党的二十大精神,忠实履行宪法和法律赋予的职责。全年共受理各类案件44982件、办结43228件。\n",
        dict(doc_type="annual_report", report_year=2023, title=None),
    ),
    "a disclosure table's 内容概述 row names the document": (
        "| 信息索引号 | 014032126/2025-00429 | 生成日期 | 2025-03-03 |\n| 效力状况 | 有效 | 附件下载 | — — |\n"
        "| 内容概述 | 新吴区教育局2024年工作总结及2025年工作打算 | |\n"
        "2024年,在区委区政府的坚强领导下,全区教育事业以建一流教育强区为目标,推动教育事业各项工作走在全市前列。\n",
        dict(title="新吴区教育局2024年工作总结及2025年工作打算", doc_type="annual_report", report_year=2024),
    ),
    "a metadata list of bulleted label and value pairs gives no title": (
        "当前位置:部门 > 区生态环境局 > 政务公开\n  • [ 主题分类 ]\n  • 城乡建设、环境保护\n  • [ 发布机构 ]\n"
        "  • 荣昌区生态环境局\n重庆市荣昌区生态环境局关于2020年法治政府建设情况的报告\n"
        "2020年,区生态环境局坚持以习近平新时代中国特色社会主义思想为指导,推进法治政府建设。\n",
        dict(title="重庆市荣昌区生态环境局关于2020年法治政府建设情况的报告"),
    ),
    "a betting site's banner over a hijacked page is no title": (
        "KOK体育APP官网在线登录最新版-官方入口\n\n江夏区人力资源和社会保障事业发展“十四五”规划\n\n发布日期:2022-07-26 15:47\n"
        "按照江夏区“十四五”规划编制工作方案,特制定本规划。\n一、“十三五”时期的主要成就\n",
        dict(title="江夏区人力资源和社会保障事业发展“十四五”规划", doc_type="other"),
    ),
    "a yearbook page under its navigation: the entry's heading is its title": (
        "广州年鉴2015 返回目录  前一篇  后一篇\n\n类  目:法治 Rule by Law\n分  目:检察\n\n概况\n\n"
        "    2014年,广州市人民检察院共受理审查逮捕案件19652件27636人,批准逮捕16013件21758人。\n",
        dict(title="概况", doc_type="other"),
    ),
    "news of a procurator-general's report to a congress is the procuratorate's": (
        "本报讯(记者李雯)河北省人民检察院检察长董开军近日在河北省第十四届人民代表大会第三次会议上作工作报告时表示,"
        "2024年,河北检察机关忠实履行宪法法律赋予的职责。共办结各类案件162017件。\n",
        dict(agency="河北省人民检察院", doc_type="news"),
    ),
    "news of a court president reporting to a county-level city's congress is the court's": (
        "3月11日下午,在额尔古纳市第六届人民代表大会第三次会议上,额尔古纳市人民法院院长吴豫江向大会报告工作。\n"
        "2022年,市法院始终坚持以习近平法治思想为指引,审结各类案件3021件。\n",
        dict(agency="额尔古纳市人民法院"),
    ),
    "a site's menu laid out two links a line is set aside": (
        "天津市滨海新区人民检察院主办\n院级领导 本院概况\n机构职能 法律法规\n检务指南 公告公示\n权威发布 工作报告\n"
        "人民检察院案件信息公开网\n当前位置:首页>>工作报告\n天津市滨海新区人民检察院工作报告\n"
        "——2021年12月13日在滨海新区第四届人民代表大会第一次会议上\n滨海新区人民检察院检察长 陈振兴\n",
        dict(title="天津市滨海新区人民检察院工作报告", agency="天津市滨海新区人民检察院"),
    ),
    "a document site's outline above the document is set aside; a county's short name inside a word places nothing": (
        "目录/提纲:……\n一、2017年工作总结\n(一)造林绿化工程\n(五)林业资源保护\n二、2018年工作计划\n……\n"
        "林业局关于2017年工作总结及2018年工作计划的汇报\n2017年,林业工作紧紧围绕县委、县政府总体战略部署,"
        "全力推进林业各项工作。现就2017年工作总结及2018年工作计划汇报如下:\n",
        dict(title="林业局关于2017年工作总结及2018年工作计划的汇报", district=None),
    ),
    "a site's greeting is no headline": (
        "欢迎加入法治资讯网!\n山东省法院向社会发布2020年行政审判白皮书\n6月1日,山东省高级人民法院召开新闻发布会,"
        "发布2020年行政审判白皮书。\n",
        dict(title="山东省法院向社会发布2020年行政审判白皮书", doc_type="news"),
    ),
    "a court or procuratorate printed without 人民 is named in full": (
        "根据防城港市绩效考评领导小组办公室要求,现将市中级法院2017年度机关绩效考评工作报告如下:\n"
        "一、机关绩效考评工作总体概况\n2017年以来,市中级法院坚持以习近平新时代中国特色社会主义思想为指导,推进各项工作。\n",
        dict(agency="防城港市中级人民法院"),
    ),
    "news that names one department by level twice, and no other body, is that department's": (
        "国庆假期 全省安全生产形势总体平稳\n辽宁日报 2019年10月09日\n本报讯 记者刘佳报道 国庆假期,全省安全生产形势总体平稳。\n"
        "国庆节前,省应急管理厅专门下发通知,作出专门部署。\n省应急管理厅组成7个安全生产督查组,深入14个市进行全覆盖督查。\n",
        dict(agency="辽宁省应急管理厅"),
    ),
    "a work report's abstract keeps (摘要); its delivery line in Chinese numerals (a zero typed O) dates it": (
        "青岛市中级人民法院工作报告(摘要)\n——二O二四年一月三十一日在青岛市第十七届人民代表大会第三次会议上\n"
        "青岛市中级人民法院院长 张正智\n各位代表:\n现在,我代表青岛市中级人民法院向大会报告工作,请予审议。\n",
        dict(title="青岛市中级人民法院工作报告(摘要)", published_date=dt.date(2024, 1, 31), report_year=2023),
    ),
    "a speech to 同志们 is its speaker's body's, and its occasion line is no part of its title": (
        "深化改革 突破创新 全面提升四平教育的整体水平\n——在2014年全市教育工作会议上的报告\n市教育局局长、党委书记 赵青山\n"
        "(2014年3月5日)\n同志们:\n这次会议的主要任务是,贯彻落实市七届人大二次会议《政府工作报告》精神,总结2013年工作。\n",
        dict(title="深化改革突破创新全面提升四平教育的整体水平", doc_type="other", agency="四平市教育局"),
    ),
    "a year's summary and the next year's points are one report, whose page names it whole": (
        "镇海区司法局2022年工作总结和2023年工作要点\n镇海区司法局2022年工作总结\n"
        "2022年以来,我局认真贯彻落实中央、省市区委决策部署,形成全面依法治区和司法行政工作高质量发展新态势。\n",
        dict(title="镇海区司法局2022年工作总结和2023年工作要点", doc_type="annual_report"),
    ),
    "a session's papers label and a notice's addressees are no title": (
        "东乌珠穆沁旗第十五届人民代表大会第四次会议材料(九)\n政府工作报告\n"
        "——2020年5月19日在东乌珠穆沁旗第十五届人民代表大会第四次会议上\n各位代表:\n现在,我代表旗人民政府向大会报告工作。\n",
        dict(title="政府工作报告", doc_type="annual_report"),
    ),
    "a forum thread's poster panel is set aside; a work report named for its delivery year reviews the year before": (
        "设为首页收藏本站\n查看: 701|回复: 0\n\n[四川] 2024年沐川县政府工作报告\n\n[复制链接]\n  • TA的每日心情\n    开心\n"
        "    昨天 22:21\n  • 签到天数: 847 天\n    [LV.10]以坛为家III\n    2万\n    主题\n    版主\n"
        "    发表于 2024-7-10 18:13:51 | 显示全部楼层 |阅读模式\n    2024年沐川县政府工作报告\n"
        "    2024年2月27日在沐川县第十八届人民代表大会第四次会议上\n    各位代表:\n    现在,我代表县人民政府,向大会报告工作。\n",
        dict(title="2024年沐川县政府工作报告", report_year=2023, published_date=dt.date(2024, 2, 27)),
    ),
    "a forum's poster panel behind bullets is set aside, so the delivery line dates the report, not the post": (
        "[上海] 2024年上海市黄浦区政府工作报告\n[复制链接]\n  • TA的每日心情\n    奋斗\n  • 签到天数: 721 天\n    [LV.9]以坛为家II\n"
        "    发表于 2024-3-25 19:26:19 | 显示全部楼层 |阅读模式\n    2024年上海市黄浦区政府工作报告\n"
        "    ——2024年1月10日在上海市黄浦区第三届人民代表大会第四次会议上\n    各位代表:\n    现在,我代表区人民政府向大会报告工作。\n",
        dict(title="2024年上海市黄浦区政府工作报告", published_date=dt.date(2024, 1, 10), report_year=2023),
    ),
    "a one-step breadcrumb after a news site's name is no title": (
        "黑龙江新闻网>>法治在线\n擎举公平正义之旗 护航龙江高质量发展\n2023-01-16 08:57:36 来源:黑龙江日报\n"
        "1月15日,黑龙江省高级人民法院院长在省十四届人大一次会议上作工作报告。\n",
        dict(title="擎举公平正义之旗护航龙江高质量发展"),
    ),
    "a site's footer links and a portal's page label are no title": (
        "新华网正文\n关于我们网站声明\n为雪域高原和谐稳定注入力量——西藏自治区检察工作巡礼\n"
        "2015-06-12 08:11:25 来源:新华网\n新华网拉萨6月12日电 近年来,西藏自治区检察机关依法履行职责。\n",
        dict(title="为雪域高原和谐稳定注入力量——西藏自治区检察工作巡礼"),
    ),
    "a work report named for the year it reviews, posted the next spring": (
        "2024年政府工作报告\n发布时间:2025-03-27\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n",
        dict(report_year=2024),
    ),
    "news of an environment ranking is news, and a headline counting cases chosen as typical is news of them": (
        "宁夏通报8月份全区环境空气质量排名\n近日,宁夏“蓝天碧水·绿色城乡”专项行动领导小组办公室通报我区8月份全区环境空气质量排名。"
        "8月份,五市环境空气质量由好到差排名依次为中卫市、固原市、吴忠市、石嘴山市、银川市。\n",
        dict(doc_type="news"),
    ),
    "a headline counting cases chosen as typical is news": (
        "湖南省检察机关去年共办理各类案件19.4万件 48个案件入选全国典型案例\n1月16日,湖南省人民检察院检察长叶晓颖"
        "在湖南省第十四届人民代表大会第三次会议上作湖南省人民检察院工作报告时表示,检察机关依法履职。\n",
        dict(doc_type="news", agency="湖南省人民检察院"),
    ),
    "a county's court by the county's short name is written in full": (
        "循化法院2020年度工作报告获全票通过\n近日,循化县第十七届人民代表大会第五次会议审议通过了循化法院工作报告。"
        "2020年,循化法院共受理各类案件1523件。\n",
        dict(agency="循化撒拉族自治县人民法院"),
    ),
    "a court or procuratorate the text names without 人民 keeps that name, its key the official one": (
        "西峡县法院召开新闻发布会通报2023年审判工作\n1月10日,西峡县法院召开新闻发布会,通报2023年全县审判执行工作情况。"
        "2023年,西峡县法院共受理各类案件12000件。\n",
        dict(agency="西峡县法院", agency_key="西峡县人民法院", district="西峡县"),
    ),
    "a place's meeting on one field, led by that field's bureau chief, is the bureau's news": (
        "近日,亳州市召开全市应急管理工作座谈会暨工作月例会,总结2021年全市应急管理工作取得的成效。"
        "市应急管理局党委书记、局长王明出席会议并讲话,副局长李强主持会议。\n各县区应急局负责人分别进行交流发言。\n",
        dict(agency="亳州市应急管理局", city="亳州市", doc_type="news"),
    ),
    "a session's resolution under its adoption note is other": (
        "(2021年1月18日伊吾县第十七届人民代表大会第六次会议通过)\n伊吾县第十七届人民代表大会第六次会议听取和审议了县人民政府工作报告,"
        "会议同意报告提出的2021年工作安排,决定批准这个报告。\n",
        dict(doc_type="other"),
    ),
    "a new year's greetings are other": (
        "岁序更替,华章日新。值此辞旧迎新之际,我谨代表市中级人民法院向全市人民致以新年的美好祝愿!过去的一年,全市法院审结案件12万件。\n",
        dict(doc_type="other"),
    ),
    "a body's profile is other": (
        "江西省人民检察院简介\n发布时间:2023-01-05 10:00\n江西省人民检察院是江西省的国家法律监督机关,依法履行法律监督职能,内设机构20个,"
        "现有检察干警300余人,全省检察机关共有检察院115个。\n",
        dict(doc_type="other"),
    ),
    "a quarter's progress under its heading is other": (
        "一、一季度工作进展情况\n(一)全区就业局势总体稳定。一季度城镇新增就业1.2万人。\n(二)社会保险扩面。\n",
        dict(doc_type="other"),
    ),
    "a delivery line with its date run together is no subtitle": (
        "江城市江南区人民法院工作报告\n——20171228在江城市江南区第十五届人民代表大会\n第二次会议上\n各位代表:\n"
        "现在,我代表区人民法院向大会报告工作,请予审议。\n",
        dict(title="江城市江南区人民法院工作报告"),
    ),
    "a ministry by its short name before a colon": (
        "人社部:2015年一季度全国城镇新增就业324万人\n发布时间:2015-04-24 10:33:00 来源:人民网\n今日上午,人力资源和社会保障部召开新闻发布会,"
        "人社部新闻发言人表示,1—3月,全国城镇新增就业324万人。人社部将继续做好稳就业工作。\n",
        dict(agency="人力资源和社会保障部", province=None, doc_type="news"),
    ),
    "an undated item on a meeting early in a year that sums up the last is of its own year": (
        "2月25日,市政府召开全市卫生健康工作会议,贯彻落实全省卫生健康工作会议精神,总结2021年工作成绩,安排重点任务。副市长出席会议并讲话。\n",
        dict(report_year=2022, doc_type="news", published_date=None),
    ),
    "a province's court named 法院 is its high court": (
        "山东省法院向社会发布2020年行政审判白皮书\n4月15日,山东省法院召开新闻发布会,发布2020年行政审判白皮书。"
        "2020年,全省法院共审结行政案件2.1万件。\n",
        dict(agency="山东省高级人民法院"),
    ),
    "news in April of last year's figures is of last year; so is news that says 去年": (
        "以高质效履职书写河北检察新作为\n发布时间:2024-04-16\n2023年,河北省人民检察院忠实履行宪法法律赋予的职责,"
        "全省检察机关共受理各类案件256796件,上升24.5%。\n",
        dict(report_year=2023, doc_type="news"),
    ),
    "early-year news that says 去年 is of last year": (
        "辽宁法院院庭长直接办案达到总量的17%\n2017-01-23 08:00 来源:辽宁日报\n为提升审判质效,去年全省327名法官从司法行政管理岗位"
        "充实到审判一线,各级法院院庭长直接办案数量达到总量的17%。\n",
        dict(report_year=2016),
    ),
    "a work plan's title run into its first sentence": (
        "县林业局2017年工作计划2017年, 全县林业工作要深入实施以生态建设为主的林业发展战略,加速绿化美化,严管林业资源。"
        "一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n",
        dict(title="县林业局2017年工作计划", doc_type="other"),
    ),
    "a disclosure report its government's general office compiles is the office's": (
        "本年度报告根据《中华人民共和国政府信息公开条例》的要求,由上海市闵行区人民政府办公室编制。"
        "全文包括主动公开政府信息情况、依申请公开政府信息情况等。\n一、概述\n",
        dict(agency="上海市闵行区人民政府办公室"),
    ),
    "a place's disclosure report compiled by its government's office is the office's": (
        "玉林市2016年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定,玉林市人民政府办公室编制了"
        "《玉林市2016年政府信息公开工作年度报告》。\n一、概述\n",
        dict(agency="玉林市人民政府办公室"),
    ),
    "a district government's street office is named in full": (
        "上海市杨浦区人民政府长白新村街道办事处2023年法治政府建设情况报告\n2023年,长白新村街道坚持以习近平法治思想为指导,"
        "推进法治政府建设。\n",
        dict(agency="上海市杨浦区人民政府长白新村街道办事处", district="杨浦区"),
    ),
    "an autonomous prefecture's government speaks to its congress as 自治州人民政府": (
        "政府工作报告\n——2021年1月26日在海南藏族自治州第十四届人民代表大会第六次会议上\n各位代表:\n"
        "现在,我代表自治州人民政府,向大会报告工作,请予审议。\n",
        dict(agency="海南藏族自治州人民政府", city="海南藏族自治州"),
    ),
    "a department's whole system speaks through the department": (
        "2021年,全市人社系统坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕市委、市政府决策部署,统筹推进人社事业发展。"
        "中山市就业形势保持稳定。\n一、主要工作\n",
        dict(agency="中山市人力资源和社会保障局"),
    ),
    "a report opening on a bare 厅 is the province's department's": (
        "2022年,司法厅坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕省委、省政府工作部署,"
        "积极发挥四川省法治政府建设工作领导小组办公室作用。\n一、主要举措\n",
        dict(agency="四川省司法厅"),
    ),
    "news opening on the session that hears a court's report is the court's": (
        "满满的安全感!从山东高法工作报告中看“平安山东”\n1月20日上午,山东省十三届人民代表大会第三次会议召开第二次全体会议。"
        "山东省高级人民法院院长张甲天作省高级人民法院工作报告。2019年,全省法院新收案件194.6万件。\n",
        dict(agency="山东省高级人民法院"),
    ),
    "a signature date that lost its 年月日, its disclosure note run on, still dates a notice": (
        "天津市蓟州区人民政府办公室关于印发天津市蓟州区应急管理“十四五”规划的通知\n各镇人民政府,各街道办事处,区政府各委、局:\n"
        "经区人民政府同意,现将《天津市蓟州区应急管理“十四五”规划》印发给你们,请认真组织实施。\n"
        "天津市蓟州区人民政府办公室\n2021820\n(此件主动公开)\n",
        dict(published_date=dt.date(2021, 8, 20), report_year=2021, doc_type="other"),
    ),
    "a portal's stamp line under the title dates the page": (
        "银川市人民政府办公室2022年政府信息公开工作年度报告\n银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28\n"
        "根据《中华人民共和国政府信息公开条例》规定,现发布《银川市人民政府办公室2022年政府信息公开工作年度报告》。\n",
        dict(published_date=dt.date(2023, 1, 28)),
    ),
    "a delivery line whose glosses carry a space (會(huì )議) still dates the report": (
        "——2016年1月27日在西藏自治區第十屆人民代表大會(huì )第四次會(huì )議上\n自治區主席 洛桑江村\n各位代表:\n"
        "現在,我代表自治區人民政府,向大會(huì )報告工作,請予審議。\n",
        dict(published_date=dt.date(2016, 1, 27), doc_type="annual_report"),
    ),
    "an emergency plan, a data sheet, a tally and a quarter's progress are other documents": (
        "云县防汛抗旱应急预案\n发布时间:2021-05-10\n1 总则\n1.1 编制目的\n为做好全县防汛抗旱工作,依法、科学、有序、高效开展应急处置工作,"
        "最大程度减少人员伤亡和财产损失,结合本县实际。\n",
        dict(doc_type="other"),
    ),
    "a title-less court report opening on its year and its results is a year's report": (
        "2018年,区人民法院牢牢把握司法为民公正司法工作主线,提高政治站位,各项工作取得了新的明显成效。全年共受理各类案件18323件。\n"
        "一、主要工作\n",
        dict(doc_type="annual_report", report_year=2018),
    ),
    "a half-year's summary with the next half's plan, a quarter's figures and a report's reading are other": (
        "海原县卫生健康局2022年上半年工作总结暨下半年工作计划\n今年上半年以来,我局坚持以习近平新时代中国特色社会主义思想为指导,"
        "扎实推进卫生健康各项工作。一、上半年工作完成情况\n",
        dict(doc_type="other"),
    ),
    "a reading of a disclosure report is other": (
        "文字解读:济南市天桥区教育和体育局2023年政府信息公开工作年度报告\n字号:大 中 小\n"
        "一、总体情况\n2023年,我局深入贯彻落实《中华人民共和国政府信息公开条例》,本年度报告包括主动公开政府信息情况。\n",
        dict(doc_type="other"),
    ),
    "a court's work report named for the year it is delivered reviews the year before": (
        "2024年广东省人民检察院工作报告\n时间:2024-01-24\n广东省人民检察院工作报告\n"
        "——2024年1月24日在广东省第十四届人民代表大会第二次会议上\n各位代表:\n现在,我代表省人民检察院向大会报告工作。\n",
        dict(report_year=2023, published_date=dt.date(2024, 1, 24)),
    ),
    "a report that lost its title names itself as it is made public": (
        "根据《中华人民共和国政府信息公开条例》要求,特向社会公布吉林市公安局2023年政府信息公开年度工作报告。"
        "本年度报告包括总体情况、主动公开政府信息情况等内容。\n一、总体情况\n",
        dict(title="吉林市公安局2023年政府信息公开年度工作报告"),
    ),
    "a report that lost its title names itself as it is compiled": (
        "根据《中华人民共和国政府信息公开条例》要求,结合我市信息公开工作实际,编制忻州市2016年政府信息公开年度报告。"
        "本年度报告由概述、主动公开政府信息情况等部分组成。\n",
        dict(title="忻州市2016年政府信息公开年度报告", agency="忻州市人民政府"),
    ),
    "a report that names itself only as 我局's keeps no title": (
        "根据《中华人民共和国政府信息公开条例》要求,现将我局2019年度法治政府建设情况报告如下:\n一、总体情况\n",
        dict(title=None),
    ),
    "a township's government printed with 政府 for short keeps its full name": (
        "2023年,理合务镇政府坚持以习近平新时代中国特色社会主义思想为指导,推进依法行政。现将我镇2023年度法治政府建设情况报告如下:\n",
        dict(agency="理合务镇人民政府"),
    ),
    "an informal short form no body signs with is spelled out as its key": (
        "通城县人社局2023年法治政府建设工作情况报告\n\n2023年,县人社局坚持以习近平法治思想为指导,推进法治政府建设。",
        dict(agency="通城县人社局", agency_key="通城县人力资源和社会保障局"),
    ),
    "another genre is 'other'": (
        "红烧肉的做法\n\n五花肉切块，冷水下锅焯水，捞出沥干。锅中放少许油，下冰糖小火炒出糖色，放入肉块翻炒上色，"
        "加生抽、老抽、料酒和热水，大火烧开后转小火炖一个小时，最后大火收汁即可。",
        dict(doc_type="other", agency=None),
    ),
    "an undated news item is dated by the campaign it reports on": (
        "9月25日,宜都市公安局召开新闻发布会,通报“雷火2023”专项行动开展以来的工作成效。"
        "行动开展以来,共破获刑事案件42起,抓获犯罪嫌疑人17名。",
        dict(doc_type="news", report_year=2023, published_date=None),
    ),
    "an undated news item is dated by the party session it studies, the next year before it met": (
        "12月14日,蒲城县委全面依法治县委员会召开第三次会议,传达学习党的十九届六中全会精神,"
        "县委书记主持会议并讲话。会议审议了相关文件。",
        dict(doc_type="news", report_year=2021, published_date=None),
    ),
    "a news day before the session's month is the year after it": (
        "3月6日,我市召开法治政府建设示范创建动员部署会议,深入学习贯彻党的二十大精神,"
        "市委常委、市委政法委书记出席并讲话。副市长主持会议。",
        dict(doc_type="news", report_year=2023, published_date=None),
    ),
    "a year's review of a city's 政法 work is its party committee's 政法委's": (
        "刚刚过去的2025年,全市政法战线坚持以习近平新时代中国特色社会主义思想为指引,认真落实中央、省委政法工作会议精神。"
        "一年来,齐齐哈尔各级政法机关用热血守护鹤城安宁,全市政法干警忠诚履职。市委政法委牵头推进综治中心建设,"
        "全市政法系统调解各类纠纷2.7万件。",
        dict(agency="中共齐齐哈尔市委政法委员会", city="齐齐哈尔市"),
    ),
    "a province's 政法 review: the provincial 政法委, not a city it visits": (
        "2024年,江西省政法机关聚焦目标要求,推动平安江西建设取得新成绩。全省政法机关忠诚履职。"
        "“要将学习贯彻作为重点。”2024年7月24日,省委常委、省委政法委书记深入南昌市红谷滩区调研。"
        "政法队伍建设持续加强。",
        dict(agency="中共江西省委政法委员会", province="江西省", city=None, district=None),
    ),
    "a year's work summary with next year's plan after it is a yearly report": (
        "中山市住房和城乡建设局2025年工作总结和2026年工作计划\n\n信息来源:中山市住房和城乡建设局 发布日期:2026-02-11\n\n"
        "2025年,在市委、市政府的坚强领导下,市住房城乡建设局坚持以习近平新时代中国特色社会主义思想为指导,"
        "深入贯彻党的二十大精神,全面推进依法行政,扎实做好各项工作。",
        dict(doc_type="annual_report", report_year=2025, published_date=dt.date(2026, 2, 11)),
    ),
    "an act word after a report title's year names the work reported on, not an act of news": (
        "郑州市交通运输局2022年法治政府建设工作开展情况报告\n来源:郑州市交通运输局  时间:2023-01-11 15:58\n"
        "2022年,市交通运输局坚持以习近平法治思想为指导,深入推进依法行政,法治政府建设取得新成效。",
        dict(doc_type="annual_report", report_year=2022),
    ),
    "a headless police story that mentions a plan (追捕方案) is news": (
        "为了营造良好的社会环境,合浦县公安局针对县城“两抢一盗”等多发性侵财犯罪,全力开展打击防范工作。\n"
        "9月16日晚10时许,县公安局巡警大队据线索守候伏击,嫌疑人逃窜,民警立即按照原先制定的追捕方案开展围捕,"
        "当场抓获犯罪嫌疑人2名。",
        dict(doc_type="news"),
    ),
    "a count of policy readings (政策解读742条) does not make a report a reading": (
        "2024年,呼和浩特市聚焦办好两件大事,全面深化法治政府建设,为首府经济社会高质量发展营造良好法治环境。\n"
        "政府信息公开透明。主动公开政府信息8962条、政策解读742条。畅通网上政务公开申请渠道。",
        dict(doc_type="annual_report", report_year=2024),
    ),
    "a headline's <place>警方 is that place's public security bureau": (
        "海东警方打掉24个犯罪团伙\n\n今年以来,海东市各级公安机关以狠抓侦破团伙案件为抓手,1至7月,共打掉犯罪团伙24个,"
        "破获各类案件213起,抓获嫌疑人111名。",
        dict(agency="海东市公安局", province="青海省", city="海东市", doc_type="news"),
    ),
    "the opening's subject announcing (省公安厅向社会发布…) is placed by the cities the text names": (
        "1月31日,省公安厅向社会发布“昆仑2020”专项行动战果,我省全年共破获刑事案件1099起,抓获犯罪嫌疑人2421人。"
        "2020年,太原、阳泉等地公安机关先后破获数起特大非法倾倒处置危险废物案。晋中、朔州等地公安机关接连破获数起污染环境案。",
        dict(agency="山西省公安厅", province="山西省", city=None),
    ),
    "a tax bureau signs with its headquarters first": (
        "2021年,国家税务总局广西壮族自治区税务局坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。"
        "国家税务总局广西壮族自治区税务局机关政府信息公开工作扎实推进。",
        dict(agency="国家税务总局广西壮族自治区税务局", province="广西壮族自治区"),
    ),
    "the body holding the press conference a reporter learned from; 全州 is the whole prefecture": (
        "记者从大理州公安局2月25日举办的扫黑除恶专项斗争新闻发布会上获悉,大理州公安机关专项斗争战果位居全省前列。\n"
        "专项斗争开展以来,全州公安机关共发放张贴各类宣传品45万份。截至2月20日,全州公安机关共接报线索464条。",
        dict(agency="大理州公安局", province="云南省", city="大理白族自治州", district=None),
    ),
    "a government's term is not part of its name": (
        "关于印发《博尔塔拉蒙古自治州第十四届人民政府工作规则》的通知\n\n各县市人民政府:\n"
        "《博尔塔拉蒙古自治州第十四届人民政府工作规则》已经自治州第十四届人民政府第五次常务会议研究通过,现予印发,请认真遵照执行。",
        dict(agency="博尔塔拉蒙古自治州人民政府", doc_type="other"),
    ),
    "a government's yearly disclosure report is a yearly work report": (
        "青岛市人民政府2024年政府信息公开工作年度报告\n发布日期:2025-01-21\n"
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制,全文包括总体情况、主动公开政府信息情况等。",
        dict(doc_type="annual_report", report_year=2024, agency="青岛市人民政府"),
    ),
    "a disclosure report that lost its title is one too": (
        "上海市公安局青浦分局\n2022年1月17日\n引 言\n本年度报告根据《中华人民共和国政府信息公开条例》"
        "(以下简称《条例》)要求,由上海市公安局青浦分局编制。全文包括总体情况、主动公开政府信息情况。",
        dict(doc_type="annual_report", report_year=2021),
    ),
    "a news app's banner and menu are chrome, not the headline": (
        "看看新闻APP\n\n扫描二维码下载APP\n\n下载APP\n登录\n\n⁺\n\n历史\n\n订阅\n\n个人中心\n退出登录\n\n"
        "静安:持续加大环境监管力度 提升环保整体水平\n\n2019-09-10 11:36:30 看看新闻Knews记者  胡晓虎\n\n"
        "中央生态环保督察启动以来,静安区委区政府高度重视,把接受督察作为发现问题、查找短板、改进工作的过程。",
        dict(title="静安:持续加大环境监管力度提升环保整体水平", doc_type="news"),
    ),
    "a newspaper's page label is no title": (
        "2020年12月18日\n第01版:一版\n\n擎起深化法治实践的旗帜\n\n□ 河北法制报记者 郑伟\n\n"
        "今年6月,张家口市委书记对该市政法系统加强基层法治典型培树工作作出批示,予以充分肯定。",
        dict(title="擎起深化法治实践的旗帜"),
    ),
    "a table's empty cells after a title are not part of it": (
        "兰州市司法局关于2023年法治政府建设情况的报告 | |||\n| |||\n"
        "2023年,兰州市司法局在市委市政府的坚强领导下,深入学习贯彻党的二十大精神,坚持以习近平新时代中国特色社会主义思想为指导。",
        dict(title="兰州市司法局关于2023年法治政府建设情况的报告", agency="兰州市司法局", doc_type="annual_report"),
    ),
    "a site's welcome banner is chrome that still names its owner": (
        "欢迎访问吉林省人民政府法制办公室!\n在全省政府法制工作会议上的讲话\n发布时间: 2017-02-07   作者:本站编辑   来源: 本站原创\n"
        "同志们:这次会议的主要任务是,总结2016年全省政府法制工作,部署2017年工作任务。",
        dict(agency="吉林省人民政府法制办公室", title="在全省政府法制工作会议上的讲话"),
    ),
    "a metadata table whose labels lost their first character (号:, 称:)": (
        "首 页 > 宿州市政府办公室政府信息公开目录\n号: 003187229/201705-83695 信息分类: 政府工作报告\n"
        "发布机构: 宿州市政府办公室 生成日期: 2017-04-20\n称: 宿州市人民政府2016年度法治政府建设工作报告\n号: 词:\n\n"
        "宿州市人民政府2016年度法治政府建设工作报告\n2016年,市政府坚持以法治政府建设为统领,全面推进依法行政。",
        dict(title="宿州市人民政府2016年度法治政府建设工作报告", agency="宿州市人民政府", report_year=2016),
    ),
    "page links and share prompts are chrome": (
        "3 上一篇  下一篇 4 放大 缩小 默认\n\n“亮剑”电信网络诈骗\n\n记者 王晓峰 通讯员 王岑\n\n"
        "昨天,市公安局召开今年第二次打防治理电信网络诈骗工作推进会,通报今年1月至8月打击治理电信网络诈骗犯罪工作总体情况。"
        "宁波公安5组数据见证打击治理成效。\n分享至好友和朋友圈",
        dict(title="“亮剑”电信网络诈骗", doc_type="news"),
    ),
    "a headline on last year's results, published early in the next, is about that year": (
        "重庆警方2019年破获电信网络诈骗案逾3万起\n发布时间:2020-01-15 10:00\n"
        "记者从市公安局获悉,2019年,全市公安机关共破获电信网络诈骗案件3万余起,抓获犯罪嫌疑人5000余名。",
        dict(report_year=2019, published_date=dt.date(2020, 1, 15), doc_type="news"),
    ),
    "a headline on an award for last year's work is news of the award's year": (
        "省林业厅被省委省政府评为2016年度法治政府建设优秀单位\n发布时间:2017-05-02 09:00\n"
        "近日,省委省政府通报表扬2016年度法治政府建设优秀单位,省林业厅榜上有名。",
        dict(report_year=2017, doc_type="news"),
    ),
    "an e-paper's edition date is its publication date": (
        "第A9版:综合 上一版3  4下一版\n标题导航\n \n2021年09月01日 星期三  \n\n“亮剑”电信网络诈骗\n\n"
        "记者 王晓峰 通讯员 王岑\n\n昨天,市公安局召开今年第二次打防治理电信网络诈骗工作推进会,通报今年1月至8月工作总体情况。",
        dict(published_date=dt.date(2021, 9, 1), report_year=2021, doc_type="news"),
    ),
    "a dashed menu above a report that lost its title is chrome": (
        "- 无障碍辅助浏览\n- 网站导航\n- 网站首页\n- 交通政务\n- 政务公开\n- 政务服务\n- 党建工作\n- 行业服务\n- 政民互动\n"
        "2021年,沈阳市交通运输局坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实习近平法治思想,加快推进法治政府部门建设。\n"
        "一、主要工作\n(一)法治政府建设取得新进展。",
        dict(agency="沈阳市交通运输局", report_year=2021, doc_type="annual_report", title=None),
    ),
    "a place's 司法行政系统 is headed by its 司法局": (
        "2023年以来,渭南市司法行政系统在市委、市政府和省司法厅的坚强领导下,坚持以习近平新时代中国特色社会主义思想为指导,"
        "扎实推进法治政府建设工作。\n一、主要工作举措及成效\n(一)高位推动,统筹全面依法治市。",
        dict(agency="渭南市司法局", doc_type="annual_report"),
    ),
    "a city's 110 service desk is its police": (
        "上周(12月14日至12月20日),潮州市110报警服务台共受理群众有效报警电话5863个,比上一周减少43个。"
        "接报刑事警情60起,比前一周增加4起。",
        dict(agency="潮州市公安局", city="潮州市"),
    ),
    "a department named without its province is the province's the text is about": (
        "本报讯 (记者 魏爽) 7月27日,记者从公安厅获悉,根据全国公安机关夏夜治安巡查宣防集中统一行动安排,"
        "青海各级公安机关高度重视,以凌厉攻势开展第一次夏夜治安巡查宣防统一清查行动。",
        dict(agency="青海省公安厅", province="青海省", doc_type="news"),
    ),
    "a press conference whose speakers are the city's police officers; a municipality's 市公安局": (
        "2025年1月10日是第五个中国人民警察节。1月8日,市政府新闻办举行新闻发布会,介绍第五个中国人民警察节有关情况,"
        "并向社会各界通报一年来重庆公安服务人民群众、维护社会安全稳定工作成效。\n发布人:\n罗 勇市公安局常务副局长\n"
        "主持人:\n何 涯市委宣传部新闻发布处处长\n情况介绍\n"
        "市公安局常务副局长罗勇介绍,重庆公安扎实推进公安工作现代化,全市社会大局持续安全稳定。",
        dict(agency="重庆市公安局", province="重庆市", city="重庆市"),
    ),
    "an autonomous prefecture's government is keyed by its full name": (
        "伊犁州人民政府2021年法治政府建设情况报告\n\n2021年,州人民政府坚持以习近平新时代中国特色社会主义思想为指导,"
        "全面推进依法行政,法治政府建设取得新成效。",
        dict(agency="伊犁州人民政府", agency_key="伊犁哈萨克自治州人民政府", city="伊犁哈萨克自治州", report_year=2021),
    ),
    "a city's police branch named by short forms (贵阳公安南明分局)": (
        "多彩贵州网讯(本网记者 徐昆)3月22日,记者从贵阳公安南明分局获悉,3月21日,该局永乐派出所民警破获一起盗窃案,"
        "抓获犯罪嫌疑人两名。",
        dict(agency="贵阳市公安局南明分局", city="贵阳市", district="南明区"),
    ),
    "a bureau's party committee speaks for the bureau": (
        "湛江市公安局党委召开会议,研究部署全市公安机关打击整治工作。会议指出,今年以来全市刑事警情同比下降12.3%,"
        "治安警情同比下降8.1%。",
        dict(agency="湛江市公安局"),
    ),
    "a plan issued later than its span starts is dated by its issue": (
        "沈阳市法治政府建设实施方案(2021—2025年)\n时间:2023年01月12日来源:市委办公室\n"
        "为深入贯彻落实国务院《法治政府建设实施纲要(2021—2025年)》精神,结合我市实际,制定本方案。",
        dict(report_year=2023, doc_type="other", published_date=dt.date(2023, 1, 12)),
    ),
    "a notice issuing a plan names the plan's span inside its title": (
        "中共海南省委海南省人民政府关于印发《海南省法治政府建设实施方案(2021—2025年)》的通知\n\n"
        "各市、县、自治县党委和人民政府:\n现将《海南省法治政府建设实施方案(2021—2025年)》印发给你们,请结合实际认真贯彻落实。",
        dict(report_year=2021, doc_type="other"),
    ),
    "a document about a government work report is not one": (
        "长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n发文时间:  2023-02-24\n"
        "各乡镇人民政府,县政府直属各单位:\n现将2023年政府工作报告重点工作责任分解印发给你们,请认真贯彻执行。",
        dict(report_year=2023, doc_type="other"),
    ),
    "a portal's app links and a lone caption label are no title; nor is a bare section heading": (
        "移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n新闻发布会\n2023年工作情况\n"
        "2023年,溧阳市坚持以习近平新时代中国特色社会主义思想和习近平法治思想为指引,扎实推动法治政府建设取得新成效。"
        "现将工作情况报告如下:\n一、主要工作",
        dict(title=None, doc_type="annual_report", report_year=2023),
    ),
    "news of a place's rule-of-law government that names no body is its government's": (
        "近日,中央全面依法治国委员会办公室印发决定,许昌市荣获“第三批全国法治政府建设示范市”称号。"
        "近年来,许昌市委、市政府高度重视法治建设,聚焦率先突破,持续推进法治政府建设。",
        dict(agency="许昌市人民政府", city="许昌市", doc_type="news"),
    ),
    "a region's department named by the region's short form is keyed in full": (
        "宁夏:298个基层复议网点促争议实质化解\n\n2025-07-21 15:56:12\n来源:宁夏司法厅\n\n"
        "近日,在宁东工业园区的行政复议服务点,职工小李指尖轻点“掌上复议”小程序,15分钟便完成了工伤认定争议申请的提交。",
        dict(agency="宁夏司法厅", agency_key="宁夏回族自治区司法厅", province="宁夏回族自治区"),
    ),
    "a portal's name after a headline, a font-size switch, a table row's title and an addressee line": (
        "字体大小:【大】 【中】 【小】\n| 索引号:000014349/2022-09626 | |\n| 发文机关:襄垣县教育局 | 主题词: |\n"
        "| 标题:襄垣县教育局2021年度法治政府建设情况报告 | |\n| 主题分类: | 发布日期:2022-01-06 |\n市委、市政府\n"
        "根据全县法治政府建设工作要求,教育局深入推进教育系统法治建设各项工作,努力提升依法治教水平。",
        dict(title="襄垣县教育局2021年度法治政府建设情况报告", published_date=dt.date(2022, 1, 6)),
    ),
    "a news portal's name after the headline is not part of it": (
        "宁夏:298个基层复议网点促争议实质化解-新华网\n\n新华社银川1月5日电 2025年,宁夏推动行政复议网点向基层延伸,"
        "建成基层复议网点298个。",
        dict(title="宁夏:298个基层复议网点促争议实质化解"),
    ),
    "a municipality's police by its short name; a press office that held the conference yesterday": (
        "央广网上海9月4日消息(记者周洪)今年以来,上海报警类110同比下降25.9%;刑事案件同比下降37.2%。"
        "上海市政府新闻办昨天(3日)举行市政府新闻发布会,副市长、市公安局局长龚道安介绍了上海依托智慧公安赋能,"
        "助力社会治理能力现代化有关情况。\n上海依托智慧公安建设,推动公安工作重心从应急处置向风险管控转变。",
        dict(agency="上海市公安局", province="上海市", city="上海市"),
    ),
    "春节期间,天津公安机关…: the municipality's police": (
        "春节天津启动重大节日勤务模式 刑事火警双下降\n天津消防网讯 春节期间,天津公安机关启动重大节日勤务模式,"
        "全面强化社会面整体防控。1月27日零时至2月2日12时,110接报有效警情28682起,同比下降10.2%。",
        dict(agency="天津市公安局", city="天津市"),
    ),
    "news early in a year that reviews the year before is about that year": (
        "厦门警方通报:全市刑事警情数同比降16.55%\n2026-01-10 09:48 来源:厦门晚报\n\n"
        "厦门网讯 1月10日是第六个中国人民警察节,昨日,市公安局举行新闻发布会并通报2025年全市公安机关打防管控各项工作情况。\n"
        "据介绍,2025年,市公安局坚持以警情为核心,破获刑事案件8029起,全市刑事警情数同比下降16.55%。",
        dict(report_year=2025, published_date=dt.date(2026, 1, 10), doc_type="news"),
    ),
    "a banner's parallel slogan and a news app's prompt are chrome; 兰州 is the city, not 兰州新区": (
        "喜迎二十大 忠诚保平安 奋进新征程 建功新时代\n打开网易新闻查看精彩图片\n兰州警方“云剑”行动再发力 24小时抓获10名逃犯\n"
        "【本报讯】(兰州日报社全媒体记者伊晓明)11月1日全国公安机关“云剑”行动第二阶段启动以来,截至11月29日,"
        "兰州公安全力追逃,累计抓获逃犯69名。",
        dict(title="兰州警方“云剑”行动再发力24小时抓获10名逃犯", agency="兰州市公安局", province="甘肃省", city="兰州市"),
    ),
    "a column's tag before a headline, and a browser title's sections after a notice's name": (
        "宁乡市人民政府办公室关于印发宁乡市防汛应急预案的通知 - 政府办文件 - 某某App客户端官方下载\n首页 > 政务公开 "
        "> 法定主动公开内容 > 履职依据 > 规范性文件 > 政府办文件\n\n宁乡市人民政府办公室关于印发宁乡市防汛应急预案的通"
        "知\n\n发布时间 : 2020-05-29 来源:宁乡市政府 字体大小:\n\nNXDR-2020-01005\n\n\n宁政办发〔"
        "2020〕12号\n\n宁乡市人民政府办公室\n\n关于印发宁乡市防汛应急预案的通知\n\n?\n\n各乡镇人民政府、街道办事处,市直机"
        "关各单位:\n\n????《宁乡市防汛应急预案》印发给你们,请认真组织实施。",
        dict(title="宁乡市人民政府办公室关于印发宁乡市防汛应急预案的通知", doc_type="other"),
    ),
    "a chapter's introduction is no title": (
        "引言:西藏社会治理的里程碑之年\n2020年,是全面建成小康社会和“十三五”规划收官之年,西藏社会治理取得新成效。",
        dict(title=None),
    ),
    "a notice is dated by its signature, not by the day its page posted it": (
        "海南省人民政府办公厅关于印发2022年度法治政府建设工作要点的通知\n发布日期:2022-04-26 10:00\n"
        "各市、县、自治县人民政府,省政府直属各单位:\n《2022年度法治政府建设工作要点》已经省政府同意,现印发给你们,"
        "请认真贯彻执行。\n海南省人民政府办公厅\n2022年4月24日",
        dict(published_date=dt.date(2022, 4, 24), doc_type="other", report_year=2022),
    ),
    "police news that names no body is the police of the city it is about": (
        "厦门网讯 今年以来,全市刑事警情同比下降16.55%,民警破获刑事案件8029起,抓获犯罪嫌疑人3000余名。"
        "厦门警方持续保持对各类刑事犯罪的高压态势,群众安全感位居全省第一。",
        dict(agency="厦门市公安局", city="厦门市", doc_type="news"),
    ),
    "a clause is never an agency (抚州市政法机关始终坚持以人民为中心…)": (
        "安全感指数背后的政法担当\n来源: 新法治报 | 日期: 2026年02月06日\n"
        "公众安全感指数99.34%,创下历史峰值。2025年,抚州市政法机关始终坚持以人民为中心的发展思想,以实干笃行诠释责任担当。",
        dict(doc_type="news", agency=None),
    ),
    "undated news is about the last year it names (截至2020年 is a date, not a span's end)": (
        "平安天水建设纪实\n去年以来,全市上下坚持共建共治共享,截至2020年11月底,全市刑事案件同比下降12.3%,"
        "群众安全感满意度持续提升。",
        dict(report_year=2020, published_date=None, doc_type="news"),
    ),
    "undated news that names its last year only as a start gives no year": (
        "克拉玛依织密治安防控网\n克拉玛依市公安局持续深化治安防控体系建设。\n5月28日,全市开展集中清查行动。\n"
        "自2021年获评示范城市以来,全市刑事案件持续下降。",
        dict(report_year=None, published_date=None, doc_type="news"),
    ),
    "a province's department that says only 我厅 is named from two clear duties": (
        "2023年以来,我厅坚持以习近平新时代中国特色社会主义思想为指导,根据《福建省法治政府建设实施方案(2021-2025年)》"
        "的要求,扎实推进安全生产领域依法行政,完善应急管理执法程序。\n一、主要举措和成效\n",
        dict(agency="福建省应急管理厅", province="福建省", doc_type="annual_report"),
    ),
    "police news in police words (公安, 派出所, 治安, 侦破) is the city police's": (
        "近年来,包头市深化公安改革,全市公安工作取得新成效。派出所主防能力不断增强,治安案件同比下降15%,侦破一批积案。",
        dict(agency="包头市公安局", city="包头市", doc_type="news"),
    ),
    "a development plan's outline (…规划纲要全文) is no news": (
        "汨罗市十三五规划纲要全文\n发布时间:2016-05-03\n\n第一章 发展基础\n“十二五”时期,市委、市政府团结带领全市人民,"
        "全面推进依法行政,经济社会发展取得显著成效。",
        dict(doc_type="other", title="汨罗市十三五规划纲要全文"),
    ),
    "a letter of appeal (倡议书) is no news": (
        "创建全国法治政府建设示范市倡议书\n全市广大干部群众:\n为深入推进法治政府建设,全面提升依法行政水平,"
        "现向全市发出如下倡议。",
        dict(doc_type="other"),
    ),
    "a page stamp run into the first paragraph dates the page": (
        "昭通公安查缉毒品大比武获佳绩\n2015-11-13 07:24本报讯 记者 韩兴国 日前,记者从市公安局禁毒支队了解到,"
        "在全省查缉毒品大比武中,昭通代表队共检查车辆3万余辆。",
        dict(published_date=dt.date(2015, 11, 13), report_year=2015, doc_type="news"),
    ),
    "a publication label run into the body dates the page": (
        "九龙坡公安交出平安护航高分答卷\n发布时间:2025-02-21 16:32:16 | 来源:中国网 | 作者: | 责任编辑:孙玥2月21日,"
        "重庆市公安局九龙坡区分局召开2025年公安工作会议,破获刑事案件1200余起。",
        dict(published_date=dt.date(2025, 2, 21)),
    ),
    "a slashed stamp with a trailing slash (2020/12/17/ 00:30) dates the page": (
        "您当前的位置 : 每日甘肃网  >  甘肃  >  甘肃播报  >  社会\n2020/12/17/ 00:30 来源:甘肃日报-新甘肃客户端 记者白永萍\n"
        "天水公安“陇风-2020”专项行动成效明显\n近日,记者从天水市公安局获悉,天水市公安机关攻克命案积案5起。",
        dict(published_date=dt.date(2020, 12, 17)),
    ),
    "a publisher named without a place (发布机构:卫生健康局) gives way to the headline's full name": (
        "当前位置:首页 > 工作部署\n| 索引号:shg28/2026-649 | 主题分类:卫生、体育 | 发布机构:卫生健康局 |\n"
        "| 发文日期:2025-12-03 | ||\n山海关区卫生健康局 积极参与2025年“宪法宣传周”主场活动\n"
        "为深入学习宣传贯彻习近平法治思想,推动宪法及卫生健康相关法律法规深入人心,12月3日,区卫生健康局在莲花湖广场"
        "开展卫生健康普法宣传活动。",
        dict(agency="山海关区卫生健康局", district="山海关区"),
    ),
    "a town's work report delivered by 镇人民政府 is the town's, named at its congress": (
        "2018年紫蓬镇政府工作报告\n2019年2月26日在紫蓬镇第三届人民代表大会第四次会议上\n镇长 丁峰\n各位代表:\n"
        "现在,我代表镇人民政府向大会报告工作,请予以审议,并请列席人员提出意见。\n一、2018年工作回顾\n"
        "过去一年,在县委、县政府和镇党委的坚强领导下,我们坚持以习近平新时代中国特色社会主义思想为指导。",
        dict(agency="紫蓬镇人民政府", report_year=2018, published_date=dt.date(2019, 2, 26)),
    ),
    "the city centre where an event is held (在巴中市中心巴人广场) is no body": (
        "守护绿水青山 四川巴中法治大篷车基层行 央广网成都9月8日消息 9月7日下午,四川巴中市2017年法治大篷车基层行"
        "宣传教育活动在巴中市中心巴人广场举行。近年来,巴中市委、市政府认真贯彻中央关于加强生态文明建设的决策部署。",
        dict(agency=None, city="巴中市"),
    ),
    "a portal's banner parted from a bureau's year-only title by a section line is not its letterhead": (
        "宁县人民政府\n\n教育局政府信息公开\n\n全文检索\n索引号: 621026jyj000/20250226-00012 发布机构: 宁县教育局\n"
        "生效日期: 2025-02-26 废止日期:\n\n2024年度法治政府建设工作报告\n\n来源: 发布时间:2025-02-26 浏览次数:\n\n"
        "近年来,在县委、县政府的领导下,宁县教育局党组坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,"
        "努力提升依法办学、依法治教、依法治校能力和水平。",
        dict(agency="宁县教育局", title="2024年度法治政府建设工作报告"),
    ),
    "a body introduced by its opening (…小榄分局,作为…的派出机构) is the subject": (
        "引言\n\n中山市公安局小榄分局,作为广东省中山市公安局的派出机构,肩负着维护社会治安、保障人民群众生命财产安全的"
        "重要使命。本文将深入剖析小榄分局的工作内容、取得的成就以及他们在守护平安过程中的幕后故事。",
        dict(agency="中山市公安局小榄分局"),
    ),
    "a disclosure report's preamble is passed over for its body's subject, and its contact names the body": (
        "本报告根据最新修订的《中华人民共和国政府信息公开条例》要求编制,由总体情况、主动公开政府信息情况等六部分组成。"
        "报告中使用数据统计期限为2022年1月1日至2022年12月31日。如有疑问,请与杭州市公安局滨江区分局联系,"
        "联系电话:0571-89520677。\n一、总体情况\n2022年,滨江区公安分局在区委区政府和杭州市公安局党委的坚强领导下,"
        "不断完善政务公开工作运行机制。",
        dict(agency="杭州市公安局滨江区分局", doc_type="annual_report"),
    ),
    "a disclosure report's preamble is passed over for its body's subject": (
        "本年度报告根据《中华人民共和国政府信息公开条例》相关要求编制,内容包括总体情况、主动公开政府信息情况、收到和处理政府信息"
        "公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等6部分。报告所列数据统计"
        "期限为2024年1月1日至12月31日。\n一、总体情况\n2024年,长春市人民政府办公厅坚持以习近平新时代中国特色社会主"
        "义思想为指导,认真贯彻党的二十大和二十届二中、三中全会精神,按照市委、市政府推进新时代政务公开工作的要求,依法履行公开职"
        "责,进一步提升政府信息公开质量和服务效能。\n(一)主动公开方面\n2024年,通过长春市人民政府网站平台发布政府动态类信息"
        "1464条,其中文件15条,政策解读10条,市政府工作报告1条,人大代表建议及政协提案办理信息5条,财政预决算信息2条;"
        "发布29场新闻发布会信息,围绕经济社会发展重点领域工作,发布权威信息、解读政策内容。编辑《长春市人民政府公报》12期,并"
        "在市政府门户网站同步发布电子版。\n(二)依申请公开方面\n2024年,共受理政府信息公开申请95件,其中自然人申请89件,"
        "法人或其他组织申请6件。答复政府信息公开申请98件(含上年度转结申请8件,另有5件申请转结下年度继续办理),均按规定在法"
        "定期内予以答复。所有答复件中,予以公开及部分公开的42件,占42.86%;不予公开的1件,占1.02%;因本机关不掌握等",
        dict(agency="长春市人民政府办公厅", report_year=2024),
    ),
    "an opening's purpose clause is passed over for the sentence's subject": (
        "为深入贯彻党的十九大、十九届二中、三中、四中、五中全会精神,学习贯彻习近平法治思想,推进法治政府建设的战略部署,根据《法"
        "治政府建设实施纲要(2015-2020)》《上海市法治政府建设“十三五”规划》的工作要求,2020年,闵行区在市委、市政"
        "府和区委的领导下,聚焦中心工作,全面加强法治政府建设,努力优化法治化营商环境,取得较好成效,在2020年市法治政府建设示"
        "范创建中评审排名第一。现将2020年法治政府建设工作情况总结如下: 一、法治政府建设主要措施和成效 (一)政府职能科学合"
        "理有法可依 1. 行政审批改革成效显著。完善政务服务标准化,38个部门3876项政务服务权力事项(子项)纳入“一网通办”"
        "平台,动态管理行政许可事项等目录,编制行政审批制度改革相关事项清单。复制推广248项“证照分离”改革事项,梳理42项告知"
        "承诺事项。推进15项“一件事”改革。开展24项“无人干预自动办理”试点。稳步推进“两个免于提交”。25家派出所综合窗口建"
        "设及入驻街镇实现两个全覆盖,“好差评”评价好评率达99%以上。 2.事中事后监管进一步加强。大力推进“互联网+监管”,梳"
        "理1323项监管事项、1199项检查实施清单。建立“双随机、一公开”监管联席会议机制,健全抽查事项库和执法人员名录库,整"
        "合16个部门115项“双随机”抽查任务,完成5170个检查对象。区市场局以“一个中心”“九大系统”构建“智慧监管?云中心",
        dict(agency="闵行区人民政府", agency_key="上海市闵行区人民政府", district="闵行区"),
    ),
    "a report the meeting reviewed (审议《…2024年度…报告》) is not the report's own title": (
        "2025年,泽州县委、县政府坚持以习近平新时代中国特色社会主义思想为指导,聚焦法治政府建设重点,各项工作取得积极成效。"
        "现将有关情况报告如下:\n一、主要举措与工作成效\n二是统筹推进法治政府建设。县委常委会、县政府常务会全年专题研究"
        "法治建设工作14次,审议《泽州县2024年度法治政府建设情况报告》等关键议题。",
        dict(title=None, report_year=2025, doc_type="annual_report"),
    ),
    "a government work report named 政府2024年工作报告 reviews the year before": (
        "金坛区政府2024年工作报告\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n"
        "过去的一年,我们坚持以习近平新时代中国特色社会主义思想为指导,全区经济社会发展取得新成效。",
        dict(report_year=2023, doc_type="annual_report"),
    ),
    "a report's first section heading names its year (一、2022年工作开展情况)": (
        "今年以来,赣州市司法局在市委、市政府的正确领导和省司法厅的精心指导下,坚持以习近平新时代中国特色社会主义思想为指导,深入"
        "贯彻落实习近平法治思想、习近平总书记视察江西和赣州重要讲话精神,以为党的二十大胜利召开创造安全稳定的政治社会环境为主线,"
        "聚焦“三大战略、八大行动”,为建设更高水平的平安赣州、法治赣州提供优质法律服务和坚强法治保障。先后完成2部地方性法规立法"
        "审查,向市政府提出各类法律意见建议356件(条)。全市新建成县级、乡村法治文化阵地76个,培养城市社区“法律明白人”骨干"
        "1697名,8个村入选第九批“全国民主法治示范村”,19个村获评第七批“全省民主法治示范村”。全市接收社区矫正对象213"
        "1人、解除矫正2033人,接送刑满释放人员4964人,无脱管漏管。全市各级人民调解组织调解案件39728件,调解成功案件"
        "37860件,成功率达95.3%。受理市本级行政复议申请893件,市本级通过“热线、实体、网络”三大平台面向群众提供公共"
        "法律服务总量达210575人次,2021年赣州司法行政满意度列全省第四。赣州市在2021年度全面依法治省考评中排名全省第"
        "三;市司法局获评2016-2020年全国普法工作先进单位、司法部“复议为民促和谐”专项行动表现突出单位、江西省实施妇女儿"
        "童发展纲要先进集体、平安赣州建设先进单位、市直机关党建工作红旗单位,赣州市行政复议中心被评为“第八批赣州市学雷锋活动示范"
        "点”。市局机关4名干部职工分别获评全国司法行政系统劳动模范、“平安江西建设先进个人”、“复议为民促和谐”专项行动表现突出"
        "个人、“全省普法先进个人”,3人获聘市法学会首席法律咨询专家。\n一、2022年工作开展情况",
        dict(report_year=2022),
    ),
    "a notice or plan whose title names no year is of the year it is issued": (
        "首页 > 政务公开 > 规划计划\n荆州市人民政府办公室关于印发荆州市“十四五”应急体系规划的通知\n"
        "发布时间:2022-06-22 15:46 来源: 荆州市人民政府网\n一、现状与形势\n2019年以来,全市应急管理体系不断完善,"
        "组建8个县市区应急管理局,健全19个专业委员会。",
        dict(report_year=2022, doc_type="other"),
    ),
    "news early in a year on last year's figures (去年一年) is about last year": (
        "“两抢”案件同比降四成\n2015年01月12日  来源:齐鲁晚报\n【PDF版】\n     本报1月11日讯(记者 杜彩霞"
        ") 1月10日是第29个110宣传日,记者了解到,在去年一年中德州市110系统共接报警67万余起,平均每天接报警1840"
        "余起,通过快速处置抓获违法犯罪嫌疑人2000余名。\n  据了解,2014年德州市110系统共接报警67万余起,处警12万"
        "余起,平均每天接报警1840余起,处警350余起,其中刑事类警情约占6%、治安类警情约占14%、纠纷类警情约占17%,交"
        "通类警情约占22%,火灾及应急救援类警情约占2%,求助类警情约占23%。去年全年通过快速处置共抓获各类违法犯罪嫌疑人20"
        "00余名,破获各类违法犯罪案件3000余起,调处矛盾纠纷2万余起,救助群众5万余人次。\n  据统计,2014年全市违法犯"
        "罪警情有所下降,“两抢”案件同比下降40.9%,刑事盗窃案件下降18.5%。\n\n  本稿件所含文字、图片和音视频资料,版"
        "权均属齐鲁晚报所有,任何媒体、网站或个人未经授权不得转载,违者将依法追究责任。\n齐鲁晚报多媒体数字版\n按日期查阅\n© 版"
        "权所有 齐鲁晚报\n华光照排公司 提供技术服务",
        dict(report_year=2014, published_date=dt.date(2015, 1, 12), doc_type="news"),
    ),
    "a news lead (日前,…举行…新闻发布会) is no headline": (
        "日前,锡盟委政法委举行“以党的二十大精神为指引 扎实推进‘平安锡林郭勒’建设”主题新闻发布会\n2024年,盟级筑牢祖国北"
        "疆安全稳定屏障年度任务101条,截至目前,已完成100条、完成率99%。\n锡盟坚持总体国家安全观,持续加强国家安全宣传教"
        "育,推进宣传教育常态化长效化,继续深化专项治理活动,切实维护国家政治安全。\n围绕习近平新时代中国特色社会主义思想、铸牢中"
        "华民族共同体意识等主题,开展宣讲9628场,组织“红书包”宣讲服务1031场。向自治区推荐“北疆楷模”候选人2名。评选“"
        "锡林郭勒好人”35名,1人获评“内蒙古好人”,2人获评自治区“新时代好少年”。\n在盟委党校(行政学院)主体班次开展有关铸"
        "牢中华民族共同体意识教学88次,共计910学时,占总课时的29.3%;\n锡盟基本养老保险参保人数、各类重点群体就业数(均"
        "超额完成任务)分别完成自治区下达年度任务数的100.3%和111.5%;\n深化紧",
        dict(title=None),
    ),
    "a joint issuers' document number before a notice's title is left out": (
        "当前位置: 首页\n> 政府信息公开 > 信息公开目录 > 年度重点工作完成情况\n\n玉市委、市政府督通〔2021〕37号关"
        "于2021年市政府重点工作和民生实事项目三季度完成情况的通报\n\n信息来源: 市委市政府督查室 发布时间:2021-11-"
        "29 18:36 浏览次数:\n\n来源:市委市政府督查室\n发布时间:2021-11-29 18:36\n\n根据市十六届政府第"
        "41次常务会议要求,市委市政府督查室对2021126项市政府重点工作和12项民生实事项目三季度完成情况进行了督查。现将有"
        "关情况通报如下:\n\n市政府重点工作和民生实事项目三季度完成情况总体较好,大部分单位能够完成或者超额完成三季度既定目标。1"
        "26项市政府重点工作中,28项已完成全年目标,90项正常推进,8项进度偏慢;12项民生实事项目中,8项已完成全年目标,4"
        "项尚未完成年度目标任务。\n\n8项进展偏慢的市政府重点工作为:\n\n①实现“小升规”",
        dict(title="关于2021年市政府重点工作和民生实事项目三季度完成情况的通报"),
    ),
    "a work report's title run into its delivery line": (
        "2023年昆明市五华区政府工作报告 2023年2月15日在昆明市五华区第十七届人民代表大会第二次会议上 昆明市五华区人民"
        "政府区长 李 亮 各位代表: 我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。 一、2022年工作"
        "回顾 2022年是党和国家历史上极为重要的一年,党的二十大胜利召开,描绘了全面建设社会主义现代化国家的宏伟蓝图。一年以来"
        ",我们紧密团结在以习近平同志为核心的党中央周围,以习近平新时代中国特色社会主义思想为指导,认真学习贯彻党的十九大、十九届"
        "历次全会和党的二十大精神,深入贯彻习近平总书记考察云南重要讲话精神,坚决落实“疫情要防住、经济要稳住、发展要安全”的工作"
        "要求。在上级党委、政府和区委的坚强领导下,在区人大及其常委会和区政协的监督支持下,凝心聚力、砥砺前行,按照“五个四”总体"
        "发展思路,以“当好排头兵、五华在争先”大竞赛活动为主线,建立“红黑榜”考核制度,",
        dict(title="2023年昆明市五华区政府工作报告", report_year=2022),
    ),
    "a page's word count after a title (全文29812字) is left out": (
        "2022年新疆政府工作报告(全文29812字)\n\n    2022年新疆政府工作报告\n   各位代表:\n   现在,我代"
        "表自治区人民政府向大会报告工作,请予审议,并请自治区政协委员和其他列席人员提出意见。\n   一、2021年工作回顾\n  "
        " 刚刚过去的2021年,面对错综复杂的国内外环境和艰巨繁重的改革发展稳定任务,在以***同志为核心的党中央坚强领导下,在"
        "自治区党委的团结带领下,我们坚持以***新时代中国特色社会主义思想为指导,深入贯彻落实党的十九大和十九届历次全会精神,贯"
        "彻落实***总书记在庆祝中国共产党成立100周年大会上的重要讲话精神,贯彻中央经济工作会议、中央民族工作会议和第三次中央"
        "新疆工作座谈会精神,完整准确贯彻新时代党的治疆方略,牢牢扭住社会稳定和长治久安总目标,坚持稳中求进工作总基调,立足新发展"
        "阶段、完整准确全面贯彻新发展理念、服务和融入新发展格局,统筹稳增长、促改革、调结",
        dict(title="2022年新疆政府工作报告", report_year=2021),
    ),
    "a year's work plan that lost its title (…工作的总体要求是) is no news": (
        "2023年是貫徹黨的二十大精神的開局之年,是實施“十四五”規劃承上啟下的關鍵一年。2023年全市交通運輸工作的總體要求是"
        ":堅持以習近平新時代中國特色社會主義思想為指導,深入貫徹黨的二十大精神,持續深入貫徹習近平總書記考察安徽重要講話指示精神"
        ",完整、準確、全面貫徹新發展理念,統籌疫情防控和交通運輸發展,全面推進“1155”大交通計畫,強力推進交通強國建設試點工"
        "作,著力推進交通基礎設施建設,著力構建現代綜合交通運輸體系,著力最佳化交通運輸服務供給,著力推動行業治理體系和治理能力建"
        "設,邁出交通運輸發展新步伐,奮力當好合肥高質量發展“開路先鋒”。\n一、堅持不懈推進黨的建設\n1.堅持把黨的政治建設擺在首"
        "位。深入學習宣傳貫徹黨的二十大精神,衷心擁護“兩個確立”,忠誠踐行“兩個維護”,堅決做到“三個務必”,切實提高政治判斷力"
        "、政治領悟力、政治執行力。堅持用習近平新時代中國特色社會主義思想凝心鑄魂,貫穿理論武裝全過程,繼續在學懂弄通做實上下功夫"
        "。嚴格落實黨組理論學習中心組每月不少於1次的集中學習、每季度不少於1次的學習研討,充分運用“學習強國”“安徽幹部教育線上"
        "”等平台載體,推動黨的二十大作出的重大決",
        dict(doc_type="other", report_year=2023),
    ),
    "a body of a municipality's zone is placed in the municipality as its city": (
        "重庆高新区市场监督管理局2023年法治政府建设年度报告\n2023年,重庆高新区市场监督管理局坚持以习近平新时代中国特色"
        "社会主义思想为指导,全面推进依法行政。\n一、主要举措和成效\n",
        dict(province="重庆市", city="重庆市"),
    ),
    "a date line run into its writer's name (2017-06-22周仲贵) dates the page": (
        "桂南“战将”\n——记广西北流市副市长、公安局长曾宏\n2017-06-22周仲贵\n文/周仲贵\n"
        "北流是广西壮族自治区玉林市下辖的县级市,坐落于富庶的桂东南。2016年,北流市公安局破获刑事案件1000余起。",
        dict(published_date=dt.date(2017, 6, 22)),
    ),
    "an e-paper's five-digit edition label and its footer's date with weekday date the page": (
        "浙江日报 数字报纸\n\n\n00015版:今日湖州\n\n安吉实现乡镇(街道)综合行政执法队全覆盖\n\n"
        "  近日,安吉县举行乡镇(街道)综合行政执法队集中揭牌仪式,为14个乡镇(街道)综合行政执法队集中揭牌。\n\n"
        "浙江日报 今日湖州 00015 安吉实现乡镇(街道)综合行政执法队全覆盖 2022-04-25 浙江日报2022-04-2500008 2 2022年04月25日 星期一",
        dict(published_date=dt.date(2022, 4, 25), report_year=2022),
    ),
    "a delivery line set on two lines (——2023年1月7日在三亚市第八届 / 人民代表大会…) dates the report": (
        "政府工作报告\n\n  ——2023年1月7日在三亚市第八届\n\n  人民代表大会第四次会议上\n\n  各位代表:\n\n"
        "  现在,我代表市人民政府向大会报告工作,请予审议。\n\n  一、2022年工作回顾\n\n  过去的一年,是极不平凡的一年。",
        dict(published_date=dt.date(2023, 1, 7), report_year=2022),
    ),
    "a site's link (点击查阅更多…) is no title": (
        "点击查阅更多2020年地方政府工作报告\n——2020年1月5日在南平市第五届人民代表大会第五次会议上\n市长刘洪建\n各位代表:\n"
        "现在,我代表南平市人民政府,向大会报告政府工作,请予审议。\n一、2019年工作回顾\n",
        dict(title=None, agency="南平市人民政府", published_date=dt.date(2020, 1, 5)),
    ),
    "a site's name and edition (手机人民网 天津) is no title; a 交通运输委 is written out as its key": (
        "手机人民网 天津\n\n维护道路交通安全保畅 京津交通部门联合执法\n\n2020-04-03 11:49 天津日报  \n\n"
        "日前,记者从天津市交通运输委了解到,为了优化京津两地营商环境,市交通运输综合行政执法总队与北京联合执法。",
        dict(title="维护道路交通安全保畅京津交通部门联合执法", agency="天津市交通运输委", agency_key="天津市交通运输委员会"),
    ),
    "a quoted speech that opens a story is no title": (
        "“我们是宽城区司法局的工作人员,本周是第八个宪法宣传周……”\n12月3日,万达广场热闹非凡,由长春市宽城区司法局主办的"
        "主题法治宣传活动吸引了不少群众驻足围观。",
        dict(title=None),
    ),
    "a headline printed in quotes is read without them": (
        "“十六载追凶显担当 一朝擒凶慰民心”\n近日,格尔木市公安局成功破获一起16年前的命案积案,犯罪嫌疑人落网。",
        dict(title="十六载追凶显担当一朝擒凶慰民心"),
    ),
    "a site's list of other stories after a news item gives no title; the outlet is no agency": (
        "\n衡东融媒8月25日讯(融媒体记者 陈康)8月25日,我县召开顽瘴痼疾集中整治暨交通安全专项整治工作动员会。\n"
        "据悉,县委、县政府决定在全县开展为期三个月的专项整治行动,推进依法行政。\n责编:廖婷婷\n来源:衡东县融媒体中心\n\n"
        "“用OpenClaw登录微信被刷走600块”不实(2026·03·12)\n“深圳将禁行电动自行车”不实(2026·03·11)\n",
        dict(title=None, agency="衡东县人民政府"),
    ),
    "a subtitle's year after a dash (——2019,四川公安…) names last year's results": (
        "以忠诚担当护航平安四川——2019,四川公安书写了豪迈篇章\n2020-03-25 来源:四川日报\n"
        "记者从省公安厅了解到,2019年以来,全省公安机关破获刑事案件8万余起,群众安全感持续提升。",
        dict(report_year=2019, published_date=dt.date(2020, 3, 25), doc_type="news"),
    ),
    "early-year news on last year's named campaign (“燕赵—砺剑铸盾2021”) is about last year": (
        "唐山市公安局“燕赵—砺剑铸盾2021”专项行动取得丰硕战果\n来源:长城网  作者:冯喆\n2022-01-07 16:06:00\n"
        "1月7日,唐山市公安局召开新闻发布会,通报专项行动战果,共破获刑事案件3000余起,抓获犯罪嫌疑人1200余名。",
        dict(report_year=2021, published_date=dt.date(2022, 1, 7), doc_type="news"),
    ),
    "a document number in 【】 before a report's title is left out": (
        "冀环法规【2020】4号河北省生态环境厅2019年度法治建设情况报告\n2019年,河北省生态环境厅坚持以习近平新时代中国"
        "特色社会主义思想为指导,全面推进依法行政。\n一、主要工作\n",
        dict(title="河北省生态环境厅2019年度法治建设情况报告", agency="河北省生态环境厅"),
    ),
    "a clause in the passive (包头市被中央依法治国办命名…) is no agency": (
        "依法而治,循法而行。随着全面依法治国的深入推进,位于祖国正北方的内蒙古自治区包头市,以习近平法治思想为指导,围绕全面依法"
        "治国总目标,筑法治之基、行法治之力、积法治之势,全力推动法治政府建设取得新突破,绘就了一幅幅良法善治、平安和谐的包头新画"
        "卷。\n2022年,法治包头再添靓丽“新名片”,包头市被中央依法治国办命名为第二批“全国法治政府建设示范市”,是自治区唯一"
        "入选城市,并获评2022年度自治区十大法治事件。\n法治政府建设专项督察。\n人民调解。\n“办不成事”反映窗口。\n执法检查。"
        "\n行政复议。\n政务服务接待窗口。\n顶层设计绘就法治建设“新蓝图”\n法治政府建设是一项系统工程,关乎经济社会发展,更关乎民"
        "生福祉保障。包头市紧紧围绕全面依法治国总目标,坚持在法治轨道上推进政府治理体系和治理能力现代化,聚焦示范创建引领,不断推"
        "进组织机制体系建设,走出了一条法治政府建设的新路径。\n包头市坚持把建成“全国法治政府建设示范市”作为全面依法治市的主体工"
        "程和提升包头城市核心竞争力的重点任务,列入市委、市政府年度工作计划,成立由市委、市政府主要负责同志任双组长的领导小组,紧"
        "盯法治政府建设工作目标,围绕依法决策对人",
        dict(agency="包头市人民政府"),
    ),
    "a byline is no title": (
        "法治日?qǐng)?bào)全媒體記者 潘從武 通訊員 韓之光\n“八五”普法以來,新疆維吾爾自治區(qū)博爾塔拉蒙古自"
        "治州(以下簡(jiǎn)稱“博州”)一體推進(jìn)法治博州、法治政府、法治社會(huì)建設(shè),依法治州工作"
        "取得明顯成效,為博州發(fā)展提供堅(jiān)實(shí)法治保障。\n2021年,博州榮獲平安中國(guó)建設(s"
        "hè)最高獎(jiǎng)——長(zhǎng)安杯,2023年被確定為首批“全國(guó)市域社會(huì)治理現(xi"
        "àn)代化試點(diǎn)合格城市”。2025年,博州首府博樂市被中央全面依法治國(guó)委員會(huì)辦公室授予第"
        "三批“全國(guó)法治政府建設(shè)示范市”榮譽(yù)稱號(hào)。\n地方立法質(zhì)效提升 法治保障精準"
        "(zhǔn)有力\n圍繞推進(jìn)鄉(xiāng)村全面振興,博州制定了《博爾塔拉蒙古自治州精河枸杞產(chǎn)業("
        "yè)促進(jìn)條例》《博爾塔拉蒙古自治州冷水魚產(chǎn)業(yè)促進(jìn)條例》;圍繞生態(tài)文明"
        "建設(shè),制定《博爾塔拉蒙古自治州",
        dict(title=None),
    ),
    "a news hotline run into the headline is left out": (
        "新闻热线:0576-88106102\n您当前的位置 : 浙江在线  >  台州频道 > 台州新闻\n幸福台州、平安台州!台"
        "州再次登上“中国最具幸福感城市”\n2019年11月27日 来源: 浙江在线 通讯员 王能 章洋莹\n\n  浙江在线-台州频"
        "道11月27日讯(浙江在线通讯员 王能 章洋莹)11月25日,“2019中国幸福城市论坛”在广州举行,2019最具幸福感"
        "城市名单揭晓,继2007年、2017年、2018年台州市三度被评为“中国最具幸福感城市”,今年,台州再次上榜,幸福四重奏"
        "。\n\n  今年的评选活动以“壮丽70年,幸福新时代”为主题,以城市幸福感指标体系为坐标,根据大数据采集、问卷调查、材料申"
        "报和专家评审等数据汇总,包含安全感、交通、城市吸引力等9个一级指标、上百个二级细分指标。从调查数据来看,在地级及以上城市"
        "交通幸福度等排名中,台州均排名前列。\n\n  台州,一座宜居、宜业、宜游之城,一座",
        dict(title="幸福台州、平安台州!台州再次登上“中国最具幸福感城市”"),
    ),
    "a bracketed site link above a work report; 我代表市政府 is the city's government": (
        "(點(diǎn)擊查閱更多2016年地方政府工作報(bào)告)\n——2016年1月12日在通化市第七屆人民代表大會(h"
        "uì)第四次會(huì)議上\n市長(zhǎng) 喬恒\n各位代表:\n現(xiàn)在,我代表市政府,向大會(huì)作政"
        "府工作報(bào)告,請(qǐng)予審議,并請(qǐng)市政協(xié)各位委員提出意見。\n一、“十二五”和2015"
        "年工作回顧\n“十二五”是我市應(yīng)對(duì)復(fù)雜挑戰(zhàn)、經(jīng)受嚴(yán)峻考驗("
        "yàn)、取得重大成就的五年。五年來(lái),我們?cè)谑∥、省政府和市委的正確領(lǐng)導(dǎo)下,在市人"
        "大、市政協(xié)的監(jiān)督支持下,堅(jiān)持穩(wěn)中求進(jìn)工作總基調(diào),統(t"
        "ǒng)籌穩(wěn)增長(zhǎng)、調(diào)結(jié)構(gòu)、促改革、惠民生,扎實(shí)進(jì"
        "n)取,奮力拼搏,圓滿完成了“十二五”規(guī)劃確定的各項(xiàng)任務(wù)。\n——綜合實(shí)力顯著增"
        "強(qiáng)。預(yù)計(jì)2",
        dict(title=None, agency="通化市人民政府", report_year=2015),
    ),
    "a site's search words (热搜词:…) and its name (…网站) are no titles": (
        "熱搜詞:王予波政府工作報告COP15愛國衛生疫情脫貧數字云南自貿試驗區\n\n政府信息\n公開制度\n\n政策文件\n\n法定主動\n公"
        "開內容\n\n政府信息\n公開年報\n\n州市和部門\n平臺連接\n\n昆明市人民政府\n2020年政府信息公開工作年度報告\n\n來源:昆明"
        "市人民政府         2021-03-15 16:28:04\n\n本報告根據《中華人民共和國政府信息公開條例》(中華"
        "人民共和國國務院令第711號)(以下簡稱《條例》)、《云南省政府信息公開規定》(云政發〔2013〕153號,以下簡稱《規"
        "定》)以及《云南省人民政府辦公廳關于編制公布2020年政府信息公開工作年度報告有關事項的通知》文件要求,結合昆明市各縣("
        "市)、區人民政府,市政府組成部門及黨的工作機關加掛行政機關牌子的部門,各開發(度假)園區政府信息公開工作年度報告及統計數"
        "據編制。報告內容由:總體情況;主動公開政府信息情況;收到和處理政府信息公開申請情況;政府信息公開行政復議、行政訴訟情況;"
        "存在的主要問題及改進情況;其他需要報告的事項等6個部分組成。本報告數據統計期限為2020年1月1日至2020年12月31"
        "日,公布于“昆明市人民政府”網站(www",
        dict(title="昆明市人民政府2020年政府信息公開工作年度報告"),
    ),
    "a news agency's page labels and breadcrumbs (宁夏分社正文, 首页 - 宁夏要闻) are no titles": (
        "宁夏分社正文\n搜 索\n首页 - 宁夏要闻\n今年以来宁夏共破获电诈案件1393起 挽损2638万元\n2021-09-03 "
        "11:43:15 来源:中新网宁夏\n\n  中新网宁夏新闻9月3日电 (杨迪 陈怀春)记者在2日举行的宁夏第二批公安队伍教"
        "育整顿第一次新闻通气会上获悉,今年以来,宁夏警方共破获电诈案件1393起,抓获犯罪嫌疑人1555人,缴获各类银行卡、手机"
        "卡2558张,挽回群众损失2638万元。\n\n新闻发布会现场。\n\n新闻发布会现场。\n\n  据了解,宁夏公安落实指挥、研判、"
        "侦查、打击工作机制,准确把握“网”“卡”和“资金流”“信息流”两个关键环节,扎实推进“云剑”“断卡”“断流”等专项行动,"
        "在全国率先部署开展反诈人民战争。\n\n  宁夏公安统筹加快推进市县两级反诈中心建设,健全完善反诈工作机制,开通96110反"
        "诈预警劝阻热线,深入开展7×24小时疑似诈骗电话预警拦截,涉案账户紧急止付、快速",
        dict(title="今年以来宁夏共破获电诈案件1393起挽损2638万元"),
    ),
    "a contributions mailbox and a 您所在的位置 breadcrumb are no titles": (
        "青海分社正文\n中国新闻网-青海新闻\n搜 索\n新闻热线:0971-6263111 投稿信箱:cns0971@163.com"
        "\n您所在的位置:主页 > 社会\n\n青海警方:今年以来共破获电信诈骗案400起\n\n2021年08月27日 16:19\n来源"
        ":中新网青海\n\n  中新网青海新闻8月27日电(祁绣娟)26日,记者从青海省公安厅新闻发布会上获悉,今年以来青海警方共破"
        "获电信诈骗案件400起,抓获嫌疑人250人,上网追逃33人。封堵相关网址和域名74万余个,止付涉案金额约14.7亿元。\n"
        "\n图为青海省公安厅党委委员、政治部主任、新闻发言人李玉强。祁绣娟 摄\n图为青海省公安厅党委委员、政治部主任、新闻发言人李"
        "玉强。祁绣娟 摄\n\n  通报数据显示,该省自开展“防风险、除隐患、降发案、保平安”专项行动以来,各级公安机关重拳打击故意"
        "伤害、“两抢一盗”、电信网络诈骗等突出违法犯罪。截至目前,刑事案件,盗抢骗案件,",
        dict(title="青海警方:今年以来共破获电信诈骗案400起"),
    ),
    "a place's report that opens on its guide (嘉定区坚持以习近平…) is a yearly report": (
        "嘉定区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大和二十届二中、三中全会精神,深入践行习近平法治"
        "思想,紧紧围绕重大战略任务和中心工作,全面推进法治政府建设各项任务,以高水平法治建设保障经济社会高质量发展。\n一、深入学"
        "习宣传贯彻习近平法治思想\n推动健全本区各级党委(党组)理论学习中心组学习习近平法治思想、党内法规和宪法法律法规的常态化机"
        "制,举行区委中心组专题学习(扩大)会,深入学习贯彻习近平法治思想。建立嘉定区领导干部应知应会党内法规和法律法规清单制度,"
        "将习近平法治思想列为首要学习任务,各单位、各街镇编制相应学习清单。开展“新年首个工作日学法”宣讲活动,各单位党政班子成员"
        "以收看直播的方式学习新修订的行政复议法。举办2024年“习近平法治思想”专题学习暨第11期“法治嘉定建设”领导干部研讨班"
        ",将全区2021年以来新提任副处级领导干部纳入参训范围,并发放《习近平法治思想学习问答》;组织全区行政执法人员以线上线下"
        "相结合的方式,集中学习习近平法治思想和法律法规。开展学习贯彻习近平法治思想主题征文和习近平法治思想研究阐释成果征集评比活"
        "动,向市委依法治市办择优报送30篇。聘任法学专家、律师为政府外聘法律顾问,为深入学习贯彻习近平法治思想和指导法治实践提供"
        "智力支撑。\n二、履行推进法治建设第一责任人职责情况\n认真学习贯彻习近平法治思想和党的二十大以来关于全面依法治国、深入推进",
        dict(doc_type="annual_report"),
    ),
    "a document number in 【】 on its own line is not joined to the title below it": (
        "日前,河北生态环境厅发布2019年度法治建设情况报告。报告称,探索制定《人工湿地水质净化工程技术指南》《人工湿地水质净化"
        "工程竣工环境保护验收技术规范》,启动修订《农村生活污水排放标准》等地方标准。为强化扬尘污染排放管控,创新性地制定《施工场"
        "地扬尘污染物排放标准》《扬尘在线监测系统建设及运行技术规范》两项地方标准。为打赢蓝天保卫战,深化重点行业大气污染防治,加"
        "快制定平板玻璃、水泥、锅炉大气污染物超低排放标准。截至目前,已制定实施39项地方环境标准和技术规范。\n冀环法规【2020"
        "】4号\n河北省生态环境厅2019年度法治建设情况报告\n2019年,在省委、省政府的坚强领导下,结合“不忘初心,牢记使命”"
        "主题教育,我厅坚持以习近平新时代中国特色社会主义思想为指导,深入学习习近平总书记全面依法治国新理念新思想新战略,全面贯彻"
        "党的十九大和十九届四中全会精神,以深入推进依法行政、加快建设法治政府为目标,以保障生态环境保护法律法规正确实施、落实最严"
        "格的生态环境保护制度为主线,坚持方向不变、力度不减,突出精准治污、科学治污、依法治污,持续加快制度体系建设,不断完善治理"
        "举措,自觉以法治思维和法治方式依法打好打",
        dict(title="河北省生态环境厅2019年度法治建设情况报告"),
    ),
    "a reply to a proposal (…提案的答复), its title wrapped over two lines, is an 'other' document": (
        "关于县政协十一届四次会议第177号\n提案的答复\n周增光委员:\n您提出的《加强生态环境保护完善制度建设的建议》的提案,"
        "现答复如下:\n一、加强生态环境监管与保护\n我局建立健全了生态环境监管网格,加大监管力度。",
        dict(title="关于县政协十一届四次会议第177号提案的答复", doc_type="other"),
    ),
    "police news placed in a city it never names as a government is that city's police's": (
        "福建日报报业集团主管 《福建法治报》官方网站\n原创 | 法治福建 | 记者调查 | 时政 | 国内 | 普法课堂 | 法"
        "治时评 | 说法 | 求证 | 大案要案 | 权威发布 | 公安 | 检察 | 法院 |\n\n厦门召开全市公安工作会议\n\n"
        "2019-03-22 09:37:34 来源:福建法治报\n\n福建法治报-海峡法治在3月22日讯  3月20日,厦门市公安"
        "局召开全市公安工作会议。会议回顾总结了2018年公安工作,分析当前面临形势,并对2019年工作做了部署。\n\n会议要求,全"
        "市公安机关要以新中国成立70周年大庆安保维稳为主线,深化改革强警战略和公安大数据战略,全面启动应急处置、科技应用、基层基"
        "础、队伍建设“四个提升”工程,全力守底线、防风险、补短板、强支撑,全力维护国家政治安全、确保社会大局稳定、促进社会公平正"
        "义、保障人民安居乐业,为厦门市高质量发展落实赶超、建设高素质高颜值现代化国际化城市创造安全稳定的政治社会环境,以优异的成"
        "绩迎接新中国成立70周年。\n\n据悉,2018年,厦门全市刑事警情在2017年比降42.8%的基础上,再度大幅比降23.7"
        "9%,创十年来新低。同时,深化推进“雪亮",
        dict(agency="厦门市公安局"),
    ),
    "a league (盟) is governed by its 行政公署": (
        "2020年,锡林郭勒盟坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,法治政府建设取得新成效。\n"
        "一、主要举措和成效\n(一)加强党对法治政府建设的领导。\n",
        dict(agency="锡林郭勒盟行政公署", city="锡林郭勒盟"),
    ),
    "a column tag (□…), an author's line (马姣(…副局长)) and a delivery line's end are no titles": (
        "□习近平法治思想、总体国家安全观基层实践\n□次仁片多\n马姣(宁夏回族自治区司法厅法治调研与督察局副局长)\n"
        "人民代表大会第四次会议上\n近年来,西藏各地坚持以习近平法治思想为指导,深入推进依法治藏,法治政府建设取得新成效。",
        dict(title=None),
    ),
    "a speaker's line with a four-character name is no title": (
        "——2018年1月20日在果洛藏族自治州第十四届\n人民代表大会第四次会议上\n果洛藏族自治州人民政府州长白加扎西\n各位代表:\n"
        "现在,我代表州人民政府向大会报告工作,请予审议。\n一、2017年工作回顾\n",
        dict(title=None, agency="果洛藏族自治州人民政府", published_date=dt.date(2018, 1, 20)),
    ),
    "a clock time before a headline (11:35市政府新闻办…) is page chrome": (
        "2021\n12/02\n11:35市政府新闻办\n市政府新闻办举行拉萨市刑事案件防范打击专项工作新闻发布会\n来源: 市政府新闻办\n"
        "12月2日,拉萨市政府新闻办举行新闻发布会,市公安局负责同志介绍全市刑事案件防范打击工作情况,破获刑事案件800余起。",
        dict(title="市政府新闻办举行拉萨市刑事案件防范打击专项工作新闻发布会"),
    ),
    "a spam site's tag after a headline (…-kok全站登录) is left out": (
        "长城新媒体集团  主办\n县区分站:\n当前位置: 沧州日报\n\n沧州市2023年度政府立法工作计划公布-kok全站登录\n\n来"
        "源: 沧州日报  作者:\n2023-06-28 10:11:06\n分享:\n\n  日前,《2023年度政府立法工作计划》经"
        "市委批准正式印发,依法向社会公布。\n\n  2023年度政府立法工作坚持贯彻立法全过程人民民主,不断完善法规规章草案向社会"
        "公开征求意见机制,广泛征求专家学者和人民群众的意见,进一步拓宽开门立法的广度深度,积极回应群众关切,推动实现立法过程“汇"
        "民意、聚民智”,颁布实施“得民心”。《工作计划》包含《沧州市公共场所控制吸烟办法》《沧州市病媒生物预防控制管理办法》《沧"
        "州市养犬管理办法》《沧州市人民政府拟定地方性法规草案和制定政府规章程序规定》4项年内制定或修订项目,《沧州市船舶大气污染"
        "防治管理办法》1项提请审议项目,《沧州市非物质文化遗产保护办法》1项调研项目。\n",
        dict(title="沧州市2023年度政府立法工作计划公布"),
    ),
    "an editor's line (初审:…) is no title": (
        "初审:张浩然\n近日,长春市双阳区教育局组织开展法治教育进校园活动,全区30余所中小学参加,推进依法治校。",
        dict(title=None),
    ),
    "a request (请示) after its document number is an 'other' document": (
        "您现在的位置: 首页 >> 信息公开 >> 法定主动公开内容 >> 公文直通车 >> 报告\n索 引 号: 0081792"
        "3-6/2022-09170 分类: 报告    机构分类\n发布机构: 市司法局 发文日期: 2022年07月22日\n名"
        "  称: 海司〔2022〕118号:关于提请印发《海口市2022年法治政府建设工作要点》的请示\n文  号: 海司〔202"
        "2〕118号 主 题 词:\n\n\n海司〔2022〕118号:关于提请印发《海口市2022年法治政府建设工作要点》的请示\n\n"
        "海司〔2022〕118号\n\n市政府:\n    《海口市2022年法治政府建设工作要点(送审稿) 已经2022》年7月 2"
        "1日十七届市政府第17次常务会议审议通过,现将《海口市人民政府关于印发<海口市 2022年法治政府建设工作要点>的通知》"
        "(代拟稿)呈上,请市政府予以印发。\n    妥否,请批示。\n     附件:海口市人民政府关于印发《海口市 2022年法"
        "治\n    政府建设工作要点》的通知(代拟稿)\n    海口市司法局\n    2022年7月22日\n    (此件主动公"
        "开,联系人:谭跳,联系电话:687239",
        dict(title="关于提请印发《海口市2022年法治政府建设工作要点》的请示", doc_type="other"),
    ),
    "a call for proposals (现向社会公开征集…) is no news": (
        "为进一步推进科学立法、民主立法、依法立法,提高政府立法工作公众参与度,做好市政府2026年度立法工作计划的编制工作,根据"
        "《黑龙江省政府立法工作规定》等有关规定,现向社会公开征集拟列入市政府2026年度立法工作计划的地方性法规和政府规章项目建"
        "议(以下简称立法项目建议)。现就相关事宜公告如下。\n一、征集对象\n任何单位和个人均可以提出立法项目建议。\n二、征集时间\n"
        "征集立法项目建议的时间为2025年9月19日至10月19日。\n三、有关要求\n提出立法项目建议,应当明确立法项目的名称和主"
        "要理由,并注明建议人姓名或者单位名称、联系方式。有草案建议文本或者其他有关材料的,可以一并提供。\n四、反馈方式\n1.信函"
        ",邮寄至伊春市仙翁山大街10号,收件人:黑龙江省伊春市司法局立法科,邮政编码:153031。\n2.电子邮件,发送至ycs"
        "fjlfk7135@163.com,并请在邮件主题注明“立法项目建议”字样。\n3",
        dict(doc_type="other"),
    ),
    "a news centre is no agency; 疾控局 is written out as its key": (
        "广西壮族自治区疾控局2024年法治政府建设年度报告\n来源:广西交通新闻中心\n2024年,自治区疾控局坚持以习近平新时代中"
        "国特色社会主义思想为指导,全面推进依法行政。\n一、主要举措\n",
        dict(agency="广西壮族自治区疾控局", agency_key="广西壮族自治区疾病预防控制局"),
    ),
    "an undated item whose latest year is a case's past (1988年5月21日) gives no year": (
        "兰州警方“云剑”行动再发力 24小时抓获10名逃犯\n兰州公安全力追逃,累计抓获逃犯69名。\n■相关链接\n"
        "民警经过缜密侦查,成功告破“1988·05·21”故意杀人案,该案发生于1988年5月21日,犯罪嫌疑人潜逃31年后落网。",
        dict(report_year=None),
    ),
    "a site's credits (主办:…承办:…) are no title": (
        "欢迎来到辽宁长安网\n主办:中共辽宁省委政法委员会    承办:辽宁法治报\n\n1—9月全省公安机关破获4000余起电诈案\n"
        "\n来源:辽宁法制报 | 作者:记者 任晓霞 | 发布时间: 2021-10-15 10:01\n\n  本报讯 10月14日"
        ",省公安厅召开了打击治理电信网络新型违法犯罪工作新闻发布会,今年1—9月,全省共破获电信网络诈骗案件4000余起,打掉团"
        "伙560余个,返还被骗资金4600余万元。\n\n  今年以来,全省公安刑侦部门紧紧围绕“打防并举、以防为先”的工作理念,高"
        "站位部署谋划、高标准推进落实、高规格督导检查,通过强有力的案件打击、多维度的宣传教育和超精准的预警拦截,取得了“反诈人民"
        "战争”的阶段性成果,一定程度上遏制了案件多发高发的态势。近期,省公安厅对全省电信网络诈骗发案形势进行了大数据分析,总结出"
        "我省目前较为高发的电信网络诈骗犯罪类型,排名前五位的分别是刷单返利类、贷款类、冒充客服类、“杀猪盘”类和冒充公检法类。\n"
        "\n  省公安厅相关负责人提醒群众,不要有“一夜暴富”的心理,在转账汇款时一定多加核实,谨防被骗。另外要及时安装“国家反诈"
        "中心”APP并开启电话、短信预警功能,关",
        dict(title="1—9月全省公安机关破获4000余起电诈案"),
    ),
    "a page's tools (打印本文 默认 增大 缩小) and a spam site's tag are no title": (
        "简洁阅读 打印本文 默认 增大 缩小\n微信扫一扫 转发分享本文\n\n“公安蓝”护航三月三-taptap国际版官网入口\n\n假"
        "期期间全市刑事警情同比下降25%,治安警情同比下降27.8%\n\n时间: 2024-04-16 15:16:34 来源: "
        "玉林日报\n\n\n49ab7dffa34641b220159742de1c5c30_w0202404147866084277"
        "42.jpeg\n\n民警全力做好各庆祝活动的安保、巡逻工作。\n\n玉林新闻网-玉林日报讯 (记者 曾维栋 通讯员 周俊良)广"
        "西三月三假期期间,玉林公安全警动员连续奋战、履职尽责,全力以赴做好安全保卫工作,用“公安蓝”点亮“平安灯”。据悉,广西三"
        "月三假期期间,全市刑事警情同比下降25%,治安警情同比下降27.8%,全市社会治安大局平稳有序。\n\n州珮北帝诞民俗大巡游"
        "、鲲鹏乡村音乐节、十字街“新民歌大会”、侨乡民间歌圩……节日期间,玉林市多个民俗特色活动“热辣滚烫”、人气非凡。面对不断"
        "攀升的人流密度、出行热度,玉林警方加强研判、提早筹划、制定详尽的工作方案,科学配置执勤警力,围绕假日安保全面开展各项工作"
        "。其中重点实行“白天见警车、夜晚见警灯、",
        dict(title="“公安蓝”护航三月三"),
    ),
    "a column's tag (环球观热点:) before a headline is left out": (
        "环球观热点:2022年度西藏自治区“法治人物”“法治新闻”颁奖典礼举行\n\n2023-06-13 10:31:30\n\n来源"
        ":西藏法制报\n\n\n(资料图片仅供参考)\n\n弘扬法治精神,彰显法治力量。6月9日晚,2022年度西藏自治区“法治人物”“法"
        "治新闻”颁奖典礼在拉萨举行。\n\n西藏自治区领导刘江、孙献忠、张洪波、卓嘎、次登、夏克勤出席颁奖典礼。\n\n活动在音乐短剧《"
        "致敬每一个你》中拉开序幕,颁奖嘉宾为米玛扎西、桑次、陈云峰、卓玛石确、罗茂、王培刚、次仁边久、胡瀚文、苏加棠、其美次仁2"
        "022年度西藏自治区“法治人物”获奖者以及“完善公益诉讼制度,强化公益检察保护”“努力解决县域无律师问题,打通公共法律服"
        "务‘最后一公里’”“‘八查八看’积极打造严格规范公正文明执法样板”“千名干部进千村,法律知识送万家”“推进法治政府建设,"
        "提升政府治理效能”等2022年度西藏自治区“法治新闻”的获奖单位颁奖。\n\n此次评选活动经过全区各级各部门层层推荐、专家评"
        "审、候选人背景审查等环节,评选出了2022年度西藏自治区10名“法治人物”和5件“法治新闻”。\n\n据悉,通过开展2022"
        "年度西藏自治区“法治人物”“法治新闻”评",
        dict(title="2022年度西藏自治区“法治人物”“法治新闻”颁奖典礼举行"),
    ),
    "a portal's browser notice (…分辨率…浏览器…) and its credits are no title": (
        "主办:山西省侯马市人民政府办公室 © 版权所有\n承办:侯马市人民政府办公室\n晋ICP备11001650-1号 网站标识码"
        ":1410810005\n涉密文件严禁上网\n侯马市人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上"
        "浏览器可以获得最佳浏览效果!\n2023年,侯马市委、市政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十"
        "大精神,深入落实习近平法治思想和习近平总书记考察调研山西重要指示精神,紧紧围绕《法治政府建设实施纲要(2021-2025"
        "年)》及山西省、临汾市、侯马市实施方案要求,依法全面履行政府职能、坚持科学民主依法决策、深入推进行政执法改革、依法有效化"
        "解社会矛盾纠纷,法治政府建设各项工作取得显著成效,为侯马市高质量发展提供了坚实法治保障。现将有关情况报告如下。\n一、主要"
        "工作举措和成效\n(一)坚持政治引领,全面强化党对法治政府建设的领导\n我市坚持发挥党委领导核心作用,切实加强领导、压实责任"
        "、强化措施,确保法治建设各项工作落到实处。一是强化政治引领。市委、市政府高度重视法治政府建设工作,按照侯马市委十二届八次"
        "全会目标任务安排,市委书记、市长切实履行法治政府建设第一责任人职责,对法治建设重要工作亲自研究部署,重大问题亲自解决,重"
        "要方案亲自审定,重要任务亲自督办,先后作出批示8次,市委常委会会议、依法治市专题会议、市政府常务会议先后研究解决法治建设",
        dict(title=None),
    ),
    "the whole of a region's 社会大局 is no body": (
        "中國西藏網(wǎng)訊 5月27日,西藏全區(qū)公安機(jī)關(guān)學(xué)習(xí)貫徹全國公安工作"
        "會議精神新聞發(fā)布會在拉薩召開。會議介紹,近五年來,西藏全區(qū)公安機(jī)關(guān)深入學(xué)習"
        "(xí)貫徹全國公安工作會議精神,推動各項工作取得了明顯成效。\n圖為發(fā)布會現(xiàn)場。\n發(fā)布會介紹"
        ",五年來,西藏全區(qū)公安機(jī)關(guān)始終牢記全心全意為人民服務(wù)的根本宗旨,全面深化公安行政管理"
        "服務(wù)改革,持續(xù)推出縮時減證、延時服務(wù)、辦證“綠色通道”等便民利企舉措,不斷優(yōu)化升級“互"
        "聯(lián)網(wǎng)+公安政務(wù)服務(wù)”平臺,74項公安交管服務(wù)事項實現(xiàn)“網(w"
        "ǎng)上辦、掌上辦、一次辦”,公民出入境證照、戶籍遷移等一大批公安業(yè)務(wù)實現(xiàn)“全國通辦”“跨"
        "省通辦”,有效回應(yīng)了人民群眾新期盼新需求,各族群眾獲得感滿意度不斷提升。\n發(fā)布會介紹,五年來,西藏全"
        "區(qū)公安機(jī)關(guān)始終把維護(hù)穩(wěn)定作為第一位的任務(wù),把鑄牢中華民族共同體意識"
        "貫穿公安工作始終,西藏自治區(qū)社會大局保持連續(xù)15年安全穩(wěn)定良好局面。拉薩市連續(xù)7次登上",
        dict(agency="西藏自治區公安廳", agency_key="西藏自治区公安厅"),
    ),
    "a paper's credit line with a middle dot before its date and time dates the page": (
        "苏州市公布“十四五”时期法治建设“成绩单” 群众法治建设满意度超九成\n苏州日报·2025-12-05 08:34\n"
        "法治建设总体成就 - 群众对法治建设的满意度超过九成 苏州成功获评全国首批法治政府建设示范市。",
        dict(published_date=dt.date(2025, 12, 5), report_year=2025),
    ),
    "news of a city's government that mentions police work stays the government's": (
        "厦门市政府推进法治政府建设\n近日,厦门市政府召开会议,要求全市公安机关强化治安防控,派出所民警加强巡逻,"
        "破获刑事案件,抓获犯罪嫌疑人,公安工作取得成效。",
        dict(agency="厦门市人民政府"),
    ),
    "an incident's time (2023年5月6日 14:30许) does not date the page": (
        "民警出警记\n2023年5月6日 14:30许,城关派出所接到报警,称有人被骗,民警迅速出警,追回损失3万元。",
        dict(published_date=None),
    ),
    "a double-dash span in a headline (2016——2020年) names no year of results": (
        "法治宣传教育规划(2016——2020年)发布\n2021-01-05 10:00 来源:本地新闻网\n"
        "近日,市司法局发布法治宣传教育规划,全市推进依法行政,开展普法活动200余场。",
        dict(report_year=2021, doc_type="news"),
    ),
    "党的十八大以来 is a span, not a date": (
        "党的十八大以来,青海省公安机关坚持以习近平新时代中国特色社会主义思想为指导,"
        "全省刑事案件立案数连续下降,群众安全感不断提升。公安厅负责人介绍。",
        dict(report_year=None, published_date=None),
    ),
    "a source line's bare 公安局 is the city's bureau the story names (市公安局)": (
        "全市违法犯罪警情大幅度下降\n发布日期:2017-11-21 来源:公安局\n"
        "在11月发布会上,市公安局专门发布全市公安系统所取得的成绩。两年前,市公安局党委加强顶层设计。"
        "去年5月,常州城市应急指挥中心建成,常州市区刑事警情下降12%。",
        dict(agency="常州市公安局", city="常州市"),
    ),
    "a clause (晋城市县两级全部成立…局) is no body": (
        "11月7日,省委法治政府建设全面督察第九督察组组长带领省委依法治省办督察组莅临晋城市,就法治政府建设进行督察调研。\n"
        "晋城市委常委、政法委书记石云峰主持会议。副市长王斌权汇报晋城市法治政府建设进展情况。\n"
        "近年来,晋城市坚持将法治建设贯穿到政府工作的方方面面,推动法治政府建设取得了新成效。\n"
        "晋城市县两级全部成立行政审批服务管理局,在全省率先实行“一枚印章管审批”,集中度达到98.7%。\n",
        dict(agency="晋城市人民政府"),
    ),
    "new streets (推进新建街道…改革) named once are no 街道 the text speaks for": (
        "一、2016年法治政府建设基本情况\n印发《北京市法治政府建设实施方案》,全面部署2016年全市法治政府建设工作。"
        "将区政府和市级部门依法行政工作纳入市政府绩效考评。深化街道管理和服务体制创新,推进新建街道“大科制”改革,"
        "调整部门权力事项927项。",
        dict(agency="北京市人民政府", city="北京市"),
    ),
    "X市委、市政府积极… opens a city's report": (
        "2024年,石家庄市委、市政府积极践行习近平法治思想,法治政府建设各项工作取得新进展。现将有关情况报告如下。\n"
        "一、加强组织领导\n市政府常务会议多次研究法治政府建设议题,新乐市等县(市、区)召开会议12次。",
        dict(agency="石家庄市人民政府", district=None),
    ),
    "a government's portal banner over a department's report is the department's": (
        "辽宁省人民政府\n2024年省市场监管局坚持以习近平新时代中国特色社会主义思想为指导,推动行政执法工作取得较大成效。\n"
        "一、行政执法数据统计情况\n全年收到行政许可申请16352件,受理15822件。",
        dict(agency="辽宁省市场监督管理局"),
    ),
    "a portal's menu (国务院@你, 微信公众号) above the title": (
        "国务院@你\n赣服通\n南昌发布\n微信公众号\n媒体矩阵\n手机WAP\n英文版\n政务邮箱\n分享\n\n"
        "南昌市2023年法治政府建设情况的报告\n\n访问量:\n\n2023年,南昌市坚持以习近平新时代中国特色社会主义思想为指导"
        + BODY,
        dict(title="南昌市2023年法治政府建设情况的报告", agency="南昌市人民政府"),
    ),
    "a spam site's name (j9.com…官方网站) and its spam keywords are no title": (
        "久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频\nj9.com(中国区)官方网站 - j9股份有限公司跨境服务平台\n"
        "信息中心\n\n山东一年拦截诈骗电话960万次\n\n2020-01-15 11:02 来源: 新华社\n"
        "新华社济南1月15日电 记者从山东省公安厅获悉,2019年,山东共拦截诈骗电话960万次。",
        dict(title="山东一年拦截诈骗电话960万次"),
    ),
    "an undated item's campaign named with its year after the quotes (“云剑”2020) dates it": (
        "今日上午,延吉市公安局召开集中返赃大会,向受害人返还已侦破案件资金共计683万元。\n"
        "今年年初以来,延吉市公安局以“云剑”2020、“长城2号”等专项行动为载体,破获电信诈骗案件56起。",
        dict(report_year=2020),
    ),
    "a count after a quoted name (“金钟罩”2000人次) is no campaign year": (
        "今日上午,海东市公安局召开春节安保部署会。\n民警引导群众关注注册“金钟罩”2000人次,破获案件12起。",
        dict(report_year=None),
    ),
    "现发布…2017年…年度报告 names the year over a later year's plans": (
        "根据《中华人民共和国政府信息公开条例》的规定,现发布东风区人力资源和社会保障局2017年政府信息公开工作年度报告。"
        "本报告包括主动公开政府信息情况、存在的主要问题和2018年工作思路六个部分。\n一、主动公开情况\n"
        "全年主动公开政府信息86条。",
        dict(report_year=2017),
    ),
    "a speech's page posted weeks after the delivery is published on the page's date": (
        "2022年山南市人民政府工作报告\n时间:2022-02-23 10:42:17 来源:山南市人民政府办公室\n政府工作报告\n"
        "——2022年1月10日在山南市第二届人民代表大会第二次会议上\n各位代表:\n现在,我代表市人民政府向大会报告工作。",
        dict(published_date=dt.date(2022, 2, 23)),
    ),
    "a speech's page posted years later is a re-post: the delivery dates it": (
        "2018年紫蓬镇人民政府工作报告\n发布时间:2025-07-27 10:42 来源:紫蓬镇\n"
        "——2019年2月26日在紫蓬镇第三届人民代表大会第三次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作。",
        dict(published_date=dt.date(2019, 2, 26)),
    ),
    "a court named the informal way (温州中院, 温州两级法院) is the city's intermediate court": (
        "全城捉“赖” 温州两级法院决战决胜执行难\n时间:2019-02-14 10:17:55 来源:温州日报\n"
        "昨天,瓯海法院执行局干警冒雨赶到被执行人家中。在新闻通报会上,温州中院公布了执行工作成绩,执结案件3.2万件。",
        dict(agency="温州市中级人民法院", province="浙江省", city="温州市"),
    ),
    "a province's high court by its short name (黑龙江高院)": (
        "近日,黑龙江高院执行局收到了两面锦旗。\n2018年,全省法院共执结各类案件21万件,执结到位400亿元。",
        dict(agency="黑龙江省高级人民法院"),
    ),
    "a county's court (乐东法院) of a county under its province": (
        "乐东多举措推进法治乡村建设\n近年来,乐东法院按照把非诉讼纠纷解决机制挺在前面的要求,积极推动多元化纠纷解决机制改革。\n"
        "2020年,乐东法院共受理各类案件3012件。",
        dict(agency="乐东黎族自治县人民法院"),
    ),
    "a court's work report to the county's congress is the court's": (
        "【基层两会】蒋军平在灵台县第十七届人民代表大会第四次会议上作法院工作报告\n发布时间:2020/1/9 17:28:53\n"
        "1月8日,灵台县第十七届人民代表大会第四次会议召开,灵台县法院院长蒋军平作了《灵台县人民法院工作报告》。",
        dict(agency="灵台县人民法院"),
    ),
    "short forms no body signs with are spelled out as their keys (卫健委, 卫生计生委, 应急厅, 政府办, 城管执法委)": (
        "湖北省卫健委关于巡视整改进展情况的报告\n根据省委统一部署,省委巡视组对湖北省卫健委党组开展了巡视,现将整改情况报告如下。",
        dict(agency="湖北省卫健委", agency_key="湖北省卫生健康委员会"),
    ),
    "the publisher before a page's date (哈尔滨市呼兰区人民政府 发布时间:…) is no title": (
        "呼兰区2023年法治政府建设情况的报告\n\n哈尔滨市呼兰区人民政府 发布时间:2024-03-07\n\n市政府:\n\n"
        "2023年,我区认真贯彻落实《法治政府建设实施纲要(2021—2025年)》确定的工作任务" + BODY,
        dict(title="呼兰区2023年法治政府建设情况的报告", published_date=dt.date(2024, 3, 7)),
    ),
    "a title printed whole, then again wrapped over two lines, is the whole one": (
        "名    称 :\n天津市交通运输委员会关于印发天津市交通运输委员会2024年工作要点的通知\n天津市交通运输委员会\n"
        "天津市交通运输委员会关于印发天津市交通\n\n运输委员会2024年工作要点的通知\n\n市港航局、机关各处室:\n"
        "根据2024年全市交通工作会议部署,现将《天津市交通运输委员会2024年工作要点》印发给你们,请认真学习贯彻。",
        dict(title="天津市交通运输委员会关于印发天津市交通运输委员会2024年工作要点的通知"),
    ),
    "a delivery line in brackets is no title": (
        "(2019年12月30日在闽侯县第十八届人民代表大会第四次会议上)\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。",
        dict(title=None),
    ),
    "a province's 省委政法委 is named as it signs": (
        "平安是极重要的民生,也是最基本的发展环境。\n黑龙江省委政法委全面贯彻落实中央政法工作会议部署要求,"
        "坚定不移推进更高水平的平安黑龙江建设。\n全力化解矛盾纠纷\n黑龙江省委政法委周密细致做好矛盾纠纷排查化解工作,"
        "全省三级综治中心全部实体化运行,人员配备率分别达到88%、90%、91%。",
        dict(agency="中共黑龙江省委政法委员会"),
    ),
    "a district's police (商州公安) is its city bureau's branch": (
        "商州公安成功擒获4名盗窃嫌疑人\n近日,商州公安机关破获系列盗窃案件,抓获犯罪嫌疑人4名,追回被盗财物价值3万余元。"
        "民警经过走访摸排,锁定犯罪嫌疑人。",
        dict(agency="商洛市公安局商州分局", city="商洛市", district="商州区"),
    ),
    "a page's 稿源 line with its date dates a speech posted days after its delivery": (
        "2017年沈阳市人民代表大会常务委员会工作报告\n——2017年1月10日在沈阳市第十五届人民代表大会第六次会议上\n"
        "稿源: 沈阳日报  2017-01-19 09:22\n各位代表:\n我受市人大常委会委托,向大会报告工作,请予审议。",
        dict(published_date=dt.date(2017, 1, 19)),
    ),
    "a headline stamped with its page's date after a dash": (
        "今日上海\n上海警方将助力社会治理能力现代化 - 2019年09月04日\n"
        "上海警方表示,今年以来全市71起命案全部侦破,刑事案件同比下降37.2%。",
        dict(title="上海警方将助力社会治理能力现代化", published_date=dt.date(2019, 9, 4)),
    ),
    "a clause with 组建 (大庆市组建反诈骗中心) is no body": (
        "大庆警方打击电信诈骗成效显著\n2017年,大庆市组建反诈骗中心,大庆市公安局共破获电信诈骗案件126起,"
        "大庆市公安局追回损失1200万元,民警抓获犯罪嫌疑人80名。",
        dict(agency="大庆市公安局"),
    ),
    "a feature's headline and its subtitle line are one title, and the subtitle's year is the year reviewed": (
        "讲述法院好故事 传递司法“烟火气”\n——2023年山西法院工作亮点回顾\n山西法治报 2024-01-30 09:00\n"
        "1月25日,省高院院长在省第十四届人民代表大会第二次会议上作工作报告,回顾了2023年全省法院工作。",
        dict(title="讲述法院好故事传递司法“烟火气”——2023年山西法院工作亮点回顾", report_year=2023),
    ),
    "a delivery line under a work report's title is no subtitle": (
        "政府工作报告\n——在尉犁县第十八届人民代表大会第五次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。",
        dict(title="政府工作报告"),
    ),
    "a disclosure report's own guide (《…政府信息公开指南》) names its body": (
        "一、总体情况\n2025年,按照市水利局、区政府对政务公开工作的安排部署,落实涪陵区人民政府要求,在涪陵区人民政府门户网及时公开通知公告63条。\n"
        "按照政务公开工作要求,修定《重庆市涪陵区水利局政府信息公开指南(2025年版)》,加强依申请公开制度建设。",
        dict(agency="重庆市涪陵区水利局"),
    ),
    "a 我局 text names its bureau, not the government whose portal it posts on": (
        "一、强化组织领导\n我局深入学习贯彻习近平法治思想,落实晋江市人民政府部署。2024年,我局通过晋江市人民政府门户网站公开信息120条。\n"
        "印发《晋江市交通运输局职能配置及内设机构》,明确职责分工。",
        dict(agency="晋江市交通运输局"),
    ),
    "the contact for questions about a government's disclosure report is its disclosure office": (
        "根据《中华人民共和国政府信息公开条例》,特发布本报告。对本报告有任何疑问,请与牡丹江市政务公开办公室联系。\n"
        "一、概述\n2017年,全市主动公开政府信息3200条。",
        dict(agency="牡丹江市人民政府"),
    ),
    "a public notice (…特此通告) is other, whatever title it lost": (
        "根据《湖北省行政规范性文件管理办法》的规定,现将准予备案的2023年度行政规范性文件目录予以公布,特此通告。\n"
        "请各报备单位认真履行行政规范性文件报备职责。对迟报、漏报的单位,欢迎公民监督举报,一经查实,严肃处理。",
        dict(doc_type="other"),
    ),
    "a notice sending out the government work report is the report": (
        "各镇人民政府、街道办事处,区政府直属各单位:\n《政府工作报告》已经区第七届人民代表大会第五次会议审议通过,"
        "现印发给你们,请认真贯彻执行。\n政府工作报告\n——2020年1月8日在海口市龙华区第七届人民代表大会第五次会议上\n"
        "各位代表:\n现在,我代表区人民政府向大会报告工作。",
        dict(doc_type="annual_report"),
    ),
    "a clause with 组织 (湟中区组织区应急管理局、区公安局…开展) is no body": (
        "1月28日起,西宁市湟中区组织区应急管理局、区公安局、区林业和草原局等相关单位开展安全隐患排查整治暨法治宣传行动。\n"
        "行动紧盯道路交通、森林草原防灭火、燃气安全等风险隐患,排查隐患320处。",
        dict(agency="西宁市湟中区人民政府"),
    ),
    "a site's issuer line run into a title that names its place is left out": (
        "当前位置: 首页 > 公开 > 信息公开年度报告\n南宁市西乡塘区人民政府 西乡塘区2018年度法治政府建设工作情况报告\n"
        "发布日期:2018-12-25 17:24 来源:西乡塘区政府办\n一、2018年法治政府建设的主要措施和成效\n(一)加强组织领导" + BODY,
        dict(title="西乡塘区2018年度法治政府建设工作情况报告", agency="南宁市西乡塘区人民政府"),
    ),
    "a police story that says little of 政府 or 法治 is still news": (
        "本报讯本月初修文警方在全县范围内启动“打零收戒”禁毒行动,截至8月17日,先后抓获74名吸毒人员,破获涉毒案件5起。\n"
        "行动中,修文警方摸排划定重点区域,不定时组织警力开展出击行动。8月3日,缉毒民警秘密布控,抓获2名贩毒人员。"
        "此外,缉毒民警与谷堡派出所、洒坪派出所联动盘查,先后抓获吸毒人员30名。",
        dict(doc_type="news"),
    ),
    "平安县(市、区) is a kind of county, not 平安县": (
        "近日,省委平安建设领导小组印发《关于命名2020年度省级平安县(市、区)的决定》,命名我市尖草坪区、杏花岭区等57个县"
        "(市、区)为“2020年度省级平安县(市、区)”。\n2020年,我省各县(市、区)认真贯彻落实中央和省委关于平安建设的部署,"
        "山西省社会大局和谐稳定。",
        dict(province="山西省"),
    ),
    "a league's report that speaks of 盟委、行署 is its 行政公署's": (
        "一、工作开展情况\n(一)坚持党的领导。盟委、行署主要领导同志认真履行法治政府建设第一责任人职责,"
        "主持召开依法治盟委员会会议研究部署相关工作,对法治政府建设工作作出批示7次。兴安盟各旗县市全面落实。",
        dict(agency="兴安盟行政公署", city="兴安盟"),
    ),
    "a level word (镇级综治中心) marks no body; the city's 政法委 steers its 政法 work": (
        "镇江市政法系统推进市域社会治理\n2025年,镇江市镇级综治中心实现全覆盖,镇江市镇级综治中心受理矛盾纠纷1.2万件,"
        "市委政法委统筹推进平安建设。",
        dict(agency="中共镇江市委政法委员会"),
    ),
    # --- regressions a review of stop 16's rules found (inputs built to make them misfire) ----
    "a court a body works with (…司法局联合宁乡法院) is not the subject": (
        "我市开展“法律进乡村”宣传活动\n\n3月5日,宁乡市司法局联合宁乡法院、宁乡市妇联在花明楼镇开展“法律进乡村”宣传活动,"
        "推进法治政府建设,服务群众。\n\n活动现场,工作人员向群众发放宣传资料3000余份。",
        dict(agency="宁乡市司法局"),
    ),
    "a court that guides (在宁乡法院的指导下) is not the subject": (
        "一起劳动争议纠纷成功化解\n\n近日,在宁乡法院的指导下,宁乡市司法局人民调解委员会成功化解一起劳动争议纠纷,"
        "依法维护了群众合法权益。",
        dict(agency="宁乡市司法局"),
    ),
    "a police bureau's banner over a story that mentions the court's judgment stays the bureau's": (
        "宁乡市公安局\n\n我市破获一起特大网络赌博案\n\n近日,宁乡市公安局破获一起特大网络赌博案,抓获犯罪嫌疑人20名。"
        "日前,宁乡法院对该案作出一审判决。",
        dict(agency="宁乡市公安局"),
    ),
    "社会组织管理局 and 市级机关工作委员会 are real bodies": (
        "广州市社会组织管理局2022年法治政府建设年度报告\n\n2022年,广州市社会组织管理局坚持以习近平新时代中国特色社会主义思想为指导"
        + BODY,
        dict(agency="广州市社会组织管理局", city="广州市"),
    ),
    "a plan's span cited in 现将…报告如下 is no report year": (
        "宁乡市司法局法治政府建设年度报告\n\n根据工作要求,现将我局贯彻落实《法治政府建设实施纲要(2021—2025年)》情况报告如下。\n"
        "一、主要工作\n2023年,我局坚持以习近平法治思想为指导,推进依法行政。",
        dict(report_year=2023),
    ),
    "a speaker line under a speech's title is no subtitle": (
        "在全县法治政府建设推进会上的讲话\n\n——县委副书记、县长 张三\n\n同志们:今天召开全县法治政府建设推进会,"
        "主要任务是总结工作、部署任务。",
        dict(title="在全县法治政府建设推进会上的讲话"),
    ),
    "a procurator-general's speaker line is no subtitle either (one list of posts serves both tests)": (
        "在全市检察工作会议上的讲话\n\n——市人民检察院检察长 李四\n\n同志们:今天召开全市检察工作会议,"
        "主要任务是总结工作、部署任务。",
        dict(title="在全市检察工作会议上的讲话"),
    ),
    "a 浦东 story's police branch is not guessed from 浦东新区": (
        "浦东警方破获一起电信诈骗案\n\n近日,浦东警方成功破获一起电信网络诈骗案,抓获犯罪嫌疑人3名,民警依法开展侦破工作。",
        dict(agency=None),
    ),
    "重庆's district police branches keep 区": (
        "渝中警方破获一起电信诈骗案\n\n近日,渝中警方成功破获一起电信网络诈骗案,抓获犯罪嫌疑人3名,民警依法开展侦破工作。",
        dict(agency="重庆市公安局渝中区分局"),
    ),
    "普法精品视频 in a headline is no spam": (
        "宁乡市3部普法精品视频获全省表彰\n\n近日,宁乡市司法局选送的3部普法精品视频在全省评选中获奖,推进法治宣传。",
        dict(title="宁乡市3部普法精品视频获全省表彰"),
    ),
    "news of a notice (…警方发布通告…特此通告) is news": (
        "宁乡警方发布通告 敦促电信诈骗犯罪嫌疑人投案自首\n\n3月5日,宁乡市公安局发布通告,敦促电信网络诈骗犯罪嫌疑人投案自首。"
        "通告全文如下:……对投案自首的,依法从轻处罚。特此通告。",
        dict(doc_type="news"),
    ),
    "a league bureau that speaks as 我局 under 盟委、行署 is the bureau": (
        "2022年法治政府建设工作报告\n\n2022年,在盟委、行署的坚强领导下,我局坚持以习近平新时代中国特色社会主义思想为指导,"
        "全面推进依法行政。\n一、主要举措\n(一)兴安盟司法局全面推进行政执法“三项制度”,办理法律援助案件300件。",
        dict(agency="兴安盟司法局"),
    ),
    "a congress's standing committee by its term (第十九届人大常委会) is cited, not the issuer": (
        "2023年,郯城县坚持以习近平法治思想为指导,全面推进法治政府建设。\n郯城县第十九届人大常委会审议通过《郯城县…条例》,"
        "郯城县第十九届人大常委会听取专项报告。",
        dict(agency="郯城县人民政府"),
    ),
    "the variant 陜 (陝, 陕) that OpenCC leaves is read as 陕": (
        "本報訊 10月28日,省政府新聞辦舉行“奮力譜寫陜西高質量發展新篇章”系列新聞發布會,邀請省公安廳常務副廳長介紹全省公安機關工作情況。\n"
        "今年以來,我省共偵辦跨境網絡賭博案件267起,抓獲犯罪嫌疑人1256名。",
        dict(agency="陝西省公安廳", agency_key="陕西省公安厅", province="陕西省"),
    ),
    "府院联动 (government and court working together) is no body, and a closing byline no headline": (
        "3月31日,州政府、州中级人民法院联动会议结束后,延吉市召开府院联动第一次联席会议。\n"
        "会上,对延吉市府院联动机制工作规则进行了说明,市府院联动工作委员会将每年召集一次府院联席会议。\n"
        "副市长主持联席会议。\n记者:崔恩硕\n编辑:赵美英\n",
        dict(agency="延吉市人民政府", title=None),
    ),
    "a notice whose page ran its lines together keeps its title and signature": (
        "点击下载文字版.docx\n聊城市人民政府办公室 关于印发聊城市 2021 年法治政府建设 工作计划的通知 各县(市、区)人民政府,"
        "市政府各部门: 《聊城市 2021 年法治政府建设工作计划》已经市政府同意, 现印发给你们,请结合实际认真贯彻执行。 "
        "聊城市人民政府办公室 2021 年 5 月 21 日 (此件公开发布) 聊城市 2021 年法治政府建设工作计划 为深入学习贯彻习近平法治思想,",
        dict(title="聊城市人民政府办公室关于印发聊城市2021年法治政府建设工作计划的通知",
             published_date=dt.date(2021, 5, 21), doc_type="other"),
    ),
    "the title printed again under a document number is not a breadcrumb's tail": (
        "浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知\n文件编号浦府〔2022〕1号\n"
        "浦府〔2022〕1号浦东新区人民政府关于印发\n《浦东新区人民政府工作规则》的通知\n"
        "区政府各委、办、局,各街道办事处、镇政府:\n《浦东新区人民政府工作规则》已经区政府常务会议审议通过,现予印发。\n",
        dict(title="浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知"),
    ),
    "a feature's section label (镜头五:…, 关键词:…) is no headline": (
        "镜头五:全国首家省级反虚假信息诈骗中心成立\n关键词:打击信息诈骗\n"
        "2015年年底,河南省反虚假信息诈骗中心正式揭牌,警方共破获虚假信息诈骗案件595起。\n",
        dict(title=None),
    ),
    "a byline's publisher credited as 主办 is the office itself": (
        "当前位置 > 下载中心\n苏州市人民政府公报 公报第5期(总第173期)\n第5期(总第173期)\n"
        "苏州市人民政府办公室主办 2016年5月20日\n目 录\n政府文件\n"
        "中共苏州市委 苏州市人民政府关于印发《苏州市法治政府建设2016~2020年\n"
        "规划》的通知(苏委发〔2016〕14号)……………………………………………()\n",
        dict(agency="苏州市人民政府办公室"),
    ),
    "a disclosure table's 信息名称 names the report, whose place's government issues it": (
        "发布机构:    江宁区司法局 生成日期:    2024-03-05\n信息名称:南京市江宁区2023年度法治政府建设工作报告\n"
        "南京市江宁区2023年度法治政府建设工作报告\n2023年,全区上下坚持以习近平法治思想为指引,深入推进法治政府建设。\n",
        dict(agency="南京市江宁区人民政府", title="南京市江宁区2023年度法治政府建设工作报告"),
    ),
    "a headline ending in a body's name (…成立…侦查大队) is no letterhead; 原标题 is a note under it": (
        "泉州晋江成立全市首支诈骗犯罪侦查大队\n原标题:晋江成立全市首支诈骗犯罪侦查大队\n“专业”警力打击“职业”诈骗\n"
        "海峡网7月13日讯(记者张晓明)晋江市公安局成立诈骗犯罪侦查大队,今年上半年破获诈骗案件120起。\n",
        dict(title="泉州晋江成立全市首支诈骗犯罪侦查大队"),
    ),
    "a report that opens on its leadership (在市委、市政府的坚强领导下) and has lost its title is a report": (
        "在市委、市政府的坚强领导下,全市卫生健康系统以习近平新时代中国特色社会主义思想为指引,加快推进法治政府建设各项任务的落实。\n"
        "一、推进法治政府建设的工作情况\n(一)法治建设持续深入。配合完成立法调研,按时印发年度普法计划。\n",
        dict(doc_type="annual_report"),
    ),
    "a news item that mentions a body's policy readings is no policy reading": (
        "“说事日”搭起连心桥 矛盾化解在基层\n"
        "为深入践行新时代“枫桥经验”,推动矛盾纠纷源头化解,酒泉市司法局部署开展“人民调解员说事日”活动。\n"
        "各地采取“政策解读+以案释法+现场调处”相结合的方式,共化解纠纷120件。\n",
        dict(doc_type="news", agency="酒泉市司法局"),
    ),
    "a plan published under its cover note (现将《整改方案》予以公开) is titled by its own heading": (
        "2023年8月,省督察组对昆明市开展了督察,形成了督察报告。\n"
        "昆明市委、市政府高度重视整改工作,制定了《昆明市贯彻落实督察报告整改方案》,现将《整改方案》予以公开。\n"
        "昆明市贯彻落实第二轮省级生态环境保护督察报告整改方案\n一、指导思想\n以习近平生态文明思想为指导。\n",
        dict(title="昆明市贯彻落实第二轮省级生态环境保护督察报告整改方案", doc_type="other"),
    ),
    "a text that starts on its first section (一、…法治建设…, 二、…) is a report that lost its title": (
        "一、全面加强党对法治建设的领导\n建立健全法治建设组织领导体系,切实发挥党组领导核心作用。\n"
        "二、全面落实普法责任制\n深入开展青少年法治宣传教育,推动法律进校园。\n",
        dict(doc_type="annual_report"),
    ),
    "yesterday's meeting (昨日上午,…会议召开) is news even when it heard a yearly report": (
        "昨日上午,晋江市第十八届人大常委会第十七次会议召开,会议听取晋江市人民政府关于2023年度法治政府建设情况的报告。\n"
        "会议强调,要持续推进法治政府建设。\n",
        dict(doc_type="news"),
    ),
    "an undated item is dated by the people's congress session it studies (十四届全国人大二次会议 met in 2024)": (
        "会议传达学习十四届全国人大二次会议精神,研究部署全市司法行政工作。\n市司法局主要负责同志出席会议并讲话。\n",
        dict(report_year=2024),
    ),
    "a municipality's district body is keyed with the municipality in front": (
        "宝坻区人民政府2021年法治政府建设年度报告\n2021年,宝坻区人民政府在天津市委、市政府的坚强领导下,全面推进法治政府建设。\n",
        dict(agency="宝坻区人民政府", agency_key="天津市宝坻区人民政府", city="天津市", district="宝坻区"),
    ),
    "a prefecture-level city's district body stays as printed": (
        "西湖区司法局2021年法治政府建设年度报告\n2021年,西湖区司法局在杭州市司法局的指导下,全面推进法治政府建设。\n",
        dict(agency="西湖区司法局", city="杭州市", district="西湖区"),
    ),
    "建成县级…中心 names no county 成县": (
        "今天上午,洛阳市2019年重点民生实事完成情况新闻发布会召开。记者获悉,2019年,我市公共法律服务实现全覆盖。\n"
        "目前,全市共建成县级公共法律服务中心15个、乡镇(办事处)公共法律服务工作站180个。\n",
        dict(province="河南省", city="洛阳市", district=None),
    ),
    "a county's body stays as printed though a site's banner prints the county with its city": (
        "欢迎访问沈阳市法库县人民政府\n法库县人民政府关于2021年法治政府建设情况的报告\n"
        "2021年,法库县人民政府坚持以习近平法治思想为指导,全面推进法治政府建设。\n",
        dict(agency="法库县人民政府", district="法库县"),
    ),
    "a site's slogan, its own-story label and a series label are no headline": (
        "河北新闻本网原创\n河北2021年共破获电诈案件1.97万起\n2022-01-07 19:25:17 来源:河北新闻网\n"
        "河北新闻网讯(河北日报记者高珊)1月7日,从河北省公安厅获悉,2021年河北共破获电信网络诈骗案件1.97万起。\n",
        dict(title="河北2021年共破获电诈案件1.97万起"),
    ),
    "a province's 法制办 is its government's 法制办公室": (
        "云南省法制办推进依法行政工作\n近日,云南省法制办召开全省政府法制工作会议,部署2017年依法行政工作。\n"
        "会议指出,云南省法制办要加强行政复议工作。\n",
        dict(agency="云南省法制办", agency_key="云南省人民政府法制办公室"),
    ),
    "a mirror's pinyin glosses leave a header's title": (
        "名稱: | 關于印發(fā)安徽省行政執(zhí)法公示辦法的通知 | 文號: | 無 |\n生成日期: | 2020-11-14 |\n"
        "各市、縣人民政府:\n現將《安徽省行政執法公示辦法》印發給你們,請認真貫徹執行。\n",
        dict(title="關于印發安徽省行政執法公示辦法的通知"),
    ),
    "a headline that leads with a figure (整改率96.5% …通报) is news of a notice": (
        "整改率96.5% 2023年全省应急管理成果通报\n近日,贵州省应急管理厅举办了全省应急管理工作会议,"
        "记者了解到,2023年全省安全生产形势总体稳定。\n",
        dict(doc_type="news"),
    ),
    "a notice titled 关于印发… is a notice even when its title lost 的通知": (
        "广告\n江西省人民政府办公厅关于印发江西省乡镇(街道)行政权力指导目录\n各市、县(区)人民政府,省政府各部门:\n"
        "《江西省乡镇(街道)行政权力指导目录(2021年版)》已经省政府同意,现印发给你们,请认真组织实施。\n",
        dict(doc_type="other"),
    ),
    "a dated opening on a release (3月7日,…司法局发布…报告) is news": (
        "3月7日,合肥市司法局发布合肥市人民政府2023年法治政府建设情况报告。\n"
        "去年,全市深入开展道路交通安全和运输执法领域突出问题专项整治行动,办结率达100%。\n",
        dict(doc_type="news"),
    ),
    "a year's work summary (2025年以来,… / 一、重点工作开展情况) is a report of that year": (
        "| 成文日期 | 2026-01-05 | 公文时效 |\n"
        "2025年以来,县应急管理局全面贯彻落实习近平总书记关于安全生产的重要论述精神,在县委、县政府的正确领导下,扎实开展各项工作。\n"
        "一、重点工作开展情况\n(一)健全应急管理体系\n一是将安全生产履职情况纳入年度考核指标。\n",
        dict(doc_type="annual_report", report_year=2025),
    ),
    "a goal's year (确保实现2035年基本建成法治政府) does not date an item": (
        "北京市司法局\n党的二十大报告强调要坚持走中国特色社会主义法治道路,确保实现2035年基本建成法治政府目标。\n"
        "一是深入学习贯彻习近平法治思想。\n",
        dict(report_year=2022),
    ),
    "mojibake after a headline is cut off": (
        "筑牢调解“一线堡垒” 城西司法所近3年调处成功率97%SSIļʱ\n"
        "近日,海口市龙华区城西司法所创建“四心”服务品牌,近3年调处矛盾纠纷成功率达97%。\n",
        dict(title="筑牢调解“一线堡垒”城西司法所近3年调处成功率97%"),
    ),
    "a department's letterhead atop a page its government's portal hosts is the issuer": (
        "时间:2021-03-22 16:48 来源:杭州市人民政府门户网站 浏览次数:\n杭州市人力资源和社会保障局\n"
        "按照《法治政府建设与责任落实督察工作规定》,现将我局2020年度法治政府建设情况报告如下。\n"
        "一、2020年度推进法治政府建设的主要举措和成效\n2020年,杭州市人力社保局全面推进依法行政。\n",
        dict(agency="杭州市人力资源和社会保障局"),
    ),
    "a development zone's 管理委员会 is placed by the city it is named after": (
        "• 发布机构:泉州经济技术开发区管理委员会\n泉州经济技术开发区管委会关于2024年度法治政府建设情况的报告\n泉州市司法局:\n"
        "2024年,泉州开发区深入学习贯彻习近平法治思想,扎实推进法治政府建设。\n",
        dict(agency="泉州经济技术开发区管理委员会", province="福建省", city="泉州市"),
    ),
    "a notice that lost its heading is titled by the document it issues (《…》已经省政府同意,现印发给你们)": (
        "各市、县(市、区)人民政府,省政府直属各单位:\n"
        "《浙江省加快建设高水平现代法治政府行动计划(2025—2027年)》已经省政府同意,现印发给你们,请认真贯彻落实。\n"
        "浙江省人民政府办公厅\n2025年11月4日\n",
        dict(title="浙江省加快建设高水平现代法治政府行动计划(2025—2027年)", doc_type="other"),
    ),
    "a 市 body in a text that names a municipality more than any other city is the municipality's": (
        "一、总体情况\n2023年,市卫生健康委深入贯彻习近平总书记对北京重要讲话精神,推动北京优质医疗资源向雄安疏解,"
        "支持雄安新区医院建设,服务北京城市副中心和雄安新区建设,北京市民就医更加便利。\n二、主要做法\n",
        dict(agency="北京市卫生健康委员会", province="北京市", city="北京市"),
    ),
    "a newspaper's credit without brackets dates the page and is no headline": (
        "《遂宁日报》2025年11月29日03版\n以高水平法治护航高质量跨越式发展\n"
        "——遂宁“十四五”时期全面依法治市工作主要成就新闻发布会举行\n主持人:\n"
        "11月28日,遂宁市召开新闻发布会,介绍“十四五”时期全面依法治市工作主要成就。\n",
        dict(published_date=dt.date(2025, 11, 29),
             title="以高水平法治护航高质量跨越式发展——遂宁“十四五”时期全面依法治市工作主要成就新闻发布会举行"),
    ),
    "a document number with its signer, and a site's search box, are no title": (
        "揭府〔2025〕28号签发人:曲晓杰\n揭阳市司法局:\n2024年,揭阳市人民政府坚持以习近平法治思想为指导,全面推进法治政府建设。\n",
        dict(title=None),
    ),
    "烟台市政府办公室 is keyed as 烟台市人民政府办公室": (
        "烟台市政府办公室2024年度法治政府建设情况报告\n2024年,烟台市政府办公室坚持以习近平法治思想为指导,推进法治政府建设。\n",
        dict(agency="烟台市政府办公室", agency_key="烟台市人民政府办公室"),
    ),
    "a province's short name before a city's body is left out (宁夏吴忠市公安局)": (
        "原标题:宁夏警方破获一起特大电信网络诈骗案 涉案金额6000余万元\n民警将犯罪嫌疑人押解回吴忠。 杨迪 摄\n"
        "中新网银川10月17日电 (杨迪)记者17日从宁夏吴忠市公安局获悉,吴忠警方于近日破获一起特大电信网络诈骗案。\n",
        dict(agency="吴忠市公安局", city="吴忠市"),
    ),
    "a department named after the rule it follows (根据《…》有关规定,市应急局对照…) opens the report": (
        "市委、市政府:\n根据《2025年上海市法治政府建设工作要点与责任分工》有关规定,市应急局对照《法治政府建设实施纲要》,"
        "现将2025年度法治政府建设情况报告如下。\n一、2025年度推进法治政府建设主要举措和成效\n(一)深入学习贯彻习近平法治思想\n",
        dict(agency="上海市应急管理局"),
    ),
    "a disclosure table's subject category (科技、教育/教育) is no title": (
        "市教育局\n科技、教育/教育\n"
        "各镇(街道)教办、中心小学,各市属学校:\n现将《慈溪市教育局2021年工作要点》印发给你们,请结合本单位实际,认真贯彻落实。\n",
        dict(title="慈溪市教育局2021年工作要点"),
    ),
    "a zone's 经济区党工委 holds no 台湾 district (中区): 台湾's divisions are never an issuer's": (
        "2021年,我区认真落实省委全面依法治省和市委全面依法治市、区党工委法治建设委员会部署要求,深入推进我区法治政府建设。\n"
        "一、加强组织领导\n中区党工委组织开展法治宣传,大连长兴岛经济区全年办结行政复议案件12件。\n",
        dict(district=None),
    ),
    "a title printed twice on one line is read once": (
        "乐清市柳市镇2024年法治政府建设年度报告 乐清市柳市镇2024年法治政府建设年度报告 |\n"
        "中共乐清市委、乐清市人民政府: 2024年柳市镇坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设。\n",
        dict(title="乐清市柳市镇2024年法治政府建设年度报告"),
    ),
    "a site name printed twice stays chrome": (
        "中国食品安全网 中国食品安全网\n站内搜 索\n河北省市场监管系统从重从快严打违法行为\n"
        "2020-02-10 来源:河北省市场监督管理局\n近日,河北省市场监管系统从重从快严打违法行为,立案查处案件120件。\n",
        dict(title="河北省市场监管系统从重从快严打违法行为"),
    ),
    "a table's 信息名称 label run into the title is left out": (
        "信息名称浦东新区人民政府2015年度依法行政情况报告\n2015年,浦东新区人民政府坚持依法行政,全面推进法治政府建设。\n",
        dict(title="浦东新区人民政府2015年度依法行政情况报告"),
    ),
    "a site's 官方微信 link is no title; 加班加点办 is no office": (
        "鄂尔多斯市人民政府官方微信\n鄂尔多斯市司法局关于《鄂尔多斯市促进民营经济发展条例(草案送审稿)》公开征求意见的通告\n"
        "为提高立法质量,现将草案送审稿全文公布,征求社会各界意见。长白县劳动监察人员国庆假期加班加点办结案件。\n",
        dict(title="鄂尔多斯市司法局关于《鄂尔多斯市促进民营经济发展条例(草案送审稿)》公开征求意见的通告"),
    ),
    "兵团司法局 is the 新疆生产建设兵团's": (
        "记者日前从兵团司法局获悉,近5年来,兵团各级法律援助机构共办理援助案件19124件。\n",
        dict(agency="新疆生产建设兵团司法局"),
    ),
    "a plan's goal year (…和二〇三五年远景目标纲要) dates no document": (
        "赣州市赣县区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一章 发展基础\n",
        dict(report_year=None),
    ),
    "a writer's source (笔者从省民政厅获悉) names the body, as a reporter's does": (
        "笔者27日从省民政厅获悉,广东开展打击整治非法社会组织专项行动取得阶段性成效,全省共查处178家。\n"
        "自今年4月起,按照民政部、公安部的统一部署,广东全力开展打击整治非法社会组织专项行动。\n",
        dict(agency="广东省民政厅", province="广东省"),
    ),
    "a promoted story (今日特推:…) and a site's 新闻正文 label are no headline": (
        "中新网甘肃新闻正文\n甘肃警方深化整治平安建设 刑事发案降至近5年最低\n"
        "中新网兰州1月9日电 甘肃省公安厅9日通报,2020年全省刑事案件发案数降至近5年最低。\n"
        "今日特推:山东临沂市召开行政复议案件质量评查会\n",
        dict(title="甘肃警方深化整治平安建设刑事发案降至近5年最低"),
    ),
    "我局 in a text placed only in its province is no 省…局 that does not exist": (
        "2024年,我局坚持以习近平法治思想为指导,推进不动产登记、耕地保护和国土空间规划依法行政。\n"
        "我局加强土地执法,全年查处违法用地案件20件,江苏省督察发现的耕地问题全部整改。\n",
        dict(agency=None),
    ),
    "a municipality's 我局 stays its bureau (the province is the city there)": (
        "2023年度法治政府建设情况报告\n\n2023年，在上海市委、市政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。现将我局2023年度法治政府建设情况报告如下：\n一、主要举措\n全市人民调解案件12万件，法律援助4.5万件，社区矫正对象6000人，公证8万件，律师事务所新增120家。上海法治建设稳步推进，上海市民满意度提升。\n",
        dict(agency="上海市司法局"),
    ),
    "a state-level new area keeps its province in its name (江西赣江新区)": (
        "江西赣江新区管理委员会2023年法治政府建设情况报告\n\n2023年，江西赣江新区管理委员会在江西省委、省政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n江西赣江新区管理委员会\n2024年1月20日\n",
        dict(agency="江西赣江新区管理委员会"),
    ),
    "国务院法制办 is spelled out without a government in it": (
        "关于2016年度推进依法行政工作情况的报告\n\n2016年，国务院法制办认真贯彻党中央、国务院决策部署，坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n国务院法制办\n2017年3月1日\n",
        dict(agency="国务院法制办公室"),
    ),
    "市级机关 and 府院联动 stay inside real bodies' names": (
        "中共上海市市级机关工作委员会2023年度法治建设工作情况报告\n\n2023年，市级机关工作党委，坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n中共上海市市级机关工作委员会\n2024年1月20日\n",
        dict(agency="中共上海市市级机关工作委员会"),
    ),
    "射阳县府院联动工作办公室 is a body": (
        "2023年度工作总结\n\n2023年，射阳县府院联动工作办公室，坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n射阳县府院联动工作办公室\n2024年1月20日\n",
        dict(agency="射阳县府院联动工作办公室"),
    ),
    "the session that passed a law (民法典由十三届全国人大三次会议审议通过) dates no later item": (
        "吴忠市司法局开展民法典宣传月活动\n\n近日，吴忠市司法局组织开展“美好生活·民法典相伴”主题宣传活动，深入社区发放宣传资料。\n民法典由十三届全国人大三次会议审议通过，被称为“社会生活的百科全书”。截至2023年5月底，吴忠市司法局已累计开展民法典宣传活动120余场。\n",
        dict(report_year=2023),
    ),
    "headlines about a body's own 官方抖音号, a series' episode and 主流媒体 stay headlines": (
        "吴忠市公安局正式开通官方抖音号\n发布时间：2023-05-06 10:20  来源：吴忠市公安局\n\n5月5日，吴忠市公安局正式开通官方抖音号，民警将通过短视频发布警情通报和反诈提示。\n",
        dict(title="吴忠市公安局正式开通官方抖音号"),
    ),
    "a series' episode with its subtitle is a headline": (
        "法治护航 吴忠在行动——法治政府建设系列报道之三\n发布时间：2023-05-06 10:20  来源：吴忠市公安局\n\n近日，吴忠市司法局深入推进法治政府建设，公共法律服务体系不断完善。\n",
        dict(title="法治护航吴忠在行动——法治政府建设系列报道之三"),
    ),
    "a headline about 主流媒体 is a headline": (
        "中央主流媒体、网络名人走进吴忠看法治建设\n发布时间：2023-05-06 10:20  来源：吴忠市公安局\n\n5月5日，中央主流媒体、网络名人走进吴忠，实地了解吴忠市法治政府建设成效。\n",
        dict(title="中央主流媒体、网络名人走进吴忠看法治建设"),
    ),
    "a report titled by its file name loses only the .pdf": (
        "吴忠市司法局2023年法治政府建设年度报告.pdf\n\n2023年，吴忠市司法局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n一、主要举措\n（一）加强党的领导\n",
        dict(title="吴忠市司法局2023年法治政府建设年度报告"),
    ),
    "?? before a place's level word is a lost place name, not a mirror's indent": (
        "??市公安局2023年度法治政府建设工作报告\n\n2023年，??市公安局在市委、市政府和省公安厅的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。\n??市公安局\n2024年1月20日\n",
        dict(agency=None, title="??市公安局2023年度法治政府建设工作报告"),
    ),
    "a feature under its headline that opens on its leadership is news": (
        "吴忠市司法局：“三个聚焦”推动行政执法提质增效\n\n在自治区司法厅的正确领导下，吴忠市司法局聚焦行政执法规范化建设，推动法治政府建设向纵深发展。\n一、聚焦制度建设，夯实执法基础\n出台行政执法公示办法，规范执法行为。\n二、聚焦队伍建设，提升执法能力\n组织执法人员培训12期。\n",
        dict(doc_type="news"),
    ),
    "a district name other cities share takes no municipality the text does not print with it": (
        "和平区司法局赴天津考察学习公共法律服务工作\n5月10日,和平区司法局组织考察组赴天津学习公共法律服务体系建设经验,天津市司法局介绍了有关情况。\n",
        dict(agency="和平区司法局"),
    ),
    "a day observed every year since a known first one dates an undated item over a span's start": (
        "青海西宁:吸毒人员数量下降 毒品治理成效持续显现\n"
        "西宁6月25日电 25日,记者从青海省西宁市公安局举办的新闻发布会获悉,西宁市现有吸毒人员数量持续下降。\n"
        "今年6月26日是第37个“国际禁毒日”。西宁市公安局禁毒支队介绍,2022年以来,西宁市共破获毒品案件120起。\n",
        dict(report_year=2024),
    ),
    "the seventh 全民国家安全教育日 is 2022's": (
        "今天是第七个“全民国家安全教育日”,南阳市中级人民法院采取多种形式,开展全民国家安全教育日普法宣传活动,"
        "着力提高公民国家安全意识,为南阳高质量发展营造了良好的法治环境。\n开展普法宣传。4月15日,南阳中院刑事审判第一庭开展宣传。\n",
        dict(report_year=2022),
    ),
    "a yearbook's entry (【概况】 2018年,…) is `other`, whatever it reports": (
        "【概况】 2018年,市政府突出法治政府建设工作的计划性,印发《2018年威海市法治政府建设工作计划》,"
        "明确2018年度全市法治政府建设的重点内容、责任单位和完成时限。\n【依法行政】 2018年,全市办理行政复议案件120件。\n",
        dict(doc_type="other"),
    ),
    "a column tag before a work report's title is no yearbook entry": (
        "【投资肥西县】2018年紫蓬镇政府工作报告\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n",
        dict(doc_type="annual_report"),
    ),
    "a progress notice (现将有关情况通报如下) and an open letter (…一封信) are `other`": (
        "2024年四季度重点工作及主要经济指标完成情况\n发布时间:2025-02-08 12:00\n"
        "根据区政府重点工作责任分解的通知,区督查考核办对重点工作进展情况进行了跟踪督办,现将有关情况通报如下:\n一、完成情况\n",
        dict(doc_type="other"),
    ),
    "an open letter is `other`": (
        "致清远市各界朋友的一封信\n各界朋友:\n法治政府建设与每一位市民息息相关,欢迎大家参与法治政府建设示范创建。\n",
        dict(doc_type="other"),
    ),
    "a yearbook entry is titled by its subject, an overview by the heading above it": (
        "书名:\n一级目:法治 The rule of law\n二级目:法治政府建设 Building a government under the rule of law\n"
        "【行政应诉】2021年,秀英区认真执行《海口市人民政府应诉工作规则》,规范行政应诉行为,全年代理行政诉讼案件40宗。\n",
        dict(title="行政应诉", doc_type="other"),
    ),
    "a yearbook overview (【综述】) takes the heading above it": (
        "政治文明建设\n依法治市\n【综述】 2015年,佛山市推进全面依法治市,建设法治佛山,共取消审批事项420项。\n",
        dict(title="依法治市", doc_type="other"),
    ),
    "a notice run into one line after its document number keeps its title, and its date signs it": (
        "关于印发赣州市赣县区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知.doc\n"
        "赣区府发〔2021〕3 号 赣州市赣县区人民政府 关于印发赣州市赣县区国民经济和社会发展 第十四个五年规划和二〇三五年 "
        "远景目标纲要的通知 各乡镇人民政府,区政府各部门,区直、驻区各单位: 现将《赣州市赣县区国民经济和社会发展第十四个五年规划 "
        "和二〇三五年远景目标纲要》印发给你们,请认真贯彻执行。 2021 年 4 月 13 日 (此件主动公开) — 1 — 目 录\n",
        dict(title="赣州市赣县区人民政府关于印发赣州市赣县区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知",
             published_date=dt.date(2021, 4, 13), report_year=2021),
    ),
    "a report's own title above a yearbook-style entry stays": (
        "宁乡市司法局2023年度法治政府建设情况报告\n【行政复议】 2023年,宁乡市司法局坚持以习近平法治思想为指导,全面推进法治政府建设。\n",
        dict(title="宁乡市司法局2023年度法治政府建设情况报告"),
    ),
    "the body named right after who led it opens the report, whatever verb follows": (
        "乳山市委、乳山市人民政府:\n2024年,在市委市政府的正确领导下,市市场监管局把握新形势,树立法治新理念,强化法治制度建设。"
        "乳山市市场主体持续增长。\n一、主要工作\n",
        dict(agency="乳山市市场监督管理局"),
    ),
    "a leadership clause before a clause that names no body gives none": (
        "在市委市政府的正确领导下,全市上下齐心协力,法治政府建设取得新成效。\n一、主要工作\n",
        dict(agency=None),
    ),
    "我局 with duties but no place, in a text that speaks as 我市, is the 市 bureau as the text would name it": (
        "2024年,我局在市委市政府的正确领导下,紧紧围绕我市水利改革发展目标任务,依法管理河道、水资源和取水许可。\n"
        "全年办理取水许可12件,河道采砂执法检查30次,水土保持方案审批15件。\n",
        dict(agency="市水利局", province=None),
    ),
    "a feed's relative time above a headline is chrome": (
        "奔流新闻13小时前\n2024年,兰州公安处置有效警情26.44万起 救助服务群众16万余次\n"
        "奔流新闻讯(记者张秀芸)2024年兰州市公安局接报各类有效警情26.44万余起。\n",
        dict(title="2024年,兰州公安处置有效警情26.44万起救助服务群众16万余次"),
    ),
    "a portal's name and column run into a title that names its own place are no part of it": (
        "济南市人民政府 通知公告 济南市2020年法治政府建设情况报告\n2020年,济南市坚持以习近平新时代中国特色社会主义思想为指导,"
        "强力推进法治政府建设。\n一、主要举措和成效\n",
        dict(title="济南市2020年法治政府建设情况报告"),
    ),
    "the portal's name above a year-led title that names its place is the portal, not the issuer": (
        "义乌市人民政府\n2024-02-19\n2023年义乌市法治政府建设工作情况报告\n访问次数:\n"
        "2023年以来,义乌市深入贯彻落实习近平法治思想,法治政府建设取得积极成效。\n一、2023年主要工作情况\n",
        dict(title="2023年义乌市法治政府建设工作情况报告"),
    ),
    "a joint party and government heading stays on a title that names its place": (
        "中共醴陵市委\n醴陵市人民政府\n2021年度醴陵市法治政府建设情况报告\n"
        "2021年,醴陵市坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设取得新成效。\n一、主要举措\n",
        dict(title="中共醴陵市委醴陵市人民政府2021年度醴陵市法治政府建设情况报告"),
    ),
    "a metadata table's 产生日期 dates the page": (
        "上海市市场监督管理局关于2024年度法治政府建设情况的报告\n产生日期 | 2025-01-03 | ||\n"
        "2024年,上海市市场监督管理局深入学习宣传贯彻习近平法治思想,法治政府建设取得新成效。\n一、主要举措\n",
        dict(published_date=dt.date(2025, 1, 3)),
    ),
    "a stamp with its clock below the headline, past the page's first three lines, dates the page": (
        "中新社內(nèi)蒙古分社 • 正文\n 盟市動(dòng)態(tài)\n\n鄂爾多斯東勝公安開(kāi)展夏季治安打擊整治專項(xiàng)行動(dòng)\n\n"
        "2024年07月12日 16:35   來(lái)源: 中新網(wǎng)內(nèi)蒙古新聞\n\n  中新網內蒙古新聞7月12日電(田強)東勝公安分局開展夏季治安打擊整治行動,"
        "共破獲案件21起。\n",
        dict(published_date=dt.date(2024, 7, 12)),
    ),
    "an e-paper's date line with its type-size buttons dates the page": (
        "春华秋实结硕果 保驾护航筑平安\n版面导航\n2016年11月28日 放大 缩小 默认\n"
        "2012年以来,白城市公安局党委在市委、市政府的正确领导下,共破获刑事案件1.2万起。\n",
        dict(published_date=dt.date(2016, 11, 28)),
    ),
    "a cover note's date behind a mirror's ?? indent is its signature": (
        "各縣(市)、區人民政府,市政府各直屬單位:\n??經市政府同意,現將《牡丹江市防治慢性病中長期規劃(2018—2025年)》印發給你們,"
        "請認真貫徹執行。\n牡丹江市人民政府辦公室\n??2018年5月14日\n??牡丹江市防治慢性病中長期規劃(2018—2025年)\n"
        "??為積極推進慢性病防治工作,降低疾病負擔,制定本規劃。\n",
        dict(published_date=dt.date(2018, 5, 14)),
    ),
    "a page's first line, its title stamped with an ISO date, dates the page": (
        "上海市杨浦区2020年政府有关工作情况和2021年主要工作汇编 2021-01-06\n\n上海市杨浦区\n\n"
        "2020年政府有关工作情况和2021年主要工作汇编\n目  录\n1、疫情防控有力有效\n2、创新能级进一步提升\n"
        "2020年,杨浦区坚持以习近平新时代中国特色社会主义思想为指导,统筹推进疫情防控和经济社会发展。\n",
        dict(published_date=dt.date(2021, 1, 6)),
    ),
    "a header line opening with the site's domain, then the stamp, dates the page": (
        "泉州建多个反诈骗中心 追缴被骗款项近2000万元\nusa.fjsen.com 2016-07-07 15:19:50   来源:中国新闻网 责任编辑:兰楚文\n\n"
        "中新网泉州7月7日电 (廖静)福建泉州市公安局7日披露,3个月来,该市已经破获电信网络诈骗案900起。\n",
        dict(published_date=dt.date(2016, 7, 7), report_year=2016),
    ),
    "a reporter's photo credit and a column named for a society are no headline": (
        "法治文化研究会\n眉山市人大常委会开展法治政府建设工作专题调研\n"
        "3月11日—12日,眉山市人大常委会副主任李永高带队,专题调研全市法治政府建设工作。\n",
        dict(title="眉山市人大常委会开展法治政府建设工作专题调研"),
    ),
    "a clause of leaders leading a bureau, or of a place's geography, names no body": (
        "本网讯通讯员徐少强报道:12月28日下午,咸安区政府主要领导带领区生态环境分局、区水务和湖泊局负责人督办环保督察问题整改。\n"
        "深圳市龙华区位于深圳地理中心,实际服务管理人口超313万。\n",
        dict(agency=None),
    ),
    "a riverside area (滨江区域) is no district": (
        "美丽栖霞底色更加鲜明。幕燕滨江风貌区转型发展,燕子矶滨江区域首次列入马拉松终点赛段,滨江区域环境持续改善。\n"
        "基层社会治理成效显著。坚持和发展新时代“枫桥经验”城市版,社会大局安定有序。\n",
        dict(agency=None, district=None),
    ),
    "an app banner is no headline, and a newspaper's stamp under the headline dates the page": (
        "打开ChinaNews阅读\n\n开州区上半年依法审结各类案件6750件\n\n开州日报2017-08-14 11:13:24\n\n"
        "  近日,记者从重庆市开州区人民法院新闻发布会上获悉,今年上半年,区人民法院审结各类案件6750件。\n",
        dict(title="开州区上半年依法审结各类案件6750件", published_date=dt.date(2017, 8, 14), report_year=2017),
    ),
    "a work report's delivery date and speaker after its title, and a link under it, are no part of it": (
        "温州市政府工作报告(2021年2月2日 姚高员)\n\n2021年02月23日 14:28   来源:温州日报   \n\n"
        "  点击查阅更多2021年地方政府工作报告\n\n  2021年2月2日在温州市第十三届人民代表大会第六次会议上\n\n"
        "  温州市市长 姚高员\n\n  各位代表:\n\n  现在,我代表市人民政府向大会报告工作,请予审议。\n",
        dict(title="温州市政府工作报告", report_year=2020),
    ),
    "a text that speaks as 我局 without naming it is no government's": (
        "2023年,我局坚持以习近平新时代中国特色社会主义思想为指导,按照《2023年渝中区法治政府建设工作要点》要求,"
        "不断深化法治政府建设。现将有关情况报告如下:\n一、2023年推进法治政府建设的主要举措和成效\n",
        dict(agency=None, report_year=2023),
    ),
    "a headline printed twice before its subtitle and byline in the page's header is the title, once": (
        "党建引领聚合力 服务大局显担当 党建引领聚合力 服务大局显担当——封丘县人民法院司法为民工作纪实 作者:郭文涛 发布时间:2025-11-25 18:20:58\n"
        "初冬的封丘,黄河故道的风裹着寒意掠过田野,封丘县人民法院里涌动着暖意。\n"
        "今年以来,封丘县人民法院紧紧围绕“公正与效率”工作主题,审结各类案件5000余件。\n",
        dict(title="党建引领聚合力服务大局显担当——封丘县人民法院司法为民工作纪实", published_date=dt.date(2025, 11, 25)),
    ),
    "a site's banner, its reporting line and its e-paper issue are no headline": (
        "陕西工人报官方网站|陕工网首页今天是\n跟帖评论自律管理承诺书 不良信息举报电话:陕工网(029-87339475)\n"
        "第7475期:第01版 首版\n陕西2020年全面依法治省“任务书”出炉\n"
        "本报讯(成全勃)5月8日,记者从省委依法治省办获悉:2020年是全面建成小康社会和“十三五”规划收官之年。\n",
        dict(title="陕西2020年全面依法治省“任务书”出炉"),
    ),
    "informal short names of a bureau and a commission are spelled out as their keys": (
        "重庆上半年环境监察执法处罚1071起\n记者从重庆市环保局获悉,今年上半年,全市环境监察执法共处罚1071起。\n"
        "重庆市环保局有关负责人介绍,全市环保系统将继续加大执法力度。\n",
        dict(agency="重庆市环保局", agency_key="重庆市环境保护局"),
    ),
    "a district's work report that names its province only by 海南 is Hainan's, not 海南州's": (
        "一、2024年工作回顾\n(一)改革创新优环境稳实体\n(二)多措并举稳增长促投资\n(三)建管并重提品质促融合\n(四)系统推"
        "进守红线优生态\n(五)用心用情兜底线办实事\n(六)笃行实干强作风提效能\n二、2025年工作安排\n(一)深化改革、扩大开放"
        "\n(二)扛稳优势、集群发展\n(三)拓展增量、扩大内需\n(四)完善功能、以文塑城\n(五)系统推进、夯实产业\n(六)生态优先"
        "、绿色发展\n(七)尽力而为、量力而行\n三、切实加强政府自身建设\n2025年龙华区政府工作报告\n各位代表:\n现在,我代表区"
        "人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n一、2024年工作回顾\n刚刚过去的一年,党的二"
        "十届三中全会胜利召开,释放了坚定不移高举开放旗帜的强烈信号。习近平总书记时隔两年再次亲临海南,听取省委和省政府工作汇报并"
        "发表重要讲话,全区上下备受鼓舞、倍感振奋,极大增强了我们加快建设海南自由贸易港的信心和决心。一年来,我们坚持以习近平新时"
        "代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届二中、三中全会精神,在市委、市政府和区委的正确领导下,在区人"
        "大、区政协的监督支持下,承压前行、攻坚克难,有效应对超强台风“摩羯”等不利因素影响,推动经济持续平稳健康发展、社会大局保"
        "持和谐稳定。全区地区生产总值增长3.5%,地方一般公共预算收入增长0.3%,社会消费品零售总额增长3.7%,固定资产投资",
        dict(province="海南省", city="海口市", district="龙华区"),
    ),
    "a yearbook's 下设 clause names no body, and 北区 is no Hong Kong district": (
        "满洲里市\n【概况】满洲里市下设北区街道办事处、南区街道办事处等7个街道办事处。2017年,全市地区生产总值增长5%。\n"
        "【法治建设】满洲里市人民政府坚持依法行政,全年办理行政复议案件12件。\n",
        dict(agency="满洲里市人民政府", province="内蒙古自治区"),
    ),
    "an inspection team's visit names no body called the team; the province it names issues the text": (
        "省依法行政考核组莅临省民政厅考核\n2020年度依法行政工作\n时间:2021-01-13 来源:厅办公室\n"
        "1月11日,按照省法治政府建设领导小组办公室2020年度依法行政考核工作部署,河南省依法行政第一考核组莅临省民政厅开展实地考核。\n",
        dict(agency="河南省人民政府"),
    ),
    "安监局 is spelled out as its key": (
        "2016年,天津市滨海新区安监局坚持依法行政,全年开展安全生产执法检查1200余次。\n"
        "天津市滨海新区安监局将继续推进法治政府建设。\n",
        dict(agency="天津市滨海新区安监局", agency_key="天津市滨海新区安全生产监督管理局"),
    ),
    "城市管理委 is spelled out as its key": (
        "2025年,天津市城市管理委坚持以习近平法治思想为指导,全年开展城市管理行政执法检查1.2万余次。\n"
        "天津市城市管理委将继续推进严格规范公正文明执法。\n",
        dict(agency="天津市城市管理委", agency_key="天津市城市管理委员会"),
    ),
    "国土厅 is spelled out as its key": (
        "记者从辽宁省国土厅获悉,今年1-7月,全省共立案查处违法用地案件312件。\n辽宁省国土厅有关负责人表示,将继续加大执法力度。\n",
        dict(agency="辽宁省国土厅", agency_key="辽宁省国土资源厅"),
    ),
    "a report that opens with a county-level city's one short name speaks for that city": (
        "2023 年,邹城坚持以习近平新时代中国特色社会主义思想为指导,积极推进依法行政,持续提升法治政府建设质效。\n"
        "一、主要举措\n在济宁市委、市政府的坚强领导下,济宁市法治政府建设考核中邹城位居前列。\n",
        dict(agency="邹城市人民政府", district="邹城市"),
    ),
    "a disclosure report compiled from its cities' and departments' is the province's": (
        "本报告依据《中华人民共和国政府信息公开条例》和《河北省实施〈中华人民共和国政府信息公开条例〉办法》要求,"
        "在2020年各市(含定州、辛集市)、雄安新区、省政府各部门政府信息公开工作年度报告基础上编制。\n"
        "全文由总体情况、主动公开政府信息情况等六部分组成。\n一、总体情况\n",
        dict(agency="河北省人民政府", city=None),
    ),
    "a page's date under a traditional 時間 label dates a notice": (
        "甘肅省人民政府辦公廳關于全面治理拖欠農民工工資問題的實施意見\n  • 時間:2016-04-20\n  • 點擊:371\n"
        "甘政辦發〔2016〕46號\n各市、自治州人民政府,省政府有關部門:\n"
        "為貫徹落實《國務院辦公廳關于全面治理拖欠農民工工資問題的意見》,有效預防和治理拖欠農民工工資問題,現提出如下實施意見。\n一、目標任務\n",
        dict(published_date=dt.date(2016, 4, 20), report_year=2016),
    ),
    "a work report's delivery line without 在 dates it": (
        "政府工作报告\n——2016年1月6日大连市西岗区第十七届人民代表大会第四次会议大连市西岗区人民政府区长阎利军\n各位代表:\n"
        "现在,我代表区政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n",
        dict(published_date=dt.date(2016, 1, 6), report_year=2015),
    ),
    "a traditional delivery line broken after its place dates the report": (
        "2021年通化市東昌區(qū)政府工作報(bào)告\n——2021年1月5日在通化市東昌區(qū)\n第九屆人民代表大會(huì)第五次會(huì)議上\n"
        "區(qū)委書記、區(qū)長 宋 強(qiáng)\n各位代表:\n現(xiàn)在,我代表區(qū)政府向大會(huì)報(bào)告政府工作,請予審議。\n",
        dict(published_date=dt.date(2021, 1, 5)),
    ),
    "a reposting site's stamp with its comment link dates the page": (
        "海南省政府关于2017年度法治政府建设情况的报告\n\n法律法规网 佚名\n法律法规网 海南政府网  法律法规网 2018-04-12 17:22:43  评论()\n\n"
        "2017年,海南省坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设取得新成效。\n",
        dict(published_date=dt.date(2018, 4, 12)),
    ),
    "a notice's title with a counter and a tag run into it, above the page's labels": (
        "市政府办公室关于印发徐州市生活必需品市场供应应急预案的通知0\n政策\n发布部门:市人民政府办公室\n发布时间:2019年12月06日\n"
        "市政府办公室关于印发徐州市生活必需品市场供应应急预案的通知\n徐政办发〔2019〕107号\n各县(市)区人民政府,市各直属单位:\n"
        "经市政府同意,现将修订后的《徐州市生活必需品市场供应应急预案》印发给你们,请认真贯彻执行。\n",
        dict(title="市政府办公室关于印发徐州市生活必需品市场供应应急预案的通知"),
    ),
    "a draft plan with two notes after its span is another genre, dated by its page": (
        "法治普陀建设规划(2026-2030年)(草案)\n发布时间:2025-12-01\n"
        "为深入贯彻习近平法治思想,全面推进法治普陀建设,制定本规划。\n一、总体要求\n",
        dict(doc_type="other", report_year=2025),
    ),
    "a disclosure guide is another genre": (
        "伊州区德外里乡人民政府2023年政府信息公开指南\n"
        "为了更好地提供政府信息公开服务,根据《中华人民共和国政府信息公开条例》,编制本指南。\n一、主动公开\n",
        dict(doc_type="other"),
    ),
    "a report on rectifying an inspection's findings is another genre, its government the issuer": (
        "定西市贯彻落实省级生态环境保护督察反馈问题整改工作进展情况\n"
        "2021年,定西市委、市政府高度重视省级生态环境保护督察反馈问题整改工作,全市已完成整改任务26项。\n一、整改工作推进情况\n",
        dict(doc_type="other", agency="定西市人民政府"),
    ),
    "a gazette's issue is dated by its page, not by a document it prints": (
        "2022年政府公报第5期\n来源:政府办 发布时间:2022-11-17 字体:[ ]\n\n2022第5期(总第144期)\n\n目 录\n\n文件选登\n\n"
        "关于印发《南通市海门区“十四五”生态环境保护规划》的通知 (1)\n\n"
        "“十四五”时期是海门区生态环境保护工作的关键时期,全区生态环境质量持续改善,各部门依法履行监管职责。\n"
        "南通市海门区人民政府办公室\n2022年9月8日\n",
        dict(doc_type="other", published_date=dt.date(2022, 11, 17)),
    ),
    "an undated proposal is dated by the plenary session that made it": (
        "中国共产党拉萨市委员会关于制定“十五五”时期国民经济和社会发展规划的建议\n"
        "(中国共产党拉萨市第十届委员会第九次全体会议通过)\n"
        "全会认真学习贯彻党的二十届四中全会精神,审议通过了《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。"
        "市委全会认真学习贯彻全会精神,就制定拉萨市“十五五”规划提出如下建议。\n一、“十四五”时期取得的成就\n"
        "全市坚持依法行政,法治政府建设、平安建设和社会治理取得新成效,政府工作和服务群众水平持续提升。\n",
        dict(doc_type="other", report_year=2025),
    ),
    "a mirror's glossed 發(fā)布時間 line is chrome and dates the page": (
        "處罰5569人!湖北省衛(wèi)健委通報巡視整改進展\n\n發(fā)布時間:2023-06-24\n\n根據省委巡視工作統("
        "tǒng)一部署,2022年8月下旬至9月底,省委第五巡視組對省衛(wèi)生健康委黨組開展了營造“三個環(huán)境"
        "”專項巡視。2022年11月9日,省委第五巡視組向省衛(wèi)生健康委黨組反饋了巡視意見。按照巡視工作有關要求,現將集"
        "中整改進展情況予以公布。\n\n一、巡視整改組織領導情況\n\n(一)提高站位抓整改,深刻領會巡視整改的重大意義\n\n委黨組深入學"
        "習貫徹黨的二十大、習近平總書記關于湖北工",
        dict(published_date=dt.date(2023, 6, 24)),
    ),
    "a dated source line with a byline is no headline": (
        "市公安局开展夏季治安打击整治行动\n2024年01月05日 来源 法治日报 作者:张三\n"
        "1月4日,记者从市公安局获悉,夏季治安打击整治行动开展以来,全市共破获刑事案件320起。\n",
        dict(title="市公安局开展夏季治安打击整治行动"),
    ),
    "a headline on a member's proposal is news, and a report with a rectification part is a report": (
        "市政协委员提出关于加强法治政府建设的建议\n发布时间:2024-03-05 来源:市政协\n"
        "3月4日,市政协委员张明在市政协会议上提出关于加强法治政府建设的建议,建议完善行政执法监督机制。\n",
        dict(doc_type="news"),
    ),
    "a forwarded plan is another genre": (
        "【权威】省委、省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021—2025年)》\n\n"
        "近日,省委、省政府转发了《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021—2025年)》,"
        "并发出通知,要求各地区各部门结合实际认真贯彻落实。\n",
        dict(doc_type="other"),
    ),
    "news of a city's traffic police is its traffic police detachment's": (
        "春节期间大连交警全力保障道路交通安全\n发布时间:2024-02-18 来源:大连市公安局\n"
        "春节期间,大连交警共出动警力1.2万人次,查处酒驾违法行为86起。交警部门提醒广大驾驶人遵守交通法规。"
        "大连交警将继续加强路面管控,确保全市道路交通安全。\n",
        dict(agency="大连市公安局交通警察支队"),
    ),
    "a city's police news that mentions its traffic police a few times stays the bureau's": (
        "银川公安圆满完成国庆安保任务\n发布时间:2023-10-08 来源:银川市公安局\n"
        "国庆期间,银川市公安局共出动警力8000余人次,全市刑事警情同比下降12%。交警部门加强路面巡逻,"
        "交警、特警联合开展巡查。\n",
        dict(agency="银川市公安局"),
    ),
    "news of a city's political-legal work as a whole is its party committee's 政法委's": (
        "“生活在来宾,最大的感觉是平安。” 2002年建市以来,来宾政法机关在市委、市政府领导下,统筹推进平安来宾建设,"
        "政法队伍建设不断加强。全市刑事案件发案数连续5年下降,群众安全感测评得分稳步提升。\n",
        dict(agency="中共来宾市委政法委员会"),
    ),
    "police news that mentions the political-legal organs once stays the police's": (
        "大庆警方破获特大电信诈骗案\n发布时间:2021-06-10\n近日,大庆市公安局民警经过缜密侦查,破获一起特大电信网络诈骗案,"
        "抓获犯罪嫌疑人12名。警方提醒,政法机关将持续打击电信网络诈骗犯罪,民警提醒群众提高警惕。\n",
        dict(agency="大庆市公安局"),
    ),
    "a year's work plan that lost its title is another genre, of the year it opens on": (
        "2025年全市应急管理工作总体要求是:以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十届三中全会精神,"
        "坚决筑牢安全生产底线,不断建设更高水平的平安武汉。\n一、着力防范化解重大安全风险\n",
        dict(doc_type="other", report_year=2025),
    ),
    "a police bureau that names itself keeps its news of the 政法队伍 campaign": (
        "乌海市公安局召开政法队伍教育整顿动员部署会\n发布时间:2021-03-10 来源:乌海市公安局\n"
        "3月9日,乌海市公安局召开政法队伍教育整顿动员部署会,对全局政法队伍教育整顿工作进行动员部署。\n",
        dict(agency="乌海市公安局"),
    ),
    "an e-paper reader's clock on two lines is today's date, not the page's": (
        "电子报阅读机\n2026-01-25\n星期日\n当前报纸名称:铜陵日报\n\n集中返赃挽损 回应群众期盼\n\n日期:11-17\n"
        "本报讯(记者 邓妍)“真心感谢民警的快速破案,帮我追回了被骗资金。”铜官分局近日集中返还赃款12万元。\n",
        dict(published_date=None),
    ),
    "a scraper's record after the headline ends its line and is no part of the title": (
        "湖北警方2022年破获电诈案件逾2万起******url:https://m.gmw.cn/2023-01/04/content_1303244132.htm,id:1303244132\n"
        "中新网武汉1月4日电 (武一力 杨保华)记者4日从湖北省公安厅获悉,2022年,湖北警方破获电诈案件21240起,打掉犯罪团伙1450个。\n",
        dict(title="湖北警方2022年破获电诈案件逾2万起"),
    ),
    "a page's 发布时间 stamp run into the title line dates the page": (
        "惠州市人民政府关于2022年度法治政府建设情况的报告发布时间:2023-01-31 16:38:31来源:惠州市政府办公室浏览字号:大|中|小分享到:"
        "  2022年以来,在市委的正确领导下,市政府坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。\n",
        dict(published_date=dt.date(2023, 1, 31)),
    ),
    "a source line that ends in a date without a clock dates the page": (
        "河南首轮扫黑除恶专项斗争收网,抓获犯罪嫌疑人1481人\n\n  来源:新华社佚名2018-02-07\n打印本文\n"
        "记者从河南省公安厅获悉,1月25日至2月1日,该省调动上万名警力,开展第一轮集中收网行动,共抓获犯罪嫌疑人1481人。\n",
        dict(published_date=dt.date(2018, 2, 7), report_year=2018),
    ),
    "a work report delivered late in the year it reviews, its date in brackets after the title": (
        "2024年政府工作报告(2024年12月26日)\n发布时间:2024-12-30 来源:黄石港区人民政府\n\n政府工作报告\n\n"
        "——20241226日在黄石港区第十一届人民代表大会\n\n第四次会议上\n\n区长\n\n各位代表:\n\n"
        "现在,我代表区人民政府,向大会报告工作,请予审议。\n\n一、2024年工作回顾\n\n2024年是实现“十四五”规划的关键一年。\n",
        dict(report_year=2024, published_date=dt.date(2024, 12, 30), title="2024年政府工作报告"),
    ),
    "a work report that lost its title reviews the year before its delivery": (
        "——2017年1月10日在上海市宝山区第八届\n人民代表大会第一次会议上\n宝山区区长范少军\n各位代表:\n"
        "现在,我代表宝山区人民政府,向大会报告工作,请予审议。\n一、过去五年工作回顾\n"
        "过去五年,我们围绕经济发展好,经济综合实力显著提升。预计2016年实现增加值1047亿元,是2011年的1.4倍。"
        "完成区地方财政收入140亿元,均为2011年的1.7倍。第三产业增加值占比超过69.2%,比2011年提高14个百分点。\n",
        dict(report_year=2016, published_date=dt.date(2017, 1, 10), doc_type="annual_report"),
    ),
    "a menu run into a report title is left out": (
        "首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心\n2016年天津市红桥区人民政府工作报告\n\n  各位代表:\n\n  "
        "现在,我代表红桥区人民政府,向大会作工作报告,请予审议。\n\n  2015年工作的简要回顾\n",
        dict(title="2016年天津市红桥区人民政府工作报告", agency="天津市红桥区人民政府"),
    ),
    "a short form no body signs with is spelled out as its key: 市场监管委": (
        "市市场监管部门严查各类违法行为公布第134批典型案例\n来源 :天津日报 发布时间 :2020-11-30\n"
        "为切实加强我市新冠肺炎疫情防控期间的市场监管,维护人民生命健康和社会稳定,天津市市场监管委严厉查处各类违法行为,公布第134批典型案例。\n"
        "西青区市场监管局依法对天津某电子科技有限公司进行检查。经查,该公司生产的口罩不符合标准要求。\n",
        dict(agency="天津市市场监管委", agency_key="天津市市场监督管理委员会", district=None),
    ),
    "a batch of typical cases is a list, not news": (
        "天津市市场监管委公布2021民生领域案件查办“铁拳”行动典型案例(第三批)\n发布时间:2021-09-10 09:30\n"
        "一、天津某商贸有限公司销售不合格电动自行车案\n",
        dict(doc_type="other"),
    ),
    "an ad's picture caption atop a work report is no title": (
        "图:天下口碑数据库插播\n政 府 工 作 报 告\n——2021年2月3日在昌江黎族自治县第十五届\n人民代表大会第七次会议上\n"
        "县长 林谟谐\n各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议。\n",
        dict(title="政府工作报告"),
    ),
    "a bare year under a title is no subtitle": (
        "返回顶部\n乌兰察布市交通运输局2020年政府信息公开工作年度报告\n——2020\n来源:交通局 发布时间:2021-01-14 09:46 作者:交通局\n"
        "根据《中华人民共和国政府信息公开条例》要求编制,本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n",
        dict(title="乌兰察布市交通运输局2020年政府信息公开工作年度报告"),
    ),
    "a work report's speaker represents the government of the place whose congress hears it": (
        "——2025年1月4日在虎林市第七届人民代表大会第七次会议上\n市长 曹国锋\n各位代表:\n"
        "现在,我代表市人民政府向大会报告工作,请予审议,并请列席同志提出意见。\n一、2024年工作回顾\n"
        "2024年,我们坚持以习近平新时代中国特色社会主义思想为指导,在鸡西市委坚强领导下,锚定“美丽新虎林”建设目标。\n",
        dict(agency="虎林市人民政府", city="鸡西市", district="虎林市", report_year=2024),
    ),
    "a delivery line broken after 届 still names the congress's place": (
        "政 府 工 作 报 告\n——2021年2月3日在昌江黎族自治县第十五届\n人民代表大会第七次会议上\n县长 林谟谐\n各位代表:\n"
        "现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。\n"
        "一、2020年回顾及十三五发展主要成就\n2020年是昌江发展史上极不平凡的一年。\n",
        dict(agency="昌江黎族自治县人民政府", province="海南省", city=None, district="昌江黎族自治县", report_year=2020),
    ),
    "a headline led by its place reports the figures of the body the reporter had them from": (
        "白銀市2017年共查處各類道路交通違法行為 96萬余起\n編輯:王軍 信息來源: 西e網—白銀新聞網發布時間:2018-1-5\n"
        "1月3日,記者從市交警支隊獲悉,2016年12月1日至2017年11月30日,全市共發生道路交通事故665起、死亡137人。\n"
        "在去年的工作中,我市以文明城市創建為契機,開展文明交通勸導活動。\n",
        dict(agency="白銀市公安局交通警察支隊", agency_key="白银市公安局交通警察支队", city="白银市"),
    ),
    "a province's traffic police news is its traffic bureau's, by the name the text prints": (
        "西藏召开全区公安交管工作会议\n发布时间:2022-03-02 10:20\n"
        "3月1日,全区公安交管工作会议在拉萨召开,总结2021年全区公安交警工作,自治区公安厅交管局负责人出席。\n"
        "会议指出,2021年全区交警部门查处交通违法行为同比上升,交管部门持续推进道路交通安全整治。\n",
        dict(agency="西藏自治区公安厅交通管理局", province="西藏自治区", city=None),
    ),
    "依法治市办 is no act of the 市委 before it": (
        "昆山市委依法治市办以争创“法治政府建设示范市”为目标,组织全市各单位层层发动,高标准推进法治政府建设。"
        "日前,昆山2地区2项目获评苏州第一批法治政府建设示范。\n一是锚定战略目标,围绕服务中心抓好示范创建。\n",
        dict(agency="昆山市委依法治市办"),
    ),
    "a development zone's 管委会 is named whole": (
        "许昌市城乡一体化示范区管委会关于2023年度法治建设工作的报告\n【信息时间:2024-03-01 10:15  阅读次数: 】\n"
        "中共许昌市城乡一体化示范区工作委员会:\n2023年,管委会在党的二十大精神的指引下,深入学习贯彻落实习近平法治思想。\n",
        dict(agency="许昌市城乡一体化示范区管委会", doc_type="annual_report", report_year=2023),
    ),
    "a standing committee's work report is a yearly report, of the year before it is heard": (
        "荆州市人民代表大会常务委员会工作报告\n\n日期:2017-01-22 来源:荆州市人大常委会办公室\n\n"
        "(2017年1月9日在荆州市第五届人民代表大会第一次会议上)\n\n荆州市人大常委会副主任 陈爱平\n\n各位代表:\n\n"
        "现在,我受市四届人大常委会委托,向大会报告工作,请予审议。\n\n六年工作回顾\n\n"
        "六年来,在市委的坚强领导下,市人大常委会认真贯彻落实党的十八大精神,依法履行职责。\n",
        dict(doc_type="annual_report", report_year=2016, agency="荆州市人民代表大会常务委员会"),
    ),
    "an undated excerpt of a work report is of the last year its review names; its date line names the outlet": (
        "張葉飛作政府工作報告(摘要)\n\n2020-11-30 中共江蘇省委新聞網\n\n  2019年高質量發展邁出堅實步伐\n\n"
        "  預計實現地區生產總值4200億元,增長6.1%;一般公共預算收入306.9億元,增長1.8%。\n",
        dict(doc_type="annual_report", published_date=dt.date(2020, 11, 30)),
    ),
    "a report on one matter, of no year, is neither news nor a yearly report": (
        "自治区人民政府关于依法行政情况的报告\n发布时间:2015-09-23\n"
        "自治区人大常委会:\n根据自治区人大常委会2015年监督工作计划,受自治区人民政府委托,向常委会报告依法行政情况,请予审议。\n",
        dict(doc_type="other"),
    ),
    "a short form no body signs with is spelled out as its key: 旅游委": (
        "三亚旅游委开展安全生产大检查\n发布时间:2016-08-08 10:12\n"
        "8月5日,三亚市旅游委组织开展旅游行业安全生产大检查,共检查旅游企业26家,排查整改隐患12处。\n",
        dict(agency="三亚市旅游委", agency_key="三亚市旅游发展委员会"),
    ),
    "a province's bureau named by the province's short name is keyed by its full name": (
        "4\n交通整治进行时\n近日,记者从宁夏公安厅交通管理局了解到,全区夏季治安打击整治行动部署以来,交警部门紧盯重点车辆,"
        "严查酒驾醉驾、货车超载、违法载人等各类交通违法行为36.6万余起,切实消除动态安全风险隐患。\n记者 寇莉苹 摄\n",
        dict(agency="宁夏公安厅交通管理局", agency_key="宁夏回族自治区公安厅交通管理局", province="宁夏回族自治区"),
    ),
    "a province's traffic police named only by their work are its department's, by the name the province uses": (
        "原标题:采取最严执法 实施顶格处理\n春节我省交通事故同比下降逾三成\n"
        "海口网2月22日消息(记者赵莎)春节期间,海南公安交警部门全体民警放弃节日休息坚守岗位,集中整治各类突出交通违法,"
        "道路交通事故同比下降超过30%,确保了节日期间全省道路交通安全形势平稳。\n"
        "春节期间,全省公安交警采取最严执法,实施顶格处理。期间,全省共出动警力14000余人次,启动交警执法服务站71个。\n"
        "各市县交警大队全员上路,确保群众平安出行。\n",
        dict(agency="海南省公安厅交通警察总队", province="海南省"),
    ),
    "a work report's speaker represents his government, not its term": (
        "——2018年1月10日在昆都仑区第十五届人民代表大会第二次会议上\n各位代表:\n"
        "现在,我代表区十五届人民政府向大会报告工作,请予审议。\n一、2017年工作回顾\n2017年,全区经济社会持续健康发展。\n",
        dict(agency="昆都仑区人民政府", report_year=2017),
    ),
    "a page's stamp written with dots dates the page": (
        "情人节之夜 靖边交警城区一中队严查酒驾不停歇\n\n2017.02.16 11:34 在榆林网综合(Zaiyulin.Cn) 王佳玲\n\n"
        "在榆林网2月16日讯:为全力保障我县人民群众生命财产安全,靖边县公安局交警大队城区一中队全警动员开展夜间酒驾整治。\n",
        dict(published_date=dt.date(2017, 2, 16)),
    ),
    "a bracketed date after the first line's title dates the page": (
        "改革开放40年上海法治政府建设研究 (2018-12-11)\n\n\n《政府法制研究》2018年第12期(总第316期)\n\n\n"
        "改革开放40年上海法治政府建设研究\n\n\n●通过对上海法治政府建设40年来的回顾总结,我们可以看到政府的法治意识不断增强。\n",
        dict(published_date=dt.date(2018, 12, 11)),
    ),
    "a headline exposing typical cases is news of them, not their list": (
        "湖南曝光15起洞庭湖区域环境违法典型案例\n\n2019年02月21日267未知admin\n\n"
        "  新华社长沙1月27日电(记者 史卫燕)26日,湖南省环保厅通报了“环湖利剑”行动查办的15起洞庭湖区域环境违法典型案例。\n\n"
        "  2017年以来,湖南按照长江经济带“不搞大开发、共抓大保护”战略部署,实施洞庭湖生态环境专项整治。湖南省环保厅持续在环洞庭湖"
        "三市一区开展了“环湖利剑”涉企环境执法专项行动,强化调度督办和整改,取得显著成效。\n",
        dict(doc_type="news"),
    ),
    "news of a congress session that hears a work report is news": (
        "西安市十六届人大一次会议开幕 上官吉庆作政府工作报告\n发布时间:2017-01-11 09:20\n"
        "1月10日,西安市第十六届人民代表大会第一次会议隆重开幕。市长上官吉庆代表市人民政府作政府工作报告。\n",
        dict(doc_type="news", report_year=2017),
    ),
    "a garbled delivery line under a report's title is no subtitle": (
        "关于延边朝鲜族自治州2020年预算执行情况和2021年预算草案的报告\n——20211月12日在延边朝鲜族自治州第十五届人民代表大会第次会议上\n"
        "各位代表:\n受州人民政府委托,现将延边州2020年预算执行情况和2021年预算草案提请大会审议。\n",
        dict(title="关于延边朝鲜族自治州2020年预算执行情况和2021年预算草案的报告"),
    ),
    "a street named after a city is no mention of that city": (
        "1月18日1时20分,长春路派出所便衣队与市特警支队一组反扒队队员联合布控,在七里河一网吧门口,发现4名年轻男子形迹可疑,"
        "遂对4名男子进行跟踪,并通知监控中心利用“天眼”进行实时监控。这4名盗窃摩托车的男子悉数被控制,均被刑事拘留。\n"
        "盗贼落网,人民群众的财产得以保全。这是我市警方自2015年12月30日以来持续开展的专项行动的成果之一。\n"
        "针对“双节”期间案件高发的特点,我市警方打好了针对盗抢等街面违法犯罪的新年第一场战役。\n"
        "1月4日至1月10日的这一周,洛城警情如何?报警电话26161起,其中刑事警情452起。\n",
        dict(city=None, province=None),
    ),
    "what a party to a dispute thinks is no body's name": (
        "经调解,双方达成协议,装修公司负责人当场向老人道歉,并将余款一次性退还给老人。\n患方认为医院",
        dict(agency=None),
    ),
    "a short form no body signs with is spelled out as its key: 政府安办": (
        "四川通报2018年一季度安全生产形势\n发布时间:2018-04-12 10:00\n"
        "4月11日,记者从四川省政府安办获悉,一季度全省共发生各类生产安全事故386起,死亡312人,同比分别下降10.2%和8.5%。\n",
        dict(agency="四川省政府安办", agency_key="四川省人民政府安全生产委员会办公室"),
    ),
    "a span's start (自2006年以来) is not the year a news item reports": (
        "自治区法制办到南宁市开展法治政府建设情况调研\n"
        "2017年6月1日上午,自治区法制办党组成员、副主任范小辉一行4人到南宁市法制办开展法治政府建设情况调研活动。"
        "市法制办介绍了南宁市自2006年以来开展法治政府建设考评工作的主要做法和成效。\n",
        dict(report_year=2017),
    ),
    "a page that misdates a work report is overruled by its delivery line": (
        "2024年疏附县政府工作报告\n2023年1月5日在疏附县第十七届人民代表大会第三次会议上\n疏附县人民政府县长 阿卜拉江·萨迪克\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n",
        dict(report_year=2022, published_date=dt.date(2023, 1, 5)),
    ),
    "a work meeting's report reviews the year before the year in its title": (
        "市水务局(市海洋局)2021年工作报告\n同志们:\n这次会议的主要任务是:认真贯彻落实市委、市政府的决策部署,"
        "总结2020年工作,部署2021年任务。\n一、2020年工作回顾\n过去一年是极不平凡、富有挑战的一年。\n",
        dict(report_year=2020),
    ),
    "黑龙江 by its nickname 龙江 is no county": (
        "2月11日,记者从黑龙江全省公安工作会议上获悉,2018年,全省公安机关在强力推进平安龙江建设的基础上,更高水平的打造民生警务。\n"
        "过去的一年,龙江公安聚焦全省人民群众的期待,强力推进打防管控各项措施的落实,战果斐然。现行命案发案再创历史新低、"
        "在龙江公安发展史上首次实现全部侦破。\n",
        dict(agency="黑龙江省公安厅", city=None, district=None),
    ),
    "全州法院 are a prefecture's courts, not 全州县's": (
        "加强多元配套保障 创新民族特色解纷模式\n近年来,全州法院坚持把非诉讼纠纷解决机制挺在前面,黔东南州中级人民法院指导各基层法院"
        "建立多元解纷工作室,全州法院共化解纠纷1.2万件。\n",
        dict(province="贵州省", district=None),
    ),
    "a 格局 is no bureau": (
        "重庆构建全域公共法律服务均等普惠新格局\n发布时间:2025-03-05 10:00\n"
        "3月4日,记者从重庆市司法局获悉,2024年全市建成公共法律服务实体平台1.1万个,办理法律援助案件6.2万件。\n",
        dict(agency="重庆市司法局"),
    ),
    "a yearbook's page is other, of the year before its edition": (
        "遂宁年鉴(2021)专文·专纪(7)\n《遂宁市国民经济和社会发展第十三个五年规划纲要》实施情况\n"
        "“十三五”期间,面对复杂严峻的外部环境,全市上下坚持以习近平新时代中国特色社会主义思想为指导,经济社会发展取得显著成效。\n",
        dict(doc_type="other", report_year=2020),
    ),
    "a reply to deputies' suggestions is other, not a yearly report": (
        "公开日期\n2021-10-29\n名称\n关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告\n"
        "关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告\n\n\n吴忠市红寺堡区人民政府\n\n(2021年10月)\n\n"
        "根据会议安排,现将政协红寺堡区委员会三届五次会议委员提案办理情况报告如下。\n",
        dict(doc_type="other"),
    ),
    "a study is other": (
        "改革开放40年上海法治政府建设研究\n\n《政府法制研究》2018年第12期\n\n"
        "通过对上海法治政府建设40年来的回顾总结,我们可以看到,政府的法治意识和依法行政能力不断提高。\n",
        dict(doc_type="other"),
    ),
    "a delivery line that lost its 年 and broke after its place is no subtitle": (
        "2020年政府工作报告\n——20191226日在合肥市瑶海区\n第十七届人民代表大会第五次会议上\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。\n一、2019年工作回顾\n2019年,全区经济社会持续健康发展。\n",
        dict(title="2020年政府工作报告"),
    ),
    "a short form no body signs with is spelled out as its key: 安全监管局": (
        "四川通报2015年安全生产执法情况\n发布时间:2016-01-20 10:00\n"
        "1月19日,记者从四川省安全监管局获悉,2015年全省安全生产执法检查企业12万家次,查处违法行为3.2万项。\n",
        dict(agency="四川省安全监管局", agency_key="四川省安全生产监督管理局"),
    ),
    "review: news of deputies discussing a work report stays news": (
        "代表们分组审议市人民检察院工作报告\n2023-01-12 10:20 来源：三峡日报\n1月11日下午，出席宜昌市七届人大三次会议的代表分组审议市人民检察院工作报告。代表们一致认为，报告实事求是、重点突出，过去一年全市检察机关依法履职，工作成效明显。\n",
        dict(doc_type="news", report_year=2023),
    ),
    "review: a rule-of-law report titled 关于…的报告 stays a yearly report": (
        "宁乡市人民政府关于法治政府建设工作情况的报告\n2022年，市人民政府坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得明显成效。\n一、主要工作及成效\n（一）加强党对法治政府建设的领导。市政府常务会议专题研究法治政府建设工作6次。\n二、存在的问题\n三、下一步工作打算\n",
        dict(doc_type="annual_report", report_year=2022),
    ),
    "review: 龙江 named with its county in full stays the county": (
        "龙江公安开展冬季治安清查行动\n12月5日，龙江公安组织警力开展冬季治安清查行动，共清查出租房屋120余户。龙江县地处黑龙江省西部，与内蒙古接壤。\n",
        dict(agency="龙江县公安局"),
    ),
    "review: a 路段 is no street named after a city": (
        "市公安局交警支队开展“五一”假期交通安全整治\n5月1日，市公安局交警支队在沪渝高速宜昌路段开展交通安全专项整治，共查处超速、疲劳驾驶等交通违法行为126起，确保了假期道路交通安全畅通。\n",
        dict(agency="宜昌市公安局", city="宜昌市"),
    ),
    "review: a police review that mentions traffic police is the department's": (
        "省公安厅召开新闻发布会通报春节期间全省公安工作\n2月1日，省公安厅召开新闻发布会，通报春节期间全省社会治安情况。春节期间，河南全省公安机关共出动警力30万人次，其中交警5万人次；全省刑事警情同比下降12%，治安警情下降8%，交警部门共查处酒驾醉驾1200起，交管部门发布出行提示20期，全省公安交警和派出所民警坚守岗位，全省未发生重大交通事故和重大治安案件，社会治安大局平稳。\n",
        dict(agency="河南省公安厅"),
    ),
    "review: news of a yearbook's editing is news": (
        "市地方志办公室召开《宜昌年鉴（2024）》编纂工作会议\n3月5日，市地方志办公室召开《宜昌年鉴（2024）》编纂工作部署会议，对年鉴组稿工作进行安排部署。\n",
        dict(doc_type="news"),
    ),
    "review: 全州 opening a report is the whole prefecture, not 全州县": (
        "恩施州：多措并举推进法治政府建设\n2022年，全州严格落实法治政府建设第一责任人职责，扎实推进依法行政，各项工作取得新成效。\n",
        dict(district=None, province=None),
    ),
    "a body's list of duties is no news": (
        "遵义市红花岗区人民政府的主要职责\n发布时间:2021-05-10 来源:红花岗区人民政府办公室\n"
        "(一)执行区人民代表大会及其常务委员会的决议,以及上级国家行政机关的决定和命令。\n",
        dict(doc_type="other"),
    ),
    "a county its province governs is a district with no city": (
        "澄迈县公安局2023年法治政府建设年度报告\n2023年,澄迈县公安局坚持以习近平法治思想为指导,深入推进法治公安建设。\n",
        dict(agency="澄迈县公安局", province="海南省", city=None, district="澄迈县"),
    ),
    "a work report's title with its delivery run in, then the repost's note of it": (
        "榆林市中级人民法院工作报告——2024年1月18日在榆林市第五届人民代表大会第四次会议上\n原标题:榆林市中级人民法院工作报告\n"
        "——2024年1月18日在榆林市第五届人民代表大会第四次会议上\n榆林市中级人民法院院长 张三\n"
        "2023年,在市委的坚强领导下,全市法院受理案件6.2万件,审结5.9万件。\n",
        dict(title="榆林市中级人民法院工作报告", doc_type="annual_report", report_year=2023, published_date=dt.date(2024, 1, 18)),
    ),
    "a page's bare 2025年工作报告 gives way to the report's own title, and a session's name is none": (
        "当前位置:首页>>检务公开>>工作报告\n2025年工作报告\n时间:2026-01-08 作者: 新闻来源:\n湘潭市第十六届人民代表大会第五次会议\n"
        "湘潭市人民检察院工作报告\n湘潭市人民检察院检察长 李四\n各位代表:\n"
        "现在,我代表市人民检察院向大会报告工作,请予审议。\n2025年,全市检察机关共办理各类案件7584件。\n",
        dict(title="湘潭市人民检察院工作报告"),
    ),
    "a work report's bracketed delivery is no part of its title but dates the year it reviews, and 发表日期 stamps the page": (
        "您的当前位置 : 首页 > 检察工作报告\n\n青浦区人民检察院检察工作报告(2022年1月12日青浦区第六届人民代表大会第一次会议)\n\n"
        "发表日期:2022-01-17\n\n上海市青浦区人民检察院工作报告\n\n上海市青浦区人民检察院检察长 王五\n\n各位代表:\n\n"
        "2021年,全区检察机关坚持以习近平新时代中国特色社会主义思想为指导,共办理案件3000余件。\n",
        dict(title="青浦区人民检察院检察工作报告", report_year=2021, published_date=dt.date(2022, 1, 17)),
    ),
    "injected betting and sales lines are no title": (
        "欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网\n更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】\n"
        "山西省人民政府办公厅政府信息公开年度报告制度(试行)\n来源:吕梁市 更新时间:2021-11-16\n"
        "第一条 为不断提高政府信息公开工作的质量和水平,根据《中华人民共和国政府信息公开条例》,制定本制度。\n",
        dict(title="山西省人民政府办公厅政府信息公开年度报告制度(试行)"),
    ),
    "a page's short title gives way to the document's fuller one under it; a delivery day in brackets is no part of it": (
        "政府工作报告(20240115)\n西藏自治区政府工作报告(20240115)\n自治区主席 严金海\n各位代表:\n"
        "现在,我代表自治区人民政府,向大会报告政府工作,请予审议。\n2023年工作回顾\n2023年,全区地区生产总值增长9.5%。\n",
        dict(title="西藏自治区政府工作报告"),
    ),
    "a year's summary with the next year's arrangements is a yearly report": (
        "黄山市应急管理局2022年工作总结以及2023年工作安排\n"
        "2022年以来,市应急管理局在市委、市政府的坚强领导下,深化风险防控,坚守安全底线。\n",
        dict(doc_type="annual_report", report_year=2022),
    ),
    "a yearly report that lost its title opens on its first section; the city's procuratorate speaks for its 检察机关": (
        "2015年工作回顾\n2015年,全市检察机关在市委和省检察院的坚强领导下,在市人大及其常委会的有力监督下,"
        "认真落实福州市十四届人大四次会议决议,各项检察工作取得新进展。\n一、充分发挥检察职能,努力强化法治保障\n"
        "全年共批准逮捕各类刑事犯罪嫌疑人3000余人。\n",
        dict(doc_type="annual_report", agency="福州市人民检察院", report_year=2015),
    ),
    "news of a court report's delivery stays news, though the report's first section follows": (
        "1月7日上午,华池县第十九届人民代表大会第四次会议举行第二次全体会议,华池县人民法院院长陈广军在会上作法院工作报告。\n"
        "2024年工作回顾\n2024年,华池法院始终坚持以习近平法治思想为指导,共受理案件3000余件。\n",
        dict(doc_type="news"),
    ),
    "a year's summary with the next year's lines of work (工作思路) is a yearly report": (
        "西溪街道2021年工作总结和2022年工作思路\n2021年,西溪街道在区委、区政府的坚强领导下,统筹推进疫情防控和经济社会发展。\n",
        dict(doc_type="annual_report", report_year=2021),
    ),
    "a congress's resolution on a report, a court's analysis and a year's plan are no news": (
        "巴中市第四届人民代表大会第二次会议关于巴中市人民检察院工作报告的决议\n"
        "巴中市第四届人民代表大会第二次会议听取和审议了市人民检察院检察长所作的工作报告。会议同意这个报告。\n",
        dict(doc_type="other"),
    ),
    "a court's analysis of its cases is no news": (
        "我院近三年执行案件情况分析\n2021年至2023年,我院共受理执行案件1.2万件,执结1.1万件,执行到位金额15亿元。\n",
        dict(doc_type="other"),
    ),
    "a headline on a court president delivering the court's report is news": (
        "巴哈尔古丽•赛买提院长作2020年度新疆高院工作报告\n发布时间:2021-02-04 10:29:11\n"
        "2月3日,自治区高级人民法院院长巴哈尔古丽•赛买提在自治区第十三届人民代表大会第四次会议上作工作报告。\n",
        dict(doc_type="news"),
    ),
    "news of a government publishing its disclosure report is news of the year reported": (
        "贵州省发布2016年政府信息公开工作年度报告\n2017-03-28 10:18 来源: 贵州日报\n"
        "27日,贵州省人民政府正式向社会发布2016年政府信息公开工作年度报告。\n",
        dict(doc_type="news", report_year=2016),
    ),
    "traditional characters: an agency the page never prints whole is given in its script": (
        "拉薩公安機關通報2023年全市治安形勢\n發布時間:2024-01-20 10:00\n"
        "1月19日,拉薩公安機關通報,2023年全市刑事案件同比下降12.5%。\n",
        dict(agency="拉薩市公安局", agency_key="拉萨市公安局", province="西藏自治区"),
    ),
    "a footer's links block names no signer; the headline's short court name does": (
        "湖口法院工作报告获人大会通过\n作者:余华新 发布时间:2017-02-17 15:55:29\n"
        "湖口法院网讯 2月15日,湖口县第十六届人大二次会议胜利闭幕,湖口县人民法院工作报告获大会一致通过。\n"
        "友情链接\n最高人民法院\n人民法院报\n中国法院网\n",
        dict(agency="湖口县人民法院", district="湖口县"),
    ),
    "a portal's service app in its menu (渝快办) is no body": (
        "首页\n政务公开\n渝快办\n互动交流\n您当前的位置: 首页> 走进司法\n"
        "用法治助力重庆高质量发展——重庆市司法局2022年工作综述\n日期:2023-01-19\n巴山渝水,法治铸魂。2022年,全市司法行政系统…\n",
        dict(agency="重庆市司法局"),
    ),
    "a bureau's party group (区司法局党组) speaks for the bureau": (
        "2025年以来,在区委、区政府的坚强领导下,区司法局党组深入贯彻习近平法治思想,统筹推进依法治区和司法行政重点工作。\n",
        dict(agency="区司法局"),
    ),
    "a headline's clause ending in 查办 is no body's name": (
        "上海市场监管自本轮疫情以来共查办案件1121件\n时间:2024-04-29 19:54:05\n"
        "新华社上海5月16日电 记者5月16日从上海市市场监管局获悉,上海市累计查办市场监管领域案件1121件。\n",
        dict(agency="上海市市场监管局", agency_key="上海市市场监督管理局"),
    ),
    "a reader's clock (现在时间是:…) dates no page": (
        "现在时间是:2024年04月19日\n县环保局连续7年荣获年度完成目标任务一等奖\n"
        "时间 : 2018年02月27日  来源 : 罗山县环境保护局\n2017年,县环保局在县委、县政府的正确领导下,荣获一等奖。\n",
        dict(published_date=dt.date(2018, 2, 27), title="县环保局连续7年荣获年度完成目标任务一等奖"),
    ),
    "news of a session passing a court's report is of the session's year": (
        "江西高院工作报告高票通过\n发布时间:2025-01-23 10:00\n"
        "1月22日,江西省第十四届人民代表大会第四次会议表决通过了江西省高级人民法院工作报告。2024年,全省法院受理案件120万件。\n",
        dict(doc_type="news", report_year=2025),
    ),
    "undated news of a session hearing a report is of the year after the one it reviews": (
        "2月27日,澄迈县第十五届人民代表大会第二次会议在县委礼堂召开,澄迈县检察院检察长向大会所作的检察院工作报告获全票通过。\n"
        "2016年,澄迈检察院在县委和省检察院的领导下,各项检察工作稳步推进。\n",
        dict(report_year=2017),
    ),
    "a span's end in a plan's title is no year of it": (
        "江苏省贯彻落实《法治政府建设实施纲要(2021—2025年)》实施方案\n发布日期:2021-12-31\n"
        "为深入贯彻落实《法治政府建设实施纲要(2021—2025年)》,结合我省实际,制定本实施方案。\n",
        dict(report_year=2021),
    ),
    "a page's stamp: a site, its domain and a date before 来源": (
        "山西省人民政府2009年度信息公开工作年度报告\n中央政府门户网站 www.gov.cn   2010年04月06日   来源:山西省人民政府网站\n"
        "根据《中华人民共和国政府信息公开条例》的规定,特向社会公布山西省人民政府2009年度信息公开工作年度报告。\n",
        dict(published_date=dt.date(2010, 4, 6)),
    ),
    "a publisher and its day with slashes stamp the page": (
        "安徽省人民政府2017年政府信息公开工作报告\n安徽省政务公开办  2018/3/26\n"
        "根据《中华人民共和国政府信息公开条例》,特向社会公布2017年安徽省人民政府政府信息公开工作年度报告。\n",
        dict(published_date=dt.date(2018, 3, 26)),
    ),
    "a date run into 来源 stamps the page": (
        "2019年度于洪区人民政府信息公开工作报告\n2020年03月23日来源:1\n"
        "本报告根据《中华人民共和国政府信息公开条例》要求编制。\n",
        dict(published_date=dt.date(2020, 3, 23)),
    ),
    "a summary that names the document in 《》 stands above the document's own title line": (
        "云南省昭通市印发《昭通市“十四五”生态环境保护规划》,目标到2025年,生态保护修复排头兵建设取得明显进展。\n"
        "昭通市“十四五”生态环境保护规划\n前言\n昭通坐落在四川盆地向云贵高原抬升的过渡地带,是云、贵、川三省结合部。\n",
        dict(title="昭通市“十四五”生态环境保护规划"),
    ),
    "a 街道 whose 办事处 the text never prints is named as printed": (
        "2022年,西溪街道在区委、区政府的坚强领导下,深入推进法治街道建设,现将有关情况报告如下:\n"
        "一、主要举措和成效\n(一)全面加强党对法治建设的领导。街道党工委把法治建设纳入全年重点工作。\n",
        dict(agency="西溪街道"),
    ),
    "a 街道 whose 办事处 the text prints is named so": (
        "2025年,果园街道办事处在区委、区政府的坚强领导下,深入推进法治政府建设,现将有关情况报告如下:\n"
        "一、主要举措和成效\n(一)全面加强党对法治建设的领导。果园街道办事处始终把法治建设摆在重要位置。\n",
        dict(agency="果园街道办事处"),
    ),
    "a township's disclosure report names its government, which a county office's contact line does not displace": (
        "2016年度顺安镇政府信息公开年度报告\n发布时间:2017-03-28 00:00 来源:义安区顺安镇\n"
        "根据《中华人民共和国政府信息公开条例》,现公布顺安镇人民政府2016年政府信息公开工作年度报告。\n"
        "如对本报告有疑问,请与铜陵县人民政府办公室联系。\n",
        dict(agency="顺安镇人民政府"),
    ),
    "a speech is other": (
        "在全市解放思想推动高质量发展大讨论启动会议上的讲话\n发布时间:2018-03-02 10:00 来源:黑河市人民政府\n同志们:\n"
        "今天,市委、市政府召开全市解放思想推动高质量发展大讨论启动会议,主要任务是深入学习贯彻党的十九大精神,"
        "动员全市各级党组织和广大党员干部解放思想、推动高质量发展。\n",
        dict(doc_type="other"),
    ),
    "a state-of-the-environment bulletin is other": (
        "2022年三明市生态环境状况公报\n发布时间:2023-06-05 10:00 来源:三明市生态环境局\n"
        "2022年,全市生态环境系统坚持以习近平生态文明思想为指导,在市委、市政府的坚强领导下,深入打好污染防治攻坚战,"
        "全市生态环境质量总体保持优良,主要污染物排放总量持续下降。\n",
        dict(doc_type="other"),
    ),
    "a half-year's summary is other": (
        "沅陵县应急管理局2025年上半年工作总结\n2025年上半年,我局在县委、县政府的坚强领导下,扎实开展安全生产各项工作。\n",
        dict(doc_type="other"),
    ),
    "a gazette's issues of a year are other": (
        "兴安盟行政公署公报2019年1-3期(总第52期)\n兴安盟行政公署关于印发兴安盟2019年政府工作要点的通知\n各旗县市人民政府:\n",
        dict(doc_type="other"),
    ),
    "news of a bulletin's publication stays news; so does a half-year's news": (
        "全省自然生态环境状况总体为优!《2020年云南省环境状况公报》发布\n发布时间:2021-06-06 10:00\n"
        "6月5日,云南省生态环境厅在省政府新闻办召开新闻发布会,发布《2020年云南省环境状况公报》。"
        "2020年,全省生态环境系统坚持以习近平生态文明思想为指导,深入打好污染防治攻坚战,全省生态环境质量总体保持优良。\n",
        dict(doc_type="news"),
    ),
    "a page's category (政府信息公开年度报告) gives way to the document's dated title under it": (
        " • 005252266/2021-00002\n • 郑州市教育局\n • 政府信息公开年度报告\n • 2021-01-26\n"
        "郑州市教育局2020年政府信息公开工作年度报告\n一、总体情况\n2020年我局政府信息公开工作遵照市政府信息公开工作部署。\n",
        dict(title="郑州市教育局2020年政府信息公开工作年度报告"),
    ),
    "a breadcrumb's last body names the issuer of a report that names none": (
        "您当前所在位置: 首页 > 机构专页 > 镇政府(街道办事处) > 番禺区人民政府市桥街道办事处 > 政府工作报告\n"
        "2023年工作总结\n来源:本网 发布时间:2024-01-17 09:55:18\n"
        "2023年,在区委区政府的坚强领导下,我街坚持以习近平新时代中国特色社会主义思想为指导,各项工作取得新成效。\n",
        dict(agency="番禺区人民政府市桥街道办事处", doc_type="annual_report"),
    ),
    "review: a simplified page with a 繁體版 link keeps its agency in simplified script": (
        '繁體版\n广州市公安局2023年法治政府建设年度报告\n发布日期:2024-03-20 来源:广州市公安局\n2023年,广州市公安局坚持以习近平法治思想为指导,深入推进法治公安建设,现将有关情况报告如下:\n一、主要举措\n',
        dict(agency='广州市公安局'),
    ),
    "review: a simplified page that types the variant 陜 keeps its agency simplified": (
        '宝鸡市公安局2022年法治政府建设情况报告\n发布日期:2023-02-10\n2022年,宝鸡市公安局深入贯彻落实陜西省法治政府建设工作部署,现将有关情况报告如下:\n一、主要举措\n',
        dict(agency='宝鸡市公安局'),
    ),
    "review: a headline on a quiz (有奖竞猜) is no betting spam": (
        '县司法局开展宪法知识有奖竞猜活动\n发布时间:2023-12-05 09:30 来源:汝城县司法局\n12月4日,汝城县司法局在县城步行街开展宪法知识有奖竞猜活动,吸引群众300余人参与。\n',
        dict(title='县司法局开展宪法知识有奖竞猜活动'),
    ),
    "review: a headline on a betting case (体育投注) is no betting spam": (
        '12月4日,汝城县司法局在县城步行街开展宪法知识有奖竞猜活动,吸引群众300余人参与。\n活动现场,工作人员向群众发放宣传资料500余份。\n',
        dict(title=None),
    ),
    "review: a headline on a gambling case (买球平台) is no betting spam": (
        '市公安局破获一起利用网络买球平台开设赌场案\n发布时间:2022-12-20 10:00 来源:宜春市公安局\n近日,宜春市公安局网安支队成功破获一起开设赌场案,抓获犯罪嫌疑人12名。\n',
        dict(title='市公安局破获一起利用网络买球平台开设赌场案'),
    ),
    "review: a headline on a site launching its 老年人模式 is no chrome": (
        '市政务服务网上线老年人模式\n发布时间:2022-10-18 16:00 来源:绍兴市大数据发展管理局\n近日,绍兴市政务服务网完成适老化改造,上线老年人模式,方便老年群众办事。\n',
        dict(title='市政务服务网上线老年人模式'),
    ),
    "review: a links block ends at a headline": (
        '相关链接\n中国政府网\n江西省人民政府\n修水县召开县政府常务会议\n发布时间:2023-05-10 10:00 来源:修水县人民政府\n5月9日,县长张三主持召开县政府第十次常务会议,研究部署法治政府建设工作。\n',
        dict(title='修水县召开县政府常务会议'),
    ),
    "review: a 主席团工作报告 is a yearly report (the 作 of 工作 delivers nothing)": (
        '王村镇人民代表大会主席团工作报告\n——2024年1月5日在王村镇第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表镇人大主席团向大会报告工作,请予审议。\n一、2023年工作回顾\n2023年,镇人大主席团在镇党委的领导下,依法履职。\n',
        dict(doc_type='annual_report', report_year=2023),
    ),
    "review: a 市长热线工作报告 is a yearly report": (
        '太原市市长热线工作报告\n发布时间:2024-01-15 09:00 来源:太原市人民政府\n2023年,市长热线共受理群众诉求52万件,办结率99.5%。现将有关情况报告如下:\n一、基本情况\n',
        dict(doc_type='annual_report'),
    ),
    "review: a summary with the next year's 工作谋划 is a yearly report": (
        '九江市司法局2023年工作总结和2024年工作谋划\n发布时间:2023-12-20 10:00 来源:九江市司法局\n2023年,市司法局在市委、市政府的坚强领导下,深入推进法治政府建设,现将有关情况报告如下:\n一、2023年工作开展情况\n',
        dict(doc_type='annual_report'),
    ),
    "review: news of a resolution passed stays news": (
        '市人大常委会表决通过关于加强法治政府建设的决议\n发布时间:2023-08-30 16:00 来源:九江市人大常委会\n8月30日,九江市第十六届人大常委会第十三次会议表决通过了关于加强法治政府建设的决议。\n',
        dict(doc_type='news'),
    ),
    "review: news of a meeting planning the next year's work stays news": (
        '县委常委会研究部署2024年工作谋划\n发布时间:2023-12-12 10:00 来源:修水县融媒体中心\n12月11日,县委常委会召开会议,研究部署2024年工作谋划。\n',
        dict(doc_type='news'),
    ),
    "review: a portal page carrying the disclosure report it announces is the report": (
        '修水县人民政府发布2023年政府信息公开工作年度报告\n发布时间:2024-01-25 10:00 来源:修水县人民政府办公室\n本报告根据《中华人民共和国政府信息公开条例》要求编制,全文包括总体情况、主动公开政府信息情况等内容。\n一、总体情况\n2023年,修水县人民政府认真贯彻落实政府信息公开条例。\n',
        dict(doc_type='annual_report'),
    ),
    "review: a January work meeting on last year is of last year (no congress session)": (
        '全县宣传思想工作暨精神文明建设工作报告会召开\n发布时间:2024-01-15 10:00 来源:修水县融媒体中心\n1月14日,全县宣传思想工作暨精神文明建设工作报告会召开,总结2023年全县宣传思想工作。\n',
        dict(report_year=2023),
    ),
    "review: a police work meeting attended by a congress official is no congress session": (
        '全市公安工作会议召开\n发布时间:2024-01-12 10:00 来源:九江市公安局\n1月11日,全市公安工作会议召开。市人大常委会副主任出席会议。市公安局局长作工作报告,全面总结2023年全市公安工作。2023年,全市公安机关共破获刑事案件5000余起。\n',
        dict(report_year=2023),
    ),
    "review: a township's 政府 in a disclosure sentence is its 人民政府": (
        '2016年度顺安镇政府信息公开年度报告\n发布时间:2017-03-28 00:00\n根据《中华人民共和国政府信息公开条例》,现公布顺安镇政府2016年政府信息公开工作年度报告。\n',
        dict(agency='顺安镇人民政府'),
    ),
    "review: a 政务信息中心 is a body": (
        '九江市政务信息中心2023年政府信息公开工作年度报告\n发布时间:2024-01-20 10:00\n根据《中华人民共和国政府信息公开条例》,现公布九江市政务信息中心2023年政府信息公开工作年度报告。\n',
        dict(agency='九江市政务信息中心', city='九江市'),
    ),
    "a congress session's resolution on a report it heard is the session's": (
        "(2019年1月10日临海市第十六届人民代表大会第四次会议通过)\n临海市第十六届人民代表大会第四次会议听取和审议了王明院长所作的"
        "市人民法院工作报告。会议充分肯定市人民法院过去一年的工作,决定批准这个报告。\n",
        dict(agency="临海市第十六届人民代表大会第四次会议", city="台州市", district="临海市"),
    ),
    "a court's report to a congress named after a chain of places": (
        "1月8日上午,浙江省台州市临海市第十六届人民代表大会第四次会议举行全体会议,浙江省台州市临海市人民法院党组书记、院长王明在会上作法院工作报告。\n"
        "2018年,全市法院共受理各类案件12000件,同比下降3.2%。\n",
        dict(agency="临海市人民法院", city="台州市", district="临海市", doc_type="news"),
    ),
    "a microblog post: its stamp dates it, its bracketed lead is its headline": (
        "江城晚报 25-03-08 09:12\n微博认证:江城晚报官方微博\n\n"
        "【2024年江城法院结案12.8万件,执行到位率同比增长2.1个百分点】(江城晚报 李明)3月7日上午,江城市中级人民法院召开新闻发布会,"
        "通报2024年全市法院工作情况。全市法院收案13.5万件、结案12.8万件。\n",
        dict(title="2024年江城法院结案12.8万件,执行到位率同比增长2.1个百分点", published_date=dt.date(2025, 3, 8), doc_type="news"),
    ),
    "a disclosure report without title or date: the year its figures count": (
        "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制,全文包括概述、主动公开政府信息情况等。本年度报告中所列数据的统计期限"
        "自2018年1月1日起至2018年12月31日止。如对本年度报告有疑问,请与镇人民政府办公室联系。\n一、概述\n",
        dict(report_year=2018, doc_type="annual_report"),
    ),
    "the statistics period gives way to a year the opening names": (
        "2020年,我镇认真编写了年度报告。本年度报告中所列数据的统计期限自2019年1月1日起至12月31日止。\n一、概述\n",
        dict(report_year=2020),
    ),
    "the year a report frame names wins over a statistics period copied from last year": (
        "根据《中华人民共和国政府信息公开条例》,现将2022年度政府信息公开工作报告如下。\n本报告中所列数据的统计期限自2021年1月1日起"
        "至2021年12月31日止。\n一、总体情况\n",
        dict(report_year=2022),
    ),
    "a report that lost its title opens on its year and speaks as 我局": (
        "2021年我局在县委县政府的坚强领导下,以深化改革为动力,确保全县安全生产形势总体稳定。\n一、事故概况\n"
        "(一)安全生产事故情况:1至12月份,共发生一般安全生产事故16起,事故起数与前2年均比下降25.6%。\n",
        dict(report_year=2021, doc_type="annual_report"),
    ),
    "a disclosure report that lost everything above its first section": (
        "一、总体情况\n2020年,市交通运输局严格按照政府信息公开工作要求,认真贯彻落实相关文件精神,切实加强组织领导,积极做好政府信息公开"
        "各项工作。市交通运输局依托门户网站发布信息。\n(一)主动公开情况\n",
        dict(doc_type="annual_report", report_year=2020),
    ),
    "a half-year's report to a township congress": (
        "——2022年7月14日在牛塘镇第五届\n人民代表大会第二次会议上\n各位代表:\n现在,我代表牛塘镇人民政府向大会作工作报告,请予审议,"
        "并请各位列席代表提出意见。\n2022年上半年工作回顾\n今年以来,面对宏观经济持续下行、新冠疫情反复冲击,全镇完成地区生产总值120亿元。\n",
        dict(doc_type="other", report_year=2022),
    ),
    "a report that names no year but the five-year plan it closes": (
        "今年是“十四五”规划收官之年。我局坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,"
        "完成行政执法案件120件,办结率100%。\n一、主要工作\n",
        dict(report_year=2025),
    ),
    "a body under several names (合署办公) is named by its first": (
        "上海市闵行区生态环境局 (水务局、海洋局) 2023年度法治政府建设情况报告\n索引号 | 发布机构 | 生态环境局(水务局、海洋局) | |\n"
        "2023年,区生态环境局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。\n一、主要工作\n",
        dict(agency="上海市闵行区生态环境局", district="闵行区"),
    ),
    "a government's building is no body": (
        "星报讯 3月3日上午,系列主题发布会在安徽省行政中心召开,会议介绍法治安徽建设有关情况。记者从会上获悉,"
        "2022年安徽省政府出台了推进法治政府建设的三年行动计划,安徽省政府推进依法行政取得成效。\n",
        dict(agency="安徽省人民政府", province="安徽省"),
    ),
    "a half-year report that lost its title is no news": (
        "上半年,县应急管理局深入学习习近平总书记关于安全生产的重要论述,全力防范化解重大安全风险。\n"
        "一、上半年主要工作及成效\n(一)扎实推进安全生产专项整治,排查隐患320处。\n",
        dict(doc_type="other"),
    ),
    "a yearbook's overview under its heading": (
        "概况\n2007年,全省检察机关不断提高队伍素质和监督能力,强化业务工作和执法效果,推进检察改革和机制创新,各项检察工作取得显著成绩。\n",
        dict(doc_type="other", title="概况"),
    ),
    "a year's plan states its overall demands": (
        "2023年是全面贯彻党的二十大精神的开局之年,做好普法依法治理工作意义重大。\n我局普法依法治理的总体要求是:坚持以习近平新时代中国特色"
        "社会主义思想为指导,深入学习宣传贯彻习近平法治思想。\n",
        dict(doc_type="other"),
    ),
    "feedback on a call's results": (
        "为激励公众参与村庄规划,开展了村庄规划“金点子”征集活动,现将活动开展结果反馈如下:\n自活动开展以来,省自然资源厅共收到意见建议950余条。\n",
        dict(doc_type="other"),
    ),
    "a delivery line without its dash, set on two lines": (
        "2023年1月12日在台州市椒江区\n第五届人民代表大会第二次会议上\n区人民法院院长 王明\n各位代表:\n"
        "现在,我代表区人民法院向大会报告工作,请予审议。\n2022年工作回顾\n2022年,区人民法院在区委领导下,审结案件12000件。\n",
        dict(published_date=dt.date(2023, 1, 12), report_year=2022),
    ),
    "news of a session opening is not a delivery line": (
        "2015年1月9日上午,龙江县第十六届人民代表大会第五次会议,在圆满完成大会各项议程后胜利闭幕。县人民法院院长所作的法院工作报告获全票通过。\n",
        dict(published_date=None),
    ),
    "a mirror's stamp line after its address": (
        "当前位置: 首页 > 西藏研究 >\n拉萨工商开展市场秩序专项整治行动\nhttp://www.example.com 2017-10-20 中国西藏新闻网 刘庆顺 参加讨论\n"
        "雪顿节来临之际,拉萨市工商局部署市场秩序综合整治行动,加大监管力度。\n",
        dict(published_date=dt.date(2017, 10, 20), report_year=2017, title="拉萨工商开展市场秩序专项整治行动"),
    ),
    "an official's visit is no body's name": (
        "来源:日期:2023-02-10\n2月9日,肃南县政府副县长王明到地震局调研指导防震减灾工作,应急管理局局长陪同调研。\n"
        "王明一行先后参观了地震监测台站,听取了地震局负责人的汇报。\n",
        dict(agency="肃南裕固族自治县人民政府", district="肃南裕固族自治县"),
    ),
    "a title run into the opening: its year's work then its plan": (
        "县生态环境局2021年工作总结和2022年工作思路今年以来,在市委市政府坚强领导下,县生态环境局深入贯彻习近平生态文明思想,"
        "全力推进污染防治攻坚战。\n一、2021年工作总结\n",
        dict(title="县生态环境局2021年工作总结和2022年工作思路"),
    ),
    "a title run into its signature": (
        "2020年四季度政务公开工作自查报告镇江市生态环境局2020年12月31日一、基本情况我局通过政府门户网站发布信息120条。\n",
        dict(title="2020年四季度政务公开工作自查报告", doc_type="other"),
    ),
    "a bulletin made public under its head's cover note": (
        "根据《中华人民共和国环境保护法》规定,现予公布《丽江市2023年环境状况公报》。\n丽江市生态环境局局长王明\n2024年6月5日\n"
        "2023年,全市环境空气质量总体保持良好,优良天数比例为98.5%。\n",
        dict(title="丽江市2023年环境状况公报", report_year=2023, doc_type="other"),
    ),
    "a year's highlights and next year's focus is a yearly report": (
        "市水利局2019年工作亮点及2020年工作重点\n2019年,在市委市政府的正确领导下,水利基础进一步夯实。\n一、2019年工作亮点\n(一)防汛抗旱工作\n",
        dict(doc_type="annual_report", report_year=2019),
    ),
    "a summary delivered as a briefing is a yearly report": (
        "市水利局2020年重点工作总结汇报\n在市委市政府的正确领导下,我局各项重点工作稳步推进,具体如下:\n一是项目建设稳步推进。\n",
        dict(doc_type="annual_report", report_year=2020),
    ),
    "a government's work report with a section heading run in as its subtitle": (
        "政府工作报告\n——坚持改进作风,自身建设不断加强\n一年来,县政府班子始终坚持以人民为中心的发展思想,切实加强自身建设。\n",
        dict(doc_type="annual_report"),
    ),
    "a site named in a clause is no body": (
        "2020年江南镇政府信息公开年度报告\n一、总体情况\n采取四种形式:一是通过安化县政府门户网和其子网站江南镇人民政府网公开;二是通过公开栏公开。\n",
        dict(agency="江南镇人民政府"),
    ),
    "a notice's title wrapped before its bracketed span": (
        "关于印发南阳市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n各县(市)、区人民政府,市人民政府各部门:\n"
        "《南阳市公共卫生体系建设三年行动计划(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。\n南阳市人民政府办公室\n2023年12月25日\n",
        dict(title="关于印发南阳市公共卫生体系建设三年行动计划(2023—2025年)的通知", doc_type="other"),
    ),
    "a notice on compiling yearly reports, its title wrapped after the report's name": (
        "阿坝州人民政府办公室\n关于做好2017年政府信息公开工作年度报告\n编制和公布工作的通知\n各县人民政府,州级各部门:\n"
        "为做好2017年政府信息公开工作年度报告编制和公布工作,现将有关事项通知如下。\n",
        dict(doc_type="other"),
    ),
    "a plan's vision year is no year it reports on": (
        "国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n“十四五”时期是全面建设社会主义现代化国家的第一个五年。展望2035年远景目标,"
        "全面建成小康社会。到2035年远景目标基本实现。\n",
        dict(title="国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
    ),
    "review: a government's name before another body's title stays in it": (
        '九江市人民政府-九江市中级人民法院府院联动联席会议纪要\n发布时间:2023-05-10 10:00\n5月9日,市政府与市中级人民法院召开府院联动联席会议,会议议定如下事项。\n',
        dict(title='九江市人民政府-九江市中级人民法院府院联动联席会议纪要'),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_metadata_hard_cases(name: str) -> None:
    raw, expected = CASES[name]
    metadata = extract_metadata(clean(raw))
    got = {field: getattr(metadata, field) for field in expected}
    assert got == expected


SEEDS = {
    "000": dict(agency="南京市公安局", province="江苏省", city="南京市", district=None, report_year=2024,
                published_date=dt.date(2025, 2, 28), doc_type="annual_report",
                title="南京市公安局2024年度法治政府建设情况报告"),
    "001": dict(agency="济宁市公安局", province="山东省", city="济宁市", district=None, report_year=2023,
                published_date=None, doc_type="annual_report",
                title="济宁市公安局2023年度推进法治政府建设工作情况报告"),
    "002": dict(agency="南京市公安局", province="江苏省", city="南京市", district=None, report_year=2022,
                published_date=dt.date(2022, 12, 6), doc_type="news",
                title="刑事案件连续6年下降,命案连续9年全破,南京如何构建平安城市"),
    "003": dict(agency="中山市公安局", province="广东省", city="中山市", district=None, report_year=2025,
                published_date=None, doc_type="annual_report", title="中山市公安局2025年法治政府建设年度报告"),
    "004": dict(agency="汉中市公安局南郑分局", province="陕西省", city="汉中市", district="南郑区",
                report_year=2022, published_date=dt.date(2023, 12, 15), doc_type="annual_report",
                title="汉中市公安局南郑分局2022年度法治政府建设年度报告"),
}


@pytest.mark.parametrize("prefix", list(SEEDS))
def test_metadata_of_the_sample_corpus(prefix: str) -> None:
    metadata = extract_metadata(clean(seed_path_by_prefix(prefix).read_text(encoding="utf-8")))
    assert {field: getattr(metadata, field) for field in SEEDS[prefix]} == SEEDS[prefix]


@pytest.mark.parametrize("prefix", list(SEEDS))
def test_metadata_of_the_sample_corpus_without_its_title(prefix: str) -> None:
    """Texts whose title was lost: every other field still comes from the header, the body or
    the signature."""
    expected = {**SEEDS[prefix], "title": None}
    raw = seed_path_by_prefix(prefix).read_text(encoding="utf-8")
    lines = raw.split("\n")
    title_line = next(  # the line that ends the title (001 has its letterhead on a line above)
        i for i, line in enumerate(lines)
        if len(compact := re.sub(r"\s", "", line)) >= 8 and SEEDS[prefix]["title"].endswith(compact)
    )
    metadata = extract_metadata(clean("\n".join(lines[title_line + 1 :])))
    assert {field: getattr(metadata, field) for field in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二三年十二月十五日", dt.date(2023, 12, 15)),
        ("2025年 2月 28日", dt.date(2025, 2, 28)),
        ("发布时间:2022-12-06 17:16", dt.date(2022, 12, 6)),
        ("2023/3/16", dt.date(2023, 3, 16)),
        ("二〇二四年一月三十一日", dt.date(2024, 1, 31)),
        ("2023年2月30日", None),
        ("2023年12月", None),
        ("发布日期: 2025- 02- 08 14: 11", dt.date(2025, 2, 8)),  # spaces a page put inside the date
        ("2021-2025年", None),  # a span, not a date
        ("2017-04-31", None),  # no such day
        ("发布时间:1970-01-01 08:00", None),  # the Unix epoch: an empty date field, not a date
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("line", "is_title"),
    [
        ("市公安局局长述职报告", True),  # a report a speaker gives is still a title
        ("县委书记述法报告", True),
        ("全国首个法治政府建设网站", True),  # a headline about a website
        ("政府工作报告正文", True),
        ("中共晋城市委政策研究室网站", False),  # a site's name
        ("我在开封挺好的>正文", False),  # a breadcrumb
        ("宁夏分社正文", False),
        ("公安局局长李明", False),  # a speaker's line
        ("州长白加扎西", False),
        ("“我们是宽城区司法局的工作人员,本周是第八个宪法宣传周……”", False),  # a quoted speech
        ("“法治护航,平安相伴”", True),  # a quoted headline
        ("收藏 | 设为首页 欢迎访问ITCC人才测评技术管理中心官方网站!", False),  # a site's links
        ("A2:综合总第5189期>2022-01-18编印", False),  # an e-paper's issue line
        ("点击收听年报语音朗读", False),
        ("2步打开媒体云APP", False),
        ("华西都市报 -A7 四川-", False),  # an e-paper's page label
        ("中国食品安全网中国食品安全网", False),  # a site's name, twice
        ("实时滚动新闻", False),
        ("宁乡市法治政府建设工作简报(总第25期)", True),  # a bulletin's own issue number
        ("打开“随申办”APP 足不出户即可办理居住证", True),
        ("山西法治报/2024 年/1 月/30 日/第 002 版人民法院", False),
        ("成华司四川法治报—法治四川新闻客户端记者陈博文/图", False),  # a photo credit
        ("法治文化研究会", False),  # a column named for a society
        ("打开ChinaNews阅读", False),  # an app banner
        ("德州新聞網訊", False),  # a dateline
        ("城市镜像.新闻汇总", False),  # a site's column
        ("188宝金博,188宝金博官网", False),  # a spam site's keywords
        ("河北农网>>要闻>>", False),  # a breadcrumb
        ("今天是:欢迎访问三明市人大常委会网站!", False),
        ("8月9日至8月15日", False),  # the week a bulletin covers
        ("2025年工作回顾", False),  # a section heading
        ("首页教育新闻", False),  # a menu
        ("首页新闻中心政务公开政务服务放管服改革政民互动知识产权", False),  # a longer menu
        ("中新社內蒙古分社•正文", False),  # a breadcrumb's last crumb
        ("▲新闻发布会现场", False),  # a photo caption
        ("TA的每日心情", False),  # a forum's user panel
        ("第一版下一版>", False),  # an e-paper's page links
        ("烏魯木齊市南湖西路215號", False),  # an address
        ("甘肃工人报", False),  # a newspaper's name
        ("宜昌警方最新通报", True),  # a headline that ends in 报
        ("★全国文明县城★国家卫生城市★国家园林县城★西部百强县", False),  # a place's honours banner
        ("喝酒不开车,开车不喝酒”", False),  # the end of a quote
        ("“喝酒不开车,开车不喝酒”", True),  # a quoted headline
        ("市公安局开通电信网络诈骗举报电话", True),
        ("宁夏成立法治宣传教育促进会", True),  # a society founded is news
        ("武汉加油,武汉加油", True),  # a slogan, no spam site
        ("实拍中山路1号", True),  # a street number in a headline
        ("江西省司法厅课题组", False),  # a study's authors
        ("泉州网  东南早报  泉州商报  今日台商投资区  旧版入口", False),  # a site's outlets
        ("人大新闻 - 余干县人民代表大会常务委员会官网", False),  # a column page's browser title
        ("伊春市伊春区政府欢迎您!天气区委区人大区政协", False),  # a portal's greeting and menu
        ("新闻热线0891-6325020数字报系", False),  # an e-paper's hotline
        ("大家下午好!", False),  # a speech's greeting
        ("(2016年12月10日武汉市武昌区第十五届人民代表大会", False),  # a resolution's adoption note, and its end:
        ("第一次会议通过)", False),
        ("香港声音直达真相欢迎关注中国社会新闻社官方网站艾森网!", False),  # a site's banner
        ("市长买买提明·卡德", False),  # the speaker under a work report's title
        ("中安在线--马鞍山频道", False),  # a portal's channel
        ("最新龙岩新闻频道推荐", False),
        ("文/本刊记者吴尚特约记者宁惠军陶祥国张雅兴图/钱文攀统筹/莫文亮", False),  # a feature's credits
    ],
)
def test_looks_like_title(line: str, is_title: bool) -> None:
    assert looks_like_title(line) is is_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("沧州市2023年度政府立法工作计划公布-kok全站登录", "沧州市2023年度政府立法工作计划公布"),
        ("“公安蓝”护航三月三-taptap国际版官网入口", "“公安蓝”护航三月三"),
        ("打通服务群众最后一公里——畅通信访入口", "打通服务群众最后一公里——畅通信访入口"),  # a subtitle, not a tag
        ("“十六载追凶显担当 一朝擒凶慰民心”", "十六载追凶显担当 一朝擒凶慰民心"),
        ("天天動態:吉林電信網絡詐騙案件損失數同比下降", "吉林電信網絡詐騙案件損失數同比下降"),  # a column's tag
        ("教育动态|南宁市教育局迎来法治政府建设现场审计", "南宁市教育局迎来法治政府建设现场审计"),
        ("内容概述:福建省文化和旅游厅办公室关于印发分工方案的通知", "福建省文化和旅游厅办公室关于印发分工方案的通知"),
        ("关于印发某某市进一步加强和规范行政执法监督工作实施方案及配套制度汇编和考核办法的通知关于印发某某市进一步加强和规范行政执法监督工作实施方案及配套制度汇编和考核办法的通知",
         "关于印发某某市进一步加强和规范行政执法监督工作实施方案及配套制度汇编和考核办法的通知"),  # printed twice, however long
        ("党建引领聚合力服务大局显担当党建引领聚合力服务大局显担当——封丘县人民法院司法为民工作纪实",
         "党建引领聚合力服务大局显担当——封丘县人民法院司法为民工作纪实"),  # twice before its subtitle
        ("Page 9-威海市文登人民政府办公室2022年政府信息公开工作年度报告", "威海市文登人民政府办公室2022年政府信息公开工作年度报告"),
        ("永宁县2018年政府信息公开工作年度报告(文字版)", "永宁县2018年政府信息公开工作年度报告"),
        ("湖州市人民政府关于2016年度法治政府建设工作情况的报告(公告)", "湖州市人民政府关于2016年度法治政府建设工作情况的报告"),
        ("2025 07/18 11:57:51新疆塔城地区和布克赛尔蒙古自治县:法律服务“零距离”",
         "新疆塔城地区和布克赛尔蒙古自治县:法律服务“零距离”"),  # a feed's stamp run in
        ("12.23長春警方通報掃黑除惡階段性戰果:124個團伙覆滅", "長春警方通報掃黑除惡階段性戰果:124個團伙覆滅"),  # its filing day
        ("12.5万人次参与宪法知识网络答题活动", "12.5万人次参与宪法知识网络答题活动"),  # a figure, not a filing day
        ("新闻热线:0576-88106102 2022年台州市法治政府建设年度报告", "2022年台州市法治政府建设年度报告"),
        ("盘政发〔2016〕10号盘锦市人民政府关于命名2015年度全市依法行政示范单位的决定",
         "盘锦市人民政府关于命名2015年度全市依法行政示范单位的决定"),  # its document number run in
        ("客服热线:0755-8882 8155上海市依法行政状况总报告", "上海市依法行政状况总报告"),  # a hotline run in
        ("永顺县人民政府-2016年上半年润雅乡主要工作目标管理情况自查报告", "2016年上半年润雅乡主要工作目标管理情况自查报告"),  # the portal's name first
        ("安徽省应急管理厅2022年工作总结和2023年重点工作安排-九游会官网真人游戏第一品牌", "安徽省应急管理厅2022年工作总结和2023年重点工作安排"),  # spam after a dash
        ("广州市教育局关于印发2019年广州教育工作总结和2020年工作要点的通知(免予公开转主动公开)",
         "广州市教育局关于印发2019年广州教育工作总结和2020年工作要点的通知"),  # its disclosure class
        ("区林业局2016年工作总结及2017年工作打算_第1页", "区林业局2016年工作总结及2017年工作打算"),  # a document site's page
        ("名称关于2021年环境状况和环境保护目标完成情况的报告", "关于2021年环境状况和环境保护目标完成情况的报告"),  # a table's label
        ("附件:广东省生态环境厅2020年政府信息公开工作年度报告", "广东省生态环境厅2020年政府信息公开工作年度报告"),
        ("汕头市人民检察院工作报告(2016年2月)", "汕头市人民检察院工作报告"),  # the page's note of its month
        ("政府工作报告(2022年)", "政府工作报告(2022年)"),  # a year alone stays (annotators split)
        ("新疆维吾尔自治区人民代表大会常务委员会关于在全疆公民中开展第八个五年法治宣传教育的决议維基文庫,自由的圖書館",
         "新疆维吾尔自治区人民代表大会常务委员会关于在全疆公民中开展第八个五年法治宣传教育的决议"),  # a wiki's name
        ("江城市生态环境局2020年政府信息公开工作年度报告索引", "江城市生态环境局2020年政府信息公开工作年度报告"),  # the next label run in
        ("本文标题:20201231:江城区交通运输局2020年度执法工作总结", "江城区交通运输局2020年度执法工作总结"),  # a document site's label
        ("开云手机官网入口·(中国)官方网站江城镇2017年度政府信息公开工作报告", "江城镇2017年度政府信息公开工作报告"),  # a betting banner
        ("江城日报|用法治助力江城高质量发展——江城市司法局2022年工作综述", "用法治助力江城高质量发展——江城市司法局2022年工作综述"),  # its outlet
        ("天天微头条丨江城警方向22名电诈受害人返还被骗资金", "江城警方向22名电诈受害人返还被骗资金"),  # a column's tag
        ("聚焦两会丨江城县人民法院2023年工作报告获一致通过", "聚焦两会丨江城县人民法院2023年工作报告获一致通过"),  # a tag annotators keep
        ("江城市应急管理局局长一行调研指导安全生产工作-江城区人民政府", "江城市应急管理局局长一行调研指导安全生产工作"),  # the portal's owner
        ("城市快讯城市信息网>>城市快讯>>江城去年查处超限车辆6000辆江城去年查处超限车辆6000辆", "江城去年查处超限车辆6000辆"),  # a breadcrumb ending in it
    ],
)
def test_strip_site_marks(line: str, title: str) -> None:
    assert strip_site_marks(line) == title


@pytest.mark.parametrize(
    ("official", "text", "printed"),
    [
        ("广州市市场监督管理局", "广州市市场监管局开展…", "广州市市场监管局"),  # its body for short
        ("北京市西城区应急管理局", "西城区应急局召开…", "西城区应急局"),  # its city left out, its body for short
        ("北京市西城区应急管理局", "西城区应急局…北京市西城区应急局", "北京市西城区应急局"),  # the fullest printed
        ("黔西南布依族苗族自治州人民政府", "黔西南州人民政府办公室…黔西南州人民政府", "黔西南州人民政府"),  # a prefecture for short
        ("宁夏回族自治区公安厅", "宁夏公安厅召开…", "宁夏公安厅"),  # a region by its short name
        ("陇西县人民政府", "2025年,陇西县政府坚持…", "陇西县人民政府"),  # a government keeps its full name
        ("霍邱县人民政府办公室", "霍邱县政府办公室2025年…", "霍邱县政府办公室"),  # its office is written as printed
        ("西安市人民政府", "市政府召开常务会议", "西安市人民政府"),  # named only by level: composed
        ("宁夏回族自治区司法厅", "宁夏回族自治区司法厅2023年…", "宁夏回族自治区司法厅"),  # printed whole
        ("中共遵义市委、遵义市人民政府", "中共遵义市委 遵义市人民政府\n关于…", "中共遵义市委 遵义市人民政府"),
        ("中共德阳市委、德阳市人民政府", "中共德阳市委、德阳市人民政府", "中共德阳市委、德阳市人民政府"),
        ("应急管理部", "应急管理部发布…", "应急管理部"),  # no place in front: nothing to vary
        ("西安市高陵区人民政府", "2023年,高陵区坚持以习近平…", "高陵区人民政府"),  # composed: no city the text never prints
        ("西安市高陵区人民政府", "西安市高陵区2023年…高陵区坚持…", "西安市高陵区人民政府"),  # the text prints the two together
        (None, "…", None),
    ],
)
def test_agency_as_printed(official: str | None, text: str, printed: str | None) -> None:
    assert as_printed(official, text) == printed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("南京市公安局2024年度法治政府建设情况报告", "南京市公安局"),
        ("杭州市公安局滨江区分局召开会议", "杭州市公安局滨江区分局"),
        ("黔南州交通运输局开展普法", "黔南州交通运输局"),
    ],
)
def test_org_at_start(text: str, body: str | None) -> None:
    assert org_at_start(text) == body
